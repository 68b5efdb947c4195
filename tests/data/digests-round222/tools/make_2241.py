#!/usr/bin/env python3
"""2241: a shared Todoist project of a reading group at Maseno University (Kisumu), exported with «Export as a template ›
Download CSV file» (as remembered: the header «TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,
DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT», a «meta» row with the view style, «section», «task» and «note» (comment)
rows, an all-empty row after each item, PRIORITY 1–4 with 4 the highest (p1), INDENT 1 for tasks and 2 for sub-tasks,
AUTHOR / RESPONSIBLE as «Name (user id)», DATE as Todoist's text with DATE_LANG and TIMEZONE, Markdown links
«[label](URL)» in task names; written by Python's csv module: minimal quoting, CR LF). Swahili and English.
Computed: the rows, the dates (Tuesdays, one week per section, asserted) and the quoting (csv)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2241)
HEAD = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE",
        "DURATION", "DURATION_UNIT"]
ACH, BRI, WAN, KEV = "Achieng Odhiambo (41672035)", "Brian Otieno (41672118)", "Wanjiru Kamau (41673390)", "Kevin Were (41680221)"
TZ = "Africa/Nairobi"
start = dt.date(2026, 4, 21)
# sections: (name, items); item = ("task", content, description, priority, indent, author, responsible, due?) or
# ("note", text, author)
S = [
 ("Wiki 1 – Misingi ya transfer learning", [
  ("task", f"Soma: {T('1801.06146')}", "Howard & Ruder, ACL 2018. Chanzo cha wazo la kufanya fine-tuning kwa hatua.", 3, 1, ACH, BRI, True),
  ("note", "Nimeichapisha, nakala iko kwenye meza ya maabara ya Sayansi ya Kompyuta.", BRI),
  ("task", f"Soma: [{T('1902.00751')}](https://arxiv.org/abs/1902.00751)", "Adapters – Houlsby et al., ICML 2019.", 4, 1, ACH, WAN, True),
  ("task", f"Soma: {T('2101.00190')}", "arXiv:2101.00190 — Li & Liang, ACL 2021. Linganisha na adapters.", 2, 1, ACH, KEV, True),
 ]),
 ("Wiki 2 – LoRA na familia yake", [
  ("task", f"[{T('2106.09685')}](https://arxiv.org/pdf/2106.09685v2.pdf)", "Msingi wa wiki hii. Sehemu ya 4 na 7 ni muhimu.", 4, 1, ACH, BRI, True),
  ("task", f"{T('2305.14314')} https://arxiv.org/abs/2305.14314", "Fine-tuning ya modeli ya 7B kwenye GPU moja.", 3, 1, BRI, WAN, True),
  ("task", "Jaribu QLoRA kwenye Colab (T4) na data ya Kiswahili", "", 2, 2, BRI, WAN, False),
  ("note", "Colab ya bure inatosha kwa 4-bit, nimejaribu jana usiku 👍", WAN),
  ("task", f"Soma: {T('2303.10512')}", "Hakuna link bado – Kevin ataongeza. Inagawa rank kulingana na umuhimu.", 2, 1, ACH, KEV, True),
 ]),
 ("Wiki 3 – Mtazamo mmoja + lugha nyingi", [
  ("task", f"{T('2110.04366')}", f"ICLR 2022 — https://openreview.net/forum?id={OR('2110.04366')}", 4, 1, ACH, ACH, True),
  ("task", f"Soma: {T('1911.02116')}", "XLM-R — tunataka kujua inavyofanya kazi kwa Kiswahili na Dholuo.", 3, 1, KEV, KEV, True),
  ("note", "Tukumbuke kulinganisha na AfroXLMR kwenye majaribio yetu.", ACH),
 ]),
 ("Rasilimali (si makala)", [
  ("task", "Kitabu: Natural Language Processing with Transformers – Tunstall, von Werra & Wolf (O'Reilly)", "", 1, 1, ACH, "", False),
  ("task", "Maktaba ya PEFT (software) – https://github.com/huggingface/peft", "", 1, 1, BRI, "", False),
  ("task", "Data: MasakhaNER 2.0 na KenSwQuAD kwenye Hugging Face Hub", "", 1, 1, WAN, "", False),
  ("task", "Kozi: Hugging Face NLP Course, sura ya 3 (fine-tuning)", "", 1, 1, KEV, "", False),
 ]),
]
rows = [HEAD, ["meta", "view_style=list"] + [""] * 10, [""] * 12]
for si, (name, items) in enumerate(S):
    rows += [["section", name] + [""] * 10, [""] * 12]
    day = start + dt.timedelta(days=7 * si)
    assert day.weekday() == 1
    for it in items:
        if it[0] == "note":
            rows.append(["note", it[1], "", "", "", it[2], "", "", "", "", "", ""])
        else:
            _, c, d, p, ind, au, rs, due = it
            assert 1 <= p <= 4 and ind in (1, 2)
            date = f"{day:%b} {day.day} {day.year}" if due else ""
            rows.append(["task", c, d, str(p), str(ind), au, rs, date, "en" if due else "", TZ if due else "", "", ""])
        rows.append([""] * 12)
buf = io.StringIO()
csv.writer(buf).writerows(rows)
raw = buf.getvalue()
write_raw(F, raw.encode("utf-8"), [raw], keys(F))
