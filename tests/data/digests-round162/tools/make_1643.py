#!/usr/bin/env python3
"""1643: a Sendbird data export (messages, JSON) of one group channel of an invented Seoul AI start-up's in-app team
chat, Korean: an array of Platform-API message objects, oldest first, pretty-printed with two spaces, UTF-8; user
messages (MESG) with the sender's user object, mentions, reactions, thread replies (parent_message_id) and link
previews (og_tag), admin messages (ADMM) without a user, a file message (FILE) on the file CDN; created_at in
milliseconds, message ids increasing."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1643)
KST = dt.timezone(dt.timedelta(hours=9))
APP = "7C1E5A2B-93D4-4F0A-B1E6-2D8C4A9F3E71"
CH = "sendbird_group_channel_208457331_5c0f3a9b8e21d47a6b3c9e0d1f2a4b5c6d7e8f90"
U = {"u_1002": "박서연", "u_1007": "김민준", "u_1011": "이도윤", "u_1015": "정하은", "u_1023": "이준호"}
prof = lambda u: f"https://sendbird.example.kr/profile/{hashlib.md5(u.encode()).hexdigest()[:16]}.jpg"


def user(u):
    return {"user_id": u, "nickname": U[u], "profile_url": prof(u), "metadata": {}, "role": "", "is_active": True}


def og(url, title):
    return {"og:url": url, "og:title": title, "og:description": "arXiv.org e-Print archive",
            "og:image": {"url": "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png", "width": 1200, "height": 700}}


# (kind, user, (day, h, m, s), text, extra)
M = [
    ("ADMM", None, (10, 9, 30, 2), "박서연 님이 채널을 만들었습니다.", {}),
    ("MESG", "u_1002", (10, 9, 31, 40),
     "이번 분기 읽기 모임 채널입니다 🙌 생성 모델 트랙이랑 에이전트 트랙 나눠서 후보 올려 주세요. 금요일까지 이모지로 투표!", {}),
    ("MESG", "u_1002", (10, 9, 35, 12),
     f"생성 모델 1번 후보: {T('2105.05233')} https://arxiv.org/abs/2105.05233 classifier guidance 처음 나온 논문이에요",
     {"og": ("https://arxiv.org/abs/2105.05233", T('2105.05233'))}),
    ("MESG", "u_1007", (10, 10, 4, 51),
     f"요즘 제품에 쓰는 게 SD3 계열이니까 {T('2403.03206')} https://arxiv.org/pdf/2403.03206 도 꼭 했으면 합니다. rectified flow 설명은 제가 할게요",
     {"og": ("https://arxiv.org/pdf/2403.03206", T('2403.03206'))}),
    ("MESG", "u_1011", (10, 10, 22, 9),
     f"기초부터 가려면 score matching 원조인 {T('1907.05600')} (arXiv:1907.05600) 먼저 보는 게 좋을 것 같아요. NCSN", {}),
    ("MESG", "u_1002", (10, 10, 25, 33),
     f"@이도윤 좋아요. 그럼 DALL·E 2 논문 {T('2204.06125')} 도 같이 보면 흐름이 이어질 듯", {"parent": 4, "mention": ["u_1011"]}),
    ("FILE", "u_1007", (10, 11, 2, 17), "", {"file": ("fid_vs_steps_sd3_ours.png", "image/png", 184233)}),
    ("MESG", "u_1007", (10, 11, 3, 5), "어제 돌린 FID vs 샘플링 스텝 그래프입니다. 28스텝 이후로는 거의 차이 없음", {}),
    ("MESG", "u_1015", (10, 14, 48, 20),
     f"에이전트 트랙 후보: {T('2302.04761')} https://arxiv.org/abs/2302.04761 그리고 RAG 쪽으로 {T('2310.11511')} https://arxiv.org/abs/2310.11511v1",
     {"og": ("https://arxiv.org/abs/2302.04761", T('2302.04761'))}),
    ("MESG", "u_1011", (10, 15, 10, 44),
     f"@정하은 {T('2303.11366')} 도 넣어 주세요. 우리 코드 리뷰 에이전트에 self-reflection 붙여 보자는 얘기 나왔었잖아요",
     {"mention": ["u_1015"]}),
    ("MESG", "u_1007", (11, 9, 12, 8),
     f"latent 쪽 하나 더: NVIDIA의 {T('2106.05931')} (LSGM). 좀 어렵긴 한데 VAE+score 결합이라 재밌어요", {}),
    ("ADMM", None, (11, 13, 0, 0), "이준호 님이 초대되었습니다.", {}),
    ("MESG", "u_1023", (11, 13, 4, 37), "안녕하세요! 이번 주에 합류한 이준호입니다. 에이전트 트랙 참여할게요 🙂", {}),
    ("MESG", "u_1002", (14, 18, 0, 12),
     "투표 결과: 생성 모델은 SD3 → Diffusion beat GANs → NCSN 순서, 에이전트는 Toolformer → Reflexion → Self-RAG. 첫 모임은 3/20(목) 오후 4시 회의실 B입니다. 노션에 일정 올려 둘게요",
     {"react": {"thumbsup": ["u_1007", "u_1011", "u_1015", "u_1023"]}}),
]
reacts = {2: {"fire": ["u_1007", "u_1011"]}, 3: {"thumbsup": ["u_1002", "u_1015"]}, 8: {"eyes": ["u_1002"]},
          9: {"thumbsup": ["u_1011", "u_1023"]}}
msgs, ids = [], []
base = 7391048221
for i, (kind, u, (d, h, mi, s), text, ex) in enumerate(M):
    t = dt.datetime(2025, 3, d, h, mi, s, tzinfo=KST)
    ms = int(t.timestamp()) * 1000 + int(hashlib.md5(f"{i}".encode()).hexdigest(), 16) % 1000
    mid = base + i * 137 + int(hashlib.md5(text.encode()).hexdigest(), 16) % 97
    ids.append(mid)
    m = {"type": kind, "message_id": mid}
    if kind in ("MESG", "ADMM"): m["message"] = text
    m.update({"data": "", "custom_type": "", "created_at": ms, "updated_at": 0, "channel_url": CH, "channel_type": "group"})
    if kind == "FILE":
        name, typ, size = ex["file"]
        m["file"] = {"url": f"https://file-ap-2.sendbird.com/{hashlib.md5(name.encode()).hexdigest()}.png",
                     "name": name, "type": typ, "size": size, "data": ""}
    if u:
        m["user"] = user(u)
        m["mention_type"] = "users"
        m["mentioned_users"] = [user(x) for x in ex.get("mention", [])]
        m["parent_message_id"] = ids[ex["parent"]] if "parent" in ex else 0
        r = ex.get("react") or reacts.get(i) or {}
        m["reactions"] = [{"key": k, "user_ids": sorted(v), "updated_at": ms + 60000 * (j + 1)} for j, (k, v) in enumerate(r.items())]
        if "og" in ex: m["og_tag"] = og(*ex["og"])
    m["is_removed"] = False
    msgs.append(m)
assert ids == sorted(ids) and [m["created_at"] for m in msgs] == sorted(m["created_at"] for m in msgs)
text = json.dumps(msgs, ensure_ascii=False, indent=2) + "\n"
write_only(F, text, keys(F))
