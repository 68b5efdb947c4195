#!/usr/bin/env python3
"""1923: a discussion thread in a Mighty Networks community, copied from the browser (Taglish — Filipino and English):
the network name and space, the post (author, age, title, text), the likes and comments line, three comments and a
reply with ages and «Like · Reply», the comment box. The network, the people, the ages and the counts are invented;
PyTorch Geometric, DeepXDE, the AlphaFold Protein Structure Database and a YouTube talk appear as what they are.
Computed: the comment count (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(1923)
POST = ["Hi mga ka-ML! Para sa next na Science & ML session natin, eto yung shortlist ko. Sabihin niyo kung may kulang.", "",
        f"1. {T('2010.08895')} — https://arxiv.org/abs/2010.08895 (para sa flood modelling project natin sa Marikina)",
        f"2. {T('2010.03409')} https://arxiv.org/pdf/2010.03409v4", f"3. {AF2} (Nature 2021, walang arXiv)",
        f"4. {T('2106.05234')} (Graphormer) → https://arxiv.org/abs/2106.05234", "",
        "Tools: PyTorch Geometric at DeepXDE. Hindi papers 'yan ha, libraries lang."]
C = [("Miguel Santos", "2d", None, [f"Add ko lang yung {T('2007.01434')}. Importante kasi iba-iba yung provinces sa data natin, domain shift talaga."]),
     ("Andrea Villanueva", "2d", None, [f"Para sa mga naka-federated setup (yung mga hospital partners): {T('2111.04263')}.",
                                         f"At medyo off-topic pero ang ganda: {T('2010.00554')}, arXiv:2010.00554 — PCA bilang laro!"]),
     ("Jose Dela Cruz", "1d", "Andrea Villanueva", [f"@Andrea Villanueva haha oo nga. Speaking of time series, may nagbasa na ba ng {T('2010.06891')}? Baka pwede sa rainfall data ng PAGASA."]),
     ("Kristine Ramos", "20h", None, ["Yung AlphaFold DB pwede nating i-demo. May recording din ng talk ni Dr. Reyes sa YouTube, isasama ko sa notes."])]
out = ["Pinoy ML Builders", "Spaces", "Science & ML", "", "Carlo Mendoza", "Host · 3d", "", "Shortlist: ML for science papers (March)", ""] + POST
out += ["", f"24 likes · {len(C)} comments", "", "Like   Comment   Share", ""]
for n, age, rep, txt in C:
    out += [("    " if rep else "") + n, ("    " if rep else "") + age] + [("    " if rep else "") + t for t in txt] + [("    " if rep else "") + "Like · Reply", ""]
out += ["Write a comment…"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
