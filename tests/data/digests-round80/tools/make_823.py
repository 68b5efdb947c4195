#!/usr/bin/env python3
"""823: a Vanilla Forums (Higher Logic Vanilla, open-source 2023.x) API v2 response
`GET /api/v2/comments?discussionID=1187&expand=insertUser&limit=30` saved by curl: PHP json_encode's default output
(one line, no final newline, `/` written `\\/`, non-ASCII as `\\uXXXX`), comments oldest first with commentID,
discussionID, parentRecordType / parentRecordID, name ("Re: …"), categoryID, rendered HTML `body` (links with
rel="nofollow noopener ugc", legacy `UserQuote` blockquotes with "said:"), dateInserted / dateUpdated in
`+00:00` form, insertUserID with the expanded insertUser, score, url ending in `#Comment_<id>`, attributes.
An Arabic AI community forum thread on LLM agents and games."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys, GO

F = by_num(823)
HOST = "https://forum.dhakaa.example.org"
DISC = 1187
DTITLE = "نادي القراءة: وكلاء النماذج اللغوية والألعاب — الجولة الثالثة"
USERS = {"lina": (204, "لينا_الحسيني"), "omar": (77, "omar.k"), "yousef": (512, "يوسف_م"), "huda": (339, "هدى.ب"), "mod": (2, "مشرف_النادي")}


def user(k):
    i, n = USERS[k]
    return {"userID": i, "name": n, "url": f"{HOST}/profile/{n}", "photoUrl": f"{HOST}/uploads/userpics/{i % 97:03d}/n{i}.png",
            "dateLastActive": "2024-03-05T21:40:00+00:00", "banned": 0, "private": False, "label": "مشرف" if k == "mod" else None}


def a(u, t=None):
    return f'<a href="{u}" rel="nofollow noopener ugc">{t or u}</a>'


def quote(k, html):
    return (f'<blockquote class="UserQuote"><div class="QuoteAuthor"><a href="{HOST}/profile/{USERS[k][1]}">{USERS[k][1]}</a> said:</div>'
            f'<div class="QuoteText">{html}</div></blockquote>')


comments = []


def c(cid, who, when, body, updated=None, score=0):
    comments.append({"commentID": cid, "discussionID": DISC, "parentRecordType": "discussion", "parentRecordID": DISC,
                     "name": "Re: " + DTITLE, "categoryID": 14, "body": body, "dateInserted": when, "dateUpdated": updated,
                     "insertUserID": USERS[who][0], "score": score, "insertUser": user(who),
                     "url": f"{HOST}/discussion/comment/{cid}#Comment_{cid}", "attributes": {}})


c(9402, "lina", "2024-03-02T17:05:12+00:00",
  "<p>مرحباً بالجميع 👋 هذه قائمة الجولة الثالثة من نادي القراءة. سنلتقي مساء الخميس على الخادم الصوتي كالعادة.</p>"
  f"<ol><li><strong>{T('2304.03442')}</strong> — {au('2304.03442', 3)}<br>{a('https://arxiv.org/abs/2304.03442')}</li>"
  f"<li><strong>{T('2303.11366')}</strong><br>{a('https://arxiv.org/pdf/2303.11366.pdf', 'النسخة PDF')}</li>"
  f"<li><strong>{T('2310.06770')}</strong> — المعيار الذي يقيس قدرة النماذج على إصلاح مشكلات حقيقية في مستودعات GitHub<br>"
  f"{a('https://openreview.net/forum?id=VTF8yNQM66', 'صفحة الورقة على OpenReview')}</li></ol>"
  "<p>من يريد تقديم إحدى الأوراق فليكتب اسمه في الرد.</p>", score=6)
c(9405, "omar", "2024-03-02T17:48:39+00:00",
  "<p>أتطوع لتقديم الورقة الأولى (المحاكاة الاجتماعية للوكلاء). سؤال: هل نضيف شيئاً عن الذاكرة طويلة المدى؟ "
  f"أقترح <em>{T('2310.08560')}</em> لـ {au('2310.08560', 2)} — فكرة إدارة السياق كما يدير نظام التشغيل الذاكرة الافتراضية.</p>", score=3)
c(9411, "yousef", "2024-03-02T19:20:03+00:00",
  quote("omar", "<p>هل نضيف شيئاً عن الذاكرة طويلة المدى؟</p>") +
  f"<p>موافق. وأقترح أيضاً ورقة عن وكيل يتعلّم مهارات في ماينكرافت: {T('2305.16291')} (arXiv 2305.16291). "
  "الكود مفتوح ويمكن تشغيله بأي واجهة برمجية لنموذج لغوي، لكن تكلفة الاستدعاءات عالية بعض الشيء.</p>"
  "<p>ملاحظة: لعبة ماينكرافت نفسها تحتاج ترخيصاً، ومكتبة Mineflayer (برمجيات) هي التي تربط الوكيل باللعبة.</p>",
  updated="2024-03-02T19:26:44+00:00", score=4)
c(9418, "huda", "2024-03-03T08:02:57+00:00",
  "<p>بما أن عنوان النادي يشمل <strong>الألعاب</strong>، لا بد من الكلاسيكيات:</p>"
  f"<ul><li>{GO} — {au(GO, 3)}، مجلة Nature عام 2017. (لا توجد نسخة على arXiv، الملف في مجلد النادي.)</li>"
  f"<li>{T('2205.06175')} — {au('2205.06175', 3)}: نموذج واحد يلعب ألعاب Atari ويكتب أوصاف الصور ويحرك ذراعاً آلية.</li></ul>"
  "<p>وللمهتمين بالتعلم المعزز دون اتصال بالبيئة: " + a("https://arxiv.org/abs/2106.02039", T("2106.02039")) +
  f" ({au('2106.02039', 3)}).</p>", score=5)
c(9420, "lina", "2024-03-03T09:15:30+00:00",
  quote("huda", "<p>لا بد من الكلاسيكيات</p>") +
  "<p>ممتاز! سأضيف ورقة Nature وورقة التعلم المعزز كتسلسل إلى الجولة الرابعة، فالجولة الحالية مزدحمة.</p>")
c(9433, "mod", "2024-03-03T12:41:08+00:00",
  "<p>تذكير من الإشراف: يرجى عدم رفع ملفات PDF للأوراق المحمية بحقوق النشر مباشرة في المنتدى؛ ضعوا الروابط فقط. "
  "المواد غير الورقية المفيدة للجولة:</p><ul>"
  f"<li>توثيق LangChain الخاص بالوكلاء (برمجيات) — {a('https://docs.example.com/langchain/agents', 'رابط')}</li>"
  f"<li>مستودع AutoGPT على GitHub (برمجيات)</li>"
  f"<li>سلسلة محاضرات «وكلاء النماذج اللغوية» (دورة جامعية، فيديو) — {a('https://video.example.edu/llm-agents', 'قائمة التشغيل')}</li>"
  "<li>لوحة الصدارة الرسمية لمعيار إصلاح مشكلات GitHub (موقع، ليست ورقة)</li></ul>", score=2)
c(9440, "omar", "2024-03-04T20:33:51+00:00",
  "<p>شرائح العرض جاهزة (١٨ شريحة). سأركّز على بنية الذاكرة والتأمل والتخطيط، وعلى التقييم بالمقابلات مع الوكلاء. "
  "إذا سمح الوقت سأقارن مع فكرة التغذية الراجعة اللفظية في الورقة الثانية.</p>")
c(9446, "yousef", "2024-03-05T21:12:19+00:00",
  "<p>جربت بيئة التقييم الخاصة بالمعيار الثالث على حاسوب المختبر: تحتاج Docker ومساحة قرص كبيرة (~120 GB للصور). "
  "النتائج الأولية مع نموذج مفتوح صغير ضعيفة جداً كما هو متوقع 😅</p>", score=1)
text = json.dumps(comments, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write_only(F, text, keys(F), forms=[json.dumps(comments, ensure_ascii=False)])
