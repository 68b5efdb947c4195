#!/usr/bin/env python3
"""303: a supervisor's text file about a student's Turnitin similarity report: the supervisor's note to the thesis
committee in Sindhi (Arabic script), the report's two pages pasted from `pdftotext -layout` (the Digital Receipt
with its aligned fields, then the Originality Report: the thesis title, the four percentages over their labels,
"PRIMARY SOURCES", numbered sources with the percentage at the right margin and the kind of source under each —
Internet Source / Publication / Student Paper — a publication's authors, quoted title, venue and year wrapped inside
the column, the exclusion settings at the end), then the supervisor's notes per source, which name the paper behind
an "arxiv.org" or "proceedings.mlr.press" match with a link, an arXiv id or its title. Turnitin's publication
entries give titles (some only a container such as "Lecture Notes in Computer Science, 2020"); internet sources
give only a host name; student papers are earlier submissions."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only

KEYS = ["2106.13884", "2204.14198", "2301.12597", "2304.08485", "2304.02643", "2010.04159", "1905.11946",
        "2104.00298", "2102.05918", "2303.15343", "2201.03545", "1912.11370"]
THESIS = "Sindhi Image Captioning with Vision-Language Models and a New Benchmark"


def tt_authors(key):
    """Turnitin's publication line: up to four authors, then 'et al.'"""
    from catalogue import CAT
    a = CAT[key]["authors"]
    return ", ".join(a[:4]) + (" et al." if len(a) > 4 else "")


# (text, kind, percent) in Turnitin's order: integer percentages descending, then the "<1%" ones
sources = [
    ("arxiv.org", "Internet Source", "3%"),
    ("Submitted to Higher Education Commission Pakistan", "Student Paper", "2%"),
    ("proceedings.mlr.press", "Internet Source", "2%"),
    ("openreview.net", "Internet Source", "1%"),
    ("Submitted to University of Sindh", "Student Paper", "1%"),
    (f'{tt_authors("2303.15343")}. "{T("2303.15343")}", 2023 IEEE/CVF International Conference on Computer Vision '
     "(ICCV), 2023", "Publication", "1%"),
    ("www.mdpi.com", "Internet Source", "1%"),
    ("Submitted to Mehran University of Engineering and Technology", "Student Paper", "1%"),
    (f'{tt_authors("2304.02643")}. "{T("2304.02643")}", 2023 IEEE/CVF International Conference on Computer Vision '
     "(ICCV), 2023", "Publication", "1%"),
    ("papers.nips.cc", "Internet Source", "<1%"),
    ("Lecture Notes in Computer Science, 2020", "Publication", "<1%"),
    (f'{tt_authors("2201.03545")}. "{T("2201.03545")}", 2022 IEEE/CVF Conference on Computer Vision and Pattern '
     "Recognition (CVPR), 2022", "Publication", "<1%"),
    ("github.com", "Internet Source", "<1%"),
    ('Aston Zhang, Zachary C. Lipton, Mu Li, Alexander J. Smola. "Dive into Deep Learning", Cambridge University '
     "Press, 2023", "Publication", "<1%"),
    ("huggingface.co", "Internet Source", "<1%"),
    ("www.researchgate.net", "Internet Source", "<1%"),
    ("dokumen.pub", "Internet Source", "<1%"),
    ("Communications in Computer and Information Science, 2023", "Publication", "<1%"),
]

W, PCOL = 86, 90  # text column width, right edge of the percentage
rep = ["Digital Receipt", "",
       "This receipt acknowledges that Turnitin received your paper. Below you will find the receipt",
       "information regarding your submission.", "",
       "The first page of your submissions is displayed below.", ""]
fields = [("Submission author:", "Ali Raza Soomro"), ("Assignment title:", "MS Thesis Similarity Check 2024"),
          ("Submission title:", THESIS), ("File name:", "AliRaza_MS_Thesis_final_v3.pdf"), ("File size:", "4.12M"),
          ("Page count:", "96"), ("Word count:", "24,318"), ("Character count:", "138,902"),
          ("Submission date:", "12-Mar-2024 10:14AM (UTC+0500)"), ("Submission ID:", "2318846211")]
rep += [f"{a:<22}{b}" for a, b in fields]
rep += ["", "Copyright 2024 Turnitin. All rights reserved.", "\f" + THESIS,
        "ORIGINALITY REPORT", "",
        "  17%                    12%                    9%                     6%",
        "SIMILARITY INDEX         INTERNET SOURCES       PUBLICATIONS           STUDENT PAPERS", "",
        "PRIMARY SOURCES", ""]
for i, (txt, kind, pct) in enumerate(sources, 1):
    lines = textwrap.wrap(txt, width=W - 8, break_long_words=False)
    first = f"{i:>3}     {lines[0]}"
    rep.append(first + " " * max(1, PCOL - len(first) - len(pct)) + pct)
    rep += ["        " + l for l in lines[1:]]
    rep += ["        " + kind, ""]
rep += ["", "Exclude quotes          On                       Exclude matches          < 14 words",
        "Exclude bibliography    On", ""]

note = [
    "ڊاڪٽر نازيه ميمڻ — ٽرن اِٽ رپورٽ تي نوٽ (ايم ايس ٿيسز)",
    "شاگرد: علي رضا سومرو، ايم ايس ڪمپيوٽر سائنس (2022-2024)",
    f"ٿيسز: {THESIS}",
    "تاريخ: 14-03-2024", "",
    "ڪُل مشابهت 17% آهي، جيڪا HEC جي پاليسي واري 19% حد کان گهٽ آهي. مون هر ماخذ کي هٿ سان چيڪ ڪيو: گهڻو "
    "حصو حوالن، مساواتن ۽ ماڊلن جي نالن مان آهي. ماخذ 2، 5 ۽ 8 شاگرد جا پنهنجا اڳ ۾ جمع ڪرايل مسودا آهن "
    "(پروپوزل ۽ سيمينار رپورٽ)، انهن ۾ ڪا ڳالهه نه آهي. ٻاهر ڪڍڻ واري سيٽنگ: حوالا ۽ ڪتابيات ٻاهر، 14 لفظن "
    "کان ننڍا ميچ ٻاهر. منهنجي راءِ ۾ ٿيسز ڪميٽي اڳيان پيش ڪري سگهجي ٿي.", "",
    "هيٺ رپورٽ آهي (PDF مان pdftotext سان ڪاپي ڪئي)، ان کان پوءِ هر ماخذ تي منهنجا نوٽ.", "",
    "----- رپورٽ -----", ""]
notes = [
    "----- ماخذن تي نوٽ -----", "",
    f"ماخذ 1 (arxiv.org، 3%): ٽي پيپر — باب 2.3 ۾ {T('2301.12597')} https://arxiv.org/abs/2301.12597 "
    f"۽ {T('2304.08485')} https://arxiv.org/abs/2304.08485 جا خلاصا، ۽ باب 3 ۾ Frozen "
    f"({T('2106.13884')}, arXiv:2106.13884) جي وضاحت. ٽيئي حوالا صحيح ڏنل آهن.",
    f"ماخذ 3 (proceedings.mlr.press، 2%): {T('1905.11946')} ۽ {T('2102.05918')} (ALIGN) — "
    "جدول 4.1 جا نالا ۽ سيٽنگون. ٺيڪ آهي.",
    f"ماخذ 4 (openreview.net، 1%): {T('2010.04159')} (ICLR 2021) — ڊيٽيڪٽر واري حصي جا ٻه پيراگراف. "
    "شاگرد کي چيو اٿم ته پنهنجن لفظن ۾ ٻيهر لکي.",
    f"ماخذ 6: SigLIP، {T('2303.15343')} — https://huggingface.co/papers/2303.15343 ، انڪوڊر اسان اهو ئي استعمال ڪيو.",
    f"ماخذ 9: {T('2304.02643')} — صرف هڪ جملو (ڊيٽا سيٽ جي تصويرن جي ڀاڱن لاءِ). صحيح.",
    f"ماخذ 10 (papers.nips.cc): Flamingo — {T('2204.14198')} https://arxiv.org/pdf/2204.14198.pdf — "
    "باب 2 ۾ حوالو موجود.",
    f"ماخذ 11 (Lecture Notes in Computer Science, 2020): اهو ECCV 2020 وارو {T('1912.11370')} آهي؛ "
    "ٽرن اِٽ صرف ڪتاب جو نالو ڏيکاري ٿو.",
    f"ماخذ 12: {T('2201.03545')} — بيس لائين، حوالو صحيح.",
    "ماخذ 14: ڪتاب آهي (Dive into Deep Learning)، پيپر نه. ماخذ 13، 15، 16، 17: ڪوڊ، ماڊل ڪارڊ ۽ ڪاپي ٿيل "
    "سائيٽون؛ ماخذ 18 ڪانفرنس پروسيڊنگز جو نالو.",
    f"ٻيو: شاگرد EfficientNetV2 ({T('2104.00298')}, arXiv 2104.00298) جو حوالو به ڏنو آهي، "
    "رپورٽ ۾ ميچ نه آيو.", ""]
text = "\n".join(note + rep + notes)
write_only("303_turnitin_similarity_report_pdftotext_with_supervisor_notes_sindhi_vision_language_thesis.txt", text, KEYS)
