#!/usr/bin/env python3
"""1091: a Japanese company's AI lab runs a reading group on LLM evaluation and agents and books it in Garoon
(Cybozu's groupware); a member saved the answer of Garoon's REST API
`GET /g/api/v1/schedule/events?rangeStart=2024-02-01T00:00:00%2B09:00&rangeEnd=2024-04-30T23:59:59%2B09:00&target=7&targetType=user&orderBy=start%20asc`
(compact JSON, UTF-8 raw, no final newline): `events` (each with id, creator, createdAt, updater, updatedAt, eventType,
eventMenu, subject, notes, visibilityType, useAttendanceCheck, companyInfo, attachments, start / end with dateTime and
timeZone, isAllDay, isStartOnly, originalStartTimeZone, originalEndTimeZone, attendees with attendanceResponse,
facilities, facilityUsingPurpose, facilityReservationInfo, facilityUsageRequests, watchers, additionalItems) and
`hasNext`. Six events on the organiser's schedule: five sessions in the same meeting room (attendance
check on) and an all-day deadline without a room. The lm-evaluation-harness and
FastChat repositories and the Chatbot Arena leaderboard are not papers; "MMLU", "MT-Bench", "CoT", "ReAct",
"AgentBench", "RT-2", "GCG" are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1091)
K = dict(cot="2201.11903", judge="2306.05685", lost="2307.03172", react="2210.03629", agentb="2308.03688",
         mmlu="2009.03300", gcg="2307.15043", rt2="2307.15818")
U = {"sato": ("7", "佐藤 美咲"), "tanaka": ("12", "田中 健太"), "ito": ("15", "伊藤 翔"), "kobayashi": ("21", "小林 由衣"),
     "nakamura": ("23", "中村 大輔"), "yamada": ("4", "山田 直樹")}
ROOM = {"id": "12", "code": "mtg-7f-b", "name": "7F 会議室B"}
TZ = "Asia/Tokyo"


def user(u):
    return {"id": U[u][0], "code": u, "name": U[u][1]}


def att(u, status="PENDING", comment=""):
    return dict(user(u), type="USER", attendanceResponse={"status": status, "comment": comment})


def ev(eid, creator, created, updater, updated, subject, notes, start, end, attendees, menu="勉強会", allday=False,
       attachments=(), rooms=True):
    return {
        "id": eid, "creator": user(creator), "createdAt": created, "updater": user(updater), "updatedAt": updated,
        "eventType": "ALL_DAY" if allday else "REGULAR", "eventMenu": menu, "subject": subject, "notes": notes,
        "visibilityType": "PUBLIC", "useAttendanceCheck": rooms,
        "companyInfo": {"name": "", "zipCode": "", "address": "", "route": "", "routeTime": "", "routeFare": "", "phone": ""},
        "attachments": list(attachments),
        "start": {"dateTime": start, "timeZone": TZ}, "end": {"dateTime": end, "timeZone": TZ},
        "isAllDay": allday, "isStartOnly": False, "originalStartTimeZone": TZ, "originalEndTimeZone": TZ,
        "attendees": attendees, "facilities": [ROOM] if rooms else [], "facilityUsingPurpose": "輪読会" if rooms else "",
        "facilityReservationInfo": {}, "facilityUsageRequests": [], "watchers": [],
        "additionalItems": {"item": {"value": ""}},
    }


ALL = ["sato", "tanaka", "ito", "kobayashi", "nakamura"]


def members(accepted=(), declined=()):
    return [att(u, "ACCEPTED" if u in accepted else "DECLINED" if u in declined else "PENDING",
                "出張のため欠席します" if u in declined else "") for u in ALL]


events = [
 ev("30411", "sato", "2024-01-25T10:02:17+09:00", "sato", "2024-02-05T18:40:03+09:00",
    "【輪読会】LLM評価・エージェント 第1回",
    "発表: 伊藤\n論文: " + T(K["mmlu"]) + "\n57科目の多肢選択ベンチマーク。few-shot設定の作り方と、社内モデルのスコアが低い科目を確認する。\n"
    "参考（論文ではない）: EleutherAI lm-evaluation-harness https://github.com/EleutherAI/lm-evaluation-harness\n"
    "Teams参加URLは初回案内メールを参照してください。",
    "2024-02-06T16:00:00+09:00", "2024-02-06T17:30:00+09:00", members(ALL)),
 ev("30412", "sato", "2024-01-25T10:05:44+09:00", "tanaka", "2024-02-19T12:11:29+09:00",
    "【輪読会】LLM評価・エージェント 第2回",
    "発表: 田中\n論文: " + T(K["judge"]) + "\nhttps://arxiv.org/abs/2306.05685\n"
    "MT-Benchの判定プロンプトと位置バイアスの話が中心。Chatbot Arenaのリーダーボード（https://chat.lmsys.org/?leaderboard）も少し見る。\n"
    "コード: https://github.com/lm-sys/FastChat",
    "2024-02-20T16:00:00+09:00", "2024-02-20T17:30:00+09:00", members(["sato", "tanaka", "ito", "kobayashi"], ["nakamura"]),
    attachments=[{"id": "88102", "name": "llm-as-a-judge_tanaka.pdf", "contentType": "application/pdf", "size": "2318044"}]),
 ev("30413", "sato", "2024-01-25T10:06:30+09:00", "kobayashi", "2024-03-04T09:27:51+09:00",
    "【輪読会】LLM評価・エージェント 第3回",
    "発表: 小林\n論文1: " + T(K["cot"]) + "\nhttps://openreview.net/forum?id=_VjQlMeSB_J （NeurIPS 2022、査読コメントも面白い）\n"
    "論文2: " + T(K["react"]) + " (arXiv:2210.03629)\n推論だけのCoTと、行動を挟むReActの違いを HotpotQA の例で比較する。",
    "2024-03-05T16:00:00+09:00", "2024-03-05T17:30:00+09:00", members(["sato", "ito", "kobayashi"])),
 ev("30467", "yamada", "2024-02-28T15:20:09+09:00", "yamada", "2024-02-28T15:20:09+09:00",
    "輪読会 担当者決め 締切", "第6回以降の発表希望をスレッドに書いてください。候補が重なったら山田が調整します。",
    "2024-03-15T00:00:00+09:00", "2024-03-15T23:59:59+09:00", [att("yamada")] + [att(u) for u in ALL], menu="", allday=True, rooms=False),
 ev("30414", "sato", "2024-01-25T10:07:02+09:00", "nakamura", "2024-03-01T17:45:12+09:00",
    "【輪読会】LLM評価・エージェント 第4回",
    "発表: 中村\n論文1: " + T(K["agentb"]) + "（arXiv:2308.03688）\n8種類の環境でエージェントとしてのLLMを評価。OS・DB・知識グラフのタスクを中心に。\n"
    "論文2（ロボット応用、時間があれば）: " + T(K["rt2"]),
    "2024-03-19T16:00:00+09:00", "2024-03-19T17:30:00+09:00", members()),
 ev("30415", "sato", "2024-01-25T10:07:40+09:00", "sato", "2024-03-04T09:30:16+09:00",
    "【輪読会】LLM評価・エージェント 第5回",
    "発表: 佐藤\n論文1: " + T(K["lost"]) + "\nhttps://arxiv.org/pdf/2307.03172\n長い文脈の真ん中にある情報が使われにくい問題。社内RAGの検索件数設定と関係あり。\n"
    "論文2: " + T(K["gcg"]) + "\n安全性の回。GCG攻撃の再現は検証環境のみで行うこと。",
    "2024-04-02T16:00:00+09:00", "2024-04-02T17:30:00+09:00", members()),
]
events.sort(key=lambda e: e["start"]["dateTime"])
text = json.dumps({"events": events, "hasNext": False}, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
