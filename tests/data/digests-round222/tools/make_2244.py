#!/usr/bin/env python3
"""2244: a Piazza question of an NLP course at Reichman University (Efi Arazi School of Computer Science, Herzliya),
copied as text from the post view (as remembered: the class bar «Q & A / Resources / Statistics», the post number «@n»,
«question», the view count, the title, the body, the folder tags, «good question» with its count, «Updated … ago by
…», «the students' answer, where students collectively construct a single answer», «thanks!» with its count, «the
instructors' answer, where instructors collectively construct a single answer», «~ An instructor (…) endorsed this
answer ~», «followup discussions for lingering questions and comments», «Resolved / Unresolved», followups as name,
time ago, text, «helpful!» and its count, replies, «Reply to this followup discussion», «Start a new followup
discussion», «Compose a new followup discussion»). Hebrew and English; Piazza's chrome is English.
Computed: the relative times (decreasing ages down the page, asserted), the counts."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, GLOVE, BACKPROP
F = by_num(2244)
CLASS = "3652 NLP – Spring 2026"
INSTR = "Dr. Oren Tal"
FOLDERS = ["exam", "lecture8", "lecture9", "readings"]
STUDENTS = ["Noa Levi", "Itai Cohen", "Dana Shapiro", "Yonatan Peretz"]
AGES = ["4 days ago", "3 days ago", "3 days ago", "2 days ago", "2 days ago", "1 day ago", "20 hours ago"]
hours = [int(a.split()[0]) * (24 if "day" in a else 1) for a in AGES]
assert hours == sorted(hours, reverse=True)
out = [CLASS, "Q & A", "Resources", "Statistics", "",
       "question", "@184", "143 views", "",
       "רשימת קריאה למבחן – אילו מאמרים באמת חובה?",
       "היי, בסילבוס כתוב \"המאמרים שהוצגו בהרצאות 1–9\" אבל לא ברור אם הכוונה לכל המאמרים מהשקפים או רק לאלה שהמתרגל עבר עליהם. מישהו ריכז רשימה? תודה!",
       " ".join(FOLDERS),
       "good question", "12",
       f"Updated {AGES[0]} by {STUDENTS[0]}", "",
       "the students' answer, where students collectively construct a single answer",
       "מה שאספנו מהשקפים (תקנו אותי אם פספסתי):",
       f"1. {T('1706.03762')} – https://arxiv.org/abs/1706.03762",
       f"2. {T('1810.04805')} – https://arxiv.org/pdf/1810.04805v2.pdf",
       f"3. {T('1409.0473')} (Bahdanau et al.) http://arxiv.org/abs/1409.0473",
       "וגם הספר של Jurafsky & Martin, Speech and Language Processing, פרקים 6–10 (זה ספר, לא מאמר).",
       f"~ An instructor ({INSTR}) endorsed this answer ~",
       "thanks!", "7",
       f"Updated {AGES[2]} by {STUDENTS[1]} and {STUDENTS[2]}", "",
       "the instructors' answer, where instructors collectively construct a single answer",
       "הרשימה של הסטודנטים נכונה, עם שלוש תוספות שהוצגו בהרצאות 2 ו־3 ואין להן לינק בשקפים:",
       f"- {T('1409.3215')} (Sutskever, Vinyals & Le, NeurIPS 2014)",
       f"- {GLOVE} (Pennington, Socher & Manning, EMNLP 2014)",
       f"- {BACKPROP} (Rumelhart, Hinton & Williams, Nature 1986) – רק את הרעיון הכללי, בלי הגזירות.",
       f"בנוסף, מ־{T('1906.08237')} (arXiv:1906.08237) צריך רק את סעיף 2 (permutation language modeling).",
       "The Annotated Transformer ו־Hugging Face course הם חומר עזר בלבד, לא למבחן.",
       "thanks!", "15",
       f"Updated {AGES[3]} by {INSTR}", "",
       "followup discussions for lingering questions and comments",
       "Resolved", "Unresolved", "",
       STUDENTS[3], AGES[4],
       f"ומה עם {T('2009.14794')}? הוא הופיע בשקף האחרון של הרצאה 9:",
       f"https://openreview.net/forum?id={OR('2009.14794')}",
       "helpful!", "2",
       INSTR, AGES[5],
       "Performers לא למבחן – זה היה רק טעימה לקראת הקורס המתקדם.",
       "Reply to this followup discussion", "",
       STUDENTS[2], AGES[6],
       "בספר של Jurafsky & Martin יש גם פרק על transformers – הוא נחשב חומר למבחן?",
       "helpful!", "0",
       "Reply to this followup discussion", "",
       "Start a new followup discussion",
       "Compose a new followup discussion"]
write_only(F, "\n".join(out) + "\n", keys(F))
