#!/usr/bin/env python3
"""830: a SharePoint Online REST response, `GET /sites/nlp-ar/_api/web/lists/getbytitle('Papers')/items?$select=Id,Title,PaperLink,Authors,Reference,Tags,
Status,<notes>,ID,Modified,Created,AuthorId,EditorId,OData__UIVersionString,Author/Title&$expand=Author` with
`Accept: application/json;odata=verbose`, as saved from the browser (one line of compact JSON, raw UTF-8, no final
newline): `{"d":{"results":[…]}}`, each item with `__metadata` (id / uri / etag `"\\"N\\""` / type
`SP.Data.PapersListItem`), the expanded `Author` lookup (`SP.Data.UserInfoItem`), `Id` = `ID`, `Title`, a hyperlink column as `SP.FieldUrlValue` {Description, Url}, a multi-choice column as
`Collection(Edm.String)`, an enhanced rich-text column as an `ExternalClass` div with `:` written `&#58;`, an Arabic
column name encoded as `_x0645__x0644__x0627__x062d__x06` (internal names: `_xHHHH_` per character, cut at 32
characters, even inside an escape), `Created` / `Modified` in UTC, `AuthorId` / `EditorId`, `OData__UIVersionString`.
An Arabic-speaking team site's list of papers on parameter-efficient fine-tuning."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(830)
SITE = "https://tenant-example.sharepoint.com/sites/nlp-ar"
LIST = str(uuid.UUID(hashlib.md5(b"papers-list").hexdigest()))
NOTES = "".join(f"_x{ord(c):04x}_" for c in "ملاحظات")[:32]
USERS = {11: "ليلى حداد", 14: "مازن الخطيب", 17: "ريم العبيدي", 19: "سارة منصور", 21: "يوسف القاسم"}


def rich(html_body, n):
    cls = hashlib.md5(str(n).encode()).hexdigest().upper()
    return f'<div class="ExternalClass{cls}">{html_body.replace(":", "&#58;")}</div>'


items = []


def item(n, title, created, modified, ver, author, editor, link=None, authors=None, tags=(), ref=None, notes=None, status="للقراءة"):
    base = f"{SITE}/_api/Web/Lists(guid'{LIST}')/Items({n})"
    d = {"__metadata": {"id": f"Web/Lists(guid'{LIST}')/Items({n})", "uri": base, "etag": f'"{ver}"',
                        "type": "SP.Data.PapersListItem"}}
    d["Author"] = {"__metadata": {"id": f"{base}/Author", "type": "SP.Data.UserInfoItem"}, "Title": USERS[author]}
    d.update({"Id": n, "Title": title,
              "PaperLink": ({"__metadata": {"type": "SP.FieldUrlValue"}, "Description": link[0], "Url": link[1]} if link else None),
              "Authors": authors, "Reference": ref,
              "Tags": {"__metadata": {"type": "Collection(Edm.String)"}, "results": list(tags)},
              "Status": status, NOTES: rich(notes, n) if notes else None,
              "ID": n, "Modified": modified, "Created": created,
              "AuthorId": author, "EditorId": editor, "OData__UIVersionString": f"{ver}.0"})
    items.append(d)


item(3, T("2106.09685"), "2024-01-14T08:02:11Z", "2024-02-27T10:41:09Z", 5, 11, 14,
     link=("النسخة على arXiv", "https://arxiv.org/abs/2106.09685"), authors=au("2106.09685", 4), tags=["رتبة منخفضة", "أساسي"],
     notes="<p>المرجع الأساسي للمحور الأول: مصفوفات منخفضة الرتبة تُضاف إلى أوزان الانتباه وتُدمج بعد التدريب فلا كلفة إضافية عند الاستدلال.</p><p>ملاحظة: نستخدم r=16 في تجاربنا على النماذج العربية.</p>",
     status="مقروء")
item(4, T("2305.14314"), "2024-01-14T08:09:47Z", "2024-03-01T12:15:30Z", 4, 11, 11,
     link=("arXiv", "https://arxiv.org/abs/2305.14314v1"), authors=au("2305.14314", 4), tags=["رتبة منخفضة", "تكميم"],
     notes="<p>تكميم 4-بت (NF4) مع محوّلات منخفضة الرتبة. جرّبه مازن على بطاقة واحدة بذاكرة 24 جيجابايت: نجح مع نموذج 13B.</p>",
     status="مقروء")
item(6, T("2101.00190"), "2024-01-20T13:30:05Z", "2024-01-20T13:30:05Z", 1, 17, 17,
     link=("ACL Anthology / arXiv", "https://arxiv.org/pdf/2101.00190.pdf"), authors=au("2101.00190", 2), tags=["Prompts"],
     notes="<p>بادئة قابلة للتدريب في كل طبقة، والنموذج مجمّد. قارنوا مع المحوّلات في جدول النتائج.</p>")
item(7, T("2104.08691"), "2024-01-20T13:34:52Z", "2024-02-05T09:02:44Z", 2, 17, 11,
     authors=au("2104.08691", 3), ref="arXiv:2104.08691 (EMNLP 2021)", tags=["Prompts"],
     notes="<p>الفكرة: مع كِبَر النموذج يقترب ضبط المحفّزات (soft prompts) من الضبط الكامل. لم نجد رابطاً يعمل من شبكة الجامعة، لذا وضعنا المرجع نصاً فقط.</p>")
item(9, T("1902.00751"), "2024-01-22T07:55:18Z", "2024-02-12T11:20:03Z", 3, 14, 14,
     link=("PMLR / arXiv", "https://arxiv.org/abs/1902.00751"), authors=au("1902.00751", 3), tags=["Adapters", "أساسي"],
     notes="<p>أول ورقة للمحوّلات (adapters) في BERT. قراءة إلزامية للطلاب الجدد.</p>", status="مقروء")
item(12, T("2205.05638"), "2024-02-03T10:11:36Z", "2024-02-03T10:11:36Z", 1, 19, 19,
     authors=au("2205.05638", 3), tags=["Few-shot"],
     notes="<p>يقارن الضبط الفعّال للمعاملات مع التعلّم داخل السياق من حيث الدقة والكلفة. أضافت ريم الورقة؛ الرابط لاحقاً.</p>")
item(13, "مدوّنة Hugging Face: شرح مكتبة PEFT", "2024-02-03T10:20:59Z", "2024-02-03T10:20:59Z", 1, 19, 19,
     link=("مدونة", "https://huggingface.co/blog/peft"), tags=["مصادر"],
     notes="<p>ليست ورقة بحثية: تدوينة مع أمثلة كود. مفيدة لتهيئة البيئة.</p>", status="مرجع")
item(15, T("2103.10385"), "2024-02-10T09:47:21Z", "2024-02-19T15:06:12Z", 2, 14, 17,
     authors=au("2103.10385", 3), tags=["Prompts"],
     notes="<p>محفّزات مستمرة مع مُشفِّر (LSTM) للبحث عنها؛ نتائج على SuperGLUE. عنوانها طريف لكنها مرجع مهم لضبط المحفّزات.</p>")
item(16, "مستودع التجارب الداخلي: arabic-peft-bench", "2024-02-11T06:00:40Z", "2024-03-03T08:31:57Z", 6, 11, 21,
     link=("GitLab", "https://gitlab.example.org/nlp-ar/arabic-peft-bench"), tags=["مصادر"],
     notes="<p>مستودع كود (ليس ورقة). يحتوي إعدادات التجارب ونتائج مجموعة ARCD وAJGT.</p>", status="مرجع")
item(18, T("2010.01412"), "2024-02-26T12:13:08Z", "2024-02-26T12:13:08Z", 1, 21, 21,
     authors=au("2010.01412", 3), tags=["تحسين"],
     notes="<p>خارج المحور قليلاً: مُحسِّن يبحث عن مناطق مسطّحة في دالة الخسارة. اقترحه يوسف لتجارب الضبط الكامل.</p>")
item(19, "دورة: معالجة اللغة العربية بالتعلّم العميق (محاضرات الفصل الثاني)", "2024-03-01T07:40:00Z", "2024-03-01T07:40:00Z", 1, 11, 11,
     tags=["مصادر"], notes="<p>تسجيلات المحاضرات على Teams. ليست أوراقاً بحثية.</p>", status="مرجع")

text = json.dumps({"d": {"results": items}}, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
