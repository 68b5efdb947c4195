#!/usr/bin/env python3
"""2061: the CSV export (comma-separated, CR LF, as the csv writer writes it) of the reading-group sheet of an invented
seminar at the Université Gamal Abdel Nasser de Conakry (UGANC): French with a Pular line. The seminar, its members,
weeks and notes are invented. Computed: the csv writer's quoting (commas in fields quoted), the weeks 1..n (asserted),
the statuses from a fixed set (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2061)
HEAD = ["Semaine", "Type", "Titre", "Lien", "Présentateur", "Statut", "Notes"]
ROWS = [
 ("article", T("1711.05101"), "", "Mamadou Diallo", "lu", "Loshchilov & Hutter, ICLR 2019 — AdamW, l'optimiseur de tous nos essais"),
 ("article", T("1902.00751"), "", "Fatoumata Bah", "lu", "Houlsby et al., ICML 2019, les adaptateurs"),
 ("article", T("2101.00190"), "https://arxiv.org/abs/2101.00190", "Fatoumata Bah", "lu", ""),
 ("article", T("2103.10385"), "", "Ousmane Camara", "présenté", "à lire avec Prefix-Tuning"),
 ("article", T("2106.09685"), "https://arxiv.org/pdf/2106.09685v2.pdf", "Ousmane Camara", "présenté", "rang 8, ça suffit pour le pular"),
 ("article", T("2106.10199"), "", "Aïssatou Sow", "à présenter", "arXiv:2106.10199, ACL 2022 (on ne règle que les biais)"),
 ("article", T("2305.14314"), "http://arxiv.org/abs/2305.14314", "Mamadou Diallo", "à lire", "tient sur la GPU du labo, 24 Go"),
 ("article", T("2205.05638"), "https://arxiv.org/abs/2205.05638v2", "Aïssatou Sow", "à lire", "NeurIPS 2022"),
 ("logiciel", "bitsandbytes", "https://github.com/bitsandbytes-foundation/bitsandbytes", "Ousmane Camara", "installé", "bibliothèque, pas un article"),
 ("livre", "Natural Language Processing with Transformers (Tunstall, von Werra & Wolf, O'Reilly 2022)", "", "—", "emprunté", "chapitre 8"),
 ("jeu de données", "Corpus pular–français du séminaire, v0.2", "https://data.example.gn/pular-fr", "Fatoumata Bah", "en cours", "Jaaraama ! (merci en pular)"),
]
STAT = {"lu", "présenté", "à présenter", "à lire", "installé", "emprunté", "en cours"}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    assert r[4] in STAT
    w.writerow([str(i)] + list(r))
text = buf.getvalue()
write_only(F, text, keys(F))
