#!/usr/bin/env python3
"""1960: a RIS export (CR LF, as the RIS specification has it) of a saved list from Ilia State University's library
discovery service (as imagined; that it exports RIS with notes is assumed), with notes in Georgian. The list, its notes
and the reader are invented; the AutoGen repository, Anthropic's blog post «Building effective agents», a Georgian
Wikipedia dump and Sutton & Barto's book appear as what they are. Computed: the author lines from the catalogue (up to
three, then the note «et al.» as a fourth AU is avoided: RIS lists authors one per line), CR LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1960)


def aus(k, n=3):
    out = []
    for a in CAT[k]["authors"][:n]:
        p = a.split()
        out.append(f"AU  - {p[-1]}, {' '.join(p[:-1])}")
    return out


R = [
 ["TY  - CONF", *aus("2302.04761"), f"TI  - {T('2302.04761')}", "T2  - Advances in Neural Information Processing Systems 36",
  "PY  - 2023", "UR  - https://arxiv.org/abs/2302.04761", "N1  - ინსტრუმენტების გამოყენება; სემინარი 1"],
 ["TY  - JOUR", *aus("2305.16291"), f"TI  - {T('2305.16291')}", "JO  - Transactions on Machine Learning Research",
  "PY  - 2024", "UR  - https://arxiv.org/pdf/2305.16291v2", "N1  - Minecraft-ის აგენტი, სემინარი 2"],
 ["TY  - CONF", *aus("2303.11366"), f"TI  - {T('2303.11366')}", "T2  - NeurIPS 2023", "PY  - 2023",
  "L1  - http://arxiv.org/pdf/2303.11366v4.pdf", "N1  - თვითრეფლექსია; PDF მიმაგრებულია"],
 ["TY  - JOUR", *aus("2206.04615"), f"TI  - {T('2206.04615')}", "JO  - Transactions on Machine Learning Research",
  "PY  - 2023", "N1  - arXiv:2206.04615 — 200-ზე მეტი ამოცანა; შეფასება"],
 ["TY  - JOUR", *aus("2205.06175"), f"TI  - {T('2205.06175')}", "JO  - Transactions on Machine Learning Research",
  "PY  - 2022", "N1  - ერთი მოდელი ბევრი ამოცანისთვის"],
 ["TY  - CONF", *aus("2009.03300"), f"TI  - {T('2009.03300')}", "T2  - International Conference on Learning Representations",
  "PY  - 2021", "N1  - შეფასება: 57 საგანი"],
 ["TY  - CONF", *aus("2206.14858"), f"TI  - {T('2206.14858')}", "T2  - Advances in Neural Information Processing Systems 35",
  "PY  - 2022", "N1  - მათემატიკა; წავიკითხოთ მე-4 სემინარამდე"],
 ["TY  - CONF", *aus("2310.06770"), f"TI  - {T('2310.06770')}", "T2  - International Conference on Learning Representations",
  "PY  - 2024", "N1  - პროგრამული შეცდომების გასწორება; ბმული იხ. ბიბლიოთეკის ბაზაში"],
 ["TY  - COMP", "AU  - Microsoft", "TI  - AutoGen", "PY  - 2024", "UR  - https://github.com/microsoft/autogen",
  "N1  - პროგრამა, არა სტატია"],
 ["TY  - ELEC", "AU  - Anthropic", "TI  - Building effective agents", "PY  - 2024",
  "UR  - https://www.anthropic.com/engineering/building-effective-agents", "N1  - ბლოგის პოსტი"],
 ["TY  - DATA", "AU  - Wikimedia Foundation", "TI  - Georgian Wikipedia dump (kawiki)", "PY  - 2025",
  "UR  - https://dumps.wikimedia.org/kawiki/", "N1  - მონაცემები ქართული ექსპერიმენტისთვის"],
 ["TY  - BOOK", "AU  - Sutton, Richard S.", "AU  - Barto, Andrew G.", "TI  - Reinforcement Learning: An Introduction",
  "ET  - 2", "PB  - MIT Press", "CY  - Cambridge, MA", "PY  - 2018", "N1  - სახელმძღვანელო, მე-13 თავი"],
]
L = []
for r in R:
    L += r + ["ER  - ", ""]
text = "\r\n".join(L)
write_only(F, text, keys(F))
