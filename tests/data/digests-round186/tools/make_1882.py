#!/usr/bin/env python3
"""1882: a CSV export of activities from CiviCRM (the open-source CRM for non-profits), as a Welsh research network
that runs its reading group on it would get it from «Export Activities» with the primary fields: the header of field
labels, one row per activity, Python's csv writer's quoting (comma, double quotes only where needed, CR LF rows), the
«Details» field as CiviCRM stores it (rich-text HTML: «<p>», «<a href>», «&nbsp;», «<br />»), Welsh and English mixed.
The network, people, contact ids, activity ids and dates are invented; the PEFT library, the TRL library and the
Alpaca data set appear as what they are. Computed: the quoting (csv writer), the activity ids increasing (asserted),
the dates valid and increasing (asserted), the details' tags balanced (asserted by the checker)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(1882)
HEAD = ["Activity ID", "Activity Type", "Subject", "Activity Date", "Activity Status", "Added By", "With Contact", "Details"]
D = dt.datetime
R = [
    (4107, "Meeting", "Grŵp darllen: PEFT (sesiwn 1)", D(2026, 1, 15, 13, 0), "Completed", "Elin Pritchard", "Rhys Llewelyn",
     f"<p>Trafodwyd <a href=\"https://openreview.net/forum?id={OR('2110.04366')}\">{T('2110.04366')}</a> – fframwaith sy&#39;n uno adapters, prefix a LoRA.</p>"
     "<p>Next time: bring one result each.</p>"),
    (4113, "Follow up", "Papurau ar gyfer sesiwn 2", D(2026, 1, 16, 9, 45), "Completed", "Rhys Llewelyn", "Elin Pritchard",
     f"<p>1. {T('2303.10512')}<br />https://arxiv.org/abs/2303.10512</p>"
     f"<p>2. <a href=\"https://arxiv.org/pdf/2106.10199v5\">{T('2106.10199')}</a></p>"
     f"<p>3. {T('2103.10385')} &ndash; dewisol.</p>"),
    (4130, "Meeting", "Grŵp darllen: aliniad", D(2026, 2, 5, 13, 0), "Completed", "Elin Pritchard", "Gwenllian Morgan",
     f"<p>Prif bapur: {T('2203.02155')} (<a href=\"http://arxiv.org/abs/2203.02155\">arXiv</a>).</p>"
     "<p>Gwenllian showed the TRL library&nbsp;for RLHF on a small model.</p>"),
    (4142, "Phone Call", "Cwestiwn gan bartner: few-shot neu fine-tune?", D(2026, 2, 11, 15, 20), "Completed", "Gwenllian Morgan", "Owain Rees",
     f"<p>Owain asked whether prompting is enough. Pointed him to {T('2205.05638')} (arXiv:2205.05638).</p>"),
    (4158, "Meeting", "Grŵp darllen: gwerthuso", D(2026, 2, 26, 13, 0), "Scheduled", "Elin Pritchard", "Rhys Llewelyn",
     f"<p>Cynllun: {T('2206.04615')} &ndash; pa dasgau sy&#39;n berthnasol i&#39;r Gymraeg?</p>"
     f"<p>Cofiwch: {T('1711.05101')} ar gyfer y gosodiadau optimeiddio yn yr arbrofion.</p>"),
    (4161, "Email", "Data ar gyfer arbrofion", D(2026, 2, 27, 10, 5), "Completed", "Rhys Llewelyn", "Owain Rees",
     "<p>Alpaca data set not suitable (licence); we use our own Welsh instructions. PEFT library version pinned.</p>"),
]
assert [r[0] for r in R] == sorted(r[0] for r in R) and [r[3] for r in R] == sorted(r[3] for r in R)
buf = io.StringIO(newline="")
w = csv.writer(buf)
w.writerow(HEAD)
for r in R:
    w.writerow([r[0], r[1], r[2], r[3].strftime("%Y-%m-%d %H:%M"), r[4], r[5], r[6], r[7]])
text = buf.getvalue()
import html
write_raw(F, text.encode("utf-8"), [text, html.unescape(text)], keys(F))
