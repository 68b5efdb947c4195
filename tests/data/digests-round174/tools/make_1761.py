#!/usr/bin/env python3
"""1761: an RIS export of marked records («Folder» → «Eksport») from a Polish university library's EBSCO Discovery
Service («Multiwyszukiwarka») on the EBSCOhost platform with the Polish interface: CR LF, records «TY  - …» to «ER  - »
separated by a blank line, tags «XX  - value», authors «Surname, Given», «Y1  - yyyy/mm//», the N1 field with the
accession number and record facts under Polish labels, «UR  - » the EBSCOhost permalink
(search.ebscohost.com/login.aspx?direct=true&db=…&AN=…&lang=pl&site=eds-live&scope=site), «DP  - EBSCOhost» and
«DB  - » the source database: arXiv records (db edsarx, AN «edsarx.<id>», the arXiv categories as keywords, the abstract
page as «L2»), an OpenAIRE record (edsair) with its 10.48550 DOI, an IEEE Xplore record (edseee), a DBLP record
(edsdbl), a Complementary Index record (edb, its AN a bare number), the library's own catalogue record of a Polish master's thesis
(cat07126a) and a Polish DOAJ article (edsdoj). The library, the thesis and its author, the Polish article, its
journal and all accession numbers but the arXiv ones are invented; arXiv, OpenAIRE, IEEE Xplore, DBLP, DOAJ and the
Complementary Index appear as the sources they are. Nicknames MAE, SimCLR, MoCo, C2D, CPC, DomainBed are not used as
titles."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, abstract, published, write_raw
from make_expected import by_num, keys
F = by_num(1761)
CATN = {"cs.CV": "Computer Science - Computer Vision and Pattern Recognition", "cs.LG": "Computer Science - Machine Learning",
        "stat.ML": "Statistics - Machine Learning", "cs.AI": "Computer Science - Artificial Intelligence",
        "q-bio.NC": "Quantitative Biology - Neurons and Cognition"}
DBN = {"edsarx": "arXiv", "edsair": "OpenAIRE", "edseee": "IEEE Xplore Digital Library", "edsdbl": "DBLP Computer Science Bibliography",
       "edb": "Complementary Index", "cat07126a": "Katalog Biblioteki Głównej", "edsdoj": "Directory of Open Access Journals"}


def au(k):
    """«Surname, Given», with particles such as «van den» kept in the surname"""
    out = []
    for x in CAT[k]["authors"]:
        w = x.split()
        i = len(w) - 1
        while i > 1 and w[i - 1].islower(): i -= 1
        out.append(f"{' '.join(w[i:])}, {' '.join(w[:i])}")
    return out


def ur(db, an):
    return f"https://search.ebscohost.com/login.aspx?direct=true&db={db}&AN={an}&lang=pl&site=eds-live&scope=site"


def rec(ty, db, an, authors, title, y1, n1, extra=(), kw=(), n2=None):
    out = [("TY", ty)] + [("AU", a) for a in authors] + [("T1", title), ("Y1", y1), ("N1", f"Numer dostępu: {an}; " + n1)]
    if n2: out.append(("N2", n2))
    out += [("KW", k) for k in kw] + list(extra) + [("UR", ur(db, an)), ("DP", "EBSCOhost"), ("DB", DBN[db])]
    return "\r\n".join(f"{t}  - {v}" for t, v in out) + "\r\nER  - \r\n"


def arx(k):
    e = CAT[k]
    p = published(k)
    ab = abstract(k) if len(abstract(k)) > 500 else None
    return rec("RPRT", "edsarx", f"edsarx.{k}", au(k), T(k), f"{p[:4]}/{p[5:7]}//",
               "Typ publikacji: Raport; Typ dokumentu: Working Paper; Język: angielski",
               extra=[("L2", f"http://arxiv.org/abs/{k}")], kw=[CATN[c] for c in e["categories"]], n2=ab)


R = [
    arx("2111.06377"),
    arx("2002.05709"),
    arx("2103.13646"),
    arx("2006.05576"),
    rec("JOUR", "edsair", "edsair.doi.dedup.....2c2f8b7d1e6a0c93f45d8e17b0a6c2d4", au("1807.03748"), T("1807.03748"), "2018/07//",
        "Typ publikacji: Raport; Język: angielski",
        extra=[("DO", "10.48550/arxiv.1807.03748")], kw=["Machine Learning (cs.LG)", "Machine Learning (stat.ML)"]),
    rec("CONF", "edseee", "edseee.9157636", au("1911.05722"), T("1911.05722"), "2020/06//",
        "Typ publikacji: Materiały konferencyjne; Źródło: 2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), s. 9726-9735; Język: angielski",
        extra=[("SP", "9726"), ("EP", "9735"), ("DO", "10.1109/CVPR42600.2020.00975"), ("SN", "2575-7075")],
        kw=["Training", "Visualization", "Task analysis", "Unsupervised learning"]),
    rec("CONF", "edsdbl", "edsdbl.conf.iclr.GulrajaniL21", au("2007.01434"), T("2007.01434"), "2021///",
        "Typ publikacji: Materiały konferencyjne; Źródło: 9th International Conference on Learning Representations, ICLR 2021; Język: angielski"),
    rec("JOUR", "edb", "146478023", au("2004.07780"), T("2004.07780"), "2020/11//",
        "Typ publikacji: Czasopismo naukowe; Źródło: Nature Machine Intelligence, Nov2020, Vol. 2 Issue 11, p665; Liczba stron: 9; Typ dokumentu: Article; Język: angielski",
        extra=[("JO", "Nature Machine Intelligence"), ("VL", "2"), ("IS", "11"), ("SP", "665"), ("EP", "673"),
               ("SN", "2522-5839"), ("DO", "10.1038/s42256-020-00257-z")],
        kw=["DEEP learning", "ARTIFICIAL neural networks", "MACHINE learning"], n2=abstract("2004.07780")),
    rec("THES", "cat07126a", "pw.b2458117x", ["Zielińska, Karolina"],
        "Samonadzorowane uczenie reprezentacji obrazów histopatologicznych przy zaszumionych etykietach : praca magisterska",
        "2024///", "Typ publikacji: Praca dyplomowa; Promotor: dr inż. Tomasz Wiśniewski; Sygnatura: PD 14/2024; Język: polski",
        extra=[("PB", "Politechnika Warszawska. Wydział Elektroniki i Technik Informacyjnych"), ("CY", "Warszawa")],
        kw=["Uczenie maszynowe", "Sieci neuronowe", "Histopatologia", "Prace dyplomowe"]),
    rec("JOUR", "edsdoj", "edsdoj.7d41c2a95be04f1b8a36e0c2f9d17b55", ["Nowak, Paweł", "Kaczmarek, Agnieszka"],
        "Uczenie kontrastowe w klasyfikacji zdjęć satelitarnych przy małej liczbie etykiet", "2023/09//",
        "Typ publikacji: Czasopismo naukowe; Źródło: Zeszyty Naukowe Informatyki Stosowanej, Vol 19, Iss 3, s. 41-58 (2023); Język: polski",
        extra=[("JO", "Zeszyty Naukowe Informatyki Stosowanej"), ("VL", "19"), ("IS", "3"), ("SP", "41"), ("EP", "58"),
               ("SN", "2719-6402")],
        kw=["uczenie samonadzorowane", "uczenie kontrastowe", "teledetekcja", "Electronic computers. Computer science"]),
]
text = "\r\n".join(R)
write_raw(F, text.encode("utf-8"), [text], keys(F))
