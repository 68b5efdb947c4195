#!/usr/bin/env python3
"""1050: a terminal session of a Hebrew-speaking NLP PhD student reading her lab's paper mail with himalaya (the
Rust CLI mail client), copied from the terminal: `himalaya envelope list --folder מאמרים` (the table: ID, FLAGS,
SUBJECT, FROM, DATE — `*` unseen, `!` flagged, `@` with attachment; cells padded to the widest, newest first),
`himalaya message read <id>` (From / To / Subject / Date headers, a blank line, the text/plain part), an attachment
download, a move to the archive folder, and the list again with the read messages no longer unseen and the moved one
gone. The vLLM documentation and a room booking are not papers; "CoT", "PaLM", "GPT-2", "Llama 2", "DoRA" are
nicknames."""
import os, sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT2

F = by_num(1050)
K = dict(llama2="2307.09288", dora="2402.09353", cot="2201.11903", spec="2211.17192", palm="2204.02311",
         emergent="2206.07682", know="2207.05221", gpt2=GPT2)
IL = timezone(timedelta(hours=2))
PS = "noa@shaked-lab:~$ "
ME = "Noa Mizrahi <noa.mizrahi@example.ac.il>"
LAB = "nlp-lab@example.ac.il"

MSGS = {
 57: dict(frm=("דנה לוי", "dana.levi@example.ac.il"), to=LAB, date=datetime(2024, 3, 6, 9, 41, 12, tzinfo=IL),
          subject="קריאה לשבוע הבא: שרשרת מחשבה וכיול", flags="*", body=f"""היי לכולם,

לפגישת הקריאה של יום שני (11.3, 14:00, חדר 318) נקרא שני מאמרים:

1. {T(K["cot"])}
   https://openreview.net/forum?id=_VjQlMeSB_J
   (הגרסה של NeurIPS 2022 — שווה להציץ גם בדיון עם הסוקרים)

2. "{T(K["know"])}"
   של Anthropic. אין צורך לקרוא את כל הנספחים, פרקים 2–4 מספיקים.

השאלה שאני רוצה שנדון בה: האם מודל שיודע "מתי הוא לא יודע" באמת מרוויח משרשרת מחשבה, או שזה רק מזיז את הכיול?

תודה,
דנה
"""),
 56: dict(frm=("ספריית הפקולטה", "library@example.ac.il"), to=LAB, date=datetime(2024, 3, 5, 16, 3, 40, tzinfo=IL),
          subject="שעות פתיחה בחופשת הסמסטר", flags="", body="""שלום,

בחופשת הסמסטר הספרייה פתוחה א'–ה' 09:00–16:00. חדרי הלימוד בקומה 2 סגורים לשיפוץ עד 24.3.

בברכה,
צוות הספרייה
"""),
 55: dict(frm=("יואב כהן", "yoav.cohen@example.ac.il"), to=LAB, date=datetime(2024, 3, 5, 11, 20, 7, tzinfo=IL),
          subject="Llama 2 + DoRA לניסוי הכוונון", flags="*@", attach="dora_vs_lora_results.pdf", body=f"""שלום,

לקראת הניסוי הבא אני מציע לעבור מ-LoRA ל-DoRA על בסיס Llama 2 7B:

- {T(K["llama2"])}
  https://arxiv.org/abs/2307.09288
- {T(K["dora"])}
  https://arxiv.org/abs/2402.09353

צירפתי טבלה קטנה עם התוצאות הראשונות שלי (3 משימות, seed אחד בלבד, אז בזהירות).

יואב
"""),
 54: dict(frm=("רונית שגיא", "ronit.sagi@example.ac.il"), to=LAB, date=datetime(2024, 3, 4, 8, 55, 31, tzinfo=IL),
          subject="רשימת קריאה לסמינר: יכולות צצות וסקיילינג", flags="!", body=f"""שלום לכולם,

לסמינר המחלקתי בסוף החודש אני רוצה שכל אחד יציג מאמר אחד מהרשימה:

* {T(K["gpt2"])} (Radford et al., 2019) — דו"ח טכני של OpenAI, לא פורסם ב-arXiv.
* {T(K["palm"])}, arXiv:2204.02311 — בעיקר הפרק על breakthrough tasks.
* {T(K["emergent"])} (TMLR 2022).

בחרו עד יום חמישי ועדכנו את הטבלה המשותפת.

רונית

--
ד"ר רונית שגיא
המעבדה לעיבוד שפה טבעית
"""),
 53: dict(frm=("עומר פרץ", "omer.peretz@example.ac.il"), to=LAB, date=datetime(2024, 3, 3, 22, 14, 58, tzinfo=IL),
          subject="Re: האצת הסקה בשרת של המעבדה", flags="*", body=f"""אני בעד לנסות speculative decoding לפני שקונים עוד כרטיס.
המאמר המקורי: {T(K["spec"])} (arXiv:2211.17192).
ב-vLLM זה כבר נתמך, התיעוד כאן (זה תיעוד, לא מאמר):
https://docs.vllm.ai/en/latest/models/spec_decode.html

עומר

> מישהו בדק למה זמן התגובה קפץ אחרי העדכון?
> -- יואב
"""),
 52: dict(frm=("מזכירות החוג", "cs-office@example.ac.il"), to=LAB, date=datetime(2024, 3, 1, 10, 2, 19, tzinfo=IL),
          subject="הזמנת חדר 318 לפגישות הקריאה", flags="", body="""שלום,

חדר 318 שמור לכם בימי שני 14:00–15:30 עד סוף הסמסטר.

מזכירות החוג
"""),
}


def table(ids, seen=()):
    rows = [["ID", "FLAGS", "SUBJECT", "FROM", "DATE"]]
    for i in ids:
        m = MSGS[i]
        fl = m["flags"] if i not in seen else m["flags"].replace("*", "")
        flags = ("*" if "*" in fl else " ") + ("!" if "!" in fl else " ") + ("@" if "@" in fl else " ")
        d = m["date"].strftime("%Y-%m-%d %H:%M%z")
        rows.append([str(i), " " + flags, m["subject"], m["frm"][0], d[:-2] + ":" + d[-2:]])
    w = [max(len(r[c]) for r in rows) for c in range(5)]
    out = ["| " + " | ".join(r[c].ljust(w[c]) for c in range(5)) + " |" for r in rows]
    out.insert(1, "|" + "|".join("-" * (x + 2) for x in w) + "|")
    return "\n".join(out) + "\n"


def read(i):
    m = MSGS[i]
    return (f"From: {m['frm'][0]} <{m['frm'][1]}>\nTo: {m['to']}\nSubject: {m['subject']}\n"
            f"Date: {format_datetime(m['date'])}\n\n{m['body']}")


ALL = [57, 56, 55, 54, 53, 52]
out = PS + "himalaya envelope list --folder מאמרים\n" + table(ALL)
out += PS + "himalaya message read 57 --folder מאמרים\n" + read(57)
out += PS + "himalaya message read 55 --folder מאמרים\n" + read(55)
out += PS + "himalaya attachment download 55 --folder מאמרים\n"
out += 'Downloading "/home/noa/Downloads/dora_vs_lora_results.pdf"…\nAttachment(s) successfully downloaded to /home/noa/Downloads\n'
out += PS + "himalaya message read 54 --folder מאמרים\n" + read(54)
out += PS + "himalaya message read 53 --folder מאמרים\n" + read(53)
out += PS + "himalaya message move ארכיון 52 --folder מאמרים\n"
out += "Message(s) successfully moved from מאמרים to ארכיון!\n"
out += PS + "himalaya envelope list --folder מאמרים\n" + table([57, 56, 55, 54, 53], seen=(57, 55, 54, 53))
out += PS
write_only(F, out, keys(F))
