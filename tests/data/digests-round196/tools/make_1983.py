#!/usr/bin/env python3
"""1983: a list of an invented simulation lab's reading plan exported from LabKey Server («Export > Text», tab-separated;
the column set is the lab's own, the export form as assumed): Norwegian Bokmål. Computed: the quoting by Python's csv
writer with TAB and LF, the keys and creation times increasing (asserted), statuses from a fixed list (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1983)
STAT = ["Ny", "Pågår", "Lest", "Presentert"]
HEAD = ["Key", "Tittel", "Type", "Ansvarlig", "Status", "Lenke", "Kommentar", "Opprettet"]
ROWS = [
 [1, T('1406.2661'), "Artikkel", "Ingrid Solberg", "Presentert", "", "Bakgrunn for alle; NeurIPS 2014", "2026-01-12 09:14"],
 [2, T('2105.05233'), "Artikkel", "Magnus Haugen", "Lest", "https://arxiv.org/abs/2105.05233", "klassifisererveiledning", "2026-01-12 09:20"],
 [3, T('1907.05600'), "Artikkel", "Sigrid Nilsen", "Lest", "", "score matching (arXiv:1907.05600)", "2026-01-13 14:02"],
 [4, T('2106.05931'), "Artikkel", "Sigrid Nilsen", "Pågår", "", "latent diffusjon, NeurIPS 2021", "2026-01-15 10:41"],
 [5, T('2204.06125'), "Artikkel", "Magnus Haugen", "Ny", "https://arxiv.org/pdf/2204.06125v1", "", "2026-01-19 08:55"],
 [6, T('2403.03206'), "Artikkel", "Ingrid Solberg", "Ny", "http://arxiv.org/abs/2403.03206",
  "rectified flow;\n\"SD3\"-rapporten", "2026-01-22 13:30"],
 [7, "OpenFOAM-opplæring for strømning rundt sylinder", "Programvare", "Eirik Bakke", "Pågår", "https://www.openfoam.com/", "for treningsdata", "2026-01-26 15:12"],
 [8, T('2010.08895'), "Artikkel", "Eirik Bakke", "Ny", "<a href=\"https://arxiv.org/abs/2010.08895\">arXiv</a>", "operatorlæring for PDE-er", "2026-02-02 11:07"],
 [9, T('2010.03409'), "Artikkel", "Eirik Bakke", "Ny", "", "graf-nett på mesh, ICLR 2021", "2026-02-02 11:09"],
 [10, "Johns Hopkins Turbulence Database", "Datasett", "Magnus Haugen", "Ny", "https://turbulence.pha.jhu.edu/", "", "2026-02-05 09:48"],
 [11, "Diffusers-biblioteket (Hugging Face)", "Programvare", "Sigrid Nilsen", "Lest", "https://github.com/huggingface/diffusers", "", "2026-02-09 16:20"],
]
assert [r[0] for r in ROWS] == list(range(1, len(ROWS) + 1)) and [r[7] for r in ROWS] == sorted(r[7] for r in ROWS)
assert all(r[4] in STAT for r in ROWS)
buf = io.StringIO()
w = csv.writer(buf, delimiter="\t", lineterminator="\n")
w.writerow(HEAD)
w.writerows(ROWS)
write_only(F, buf.getvalue(), keys(F))
