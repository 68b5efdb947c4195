#!/usr/bin/env python3
"""1361: a BibTeX export of a Petal workspace (the document and reference manager) made by an Arabic-speaking NLP
student: Petal's citekeys (`surnameYYYYfirstword`, lower-case ASCII), two-space indented `field = {value},` lines in a
fixed field order, capitals protected with braces in titles (`{RoBERTa}`, `{BERT}`), pages with `--`, `keywords` from
the workspace's tags and the user's Arabic notes in `note` (right-to-left text inside a left-to-right file), entries in
citekey order, one blank line between them. Papers: `url` fields with arXiv abs / pdf addresses, an `eprint` with
`archivePrefix = {arXiv}` beside an ACL Anthology url, four titles alone (two not on arXiv, with an ACL Anthology or an
OpenAI address, two with venue and pages only); a textbook and a software entry are not papers."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1361, keys, GLOVE, GPT1

ORDER = ["title", "author", "booktitle", "journal", "institution", "publisher", "year", "pages", "doi", "eprint",
         "archivePrefix", "url", "keywords", "note"]
PROTECT = ["RoBERTa", "BERT", "GloVe", "XLNet", "GPT"]


def prot(t):
    for w in PROTECT:
        t = re.sub(rf"\b{w}\b", "{" + w + "}", t)
    return t


def key(first, year, title):
    sur = unicodedata.normalize("NFKD", first.split()[-1]).encode("ascii", "ignore").decode().lower()
    word = next(w for w in re.findall(r"[A-Za-z]+", title) if w.lower() not in ("a", "an", "the", "on", "of"))
    return f"{sur}{year}{word.lower()}"


ENTRIES = [  # (type, fields)
    ("article", dict(title=T("1907.11692"), author=authors("1907.11692"), journal="arXiv preprint", year="2019",
                     url="https://arxiv.org/abs/1907.11692", keywords="pretraining, encoder",
                     note="نسخة محسّنة من BERT: بيانات أكثر، دون NSP، وأقنعة ديناميكية. قرأته مع المجموعة في أسبوع ٣.")),
    ("inproceedings", dict(title=T("1911.02116"), author=authors("1911.02116"),
                           booktitle="Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
                           year="2020", pages="8440--8451", url="https://arxiv.org/abs/1911.02116", keywords="multilingual, pretraining",
                           note="XLM-R — مهم جداً للعربية: ١٠٠ لغة و٢٫٥ تيرابايت من CommonCrawl.")),
    ("inproceedings", dict(title=T("2005.14165"), author=authors("2005.14165")[:10] + ["others"],
                           booktitle="Advances in Neural Information Processing Systems", year="2020", pages="1877--1901",
                           url="https://arxiv.org/pdf/2005.14165.pdf", keywords="LLM, in-context learning",
                           note="GPT-3: التعلّم من أمثلة قليلة داخل السياق. الملحق طويل جداً، اقرأ الأقسام ١–٣ فقط.")),
    ("inproceedings", dict(title=T("1801.06146"), author=authors("1801.06146"),
                           booktitle="Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
                           year="2018", pages="328--339", doi="10.18653/v1/P18-1031", eprint="1801.06146", archivePrefix="arXiv",
                           url="https://aclanthology.org/P18-1031", keywords="transfer learning, classification",
                           note="ULMFiT: الضبط الدقيق على مراحل وdiscriminative learning rates.")),
    ("inproceedings", dict(title=GLOVE, author=["Jeffrey Pennington", "Richard Socher", "Christopher D. Manning"],
                           booktitle="Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
                           year="2014", pages="1532--1543", url="https://aclanthology.org/D14-1162", keywords="embeddings, classic",
                           note="متجهات الكلمات من مصفوفة التواجد المشترك؛ قارن مع word2vec.")),
    ("techreport", dict(title=GPT1, author=["Alec Radford", "Karthik Narasimhan", "Tim Salimans", "Ilya Sutskever"],
                        institution="OpenAI", year="2018",
                        url="https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf",
                        keywords="pretraining, decoder, classic", note="GPT الأول — غير منشور على arXiv.")),
    ("inproceedings", dict(title=T("1906.08237"), author=authors("1906.08237"),
                           booktitle="Advances in Neural Information Processing Systems", year="2019", pages="5753--5763",
                           keywords="pretraining", note="permutation language modeling — صعب، يحتاج قراءة ثانية.")),
    ("inproceedings", dict(title=T("1904.09751"), author=authors("1904.09751"),
                           booktitle="International Conference on Learning Representations", year="2020",
                           keywords="decoding, generation", note="nucleus sampling (top-p). مفيد لمشروع توليد النصوص.")),
    ("book", dict(title="Speech and Language Processing", author=["Daniel Jurafsky", "James H. Martin"],
                  publisher="Pearson", year="2009", keywords="textbook",
                  note="الطبعة الثانية؛ مسودة الطبعة الثالثة متاحة مجاناً على موقع المؤلفين.")),
    ("misc", dict(title="fairseq: Facebook AI Research Sequence-to-Sequence Toolkit written in Python",
                  author=["Myle Ott", "Sergey Edunov", "Alexei Baevski", "others"], year="2019",
                  url="https://github.com/facebookresearch/fairseq", keywords="software",
                  note="الكود الذي استُخدم لتدريب RoBERTa و XLM-R.")),
]
out = []
for typ, f in sorted(ENTRIES, key=lambda e: key(e[1]["author"][0], e[1]["year"], e[1]["title"])):
    k = key(f["author"][0], f["year"], f["title"])
    lines = [f"@{typ}{{{k},"]
    for name in ORDER:
        if name not in f: continue
        v = f[name]
        if name == "author": v = " and ".join(v)
        if name == "title": v = prot(v)
        lines.append(f"  {name} = {{{v}}},")
    lines[-1] = lines[-1][:-1]
    out.append("\n".join(lines) + "\n}")
text = "\n\n".join(out) + "\n"
write_only(F1361, text, keys(F1361), forms=[text.replace("{", "").replace("}", "")])
