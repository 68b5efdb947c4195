#!/usr/bin/env python3
"""1721: a BibTeX export of marked records from a Primo VE discovery (Ex Libris, the Central Discovery Index) of a
Romanian university library with the Romanian interface: records `@article{cdi_<source>_<id>,` / `@book{…` / `@phdthesis{…`
with the fields in alphabetical order, one per line, «field = {value},», authors «Surname, Given and …», arXiv records
from CDI with their arxiv.org URL, ProQuest records of arXiv.org («Ithaca: Cornell University Library, arXiv.org»,
ISSN 2331-8422, no URL), IEEE Xplore records, and the library's own doctoral thesis in Romanian. The thesis, its author
and the library are invented; arXiv, ProQuest and IEEE appear as the sources they are. Nicknames DINO, DINOv2, MAE,
SimSiam, MoCo, C2D, CPC, DomainBed are not used as titles."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, published, write_raw
from make_expected import by_num, keys
F = by_num(1721)


def au(k, n=None):
    a = CAT[k]["authors"]
    return " and ".join(f"{x.split()[-1]}, {' '.join(x.split()[:-1])}" for x in a)


def rec(typ, key, fields):
    out = [f"@{typ}{{{key},"]
    for k, v in sorted(fields.items()):
        out.append(f"{k} = {{{v}}},")
    return "\n".join(out) + "\n}\n"


CV, LG = "Computer Science - Computer Vision and Pattern Recognition", "Computer Science - Learning"


def arx(k, url, kw=CV):
    return rec("article", "cdi_arxiv_primary_" + k.replace(".", "_"), {
        "author": au(k), "title": T(k), "year": published(k)[:4], "url": url, "keywords": kw,
        "copyright": "http://arxiv.org/licenses/nonexclusive-distrib/1.0", "language": "eng", "doi": f"10.48550/arxiv.{k}"})


def pq(k, num, extra=None):
    f = {"author": au(k), "title": T(k), "year": published(k)[:4], "journal": "arXiv.org",
         "publisher": "Ithaca: Cornell University Library, arXiv.org", "issn": "2331-8422", "language": "eng",
         "keywords": "Machine learning ; Representations ; Computer vision", "copyright": "2021. This work is published under http://creativecommons.org/licenses/by/4.0/ (the “License”)."}
    f.update(extra or {})
    return rec("article", f"cdi_proquest_journals_{num}", f)


def ieee(k, num, booktitle, pages, year):
    return rec("inproceedings", f"cdi_ieee_primary_{num}", {
        "author": au(k), "title": T(k), "booktitle": booktitle, "pages": pages, "year": year,
        "publisher": "IEEE", "language": "eng", "keywords": "Training ; Visualization ; Task analysis ; Representation learning"})


R = [
    arx("2304.07193", "https://arxiv.org/abs/2304.07193"),
    arx("2104.14294", "https://arxiv.org/pdf/2104.14294v2"),
    arx("2111.06377", "http://arxiv.org/abs/2111.06377"),
    arx("2103.13646", "https://arxiv.org/abs/2103.13646v2", kw=CV + " ; " + LG),
    pq("1807.03748", "2073503129", {"doi": "10.48550/arxiv.1807.03748", "year": "2019",
        "copyright": "2019. This work is published under http://arxiv.org/licenses/nonexclusive-distrib/1.0/ (the “License”)."}),
    pq("2007.01434", "2419770455"),
    ieee("2011.10566", "9578004", "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "15745-15753", "2021"),
    ieee("1911.05722", "9157636", "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "9726-9735", "2020"),
    rec("phdthesis", "alma9910058127402846", {
        "author": "Popescu, Andreea-Maria", "title": "Învățare auto-supervizată a reprezentărilor pentru imagistica medicală",
        "school": "Universitatea Politehnica din București", "address": "București", "year": "2024",
        "language": "rum", "keywords": "Învățare automată ; Rețele neuronale ; Imagistică medicală ; Teze de doctorat",
        "note": "Conducător științific: Prof. univ. dr. ing. Ionescu, Mihai ; Teză de doctorat"}),
]
text = "\n".join(R)
write_raw(F, text.encode("utf-8"), [text], keys(F))
