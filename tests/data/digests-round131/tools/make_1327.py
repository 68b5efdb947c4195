#!/usr/bin/env python3
"""1327: transmission-show output (Russian): a Moscow-like vision seminar's student (Лена) got the seminar's paper pack
as a .torrent from the group's private tracker and pasted her terminal into the group chat: `transmission-show` of the
file, then `transmission-show -m` for the magnet link. transmission-show 3.00's layout as remembered: `Name:` / `File:`,
GENERAL (hash, creator, asctime() date with its space-padded day, the raw multi-line comment — its later lines are not
indented —, piece count = ceil(total / piece size), piece size in KiB, sizes in kB / MB / GB base 1000 with two
decimals under 100 and one above), TRACKERS by tier, FILES sorted by name in byte order, each `name (size)`; the
magnet link with dn and tr escaped as tr_http_escape does (unreserved kept, %XX upper case). The papers are files named
by their titles; the links sit in the comment. timm's tarball, slides, a dataset and a video are not papers; ResNet,
PReLU, BiT, AlexNet, ViT are nicknames."""
import hashlib, math, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1327, keys, ALEXNET

NAME = "Классика зрения — весна 2024"
TORRENT = NAME + ".torrent"
COMMENT = "\n".join([
    "Подборка к семинару «Классика компьютерного зрения» (весна 2024), собрала Вера Колесникова.",
    "Источники PDF:",
    "ResNet — https://arxiv.org/abs/1512.03385",
    "PReLU / инициализация He — https://arxiv.org/pdf/1502.01852",
    "EfficientNet — https://arxiv.org/abs/1905.11946",
    f"Bi-tuning — https://openreview.net/forum?id={OR('2011.06182')}",
    "Остальные статьи — из личного архива, ссылки не сохранились.",
    "Код (timm), слайды и запись — не статьи, положила для удобства."])
FILES = [
    ("00 ПРОЧТИ МЕНЯ.txt", 1843),
    (f"01 {T('1512.03385')}.pdf", 819_638),
    (f"02 {T('1502.01852')}.pdf", 1_271_005),
    (f"03 {ALEXNET} (AlexNet, NIPS 2012).pdf", 1_388_514),
    (f"04 {T('1905.11946')}.pdf", 1_094_437),
    (f"05 1912.11370 - {T('1912.11370')}.pdf", 9_822_302),
    (f"06 {T('2106.10270')}.pdf", 2_940_113),
    (f"07 {T('2011.06182')}.pdf", 706_221),
    (f"08 {T('2308.04079')} (доп., не по теме).pdf", 48_372_980),
    ("видео/семинар-2024-04-18.mp4", 341_870_412),
    ("датасеты/imagenette2-160.tgz", 99_003_388),
    ("код/pytorch-image-models-0.9.16.tar.gz", 2_113_770),
    ("слайды/лекция-04 свёрточные сети.pdf", 6_402_617),
]
TRACKERS = [[ "http://tracker.zrenie-lab.example.ru:6969/announce"], ["udp://retracker.zrenie-lab.example.ru:2710/announce"]]
PIECE = 1 << 20
CREATED = dt.datetime(2024, 5, 4, 10, 21, 7)
HASH = hashlib.sha1(("round131-1327-" + NAME).encode()).hexdigest()


def size_b(n):
    units = [(1, "B"), (1000, "kB"), (1000 ** 2, "MB"), (1000 ** 3, "GB"), (1000 ** 4, "TB")]
    u = units[0]
    for x in units:
        if n >= x[0]: u = x
    v = n / u[0]
    if u[0] == 1: return f"{n} B"
    return f"{v:.{2 if v < 100 else 1}f} {u[1]}"


def mem_b(n):
    v, u = n, "B"
    for name in ("KiB", "MiB", "GiB"):
        if n >= 1024 ** ("KiB MiB GiB".split().index(name) + 1): u, v = name, n / 1024 ** ("KiB MiB GiB".split().index(name) + 1)
    return f"{v:.{2 if v < 100 else 1}f} {u}"


def asctime(d):
    return f"{d:%a %b} {d.day:2d} {d:%H:%M:%S} {d.year}"


def esc(s):
    return "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-_.~") else f"%{b:02X}" for b in s.encode())


total = sum(n for _, n in FILES)
files = sorted(((f"{NAME}/{p}", n) for p, n in FILES), key=lambda x: x[0].encode())
P = "lena@noutbuk:~/Загрузки$ "
out = [f"{P}transmission-show '{TORRENT}'", f"Name: {NAME}", f"File: {TORRENT}", "", "GENERAL", "",
       f"  Name: {NAME}", f"  Hash: {HASH}", "  Created by: qBittorrent v4.6.4", f"  Created on: {asctime(CREATED)}",
       f"  Comment: {COMMENT}", f"  Piece Count: {math.ceil(total / PIECE)}", f"  Piece Size: {mem_b(PIECE)}",
       f"  Total Size: {size_b(total)}", "  Privacy: Private torrent", "", "TRACKERS"]
for i, tier in enumerate(TRACKERS):
    out += ["", f"  Tier #{i + 1}"] + [f"  {t}" for t in tier]
out += ["", "FILES", ""] + [f"  {p} ({size_b(n)})" for p, n in files]
out += ["", f"{P}transmission-show -m '{TORRENT}'",
        f"magnet:?xt=urn:btih:{HASH}&dn={esc(NAME)}" + "".join(f"&tr={esc(t)}" for tier in TRACKERS for t in tier), P]
write_only(F1327, "\n".join(out) + "\n", keys(F1327))
