#!/usr/bin/env python3
"""1141: a BibTeX file exported from Paperlib (Export → BibTeX, one entry per paper, tab-indented fields, `{{…}}`
around titles and braces protecting capitals) and then shared by an Arabic-speaking PhD student with `%` comment
lines added above the entries (BibTeX ignores them) and two hand-written `@misc` entries for non-papers. LF, final
newline. Arabic. Three entries carry an arXiv `url`, one an OpenReview `url`, one `arXiv preprint arXiv:…` in
`journal`, three only a venue."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1141, keys


def prot(t, words):
    for w in words: t = t.replace(w, "{" + w + "}", 1)
    return t


def bib(typ, key, fields):
    out = [f"@{typ}{{{key},"]
    for k, v in fields:
        out.append(f"\t{k} = {{{v}}},")
    out[-1] = out[-1].rstrip(",")
    return "\n".join(out + ["}"])


E = []
E.append(("% ===== مكتبة قراءات التعلّم الذاتي الإشراف — مُصدَّرة من Paperlib بتاريخ 2024-02-19 =====\n"
          "% أضفتُ التعليقات بالعربية فوق كل مدخل. الملف يُستخدم مع natbib في مسودة الفصل الثاني.\n"
          "% ملاحظة: لا تعدّلوا المفاتيح (citation keys) لأن الفصل يعتمد عليها.", None))
E.append(("% الأساس: InfoNCE — كل ما بعده يبني على هذه الدالة", bib("article", "oord2018representation", [
    ("author", "van den Oord, Aaron and Li, Yazhe and Vinyals, Oriol"),
    ("title", "{" + prot(T("1807.03748"), []) + "}"),
    ("journal", "CoRR"), ("year", "2018"), ("volume", "abs/1807.03748"),
    ("url", "https://arxiv.org/abs/1807.03748")])))
E.append(("% SimCLR — أقرأ قسم التكبير (augmentation) أولاً، الجدول 3 مهم", bib("inproceedings", "chen2020simple", [
    ("author", "Chen, Ting and Kornblith, Simon and Norouzi, Mohammad and Hinton, Geoffrey"),
    ("title", "{" + T("2002.05709") + "}"),
    ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"),
    ("series", "Proceedings of Machine Learning Research"), ("volume", "119"), ("pages", "1597--1607"),
    ("year", "2020"), ("publisher", "PMLR"), ("url", "https://arxiv.org/pdf/2002.05709.pdf")])))
E.append(("% منظور نظري (معلومات متبادلة) — رابط OpenReview لأن النسخة المنشورة في ICLR 2021", bib("inproceedings", "tsai2021selfsupervised", [
    ("author", "Tsai, Yao-Hung Hubert and Wu, Yue and Salakhutdinov, Ruslan and Morency, Louis-Philippe"),
    ("title", "{" + T("2006.05576") + "}"),
    ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
    ("url", "https://openreview.net/forum?id=-bdp_8Itjwp")])))
E.append(("% DINOv2 — للمقارنة فقط، النماذج الجاهزة على مستودع facebookresearch/dinov2", bib("article", "oquab2023dinov2", [
    ("author", "Oquab, Maxime and Darcet, Timoth{\\'e}e and Moutakanni, Th{\\'e}o and Vo, Huy and Szafraniec, Marc and others"),
    ("title", "{" + prot(T("2304.07193"), ["DINOv2"]) + "}"),
    ("journal", "arXiv preprint arXiv:2304.07193"), ("year", "2023")])))
E.append(("% التعلّم مع تسميات ضوضائية — C2D: تهيئة بالتعلّم الذاتي قبل DivideMix", bib("inproceedings", "zheltonozhskii2022contrast", [
    ("author", "Zheltonozhskii, Evgenii and Baskin, Chaim and Mendelson, Avi and Bronstein, Alex M. and Litany, Or"),
    ("title", "{" + T("2103.13646") + "}"),
    ("booktitle", "Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"),
    ("pages", "1657--1667"), ("year", "2022"), ("url", "https://arxiv.org/abs/2103.13646")])))
E.append(("% مقالة رأي مهمة عن الاختصارات (shortcuts) — نسخة المجلة، بلا رابط arXiv", bib("article", "geirhos2020shortcut", [
    ("author", "Geirhos, Robert and Jacobsen, J{\\\"o}rn-Henrik and Michaelis, Claudio and Zemel, Richard and Brendel, Wieland and Bethge, Matthias and Wichmann, Felix A."),
    ("title", "{" + T("2004.07780") + "}"),
    ("journal", "Nature Machine Intelligence"), ("volume", "2"), ("number", "11"), ("pages", "665--673"),
    ("year", "2020"), ("doi", "10.1038/s42256-020-00257-z")])))
E.append(("% تطبيق طبّي: اختيار العيّنات للتوسيم — أرسلها د. سلمى، لم أجد النسخة المنشورة بعد", bib("misc", "smit2021medselect", [
    ("author", "Smit, Akshay and Vrabac, Damir and He, Yujie and Ng, Andrew Y. and Beam, Andrew L. and Rajpurkar, Pranav"),
    ("title", "{" + prot(T("2103.14339"), ["MedSelect"]) + "}"),
    ("year", "2021"), ("note", "ورقة عمل")])))
E.append(("% نظرية: لماذا تحتاج الشبكات المتصلة كلياً إلى عيّنات أكثر؟ (ICLR 2021)", bib("inproceedings", "li2021why", [
    ("author", "Li, Zhiyuan and Zhang, Yi and Arora, Sanjeev"),
    ("title", "{" + T("2010.08515") + "}"),
    ("booktitle", "International Conference on Learning Representations"), ("year", "2021")])))
E.append(("% ---- مداخل يدوية (ليست أوراقاً بحثية) ----", bib("misc", "vissl2021", [
    ("author", "{Facebook AI Research}"), ("title", "{VISSL}: A library for state-of-the-art self-supervised learning"),
    ("howpublished", "\\url{https://github.com/facebookresearch/vissl}"), ("year", "2021"), ("note", "مستودع برمجي")])))
E.append((None, bib("misc", "lightly_docs", [
    ("title", "Lightly {SSL} documentation"), ("howpublished", "\\url{https://docs.lightly.ai/self-supervised-learning/}"),
    ("note", "توثيق، آخر زيارة 2024-02-10")])))

parts = []
for c, b in E:
    parts.append("\n".join(x for x in (c, b) if x))
text = "\n\n".join(parts) + "\n"
unbraced = re.sub(r"[{}]", "", text)
write_only(F1141, text, keys(F1141), forms=[unbraced])
