#!/usr/bin/env python3
"""1340: the reference list of a Slovak master's thesis (diplomová práca) on vision Transformers, in STN ISO 690
(numeric references, in the order of first citation), copied from the thesis PDF in a viewer and pasted as plain text
(LF): the lines break where the PDF's justified lines break (never inside a title word, but once inside a long non-paper
address, as LaTeX's url package breaks it after a `/`), the hanging indent is lost, the running page numbers (56, 57)
come along where a page ends, and the copy runs into the next chapter heading. Authors as ISO 690 writes them: the
first `PRIEZVISKO, Meno`, the next `Meno PRIEZVISKO`, `a` before the last of two or three, more than three cut to the
first three and `et al.`; online items `[online]`, `[cit. RRRR-MM-DD]` and `Dostupné na: URL`; pages `s. N–M`.
Papers: arXiv abs / pdf links, an OpenReview forum link, a `Preprint arXiv:` id, three titles alone (a journal with its
DOI, two proceedings); a book, the timm repository, the PyTorch docs, the ImageNet site, a thesis and the standard
itself are not papers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import F1340, keys

WIDTH = 92


def person(name, first):
    parts = name.split()
    fam, given = parts[-1], " ".join(parts[:-1])
    return f"{fam.upper()}, {given}" if first else f"{given} {fam.upper()}"


def au(key=None, names=None):
    a = names or authors(key)
    if len(a) > 3:
        return ", ".join(person(n, i == 0) for i, n in enumerate(a[:3])) + " et al."
    ps = [person(n, i == 0) for i, n in enumerate(a)]
    s = ps[0] if len(ps) == 1 else ", ".join(ps[:-1]) + " a " + ps[-1]
    return s if s.endswith(".") else s + "."


CIT = "[cit. 2024-03-11]"
REFS = [
    f"{au('2010.11929')} {T('2010.11929')}. In: International Conference on Learning Representations (ICLR 2021) [online]. 2021 {CIT}. Dostupné na: https://openreview.net/forum?id={OR('2010.11929')}",
    f"{au(names=['Ian Goodfellow', 'Yoshua Bengio', 'Aaron Courville'])} Deep Learning. Cambridge, MA: MIT Press, 2016. ISBN 978-0-262-03561-3.",
    f"{au('2103.14030')} {T('2103.14030')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV) [online]. 2021, s. 10012–10022 {CIT}. Dostupné na: https://arxiv.org/abs/2103.14030",
    f"{au('2201.03545')} {T('2201.03545')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) [online]. 2022, s. 11976–11986 {CIT}. Dostupné na: https://arxiv.org/pdf/2201.03545.pdf",
    f"{au('2106.04560')} {T('2106.04560')}. In: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). New Orleans: IEEE, 2022, s. 12104–12113. Preprint arXiv:2106.04560.",
    f"{au('2104.00298')} {T('2104.00298')}. In: Proceedings of the 38th International Conference on Machine Learning (ICML) [online]. 2021, s. 10096–10106 {CIT}. Dostupné na: https://arxiv.org/abs/2104.00298v3",
    f"{au('2004.07780')} {T('2004.07780')}. Nature Machine Intelligence. 2020, roč. 2, č. 11, s. 665–673. ISSN 2522-5839. DOI 10.1038/s42256-020-00257-z.",
    f"{au('2103.14586')} {T('2103.14586')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). Montreal: IEEE, 2021, s. 10231–10241.",
    f"{au('2010.08515')} {T('2010.08515')} In: International Conference on Learning Representations (ICLR 2021). Virtual, 2021.",
    f"{au(names=['Ross Wightman'])} PyTorch Image Models [softvér] [online]. GitHub, 2019 {CIT}. Dostupné na: https://github.com/huggingface/pytorch-image-models",
    f"PYTORCH CONTRIBUTORS. torchvision.models [online]. PyTorch documentation, verzia 2.2 {CIT}. Dostupné na: https://pytorch.org/vision/stable/models.html",
    f"STANFORD VISION LAB. ImageNet [online databáza]. 2021 {CIT}. Dostupné na: https://www.image-net.org/",
    f"{au(names=['Peter Kováčik'])} Klasifikácia snímok listov pomocou konvolučných sietí. Diplomová práca. Technická univerzita v Príklade, Fakulta informatiky, 2022. Vedúci práce: doc. Ing. Jana Hrušková, PhD.",
    "STN ISO 690: 2012. Informácie a dokumentácia. Návod na tvorbu bibliografických odkazov na informačné pramene a ich citovanie. Bratislava: Úrad pre normalizáciu, metrológiu a skúšobníctvo SR, 2012.",
]
lines = ["ZOZNAM POUŽITEJ LITERATÚRY", ""]
page_break_after = {6: "56", 13: "57"}
for i, r in enumerate(REFS, 1):
    ls = textwrap.wrap(f"[{i}] {r}", WIDTH, break_on_hyphens=False, break_long_words=False)
    if i == 10:  # the url package breaks the long address after a slash
        j = next(k for k, l in enumerate(ls) if "https://github.com/huggingface/pytorch-image-models" in l)
        head, _, tail = ls[j].partition("https://github.com/huggingface/")
        ls[j:j + 1] = [head + "https://github.com/huggingface/", tail]
    lines += ls
    if i in page_break_after:
        lines += [page_break_after[i]]
lines += ["", "ZOZNAM PRÍLOH", "", "Príloha A: Zdrojové kódy experimentov (elektronická príloha)"]
text = "\n".join(lines) + "\n"
write_only(F1340, text, keys(F1340))
