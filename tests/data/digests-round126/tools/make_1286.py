#!/usr/bin/env python3
"""1286 (negative control): one day of a lab's XMPP chatroom as Empathy keeps it — telepathy-logger's XML log store
(`~/.local/share/TpLogger/logs/<account>/chatrooms/<room>/20240305.log`), Hebrew: the XML declaration in single
quotes, the `log-store-xml.xsl` stylesheet instruction, <log>, one <message> a line with the attributes time (UTC,
yyyymmddTHH:MM:SS), id (room JID / nick), name, token, isuser ('true' for the account's own nick), type ('normal'
or 'action' for /me), the body escaped as g_markup_escape_text does (&amp; &lt; &gt; &#39; &quot;). No paper at all:
near-misses are a cluster outage and Slurm job numbers, driver and library versions, datasets, model checkpoints,
repositories and release notes, a course number, a seminar talk and its room, an OpenReview profile (not a forum),
an arXiv endorsement code, conference deadlines, a leaderboard, docs pages and a video."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1286

ROOM = "ml-lab@conference.jabber.cs.example.ac.il"
ME = "daniel"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&quot;")


M = [  # time (UTC), nick, token, type, text
 ("065812", "noa", "a1f04c3e-5b0d-4f2e-9c61-0e8f3b7d2a91", "normal", "בוקר טוב. מישהו יודע למה dgx-03 לא עונה? ה-job שלי (4418207) נתקע ב-CG מאתמול בלילה"),
 ("070130", "itai", "5d2b8e17-90a4-4c3f-b6e2-71c9a0f4d583", "normal", "גם אצלי. sinfo מראה את dgx-03 כ-drain, reason: \"Kill task failed\""),
 ("070302", ME, "e9c7a4b1-2f36-4d08-8a5e-3b1d6c0f9e24", "normal", "פתחתי קריאה ל-IT, מספר RT-88213. אמרו שיחליפו את ה-driver ל-550.54.14 ויעלו ל-CUDA 12.4 באותה הזדמנות"),
 ("070355", "noa", "3c8f1d92-7e45-4b6a-a0d3-c52e9b17f4a8", "action", "מתפללת שה-checkpoint האחרון נשמר"),
 ("071540", "shira", "b40e6a2d-1c97-48f5-9d3b-6a8e2f05c7d1", "normal", "תזכורת: הסמינר ביום חמישי בחדר 317 בבניין 28, 14:30. מרצה אורחת: ד\"ר טל ברזילי, \"על הכללה מחוץ להתפלגות במודלי שפה בעברית\". יש פיצה"),
 ("071622", "omer", "71d9c0b5-a3e8-4f16-b2c7-0d4e8a9f6b32", "normal", "ההרצאה מוקלטת? בשבוע שעבר ההקלטה יצאה בלי קול"),
 ("071801", "shira", "c6a2f8e4-05b1-4d97-8e3a-9f1c7b2d0e65", "normal", "כן, תעלה ל-YouTube של הפקולטה: https://www.youtube.com/@cs-seminars-example"),
 ("074410", "itai", "0f3b7e9a-d2c4-4a81-95e6-b8d1c3a7f024", "normal", "מישהו כבר ניסה את transformers 4.39.0? ה-release notes אומרים שתיקנו את ה-tokenizer של DictaLM"),
 ("074633", ME, "8e15d3c7-6f2a-4b90-a4d8-2c9e0b5f7a13", "normal", "עדיין על 4.38.2 בגלל vllm 0.3.3. אל תשדרגו בסביבה המשותפת בבקשה <3"),
 ("074701", "itai", "d72a0c4f-b8e1-4e53-9f26-5a3c1d8e0b97", "normal", "ok, אני עושה venv נפרד ב-/scratch/itai/envs"),
 ("080522", "michal", "2b9e5f1a-c7d3-4806-bd4a-e1f6a2c9d058", "normal", "בוקר. מי שמגיש ל-NeurIPS: הדדליין לתקצירים 15.05, למאמר המלא 22.05 (AoE). תעדכנו אותי עד סוף החודש מי מגיש מה"),
 ("080710", "noa", "f4c8b2e6-1a95-4d3f-87b0-c3e9d5a1f672", "normal", "וגם לבדוק שהפרופיל ב-OpenReview מעודכן, שלי היה עם השיוך הישן: https://openreview.net/profile?id=~Noa_Ben_David1"),
 ("080944", "omer", "9a0d4e7c-3b28-45f1-a6c9-e7b2f0d83c16", "normal", "שאלה טכנית: מישהו יכול לתת לי endorsement ל-arXiv ב-cs.CL? הקוד שלי Q7KXPM"),
 ("081215", "michal", "6e3f9b0d-84a2-4c7e-b1d5-0a8c6f2e9d43", "normal", "עומר, אני יכולה. תשלח לי במייל, לא כאן"),
 ("083058", "shira", "1c7a5e3b-f9d0-4268-a3e4-b6d2c8f01a79", "normal", "לגבי הפרויקט של ASR: הורדתי את Common Voice 16.1 בעברית ואת ivrit.ai, הכל ב-/datasets/speech/he. ביחד בערך 1,180 שעות"),
 ("083240", ME, "47b0e2d8-5c19-4f6a-9e83-d1a7c4b6f025", "normal", "יפה. whisper-large-v3 על זה עם peft? או full fine-tune על 4 כרטיסים?"),
 ("083517", "shira", "a85d1f6c-2e7b-4390-b4c1-f3e9a0d7c268", "normal", "נתחיל עם peft, ונשווה ל-WER של הבייסליין (27.4 על ה-test של ivrit)"),
 ("090002", "itai", "3f6c8a1e-d0b7-4e25-91f4-8b2e5c9d0a36", "normal", "dgx-03 חזר! nvidia-smi מראה 550.54.14. ה-job של נועה הסתיים עם exit code 0:137 כנראה OOM-killer"),
 ("090115", "noa", "e2d7b4a9-61c3-4f08-a5e2-9c0b3d8f1e74", "normal", "ה-checkpoint של step 12000 קיים, ממשיכה משם. תודה!!"),
 ("091840", "omer", "b9a4c1e7-3d56-4f82-8c0a-2e7f9b1d5c63", "normal", "קישור שימושי ל-FSDP למי שמריץ מודלים גדולים: https://pytorch.org/tutorials/intermediate/FSDP_tutorial.html"),
 ("092003", "omer", "0c5e8d2f-a7b4-4193-b6e0-f1d3a9c7e852", "normal", "ולשאלה של אתמול על embedding לעברית: תסתכלו בטבלה של MTEB leaderboard, אבל אין שם כמעט משימות בעברית"),
 ("092511", "michal", "d4f1a6b3-9e02-4c7d-83b5-6a0e2c8f4d19", "normal", "בדיוק בגלל זה יש לנו את הפרויקט של שירה ונועה. נדבר על זה בפגישה של יום ראשון"),
 ("101237", ME, "5a9e3c0b-f6d1-4825-a7e4-c2b8d0f9e361", "normal", "מעדכן: בקורס 20945 (למידה עמוקה) צריכים עוד בודק תרגילים לתרגיל 3 – מתנדבים? התשלום לפי שעה"),
 ("101402", "itai", "72c0f5e8-b1a3-4d69-9e07-4f2d8b6c1a95", "normal", "אני יכול, אבל רק אחרי ה-deadline של ACL ARR ב-15.06"),
 ("113045", "noa", "8b3d6f1a-0e92-4c57-a8d4-e5c1f7b09a26", "action", "יוצאת לארוחת צהריים, מי בא? קפיטריה בבניין 28"),
 ("113110", "shira", "c1e7a9d4-5f2b-4e80-96c3-0b8d4a2f7e51", "normal", "באה"),
 ("124400", "omer", "f9b2d5e0-7c41-4a3e-b8f6-1d0c9e4a3b72", "normal", "עוד משהו: ה-repo של המעבדה עבר ל-GitLab הפנימי, https://gitlab.cs.example.ac.il/ml-lab/he-asr. ב-GitHub נשאר רק mirror"),
 ("130218", ME, "3d7c0a8e-e5f9-4b16-a2d0-9c6f1b8e4a37", "normal", "ראיתי. גם ה-CI שם רץ עם pytest ו-ruff, אל תדחפו בלי pre-commit"),
 ("142955", "michal", "a0f8e3c6-4b7d-4192-8e5a-d3b1c9f6e028", "normal", "מזכירה שמחר אין פגישת מעבדה בגלל יום הסגל. נתראה ביום חמישי בסמינר"),
]
out = ["<?xml version='1.0' encoding='utf-8'?>", '<?xml-stylesheet type="text/xsl" href="log-store-xml.xsl"?>', "<log>"]
for t, nick, tok, typ, txt in M:
    out.append(f"<message time='20240305T{t[:2]}:{t[2:4]}:{t[4:]}' id='{ROOM}/{nick}' name='{nick}' token='{tok}' "
               f"isuser='{'true' if nick == ME else 'false'}' type='{typ}'>{esc(txt)}</message>")
out.append("</log>")
write(F1286, "\n".join(out) + "\n", negative=True)
