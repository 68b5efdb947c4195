#!/usr/bin/env python3
"""1192: a Quickwit search answer (Arabic): an Amman lab ships its reading notes to a Quickwit index
(`reading-notes`); a member saved `GET /api/v1/reading-notes/search?query=topic:diffusion&max_hits=10&sort_by=-timestamp`
(serde_json's pretty form, two-space indent, raw UTF-8, no final newline). num_hits, hits (the stored documents, in the
index's field order), elapsed_time_micros, errors. Hits sorted by timestamp, newest first; num_hits ≥ hits. A note has
`url` (a link), `arxiv` (an arXiv id as text) or neither (title only); two notes are a course and a repository."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1192, keys

docs = [  # timestamp, title, url, arxiv, kind, note, author
 (1715158800, T("2301.12597"), "https://arxiv.org/abs/2301.12597", None, "paper",
  "Q-Former يربط مشفّر الصور المجمّد بنموذج لغوي مجمّد؛ نحتاجه لمشروع وصف الصور.", "lina"),
 (1714987800, T("2204.06125"), None, None, "paper", "DALL·E 2؛ لم أجد الرابط بعد، العنوان فقط.", "omar"),
 (1714725000, "Hugging Face Diffusers — مستودع الشيفرة", "https://github.com/huggingface/diffusers", None, "repo",
  "مستودع وليس ورقة؛ نستخدمه في التجارب.", "omar"),
 (1714552200, T("2207.12598"), "https://arxiv.org/pdf/2207.12598", None, "paper",
  "التوجيه دون مصنِّف: نموذج شرطي وغير شرطي معًا، والمقياس w يتحكم في الجودة مقابل التنوع.", "sara"),
 (1714120200, T("2105.05233"), "https://arxiv.org/abs/2105.05233", None, "paper",
  "التوجيه بالمصنِّف وتحسينات المعمارية؛ FID أفضل من BigGAN.", "lina"),
 (1713861000, T("2010.02502"), "https://openreview.net/forum?id=" + OR("2010.02502"), None, "paper",
  "DDIM: أخذ عينات حتمي بخطوات أقل؛ الرابط إلى OpenReview (ICLR 2021).", "yousef"),
 (1713515400, T("1907.05600"), None, None, "paper", "مطابقة الدرجات مع Langevin؛ العنوان فقط في دفتري.", "sara"),
 (1713256200, T("1503.03585"), None, "arXiv:1503.03585", "paper",
  "الورقة الأصلية لفكرة الانتشار (2015)؛ كتبت الرقم فقط.", "yousef"),
 (1712910600, T("1406.2661"), None, None, "paper", "مرجع كلاسيكي للمقارنة مع نماذج الانتشار.", "lina"),
 (1712651400, "دورة Hugging Face عن نماذج الانتشار", "https://huggingface.co/learn/diffusion-course", None, "course",
  "دورة تعليمية وليست ورقة؛ للطلاب الجدد.", "omar"),
]
hits = []
for ts, title, url, arx, kind, note, who in docs:
    h = {"timestamp": ts, "title": title}
    if url: h["url"] = url
    if arx: h["arxiv"] = arx
    h.update({"kind": kind, "topic": "diffusion", "note": note, "author": who})
    hits.append(h)
d = {"num_hits": 14, "hits": hits, "elapsed_time_micros": 2817, "errors": []}
text = json.dumps(d, ensure_ascii=False, indent=2)
write_only(F1192, text, keys(F1192))
