#!/usr/bin/env python3
"""1661: a RIS export of saved items from ScienceOpen (www.scienceopen.com), as a Ukrainian PhD student's list on
self-supervised learning: CR LF, UTF-8 without BOM, records `TY  - ` … `ER  - ` separated by a blank line, tags in
ScienceOpen's order (TY, AU…, TI, T2, PY, DA, VL, IS, SP, EP, LA, KW…, AB, UR, N1, ER); two Ukrainian-language journal
records (invented authors, journals and pages) with Ukrainian keywords and abstracts. Author names «Surname, Given»
come from the catalogue."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw
from make_expected import by_num, keys
F = by_num(1661)


def au(k):
    return [f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in CAT[k]["authors"]]


def rec(ty, authors, ti, t2, py, da=None, vl=None, is_=None, sp=None, ep=None, la="en", kw=(), ab=None, ur=None, n1=None, tt=None):
    r = [("TY", ty)] + [("AU", a) for a in authors] + [("TI", ti)]
    if tt: r.append(("TT", tt))
    r += [("T2", t2), ("PY", str(py))]
    if da: r.append(("DA", da))
    for t, v in (("VL", vl), ("IS", is_), ("SP", sp), ("EP", ep)):
        if v: r.append((t, str(v)))
    r.append(("LA", la))
    r += [("KW", k) for k in kw]
    if ab: r.append(("AB", ab))
    if ur: r.append(("UR", ur))
    if n1: r.append(("N1", n1))
    r.append(("ER", ""))
    return r


def pub(k):
    return CAT[k]["published"].replace("-", "/")


R = [
    rec("JOUR", ["Коваленко, Олена", "Бондар, Максим"],
        "Самокероване навчання представлень зображень для класифікації сільськогосподарських культур за супутниковими знімками",
        "Обчислювальний інтелект і системи", 2023, "2023/06/30", 11, 2, 34, 47, la="uk",
        tt="Self-supervised image representation learning for crop classification from satellite imagery",
        kw=["самокероване навчання", "контрастне навчання", "супутникові знімки", "Sentinel-2"],
        ab="У статті досліджено застосування методів контрастного самокерованого навчання для попереднього навчання "
           "згорткових мереж на неанотованих супутникових знімках території Полтавської області. Показано, що "
           "попереднє навчання зменшує потребу в анотованих даних приблизно втричі."),
    rec("GEN", au("2002.05709"), T("2002.05709"), "arXiv", 2020, pub("2002.05709"), ur="https://arxiv.org/abs/2002.05709"),
    rec("GEN", au("2104.14294"), T("2104.14294"), "arXiv", 2021, pub("2104.14294"), ur="https://arxiv.org/abs/2104.14294v2"),
    rec("GEN", au("2304.07193"), T("2304.07193"), "arXiv", 2023, pub("2304.07193"), ur="https://arxiv.org/pdf/2304.07193"),
    rec("CONF", au("2111.06377"), T("2111.06377"),
        "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2022, "2022/06/01",
        ur="https://arxiv.org/abs/2111.06377"),
    rec("CONF", au("2011.10566"), T("2011.10566"),
        "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2021, "2021/06/01"),
    rec("CONF", au("1911.05722"), T("1911.05722"),
        "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2020, "2020/06/01"),
    rec("JOUR", au("2106.07447"), T("2106.07447"),
        "IEEE/ACM Transactions on Audio, Speech, and Language Processing", 2021, "2021/01/01", 29),
    rec("CONF", au("2103.13646"), T("2103.13646"),
        "2022 IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)", 2022, "2022/01/01",
        n1="Preprint: arXiv:2103.13646"),
    rec("JOUR", ["Ткаченко, Андрій"],
        "Порівняння методів самокерованого навчання для розпізнавання мовлення українською мовою",
        "Науковий вісник інформаційних технологій", 2024,
        "2024/03/15", None, 15, 112, 124, la="uk",
        tt="Comparison of self-supervised learning methods for Ukrainian speech recognition",
        kw=["розпізнавання мовлення", "самокероване навчання", "українська мова"],
        ab="Порівняно моделі попереднього навчання на немаркованих аудіоданих для розпізнавання українського "
           "мовлення. Найкращі результати отримано для моделей із маскованим передбаченням прихованих одиниць."),
]
out = []
for r in R:
    for t, v in r:
        out.append(f"{t}  - {v}")
    out.append("")
text = "\r\n".join(out)
write_raw(F, text.encode("utf-8"), [text], keys(F))
