#!/usr/bin/env python3
"""777: an OmniFocus 3 (macOS) "Export… → Comma-separated values (CSV)" of a Swedish reading-circle database: the fixed
header (Task ID, Type, Name, Status, Project, Context, Start Date, Due Date, Completion Date, Duration, Flagged, Notes,
Tags), hierarchical task ids (1, 1.1, 1.1.1), Project / Action rows, dates as `2024-03-04 08:00:00 +0000`, durations
`45m` / `1h`, Flagged 0/1, multi-line quoted notes, comma-separated tags, CRLF records (Python's csv writer, minimal
quoting). LLM scaling, evaluation and parallelism."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(777)
A = lambda k: f"https://arxiv.org/abs/{k}"
H = ["Task ID", "Type", "Name", "Status", "Project", "Context", "Start Date", "Due Date", "Completion Date", "Duration", "Flagged", "Notes", "Tags"]
P1, P2, P3 = "Läsecirkel VT24: skalning & utvärdering", "Läsecirkel VT24: administration", "Läsecirkel HT24 (idéer)"
R = []


def row(i, typ, name, status="", proj="", ctx="", start="", due="", done="", dur="", flag=0, notes="", tags=""):
    R.append([i, typ, name, status, proj, ctx, start, due, done, dur, str(flag), notes, tags])


d = lambda s: f"2024-{s}:00 +0000" if s else ""
row("1", "Project", P1, "active", "", "Läsning", d("01-15 08:00"), d("03-28 16:00"), "", "", 0,
    "Torsdagar 15.15–16.30, rum E:1426.\nEn person presenterar, en person skriver anteckningar i wikin.", "läsecirkel")
row("1.1", "Action", T("2005.14165"), "", P1, "Läsning", d("01-15 08:00"), d("01-25 14:00"), d("01-25 15:42"), "1h", 0,
    f"{au('2005.14165', 3)}\n{A('2005.14165')}\nFokus: avsnitt 3 (resultat per uppgift) och fig. 1.2 – in-context learning vs. antal exempel.",
    "läsecirkel, llm")
row("1.2", "Action", T("1909.08053"), "", P1, "Läsning", d("01-29 08:00"), d("02-01 14:00"), d("02-01 16:05"), "1h", 0,
    f"{au('1909.08053', 3)} (arXiv:1909.08053)\nTensorparallellism inom ett lager; jämför med pipeline-uppdelningen som Olle körde på klustret.",
    "läsecirkel, system")
row("1.3", "Action", T("2006.16668"), "", P1, "Läsning", d("02-05 08:00"), d("02-08 14:00"), d("02-08 15:58"), "1h 30m", 0,
    f"{au('2006.16668', 3)}\n{A('2006.16668')}\nMoE-lager + annoteringar för automatisk sharding. Ta med frågan om load balancing loss.",
    "läsecirkel, system, moe")
row("1.3.1", "Action", "Skriv sammanfattning i wikin (GShard-mötet)", "", P1, "Dator", "", d("02-12 09:00"), d("02-11 20:17"), "30m", 0,
    "Sidan: wiki.ling.example.se/lasecirkel/vt24/moete-4", "admin")
row("1.4", "Action", T("2302.13971"), "", P1, "Läsning", d("02-12 08:00"), d("02-15 14:00"), d("02-15 15:50"), "1h", 0,
    f"{au('2302.13971', 3)}\n{A('2302.13971')}\nBara publika data; tabell 2 (träningsmix). Karin presenterar.",
    "läsecirkel, llm")
row("1.5", "Action", T("2009.03300"), "", P1, "Läsning", d("02-19 08:00"), d("02-22 14:00"), "", "45m", 1,
    f"{au('2009.03300', 3)}\nIngen länk i utskicket – PDF:en ligger i gruppens Zotero-bibliotek (samling ”Utvärdering”).",
    "läsecirkel, utvärdering")
row("1.6", "Action", T("2206.04615"), "", P1, "Läsning", d("02-26 08:00"), d("02-29 14:00"), "", "1h", 0,
    f"{au('2206.04615', 3)}\n450 författare… läs bara avsnitt 1–3 och figuren om ”breakthrough”-uppgifter.",
    "läsecirkel, utvärdering")
row("1.7", "Action", T("2306.05685"), "", P1, "Läsning", d("03-04 08:00"), d("03-07 14:00"), "", "1h", 1,
    f"{au('2306.05685', 3)}\n{A('2306.05685')}\nPositionsbias och självförhöjande bias hos domarmodellen – koppla till vår egen svenska utvärdering.",
    "läsecirkel, utvärdering")
row("1.8", "Action", T("2307.03172"), "", P1, "Läsning", d("03-11 08:00"), d("03-14 14:00"), "", "45m", 0,
    f"{au('2307.03172', 3)}\nU-formad kurva: bäst i början och slutet av kontexten. Johan presenterar.",
    "läsecirkel, långa-kontexter")
row("1.9", "Action", "Titta på föreläsningen ”Scaling laws” i Stanford CS25 (video, inte artikel)", "", P1, "Hemma", d("03-18 08:00"), "", "", "1h 15m", 0,
    "https://web.stanford.edu/class/cs25/ – kursmaterial, inte en artikel.", "video")
row("1.10", "Action", "Avslutande möte + fika", "", P1, "Kontoret", "", d("03-28 16:00"), "", "1h 30m", 0, "", "läsecirkel")
row("2", "Project", P2, "active", "", "", d("01-08 08:00"), "", "", "", 0, "", "admin")
row("2.1", "Action", "Boka rum E:1426 för torsdagarna", "", P2, "Dator", "", d("01-12 12:00"), d("01-10 09:31"), "15m", 0,
    "Bokat via TimeEdit, bekräftelse i mejlen.", "admin")
row("2.2", "Action", "Installera lm-evaluation-harness på GPU-noden", "", P2, "Dator", d("02-19 08:00"), d("03-01 17:00"), "", "2h", 1,
    "git clone https://github.com/EleutherAI/lm-evaluation-harness\nProgramvara, inte en artikel. Kräver CUDA 12.1; fråga Olle om modulen.",
    "kluster, kod")
row("2.3", "Action", "Ladda ner den svenska delen av FineWeb-2 (dataset)", "", P2, "Dator", "", "", "", "1h", 0,
    "https://huggingface.co/datasets/ – kontrollera licens innan vi lägger den på /proj/lasecirkel", "data")
row("2.4", "Action", "Beställ fika (8 pers.)", "", P2, "Ärenden", "", d("03-27 12:00"), "", "10m", 0, "", "admin")
row("3", "Project", P3, "on hold", "", "", "", "", "", "", 0,
    "Förslag till hösten – inget bestämt ännu.\nSkicka förslag till karin.lindqvist@ling.example.se", "idéer")
row("3.1", "Action", "Blogginlägget ”The Bitter Lesson” (Sutton, 2019) som uppvärmning", "", P3, "Läsning", "", "", "", "20m", 0,
    "Essä på en personlig webbsida, inte en granskad artikel.", "idéer")
row("3.2", "Action", "Chatbot Arena-topplistan: hur ofta uppdateras den?", "", P3, "Dator", "", "", "", "", 0,
    "Topplista, inte artikel – bara som bakgrund till LLM-domar.", "idéer, utvärdering")
row("3.3", "Action", "Svensk utvärderingssvit (ScandEval) – demo av Emil?", "", P3, "", "", "", "", "45m", 0, "", "idéer")

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(H)
for r in R: w.writerow(r)
text = buf.getvalue()
write_only(F, text, keys(F))
