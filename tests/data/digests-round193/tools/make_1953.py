#!/usr/bin/env python3
"""1953: a Turkish reading group's game night on a DDNet (Teeworlds) server, its server log (`ddnet-server-2024-03-14.log`):
`date time level system: message` lines — server joins with ClientID and addr, game team joins, chat lines
`cid:team:name: text`, a map change, a vote, finish times, leaves — with the papers in chat: an OpenReview forum link, arXiv
links (`/abs/`, `/pdf/…v2`, `http://`), one id in text (arxiv-text), three titles alone — and non-papers (a repository, a
blog post, a book, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1953)
P = {0: ("Zeynep", "192.0.2.14:51234"), 1: ("emre.k", "192.0.2.31:50811"), 2: ("Ayse_", "198.51.100.7:62004"),
     3: ("burak", "198.51.100.22:49152")}


def build():
    rows = []
    t = [21 * 3600 + 2 * 60 + 5]

    def at(dsec, level, system, msg):
        t[0] += dsec
        h, m, s = t[0] // 3600, t[0] // 60 % 60, t[0] % 60
        rows.append(f"2024-03-14 {h:02d}:{m:02d}:{s:02d} {level} {system}: {msg}")

    def chat(dsec, cid, msg):
        at(dsec, "I", "chat", f"{cid}:-2:{P[cid][0]}: {msg}")

    at(0, "I", "server", "version 17.4.2 on linux amd64")
    at(0, "I", "server", "maps/Multeasymap.map sha256 is " + __import__("hashlib").sha256(b"Multeasymap").hexdigest())
    at(1, "I", "register", "ipv4: registered with master (okumaklubu-ddnet)")
    for cid, dt_ in ((0, 14), (1, 9), (2, 22), (3, 37)):
        name, addr = P[cid]
        at(dt_, "I", "server", f"player has entered the game. ClientID={cid} addr=<{{{addr}}}> sixup=0")
        at(0, "I", "game", f"team_join player='{cid}:{name}' team=0")
    chat(4, 0, "selam! okuma kulübü oyun gecesi, bu hafta konu uzun diziler")
    chat(6, 1, "ilk paper: " + T("2111.00396"))
    chat(3, 1, "https://openreview.net/forum?id=" + OR("2111.00396"))
    chat(8, 2, "S4 bence HiPPO olmadan anlaşılmıyor: " + T("2008.07669") + " (arXiv 2008.07669)")
    chat(5, 3, "ben lineer attention'dan başlardım")
    chat(4, 3, T("2006.16236") + " https://arxiv.org/abs/2006.16236")
    at(12, "I", "game", "kill killer='3:burak' victim='3:burak' weapon=-1 special=0")
    chat(7, 0, "sparse olan da var, OpenAI'ınki: " + T("1904.10509"))
    chat(2, 0, "https://arxiv.org/pdf/1904.10509v1")
    chat(9, 2, "FLASH'ı unutmayın: " + T("2202.10447") + " -> http://arxiv.org/abs/2202.10447")
    at(20, "I", "server", "ClientID=2 rcon='vote yes'")
    at(0, "I", "vote", "vote passed: change map 'Gold Mine'")
    at(1, "I", "server", "maps/Gold Mine.map sha256 is " + __import__("hashlib").sha256(b"Gold Mine").hexdigest())
    chat(15, 1, "gelecek hafta için aday: " + T("2006.03236"))
    chat(6, 3, "ya da derleme: " + T("2103.14636"))
    chat(5, 2, "bir de " + T("2004.10102") + " — attention ağırlığı tek başına yetmiyor diyor")
    chat(7, 0, "kod için github.com/state-spaces/s4 (repo), blog: \"The Annotated S4\" (blog yazısı, paper değil)")
    chat(4, 1, "kitap önerisi: Dive into Deep Learning, 11. bölüm")
    at(33, "I", "game", "finish player='0:Zeynep' time=184.56")
    at(11, "I", "game", "finish player='3:burak' time=197.02")
    chat(3, 3, "geçen haftanın kaydı: https://video.okumaklubu.example.com.tr/2024-03-07")
    for cid, dt_ in ((2, 41), (1, 5), (3, 12), (0, 8)):
        at(dt_, "I", "server", f"client dropped. cid={cid} addr=<{{{P[cid][1]}}}> reason=''")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
