#!/usr/bin/env python3
"""2021: the CSV export of the reading-group spreadsheet of an invented seminar at the Université de Nouakchott
(Mauritania): French with Hassaniya lines. The seminar, the people, the weeks and the notes are invented. Computed:
the csv writer's quoting with CR LF, the week numbers (asserted 1..n), the statuses (asserted in the list)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2021)
HEAD = ["Semaine", "Titre", "Type", "Présentateur", "Statut", "Lien", "Remarques"]
STAT = ("À lire", "En cours", "Lu", "Présenté")
ROWS = [
 (T("1902.00751"), "Article", "Aïchetou Mint Ahmed", "Présenté", "https://arxiv.org/abs/1902.00751", "Les adaptateurs de Houlsby, point de départ"),
 (T("2101.00190"), "Article", "Sidi Mohamed Ould Cheikh", "Présenté", "https://arxiv.org/pdf/2101.00190v1", "Comparer avec le prompt tuning, «préfixe» = 0,1 % des paramètres"),
 (T("2110.04366"), "Article", "Mariem Mint Sidi", "Lu", f"https://openreview.net/forum?id={OR('2110.04366')}", "Vue unifiée ; ICLR 2022"),
 (T("2303.10512"), "Article", "Ahmed Salem Ould Bah", "Lu", "", "Pas de lien dans le tableur, voir arXiv:2303.10512"),
 (T("2305.14314"), "Article", "Aïchetou Mint Ahmed", "En cours", "http://arxiv.org/abs/2305.14314", "4 bits, NF4 ; tester sur la carte du labo"),
 (T("2106.10199"), "Article", "Sidi Mohamed Ould Cheikh", "À lire", "", "Seulement les biais ; court, ACL 2022"),
 (T("1711.05101"), "Article", "Mariem Mint Sidi", "À lire", "", "AdamW, « weight decay » découplé"),
 (T("2111.04263"), "Article", "Ahmed Salem Ould Bah", "À lire", "", "Fédéré : hors sujet ? Ish ha ɣadi nagrawh ?"),
 ("Hugging Face PEFT (bibliothèque)", "Logiciel", "", "En cours", "https://github.com/huggingface/peft", "Pas un article ; la doc suffit"),
 ("Natural Language Processing with Transformers (Tunstall, von Werra, Wolf)", "Livre", "", "À lire", "", "Chapitre 8 ; exemplaire à la bibliothèque"),
]
assert all(r[3] in STAT for r in ROWS)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    w.writerow([str(i), *r])
text = buf.getvalue()
rows = list(csv.reader(io.StringIO(text, newline="")))
assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, len(ROWS) + 1)]
write_only(F, text, keys(F), forms=["\n".join(c for r in rows for c in r)])
