#!/usr/bin/env python3
"""1221: a BibTeX export from WIKINDX (a web bibliography manager; Arabic-speaking reading group's bibliography):
the export's comment header (program, bibliography name, date, resource count), then one entry per resource in
WIKINDX's order (by creator surname), tab-indented `field = {value},` lines, keys generated as Surname+Year (a letter
appended on a clash), authors `Last, First and …` (`and others` where the record was cut), capitals protected in
braces, UTF-8 kept (Arabic notes and keywords, the user's own). Papers: three `url` fields with arXiv links, two
`arXiv:` ids in a note and a journal field, three entries with venue, pages or DOI only; a book, a repository, a
dataset and a docs page are not labelled."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F1221, keys


def last_first(n):
    w = n.split()
    if w[0] == "Nicola": return "De Cao, Nicola"
    return w[-1] + ", " + " ".join(w[:-1])


def authors(k, others=False):
    return " and ".join(last_first(a) for a in CAT[k]["authors"]) + (" and others" if others else "")


def protect(t, words):
    for w in words: t = re.sub(r"(?<![\w{])" + re.escape(w) + r"(?![\w}])", "{" + w + "}", t)
    return t


def keybase(name):
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalpha() and ord(c) < 128)
    return s


recs = [
 ("inproceedings", "1911.02116", [("booktitle", "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"), ("year", "2020"), ("pages", "8440--8451"),
   ("note", "نموذج XLM-R؛ النسخة الأولى على arXiv:1911.02116 — جدول نتائج العربية في الملحق"), ("keywords", "متعدد اللغات; تدريب مسبق; XLM-R")], ["XLM"]),
 ("article", "2010.00904", [("journal", "arXiv preprint arXiv:2010.00904"), ("year", "2020"),
   ("note", "استرجاع الكيانات بتوليد الاسم حرفًا حرفًا (GENRE). نُشر لاحقًا في ICLR 2021."), ("keywords", "استرجاع; كيانات")], []),
 ("inproceedings", "2009.03300", [("booktitle", "International Conference on Learning Representations"), ("year", "2021"), ("url", "https://arxiv.org/abs/2009.03300"),
   ("note", "معيار MMLU: 57 مادة. نستخدمه مع النسخة العربية المترجمة في تجارب الفصل الثالث."), ("keywords", "تقييم; معيار")], []),
 ("inproceedings", "1904.09751", [("booktitle", "International Conference on Learning Representations"), ("year", "2020"),
   ("note", "أخذ العينات النووي (nucleus sampling)؛ لماذا يتكرر النص مع البحث الشعاعي."), ("keywords", "توليد; فك الترميز")], []),
 ("inproceedings", "1801.06146", [("booktitle", "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)"), ("year", "2018"),
   ("pages", "328--339"), ("publisher", "Association for Computational Linguistics"), ("address", "Melbourne, Australia"), ("doi", "10.18653/v1/P18-1031"),
   ("note", "ULMFiT — الضبط الدقيق على مراحل. قراءة أساسية للجلسة الأولى."), ("keywords", "ضبط دقيق; تصنيف النصوص")], []),
 ("article", "1907.11692", [("journal", "CoRR"), ("volume", "abs/1907.11692"), ("year", "2019"), ("url", "https://arxiv.org/abs/1907.11692"),
   ("note", "تدريب أطول ودفعات أكبر وحذف هدف NSP."), ("keywords", "تدريب مسبق; BERT")], ["RoBERTa", "BERT"]),
 ("article", "2206.04615", [("journal", "Transactions on Machine Learning Research"), ("year", "2023"), ("issn", "2835-8856"),
   ("note", "BIG-bench: أكثر من 200 مهمة. قائمة المؤلفين مقطوعة في السجل."), ("keywords", "تقييم; معيار")], []),
 ("inproceedings", "1906.08237", [("booktitle", "Advances in Neural Information Processing Systems"), ("volume", "32"), ("year", "2019"), ("url", "https://arxiv.org/pdf/1906.08237.pdf"),
   ("note", "نمذجة تبديلية (permutation LM) مع Transformer-XL كعمود فقري."), ("keywords", "تدريب مسبق")], ["XLNet"]),
]
others = [
 ("book", "Habash, Nizar Y.", "Introduction to Arabic Natural Language Processing", 2010,
  [("series", "Synthesis Lectures on Human Language Technologies"), ("publisher", "Morgan \\& Claypool"), ("note", "كتاب مرجعي — ليس ورقة بحثية"), ("keywords", "العربية; كتاب")]),
 ("misc", "{AUB MIND Lab}", "{AraBERT} — GitHub repository", 2020,
  [("howpublished", "\\url{https://github.com/aub-mind/arabert}"), ("note", "مستودع الكود والنماذج فقط"), ("keywords", "مستودع; العربية")]),
 ("misc", "{Hugging Face}", "Transformers documentation: Tokenizers", 2024,
  [("howpublished", "\\url{https://huggingface.co/docs/transformers/main_classes/tokenizer}"), ("note", "وثائق — تمت الزيارة 2024-04-21"), ("keywords", "وثائق")]),
]
entries = []
for typ, k, fields, prot in recs:
    first = CAT[k]["authors"][0]
    entries.append((last_first(first).split(",")[0], typ, k, fields, prot))
blocks, used = [], {}
allents = [(s, typ, k, f, p, None) for s, typ, k, f, p in entries] + [(a.split(",")[0].strip("{}").replace("AUB MIND Lab", "AUB"), typ, None, f, None, (a, t, y)) for typ, a, t, y, f in others]
allents.sort(key=lambda e: e[0].lower().replace(" ", ""))
for sur, typ, k, fields, prot, o in allents:
    year = dict(fields).get("year") or str(o[2])
    base = keybase(sur) + year
    n = used.get(base, 0); used[base] = n + 1
    ckey = base + ("" if n == 0 else "abcdefg"[n - 1])
    if k:
        fl = [("author", authors(k, others=CAT[k].get("authors_truncated", False))), ("title", protect(T(k), prot))] + fields
    else:
        fl = [("author", o[0]), ("title", o[1]), ("year", year)] + fields
    blocks.append(f"@{typ}{{{ckey},\n" + ",\n".join(f"\t{a} = {{{b}}}" for a, b in fl) + "\n}")
head = ["% BibTeX bibliography file exported from WIKINDX 6.8.2 (https://wikindx.sourceforge.io/)",
        "% Bibliography: حلقة قراءة معالجة اللغة — قائمة الفصل الثاني",
        "% Exported by: salma.haddad, 2024-04-28 14:07:33",
        f"% Resources: {len(blocks)}", ""]
bib = "\n".join(head) + "\n" + "\n\n".join(blocks) + "\n"
plain = re.sub(r"[{}]", "", bib)
write_only(F1221, bib, keys(F1221), forms=[plain])
