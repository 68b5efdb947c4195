#!/usr/bin/env python3
"""2202: one day file («#llm-sistemler/2026-03-24.json») of a Slack workspace export of a lab at Khazar University
(Baku) (as remembered: a JSON array of message objects with «type», «subtype» for joins, «text» in Slack mrkdwn with
links «<URL>» and «<URL|label>», user mentions «<@U…>», «user», «ts» «seconds.micro», «user_profile», «reactions»
with «users» and «count», «thread_ts» / «reply_count» / «parent_user_id» on replies; four-space indent, non-ASCII as
\\u escapes and «/» escaped as «\\/»). Azerbaijani and English.
Computed: ts from local times (UTC+4), increasing (asserted), reply counts = the replies, reaction counts = users."""
import datetime as dt, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(2202)
TZ = dt.timezone(dt.timedelta(hours=4))
U = {"U07KHZ1A2B3": ("leyla.mammadova", "Leyla Məmmədova"), "U07KHZ4C5D6": ("tural.h", "Tural Həsənov"),
     "U07KHZ7E8F9": ("nigar.aliyeva", "Nigar Əliyeva")}


def ts(h, m, s, n):
    t = dt.datetime(2026, 3, 24, h, m, s, tzinfo=TZ)
    return f"{int(t.timestamp())}.{n:06d}"


M = [
 ("U07KHZ1A2B3", ts(10, 2, 11, 219), "join", "<@U07KHZ1A2B3> has joined the channel", None, None),
 ("U07KHZ4C5D6", ts(10, 15, 40, 381), None,
  "Salam! Cümə günü seminarın mövzusu: böyük modellərin təlimi və qiymətləndirmə. Oxu siyahısı:\n"
  f"• {T('1701.06538')} — <https://openreview.net/forum?id=B1ckMDqlg|ICLR 2017 versiyası>\n"
  f"• {T('2006.16668')} <https://arxiv.org/abs/2006.16668>\n"
  f"• {T('1909.08053')} (NVIDIA, 2019) — linki özünüz tapın :slightly_smiling_face:\n"
  "Kod üçün Megatron-LM və DeepSpeed repo-larına baxın, onlar məqalə deyil.", None, [("+1", ["U07KHZ1A2B3", "U07KHZ7E8F9"])]),
 ("U07KHZ7E8F9", ts(10, 31, 2, 4), None,
  f"Serving hissəsi üçün mən götürürəm: {T('2309.06180')} <https://arxiv.org/pdf/2309.06180.pdf|PDF> "
  f"və {T('2307.08691')} — <http://arxiv.org/abs/2307.08691v1>", "thread", None),
 ("U07KHZ1A2B3", ts(10, 40, 55, 771), None,
  f"Qiymətləndirmə: {T('2009.03300')} (arXiv 2009.03300) mütləqdir. Əlavə olaraq {T('2206.04615')} "
  f"və {T('2306.05685')} — amma hamısını bir gündə çatdırmarıq.", None, [("eyes", ["U07KHZ4C5D6"])]),
 ("U07KHZ4C5D6", ts(11, 5, 17, 302), None,
  "<@U07KHZ7E8F9> vLLM demo da göstərsən əla olar (docs: <https://docs.vllm.ai|docs.vllm.ai>). Otaq: Neftçilər kampusu, 305.", "reply", None),
]
parent = M[2][1]
msgs = []
for uid, t, sub, text, thr, reacts in M:
    o = {"type": "message"}
    if sub == "join": o["subtype"] = "channel_join"
    o.update({"text": text, "user": uid, "ts": t})
    if sub != "join":
        o["client_msg_id"] = str(uuid.UUID(hashlib.sha1(t.encode()).hexdigest()[:32]))
        o["team"] = "T07KHZ0A1B2"
    o["user_profile"] = {"display_name": U[uid][0], "real_name": U[uid][1], "name": U[uid][0], "is_restricted": False}
    if thr == "thread":
        o.update({"thread_ts": t, "reply_count": 1, "reply_users_count": 1, "latest_reply": M[4][1], "reply_users": [M[4][0]]})
    if thr == "reply":
        o.update({"thread_ts": parent, "parent_user_id": M[2][0]})
    if reacts:
        o["reactions"] = [{"name": n, "users": us, "count": len(us)} for n, us in reacts]
    msgs.append(o)
assert all(float(a["ts"]) < float(b["ts"]) for a, b in zip(msgs, msgs[1:]))
raw = json.dumps(msgs, indent=4, ensure_ascii=True).replace("/", "\\/") + "\n"
assert json.loads(raw) == msgs
write_raw(F, raw.encode("ascii"), [raw, "\n".join(m["text"] for m in msgs)], keys(F))
