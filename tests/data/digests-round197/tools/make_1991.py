#!/usr/bin/env python3
"""1991: a Stellaris mod localisation file (`localisation/german/labtech_l_german.yml`: UTF-8 with a BOM, `l_german:`,
` key:0 "text"` lines, `§Y…§!` colour codes, `\\n`, `#` comments), German: an OpenReview link, arXiv links (`/abs/`,
`/pdf/…v1`, `http://`), one id in text, three titles alone, and non-papers (a repository, an essay, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1991)
ROWS = [
    "# Labor-Technologien (Mod \"Skalierungsforschung\", Version 1.3, Stellaris 3.12)",
    "# Quelle der Texte: Leseliste der AG Sprachmodelle. Repo: https://github.com/ag-skalierung/stellaris-labtech",
    ("tech_lab_mixed_precision", "Rechnen mit halber Präzision"),
    ("tech_lab_mixed_precision_desc", f"Nach §Y{T('1710.03740')}§! trainieren unsere Forscher mit FP16-Gewichten und einer FP32-Kopie.\\nQuelle: https://openreview.net/forum?id={OR('1710.03740')}"),
    ("tech_lab_scaling_laws", "Skalierungsgesetze"),
    ("tech_lab_scaling_laws_desc", f"§Y{T('2001.08361')}§!\\nhttps://arxiv.org/abs/2001.08361\\nVerlust sinkt als Potenzgesetz in Parametern, Daten und Rechenzeit."),
    ("tech_lab_chinchilla", "Recheneffiziente Modelle"),
    ("tech_lab_chinchilla_desc", f"„{T('2203.15556')}“ (https://arxiv.org/pdf/2203.15556v1): mehr Daten statt mehr Parameter."),
    ("tech_lab_t5", "Text-zu-Text-Übertragung"),
    ("tech_lab_t5_desc", f"{T('1910.10683')} — http://arxiv.org/abs/1910.10683\\nJede Aufgabe wird zu Text rein, Text raus."),
    ("tech_lab_pathways", "Pfadbasierte Rechenzentren"),
    ("tech_lab_pathways_desc", f"§Y{T('2204.02311')}§! (arXiv 2204.02311). Erfordert $tech_lab_scaling_laws$."),
    "# offene Modelle, Mixture-of-Experts, Emergenz",
    ("tech_lab_open_weights", "Offene Gewichte"),
    ("tech_lab_open_weights_desc", f"„{T('2307.09288')}“ — unsere Imperien dürfen die Gewichte frei verteilen."),
    ("tech_lab_sparse_experts", "Spärliche Experten"),
    ("tech_lab_sparse_experts_desc", f"{T('2101.03961')}: jeder Token besucht nur einen Experten."),
    ("tech_lab_emergence", "Emergente Fähigkeiten"),
    ("tech_lab_emergence_desc", f"Laut „{T('2206.07682')}“ tauchen manche Fähigkeiten erst ab einer bestimmten Größe auf.\\nWeiterlesen: gwerns Essay „The Scaling Hypothesis“, das Buch „Deep Learning“ (Goodfellow u. a.) und der Vortrag https://video.ag-skalierung.example.de/kolloquium/2024-07."),
]


def build():
    out = ["\ufeffl_german:"]
    for r in ROWS:
        out.append(" " + r if isinstance(r, str) else f' {r[0]}:0 "{r[1]}"')
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
