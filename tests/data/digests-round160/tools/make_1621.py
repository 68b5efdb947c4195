#!/usr/bin/env python3
"""1621: a favourites list («Suosikit») of a Finna user (Finna.fi, the Finnish libraries' search built on VuFind)
exported as RIS: CR LF, `TAG  - value` lines, one record per item in the list's order, `ER  - ` closing each, a blank
line between records. Local Finnish library records (a textbook, an invented Finnish book, an invented magazine
article with YSO keywords in Finnish) and article-search records (arXiv preprints, conference papers)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import by_num, keys
F = by_num(1621)


def AU(key):
    return [" ".join(a.split()[-1:]) + ", " + " ".join(a.split()[:-1]) for a in authors(key)]


def isbn13(d12):
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


recs = [
    [("TY", "BOOK"), ("TI", "Deep learning"), ("AU", "Goodfellow, Ian"), ("AU", "Bengio, Yoshua"), ("AU", "Courville, Aaron"),
     ("PB", "The MIT Press"), ("PY", "2016"), ("CY", "Cambridge, Massachusetts"), ("SN", isbn13("978026203561")),
     ("KW", "syväoppiminen"), ("KW", "koneoppiminen"), ("KW", "neuroverkot"), ("LA", "eng"),
     ("UR", "https://www.finna.fi/Record/helka.9913841763506253")],
    [("TY", "JOUR"), ("TI", T("2111.06377"))] + [("AU", a) for a in AU("2111.06377")] +
    [("PY", "2021"), ("JO", "arXiv.org"), ("LA", "eng"), ("UR", "https://arxiv.org/abs/2111.06377")],
    [("TY", "CONF"), ("TI", T("1911.05722"))] + [("AU", a) for a in AU("1911.05722")] +
    [("PY", "2020"), ("T2", "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("PB", "IEEE"),
     ("LA", "eng"), ("UR", "https://arxiv.org/pdf/1911.05722v3")],
    [("TY", "JOUR"), ("TI", T("1807.03748"))] + [("AU", a) for a in AU("1807.03748")] +
    [("PY", "2018"), ("JO", "arXiv.org"), ("DO", "10.48550/arXiv.1807.03748"), ("LA", "eng")],
    [("TY", "CONF"), ("TI", T("2002.05709"))] + [("AU", a) for a in AU("2002.05709")] +
    [("PY", "2020"), ("T2", "Proceedings of the 37th International Conference on Machine Learning"), ("VL", "119"),
     ("SP", "1597"), ("EP", "1607"), ("LA", "eng"), ("UR", "https://arxiv.org/abs/2002.05709v3")],
    [("TY", "CONF"), ("TI", T("2006.05576"))] + [("AU", a) for a in AU("2006.05576")] +
    [("PY", "2021"), ("T2", "International Conference on Learning Representations"), ("LA", "eng")],
    [("TY", "BOOK"), ("TI", "Konenäkö ja syväoppiminen : johdatus kuvien tunnistukseen"), ("AU", "Heikkinen, Pekka"),
     ("AU", "Laaksonen, Riikka"), ("PB", "BoD – Books on Demand"), ("PY", "2023"), ("CY", "Helsinki"),
     ("SN", isbn13("978952264421")), ("KW", "konenäkö"), ("KW", "hahmontunnistus"), ("KW", "syväoppiminen"), ("LA", "fin"),
     ("UR", "https://www.finna.fi/Record/piki.4082157")],
    [("TY", "CONF"), ("TI", T("2103.13646"))] + [("AU", a) for a in AU("2103.13646")] +
    [("PY", "2022"), ("T2", "2022 IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"), ("PB", "IEEE"),
     ("LA", "eng")],
    [("TY", "JOUR"), ("TI", T("2101.01761"))] + [("AU", a) for a in AU("2101.01761")] +
    [("PY", "2021"), ("JO", "Proceedings of the AAAI Conference on Artificial Intelligence"), ("VL", "35"), ("IS", "11"),
     ("SP", "9351"), ("EP", "9359"), ("LA", "eng")],
    [("TY", "JOUR"), ("TI", T("2304.07193"))] + [("AU", a) for a in AU("2304.07193")] +
    [("PY", "2023"), ("JO", "arXiv.org"), ("LA", "eng"), ("UR", "https://arxiv.org/abs/2304.07193")],
    [("TY", "JOUR"), ("TI", "Kone oppii katsomaan ilman opettajaa"), ("AU", "Nieminen, Tuomas"),
     ("PY", "2024"), ("JO", "Tekniikan maailma"), ("IS", "5"), ("SP", "44"), ("EP", "49"),
     ("KW", "tekoäly"), ("KW", "konenäkö"), ("LA", "fin")],
]
out = []
for r in recs:
    out += [f"{t}  - {v}" for t, v in r] + ["ER  - ", ""]
text = "\r\n".join(out)
write_raw(F, text.encode("utf-8"), [text], keys(F))
