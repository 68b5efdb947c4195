#!/usr/bin/env python3
"""1133: GELF 1.1 messages, one per line (Polish): the log of a Wrocław group's "klasyki" newsletter bot, written by
its GELF file handler (json.dumps with separators "," ":" and ASCII escapes, so Polish letters as \\uXXXX) before they
go to Graylog. Required keys version / host / short_message / timestamp, optional full_message and level (syslog
0–7), additional fields `_name` (never `_id`); timestamps increase; `_paper_count` of the summary line is the number
of `paper.added` lines, computed here."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1133, keys, CTC, BACKPROP, LSTM

HOST = "klasyki-bot-01.lab.example.pl"
T0 = 1709802000.0   # 2024-03-07 09:00:00 UTC
lines = []


def log(dt_s, level, short, full=None, **extra):
    d = {"version": "1.1", "host": HOST, "short_message": short}
    if full is not None: d["full_message"] = full
    d["timestamp"] = round(T0 + dt_s, 3)
    d["level"] = level
    d["_logger"] = "klasyki.digest"
    for k, v in extra.items(): d["_" + k] = v
    lines.append(json.dumps(d, separators=(",", ":")))


papers = [
 (BACKPROP, None, "Klasyk z Nature 1986, skan PDF z biblioteki wydziałowej."),
 (LSTM, None, "Neural Computation 1997. Bramki zapominania doszły później (Gers i in.)."),
 (CTC, None, "ICML 2006 - podstawa rozpoznawania mowy bez wyrównania."),
 (T("1706.03762"), "https://arxiv.org/abs/1706.03762", "Transformer; dla wielu nowych osób pierwsza lektura."),
 (T("2004.11886"), "arXiv:2004.11886", "Lite Transformer (ICLR 2020): uwaga długo/krótkozasięgowa na urządzenia mobilne."),
 (T("2106.07447"), "https://arxiv.org/pdf/2106.07447.pdf", "HuBERT - maskowana predykcja jednostek ukrytych dla mowy."),
 (T("2101.01761"), None, "AutoDropout (" + au("2101.01761", 2) + "): wzorce dropoutu szukane przez RL."),
 (T("2103.14625"), "https://arxiv.org/abs/2103.14625", "Dodrio - interaktywna wizualizacja uwagi; demo na poligonie."),
]
log(0.118, 6, "digest.start", None, edition="2024-10", lang="pl", pid=41877)
log(0.402, 7, "źródła wczytane: zotero group 5123901, arkusz klasyki-2024", None, sources=2)
t = 1.0
for i, (title, ref, note) in enumerate(papers):
    t += 0.731 + i * 0.107
    if ref is None:
        log(t, 4, "paper.added (bez linku)", f"{title}\n{note}", title=title, ref="", edition="2024-10", slot=i + 1)
    else:
        log(t, 6, "paper.added", f"{title} <{ref}>\n{note}", title=title, ref=ref, edition="2024-10", slot=i + 1)
log(t + 1.204, 4, "link check: 1 redirect", "https://github.com/poloclub/dodrio -> https://poloclub.github.io/dodrio/",
    url="https://github.com/poloclub/dodrio", status=301)
log(t + 2.918, 3, "smtp: 451 4.7.1 spróbuj później", "Nie udało się wysłać do lista-klasyki@lab.example.pl; ponowienie za 300 s",
    retry_in=300)
log(t + 303.5, 6, "digest.sent", None, edition="2024-10", recipients=37,
    paper_count=sum(1 for l in lines if '"short_message":"paper.added' in l))
write_only(F1133, "\n".join(lines) + "\n", keys(F1133), forms=["\n".join(json.dumps(json.loads(l), ensure_ascii=False) for l in lines)])
