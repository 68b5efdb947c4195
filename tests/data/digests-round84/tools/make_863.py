#!/usr/bin/env python3
"""863: a Discord forum thread exported with DiscordChatExporter (JSON format): `guild`, `channel` (`type`
"GuildPublicThread", the parent forum as `category`), `dateRange`, `exportedAt` (seven fractional digits), then
`messages` — each with a snowflake `id` whose timestamp part equals `timestamp`, `type` ("Default", "Reply",
"ChannelPinnedMessage"), `timestampEdited`, `callEndedTimestamp`, `isPinned`, `content` (Discord Markdown with
`<…>`-wrapped links that suppress embeds, mentions resolved to @nickname), `author` (id, name, discriminator "0000",
nickname, color, isBot, roles, avatarUrl carrying the user id), `attachments` (cdn.discordapp.com URLs with
`ex` / `is` / `hm` parameters), `embeds` (link previews: title, url, description, thumbnail), `stickers`,
`reactions` (emoji with twemoji image URL, count, users), `mentions`, `inlineEmojis`, `reference` for replies and
pins — and `messageCount`; two-space indentation, raw UTF-8, no final newline. A Vietnamese AI reading community's
weekly thread on LLM agents and reasoning; a repository, a leaderboard, slides and a course are not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, fill, write_only, key_of
from make_expected import by_num, keys
import datetime

F = by_num(863)
ids = {"swe": "2310.06770", "tool": "2302.04761", "srag": "2310.11511", "voy": "2305.16291", "igpt": "2203.02155",
       "minerva": "2206.14858", "bigb": "2206.04615", "genre": "2010.00904"}
EPOCH = 1420070400000
TZ = datetime.timezone(datetime.timedelta(hours=7))
_inc = [0]


def snow(dt, worker=1, proc=0):
    ms = int(dt.timestamp() * 1000)
    _inc[0] = (_inc[0] + 7) % 4096
    return str(((ms - EPOCH) << 22) | (worker << 17) | (proc << 12) | _inc[0])


def ts(dt):
    return dt.isoformat(timespec="milliseconds")


def at(d, h, m, s, ms):
    return datetime.datetime(2024, 3, d, h, m, s, ms * 1000, tzinfo=TZ)


GUILD = {"id": "1098765432109876543", "name": "Cộng đồng Đọc Paper AI Việt",
         "iconUrl": "https://cdn.discordapp.com/icons/1098765432109876543/a3f9c0d2e1b4a5968778695a4b3c2d1e.png?size=512"}
ROLE_MOD = {"id": "1098770011223344556", "name": "Điều phối", "color": "#E67E22", "position": 4}
ROLE_MEM = {"id": "1098770099887766554", "name": "Thành viên", "color": "#3498DB", "position": 1}
USERS = {
 "minh": ("702345678901234567", "minhtq", "Minh Trần", "#E67E22", [ROLE_MOD, ROLE_MEM], "5d2c7f1e9a0b3c4d8e6f1a2b3c4d5e6f"),
 "lan": ("811223344556677889", "lananh.ng", "Lan Anh", "#3498DB", [ROLE_MEM], "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d"),
 "duc": ("934455667788990011", "duc.pham", "Đức Phạm", "#3498DB", [ROLE_MEM], "1f2e3d4c5b6a79880716253443526170"),
 "thao": ("1021334455667788990", "thao.vu", "Thảo Vũ", "#3498DB", [ROLE_MEM], "c0ffee0badc0de0123456789abcdef01"),
}


def author(u):
    i, name, nick, color, roles, av = USERS[u]
    return {"id": i, "name": name, "discriminator": "0000", "nickname": nick, "color": color, "isBot": False,
            "roles": roles, "avatarUrl": f"https://cdn.discordapp.com/avatars/{i}/{av}.png?size=512"}


def arxiv_embed(k):
    return {"title": T(k), "url": f"https://arxiv.org/abs/{k}", "timestamp": None,
            "description": CAT[key_of(k)]["abstract"], "color": None,
            "thumbnail": {"url": "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png", "width": 1200,
                          "height": 700},
            "images": [], "fields": [], "inlineEmojis": []}


def reaction(emoji, code, cp, users):
    return {"emoji": {"id": "", "name": emoji, "code": code, "isAnimated": False,
                      "imageUrl": f"https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/{cp}.svg"},
            "count": len(users), "users": [author(u) for u in users]}


MSG = []
CHANNEL_ID = None


def msg(u, dt, content, mtype="Default", ref=None, embeds=(), reactions=(), attachments=(), pinned=False,
        edited=None, mentions=()):
    m = {"id": snow(dt), "type": mtype, "timestamp": ts(dt), "timestampEdited": ts(edited) if edited else None,
         "callEndedTimestamp": None, "isPinned": pinned, "content": fill(content, ids), "author": author(u),
         "attachments": list(attachments), "embeds": list(embeds), "stickers": [], "reactions": list(reactions),
         "mentions": [author(x) for x in mentions], "inlineEmojis": []}
    if ref is not None:
        m["reference"] = {"messageId": MSG[ref]["id"], "channelId": CHANNEL_ID, "guildId": GUILD["id"]}
    MSG.append(m)
    return len(MSG) - 1


start = at(11, 21, 4, 17, 233)
CHANNEL_ID = snow(start)  # a forum thread's id is its starter message's id
_inc[0] = 0
first = msg("minh", start,
 "**Tuần 11 — LLM agent & suy luận** 🧵\n"
 "Danh sách bài chính (mỗi bài ~15 phút, tối thứ Bảy 16/3, 20:00, kênh voice #phòng-đọc):\n"
 "1. [[T:swe]] — <https://openreview.net/forum?id=[[ID:VTF8yNQM66]]> (ICLR 2024)\n"
 "2. [[T:tool]] — https://arxiv.org/abs/2302.04761\n"
 "3. [[T:voy]] — https://arxiv.org/abs/2305.16291\n"
 "4. [[T:srag]] — https://arxiv.org/abs/2310.11511\n"
 "Ai nhận bài nào thì reply + react ✋ nhé. Bài đọc thêm cứ thả vào thread.",
 embeds=[arxiv_embed("2302.04761"), arxiv_embed("2305.16291"), arxiv_embed("2310.11511")],
 reactions=[reaction("✋", "raised_hand", "270b", ["lan", "duc", "thao"]), reaction("🔥", "fire", "1f525", ["lan", "thao"])],
 pinned=True)
CHANNEL = {"id": CHANNEL_ID, "type": "GuildPublicThread", "categoryId": "1187654320987654321", "category": "đọc-paper",
           "name": "Tuần 11 · LLM agent & suy luận", "topic": None}
msg("minh", at(11, 21, 4, 29, 950), "Minh Trần pinned a message to this channel.", mtype="ChannelPinnedMessage", ref=first)
msg("lan", at(11, 21, 17, 42, 118),
 "Mình nhận Toolformer 🙋‍♀️\nNhân tiện, ai chưa đọc InstructGPT thì nên đọc trước: *[[T:igpt]]* (arXiv:2203.02155). "
 "Phần RLHF với reward model là nền cho gần như mọi thứ sau này, kể cả cách người ta fine-tune agent.",
 mtype="Reply", ref=first, reactions=[reaction("👍", "thumbsup", "1f44d", ["minh", "duc"])])
msg("duc", at(11, 22, 3, 5, 671),
 "Voyager để mình ✋ Bài này có code + demo Minecraft rất vui, mình sẽ chiếu video demo trên trang dự án "
 "(không phải paper, chỉ là trang demo).", mtype="Reply", ref=first)
msg("thao", at(12, 8, 45, 12, 406),
 "Góp ý chút: để hiểu vì sao SWE-bench khó thì nên xem lại các benchmark trước đó — "
 "\"[[T:bigb]]\" (BIG-bench, 200+ task). Với phần toán thì có Minerva: "
 "\"[[T:minerva]]\". Hai bài này mình không đọc kỹ, ai rảnh tóm tắt giúp 🙏",
 edited=at(12, 8, 47, 3, 0))
msg("minh", at(12, 9, 10, 58, 77),
 "@Thảo Vũ chuẩn. Mình sẽ nhận Self-RAG, và đọc kèm [[T:genre]] (GENRE, ICLR 2021) — ý tưởng sinh thẳng tên thực thể "
 "bằng seq2seq thay vì tìm kiếm vector, đọc xong thấy phần \"retrieve on demand\" của Self-RAG dễ hiểu hơn hẳn.",
 mtype="Reply", ref=4, mentions=["thao"])
msg("thao", at(12, 20, 31, 44, 902),
 "Repo chính thức của SWE-bench: <https://github.com/princeton-nlp/SWE-bench> — leaderboard ở swebench.com "
 "(leaderboard thôi, không phải paper). Mình nhận SWE-bench nhé, sẽ chạy thử harness trên 1–2 issue.",
 reactions=[reaction("💯", "100", "1f4af", ["minh"])])
att_dt = at(15, 23, 12, 9, 345)
att_id = snow(att_dt)
msg("duc", att_dt, "Slide Voyager (bản nháp), mọi người góp ý giúp mình:",
 attachments=[{"id": att_id, "url": f"https://cdn.discordapp.com/attachments/{CHANNEL_ID}/{att_id}/voyager_slides_v1.pdf"
               "?ex=6602b3c1&is=65f03ec1&hm=4e9a1c0b7d3f25e8a6b9c2d1f0e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1&",
               "fileName": "voyager_slides_v1.pdf", "fileSizeBytes": 2384117}])
msg("lan", at(16, 19, 40, 2, 530),
 "Nhắc lịch: 20:00 tối nay ở #phòng-đọc 🎧 Thứ tự: SWE-bench → Toolformer → Voyager → Self-RAG. "
 "Ai muốn học thêm nền tảng thì khóa Stanford CS25 (Transformers United) có mấy buổi về agent.")

doc = {"guild": GUILD, "channel": CHANNEL, "dateRange": {"after": None, "before": None},
       "exportedAt": "2024-03-17T09:02:11.5830481+07:00", "messages": MSG, "messageCount": len(MSG)}
text = json.dumps(doc, ensure_ascii=False, indent=2)
if __name__ == "__main__":
    write_only(F, text, keys(F))
