#!/usr/bin/env python3
"""402: a reading-circle spreadsheet kept in LibreOffice Calc with German column headers, saved as "Text CSV" with
the tab as field delimiter (UTF-8, no BOM, CRLF between records as on Windows, quotes only around cells that need
them, a line break typed inside a cell with Ctrl+Enter kept as a bare LF inside the quoted cell). Columns: Nr. /
Titel / Autor:innen / Jahr / Venue / Link bzw. DOI / Thema / Status / Referent:in / Termin (dd.mm.yyyy, Tuesdays) /
Notizen; two empty rows of tabs at the end, as Calc writes the used range. The "Link bzw. DOI" column holds arXiv
abs and pdf URLs (link), an OpenReview forum URL (link), "arXiv:2211.17192" (arxiv-text), a doi.org URL, a bare DOI, a
"doi:" DOI, a JMLR page, a GitHub repository, or nothing (title-only). Titles: with the venue in the same cell, in
lower case, with a trailing full stop, split over two lines inside the cell. The PEFT library, a Hugging Face blog
post whose title shares words with a paper's, a DeepLearning.AI short course and an internal talk are rows too but
not papers, and are not labelled."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F402, keys

HDR = ["Nr.", "Titel", "Autor:innen", "Jahr", "Venue", "Link bzw. DOI", "Thema", "Status", "Referent:in", "Termin", "Notizen"]
ROWS = [
 (f"{T('2106.10199')} (ACL 2022)", "Ben Zaken, Ravfogel, Goldberg", "2022", "ACL (short)",
  "https://doi.org/10.18653/v1/2022.acl-short.1", "PEFT", "vorgestellt", "Jonas", "09.04.2024",
  "Nur die Bias-Terme trainieren. Überraschend stark auf GLUE, schwächer bei Generierung."),
 (T("2101.00190").lower(), "Li, Liang", "2021", "ACL-IJCNLP", "10.18653/v1/2021.acl-long.353", "PEFT", "vorgestellt",
  "Aylin", "09.04.2024", "Kontinuierliche Präfixe pro Schicht; Reparametrisierung über MLP beim Training."),
 (f"{T('2104.08691')}.", "Lester, Al-Rfou, Constant", "2021", "EMNLP", "doi:10.18653/v1/2021.emnlp-main.243", "PEFT",
  "vorgestellt", "Aylin", "16.04.2024", "Abb. 1 (Lücke zu Full Fine-Tuning schließt sich mit Modellgröße) merken!"),
 (T("2103.10385"), "Liu, Zheng, Du, Ding, Qian, Yang, Tang", "2023", "AI Open", "", "PEFT", "gelesen", "Jonas",
  "16.04.2024", "Das ist P-Tuning (v1), nicht v2. DOI noch nachtragen."),
 (T("2110.04366"), "He, Zhou, Ma, Berg-Kirkpatrick, Neubig", "2022", "ICLR",
  f"https://openreview.net/forum?id={OR('2110.04366')}", "PEFT", "vorgestellt", "Mehmet", "23.04.2024",
  "Adapter, Prefix und LoRA als eine Formel – gute Übersichtsgrafik."),
 (T("2205.05638"), "Liu, Tam, Muqeeth, Mohta, Huang, Bansal, Raffel", "2022", "NeurIPS",
  "https://github.com/r-three/t-few", "PEFT", "offen", "", "30.04.2024", "(IA)³ + T0; Link ist nur das Repo, Paper-Link fehlt noch"),
 ("LLM.int8(): 8-bit Matrix Multiplication\nfor Transformers at Scale", "Dettmers, Lewis, Belkada, Zettlemoyer", "2022",
  "NeurIPS", "https://arxiv.org/abs/2208.07339", "Quantisierung", "gelesen", "Mehmet", "30.04.2024",
  "Ausreißer-Features ab ca. 6,7 Mrd. Parametern; gemischte Präzision."),
 (T("2211.17192"), "Leviathan, Kalman, Matias", "2023", "ICML", "arXiv:2211.17192", "Inferenz", "offen", "Frieda",
  "07.05.2024", "Kleines Modell schlägt vor, großes prüft. Vergleich mit unserem Batch-Setup?"),
 (T("2006.16668"), "Lepikhin, Lee, Xu, Chen, Firat, Huang, Krikun, Shazeer, Chen", "2021", "ICLR",
  "https://arxiv.org/pdf/2006.16668v1.pdf", "MoE / Skalierung", "offen", "Frieda", "14.05.2024",
  "600 Mrd. Parameter, Top-2-Routing; Kapitel 3 reicht."),
 (T("2101.03961"), "Fedus, Zoph, Shazeer", "2022", "JMLR", "https://jmlr.org/papers/v23/21-0998.html",
  "MoE / Skalierung", "verschoben", "", "14.05.2024", "Top-1-Routing. Evtl. zusammen mit GShard in einer Sitzung."),
]
EXTRA = [  # not papers
 ("PEFT (Bibliothek von Hugging Face)", "", "", "", "https://github.com/huggingface/peft", "Tooling", "gelesen", "Jonas",
  "02.04.2024", "Einstieg: LoRA-Beispiel aus der Doku, läuft auf einer A100 in 20 min."),
 ("Blogpost: A Gentle Introduction to 8-bit Matrix Multiplication for transformers at scale using Hugging Face "
  "Transformers, Accelerate and bitsandbytes", "Belkada, Dettmers", "2022", "HF Blog",
  "https://huggingface.co/blog/hf-bitsandbytes-integration", "Quantisierung", "gelesen", "", "", "Blog, kein Paper – als Vorbereitung zu Nr. 7."),
 ("Kurs: Efficiently Serving LLMs", "DeepLearning.AI", "2024", "Short Course",
  "https://www.deeplearning.ai/short-courses/efficiently-serving-llms/", "Inferenz", "offen", "", "", "ca. 1 h Video"),
 ("Vortrag: Unser LoRA-Setup für das Kundenprojekt (intern)", "Mehmet", "2024", "intern", "", "PEFT", "vorgestellt",
  "Mehmet", "02.04.2024", "Folien im Teams-Ordner »Lesekreis/2024-04-02«"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HDR)
for i, r in enumerate(EXTRA[:1] + ROWS[:7] + EXTRA[1:2] + ROWS[7:] + EXTRA[2:], 1):
    w.writerow([str(i), *r])
w.writerow([""] * len(HDR))
w.writerow([""] * len(HDR))
text = buf.getvalue()


def cells(s):
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(s), delimiter="\t"))


write_only(F402, text, keys(F402), forms=(cells(text),))
