#!/usr/bin/env python3
"""1179: a Better BibTeX (Zotero) export of a Riyadh-like lab's collection “نماذج المحولات الفعالة” (Arabic annotes):
`@type{citekey,` with Better BibTeX's default citekeys (first author's surname in lower case, the title's first
three content words capitalised, the year), two-space-indented `field = {value},` lines in Better BibTeX's field
order, the last field without a comma, a blank line between entries; case-protected words in `{{…}}` as Better BibTeX
writes them (so titles hold braces); `archiveprefix = {arXiv}` + `eprint` for arXiv items, `url` + `urldate` for
web items, `annote` for the child note, `file` for the attached PDF; Unicode kept as plain text (the export option
“Export unicode as plain-text”). Software and a blog post sit in the collection too (not papers)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F1179, keys

STOP = {"a", "an", "the", "of", "for", "with", "and", "on", "via", "by", "to", "in", "all", "are", "not"}


def ckey(k, y):
    sur = CAT[k]["authors"][0].split()[-1].lower()
    words = [w for w in re.findall(r"[A-Za-z0-9]+", T(k)) if w.lower() not in STOP][:3]
    return sur + "".join(w[:1].upper() + w[1:] for w in words) + str(y)


def prot(title, words):
    for w in words:
        title = title.replace(w, "{{" + w + "}}", 1)
    return title


def authors(k):
    out = []
    for a in CAT[k]["authors"]:
        p = a.split(); out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " and ".join(out)


E = []


def entry(typ, key, fields):
    E.append(f"@{typ}{{{key},\n" + ",\n".join(f"  {n} = {v}" for n, v in fields) + "\n}\n")


def paper(k, typ, y, protect, extra, annote):
    f = [("title", "{" + prot(T(k), protect) + "}")] + extra[:1] + [("author", "{" + authors(k) + "}")] + extra[1:]
    f.append(("annote", "{" + annote + "}"))
    entry(typ, ckey(k, y), f)


paper("1904.10509", "misc", 2019, [], [("shorttitle", "{Sparse Transformers}"), ("year", "{2019}"), ("month", "apr"),
      ("number", "{arXiv:1904.10509}"), ("eprint", "{1904.10509}"), ("primaryclass", "{cs, stat}"), ("publisher", "{arXiv}"),
      ("archiveprefix", "{arXiv}"), ("keywords", "{attention,sparse}"),
      ("file", "{Child et al. - 2019 - Generating Long Sequences with Sparse Transformers.pdf:/home/samir/Zotero/storage/7QK2ZP4M/Child et al. - 2019 - Generating Long Sequences with Sparse Transformers.pdf:application/pdf}")],
      "أول ورقة تستخدم انتباهاً متفرقاً بنمط ثابت (strided / fixed). نقطة البداية للجلسة الأولى.")
paper("2004.05150", "misc", 2020, ["The Long-Document Transformer"], [("shorttitle", "{Longformer}"), ("year", "{2020}"), ("month", "dec"),
      ("url", "{http://arxiv.org/abs/2004.05150}"), ("urldate", "{2024-02-11}"), ("publisher", "{arXiv}"), ("keywords", "{attention,long-context}")],
      "نافذة منزلقة + انتباه عام لبعض الرموز. جرّبنا النسخة العربية المدرّبة مسبقاً على وثائق طويلة.")
paper("2006.04768", "misc", 2020, [], [("shorttitle", "{Linformer}"), ("year", "{2020}"), ("month", "jun"),
      ("keywords", "{attention,low-rank}")],
      "نسخة مطبوعة في مكتبة المختبر (الرف ٣). الإسقاط منخفض الرتبة للمفاتيح والقيم — لم نعثر على الرابط عند الإضافة.")
paper("2011.04006", "inproceedings", 2021, ["Long Range Arena"], [("shorttitle", "{Long {{Range Arena}}}"), ("booktitle", "{International {{Conference}} on {{Learning Representations}}}"),
      ("year", "{2021}"), ("url", "{https://openreview.net/forum?id=" + OR("2011.04006") + "}"), ("urldate", "{2024-02-18}"), ("langid", "{english}")],
      "المعيار الذي نقارن عليه كل النماذج في هذه المجموعة. مهمة Path-X ما زالت صعبة.")
paper("2006.03236", "inproceedings", 2020, [], [("shorttitle", "{Funnel-{{Transformer}}}"), ("booktitle", "{Advances in {{Neural Information Processing Systems}}}"),
      ("year", "{2020}"), ("volume", "{33}"), ("pages", "{4271--4282}"), ("publisher", "{Curran Associates, Inc.}")],
      "ضغط طول التسلسل تدريجياً كما في شبكات الصور الهرمية.")
paper("2105.06548", "inproceedings", 2021, ["Created Equal", "Learning"], [("shorttitle", "{Not {{All Memories}} Are {{Created Equal}}}"), ("booktitle", "{Proceedings of the 38th {{International Conference}} on {{Machine Learning}}}"),
      ("year", "{2021}"), ("url", "{https://openreview.net/forum?id=" + OR("2105.06548") + "}"), ("urldate", "{2024-03-03}")],
      "Expire-Span: كل ذاكرة لها عمر متعلَّم. قريبة من موضوع أطروحة ريم.")
paper("2205.14135", "misc", 2022, ["IO-Awareness"], [("shorttitle", "{{{FlashAttention}}}"), ("year", "{2022}"), ("month", "jun"),
      ("url", "{https://arxiv.org/abs/2205.14135}"), ("urldate", "{2024-03-10}"), ("publisher", "{arXiv}"), ("keywords", "{gpu,kernels}"),
      ("file", "{Dao et al. - 2022 - FlashAttention.pdf:/home/samir/Zotero/storage/V3NQ8B2D/Dao et al. - 2022 - FlashAttention.pdf:application/pdf}")],
      "ليست تقريباً للانتباه بل حساب دقيق مع مراعاة الذاكرة. الكود في مستودع flash-attention.")
paper("2103.14636", "article", 2023, [], [("shorttitle", "{A {{Practical Survey}}}"), ("journal", "{ACM Computing Surveys}"), ("year", "{2023}"),
      ("volume", "{55}"), ("number", "{14s}")],
      "مسح شامل؛ الفصل الخامس عن الانتباه الخطي هو الأهم لنا.")
entry("software", "daoFlashattention2024", [("title", "{flash-attention}"), ("author", "{Dao, Tri}"), ("year", "{2024}"),
      ("url", "{https://github.com/Dao-AILab/flash-attention}"), ("urldate", "{2024-03-10}"), ("version", "{2.5.6}"),
      ("annote", "{المستودع الرسمي — ليس ورقة.}")])
entry("online", "wengTransformerFamilyVersion2023", [("title", "{The {{Transformer Family Version}} 2.0}"), ("author", "{Weng, Lilian}"),
      ("year", "{2023}"), ("month", "jan"), ("url", "{https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/}"),
      ("urldate", "{2024-02-09}"), ("langid", "{english}"), ("annote", "{تدوينة تلخّص أغلب الأوراق أعلاه — مرجع سريع لا أكثر.}")])
text = "\n".join(E)
write_only(F1179, text, keys(F1179), forms=[text.replace("{", "").replace("}", "")])
