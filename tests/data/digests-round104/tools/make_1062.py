#!/usr/bin/env python3
"""1062: the reading sheet of an Arabic NLP lab, downloaded from ONLYOFFICE Docs as CSV (encoding "Unicode (UTF-8)",
delimiter comma): a UTF-8 BOM, CRLF row ends, fields quoted only when they hold a comma, a quote or a line break
(a line break inside a cell stays a bare LF inside the quotes), every row as wide as the used range, so the empty
rows below the table come out as bare commas and the last-update note sits alone in the first column. Columns: #,
title, authors, year, venue, link or id, presenter, date, status, notes. Titles in full; links in the link column or
not at all (an ACL Anthology URL is not an arXiv one). Not papers: the Hugging Face course, the AraBERT model page,
the CAMeL Tools repository. Nicknames not labelled on their own: word2vec, ELMo, SBERT, BART, T5, GLAT, AraBERT."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_raw
from make_expected import by_num, keys

F = by_num(1062)
K = dict(sbert="1908.10084", t5="1910.10683", glat="2008.07905", bart="1910.13461", elmo="1802.05365",
         w2v="1301.3781", hf="1910.03771", norms="2004.10102")


def sur(k, n=3):
    a = [x.split()[-1] for x in authors(k)]
    return ", ".join(a[:n]) + (" وآخرون" if len(a) > n else "")


HEAD = ["#", "العنوان", "المؤلفون", "السنة", "المصدر", "الرابط / المعرّف", "يقدّمه", "تاريخ العرض", "الحالة", "ملاحظات"]
ROWS = [
 [T(K["w2v"]), sur(K["w2v"], 4), "2013", "ICLR (Workshop)", "", "سارة", "2024/01/23", "تم العرض",
  "word2vec — نقطة البداية.\nناقشنا الفرق بين CBOW و Skip-gram، والشرائح في المجلد المشترك."],
 [T(K["elmo"]), sur(K["elmo"]), "2018", "NAACL", "https://aclanthology.org/N18-1202/", "عمر", "2024/01/30", "تم العرض",
  "ELMo: تمثيلات سياقية من LSTM ثنائي الاتجاه"],
 [T(K["sbert"]), sur(K["sbert"], 2), "2019", "EMNLP", f"https://arxiv.org/abs/{K['sbert']}", "مريم", "2024/02/06", "تم العرض",
  "SBERT — مفيد لمشروع البحث الدلالي في الفتاوى"],
 [T(K["norms"]), sur(K["norms"]), "2020", "EMNLP", "", "يوسف", "2024/02/13", "تم العرض",
  "تحليل الانتباه بمعايير المتجهات بدل الأوزان فقط؛ سؤال يوسف: هل ينطبق على AraBERT؟"],
 [T(K["bart"]), sur(K["bart"]), "2020", "ACL", f"arXiv:{K['bart']}", "خالد", "2024/02/20", "تم العرض",
  "BART: مشفّر ثنائي + مفكّك تلقائي"],
 [T(K["t5"]), sur(K["t5"]), "2020", "JMLR", f"https://arxiv.org/pdf/{K['t5']}v4.pdf", "سارة", "2024/03/05", "تم العرض",
  "T5 طويلة جدًا (67 صفحة) — نكتفي بالأقسام 2 و3.1–3.4"],
 [T(K["glat"]), sur(K["glat"]), "2021", "ACL", f"https://openreview.net/forum?id={OR(K['glat'])}", "عمر", "2024/03/12", "القادم",
  "GLAT — الترجمة غير التعاقبية؛ مرتبطة بمشروع الترجمة العربية–الفرنسية"],
 [T(K["hf"]), sur(K["hf"]), "2020", "EMNLP (Demos)", "", "مريم", "2024/03/19", "القادم",
  "ورقة مكتبة Transformers نفسها، للاستشهاد في الرسائل"],
 ["دورة Hugging Face في المعالجة اللغوية (الفصول 1–4)", "", "", "دورة", "https://huggingface.co/learn/nlp-course", "", "", "مقترح",
  "ليست ورقة — للطلاب الجدد"],
 ["نموذج AraBERT على Hugging Face", "", "", "صفحة نموذج", "https://huggingface.co/aubmindlab/bert-base-arabertv02", "", "", "مقترح",
  "صفحة النموذج فقط؛ مكتبة CAMeL Tools للمعالجة المسبقة"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, r in enumerate(ROWS, 1):
    w.writerow([str(i)] + r)
for _ in range(3):
    w.writerow([""] * len(HEAD))
w.writerow(["آخر تحديث: 2024/03/10 — د. ليلى الحسيني"] + [""] * (len(HEAD) - 1))
text = buf.getvalue()
write_raw(F, ("\ufeff" + text).encode("utf-8"), [text], keys(F))
