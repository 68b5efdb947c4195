#!/usr/bin/env python3
"""2142: a Smartsheet sheet exported as CSV (File → Export → Export to CSV, as assumed: the sheet's columns in order,
the primary column first, dates as MM/DD/YY, checkbox columns «true»/«false», contact columns as names, multi-line
cells quoted) of an invented reading plan of a lab at Reykjavík University (Háskólinn í Reykjavík). Icelandic with
English titles. Computed: the csv writer's output (CRLF rows, as csv.writer writes them), due dates after assignment
dates (asserted), «Lokið» true iff a finish date is set (asserted)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2142)
HEAD = ["Verkefni", "Tegund", "Ábyrgð", "Staða", "Úthlutað", "Skiladagur", "Lokið", "Lokadagur", "Hlekkur", "Athugasemdir"]
D = dt.date
ROWS = [
 (T("2002.05709"), "Grein", "Sigrún Halldórsdóttir", "Lokið", D(2026, 1, 12), D(2026, 1, 26), D(2026, 1, 23),
  "https://arxiv.org/abs/2002.05709", "SimCLR. Byrjum hér — sterkar gagnaaukningar skipta mestu."),
 (f"Lesa: {T('2011.10566')}", "Grein", "Kári Magnússon", "Lokið", D(2026, 1, 19), D(2026, 2, 2), D(2026, 2, 2),
  "", "SimSiam, arXiv:2011.10566 — engin neikvæð dæmi, stop-gradient."),
 (T("2104.14294"), "Grein", "Sigrún Halldórsdóttir", "Í vinnslu", D(2026, 2, 2), D(2026, 2, 16), None,
  "http://arxiv.org/pdf/2104.14294v2", "DINO"),
 (T("2304.07193"), "Grein", "Þórhildur Jónsdóttir", "Ekki hafið", D(2026, 2, 9), D(2026, 2, 23), None,
  "https://arxiv.org/abs/2304.07193", "Nota með DINO fyrir íslensku fornleifamyndirnar"),
 (T("2103.13646"), "Grein", "Kári Magnússon", "Ekki hafið", D(2026, 2, 16), D(2026, 3, 2), None,
  f"https://openreview.net/forum?id={OR('2103.13646')}", "C2D — hávaðasöm merki"),
 ("Sjón og tungumál", "Kafli", "Þórhildur Jónsdóttir", "Ekki hafið", D(2026, 2, 23), D(2026, 3, 16), None, "",
  f"Tvær greinar:\n1) {T('2301.12597')}\n2) {T('2103.14146')}"),
 ("Endurheimt á íslenskum texta", "Tilraun", "Sigrún Halldórsdóttir", "Ekki hafið", D(2026, 3, 2), D(2026, 3, 30), None,
  "", f"Grunnur: {T('2010.00904')} (GENRE). Gögn: Risamálheildin (gagnasafn, ekki grein)."),
 ("Bók: Deep Learning (Goodfellow, Bengio, Courville)", "Bók", "Kári Magnússon", "Í vinnslu", D(2026, 1, 12), D(2026, 4, 30), None,
  "https://www.deeplearningbook.org", "Kaflar 14–15, til upprifjunar"),
 ("Setja upp lightly og timm á GPU-þjóninum", "Verk", "Þórhildur Jónsdóttir", "Lokið", D(2026, 1, 12), D(2026, 1, 16), D(2026, 1, 15),
  "https://github.com/lightly-ai/lightly", "Hugbúnaður"),
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(HEAD)
for name, typ, who, st, a, due, done, url, note in ROWS:
    assert due > a and ((done is not None) == (st == "Lokið"))
    f = lambda d: f"{d:%m/%d/%y}" if d else ""
    w.writerow([name, typ, who, st, f(a), f(due), "true" if done else "false", f(done), url, note])
text = buf.getvalue()
fields = "\n".join(c for r in csv.reader(io.StringIO(text)) for c in r)
write_only(F, text, keys(F), forms=[fields])
