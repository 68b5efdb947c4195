#!/usr/bin/env python3
"""295: an external examiner's report on a master's thesis, typed in a plain text editor (one paragraph per line,
LF) and uploaded to the graduate school's portal, Sorani Kurdish (Arabic script) with English paper and thesis
titles. What such a report has: the university's heading, a field block (candidate, thesis title, supervisor,
examiner, page and chapter counts, dates), a summary, general remarks, numbered detailed comments grouped by chapter
with "(بەشی c، لاپەڕە p)" locators in Eastern Arabic digits, a list of missing or misused references, a
recommendation as a row of check boxes with exactly one ticked, and a signature block."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write, no_catalogue_title

AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ku(n):
    return str(n).translate(AR)


THESIS = "Learning to Act from Language and Vision: Efficient Transformer Policies for Household Robots"
no_catalogue_title(THESIS, "295 thesis title")
PAGES, CHAPTERS = 142, 6

comments = [
    (1, 3, "ڕستەی یەکەمی پێشەکی زۆر گشتییە؛ پێویستە پرسیاری توێژینەوەکە لە یەکەم پەرەگرافدا ڕوون بکرێتەوە."),
    (2, 11, f"کاتێک باسی مۆدێلە گشتییەکان دەکەیت، Gato بە تەنها ناوی هاتووە. تکایە سەرچاوەی تەواو بنووسە: "
            f"\"{T('2205.06175')}\" (Reed et al., TMLR 2022, arXiv:2205.06175)."),
    (2, 14, f"بەشی SayCan باشە، بەڵام ناونیشانی ڕاستی توێژینەوەکە \"{T('2204.01691')}\" "
            "ـە (arXiv:2204.01691)؛ لە لیستی سەرچاوەکاندا بە هەڵە \"SayCan: Grounding Language\" نووسراوە."),
    (2, 19, f"پەیوەندی نێوان سیاسەتی ڕۆبۆت و مۆدێلی زمان-وێنە باس بکە، بۆ نموونە {T('2307.15818')} "
            "https://arxiv.org/abs/2307.15818 کە ڕاستەوخۆ بەراوردکراوی تۆیە."),
    (2, 23, f"سەرچاوەی [37] ({T('2103.14339')}) پەیوەندی بە بابەتی نامەکەوە نییە؛ "
            "یان لایبە یان ڕوونی بکەرەوە بۆچی هێنراوە."),
    (3, 41, "هاوکێشەی (3.4): نیشانەی گەڕانەوە (return-to-go) پێناسە نەکراوە پێش بەکارهێنانی."),
    (3, 47, f"ڕێگاکەت زۆر نزیکە لە Trajectory Transformer؛ تکایە بە ڕوونی جیاوازییەکە بنووسە و سەرچاوە بدە: "
            f"{T('2106.02039')}, https://arxiv.org/abs/2106.02039."),
    (3, 52, f"بۆ نوێنەرایەتی گرافی دیمەنەکە، پێشنیار دەکەم سەیری \"{T('2106.05234')}\" (Graphormer, NeurIPS 2021) بکەیت."),
    (4, 66, "خشتەی 4.2: ژمارەی تاقیکردنەوەکان (seeds) نەنووسراوە؛ لانیکەم ٣ seed پێویستە."),
    (4, 71, f"هەڵبژاردنی ئەرکیتێکچەر بە DARTS کراوە، بەڵام کێشەی ناسراوی هەڵبژاردنی ئۆپەرەیشن باس نەکراوە؛ "
            f"بڕوانە {T('2108.04392')} (Wang et al., ICLR 2021)."),
    (4, 78, f"ڕاهێنانی مۆدێلی گەورە لەسەر ٨ GPU بە DeepSpeed کراوە؛ ئەوە باشە، بەڵام سەرچاوەی "
            f"{T('1910.02054')} (SC 2020) لە لیستدا نییە."),
    (5, 93, f"بۆ فێربوونی بەردەوام (continual learning) بەراوردێک لەگەڵ {T('2103.09762')} "
            "(Saha et al., ICLR 2021) زیاد بکە؛ ئەوە baselineی ستاندەردە."),
    (5, 101, f"بەشی فیدراڵی: ئەلگۆریتمەکەت لە FedDyn دەچێت ({T('2111.04263')}, "
             "https://arxiv.org/pdf/2111.04263.pdf)؛ بەراوردکردن پێویستە."),
    (5, 108, f"بۆ وەسفکردنی گۆڕانکاری لە دیمەندا، «{T('2103.14146')}» (Qiu et al., ICCV 2021) "
             "پەیوەندیدارە بە ئەرکی \"چی گۆڕاوە لە ژوورەکەدا\"."),
    (6, 127, "دەرئەنجامەکان زیاتر لە ئەنجامەکان دووبارە دەکەنەوە؛ بەشی سنوورەکان (limitations) زیاد بکە."),
]

out = ["زانکۆی سلێمانی", "کۆلێژی زانست — بەشی زانستی کۆمپیوتەر", "ڕاپۆرتی هەڵسەنگێنەری دەرەکی بۆ نامەی ماستەر", "",
       "ناوی خوێندکار: ڕێباز عومەر محەمەد",
       f"ناونیشانی نامە: {THESIS}",
       "سەرپەرشتیار: پ. ی. د. شیلان ئەحمەد کەریم",
       "هەڵسەنگێنەری دەرەکی: پ. د. هاوڕێ جەلال (زانکۆی کۆیە)",
       f"ژمارەی لاپەڕەکان: {ku(PAGES)}",
       f"ژمارەی بەشەکان: {ku(CHAPTERS)}",
       "بەرواری وەرگرتنی نامە: 2024/04/02",
       "بەرواری ڕاپۆرت: 2024/04/28", "",
       "١. پوختە",
       "نامەکە سیاسەتێکی Transformer بۆ ڕۆبۆتی ناوماڵ پێشکەش دەکات کە فەرمانی زمان و وێنەی کامێرا وەردەگرێت. "
       "خوێندکار داتاسێتێکی ٣٢٠ دیمۆنستراسیۆنی کۆکردۆتەوە، مۆدێلێکی ٨٥ ملیۆن پارامیتەری ڕاهێناوە و لە ٤ ئەرکدا "
       "ڕێژەی سەرکەوتنی ٦٤٪ بەدەستهێناوە. بەشی ٥ فێربوونی بەردەوام و فیدراڵی لە نێوان سێ ڕۆبۆتدا تاقی دەکاتەوە.", "",
       "٢. تێبینییە گشتییەکان",
       "نامەکە بە شێوەیەکی گشتی باش نووسراوە و تاقیکردنەوەکان بە وردی کراون. لاوازییە سەرەکییەکان: (أ) بەشی 2 "
       "(توێژینەوە پێشووەکان) هەندێک سەرچاوەی گرنگی تێدا نییە و هەندێکی پەیوەندیدار نین؛ (ب) بەراوردکردن لەگەڵ "
       "baselineی ستاندەرد کەمە؛ (ج) کۆد و داتا بڵاو نەکراونەتەوە — پێشنیار دەکەم لە GitHub دابنرێن.", "",
       "٣. تێبینییە وردەکان"]
for i, (c, p, text) in enumerate(comments, 1):
    out.append(f"{ku(i)}. (بەشی {ku(c)}، لاپەڕە {ku(p)}) {text}")
out += ["",
        "٤. هەڵەی چاپ و شێواز",
        "هەڵەی ڕێنووس لە لاپەڕەکانی ١٧، ٣٣، ٦٠ و ١١٤. وێنەی 3.2 خوێنراوە نییە لە چاپی ڕەش و سپیدا. "
        "شێوازی سەرچاوەکان تێکەڵە (APA و IEEE)؛ یەک شێواز هەڵبژێرە.", "",
        "٥. ڕاسپاردە",
        "[ ] وەرگرتن بەبێ گۆڕانکاری",
        "[X] وەرگرتن لەگەڵ گۆڕانکاری بچووک (لە ماوەی ٣٠ ڕۆژدا)",
        "[ ] وەرگرتن لەگەڵ گۆڕانکاری گەورە و گفتوگۆی دووبارە",
        "[ ] ڕەتکردنەوە", "",
        "واژۆ: هاوڕێ جەلال",
        "ئیمەیڵ: hawre.jalal@example.edu.krd",
        "بەروار: 2024/04/28", ""]
write("295_thesis_examiner_report_plain_text_sorani_kurdish_robot_transformer_policies.txt", "\n".join(out))
