#!/usr/bin/env python3
"""661: a BibTeX file exported by Citavi 6 (Windows): the "% This file was created with Citavi" first line, CRLF,
keys Surname.Year (a, b suffixes on clashes), fields indented by one space in Citavi's order (author, year, title,
keywords, then the container fields, doi / url, note last), "Surname, Given and ..." author lists, Unicode kept as
typed (no TeX escapes), no comma after the last field, one blank line between entries. German notes and keywords;
a self-supervised learning library of a project group."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_raw
from make_expected import F661, keys


def bib_author(k):
    return " and ".join(f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in CAT[k]["authors"])


E = []


def entry(typ, key, fields):
    E.append(f"@{typ}{{{key},\r\n" + ",\r\n".join(f" {k} = {{{v}}}" for k, v in fields) + "\r\n}")


entry("inproceedings", "Tsai.2021", [
    ("author", bib_author("2006.05576")), ("year", "2021"), ("title", T("2006.05576")),
    ("keywords", "Multi-View;Kontrastives Lernen;Informationstheorie"),
    ("booktitle", "International Conference on Learning Representations"),
    ("url", "https://openreview.net/forum?id=-bdp_8Itjwp"),
    ("note", "Theoretischer Rahmen: Warum funktionieren kontrastive und prädiktive Ziele? Für Kapitel 2 der Projektarbeit zitieren.")])
entry("inproceedings", "Chen.2020", [
    ("author", bib_author("2002.05709")), ("year", "2020"), ("title", T("2002.05709")),
    ("keywords", "Kontrastives Lernen;Datenaugmentation;Baseline"),
    ("pages", "1597--1607"), ("volume", "119"), ("publisher", "PMLR"),
    ("series", "Proceedings of Machine Learning Research"),
    ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"),
    ("note", "arXiv:2002.05709 -- Referenz-Baseline für alle unsere Experimente; Batchgröße 4096 ist bei uns nicht machbar (max. 512 auf dem Institutscluster).")])
entry("article", "Oquab.2023", [
    ("author", bib_author("2304.07193")), ("year", "2023"), ("title", T("2304.07193")),
    ("keywords", "Foundation Model;ViT;Datenkuratierung"),
    ("journal", "Transactions on Machine Learning Research"),
    ("url", "https://arxiv.org/abs/2304.07193"),
    ("note", "Gewichte über torch.hub verfügbar (Software, nicht zitieren als Paper). Kuratierungs-Pipeline (LVD-142M) ist als Datensatz nicht öffentlich.")])
entry("inproceedings", "Zheltonozhskii.2022", [
    ("author", bib_author("2103.13646")), ("year", "2022"), ("title", T("2103.13646")),
    ("keywords", "Label-Rauschen;Vortraining"),
    ("pages", "1657--1667"),
    ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
    ("url", "https://arxiv.org/pdf/2103.13646.pdf"),
    ("note", "Relevant für AP 3 (verrauschte Annotationen aus dem Partnerprojekt).")])
entry("inproceedings", "Caron.2021", [
    ("author", bib_author("2104.14294")), ("year", "2021"), ("title", T("2104.14294")),
    ("keywords", "Selbstdistillation;ViT;Aufmerksamkeitskarten"),
    ("pages", "9650--9660"),
    ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
    ("note", "PDF liegt im Citavi-Projektordner (Anhang). Abb. 1 gut für den Vortrag.")])
entry("inproceedings", "Chen.2021", [
    ("author", bib_author("2011.10566")), ("year", "2021"), ("title", T("2011.10566")),
    ("keywords", "Siamesische Netze;Stop-Gradient"),
    ("pages", "15750--15758"),
    ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("note", "Kein negatives Paar nötig -- Stop-Gradient verhindert den Kollaps. Im Lesekreis am 14.03. besprochen.")])
entry("article", "Geirhos.2020", [
    ("author", bib_author("2004.07780")), ("year", "2020"), ("title", T("2004.07780")),
    ("keywords", "Robustheit;Generalisierung;Shortcut"),
    ("pages", "665--673"), ("volume", "2"), ("number", "11"),
    ("journal", "Nature Machine Intelligence"), ("doi", "10.1038/s42256-020-00257-z"),
    ("note", "Perspektivartikel; gute Motivation für die Einleitung.")])
entry("inproceedings", "Pham.2021", [
    ("author", bib_author("2101.01761")), ("year", "2021"), ("title", T("2101.01761")),
    ("keywords", "Regularisierung;Dropout;AutoML"),
    ("pages", "9351--9359"), ("volume", "35"), ("number", "11"),
    ("booktitle", "Proceedings of the AAAI Conference on Artificial Intelligence"),
    ("url", "https://arxiv.org/abs/2101.01761"),
    ("note", "Nur am Rande relevant (Regularisierung beim Fine-Tuning).")])
entry("book", "Murphy.2022", [
    ("author", "Murphy, Kevin P."), ("year", "2022"), ("title", "Probabilistic Machine Learning: An Introduction"),
    ("keywords", "Lehrbuch"), ("address", "Cambridge, MA"), ("publisher", "{MIT Press}"),
    ("series", "Adaptive Computation and Machine Learning"), ("isbn", "9780262046824"),
    ("note", "Lehrbuch, Kapitel 19 und 20 als Hintergrund.")])
entry("misc", "LightlyAI.2020", [
    ("author", "{Lightly AI}"), ("year", "2020"), ("title", "Lightly: A Python library for self-supervised learning on images"),
    ("keywords", "Software"), ("url", "https://github.com/lightly-ai/lightly"),
    ("note", "Software (MIT-Lizenz), Version 1.4.25 im Projekt eingesetzt.")])
entry("misc", "Coates.2011", [
    ("author", "Coates, Adam and Ng, Andrew and Lee, Honglak"), ("year", "2011"), ("title", "STL-10 dataset"),
    ("keywords", "Datensatz"), ("url", "https://cs.stanford.edu/~acoates/stl10/"),
    ("note", "Datensatz für die Linear-Probe-Auswertung; Zugriff am 02.02.2024.")])
text = "% This file was created with Citavi 6.17.0.0\r\n\r\n" + "\r\n\r\n".join(E) + "\r\n"
write_raw(F661, text.encode("utf-8"), [text, text.replace("{", "").replace("}", "")], keys(F661))
