#!/usr/bin/env python3
"""2041: a TSV export of the reading-group spreadsheet of an invented seminar at the Université Abdou Moumouni
(Niamey): French with a Zarma line. The seminar, its members, weeks and notes are invented. Computed: the csv writer's
quoting (tab-separated, CR LF), the weeks 1..n (asserted), the statuses from a fixed set (asserted)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2041)
HEAD = ["Semaine", "Type", "Titre", "Lien", "Présentateur", "Statut", "Notes"]
ROWS = [
 ("article", T("1902.00751"), "", "Abdoulaye Issoufou", "lu", "Houlsby et al., ICML 2019 — le point de départ"),
 ("article", T("2101.00190"), "https://arxiv.org/abs/2101.00190", "Mariama Hamani", "lu", ""),
 ("article", T("2103.10385"), "", "Mariama Hamani", "lu", "P-tuning; à lire avec le précédent"),
 ("article", T("2106.09685"), "https://arxiv.org/pdf/2106.09685v2.pdf", "Ibrahim Garba", "présenté", "LoRA, rang 8 suffit pour nos essais en zarma"),
 ("article", T("2110.04366"), f"https://openreview.net/forum?id={OR('2110.04366')}", "Abdoulaye Issoufou", "à présenter", ""),
 ("article", T("2303.10512"), "", "Ibrahim Garba", "à présenter", "ICLR 2023, rang adaptatif"),
 ("article", T("2305.14314"), "", "Hadiza Moussa", "à lire", "voir arXiv:2305.14314, tient sur une seule GPU de 24 Go"),
 ("article", T("2205.05638"), "http://arxiv.org/abs/2205.05638", "Hadiza Moussa", "à lire", "T-Few / (IA)³, NeurIPS 2022"),
 ("logiciel", "Hugging Face PEFT", "https://github.com/huggingface/peft", "Ibrahim Garba", "installé", "bibliothèque, pas un article"),
 ("livre", "Hands-On Large Language Models (Alammar & Grootendorst, O'Reilly 2024)", "", "—", "emprunté", "chapitre 12 sur le fine-tuning"),
 ("jeu de données", "Corpus zarma–français du séminaire, v0.3", "https://data.example.ne/zarma-fr", "Hadiza Moussa", "en cours", "Ay ga ni fo ! (merci en zarma)"),
]
STAT = {"lu", "présenté", "à présenter", "à lire", "installé", "emprunté", "en cours"}
buf = io.StringIO()
w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    assert r[4] in STAT
    w.writerow([str(i)] + list(r))
text = buf.getvalue()
write_only(F, text, keys(F))
