#!/usr/bin/env python3
"""860: a reference section copied out of a two-column AAAI camera-ready PDF with macOS Preview (Select → Copy) and
pasted into a plain-text note (TextEdit, "Make Plain Text", UTF-8, LF): every visual line of the 3.3-inch column
becomes a line (about 50–56 characters), LaTeX's hyphenation at line ends is kept as "-" + newline (so "Dis-
criminators", "Lan- guage" and "Pre- training" read wrongly until joined, while a break after a real hyphen, as in
"Cross-" + "lingual", must keep it), hanging indents are lost, URLs break without a hyphen, and the AAAI (aaai24.bst)
author–year format is kept: "Surname, I.; Surname, I.; and Surname, I. YEAR. Title. In Venue, pages. Publisher."
with every author listed, "; and" even before a second author, arXiv-only entries ending "arXiv:NNNN.NNNNN." or
"arXiv preprint arXiv:NNNN.NNNNN.". Around it an Arabic MSc student's note (RTL text in a plain file): what the
paste is for, what to fix, and two arXiv links to add to Zotero. Eight catalogue papers; a book, a corpus, a
Wikipedia dump and a software library in the list are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, fill, write_only, key_of
from make_expected import by_num, keys, GLOVE

F = by_num(860)
SH = "\u00ad"  # a permitted hyphenation point (TeX's), printed as "-" only when a line breaks there


def initials(name):
    parts = name.split()
    sur = parts[-1]
    ini = []
    for p in parts[:-1]:
        ini.append("-".join(q[0] + "." for q in p.split("-")) if not p.endswith(".") else p)
    return f"{sur}, {' '.join(ini)}"


def aaai_authors(key):
    a = [initials(n).replace(". ", ".\u00a0").replace(",\u00a0", ", ") for n in CAT[key_of(key)]["authors"]]
    return a[0] if len(a) == 1 else "; ".join(a[:-1]) + "; and " + a[-1]


def hy(title, *points):
    """insert soft hyphens into a title at the given words' break points, e.g. ('Discriminators', 'Dis')"""
    for word, pre in points:
        assert word in title, word
        title = title.replace(word, pre + SH + word[len(pre):], 1)
    return title


REFS = [
 aaai_authors("2003.10555") + " 2020. " + hy(T("2003.10555"), ("Discriminators", "Dis")) +
 ". In International Conference on Learning Representations.",
 aaai_authors("1911.02116").replace("Zettlemoyer", "Zettle" + SH + "moyer") + " 2019. " + T("1911.02116") + ". arXiv preprint arXiv:1911.02116.",
 aaai_authors("1810.04805") + " 2019. " + hy(T("1810.04805"), ("Transformers", "Trans")) +
 ". In Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational "
 "Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers), 4171–4186. Minneapolis, Minnesota: "
 "Association for Computational Linguistics.",
 "Habash, N. Y. 2010. Introduction to Arabic Natural Lan" + SH + "guage Processing. Synthesis Lectures on Human "
 "Language Technologies. Morgan & Claypool.",
 aaai_authors("1801.06146") + " 2018. " + T("1801.06146") +
 ". In Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long "
 "Papers), 328–339. Melbourne, Australia: Association for Computational Linguistics.",
 "Hugging Face. 2023. Tokenizers: Fast State-of-the-Art Tok" + SH + "enizers Optimized for Research and Production. "
 "https://github.com/huggingface/tokenizers. Software, version 0.15.",
 "Jurafsky, D.; and Martin, J. H. 2024. Speech and Lan" + SH + "guage Processing. 3rd edition draft. "
 "https://web.stanford.edu/~jurafsky/slp3/.",
 "Linguistic Data Consortium. 2011. Arabic Gigaword Fifth Edition. LDC Catalog No. LDC2011T11. Philadelphia: "
 "Linguistic Data Consortium.",
 aaai_authors("1907.11692") + " 2019. " + hy(T("1907.11692"), ("Pretraining", "Pre")) + ". arXiv:1907.11692.",
 aaai_authors(GLOVE) + " 2014. " + hy(T(GLOVE), ("Representation", "Rep")) +
 ". In Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), 1532–1543. "
 "Doha, Qatar: Association for Computational Linguistics.",
 aaai_authors("1409.3215") + " 2014. " + T("1409.3215") +
 ". In Ghahramani, Z.; Welling, M.; Cortes, C.; Lawrence, N.; and Weinberger, K., eds., Advances in Neural "
 "Information Processing Systems, volume 27. Curran Associates, Inc.",
 "Wikimedia Foundation. 2023. Arabic Wikipedia database dump (arwiki-20230601). "
 "https://dumps.wikimedia.org/arwiki/.",
 aaai_authors("1906.08237") + " 2019. " + hy(T("1906.08237"), ("Language Understanding", "Lan")) +
 ". In Wallach, H.; Larochelle, H.; Beygelzimer, A.; d'Alché-Buc, F.; Fox, E.; and Garnett, R., eds., Advances in "
 "Neural Information Processing Systems, volume 32. Curran Associates, Inc.",
]


def wrap(text, width):
    """greedy TeX-like line breaking: at spaces, after real hyphens, at soft hyphens (printed as '-'), inside URLs
    after '/' (printed as is)"""
    tokens = []  # (piece, break_kind_after) where kind: ' ' space, '-' hyphen kept, SH soft, '/' url
    for w in text.split(" "):
        import re
        parts = re.split(r"(?<=[\-\u00ad])(?=[A-Za-z])|(?<=/)(?=[a-z])", w) if not re.fullmatch(r"[\d–\-.,()]+", w) else [w]
        for i, p in enumerate(parts):
            last = i == len(parts) - 1
            tokens.append((p, " " if last else ("soft" if p.endswith(SH) else "join")))
    lines, cur = [], ""
    for piece, kind in tokens:
        shown = piece[:-1] if piece.endswith(SH) else piece
        add = shown + (" " if kind == " " else "")
        if cur and len((cur + shown).rstrip()) > width:
            if cur.endswith(SH):
                lines.append(cur[:-1] + "-"); cur = ""
            else:
                lines.append(cur.rstrip()); cur = ""
        cur += shown + (SH if piece.endswith(SH) else "") + (" " if kind == " " else "")
    lines.append(cur.replace(SH, "").rstrip())
    return [l.replace(SH, "").replace("\u00a0", " ") for l in lines]


# the column holds 50–56 characters a line (proportional type); widths chosen per entry as TeX's justified lines vary
WIDTHS = [54, 55, 54, 54, 54, 54, 54, 54, 55, 51, 54, 54, 51]
ref_lines = []
for r, w in zip(REFS, WIDTHS):
    ref_lines += wrap(r, w)

NOTE_TOP = """ملاحظات الفصل الثاني — الأعمال السابقة (نماذج اللغة المدرَّبة مسبقًا)
آخر تعديل: ١٤ آذار ٢٠٢٤

نسختُ قائمة المراجع كما هي من ملف PDF لورقتنا المقبولة في AAAI (نسخة الكاميرا) عبر Preview.
تنبيه: النص مكسور — كل سطر من العمود صار سطرًا، والكلمات المقسومة بشرطة في آخر السطر بقيت مقسومة،
والروابط انقطعت. لا تنسخ منه مباشرة إلى الرسالة؛ ننقل المراجع إلى Zotero أولًا ثم نصدّرها بصيغة الجامعة.

المطلوب قبل الاجتماع مع د. سلمى يوم الأحد:
١. التأكد من أن كل مرجع له مدخل في مجموعة Zotero «الفصل الثاني».
٢. ELECTRA: نستشهد بنسخة ICLR، لكن أضف رابط arXiv في ملاحظة المدخل: https://arxiv.org/abs/2003.10555
٣. ورقة Sutskever وزملائه (2014): المحكّم الثاني طلب رابطًا مفتوحًا، هذا هو: https://arxiv.org/abs/1409.3215
٤. كتاب Habash ومدونة Gigaword ونسخة ويكيبيديا ليست أوراقًا — تبقى في قسم «الموارد» لا في جدول المقارنة.

———— المنسوخ من Preview يبدأ هنا ————

References
"""
NOTE_BOTTOM = """
———— نهاية المنسوخ ————

ملاحظة لنفسي: في نسخة الرسالة نريد أيضًا جدولًا يقارن بين BERT وRoBERTa وXLNet وELECTRA من حيث هدف التدريب
وحجم البيانات، وعمودًا لـ XLM-R لأنه النموذج الوحيد في القائمة الذي رأى نصوصًا عربية كثيرة.
"""

text = NOTE_TOP + "\n".join(ref_lines) + "\n" + NOTE_BOTTOM
if __name__ == "__main__":
    import re
    forms = [re.sub(r"-\n", "", text), re.sub(r"-\n", "-", text)]
    write_only(F, text, keys(F), forms)
