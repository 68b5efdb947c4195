#!/usr/bin/env python3
"""1489: Geekbot's API (GET /v1/reports/) saved through jq: the reports of an Israeli lab's Hebrew reading stand-up
(`#reading-standup`, three questions in Hebrew) for one week, newest first, in jq's two-space layout with raw Unicode.
Answers keep Slack's markup as Geekbot stores it (`<url>` and `<url|label>` links, `*bold*`, `:emoji:`). Ids are
invented and deterministic (hash-derived); timestamps are epoch seconds in the week of 12–16 May 2024 (Sun–Thu, Israel),
each report's `questions` in the stand-up's order with its fixed question ids and colours. Not papers: the LangChain
repository, the AutoGen docs, a recorded talk, the WebArena leaderboard. Nicknames: ReAct, CoT, MemGPT, SayCan, RT-2,
Frozen, GCG — labelled where the full titles are written."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1489, keys


def h(s, n=9):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16) % 10 ** n


STANDUP = 71544
Q = [(301221, "מה קראת מאז העדכון הקודם?", "36C5F0"), (301222, "מה תקרא/י היום?", "2EB67D"), (301223, "משהו חוסם אותך?", "E01E5A")]
MEMBERS = {
    "noa": ("U04QK7Z2M1P", "Noa Ben-David", "נועה בן דוד"),
    "yoav": ("U04QK9A5C3R", "Yoav Mizrahi", "יואב מזרחי"),
    "tamar": ("U05A1LZ8E6T", "Tamar Shapira", "תמר שפירא"),
}
# (member, epoch, answers) — newest first as the API returns them
REPORTS = [
    ("tamar", 1715842380, [
        f"סיימתי את *{T('2307.15818')}* <https://arxiv.org/abs/2307.15818> — הקטע על טוקנים של פעולות מעניין, כדאי לקרוא עם SayCan.",
        f"מתחילה את {T('2204.01691')} (עוד אין לי קישור, אם למישהו יש PDF אשמח).",
        "אין. רק שהמכונה gpu-03 שוב איטית :snail:"]),
    ("yoav", 1715838900, [
        f"{T('2308.03688')} — arXiv:2308.03688 , בעיקר סעיף 4 על הסביבות. את לוח התוצאות של WebArena השוויתי בנפרד: <https://webarena.dev/leaderboard|webarena.dev>",
        "להריץ את AgentBench מקומית (הריפו עצמו, לא המאמר).",
        "חוסם: אין לי מפתח API לשבוע הזה :key:"]),
    ("noa", 1715757120, [
        f"קראתי את <https://openreview.net/forum?id={OR('2210.03629')}|{T('2210.03629')}> (גרסת ICLR 2023).",
        f"להשוות ל-{T('2201.11903')} — אותו רעיון, בלי פעולות. ואחר כך ReAct מול CoT על HotpotQA.",
        "לא"]),
    ("tamar", 1715668200, [
        f"{T('2106.13884')} <https://arxiv.org/pdf/2106.13884.pdf> — Frozen, כלומר מודל שפה קפוא עם מקודד תמונה.",
        "להכין שקפים ליום חמישי.",
        "אין"]),
    ("yoav", 1715666400, [
        f"{T('2310.08560')} <https://arxiv.org/abs/2310.08560> — MemGPT, זיכרון בהיררכיה כמו במערכת הפעלה.",
        "לעבור על הדוקומנטציה של AutoGen: <https://microsoft.github.io/autogen/docs/Getting-Started>",
        "אין"]),
    ("noa", 1715582460, [
        f"{T('2307.15043')} — את הקוד של GCG לא מריצים על השרת של המעבדה :no_entry:",
        "הרצאה מוקלטת של יונתן על סוכנים: <https://www.youtube.com/watch?v=Lq4Rk7uXy0E>",
        "צריך אישור מהמנחה לפני שמריצים ניסויי התקפה."]),
    ("yoav", 1715579940, [
        "הריפו של LangChain, תיקיית agents: <https://github.com/langchain-ai/langchain/tree/master/libs/langchain/langchain/agents>",
        "עדיין הריפו.",
        "אין"]),
]

out = []
for who, ts, answers in REPORTS:
    uid, real, _ = MEMBERS[who]
    rid = h(f"report/{who}/{ts}")
    qs = []
    for (qid, text, color), ans in zip(Q, answers):
        qs.append({"id": h(f"q/{rid}/{qid}", 9), "question": text, "question_id": qid, "color": color,
                   "answer": ans, "answer_id": h(f"a/{rid}/{qid}", 10), "images": []})
    out.append({"id": rid, "slack_ts": None, "standup_id": STANDUP, "timestamp": ts, "channel": "#reading-standup",
                "is_anonymous": False,
                "member": {"id": uid, "role": "member", "username": who, "realname": real,
                           "profileImg": f"https://avatars.slack-edge.com/2023-11-02/{h('img/' + who, 13)}_{hashlib.md5(who.encode()).hexdigest()[:20]}_192.png"},
                "questions": qs})
write_only(F1489, json.dumps(out, indent=2, ensure_ascii=False) + "\n", keys(F1489))
