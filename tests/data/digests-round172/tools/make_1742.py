#!/usr/bin/env python3
"""1742: a Finnish WikiCite volunteer's QuickStatements (V1) batch, as pasted into the tool and kept in a text file:
one CREATE block per scholarly article (English and Finnish labels equal to the title, Finnish and English
descriptions, P31 scholarly article, P1476 title, P577 publication date at day or year precision, P2093 author name
strings with P1545 series ordinals, P407 English; P818 arXiv ID and P953 full-text URL where the volunteer had them),
edit summaries in Finnish as /* … */. The labels equal the P1476 titles, the ordinals count from 1."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import keys, by_num, GLOVE

F = by_num(1742)
# (key, date with precision, arXiv id or None, full-text url or None, summary)
ITEMS = [
 ("1810.04805", "+2018-10-11T00:00:00Z/11", "1810.04805", "https://arxiv.org/abs/1810.04805", "WikiCite-talkoot: kieliteknologian esikoulutus"),
 ("1906.08237", "+2019-06-19T00:00:00Z/11", "1906.08237", "https://arxiv.org/pdf/1906.08237v2", None),
 ("2003.10555", "+2020-03-23T00:00:00Z/11", "2003.10555", "https://arxiv.org/abs/2003.10555v1", None),
 ("1911.02116", "+2019-11-05T00:00:00Z/11", "1911.02116", None, "kokoteksti-URL puuttuu, lisätään myöhemmin"),
 ("1409.3215", "+2014-00-00T00:00:00Z/9", None, None, "NeurIPS 2014 -julkaisuluettelosta, arXiv-tunniste tarkistamatta"),
 ("2006.03654", "+2021-00-00T00:00:00Z/9", None, None, "ICLR 2021 -julkaisuluettelosta"),
 ("2006.16668", "+2021-00-00T00:00:00Z/9", None, None, "ICLR 2021 -julkaisuluettelosta"),
 (GLOVE, "+2014-00-00T00:00:00Z/9", None, None, "EMNLP 2014, ei arXiv-versiota"),
]


def block(k, date, aid, url, summ):
    e = CAT[key_of(k)]
    t = e["title"]
    year = date[1:5]
    s = f" /* {summ} */" if summ else ""
    out = ["CREATE", f'LAST|Len|"{t}"{s}', f'LAST|Lfi|"{t}"', f'LAST|Den|"scientific article published in {year}"',
           f'LAST|Dfi|"vuonna {year} julkaistu tieteellinen artikkeli"', "LAST|P31|Q13442814", f'LAST|P1476|en:"{t}"',
           f"LAST|P577|{date}", "LAST|P407|Q1860"]
    if aid: out.append(f'LAST|P818|"{aid}"')
    if url: out.append(f'LAST|P953|"{url}"')
    out += [f'LAST|P2093|"{a}"|P1545|"{i}"' for i, a in enumerate(e["authors"][:12], 1)]
    return out


def build():
    L = []
    for it in ITEMS:
        L += block(*it)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
