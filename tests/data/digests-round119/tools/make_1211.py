#!/usr/bin/env python3
"""1211: an Apache Drill sqlline session (French): a Grenoble-like vision team keeps its reading list as a CSV file
with a header line (`vision.csvh`, in a `dfs.lectures` workspace); a PhD student queried it with `bin/drill-embedded`
and pasted her terminal. sqlline: the banner (version and a Drill quote), `apache drill> ` then
`apache drill (dfs.lectures)> ` prompts after USE, tables framed with `+---+` rules, headers centred, cells
left-aligned and padded to the widest value, `N rows selected (S seconds)` / `1 row selected`, `!quit`. Four queries:
the count, rows with a link (three papers, two of them abs / one pdf, plus a course and the timm docs), rows with an
`arXiv:` id and no link (two papers), articles with neither (three, title only, French remarks). Tables, counts and
the ORDER BY are computed from the CSV rows below."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1211, keys

ROWS = [  # type, titre, lien, arxiv, remarque, ajoute_par
 ("article", T("1512.03385"), "https://arxiv.org/abs/1512.03385", "", "ResNet : la base de tout le reste", "camille"),
 ("article", T("2006.06882"), "", "", "pré-entraînement vs auto-entraînement ; lien à retrouver", "hugo"),
 ("cours", "Cours « Vision par ordinateur » — M2, chapitre 4", "https://moodle.univ.example.fr/course/view.php?id=4821", "", "pas un article", "camille"),
 ("article", T("1905.11946"), "https://arxiv.org/pdf/1905.11946", "", "mise à l'échelle composée (profondeur, largeur, résolution)", "léa"),
 ("article", T("1912.11370"), "", "arXiv:1912.11370", "BiT ; seulement l'identifiant, pas de lien", "hugo"),
 ("article", T("2006.14536"), "", "", "activations lisses pour l'entraînement adversarial ; PDF imprimé", "théo"),
 ("doc", "timm — documentation des modèles", "https://huggingface.co/docs/timm/index", "", "documentation, pas un article", "léa"),
 ("article", T("2010.01412"), "https://arxiv.org/abs/2010.01412", "", "SAM : à comparer avec AdamW sur nos données", "théo"),
 ("article", T("2004.08955"), "", "arXiv:2004.08955", "ResNeSt ; identifiant recopié depuis le tableau blanc", "camille"),
 ("article", T("1502.01852"), "", "", "PReLU + initialisation « He » ; titre seulement", "hugo"),
]
TIMES = ["0.412", "1.873", "0.296", "0.241", "0.318"]


def table(cols, rows):
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    def center(s, x):
        left = (x - len(s)) // 2
        return " " * left + s + " " * (x - len(s) - left)
    out = [rule, "| " + " | ".join(center(c, x) for c, x in zip(cols, w)) + " |", rule]
    out += ["| " + " | ".join(v.ljust(x) for v, x in zip(r, w)) + " |" for r in rows]
    out.append(rule)
    return out


def sel(n, t):
    return f"{n} row{'s' if n != 1 else ''} selected ({t} seconds)"


L = ["$ bin/drill-embedded", "Apache Drill 1.21.1", '"Got Drill?"']
P0, P = "apache drill> ", "apache drill (dfs.lectures)> "
L.append(P0 + "USE dfs.lectures;")
L += table(["ok", "summary"], [("true", "Default schema changed to [dfs.lectures]")]) + [sel(1, TIMES[0])]
qs = [
 ("SELECT COUNT(*) AS n FROM `vision.csvh`;", ["n"], [(str(len(ROWS)),)]),
 ("SELECT titre, lien FROM `vision.csvh` WHERE lien <> '' ORDER BY titre;", ["titre", "lien"],
  sorted((r[1], r[2]) for r in ROWS if r[2])),
 ("SELECT titre, arxiv FROM `vision.csvh` WHERE arxiv <> '';", ["titre", "arxiv"], [(r[1], r[3]) for r in ROWS if r[3]]),
 ("SELECT titre, remarque FROM `vision.csvh` WHERE type = 'article' AND lien = '' AND arxiv = '';", ["titre", "remarque"],
  [(r[1], r[4]) for r in ROWS if r[0] == "article" and not r[2] and not r[3]]),
]
for (q, cols, rows), t in zip(qs, TIMES[1:]):
    L.append(P + q)
    L += table(cols, rows) + [sel(len(rows), t)]
L.append(P + "!quit")
text = "\n".join(L) + "\n"
write_only(F1211, text, keys(F1211))
