#!/usr/bin/env python3
"""1740: mcabber's history file for one contact (~/.mcabber/histo/tomas.kral@jabber.example.cz), as kept by a
Czech PhD student (Petra): one record per line, `TI YYYYMMDDTHH:MM:SSZ NNN text` — T = M (message) or S (status),
I = R/S (received/sent) for messages or the status letter (O, A, N, D, F, _) — NNN the number of continuation lines
that follow (a multi-line message). The header counts are computed from the messages; the times are UTC and in order."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1740)
# (minutes after the start, type+info, text)
MSGS = [
 (0, "SO", ""),
 (3, "MR", "Ahoj Petro, máš chvilku? Řešíme s Janou, co dát do čtenářského kroužku o agentech."),
 (4, "MS", "Ahoj, jasně. Já bych začala benchmarkem, ať máme na čem měřit:\n" + T("2310.06770") + "\nhttps://arxiv.org/abs/2310.06770"),
 (6, "MR", "OK. A k nástrojům určitě Toolformer:\n" + T("2302.04761") + " – https://arxiv.org/pdf/2302.04761.pdf"),
 (7, "MR", "a pak bych dal něco o vyhledávání, třeba \"" + T("2010.00904") + "\" (GENRE), je to starší, ale pěkné"),
 (9, "MS", "GENRE je spíš entity linking, ale proč ne. Na RAG bych radši dala " + T("2310.11511") + "\nhttps://arxiv.org/abs/2310.11511"),
 (12, "MR", "Souhlas. Jana chce ještě Minecraft 😀"),
 (12, "MR", T("2305.16291") + "\nhttps://arxiv.org/abs/2305.16291v2\nkód mají na GitHubu (MineDojo/Voyager), zkoušela to spustit"),
 (15, "MS", "Dobře. A Gato? " + T("2205.06175") + ", arXiv:2205.06175. Je to spíš historie, ale na úvod se hodí."),
 (16, "MR", "Gato ano. Co evaluace, dáme Minervu a BIG-bench?"),
 (18, "MS", "Minervu jako \"" + T("2206.14858") + "\", to je NeurIPS 2022.\nBIG-bench je spíš benchmark, ale ten článek má smysl: " + T("2206.04615") + " (TMLR)\nobojí nahraju na disk do složky kroužku"),
 (21, "MR", "Paráda. Udělám z toho tabulku a pošlu odkaz na rozvrh, začínáme 20. 3. v 15:00 v místnosti S7."),
 (22, "MS", "Díky! Já si beru SWE-bench a Self-RAG."),
 (23, "MR", "👍"),
 (31, "SA", "Pryč"),
 (48, "SO", ""),
 (49, "MR", "Ještě jedna věc: máme pozvat Martina z Brna, dělá na agentech pro robotiku. Napíšeš mu?"),
 (52, "MS", "Napíšu mu večer."),
 (95, "S_", ""),
]
START = dt.datetime(2024, 3, 11, 8, 41, 17)


def build():
    L = []
    for i, (m, ti, text) in enumerate(MSGS):
        t = START + dt.timedelta(minutes=m, seconds=i * 2 + (i % 3) * 11)
        lines = text.split("\n")
        L.append(f"{ti} {t.strftime('%Y%m%dT%H:%M:%SZ')} {len(lines) - 1:03d} {lines[0]}")
        L += lines[1:]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
