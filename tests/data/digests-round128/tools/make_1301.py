#!/usr/bin/env python3
"""1301: a RIS export from ASReview LAB (a Gulf-university team's systematic review of self-supervised learning for
chest X-ray classification; the reviewers' notes in Arabic). ASReview writes the imported records back through rispy:
a `N.` counter line before each record, `TY  - ` first, two-letter tags with two spaces and `- `, repeated AU / N1
lines, `ER  - ` (with its trailing space) and a blank line; LF line ends, UTF-8 without a BOM. The screening decision
is one N1 note per record (`ASReview_relevant`, `ASReview_irrelevant`, `ASReview_not_seen`; `ASReview_prior` on the
prior-knowledge records), records in the export's order: relevant, irrelevant, not seen. Papers: UR lines with arXiv
abs / pdf links and an OpenReview forum link, an `arXiv preprint arXiv:` journal line, titles alone (conference
records without a URL); a software record, a company blog post and an Arabic master's thesis are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, authors, write_only
from make_expected import F1301, keys


def au(k):
    out = []
    for a in authors(k):
        p = a.split()
        sur = " ".join(p[-2:]) if p[-2:-1] in (["van"], ["den"], ["de"]) else p[-1]
        if a.startswith("Aaron van den"): sur, giv = "van den Oord", "Aaron"
        else: giv = a[:-len(sur)].strip()
        out.append(f"{sur}, {giv}")
    return out


def ab(k):
    return CAT[k].get("abstract") or ""


CV = "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"
REL, IRR, NS, PRI = "ASReview_relevant", "ASReview_irrelevant", "ASReview_not_seen", "ASReview_prior"
RECS = [  # (type, fields..., labels, Arabic note)
 ("CONF", au("2104.14294"), T("2104.14294"), "2021 IEEE/CVF International Conference on Computer Vision (ICCV)", "2021", ("9630", "9640"),
  "https://arxiv.org/abs/2104.14294", ab("2104.14294"), [REL, PRI], "ملاحظة (سارة): خرائط الانتباه في ViT تفصل الرئتين دون أي تسميات؛ نعتمدها أساساً للمقارنة."),
 ("CONF", au("1911.05722"), T("1911.05722"), "2020 " + CV, "2020", ("9729", "9738"),
  "https://arxiv.org/abs/1911.05722", ab("1911.05722"), [REL, PRI], "ملاحظة (سارة): طابور المفاتيح مفيد مع دفعات صغيرة على بطاقة رسوميات واحدة."),
 ("CONF", au("2011.10566"), T("2011.10566"), "2021 " + CV, "2021", ("15750", "15758"),
  "https://arxiv.org/pdf/2011.10566.pdf", ab("2011.10566"), [REL], "ملاحظة (خالد): لا يحتاج أمثلة سلبية؛ مرشّح لتجاربنا على CheXpert."),
 ("CONF", au("2006.05576"), T("2006.05576"), "International Conference on Learning Representations (ICLR)", "2021", None,
  f"https://openreview.net/forum?id={OR('2006.05576')}", ab("2006.05576"), [REL], "ملاحظة (خالد): إطار نظري يفسّر لماذا تعمل الطرق التباينية؛ يُذكر في قسم الخلفية فقط."),
 ("CONF", au("2111.06377"), T("2111.06377"), "2022 " + CV, "2022", ("16000", "16009"),
  None, ab("2111.06377"), [REL], "ملاحظة (سارة): نسبة الإخفاء 75% — نحتاج تجربة نسب أقل لصور الأشعة."),
 ("JOUR", au("1807.03748"), T("1807.03748"), "arXiv preprint arXiv:1807.03748", "2018", None,
  None, ab("1807.03748"), [REL], "ملاحظة (خالد): أصل دالة الخسارة InfoNCE."),
 ("CONF", au("2010.00554"), T("2010.00554"), "International Conference on Learning Representations (ICLR)", "2021", None,
  None, ab("2010.00554"), [IRR], "خارج النطاق: تحليل المكونات الرئيسية وليس تعلماً ذاتي الإشراف."),
 ("CONF", au("2111.04263"), T("2111.04263"), "International Conference on Learning Representations (ICLR)", "2021", None,
  None, ab("2111.04263"), [IRR], "خارج النطاق: تعلم موحّد (federated)، قد نعود إليه في الدراسة التالية."),
 ("ELEC", ["LeCun, Yann", "Misra, Ishan"], "Self-supervised learning: The dark matter of intelligence", "Meta AI Blog", "2021", None,
  "https://ai.meta.com/blog/self-supervised-learning-the-dark-matter-of-intelligence/", "", [IRR], "تدوينة وليست ورقة بحثية؛ تُستبعد حسب معايير الإدراج."),
 ("COMP", [], "VISSL", "GitHub repository facebookresearch/vissl", "2021", None,
  "https://github.com/facebookresearch/vissl", "", [NS], ""),
 ("THES", ["الشمري، نورة"], "التعلم الذاتي الإشراف لتصنيف صور الأشعة السينية للصدر", "جامعة الرافدين للعلوم والتقنية", "2023", None,
  None, "", [NS], "رسالة ماجستير؛ طلبنا النص الكامل من المكتبة."),
]
out = []
for n, (ty, aus, ti, t2, py, pages, ur, abst, labels, note) in enumerate(RECS, 1):
    out.append(f"{n}.")
    out.append(f"TY  - {ty}")
    out += [f"AU  - {a}" for a in aus]
    out.append(f"TI  - {ti}")
    if ty == "THES": out += [f"PB  - {t2}", "M3  - رسالة ماجستير"]
    elif ty == "COMP": out.append(f"PB  - {t2}")
    else: out.append(f"T2  - {t2}")
    out.append(f"PY  - {py}")
    if pages: out += [f"SP  - {pages[0]}", f"EP  - {pages[1]}"]
    if abst: out.append(f"AB  - {abst}")
    if ur: out.append(f"UR  - {ur}")
    out += [f"N1  - {l}" for l in labels]
    if note: out.append(f"N1  - {note}")
    out += ["ER  - ", ""]
text = "\n".join(out)
write_only(F1301, text, keys(F1301))
