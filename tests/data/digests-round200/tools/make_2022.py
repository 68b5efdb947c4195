#!/usr/bin/env python3
"""2022: a WhatsApp chat export in the iOS form («[dd/mm/yyyy, hh:mm:ss] Name: text», U+200E marks on system lines)
of an invented reading group in Malé (Maldives): English with Dhivehi in Thaana script. The group «MNU NLP Reading
Circle», its members and times are invented. Computed: the times not decreasing (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2022)
G = "MNU NLP Reading Circle"
LRM = "\u200e"
MSGS = [
 ("16/02/2026, 20:02:11", G, LRM + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
 ("16/02/2026, 20:04:37", "Aishath Shifa", "ސަލާމް everyone 👋 list for the pretraining month, pls check"),
 ("16/02/2026, 20:05:02", "Aishath Shifa", f"week 1 {T('1801.06146')} arXiv:1801.06146 (the fine-tuning tricks one, Howard & Ruder)"),
 ("16/02/2026, 20:05:40", "Aishath Shifa", f"week 2 {T('1810.04805')} + {T('1907.11692')}\nhttps://arxiv.org/abs/1907.11692"),
 ("16/02/2026, 20:11:19", "Mohamed Naseem", f"can we add {T('1906.08237')}? permutation LM, I never understood it"),
 ("16/02/2026, 20:12:03", "Mohamed Naseem", LRM + "image omitted"),
 ("16/02/2026, 20:14:45", "Hawwa Reesha", f"and {T('2003.10555')} pls, it's cheap to train on the lab GPU"),
 ("16/02/2026, 20:15:30", "Hawwa Reesha", f"for Dhivehi we need {T('1911.02116')} anyway, XLM-R has no Thaana tho 😅"),
 ("16/02/2026, 21:40:08", "Aishath Shifa", f"ok added. big models week: {T('2205.01068')} https://arxiv.org/pdf/2205.01068v4"),
 ("16/02/2026, 21:41:55", "Aishath Shifa", f"and {T('2203.02155')} (http://arxiv.org/abs/2203.02155) for the RLHF part"),
 ("16/02/2026, 21:43:10", "Mohamed Naseem", "ޝުކުރިއްޔާ! the HF course chapter on tokenizers is good prep too, not a paper"),
 ("17/02/2026, 08:02:44", "Hawwa Reesha", LRM + "This message was deleted."),
]
prev = None
for d, _, _ in MSGS:
    t = dt.datetime.strptime(d, "%d/%m/%Y, %H:%M:%S")
    assert prev is None or t >= prev
    prev = t
text = "".join(f"[{d}] {who}: {m}\n" for d, who, m in MSGS)
write_only(F, text, keys(F))
