#!/usr/bin/env python3
"""2201: a Notion database («PEFT reading tracker») of a study group at the Copperbelt University (Kitwe) exported as
CSV (as remembered: a UTF-8 BOM, the title property first, then the other properties in view order; select and
multi-select values as text, multi-select joined by «, »; people by name; dates «April 14, 2026» and created times
«April 14, 2026 3:05 PM»; URL properties as bare URLs; CR LF rows from the csv writer). English with Bemba.
Computed: the csv writer's output, created times increasing (asserted), Done iff a «Presented on» date."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(2201)
HEAD = ["Name", "Status", "Tags", "Presenter", "Link", "Notes", "Presented on", "Created time"]


def ct(x):
    return f"{x:%B} {x.day}, {x.year} {(x.hour - 1) % 12 + 1}:{x:%M} {'AM' if x.hour < 12 else 'PM'}"


def dd(x):
    return f"{x:%B} {x.day}, {x.year}" if x else ""


ROWS = [
 (T("2106.09685"), "Done", "LoRA family, core", "Chanda Mwape", "https://arxiv.org/abs/2106.09685",
  "Start here. Mwebele, tulebelenga ichi pa kubala (read this one first).", dt.date(2026, 2, 12), dt.datetime(2026, 2, 2, 9, 14)),
 (T("2303.10512"), "Done", "LoRA family", "Mutale Bwalya", "https://arxiv.org/pdf/2303.10512v2.pdf",
  "Rank budget per layer; compare with the one above.", dt.date(2026, 2, 19), dt.datetime(2026, 2, 2, 9, 20)),
 (T("2305.14314"), "In progress", "LoRA family, quantization", "Chanda Mwape", "http://arxiv.org/abs/2305.14314",
  "Needs the 4-bit setup on the lab GPU (RTX 3060, 12 GB). bitsandbytes docs are in the Resources page, not here.", None, dt.datetime(2026, 2, 3, 14, 5)),
 (T("2106.10199"), "Done", "bias-only", "Natasha Kabwe", "https://arxiv.org/abs/2106.10199v5",
  "Cheapest baseline. Good for Bemba sentiment data.", dt.date(2026, 2, 26), dt.datetime(2026, 2, 4, 16, 41)),
 ("Prefix vs prompt methods", "Not started", "prompts", "Mutale Bwalya", "",
  f"Two papers: {T('2101.00190')} (Li & Liang, arXiv:2101.00190) and {T('2103.10385')} (the P-tuning one).", None, dt.datetime(2026, 2, 9, 10, 2)),
 (T("1902.00751"), "Not started", "adapters, core", "Natasha Kabwe", "",
  "Houlsby et al., ICML 2019. The classic adapter paper; no link yet, use the ICML proceedings copy.", None, dt.datetime(2026, 2, 9, 10, 7)),
 (T("2205.05638"), "Not started", "few-shot", "", "",
  "(IA)³ — Liu et al., NeurIPS 2022. Optional, only if time.", None, dt.datetime(2026, 2, 10, 18, 30)),
 ("Hugging Face PEFT library walkthrough", "Done", "tooling", "Chanda Mwape", "https://huggingface.co/docs/peft",
  "Not a paper: library docs + the Colab from the workshop.", dt.date(2026, 2, 5), dt.datetime(2026, 2, 10, 18, 44)),
]
assert all(a[7] < b[7] for a, b in zip(ROWS, ROWS[1:]))
assert all((r[1] == "Done") == (r[6] is not None) for r in ROWS)
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
for r in ROWS:
    w.writerow(list(r[:6]) + [dd(r[6]), ct(r[7])])
text = "\ufeff" + buf.getvalue()
fields = [c for r in ROWS for c in r[:6]]
write_raw(F, text.encode("utf-8"), [text, "\n".join(fields)], keys(F))
