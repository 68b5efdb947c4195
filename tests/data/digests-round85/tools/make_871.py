#!/usr/bin/env python3
"""871: an Azure DevOps Services REST response, `GET {org}/{project}/_apis/wit/workitems?ids=…&api-version=7.1`, saved
from the browser: one line, no final newline, Newtonsoft's compact JSON (no spaces, raw UTF-8, `<` `>` not escaped),
`{"count": n, "value": [...]}`; each work item `id`, `rev`, `fields` (System.* and Microsoft.VSTS.* reference names in
the order the service writes them; identity refs with displayName / url / _links.avatar / id / uniqueName / imageUrl
/ descriptor; ISO dates with milliseconds and Z; System.Description and AcceptanceCriteria as the Boards editor's
HTML: `<div>`, `<br>`, `<ul><li>`, `<a href>`, `&quot;` / `&nbsp;`; System.Tags joined by `; `) and `url`. An Israeli
multimodal team's board (Hebrew) whose stories and tasks cite the papers behind them; documentation, a repository,
a wiki page and a recorded talk are not papers."""
import base64, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(871)
K = dict(align="2102.05918", siglip="2303.15343", llava="2304.08485", gptq="2210.17323", dora="2402.09353",
         flam="2204.14198", pt="2104.08691", dw="2009.09761")
ORG = "https://dev.azure.com/maabada-ktzat"
PROJ = str(uuid.UUID(bytes=hashlib.md5(b"871 project").digest(), version=4))


def gid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("871" + s).encode()).digest(), version=4))


def ident(name, mail):
    d = "aad." + base64.urlsafe_b64encode(hashlib.sha256(mail.encode()).digest()[:30]).decode()
    i = gid(mail)
    return {"displayName": name,
            "url": f"https://spsprodweu5.vssps.visualstudio.com/A{gid('acct')}/_apis/Identities/{i}",
            "_links": {"avatar": {"href": f"{ORG}/_apis/GraphProfile/MemberAvatars/{d}"}},
            "id": i, "uniqueName": mail, "imageUrl": f"{ORG}/_apis/GraphProfile/MemberAvatars/{d}", "descriptor": d}


NOA = ident("נועה ברקוביץ", "noa.b@example.co.il")
ITAY = ident("איתי שמעוני", "itay.s@example.co.il")
RONI = ident("רוני אבוטבול", "roni.a@example.co.il")


def a(url, text):
    return f'<a href="{url}">{text}</a>'


ITEMS = [
 dict(id=5120, rev=9, type="User Story", state="Active", reason="Implementation started", who=NOA, by=ITAY,
      created="2024-02-04T08:12:31.447Z", changed="2024-03-03T14:02:10.913Z", comments=4,
      title="מקודד תמונה-טקסט לעברית: אימון מקדים על זוגות מהרשת",
      prio=1, points=8, area="Multimodal\\Encoders", iteration="Multimodal\\2024\\Sprint 5", column="Doing",
      desc=("<div>המטרה: מקודד תמונה-טקסט שמבין כיתובים בעברית, לחיפוש תמונות במוצר.</div><div><br></div>"
            "<div>בסיס תאורטי (לקרוא לפני התכנון):</div><ul>"
            f"<li>{a('https://arxiv.org/abs/2102.05918', T(K['align']))} – ללמוד מזוגות רועשים בלי סינון ידני, "
            "בדיוק המצב שלנו עם הכיתובים מאתרי החדשות.</li>"
            f"<li>{a('https://arxiv.org/abs/2303.15343', T(K['siglip']))} – הפסד sigmoid במקום softmax, "
            "מאפשר batch קטן יותר על ה-A100 שלנו.</li></ul>"
            "<div><br></div><div>תיעוד (לא מאמר): "
            f"{a('https://huggingface.example.com/docs/transformers/model_doc/siglip', 'דף התיעוד של המודל')}"
            "</div>"),
      accept=("<ul><li>Recall@5 &gt;= 0.62 על סט הבדיקה &quot;כיתובים-ח&quot;</li>"
              "<li>זמן קידוד תמונה &lt; 15ms על T4</li></ul>"),
      tags="encoders; he; pretraining"),
 dict(id=5121, rev=5, type="Task", state="Closed", reason="Completed", who=ITAY, by=ITAY,
      created="2024-02-05T09:40:02.120Z", changed="2024-02-19T16:25:44.380Z", comments=2,
      title="ניסוי: הפסד sigmoid מול softmax בגודל batch 4096",
      prio=2, remaining=0, area="Multimodal\\Encoders", iteration="Multimodal\\2024\\Sprint 4", column=None,
      desc=("<div>השוואה לפי סעיף 4 במאמר של Zhai ואחרים (הקישור בסיפור 5120).</div>"
            "<div>תוצאות: sigmoid טוב ב-1.8 נקודות Recall@5 בגודל batch הזה; מתחת ל-1024 אין הבדל.</div>"
            "<div>הלוגים ב-wiki הפנימי: "
            f"{a('https://wiki.example.co.il/multimodal/experiments/sigmoid-vs-softmax', 'ניסויים / sigmoid-vs-softmax')}"
            "</div>"),
      tags="experiment"),
 dict(id=5134, rev=7, type="User Story", state="New", reason="New", who=RONI, by=NOA,
      created="2024-02-12T11:03:55.001Z", changed="2024-03-01T07:48:19.264Z", comments=3,
      title="כוונון הוראות חזותי: עוזר שעונה על שאלות על תמונות",
      prio=2, points=13, area="Multimodal\\Assistant", iteration="Multimodal\\2024\\Sprint 6", column="Backlog",
      desc=("<div>גישה: מקודד התמונה שלנו (5120) + מודל שפה, עם נתוני הוראות שנוצרו אוטומטית.</div><div><br></div>"
            f"<div>מאמר מרכזי: {a('https://arxiv.org/pdf/2304.08485', T(K['llava']))}</div>"
            "<div>הקוד של המאמר (מאגר, לא מאמר): "
            f"{a('https://github.com/haotian-liu/LLaVA', 'haotian-liu/LLaVA')}</div><div><br></div>"
            "<div>רקע נוסף לסקירה (אין קישור עדיין, לחפש לפי השם המלא):</div>"
            f"<div>&quot;{T(K['flam'])}&quot; – חלק ה-few-shot והשכבות הצולבות.</div>"),
      accept="<div>הדגמה פנימית על 50 שאלות מהצוות, ציון ממוצע &gt;= 3.5 מתוך 5.</div>",
      tags="assistant; instruction-tuning"),
 dict(id=5140, rev=6, type="Task", state="Active", reason="Work started", who=NOA, by=RONI,
      created="2024-02-20T13:15:09.733Z", changed="2024-03-04T09:30:00.507Z", comments=5,
      title="פריסה: כימות ל-4 ביט והתאמה זולה של מודל השפה",
      prio=1, remaining=12, area="Multimodal\\Serving", iteration="Multimodal\\2024\\Sprint 5", column=None,
      desc=("<div>שלב 1 – כימות אחרי אימון לפי "
            f"{a('https://arxiv.org/abs/2210.17323v2', T(K['gptq']))}, על 128 דוגמאות כיול בעברית.</div>"
            f"<div>שלב 2 – התאמה: להשוות LoRA רגיל מול {T(K['dora'])} (arXiv:2402.09353), "
            f"וגם את הבסיס הפשוט מכולם: {T(K['pt'])}.</div>"
            "<div>&nbsp;</div><div>הרצאה מוקלטת שעזרה להבין את הכימות (לא מאמר): "
            f"{a('https://video.example.com/talks/quantization-101', 'Quantization 101')}</div>"),
      tags="serving; quantization; peft"),
 dict(id=5152, rev=3, type="Bug", state="New", reason="New", who=ITAY, by=RONI,
      created="2024-03-01T15:22:47.018Z", changed="2024-03-02T08:05:33.690Z", comments=1,
      title="הדמו: הקראת התשובה נשמעת מתכתית בקצב דגימה 16kHz",
      prio=3, severity="3 - Medium", area="Multimodal\\Assistant", iteration="Multimodal\\2024\\Sprint 6", column=None,
      repro=("<div>1. לשאול שאלה על תמונה בדמו.</div><div>2. ללחוץ על &quot;הקרא&quot;.</div>"
             "<div>3. הקול מתכתי ברוב המשפטים הארוכים.</div><div><br></div>"
             f"<div>חשד: ה-vocoder. כדאי לבדוק את {T(K['dw'])} במקום ה-vocoder הנוכחי.</div>"),
      tags="demo; audio"),
]


def fields(it):
    f = {"System.AreaPath": it["area"], "System.TeamProject": "Multimodal", "System.IterationPath": it["iteration"],
         "System.WorkItemType": it["type"], "System.State": it["state"], "System.Reason": it["reason"],
         "System.AssignedTo": it["who"], "System.CreatedDate": it["created"], "System.CreatedBy": it["by"],
         "System.ChangedDate": it["changed"], "System.ChangedBy": it["by"], "System.CommentCount": it["comments"],
         "System.Title": it["title"]}
    if it.get("column"):
        f["System.BoardColumn"] = it["column"]; f["System.BoardColumnDone"] = False
    f["Microsoft.VSTS.Common.StateChangeDate"] = it["changed"]
    if it["state"] == "Closed":
        f["Microsoft.VSTS.Common.ClosedDate"] = it["changed"]; f["Microsoft.VSTS.Common.ClosedBy"] = it["by"]
    f["Microsoft.VSTS.Common.Priority"] = it["prio"]
    if "severity" in it: f["Microsoft.VSTS.Common.Severity"] = it["severity"]
    if it["type"] == "User Story":
        f["Microsoft.VSTS.Common.ValueArea"] = "Business"
        f["Microsoft.VSTS.Scheduling.StoryPoints"] = float(it["points"])
    if it["type"] == "Task":
        f["Microsoft.VSTS.Scheduling.RemainingWork"] = float(it["remaining"])
    if "desc" in it: f["System.Description"] = it["desc"]
    if "accept" in it: f["Microsoft.VSTS.Common.AcceptanceCriteria"] = it["accept"]
    if "repro" in it: f["Microsoft.VSTS.TCM.ReproSteps"] = it["repro"]
    f["System.Tags"] = it["tags"]
    return f


resp = {"count": len(ITEMS), "value": [{"id": it["id"], "rev": it["rev"], "fields": fields(it),
                                        "url": f"{ORG}/{PROJ}/_apis/wit/workItems/{it['id']}"} for it in ITEMS]}
text = json.dumps(resp, ensure_ascii=False, separators=(",", ":"))
import html as _h
forms = [_h.unescape(text)]
write_only(F, text, keys(F), forms)
