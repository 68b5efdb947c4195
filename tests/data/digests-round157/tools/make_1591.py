#!/usr/bin/env python3
"""1591: a Japanese researcher's xBrowserSync backup file (Settings > Backup, xbs_backup_YYYYMMDDhhmmss.json): the
xbrowsersync object with date, sync (id, type, url) and data.bookmarks, the "[xbs] Toolbar / Other / Mobile" containers,
folders with children, bookmarks with title, url, description (the page's meta description, or her own words), tags
and ids numbered depth first. Built from the modelled bookmark tree."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1591)
ABS = lambda i: f"Abstract page for arXiv paper {i}: {T(i)}"
TREE = [
    ("[xbs] Toolbar", [
        ("論文", [
            ("エージェント", [
                {"title": f"[2304.03442] {T('2304.03442')}", "url": "https://arxiv.org/abs/2304.03442", "description": ABS("2304.03442"), "tags": ["エージェント", "シミュレーション"]},
                {"title": f"{T('2210.03629')} | OpenReview", "url": "https://openreview.net/forum?id=" + OR("2210.03629"),
                 "description": "ICLR 2023。推論（Thought）と行動（Action）を交互に出す。HotpotQA と ALFWorld の実験を確認すること", "tags": ["エージェント", "プロンプト"]},
                {"title": "GitHub - cpacker/MemGPT: Create LLM agents with long-term memory and custom tools", "url": "https://github.com/cpacker/MemGPT",
                 "description": f"論文は {T('2310.08560')}（arXiv:2310.08560）。これはコードの方", "tags": ["エージェント", "メモリ", "コード"]},
            ]),
            ("ロボット・強化学習", [
                {"title": T("2307.15818"), "url": "https://arxiv.org/pdf/2307.15818.pdf", "tags": ["ロボット", "VLA"]},
                {"title": T("2204.01691"), "url": "https://say-can.github.io/", "description": "SayCan のプロジェクトページ。動画とデモあり。論文PDFはページ上部から", "tags": ["ロボット"]},
                {"title": f"[2106.01345] {T('2106.01345')}", "url": "https://arxiv.org/abs/2106.01345v2", "description": ABS("2106.01345"), "tags": ["強化学習", "系列モデル"]},
                {"title": T("2106.02039"), "url": "https://trajectory-transformer.github.io/", "description": "Trajectory Transformer（Janner ほか, NeurIPS 2021）のページ。Decision Transformer と同時期", "tags": ["強化学習", "系列モデル"]},
                {"title": f"{AGZ} | Nature", "url": "https://www.nature.com/articles/nature24270", "description": "AlphaGo Zero。大学のプロキシ経由で読める", "tags": ["強化学習", "古典"]},
            ]),
        ]),
        ("ツール", [
            {"title": "Introduction | 🦜️🔗 LangChain", "url": "https://python.langchain.com/docs/get_started/introduction", "tags": ["ドキュメント"]},
            {"title": "Gymnasium Documentation", "url": "https://gymnasium.farama.org/", "description": "A standard API for reinforcement learning and a diverse set of reference environments (formerly Gym)", "tags": ["ドキュメント", "強化学習"]},
        ]),
        ("勉強会", [
            {"title": "LLMエージェント勉強会 #3（オンライン）", "url": "https://benkyokai.example.jp/events/llm-agents-3", "description": "4/25 19:30〜 発表枠は埋まった", "tags": ["勉強会"]},
            {"title": "LLM Powered Autonomous Agents | Lil'Log", "url": "https://lilianweng.github.io/posts/2023-06-23-agent/", "description": "ブログ記事（論文ではない）。全体像を掴むのに便利", "tags": ["ブログ", "エージェント"]},
        ]),
    ]),
    ("[xbs] Other", [
        {"title": "研究室 Wiki - 計算機の予約", "url": "https://wiki.kenkyu-lab.example.jp/gpu-yoyaku"},
        {"title": "arXiv cs.RO new submissions", "url": "https://arxiv.org/list/cs.RO/new", "tags": ["ロボット"]},
    ]),
    ("[xbs] Mobile", [
        {"title": "Papers with Code - Robot Manipulation", "url": "https://paperswithcode.com/task/robot-manipulation", "tags": ["リーダーボード"]},
    ]),
]


def number(node, ctr):
    if isinstance(node, tuple):
        title, kids = node
        ctr[0] += 1
        me = ctr[0]
        return {"title": title, "children": [number(k, ctr) for k in kids], "id": me}
    ctr[0] += 1
    d = {k: node[k] for k in ("title", "url", "description", "tags") if node.get(k)}
    d["id"] = ctr[0]
    return d


def build():
    ctr = [0]
    bms = [number(n, ctr) for n in TREE]
    out = {"xbrowsersync": {"date": "20240412143015",
                            "sync": {"id": hashlib.md5(b"haruka-sato-sync").hexdigest(), "type": "xbrowsersync",
                                     "url": "https://api.xbrowsersync.org"},
                            "data": {"bookmarks": bms}}}
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
