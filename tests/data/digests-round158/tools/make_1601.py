#!/usr/bin/env python3
"""1601: a bibliography exported from Fidus Writer (the online academic editor; its bibliography manager exports
BibLaTeX) for an invented Portuguese master's dissertation on self-supervised representations for speech and vision:
BibLaTeX entry types (@inproceedings, @article, @book, @software, @dataset, @online), `date`, `journaltitle`,
`eprinttype`/`eprint`, `urldate`, tab-indented fields, Portuguese `note` and `keywords`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys, CTC
F = by_num(1601)


def bl(key):
    out = []
    for n in authors(key):
        p = n.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


def prot(t):
    """protect capitalised acronyms the way BibLaTeX exporters do"""
    out = []
    for w in t.split(" "):
        core = w.rstrip(":,?")
        if "-" not in core and any(c.isupper() for c in core[1:]):
            w = "{" + core + "}" + w[len(core):]
        out.append(w)
    return " ".join(out)


E = []
E.append(("inproceedings", "caron2021emerging", [
    ("author", bl("2104.14294")), ("title", prot(T("2104.14294"))), ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
    ("date", "2021"), ("pages", "9650--9660"), ("url", "https://arxiv.org/pdf/2104.14294.pdf"), ("urldate", "2025-02-11"),
    ("keywords", "visão, auto-supervisionado"), ("note", "DINO; base do capítulo 3")]))
E.append(("inproceedings", "chen2020simple", [
    ("author", bl("2002.05709")), ("title", prot(T("2002.05709"))), ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"),
    ("series", "Proceedings of Machine Learning Research"), ("volume", "119"), ("date", "2020"), ("pages", "1597--1607"),
    ("url", "https://arxiv.org/abs/2002.05709"), ("urldate", "2025-02-11"), ("keywords", "visão, contrastivo")]))
E.append(("inproceedings", "chen2021exploring", [
    ("author", bl("2011.10566")), ("title", prot(T("2011.10566"))), ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
    ("date", "2021"), ("pages", "15750--15758"), ("url", "https://arxiv.org/abs/2011.10566v1"), ("urldate", "2025-02-12"),
    ("keywords", "visão, siamês"), ("note", "SimSiam: sem pares negativos")]))
E.append(("dataset", "mozilla2024common", [
    ("author", "{Mozilla Foundation}"), ("title", "Common Voice Corpus 17.0 (Português)"), ("date", "2024-03-20"),
    ("url", "https://commonvoice.mozilla.org/pt/datasets"), ("urldate", "2025-03-02"), ("keywords", "fala, dados"),
    ("note", "Subconjunto pt-PT usado nas experiências de afinação")]))
E.append(("book", "goodfellow2016deep", [
    ("author", "Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron"), ("title", "Deep Learning"),
    ("publisher", "MIT Press"), ("location", "Cambridge, MA"), ("date", "2016"), ("isbn", "978-0-262-03561-3")]))
E.append(("inproceedings", "graves2006connectionist", [
    ("author", bl(CTC)), ("title", prot(T(CTC))), ("booktitle", "Proceedings of the 23rd International Conference on Machine Learning"),
    ("date", "2006"), ("pages", "369--376"), ("location", "Pittsburgh, PA"), ("keywords", "fala, CTC"),
    ("note", "Função de perda usada na afinação do HuBERT")]))
E.append(("article", "hsu2021hubert", [
    ("author", bl("2106.07447")), ("title", prot(T("2106.07447"))), ("journaltitle", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"),
    ("volume", "29"), ("date", "2021"), ("pages", "3451--3460"), ("eprinttype", "arxiv"), ("eprint", "2106.07447"),
    ("keywords", "fala, auto-supervisionado")]))
E.append(("online", "lecun2021dark", [
    ("author", "LeCun, Yann and Misra, Ishan"), ("title", "Self-supervised learning: The dark matter of intelligence"),
    ("organization", "Meta AI Blog"), ("date", "2021-03-04"), ("url", "https://ai.meta.com/blog/self-supervised-learning-the-dark-matter-of-intelligence/"),
    ("urldate", "2025-01-20"), ("note", "Texto de divulgação, não é artigo")]))
E.append(("software", "lightly2020", [
    ("author", "Susmelj, Igor and Heller, Matthias and Wirth, Philipp and Prescott, Jeremy and Ebner, Malte and others"),
    ("title", "Lightly"), ("version", "1.5.8"), ("date", "2020"), ("url", "https://github.com/lightly-ai/lightly"),
    ("urldate", "2025-02-20"), ("note", "Biblioteca Python de aprendizagem auto-supervisionada")]))
E.append(("article", "oquab2024dinov2", [
    ("author", bl("2304.07193")), ("title", prot(T("2304.07193"))), ("journaltitle", "Transactions on Machine Learning Research"),
    ("date", "2024"), ("url", "https://arxiv.org/abs/2304.07193v2"), ("urldate", "2025-02-14"), ("keywords", "visão, modelos de base")]))
E.append(("inproceedings", "pham2021autodropout", [
    ("author", bl("2101.01761")), ("title", prot(T("2101.01761"))), ("booktitle", "Proceedings of the AAAI Conference on Artificial Intelligence"),
    ("volume", "35"), ("number", "11"), ("date", "2021"), ("pages", "9351--9359"), ("keywords", "regularização")]))
E.append(("inproceedings", "zheltonozhskii2022contrast", [
    ("author", bl("2103.13646")), ("title", prot(T("2103.13646"))), ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
    ("date", "2022"), ("pages", "1657--1667"), ("keywords", "rótulos ruidosos, auto-supervisionado"),
    ("note", "Pedir o PDF à orientadora (Prof.ª Inês Carvalho)")]))
out = []
for typ, key, fields in sorted(E, key=lambda e: e[1]):
    out.append(f"@{typ}{{{key},\n" + ",\n".join(f"\t{k} = {{{v}}}" for k, v in fields) + "\n}\n")
text = "\n".join(out)
write_only(F, text, keys(F), forms=[text.replace("{", "").replace("}", "")])
