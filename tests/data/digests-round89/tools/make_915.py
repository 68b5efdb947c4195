#!/usr/bin/env python3
"""915: the answer of `keybase chat api -m '{"method": "read", "params": {"options": {"channel": {"name":
"cv_reading_amman", "members_type": "team", "topic_name": "papers"}}}}' > papers.json`, from an Arabic-speaking
computer-vision reading team in Amman. As the Keybase client's Go JSON writes it: one line and a newline, compact,
UTF-8 unescaped except `<`, `>`, `&` (`\\u003c`, `\\u003e`, `\\u0026`, Go's HTML-safe default); `result` →
`messages` newest first, each `{"msg": {…}}` with the MsgSummary keys in struct order (`id`, `conversation_id`,
`channel` {name, members_type, topic_type, topic_name}, `sender` {uid, username, device_id, device_name}, `sent_at`,
`sent_at_ms`, `content` {type + `text` {body, payments, userMentions, teamMentions} / `reaction` {m, b}}, `prev`
[{id, hash}], `unread`, then `at_mention_usernames` and `channel_mention` when set), `pagination` {next, previous,
num, last}, `ratelimits`. A repository and a lecture video are not papers; "MoCo", "SupCon" in the schedule are
nicknames."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(915)
K = dict(dinov2="2304.07193", mae="2111.06377", moco="1911.05722", c2d="2103.13646", supcon="2004.11362",
         dino="2104.14294", simsiam="2011.10566", rethink="2006.06882")


def hx(s, n):
    return hashlib.sha256(("915-" + s).encode()).hexdigest()[:n]


USERS = {u: {"uid": hx("uid" + u, 30) + "19", "username": u, "device_id": hx("dev" + u, 32), "device_name": d}
         for u, d in [("layla_h", "layla-thinkpad"), ("omar_k", "omar-pixel7"), ("noor_a", "noor-macbook"),
                      ("sami_t", "sami-desktop")]}
CONV = "0000" + hx("conv", 60)
CHAN = {"name": "cv_reading_amman", "members_type": "team", "topic_type": "chat", "topic_name": "papers"}
T0 = 1709560800  # 2024-03-04 14:00 UTC
MSGS = [
    ("layla_h", 0, "text", "السلام عليكم 👋 نبدأ هذا الشهر سلسلة التعلّم الذاتي الإشراف للتمثيلات البصرية. "
                           "ضعوا روابط الأوراق هنا، وسأرتّب الجدول يوم الخميس."),
    ("omar_k", 412, "text", f"أقترح أن نبدأ بالكلاسيكيات: {T(K['moco'])} https://arxiv.org/abs/1911.05722\n"
                            "القاموس الكبير مع المشفّر المتحرّك (momentum encoder) هو الفكرة التي بُني عليها الكثير بعدها."),
    ("noor_a", 1650, "text", f"وبعدها مباشرة {T(K['simsiam'])} — بلا أزواج سالبة وبلا momentum encoder، ومع ذلك "
                             "لا ينهار التمثيل بفضل stop-gradient. مفاجئ فعلًا."),
    ("sami_t", 5230, "text", f"*{T(K['dino'])}*\nخرائط الانتباه في ViT تفصل الأجسام دون أي تسميات. أتطوع لعرضها."),
    ("layla_h", 6011, "text", f"والتحديث الأحدث: {T(K['dinov2'])} https://arxiv.org/abs/2304.07193\n"
                              "النماذج الجاهزة على https://github.com/facebookresearch/dinov2 (مستودع وليس ورقة)."),
    ("omar_k", 9874, "text", f"و MAE ضروري: https://arxiv.org/pdf/2111.06377 — {T(K['mae'])}\n"
                             "إخفاء 75% من الرقع وإعادة بناء البكسلات، والمشفّر يرى الرقع الظاهرة فقط."),
    ("noor_a", 9902, "reaction", (5, ":fire:")),
    ("sami_t", 86400 + 1200, "text", f"سؤال: هل المقارنة مع التدريب بالإشراف الكامل عادلة؟ في ورقة "
                                     f"{T(K['supcon'])} (arXiv:2004.11362) تُستخدم التسميات داخل الخسارة التباينية نفسها."),
    ("layla_h", 86400 + 2488, "text", f"@sami_t سؤال في محلّه. وفي السياق نفسه: {T(K['rethink'])} — التدريب الذاتي "
                                      "(self-training) يتفوّق على التدريب المسبق كلما زادت البيانات المعلَّمة والتعزيز القوي."),
    ("noor_a", 2 * 86400 + 300, "text", f"ورقة تطبيقية إن بقي وقت: {T(K['c2d'])}\n"
                                        "https://openreview.net/forum?id=uB5x7Y2qsFR\nتعليقات المراجعين مفيدة جدًا."),
    ("omar_k", 2 * 86400 + 3905, "text", "شرح مرئي جميل لـ MAE: https://www.youtube.com/watch?v=Qm7wLb2Xk0Q&t=120s "
                                         "(فيديو وليس ورقة)"),
    ("layla_h", 3 * 86400 + 1800, "text", "الجدول المقترح (مدة كل عرض < 40 دقيقة):\n"
                                          "- 12/3: MoCo و SimSiam (عمر ونور)\n- 19/3: DINO و DINOv2 (سامي)\n"
                                          "- 26/3: MAE (ليلى)\n- 2/4: SupCon & C2D (نور)\nأي اعتراض؟"),
    ("sami_t", 3 * 86400 + 2022, "reaction", (11, ":+1:")),
]
BASE_ID = 41
out = []
for i, (user, dt_s, kind, payload) in enumerate(MSGS):
    mid = BASE_ID + i
    ms = (T0 + dt_s) * 1000 + (mid * 37) % 1000
    if kind == "text":
        tm = {"body": payload, "payments": None, "userMentions": None, "teamMentions": None}
        mentions = [u for u in USERS if "@" + u in payload]
        if mentions:
            tm["userMentions"] = [{"text": u, "uid": USERS[u]["uid"]} for u in mentions]
        content = {"type": "text", "text": tm}
    else:
        content = {"type": "reaction", "reaction": {"m": BASE_ID + payload[0], "b": payload[1]}}
    msg = {"id": mid, "conversation_id": CONV, "channel": CHAN, "sender": USERS[user], "sent_at": ms // 1000,
           "sent_at_ms": ms, "content": content,
           "prev": [{"id": mid - 1, "hash": base64.b64encode(hashlib.sha256(f"915-{mid - 1}".encode()).digest()).decode()}],
           "unread": False}
    if kind == "text" and content["text"]["userMentions"]:
        msg["at_mention_usernames"] = [m["text"] for m in content["text"]["userMentions"]]
    msg["channel_mention"] = "none"
    out.append({"msg": msg})
out.reverse()
doc = {"result": {"messages": out, "pagination": {"next": hx("next", 24), "previous": hx("prev", 24), "num": len(out),
                                                   "last": False},
                  "ratelimits": [{"tank": "chat", "capacity": 9000, "reset": 1187, "gas": 8974}]}}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
write_only(F, text, keys(F), forms=["\n".join(m["msg"]["content"].get("text", {}).get("body", "") for m in out)])
