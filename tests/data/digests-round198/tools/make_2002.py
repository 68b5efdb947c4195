#!/usr/bin/env python3
"""2002: a WhatsApp group chat exported as text («Export chat», without media) by an invented reading group in
Nuku'alofa (Tonga): Tongan and English. Computed: the «dd/mm/yyyy, hh:mm - Name: text» heads, times not decreasing
(asserted), the speakers from a fixed list (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE, GPT1
F = by_num(2002)
P = ["Sione Taufa", "Mele Vaipulu", "Viliami Fifita"]
M = [
 ("14/01/2026, 19:02", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
 ("14/01/2026, 19:03", 0, "Mālō e lelei kotoa! Reading list for the Tongan language model project 👇"),
 ("14/01/2026, 19:04", 0, f"1. {T('1801.06146')}\nhttps://arxiv.org/abs/1801.06146"),
 ("14/01/2026, 19:05", 0, f"2. {T('1810.04805')} https://arxiv.org/pdf/1810.04805v2"),
 ("14/01/2026, 19:09", 1, f"Ko e hā e me'a ki he {T('1911.02116')}? That's the XLM-R one, it already has some Tongan in the CC data I think"),
 ("14/01/2026, 19:11", 2, f"Also old but gold: {GLOVE} and {GPT1} (the original GPT report from OpenAI)"),
 ("14/01/2026, 19:15", 0, f"{T('1906.08237')} (http://arxiv.org/abs/1906.08237)"),
 ("14/01/2026, 19:16", 1, "<Media omitted>"),
 ("14/01/2026, 19:18", 1, f"And {T('2006.03654')} – arXiv 2006.03654, it's better than BERT on most things"),
 ("14/01/2026, 19:22", 2, f"Don't forget {T('2003.10555')}, cheaper to pretrain for a small language like ours"),
 ("14/01/2026, 19:25", 2, "fastText vectors for Tongan are on their website, not a paper, just download 🙂"),
 ("14/01/2026, 19:31", 0, "Mālō 'aupito. Sāpate, 3pm at USP Tonga campus"),
]
ts = [dt.datetime.strptime(t, "%d/%m/%Y, %H:%M") for t, _, _ in M]
assert ts == sorted(ts)
L = [f"{t} - {msg}" if who is None else f"{t} - {P[who]}: {msg}" for t, who, msg in M]
write_only(F, "\n".join(L) + "\n", keys(F))
