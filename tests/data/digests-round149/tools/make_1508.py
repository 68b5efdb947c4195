#!/usr/bin/env python3
"""1508: a Japanese lab's Slack paper bot, debugged over ssh: `cat` of its Eliot log (JSON lines, json.dumps with
ASCII escapes, so the Japanese arrives as \\uXXXX) and eliot-tree's rendering of the same tasks (decoded, box-drawing
tree, ⇒ statuses, ⧖ durations)."""
import datetime as dt, hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1508)
P = "kenta@ronbun-bot:/srv/ronbun-bot$ "
T0 = 1717376400.0  # 2024-06-03 01:00:00 UTC
# (action_type, start fields, [(message_type, fields)], status, end fields, offset s, duration s)
TASKS = [
    ("paper:add", {"added_by": "sato.kenta", "channel": "#論文", "text": "https://arxiv.org/abs/2001.08361 スケーリング則の元祖"},
     [("paper:resolve", {"title": T("2001.08361"), "url": "https://arxiv.org/abs/2001.08361"})], "succeeded", {"row": 41}, 724.318, 0.842),
    ("paper:add", {"added_by": "nakamura.y", "channel": "#論文", "text": "Chinchilla https://arxiv.org/abs/2203.15556"},
     [("paper:resolve", {"title": T("2203.15556"), "url": "https://arxiv.org/abs/2203.15556"})], "succeeded", {"row": 42}, 1391.027, 1.204),
    ("paper:add", {"added_by": "nakamura.y", "channel": "#論文", "text": "PaLM も https://arxiv.org/abs/2204.02311"},
     [("paper:resolve", {"title": T("2204.02311"), "url": "https://arxiv.org/abs/2204.02311"})], "succeeded", {"row": 43}, 1422.55, 0.967),
    ("paper:add", {"added_by": "ito.mai", "channel": "#論文", "text": "https://arxiv.org/pdf/2307.09288.pdf"},
     [("paper:resolve", {"title": T("2307.09288"), "url": "https://arxiv.org/pdf/2307.09288.pdf"})], "succeeded", {"row": 44}, 3307.904, 2.411),
    ("paper:add", {"added_by": "ito.mai", "channel": "#論文", "text": "https://www.youtube.com/watch?v=kCc8FmEb1nY"},
     [], "failed", {"exception": "ronbun.errors.NotAPaper", "reason": "arXiv でも OpenReview でもない URL（動画）"}, 3361.12, 0.015),
    ("paper:add", {"added_by": "sato.kenta", "channel": "#論文", "text": T("2306.11644") + " arXiv:2306.11644 （リンクは後で）"},
     [("paper:resolve", {"title": T("2306.11644"), "arxiv": "2306.11644", "url": "なし"})], "succeeded", {"row": 45}, 5012.433, 0.031),
    ("paper:add", {"added_by": "takahashi.r", "channel": "#論文", "text": GPT2 + "（OpenAI のレポート、arXiv なし）"},
     [("paper:resolve", {"title": GPT2, "lookup": "skipped", "url": "なし"})], "succeeded", {"row": 46}, 6120.7, 0.012),
    ("paper:add", {"added_by": "takahashi.r", "channel": "#論文", "text": T("2206.07682")},
     [("paper:resolve", {"title": T("2206.07682"), "lookup": "skipped", "url": "なし"})], "succeeded", {"row": 47}, 6188.215, 0.011),
    ("link:add", {"added_by": "nakamura.y", "channel": "#論文", "text": "評価は https://github.com/EleutherAI/lm-evaluation-harness で"},
     [("link:classify", {"kind": "repo", "note": "論文ではないので別シートへ"})], "succeeded", {"sheet": "ツール", "row": 9}, 7043.9, 0.021),
    ("paper:add", {"added_by": "sato.kenta", "channel": "#論文", "text": T("2207.05221") + " 較正の話、木曜の輪読で"},
     [("paper:resolve", {"title": T("2207.05221"), "lookup": "skipped", "url": "なし"})], "succeeded", {"row": 48}, 8410.61, 0.013),
    ("link:add", {"added_by": "ito.mai", "channel": "#論文", "text": "Open LLM Leaderboard https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard"},
     [("link:classify", {"kind": "leaderboard", "note": "論文ではないので別シートへ"})], "succeeded", {"sheet": "ツール", "row": 10}, 9015.37, 0.019),
]
STD = ("timestamp", "task_uuid", "task_level", "action_type", "action_status", "message_type")


def uid(i):
    return str(uuid.UUID(hashlib.md5(f"ronbun-{i}".encode()).hexdigest(), version=4))


def records():
    out = []
    for i, (at, sf, msgs, st, ef, off, dur) in enumerate(TASKS):
        u, t = uid(i), T0 + off + int(hashlib.md5(f"t{i}".encode()).hexdigest()[:4], 16) % 997 / 1e6
        out.append({"action_status": "started", "action_type": at, **sf, "timestamp": round(t, 6), "task_uuid": u, "task_level": [1]})
        for j, (mt, mf) in enumerate(msgs):
            out.append({"message_type": mt, **mf, "timestamp": round(t + dur / 2 + j * 0.000113, 6), "task_uuid": u, "task_level": [2 + j]})
        out.append({"action_status": st, "action_type": at, **ef, "timestamp": round(t + dur + (i % 7) * 0.000041, 6), "task_uuid": u, "task_level": [2 + len(msgs)]})
    return out


def ts(x):
    return dt.datetime.fromtimestamp(x, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


def fields(r, pre):
    ks = [k for k in r if k not in STD]
    return [pre + ("└── " if n == len(ks) - 1 else "├── ") + f"{k}: {r[k]}" for n, k in enumerate(ks)]


def tree(recs):
    out, by = [], {}
    for r in recs: by.setdefault(r["task_uuid"], []).append(r)
    for u, rs in by.items():
        start, end, mids = rs[0], rs[-1], rs[1:-1]
        lv = lambda r: "/".join(map(str, r["task_level"]))
        out.append(u)
        out.append(f"└── {start['action_type']}/{lv(start)} ⇒ {start['action_status']} {ts(start['timestamp'])} ⧖ {end['timestamp'] - start['timestamp']:.3f}s")
        for l in fields(start, "    "): out.append(l.replace("    └── ", "    ├── ", 1))
        for m in mids:
            out.append(f"    ├── {m['message_type']}/{lv(m)} {ts(m['timestamp'])}")
            out += fields(m, "    │   ")
        out.append(f"    └── {end['action_type']}/{lv(end)} ⇒ {end['action_status']} {ts(end['timestamp'])}")
        out += fields(end, "        ")
        out.append("")
    return out


def build():
    recs = records()
    raw = [json.dumps(r) for r in recs]
    out = [P + "systemctl --user status ronbun-bot | head -n 3",
           "● ronbun-bot.service - 論文ボット (Slack → スプレッドシート)",
           "     Loaded: loaded (/home/kenta/.config/systemd/user/ronbun-bot.service; enabled; preset: enabled)",
           "     Active: active (running) since Mon 2024-06-03 09:58:12 JST; 3h 1min ago",
           P + "wc -l logs/ronbun.log", f"{len(raw)} logs/ronbun.log",
           P + "cat logs/ronbun.log"] + raw + [P + "eliot-tree logs/ronbun.log"] + tree(recs)
    out.append(P + "# 動画の URL で落ちるのは仕様どおり。lm-evaluation-harness とリーダーボードは「ツール」シートに入った")
    out.append(P)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
