#!/usr/bin/env python3
"""2080: an EndNote tagged («refer», .enw) export of a saved list from the library catalogue of Palacký University
Olomouc as assumed: CR LF, «%X value» lines, records separated by a blank line, Czech notes in %Z. The list, its
notes and the record numbers are invented. Computed: the %A author lines («Surname, Given») and %D years from the
catalogue, the record numbers %M UPOL-nnnnn consecutive."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, year, write_only
from make_expected import by_num, keys
F = by_num(2080)


def A(key, n=6):
    return [("%A", (lambda p: p[-1] + ", " + " ".join(p[:-1]))(a.split())) for a in CAT[key]["authors"][:n]]


R = [
 [("%0", "Journal Article"), *A("1810.04805"), ("%T", T("1810.04805")), ("%J", "arXiv"), ("%D", str(year("1810.04805"))),
  ("%U", "https://arxiv.org/abs/1810.04805"), ("%Z", "Základní text pro 2. týden semináře.")],
 [("%0", "Conference Proceedings"), *A("2003.10555"), ("%T", T("2003.10555")), ("%B", "International Conference on Learning Representations (ICLR)"),
  ("%D", "2020"), ("%U", "http://arxiv.org/pdf/2003.10555v1"), ("%Z", "Diskriminátor místo maskování – porovnat s BERTem.")],
 [("%0", "Conference Proceedings"), *A("2006.03654"), ("%T", T("2006.03654")), ("%B", "International Conference on Learning Representations (ICLR)"),
  ("%D", "2021"), ("%Z", "Preprint: arXiv:2006.03654 [cs.CL]. Plný text v repozitáři není.")],
 [("%0", "Conference Proceedings"), *A("1911.02116"), ("%T", T("1911.02116")), ("%B", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"),
  ("%D", "2020"), ("%P", "8440-8451"), ("%Z", "XLM-R; vícejazyčný model, čeština je v trénovacích datech.")],
 [("%0", "Conference Proceedings"), *A("2010.00904"), ("%T", T("2010.00904")), ("%B", "International Conference on Learning Representations (ICLR)"),
  ("%D", "2021"), ("%Z", "Doporučil doc. Navrátil k tématu diplomové práce.")],
 [("%0", "Conference Proceedings"), *A("2005.00743"), ("%T", T("2005.00743")), ("%B", "Proceedings of the 38th International Conference on Machine Learning"),
  ("%D", "2021"), ("%P", "10183-10192")],
 [("%0", "Conference Proceedings"), *A("2007.14062"), ("%T", T("2007.14062")), ("%B", "Advances in Neural Information Processing Systems 33"),
  ("%D", "2020"), ("%U", "https://arxiv.org/pdf/2007.14062v2.pdf"), ("%Z", "Řídká pozornost pro dlouhé dokumenty.")],
 [("%0", "Journal Article"), *A("2002.09402"), ("%T", T("2002.09402")), ("%J", "OpenReview"), ("%D", "2021"),
  ("%U", f"https://openreview.net/forum?id={OR('2002.09402')}"), ("%Z", "Verze z OpenReview (ICLR 2021, zamítnuto).")],
 [("%0", "Book"), ("%A", "Straka, Milan"), ("%A", "Straková, Jana"), ("%T", "Zpracování přirozeného jazyka v praxi (skripta)"), ("%I", "Univerzita Palackého v Olomouci"),
  ("%C", "Olomouc"), ("%D", "2024"), ("%@", "978-80-244-6543-2"), ("%Z", "Skripta, ne článek.")],
 [("%0", "Computer Program"), ("%A", "Hugging Face"), ("%T", "Transformers: dokumentace knihovny"), ("%D", "2025"),
  ("%U", "https://huggingface.co/docs/transformers/index"), ("%Z", "Software a dokumentace.")],
 [("%0", "Dataset"), ("%A", "Katedra informatiky PřF UP"), ("%T", "Hanácký korpus mluvené řeči, verze 0.3"), ("%D", "2025"),
  ("%U", "https://data.example.cz/hanacky-korpus"), ("%Z", "Interní data katedry.")],
]
out = []
for i, r in enumerate(R):
    r = r + [("%M", f"UPOL-{40117 + i:05d}"), ("%~", "Katalog Knihovny UP")]
    out += [f"{t} {v}" for t, v in r] + [""]
write_only(F, "\r\n".join(out), keys(F))
