#!/usr/bin/env python3
"""1161: a bibliography made on ZoteroBib (zbib.org) and exported as BibTeX — Zotero's own BibTeX translator, not
Better BibTeX: tab-indented fields in the translator's order, a comma after every field (the last too), keys
`surname_firstword_year` (computed), each capitalised word braced on its own ({Low}-{Rank}, computed), `month = oct`
as a bare macro, arXiv items as @misc with publisher arXiv and `note = {arXiv:ID [cs]}`, entries sorted by key and
separated by a blank line. The student wrote Persian notes into the items' Extra field, which the translator exports
as `annotation`. Non-papers: the PEFT library, a blog post."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import F1161, keys

STOP = {"a", "an", "the", "of", "on", "in", "for", "to", "and", "is", "with", "from", "by", "at", "as", "via"}
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def protect(title):
    out = []
    for i, tok in enumerate(re.split(r"([A-Za-z0-9]+)", title)):
        if re.fullmatch(r"[A-Za-z0-9]+", tok) and any(c.isupper() for c in tok) and not (i == 1 and tok[1:].islower()):
            tok = "{" + tok + "}"
        out.append(tok)
    return "".join(out)


def zkey(surname, title, year):
    w = next(x for x in (re.sub(r"[^a-z0-9]", "", y.lower()) for y in title.split()) if x and x not in STOP)
    return f"{re.sub(r'[^a-z]', '', surname.lower())}_{w}_{year}"


def names(k):
    out = []
    for a in CAT[k]["authors"]:
        p = a.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


def entry(typ, key, fields):
    return "\n".join([f"@{typ}{{{key},"] + [f"\t{n} = {v}," if n == "month" else f"\t{n} = {{{v}}}," for n, v in fields] + ["}"])


KW = "Computer Science - Computation and Language, Computer Science - Machine Learning"


def arx(k, date, urldate, note, pdf=False):
    y, m = date[:4], int(date[5:7])
    f = [("title", protect(T(k)))]
    if ":" in T(k): f.append(("shorttitle", protect(T(k).split(":")[0])))
    f += [("url", f"https://arxiv.org/pdf/{k}" if pdf else f"http://arxiv.org/abs/{k}"), ("doi", f"10.48550/arXiv.{k}"),
          ("urldate", urldate), ("publisher", "arXiv"), ("author", names(k)), ("month", MON[m - 1]), ("year", y),
          ("note", f"arXiv:{k} [cs]"), ("keywords", KW), ("annotation", note)]
    return zkey(CAT[k]["authors"][0].split()[-1], T(k), y), entry("misc", zkey(CAT[k]["authors"][0].split()[-1], T(k), y), f)


def pub(typ, k, year, fields, note):
    f = [("title", protect(T(k)))]
    if ":" in T(k): f.append(("shorttitle", protect(T(k).split(":")[0])))
    f += fields[:1] + [("author", names(k))] + fields[1:] + [("year", year), ("annotation", note)]
    key = zkey(CAT[k]["authors"][0].split()[-1], T(k), year)
    return key, entry(typ, key, f)


items = [
    arx("2106.09685", "2021-10-16", "2024-02-11",
        "مقالهٔ اصلی؛ بخش ۴ (rank و ماتریس‌های ΔW) را برای جلسهٔ دوشنبه بخوانید. r=8 در آزمایش‌های ما کافی بود."),
    arx("2305.14314", "2023-05-23", "2024-02-11",
        "NF4 + double quantization + paged optimizers. با کارت ۲۴ گیگ خودمان تست شد — جواب داد."),
    arx("2306.15595", "2023-06-28", "2024-02-19",
        "دقیقاً PEFT نیست، ولی با LoRA ترکیبش کرده‌اند (Position Interpolation). برای پروژهٔ متن‌های بلند فارسی."),
    arx("2205.05638", "2022-08-26", "2024-02-19",
        "روش (IA)^3 و دستور T-Few. جدول ۱ مقایسه با ICL را ببینید.", pdf=True),
    pub("article", "2103.10385", "2023", [("journal", "AI Open"), ("language", "en")],
        "P-tuning. نسخهٔ ژورنالی را دارم؛ نسخهٔ پیش‌انتشار: arXiv:2103.10385 (لینک را عمداً حذف کردم چون نسخه‌ها فرق دارند)"),
    pub("inproceedings", "1902.00751", "2019", [("booktitle", protect("Proceedings of the 36th International Conference on Machine Learning")),
        ("publisher", "PMLR"), ("pages", "2790--2799"), ("language", "en")],
        "Adapterها — پایهٔ همه چیز. شکل ۲ را در اسلاید بگذارید."),
    pub("inproceedings", "2101.00190", "2021", [("booktitle", protect("Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics and the 11th International Joint Conference on Natural Language Processing (Volume 1: Long Papers)")),
        ("publisher", "Association for Computational Linguistics"), ("pages", "4582--4597"), ("address", "Online"), ("language", "en")],
        "پیشوند قابل‌آموزش در همهٔ لایه‌ها؛ با prompt tuning مقایسه شود."),
    pub("inproceedings", "2104.08691", "2021", [("booktitle", protect("Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing")),
        ("publisher", "Association for Computational Linguistics"), ("pages", "3045--3059"), ("address", "Online and Punta Cana, Dominican Republic"), ("language", "en")],
        "Prompt Tuning (لستر). نکته: با بزرگ شدن مدل فاصله با fine-tuning کامل از بین می‌رود."),
    (zkey("Mangrulkar", "PEFT", "2022"), entry("misc", zkey("Mangrulkar", "PEFT", "2022"), [
        ("title", protect("PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods")), ("shorttitle", "{PEFT}"),
        ("url", "https://github.com/huggingface/peft"), ("urldate", "2024-02-11"),
        ("author", "Mangrulkar, Sourab and Gugger, Sylvain and Debut, Lysandre and Belkada, Younes and Paul, Sayak and Bossan, Benjamin"),
        ("year", "2022"), ("annotation", "کتابخانه است، مقاله نیست.")])),
    (zkey("Raschka", "Practical Tips", "2023"), entry("misc", zkey("Raschka", "Practical Tips", "2023"), [
        ("title", protect("Practical Tips for Finetuning LLMs Using LoRA")), ("url", "https://magazine.sebastianraschka.com/p/practical-tips-for-finetuning-llms"),
        ("urldate", "2024-02-19"), ("journal", "Ahead of AI"), ("author", "Raschka, Sebastian"), ("month", "nov"), ("year", "2023"),
        ("annotation", "پست وبلاگ؛ برای تنظیم alpha و r مفید است.")])),
]
text = "\n\n".join(e for _, e in sorted(items)) + "\n"
write_only(F1161, text, keys(F1161), forms=[text.replace("{", "").replace("}", "")])
