#!/usr/bin/env python3
"""1583: an 8x8 Work team channel exported as text (a Romanian start-up's LLM reading channel): head, day separators
with Romanian weekday and month names, `HH:MM  Name` message heads, reactions, an attachment, a reply, an edit."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, key_of
from make_expected import by_num, keys, GPT1
F = by_num(1583)
RO_WD = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_M = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
        "noiembrie", "decembrie"]
P = {"ap": "Andreea Popescu", "mi": "Mihai Ionescu", "rd": "Radu Dumitrescu", "is": "Ioana Stan"}
# (day offset, "HH:MM", who, lines)
msgs = [
    (0, "09:14", "ap", ["Bună dimineața! 👋 Pornim clubul de lectură pentru pre-antrenarea modelului nostru în română.",
                        "Joi la 16:00, sala Someș. Prima lectură:",
                        f"{T('2302.13971')}", "https://arxiv.org/abs/2302.13971"]),
    (0, "09:21", "mi", [f"Pentru partea de paralelism propun {T('1909.08053')} (arXiv:1909.08053).",
                        "Fără link, îl găsiți ușor."]),
    (0, "09:22", "ap", ["  👍 3"]),
    (0, "10:05", "rd", [f"{T('2205.01068')} — https://arxiv.org/pdf/2205.01068",
                        "Au publicat și logbook-ul de antrenare în repo-ul metaseq (cod, nu paper) — merită citit pentru instabilități."]),
    (0, "11:47", "is", ["Pentru MoE:", f"{T('2006.16668')}", "https://arxiv.org/abs/2006.16668v1",
                        f"și originalul, {T('1701.06538')} — doar titlul, PDF-ul e pe Drive."]),
    (0, "11:48", "is", ["📎 plan_lecturi_T2.xlsx (18 KB)"]),
    (1, "08:59", "ap", ["Am actualizat tabelul. Clasicele le punem în ultima săptămână:",
                        f"• {T(key_of(GPT1))} (GPT-1, raport OpenAI, nu e pe arXiv)",
                        f"• {T('2005.14165')} (GPT-3)"]),
    (1, "09:30", "mi", ["↳ Răspuns către Andreea Popescu: „Clasicele le punem în ultima săptămână”",
                        "Aș muta GPT-3 mai devreme, e baza pentru tot ce discutăm despre scalare. (editat)"]),
    (1, "13:12", "rd", [f"Pentru evaluare: {T('2009.03300')}. Avem și traducerea internă în română (set de date, nu paper), o pun pe cluster."]),
    (1, "13:15", "is", ["Modelele OpenLLM-Ro de pe Hugging Face le folosim ca baseline? Sunt modele, nu lecturi."]),
    (1, "13:40", "rd", ["Da, ca baseline. Dar numai după ce avem tokenizer-ul nostru.", "  🙌 2"]),
    (2, "10:02", "ap", ["Rezervarea la furnizorul de GPU e confirmată: 8×H100, 72 de ore, începând de luni.",
                        "Mihai, poți pregăti config-ul pentru tensor parallel = 4?"]),
    (2, "10:06", "mi", ["Da, până vineri. 👍"]),
    (2, "17:31", "ap", ["Mesaj șters"]),
]
day0 = dt.date(2025, 4, 7)
authors = sorted({P[w] for _, _, w, _ in msgs})
last_day = day0 + dt.timedelta(days=msgs[-1][0])
out = ["8x8 Work — Export conversație",
       "Canal: #lecturi-llm",
       "Tip: canal de echipă (privat)",
       f"Membri ({len(authors)}): {', '.join(authors)}",
       f"Perioada: {day0:%d.%m.%Y} – {last_day:%d.%m.%Y}",
       "Exportat de: Andreea Popescu <andreea.popescu@vectorlabs.example.ro>",
       f"Exportat la: {last_day:%d.%m.%Y} 18:22 (EEST, UTC+03:00)",
       f"Mesaje: {sum(1 for m in msgs if not m[3][0].startswith('  '))}",
       ""]
cur = None
for d, hm, who, lines in msgs:
    day = day0 + dt.timedelta(days=d)
    if lines[0].startswith("  "):       # a reaction line under the previous message
        out.insert(len(out) - 1, lines[0]); continue
    if day != cur:
        out += [f"── {RO_WD[day.weekday()]}, {day.day} {RO_M[day.month - 1]} {day.year} ──", ""]
        cur = day
    out.append(f"{hm}  {P[who]}")
    out += lines
    out.append("")
text = "\n".join(out)
write_only(F, text, keys(F))
