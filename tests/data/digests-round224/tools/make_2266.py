#!/usr/bin/env python3
"""2266 (NEGATIVE): the onboarding backlog of an NLP lab at Stellenbosch University (Universiteit Stellenbosch) in Azure
Boards, a tree query «Onboarding 2026 – boom» exported with «Export to CSV» (as remembered: a UTF-8 BOM, every field and
the header in double quotes, CR LF; the query's columns «ID, Work Item Type, Title 1, Title 2, Title 3, Assigned To,
State, Tags, Iteration Path, Created Date», the tree depth shown by which «Title n» column holds the title; «Assigned To»
as «Display Name <e-mail>»; tags joined by «; »; dates in the exporter's en-ZA locale «yyyy/mm/dd hh:mm»). Afrikaans
and English. No paper: books, software, data sets, courses, talks and a blog post only.
Computed: the rows and the quoting, the tree columns from each item's depth (asserted: a child follows its parent)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2266)
HEAD = ["ID", "Work Item Type", "Title 1", "Title 2", "Title 3", "Assigned To", "State", "Tags", "Iteration Path",
        "Created Date"]
MAR, JAN, THA, NAD = ("Marelize Botha <mbotha@nlp.sun.example.ac.za>", "Jan-Hendrik Pretorius <jhpretorius@nlp.sun.example.ac.za>",
                      "Thandeka Mokoena <tmokoena@nlp.sun.example.ac.za>", "Nadia Jacobs <njacobs@nlp.sun.example.ac.za>")
IT = "NLP-Laboratorium\\2026\\Sprint 7"
# (id, type, depth, title, assigned, state, tags, created)
R = [
 (4101, "Epic", 1, "Aanboording: nuwe MSc-studente 2026", MAR, "Active", "aanboording", "2026/02/09 08:30"),
 (4102, "Feature", 2, "Boeke om te lees (nie artikels nie)", MAR, "Active", "boeke", "2026/02/09 08:34"),
 (4103, "Task", 3, "Lees hoofstukke 1–4 van \"Natural Language Processing with Transformers\" (Tunstall, von Werra & Wolf, O'Reilly)",
  JAN, "Closed", "boeke; NLP", "2026/02/09 08:41"),
 (4104, "Task", 3, "Lees \"Dive into Deep Learning\" (Zhang, Lipton, Li & Smola), hoofstukke 9–11 – gratis by d2l.ai",
  THA, "Active", "boeke", "2026/02/09 08:45"),
 (4105, "Task", 3, "Blaai deur \"Deep Learning\" (Goodfellow, Bengio & Courville), hoofstuk 10 oor RNN's", NAD, "New",
  "boeke", "2026/02/09 08:47"),
 (4106, "Feature", 2, "Sagteware en infrastruktuur", JAN, "Active", "sagteware", "2026/02/09 09:02"),
 (4107, "Task", 3, "Installeer PyTorch 2.6 met CUDA 12.4 op die groep se GPU-bediener (hpc1)", JAN, "Closed",
  "sagteware; GPU", "2026/02/09 09:05"),
 (4108, "Task", 3, "Skep 'n Hugging Face-rekening en sluit aan by die laboratorium se organisasie", THA, "Closed",
  "sagteware", "2026/02/09 09:07"),
 (4109, "User Story", 3, "As nuwe student wil ek Slurm-take op die HPC1-groepering kan indien (sien die HPC-wiki)", NAD,
  "Active", "sagteware; HPC", "2026/02/10 14:20"),
 (4110, "Feature", 2, "Datastelle", THA, "Active", "data", "2026/02/10 14:31"),
 (4111, "Task", 3, "Laai die NCHLT-spraakkorpus (Afrikaans) van SADiLaR se repositorium af", THA, "Resolved",
  "data; spraak; Afrikaans", "2026/02/10 14:35"),
 (4112, "Task", 3, "Kyk na die Afrikaanse deel van OSCAR 23.01 op Hugging Face", NAD, "New", "data; Afrikaans",
  "2026/02/10 14:38"),
 (4113, "Task", 3, "Kloon die Masakhane-datastelle van GitHub (masakhane-io)", JAN, "New", "data", "2026/02/10 14:40"),
 (4114, "Feature", 2, "Kursusse, praatjies en blogs", MAR, "New", "leer", "2026/02/11 10:00"),
 (4115, "Task", 3, "Kyk Stanford CS224N-lesings 1–6 op YouTube", NAD, "Active", "kursus", "2026/02/11 10:03"),
 (4116, "Task", 3, "Lees Jay Alammar se blogpos \"The Illustrated Transformer\"", THA, "Closed", "blog",
  "2026/02/11 10:05"),
 (4117, "Task", 3, "Woon die Deep Learning IndabaX South Africa-praatjies by (Julie 2026, Stellenbosch)", MAR, "New",
  "praatjie", "2026/02/11 10:09"),
 (4118, "Task", 3, "Doen die gratis kursus \"Hugging Face LLM Course\", hoofstukke 1–3", JAN, "New", "kursus",
  "2026/02/11 10:12"),
]
prev_depth = 0
rows = [HEAD]
for i, typ, depth, title, who, state, tags, created in R:
    assert depth <= prev_depth + 1 and (depth > 1 or typ == "Epic")
    prev_depth = depth
    t = ["", "", ""]
    t[depth - 1] = title
    rows.append([str(i), typ, *t, who, state, tags, IT, created])
q = lambda v: '"' + v.replace('"', '""') + '"'
text = "\ufeff" + "".join(",".join(q(v) for v in r) + "\r\n" for r in rows)
write(F, text, negative=True)
