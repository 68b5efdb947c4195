#!/usr/bin/env python3
"""1541: a BibTeX file exported from the library of Jenni AI (an AI writing assistant with a citation library) by a
Ukrainian student writing a course paper (курсова робота) on self-supervised learning: fourteen entries in the
library's order (the newest first), generated keys `surnameYYYYword`, two-space indented `field = {value}` lines in a
fixed order, `Last, First and …` author lists from the catalogue (particles kept with the surname; DINOv2's 26
authors cut to three `and others`), `--` page ranges, the student's notes exported as `note` and tags as `keywords`
(Ukrainian), UTF-8 kept raw (no TeX accents), LF, a blank line between entries. Not papers: a Ukrainian textbook,
a master's thesis, a Prometheus course, Lilian Weng's blog post, the VISSL library, the STL-10 data set page.
Nicknames: SimCLR, CPC / InfoNCE, DINO, SimSiam, C2D — labelled only where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F1541, keys

PARTICLES = {"van", "den", "der", "de", "von", "la", "le", "di", "da"}


def last_first(name):
    p = name.split()
    i = len(p) - 1
    while i > 1 and p[i - 1] in PARTICLES:
        i -= 1
    return " ".join(p[i:]) + ", " + " ".join(p[:i])


def bib_authors(key, cut=None):
    a = CAT[key]["authors"]
    s = " and ".join(last_first(n) for n in (a[:cut] if cut else a))
    return s + (" and others" if cut and len(a) > cut else "")


ORDER = ["title", "author", "journal", "booktitle", "school", "publisher", "address", "volume", "number", "pages",
         "year", "eprint", "archivePrefix", "primaryClass", "url", "howpublished", "note", "keywords"]


def entry(typ, key, **f):
    body = ",\n".join(f"  {k} = {{{f[k]}}}" for k in ORDER if k in f)
    return f"@{typ}{{{key},\n{body}\n}}"


E = [
    entry("inproceedings", "tsai2021selfsupervised", title=T("2006.05576"), author=bib_authors("2006.05576"),
          booktitle="International Conference on Learning Representations", year="2021",
          url="https://openreview.net/forum?id=-bdp_8Itjwp",
          note="Теоретичне обґрунтування: чому контрастивна ціль і прогнозування одне одного доповнюють. Для розділу 1.3.",
          keywords="теорія, багаторакурсність"),
    entry("misc", "weng2021contrastive", title="Contrastive Representation Learning", author="Weng, Lilian",
          year="2021", howpublished="Lil'Log (блог)", url="https://lilianweng.github.io/posts/2021-05-31-contrastive/",
          note="Блог, не стаття; добрий огляд функцій втрат", keywords="огляд"),
    entry("article", "oquab2024dinov2", title=T("2304.07193"), author=bib_authors("2304.07193", 3),
          journal="Transactions on Machine Learning Research", year="2024", eprint="2304.07193",
          archivePrefix="arXiv", primaryClass="cs.CV",
          note="Готові ознаки без дообучення; порівняти з DINO у таблиці 3", keywords="vision transformer, ознаки"),
    entry("inproceedings", "chen2021exploring", title=T("2011.10566"), author=bib_authors("2011.10566"),
          booktitle="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
          pages="15750--15758", year="2021",
          note="SimSiam: без від'ємних пар і без momentum encoder; stop-gradient — головне", keywords="сіамські мережі"),
    entry("inproceedings", "zheltonozhskii2022contrast", title=T("2103.13646"), author=bib_authors("2103.13646"),
          booktitle="Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)",
          year="2022", note="C2D — передтренування для зашумлених міток, корисно для практичної частини",
          keywords="шумні мітки"),
    entry("book", "kovalchuk2021hlybynne", title="Глибинне навчання: навчальний посібник",
          author="Ковальчук, Олег Петрович and Мельник, Ірина Василівна", publisher="Політехніка",
          address="Київ", year="2021", note="Підручник кафедри; розділ 7 про автокодувальники",
          keywords="підручник"),
    entry("inproceedings", "caron2021emerging", title=T("2104.14294"), author=bib_authors("2104.14294"),
          booktitle="Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)",
          pages="9650--9660", year="2021", url="https://arxiv.org/pdf/2104.14294.pdf",
          note="DINO; карти уваги без міток — взяти рисунок 1 для презентації", keywords="vision transformer, дистиляція"),
    entry("article", "geirhos2020shortcut", title=T("2004.07780"), author=bib_authors("2004.07780"),
          journal="Nature Machine Intelligence", volume="2", number="11", pages="665--673", year="2020",
          note="Не про SSL напряму, але пояснює, чому аугментації важливі (вступ)", keywords="узагальнення"),
    entry("misc", "vissl2021", title="VISSL: A library for state-of-the-art self-supervised learning",
          author="Goyal, Priya and others", year="2021", howpublished="GitHub",
          url="https://github.com/facebookresearch/vissl", note="Бібліотека з кодом; репозиторій архівовано, тому беру solo-learn",
          keywords="код"),
    entry("inproceedings", "chen2020simple", title=T("2002.05709"), author=bib_authors("2002.05709"),
          booktitle="Proceedings of the 37th International Conference on Machine Learning (ICML)",
          pages="1597--1607", year="2020", url="https://arxiv.org/abs/2002.05709",
          note="SimCLR — основна стаття для розділу 2, таблиця з розміром батчу", keywords="контрастивне навчання"),
    entry("mastersthesis", "shevchenko2023samokerovane", title="Самокероване навчання для класифікації супутникових знімків",
          author="Шевченко, Андрій Миколайович", school="КПІ ім. Ігоря Сікорського", address="Київ", year="2023",
          note="Магістерська робота попереднього року, є в репозитарії ela.kpi.ua", keywords="приклад роботи"),
    entry("article", "oord2018representation", title=T("1807.03748"), author=bib_authors("1807.03748"),
          journal="arXiv preprint", year="2018", url="https://arxiv.org/abs/1807.03748",
          note="CPC та InfoNCE — звідси походить контрастивна втрата", keywords="контрастивне навчання, InfoNCE"),
    entry("misc", "prometheus2022ml", title="Машинне навчання (онлайн-курс)", author="Prometheus",
          year="2022", url="https://prometheus.org.ua/", note="Курс, повторити лекції 5–6", keywords="курс"),
    entry("misc", "coates2011stl10", title="STL-10 dataset", author="Coates, Adam and Ng, Andrew and Lee, Honglak",
          year="2011", url="https://cs.stanford.edu/~acoates/stl10/",
          note="Набір даних для експериментів: 100 000 нерозмічених зображень", keywords="дані"),
]
write_only(F1541, "\n\n".join(E) + "\n", keys(F1541))
