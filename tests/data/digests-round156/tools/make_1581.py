#!/usr/bin/env python3
"""1581: a BibTeX export of a QuillBot citation-generator list (a Spanish master's student's TFM list on
self-supervised vision), with the generator's Spanish header comments and «Recuperado el …» notes on web sources."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys
F = by_num(1581)
PARTICLES = {"van", "den", "der", "de", "von", "la", "du"}


def bib_name(n):
    p = n.split()
    i = len(p) - 1
    while i > 1 and p[i - 1].lower() in PARTICLES:
        i -= 1
    return f"{' '.join(p[i:])}, {' '.join(p[:i])}"


def authors(k):
    return " and ".join(bib_name(a) for a in CAT[k]["authors"])


def isbn(d12):
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12)) % 10) % 10
    return f"{d12[:3]}-{d12[3:5]}-{d12[5:9]}-{d12[9:12]}-{c}"


def entry(typ, key, fields):
    return f"@{typ}{{{key},\n" + ",\n".join(f"  {f} = {{{v}}}" for f, v in fields) + "\n}\n"


E = []
E.append(entry("article", "oquab2024", [("author", authors("2304.07193")), ("title", T("2304.07193")),
    ("journal", "Transactions on Machine Learning Research"), ("year", "2024"), ("url", "https://arxiv.org/abs/2304.07193")]))
E.append(entry("inproceedings", "he2020", [("author", authors("1911.05722")), ("title", T("1911.05722")),
    ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("pages", "9729--9738"), ("year", "2020"), ("url", "https://arxiv.org/abs/1911.05722v3")]))
E.append(entry("inproceedings", "chen2021", [("author", authors("2011.10566")), ("title", T("2011.10566")),
    ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("pages", "15750--15758"), ("year", "2021"), ("url", "https://arxiv.org/pdf/2011.10566.pdf")]))
E.append(entry("inproceedings", "caron2021", [("author", authors("2104.14294")), ("title", T("2104.14294")),
    ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
    ("pages", "9650--9660"), ("year", "2021")]))
E.append(entry("article", "he2021", [("author", authors("2111.06377")), ("title", T("2111.06377")),
    ("journal", "arXiv preprint arXiv:2111.06377"), ("year", "2021")]))
E.append(entry("inproceedings", "tsai2021", [("author", authors("2006.05576")), ("title", T("2006.05576")),
    ("booktitle", "International Conference on Learning Representations (ICLR)"), ("year", "2021"),
    ("url", "https://openreview.net/pdf?id=-bdp_8Itjwp")]))
E.append(entry("article", "vandenoord2018", [("author", authors("1807.03748")), ("title", T("1807.03748")),
    ("journal", "CoRR"), ("year", "2018")]))
E.append(entry("inproceedings", "zheltonozhskii2022", [("author", authors("2103.13646")), ("title", T("2103.13646")),
    ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
    ("pages", "1657--1667"), ("year", "2022")]))
E.append(entry("book", "garciaruiz2022", [("author", "García Ruiz, Lucía and Moreno Pérez, Javier"),
    ("title", "Visión por computador con aprendizaje profundo: fundamentos y práctica"), ("edition", "2"),
    ("publisher", "Ediciones Académicas del Tajo"), ("address", "Toledo"), ("year", "2022"),
    ("isbn", isbn("978841234567")), ("language", "spanish")]))
E.append(entry("misc", "weng2019", [("author", "Weng, Lilian"), ("title", "Self-Supervised Representation Learning"),
    ("howpublished", "Lil'Log (blog)"), ("year", "2019"),
    ("url", "https://lilianweng.github.io/posts/2019-11-10-self-supervised/"), ("note", "Recuperado el 2 de marzo de 2025")]))
E.append(entry("misc", "dacosta2022", [("author", "da Costa, Victor G. Turrisi and others"),
    ("title", "solo-learn"), ("howpublished", "Repositorio de GitHub"),
    ("year", "2022"), ("url", "https://github.com/vturrisi/solo-learn"), ("note", "Recuperado el 5 de marzo de 2025")]))
E.append(entry("misc", "utajo2024", [("author", "{Universidad del Tajo}"),
    ("title", "Guía docente: Visión por Computador Avanzada (Máster Universitario en Inteligencia Artificial), curso 2024-2025"),
    ("year", "2024"), ("url", "https://www.utajo.example.es/guias/2024-25/mia/vca.pdf"), ("note", "Recuperado el 10 de febrero de 2025")]))
head = """% Exportado desde QuillBot · Generador de citas
% Lista: TFM – Aprendizaje autosupervisado en visión (12 fuentes)
% Estilo de la lista: APA 7.ª edición · Exportación: BibTeX
% Fecha de exportación: 14/03/2025

"""
text = head + "\n".join(E)
write_only(F, text, keys(F), forms=[text.replace("{", "").replace("}", "")])
