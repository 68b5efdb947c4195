#!/usr/bin/env python3
"""1712: the FFmpeg metadata file (`;FFMETADATA1`, written with `ffmpeg -i kayit.mkv -f ffmetadata` and edited by
hand) of a Turkish reading group's session recording: global tags (title, artist, date, comment, encoder) and one
[CHAPTER] section per agenda item (TIMEBASE=1/1000, START, END, title). Values escape '=', ';', '#', '\\' and line
breaks with a backslash as the format requires; the chapter times are computed from the modelled agenda's durations
(contiguous, the last END = the recording's length)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1712)
GPT2 = "Language Models are Unsupervised Multitask Learners"


def esc(v):
    return re.sub(r"([=;#\\\n])", r"\\\1", v)


COMMENT = "\n".join([
    "Okuma grubu #14 – kayıt yalnızca laboratuvar içi paylaşım içindir.",
    "Sunanlar: Elif (BPE ve GLAT), Mert (SBERT), Deniz (HiPPO ve Mamba).",
    "",
    "Bağlantılar:",
    f"{T('1508.07909')} – https://arxiv.org/abs/1508.07909",
    f"{T('2008.07905')} – https://arxiv.org/pdf/2008.07905v3",
    f"{T('1908.10084')} – https://arxiv.org/abs/1908.10084",
    f"{T('2008.07669')} (arXiv:2008.07669) – Mamba'dan önce okunması şart",
    f"{T('2312.00752')} – https://arxiv.org/abs/2312.00752v2",
    "",
    "Bir sonraki oturum: 26 Mart, konu oylamada; slaytlar ortak klasörde.",
])
# (chapter title, minutes, seconds)
AGENDA = [
    ("Açılış ve duyurular", 4, 12),
    (f"Tarihçe: {GPT2}", 9, 40),
    (f"Elif: {T('1508.07909')}", 17, 5),
    (f"Elif: {T('2008.07905')}", 14, 48),
    (f"Mert: {T('1908.10084')}", 16, 30),
    ("Ara", 6, 0),
    (f"Deniz: {T('2008.07669')}", 18, 22),
    (f"Deniz: {T('2312.00752')}", 21, 9),
    (f"Kısa tartışma: {T('2012.08561')} ve {T('2010.06040')}", 11, 37),
    ("Kapanış, bir sonraki oturum", 3, 2),
]


def build():
    L = [";FFMETADATA1", "title=" + esc("Okuma grubu #14 – dil modelleri, çeviri ve durum uzayı modelleri"),
         "artist=" + esc("NLP Okuma Grubu; Bilgisayar Mühendisliği"), "date=2024-03-12",
         "comment=" + esc(COMMENT), "encoder=Lavf60.16.100"]
    t = 0
    for title, m, s in AGENDA:
        d = (m * 60 + s) * 1000
        L += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={t}", f"END={t + d}", "title=" + esc(title)]
        t += d
    return "\n".join(L) + "\n"


def unescape(txt):
    return re.sub(r"\\(.)", r"\1", txt, flags=re.S)


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F), forms=[unescape(txt)])
