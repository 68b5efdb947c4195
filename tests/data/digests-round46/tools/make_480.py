#!/usr/bin/env python3
"""480: the end of a German Bachelorarbeit copied out of its PDF (pdftotext, form feeds between pages): the last
paragraphs of "6 Fazit und Ausblick", then the "Literaturverzeichnis" typeset by BibTeX's alphadin style (DIN 1505:
alphabetic labels [BCB15] / [QZB+21], "Nachname, Vorname ; …:" author lists, "In:", "S.", "Nr.", "– URL …",
"– ISBN …"), running heads and page numbers, and the "Selbstständigkeitserklärung". German. Sequence models and NLP."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import F480, keys, LSTM, CTC, XAVIER

def din_names(k):
    out = []
    for a in CAT[key_of(k)]["authors"]:
        p = a.split()
        out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " ; ".join(out)

def label(k, yy):
    sur = [a.split()[-1] for a in CAT[key_of(k)]["authors"]]
    if len(sur) == 1: return sur[0][:3] + yy
    if len(sur) > 4: return "".join(s[0] for s in sur[:3]) + "+" + yy
    return "".join(s[0] for s in sur) + yy

def wrap(s, width=92, indent="        "):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = indent + w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(lines)

t = T
refs = [
 (label("1409.0473", "15"), f"{din_names('1409.0473')}: {t('1409.0473')}. In: 3rd International Conference on Learning Representations (ICLR), 2015. – URL https://arxiv.org/abs/1409.0473"),
 (label("2012.08561", "20"), f"{din_names('2012.08561')}: {t('2012.08561')}. In: Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP), 2020. – URL https://arxiv.org/abs/2012.08561v1"),
 ("GB10", f"{din_names(XAVIER)}: {XAVIER}. In: Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics (AISTATS) Bd. 9, JMLR W&CP, 2010, S. 249–256"),
 ("GBC16", "Goodfellow, Ian ; Bengio, Yoshua ; Courville, Aaron: Deep Learning (Adaptive Computation and Machine Learning). Cambridge, MA : MIT Press, 2016. – ISBN 978-0-262-03561-3"),
 (label(CTC, "06"), f"{din_names(CTC)}: {CTC}. In: Proceedings of the 23rd International Conference on Machine Learning (ICML). New York, NY, USA : ACM, 2006, S. 369–376"),
 (label("1410.5401", "14"), f"{din_names('1410.5401')}: {t('1410.5401')}. Google DeepMind, London, Preprint, 2014"),
 (label(LSTM, "97"), f"{din_names(LSTM)}: {LSTM}. In: Neural Computation 9 (1997), Nr. 8, S. 1735–1780"),
 ("Hug24", "Hugging Face: tokenizers: Fast State-of-the-Art Tokenizers optimized for Research and Production. Software, Version 0.15.2, 2024. – URL https://github.com/huggingface/tokenizers. – Zugriffsdatum: 12.03.2024"),
 (label("2004.10102", "20"), f"{din_names('2004.10102')}: {t('2004.10102')}. In: Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP), 2020, S. 7057–7075. – URL https://aclanthology.org/2020.emnlp-main.574"),
 (label("2008.07905", "21"), f"{din_names('2008.07905')}: {t('2008.07905')}. Eingereicht bei ICLR 2021. – URL https://openreview.net/forum?id={OR('2008.07905')}. – Später erschienen in: Proceedings of ACL-IJCNLP 2021"),
 (label("1908.10084", "19"), f"{din_names('1908.10084')}: {t('1908.10084')}. In: Proceedings of EMNLP-IJCNLP 2019. Hong Kong, China : Association for Computational Linguistics, 2019, S. 3982–3992. – arXiv:1908.10084"),
 ("Zha23", "Zhang, Mareike: Aufmerksamkeitsgewichte in Sprachmodellen. Masterarbeit, Fakultät für Informatik, Universität Exempelstadt, 2023 (unveröffentlicht)"),
 (label("2010.06040", "20"), f"{din_names('2010.06040')}: {t('2010.06040')}. Preprint, arXiv 2010.06040, 2020"),
]
refs.sort(key=lambda r: r[0].lower())
lines = []
for lab, body in refs:
    lines.append(wrap(f"[{lab}]  {body}"))
    lines.append("")
half = 7
page1 = "\n".join(lines[: 2 * half])
page2 = "\n".join(lines[2 * half:])
text = f"""6 Fazit und Ausblick                                                                          41

Die Experimente in Kapitel 5 zeigen, dass sich die Aufmerksamkeitsgewichte allein nur bedingt als Erklärung
eignen: Erst wenn die Norm der transformierten Eingabevektoren mitbetrachtet wird, ergibt sich ein stabiles Bild
(vgl. Abschnitt 5.3). Für die nicht-autoregressive Übersetzung bestätigte sich der in [QZB+21] beschriebene Effekt
des schrittweisen „Glancing“-Samplings auch auf unserem kleineren deutsch-englischen Korpus.

Offen bleibt, ob sich die Ergebnisse auf größere vortrainierte Modelle übertragen lassen. Die in Abschnitt 2.4
skizzierte Kombination mit einem externen Speicher (im Sinne der Neural-Turing-Machine-Architektur, siehe
[GWD14]) konnte im Rahmen dieser Arbeit aus Zeitgründen nicht mehr untersucht werden. Ebenso wäre eine
Wiederholung der Satzähnlichkeitsexperimente mit mehrsprachigen Satz-Encodern lohnend.

Der Quellcode sowie die Konfigurationsdateien aller Experimente sind im GitLab der Arbeitsgruppe hinterlegt
(https://gitlab.example.de/ag-sprache/ba-aufmerksamkeit).

\f
Literaturverzeichnis                                                                          43

{page1}
\f
Literaturverzeichnis                                                                          44

{page2}
\f
Selbstständigkeitserklärung

Hiermit versichere ich, dass ich die vorliegende Bachelorarbeit selbstständig verfasst und keine anderen als
die angegebenen Quellen und Hilfsmittel benutzt habe. Alle Stellen, die wörtlich oder sinngemäß aus
veröffentlichten Schriften entnommen wurden, sind als solche kenntlich gemacht. Die Arbeit hat in gleicher oder
ähnlicher Form noch keiner anderen Prüfungsbehörde vorgelegen.

Exempelstadt, den 28. März 2024

                                                                        ........................................
                                                                        Jonas Feldmann

                                                                                                           45
"""
write_only(F480, text, keys(F480))
