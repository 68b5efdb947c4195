#!/usr/bin/env python3
"""1641: a .bib file kept with BibEdt (the Windows BibTeX editor) by an invented Polish PhD student: Windows-1250 (the
ANSI code page of a Polish Windows), CR LF, @STRING abbreviations for the proceedings, upper-case entry types as
BibEdt writes them, keys Surname+year, fields indented by two spaces, Polish notes in `annote` and `keywords`; a Polish
book, a master's thesis and a software entry beside the papers — Polish."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_encoded
from make_expected import by_num, keys
F = by_num(1641)


def bibname(n):
    p = n.split()
    i = next((j for j, x in enumerate(p[:-1]) if x[0].islower()), len(p) - 1)
    return f"{' '.join(p[i:])}, {' '.join(p[:i])}"


def A(k):
    return " and ".join(bibname(n) for n in authors(k))


def entry(typ, key, fields):
    w = max(len(f) for f, _ in fields)
    body = ",\n".join(f"  {f.ljust(w)} = {v}" for f, v in fields)
    return f"@{typ}{{{key},\n{body}\n}}\n"


S = [("cvpr", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
     ("iccv", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"),
     ("iclr", "International Conference on Learning Representations (ICLR)")]
E = [
    ("INPROCEEDINGS", "Caron2021", [("author", f"{{{A('2104.14294')}}}"), ("title", f"{{{{{T('2104.14294')}}}}}"),
     ("booktitle", "iccv"), ("year", "2021"), ("pages", "{9650--9660}"), ("url", "{https://arxiv.org/abs/2104.14294}"),
     ("keywords", "{ViT, destylacja, samonadzorowane}"),
     ("annote", "{DINO. Mapy uwagi same wyodrębniają obiekty – dobre do wstępu rozdziału 2.}")]),
    ("INPROCEEDINGS", "Chen2021", [("author", f"{{{A('2011.10566')}}}"), ("title", f"{{{{{T('2011.10566')}}}}}"),
     ("booktitle", "cvpr"), ("year", "2021"), ("pages", "{15750--15758}"), ("url", "{https://arxiv.org/abs/2011.10566v1}"),
     ("keywords", "{syjamskie, bez negatywów}"),
     ("annote", "{SimSiam: stop-gradient wystarcza, żeby uniknąć zapaści reprezentacji.}")]),
    ("INPROCEEDINGS", "Gemp2021", [("author", f"{{{A('2010.00554')}}}"), ("title", f"{{{{{T('2010.00554')}}}}}"),
     ("booktitle", "iclr"), ("year", "2021"), ("keywords", "{PCA, teoria gier}"),
     ("annote", "{Nie SSL sensu stricto, ale polecone przez promotora – PCA jako gra wielu graczy.}")]),
    ("INPROCEEDINGS", "He2020", [("author", f"{{{A('1911.05722')}}}"), ("title", f"{{{{{T('1911.05722')}}}}}"),
     ("booktitle", "cvpr"), ("year", "2020"), ("pages", "{9729--9738}"), ("keywords", "{kontrastowe, kolejka negatywów}"),
     ("annote", "{MoCo v1. Punkt wyjścia dla naszej implementacji (kolejka 65536).}")]),
    ("INPROCEEDINGS", "He2022", [("author", f"{{{A('2111.06377')}}}"), ("title", f"{{{{{T('2111.06377')}}}}}"),
     ("booktitle", "cvpr"), ("year", "2022"), ("pages", "{16000--16009}"),
     ("url", "{https://arxiv.org/pdf/2111.06377v3.pdf}"), ("keywords", "{maskowanie, ViT}"),
     ("annote", "{MAE – maskowanie 75% łatek; porównać z DINO na naszych danych RTG.}")]),
    ("ARTICLE", "Hsu2021", [("author", f"{{{A('2106.07447')}}}"), ("title", f"{{{{{T('2106.07447')}}}}}"),
     ("journal", "{IEEE/ACM Transactions on Audio, Speech, and Language Processing}"), ("year", "2021"),
     ("volume", "{29}"), ("pages", "{3451--3460}"), ("keywords", "{mowa, maskowanie}"),
     ("annote", "{HuBERT – odpowiednik MAE dla mowy; tylko do przeglądu literatury.}")]),
    ("BOOK", "Kowalczyk2022", [("author", "{Kowalczyk, Tomasz and Wiśniewska, Agnieszka}"),
     ("title", "{Uczenie głębokie. Teoria i praktyka w języku Python}"), ("publisher", "{Wydawnictwo Żuraw}"),
     ("address", "{Kraków}"), ("year", "2022"), ("isbn", "{978-83-01-22114-0}"),
     ("annote", "{Rozdz. 9 – uczenie bez nadzoru. Egzemplarz w bibliotece wydziałowej.}")]),
    ("MASTERSTHESIS", "Nowicki2023", [("author", "{Nowicki, Paweł}"),
     ("title", "{Samonadzorowane uczenie reprezentacji zdjęć rentgenowskich klatki piersiowej}"),
     ("school", "{Wydział Informatyki i Telekomunikacji}"), ("address", "{Poznań}"), ("year", "2023"),
     ("annote", "{Praca magisterska z naszej pracowni – te same dane, MoCo + SimCLR.}")]),
    ("ARTICLE", "Oord2018", [("author", f"{{{A('1807.03748')}}}"), ("title", f"{{{{{T('1807.03748')}}}}}"),
     ("journal", "{arXiv preprint arXiv:1807.03748}"), ("year", "2018"), ("keywords", "{InfoNCE, kontrastowe}"),
     ("annote", "{CPC – stąd funkcja straty InfoNCE.}")]),
    ("MISC", "SoloLearn", [("title", "{solo-learn: biblioteka metod samonadzorowanych w PyTorch}"),
     ("howpublished", "{\\url{https://github.com/vturrisi/solo-learn}}"), ("year", "2024"),
     ("note", "{Dostęp: 03.03.2025}")]),
    ("INPROCEEDINGS", "Tsai2021", [("author", f"{{{A('2006.05576')}}}"), ("title", f"{{{{{T('2006.05576')}}}}}"),
     ("booktitle", "iclr"), ("year", "2021"), ("url", f"{{https://openreview.net/forum?id={OR('2006.05576')}}}"),
     ("keywords", "{teoria informacji, wiele widoków}"),
     ("annote", "{Teoretyczne uzasadnienie, dlaczego kontrastowe działa; trudne, ale warto.}")]),
]
assert [k for _, k, _ in E] == sorted(k for _, k, _ in E)
text = "".join(f'@STRING{{{a} = "{b}"}}\n' for a, b in S) + "\n" + "\n".join(entry(*e) for e in E)
text = text.replace("\n", "\r\n")
write_encoded(F, text, "cp1250", keys(F))
