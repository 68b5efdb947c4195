#!/usr/bin/env python3
"""1235: an [x]it! plain-text to-do file (Arabic): an Amman-like robotics and multimodal group keeps its reading
tasks in `قراءات.xit` ([x]it! 1.0, edited in a text editor with the [x]it! syntax plug-in) and shared the file. [x]it!:
groups separated by one blank line, each optionally opened by a title line (no checkbox); items start with a
checkbox — `[ ]` open, `[x]` checked, `[@]` ongoing, `[~]` obsolete, `[?]` in question — then a space; an optional
priority (`!`, `!!`, `.!`) right after it; continuation lines indented by four spaces; due dates `-> 2024-05-20`
(also `-> 2024-W22`); tags `#word`. Arabic descriptions around English titles (right-to-left text mixed with
left-to-right), Arabic comma and Arabic-Indic digits in a few notes. arXiv and OpenReview URLs are links;
`(arXiv:2106.02039)` without a URL is arxiv-text; items naming a paper with no link or id are title-only (one not on
arXiv); installing transformers, a dataset, a lecture video and a demo page are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1235, keys, GO

text = f"""قائمة القراءة — مجموعة الروبوتات والنماذج متعددة الوسائط (أيار/مايو 2024)
[x] {T('2307.15818')}
    https://arxiv.org/abs/2307.15818 — عرضتها سارة في الجلسة ٣ (6 مايو) #robotics
[x] {T('2304.08485')} (LLaVA) https://arxiv.org/abs/2304.08485 #multimodal
[@] ! {T('2106.02039')} (arXiv:2106.02039)،
    يقرؤها عمر الآن، ملخّص قبل الجلسة -> 2024-05-20 #rl
[ ] !! {T('2105.06548')}
    https://openreview.net/forum?id=ZVBtN6B_6i7 — نسخة ICML، الذاكرة التي «تنتهي صلاحيتها» -> 2024-05-22 #memory
[ ] {GO} — مقال Nature، ليس على arXiv؛ نسخة PDF عند ليلى #rl #classic
[ ] .! {T('2106.13884')} — بلا رابط، اسأل يوسف #multimodal
[?] {T('1910.03771')}
    هل نحتاج ورقة المكتبة أصلًا؟ تكفي الوثائق على الأرجح #tools
[ ] {T('2103.14636')} -> 2024-W22 #efficiency

مهام (ليست أوراقًا)
[ ] تثبيت huggingface/transformers 4.41 على خادم المختبر gpu-02 -> 2024-05-15 #setup
[x] تنزيل مجموعة بيانات Open X-Embodiment (جزء bridge فقط، ~٣٨٧ غيغابايت) #data
[~] مشاهدة محاضرة CS25 عن الروبوتات https://www.youtube.com/watch?v=Rk8qWm3JdTo
    أُلغيت: الرابط قديم
[ ] تجربة العرض التوضيحي لـ LLaVA https://llava-vl.github.io/ #demo
[ ] حجز القاعة 2.14 لجلسة ١٠ حزيران -> 2024-06-05

أرشيف
[x] ترتيب ملف bibtex المشترك (refs.bib) — تمّ في نيسان
[~] اشتراك Overleaf الجماعي — لم يعد ضروريًا
"""
write_only(F1235, text, keys(F1235))
