#!/usr/bin/env python3
"""700: the end of a German master's thesis typeset with LaTeX and natdin.bst (DIN 1505-2 author-year), as
`pdftotext` (no -layout) extracts it: lines broken where the PDF breaks them, no hanging indentation, page numbers
alone on a line, form feeds between pages, running heads. DIN 1505-2 / natdin conventions: labels [Name u. a. Jahr],
SURNAMES in caps (small caps in the PDF), 'Vorname' after the comma, authors separated by ' ; ', more than three as
'u. a.', 'In:' for the host, 'S.' pages, 'URL …. – Zugriffsdatum: …', en dashes between elements. Vision backbones."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F700, keys, ALEXNET


def din_names(k, n=3):
    a = authors(k)
    f = [f"{x.split()[-1].upper()}, {' '.join(x.split()[:-1])}" for x in a[:n]]
    return " ; ".join(f) + (" u. a." if len(a) > n else "")


def wrap(s, w=92):
    out, line = [], ""
    for wd in s.split(" "):
        if line and len(line) + 1 + len(wd) > w:
            out.append(line); line = wd
        else:
            line = (line + " " + wd) if line else wd
    out.append(line)
    return "\n".join(out)


refs = [
 "[Bishop 2006] BISHOP, Christopher M.: Pattern Recognition and Machine Learning. New York : Springer, 2006 (Information Science and Statistics). – ISBN 978-0-387-31073-2",
 "[DIN 1505-2 1984] DIN 1505-2: Titelangaben von Dokumenten – Zitierregeln. Berlin : Beuth, 1984",
 f"[Geirhos u. a. 2020] {din_names('2004.07780')}: {T('2004.07780')}. In: Nature Machine Intelligence 2 (2020), Nr. 11, S. 665–673",
 "[Goodfellow u. a. 2016] GOODFELLOW, Ian ; BENGIO, Yoshua ; COURVILLE, Aaron: Deep Learning. Cambridge, MA : MIT Press, 2016. – URL http://www.deeplearningbook.org. – Zugriffsdatum: 02.02.2024",
 f"[He u. a. 2015] {din_names('1502.01852')}: {T('1502.01852')}. In: Proceedings of the IEEE International Conference on Computer Vision (ICCV), 2015, S. 1026–1034",
 f"[He u. a. 2016] {din_names('1512.03385')}: {T('1512.03385')}. In: Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR), 2016, S. 770–778. – URL https://arxiv.org/abs/1512.03385. – Zugriffsdatum: 14.11.2023",
 f"[Huang u. a. 2021] {din_names('2103.14338')}: {T('2103.14338')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2021. – URL https://arxiv.org/abs/2103.14338. – Zugriffsdatum: 20.01.2024",
 f"[Krizhevsky u. a. 2012] {din_names(ALEXNET)}: {T(ALEXNET)}. In: PEREIRA, F. (Hrsg.) ; BURGES, C. J. C. (Hrsg.) ; BOTTOU, L. (Hrsg.) ; WEINBERGER, K. Q. (Hrsg.): Advances in Neural Information Processing Systems 25. Red Hook, NY : Curran Associates, 2012, S. 1097–1105",
 "[PyTorch 2023] PYTORCH-ENTWICKLERTEAM: PyTorch Documentation, Version 2.1. Software-Dokumentation, 2023. – URL https://pytorch.org/docs/2.1/. – Zugriffsdatum: 05.12.2023",
 f"[Steiner u. a. 2022] {din_names('2106.10270')}: {T('2106.10270')}. In: Transactions on Machine Learning Research (2022). – arXiv:2106.10270",
 f"[Tan u. Le 2019] {din_names('1905.11946')}: {T('1905.11946')}. In: CHAUDHURI, Kamalika (Hrsg.) ; SALAKHUTDINOV, Ruslan (Hrsg.): Proceedings of the 36th International Conference on Machine Learning Bd. 97, PMLR, 2019 (Proceedings of Machine Learning Research), S. 6105–6114. – URL https://arxiv.org/abs/1905.11946. – Zugriffsdatum: 14.11.2023",
 "[torchvision 2023] TORCHVISION MAINTAINERS: torchvision: Datasets, Transforms and Models specific to Computer Vision. GitHub-Repository, 2023. – URL https://github.com/pytorch/vision. – Zugriffsdatum: 05.12.2023",
 "[Wightman 2019] WIGHTMAN, Ross: PyTorch Image Models. GitHub-Repository, 2019. – URL https://github.com/huggingface/pytorch-image-models. – Zugriffsdatum: 05.12.2023",
 f"[Zhai u. a. 2022] {din_names('2106.04560')}: {T('2106.04560')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022, S. 12104–12113. – URL https://arxiv.org/pdf/2106.04560.pdf. – Zugriffsdatum: 08.01.2024",
 "[Zhang u. a. 2023] ZHANG, Aston ; LIPTON, Zachary C. ; LI, Mu u. a.: Dive into Deep Learning. Cambridge : Cambridge University Press, 2023. – URL https://d2l.ai. – Zugriffsdatum: 02.02.2024",
]
HEAD = "7 Zusammenfassung und Ausblick"
p1 = f"""{HEAD}

Die Experimente in Kapitel 6 zeigen, dass sich die Ergebnisse aus [He u. a. 2016] auf unseren
Datensatz von Werkstückaufnahmen nur bedingt übertragen lassen: Residuale Netze mit 50 Schichten
erreichen zwar 94,1 % Genauigkeit, verlieren aber unter veränderter Beleuchtung bis zu 11 Prozentpunkte.
Dieses Verhalten passt zu den in [Geirhos u. a. 2020] beschriebenen Abkürzungen, die ein Netz beim
Training lernt. Die Skalierungsregeln nach [Tan u. Le 2019] brachten bei gleichem Rechenbudget einen
Vorteil von 1,7 Prozentpunkten, während die Vision-Transformer-Varianten (vgl. [Steiner u. a. 2022;
Zhai u. a. 2022]) erst mit Vortraining auf großen Datenmengen konkurrenzfähig wurden.

Für zukünftige Arbeiten bietet sich an, (1) die Datenaugmentierung gezielt gegen Beleuchtungswechsel
zu richten, (2) die Initialisierung nach [He u. a. 2015] mit den Standardeinstellungen von timm
[Wightman 2019] systematisch zu vergleichen und (3) die Anwendung auf Videodaten zu untersuchen, wie
es etwa für die Übertragung menschlicher Bewegungen in [Huang u. a. 2021] geschieht.

Die Quelltexte und Konfigurationsdateien dieser Arbeit liegen im GitLab der Hochschule (Projekt
ma-werkstueck-klassifikation); die Rohdaten können aus Gründen des Datenschutzes nicht veröffentlicht
werden.

71
\f"""
body_refs = "\n\n".join(wrap(r) for r in refs)
lines = body_refs.split("\n")
cut = 38
while lines[cut - 1] and not lines[cut].startswith("["):
    cut += 1
page2 = "Literaturverzeichnis\n\n" + "\n".join(lines[:cut]).rstrip("\n") + "\n\n72\n\f"
page3 = "Literaturverzeichnis\n\n" + "\n".join(lines[cut:]).lstrip("\n") + "\n\n73\n\f"
page4 = """Eidesstattliche Erklärung

Ich versichere, dass ich die vorliegende Masterarbeit selbstständig verfasst und keine anderen als die
angegebenen Quellen und Hilfsmittel benutzt habe. Alle Stellen, die wörtlich oder sinngemäß aus
veröffentlichten oder nicht veröffentlichten Schriften entnommen sind, habe ich als solche kenntlich
gemacht. Für sprachliche Überarbeitungen einzelner Absätze wurde ein Rechtschreibprüfprogramm
verwendet; inhaltliche Beiträge durch generative Sprachmodelle liegen nicht vor.

Die Arbeit hat in gleicher oder ähnlicher Form noch keiner anderen Prüfungsbehörde vorgelegen.

Lemgenau, den 28. März 2024

Jonas Meierhöfer

Masterarbeit im Studiengang Angewandte Informatik
Hochschule für Technik und Gestaltung Ostwestfalen-Süd
Erstprüfer: Prof. Dr.-Ing. Hartmut Fleischauer
Zweitprüferin: Dr. rer. nat. Svenja Kollwitz

74
\f"""
text = p1 + page2 + page3 + page4
write_only(F700, text, keys(F700))
