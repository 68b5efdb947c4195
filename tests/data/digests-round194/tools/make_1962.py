#!/usr/bin/env python3
"""1962: a conference chat history exported from Kadu (the Polish instant messenger; the export layout is as imagined):
Polish. The participants, times and the export line are invented; the PEFT and bitsandbytes libraries, a Polish blog
post and the Bielik model appear as what they are. Computed: the times (not decreasing, asserted), the speakers
(participants, asserted), the export time after the last message."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1962)
P = ["Marta Nowak", "Piotr Wiśniewski", "Kasia Zielińska"]
M = [
 ("2026-02-11 19:02:13", 0, "Cześć, ustalamy listę na seminarium z dostrajania? Zaczynam:\n"
  f"{T('2106.09685')} https://arxiv.org/abs/2106.09685"),
 ("2026-02-11 19:03:40", 1, f"+1. I od razu {T('2305.14314')}, bo na naszych kartach inaczej się nie zmieści\n"
  "https://arxiv.org/pdf/2305.14314v1"),
 ("2026-02-11 19:05:02", 2, "bitsandbytes to biblioteka, nie artykuł, ale trzeba ją zainstalować ;)"),
 ("2026-02-11 19:06:55", 0, f"Historycznie trzeba zacząć od adapterów: {T('1902.00751')}"),
 ("2026-02-11 19:08:21", 1, f"A prefix tuning? {T('2101.00190')} — arXiv 2101.00190, jest w wersji ACL"),
 ("2026-02-11 19:10:47", 2, f"Przegląd, który to wszystko łączy:\n{T('2110.04366')}\n(http://arxiv.org/abs/2110.04366)"),
 ("2026-02-11 19:12:09", 0, f"Ok. {T('2303.10512')} → https://arxiv.org/abs/2303.10512v2\n"
  f"i dla porównania {T('2106.10199')}, tylko biasy"),
 ("2026-02-11 19:14:30", 1, f"Optymalizator: wszyscy używamy AdamW, więc niech ktoś przedstawi {T('1711.05101')}"),
 ("2026-02-11 19:15:58", 2, "Biorę. Bielik jako model bazowy? Jest na Hugging Face. I wpis na blogu o PEFT po polsku wrzucę jutro."),
 ("2026-02-11 19:17:12", 0, "Super, dzięki. Biblioteka PEFT ma dobre przykłady, dokumentacja wystarczy."),
]
ts = [dt.datetime.strptime(t, "%Y-%m-%d %H:%M:%S") for t, _, _ in M]
assert ts == sorted(ts)
exp = dt.datetime(2026, 2, 11, 21, 40)
assert exp > ts[-1]
L = [f"Historia rozmowy (konferencja): {', '.join(P)}", f"Wyeksportowano z Kadu 5.0: {exp:%Y-%m-%d %H:%M}", ""]
for t, who, msg in M:
    L.append(f"[{t}] {P[who]}:")
    L += msg.split("\n")
    L.append("")
text = "\n".join(L)
write_only(F, text, keys(F))
