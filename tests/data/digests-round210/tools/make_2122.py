#!/usr/bin/env python3
"""2122: a GitLab issues CSV export («Export as CSV» of an issue list, sent by mail as an attachment) of an invented
reading-group project of the Technical University of Košice (TUKE, KPI FEI) on a self-hosted GitLab: GitLab's column
set in English (Title, Description, Issue ID, URL, State, Author, Author Username, Assignee, Assignee Username,
Confidential, Locked, Due Date, Created At (UTC), Updated At (UTC), Closed At (UTC), Milestone, Weight, Labels, Time
Estimate, Time Spent), comma-separated, LF, fields quoted only when needed, Markdown in Description (links «[t](url)»,
lists, line breaks kept inside quoted fields), Labels comma-joined, dates «yyyy-mm-dd HH:MM:SS». Slovak. The project,
people, host and numbers are invented. Computed: the csv writer's output (lineterminator LF), issue ids decreasing
(asserted), URL = project URL + id, updated not before created, closed iff State closed (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2122)
PROJ = "https://gitlab.kpi.example.sk/ssl-citanie/zoznam/-/issues/"
HEAD = ["Title", "Description", "Issue ID", "URL", "State", "Author", "Author Username", "Assignee",
        "Assignee Username", "Confidential", "Locked", "Due Date", "Created At (UTC)", "Updated At (UTC)",
        "Closed At (UTC)", "Milestone", "Weight", "Labels", "Time Estimate", "Time Spent"]
P = {"jh": ("Juraj Hudák", "jhudak"), "mb": ("Miriam Balážová", "mbalazova"), "pk": ("Peter Kráľ", "pkral"),
     "ls": ("Lucia Sabolová", "lsabolova")}
ISSUES = [
 (18, "Príprava: dátová sada na doladenie", "Stiahnuť ImageNet-1k validačnú časť a pripraviť náš súbor "
  "«Košické pamiatky» (https://data.example.sk/kosicke-pamiatky). Nie je to článok, len úloha.",
  "opened", "pk", "pk", "2026-03-20", "2026-03-02 08:11:09", "2026-03-03 10:40:22", "", "Marec", 2, "uloha,data"),
 (17, "Prečítať: reč a HuBERT", f"Pre ľudí zo skupiny reči: {T('2106.07447')}.\n\nPeter navrhuje porovnať "
  "maskovanú predikciu s tým, čo robí MAE pri obrázkoch.", "opened", "mb", "pk", "2026-03-19",
  "2026-03-01 19:22:51", "2026-03-01 19:22:51", "", "Marec", "", "citanie,rec"),
 (16, "Diskusia: prečo kontrastívne metódy fungujú?", "Dve čítania na porovnanie:\n\n"
  f"* {T('1807.03748')} (van den Oord a kol., 2018) – odtiaľ je InfoNCE\n"
  f"* [{T('2006.05576')}](https://openreview.net/forum?id={OR('2006.05576')}) – teoretický pohľad, ICLR 2021\n\n"
  "Lucia pripraví slajdy.", "opened", "ls", "ls", "2026-03-12", "2026-02-26 14:03:17", "2026-03-04 09:15:00", "",
  "Marec", 3, "citanie,diskusia"),
 (15, "Prečítať: SimSiam", f"{T('2011.10566')} (Chen a He, CVPR 2021), arXiv:2011.10566 – bez negatívnych párov "
  "a bez momentum enkódera. Porovnať s MoCo z #12.", "closed", "jh", "mb", "2026-03-05", "2026-02-20 10:30:00",
  "2026-03-05 17:48:31", "2026-03-05 17:48:31", "Február", 2, "citanie"),
 (14, "Prečítať: MAE", f"Článok: {T('2111.06377')}\nOdkaz: http://arxiv.org/abs/2111.06377\n\nKód: "
  "repozitár facebookresearch/mae na GitHube (softvér).", "closed", "pk", "jh", "2026-02-26",
  "2026-02-16 09:12:44", "2026-02-26 18:02:10", "2026-02-26 18:02:10", "Február", 2, "citanie"),
 (13, "Prečítať: DINO a DINOv2", f"1. {T('2104.14294')} – https://arxiv.org/pdf/2104.14294v2.pdf\n"
  f"2. [{T('2304.07193')}](https://arxiv.org/abs/2304.07193)\n\nDruhý je dlhý, stačí sekcia 3 a 4.", "closed",
  "mb", "ls", "2026-02-19", "2026-02-09 11:45:00", "2026-02-19 17:30:12", "2026-02-19 17:30:12", "Február", 3,
  "citanie"),
 (12, "Prečítať: MoCo", f"Juraj odporúča začať s {T('1911.05722')} (He a kol., CVPR 2020), lebo na ňom stojí "
  "polovica ďalších článkov. Knihu «Understanding Deep Learning» (Prince) máme v knižnici, kapitola 14.",
  "closed", "jh", "jh", "2026-02-12", "2026-02-02 08:00:31", "2026-02-12 18:05:44", "2026-02-12 18:05:44",
  "Február", 2, "citanie"),
 (11, "Nastaviť knižnicu lightly a VISSL", "Nainštalovať knižnicu lightly (softvér) na server gpu2 a vyskúšať "
  "príklady. VISSL repozitár je archivovaný, len na porovnanie.", "closed", "ls", "pk", "", "2026-01-29 16:20:05",
  "2026-02-03 12:00:00", "2026-02-03 12:00:00", "Február", 1, "uloha,softver"),
]
ids = [i[0] for i in ISSUES]
assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
for iid, title, desc, state, a, s, due, cr, up, cl, ms, wt, lab in ISSUES:
    assert up >= cr and (bool(cl) == (state == "closed")) and (not cl or cl >= cr)
    w.writerow([title, desc, iid, PROJ + str(iid), state, P[a][0], P[a][1], P[s][0], P[s][1], "No", "No", due, cr,
                up, cl, ms, wt, lab, 0, 0])
text = buf.getvalue()
fields = "\n".join(x for row in csv.reader(io.StringIO(text)) for x in row)
write_only(F, text, keys(F), forms=[fields])
