#!/usr/bin/env python3
"""Builds digests/225_scrapbox_cosense_project_export_japanese_long_context.json: the page export of a Scrapbox
(now Cosense) project of a Japanese reading group ("Export Pages" with metadata): name, displayName, exported, users,
pages; each page with title, created, updated, id (24 hex) and lines as objects {text, created, updated, userId}; the
first line of a page is its title. Pretty-printed with two spaces (JSON.stringify(…, null, 2)), UTF-8 kept, no final
newline. Scrapbox notation in the lines: [* bold] / [** bigger] headings, [/ italic], internal links [page],
[user.icon], #tags, external links in both orders ([url label] and [label url]), lines indented with spaces for
bullets, a "table:" block (indented rows, tab-separated cells) and a "code:" block.

Evidence: Longformer's [url title] and S4's [url title] abs links, the practical survey's [title url] pdf v2 link (link);
Reformer's and LRA's [title url] OpenReview forum links and RFA's OpenReview pdf link (link); "Linformer: …
(arXiv:2006.04768)" in a table cell and "Mamba: … 2312.00752" (arxiv-text); Transformer-XL, Big Bird and Performer
in table cells, sparse transformers, FLASH ("Transformer Quality in Linear Time") and the feedback-memory paper under
its first arXiv title in bullets (title-only). Non-papers: a Papers with Code leaderboard, the group's own pages.
HiPPO, S4, GAU, Path-X, LRA are nicknames. People, ids and times are invented."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "225_scrapbox_cosense_project_export_japanese_long_context.json")
USERS = [("65a1f3c29d8e4b0017c4e2a1", "yamada", "山田 葵"), ("65a1f40b9d8e4b0017c4e2b7", "sato", "佐藤 拓海"),
         ("65a1f4519d8e4b0017c4e2c3", "suzuki", "鈴木 彩"), ("65a1f4a79d8e4b0017c4e2d9", "ito", "伊藤 陸")]
UID = {u[1]: u[0] for u in USERS}
T = 1711929600  # 2024-04-01 00:00 UTC

PAGES = [
    ("65f0a1c8e3b14d001e2f7a10", "長文脈Transformer輪読会 2024春", T + 3600 * 10, [
        ("yamada", 0, "長文脈Transformer輪読会 2024春"),
        ("yamada", 0, "[yamada.icon] 4月開始、毎週水曜 19:00〜 (Zoom)。担当者はスライド5枚まで。"),
        ("yamada", 0, "#輪読会 #長文脈"),
        ("yamada", 0, ""),
        ("yamada", 0, "[* スケジュール]"),
        ("yamada", 0, "table:schedule"),
        ("yamada", 0, " 回\t論文\t担当"),
        ("yamada", 0, " 1\tTransformer-XL: Attentive Language Models Beyond a Fixed-Length Context\t[yamada]"),
        ("sato", 2, " 2\t[Reformer: The Efficient Transformer https://openreview.net/forum?id=rkgNKkHtvB]\t[sato]"),
        ("suzuki", 3, " 3\t[https://arxiv.org/abs/2004.05150 Longformer: The Long-Document Transformer]\t[suzuki]"),
        ("yamada", 0, " 4\tBig Bird: Transformers for Longer Sequences\t[yamada]"),
        ("ito", 5, " 5\tLinformer: Self-Attention with Linear Complexity (arXiv:2006.04768)\t[ito]"),
        ("sato", 2, " 6\tRethinking Attention with Performers\t[sato]"),
        ("yamada", 0, ""),
        ("yamada", 0, "[* 背景として読むもの]"),
        ("yamada", 1, " Generating Long Sequences with Sparse Transformers — 固定パターンの疎な注意の元祖"),
        ("suzuki", 3, " [A Practical Survey on Faster and Lighter Transformers https://arxiv.org/pdf/2103.14636v2] 全体の地図として便利。v2で表が更新されている"),
        ("suzuki", 3, "  分類の図(Figure 2)だけでも見ておくこと"),
        ("yamada", 1, ""),
        ("yamada", 1, "[* 関連ページ]"),
        ("yamada", 1, " [長文脈ベンチマーク] / [状態空間モデル メモ]"),
    ]),
    ("65f3c7d2e3b14d001e2f8b44", "長文脈ベンチマーク", T + 86400 * 2 + 3600 * 12, [
        ("sato", 0, "長文脈ベンチマーク"),
        ("sato", 0, "[Long Range Arena: A Benchmark for Efficient Transformers https://openreview.net/forum?id=qVyeW-grC2k]"),
        ("sato", 0, " 6タスク、入力長は1K〜16Kトークン。[* Path-X]はほとんどの手法がチャンスレート"),
        ("sato", 0, " リーダーボード(論文ではない): https://paperswithcode.com/dataset/lra"),
        ("ito", 1, "[/ 注意: ベンチマークの数字は実装によってかなり変わる]"),
        ("sato", 0, "#長文脈 #ベンチマーク"),
    ]),
    ("65f6e0a4e3b14d001e2f9c5e", "状態空間モデル メモ", T + 86400 * 5 + 3600 * 13, [
        ("ito", 0, "状態空間モデル メモ"),
        ("ito", 0, "[** S4とその後]"),
        ("ito", 0, " [https://arxiv.org/abs/2111.00396 Efficiently Modeling Long Sequences with Structured State Spaces] (S4)"),
        ("ito", 0, "  HiPPO行列で初期化、学習時は畳み込みとして並列に計算"),
        ("ito", 1, " Mamba: Linear-Time Sequence Modeling with Selective State Spaces 2312.00752 ← 入力に依存するSSM"),
        ("ito", 1, "[** 注意を線形化する系統]"),
        ("sato", 2, " [https://openreview.net/pdf?id=QtTKTdVrFBB Random Feature Attention] (ICLR 2021)"),
        ("yamada", 3, " Transformer Quality in Linear Time はGAU(ゲート付きの単頭注意)"),
        ("yamada", 3, " フィードバックメモリ: Accessing Higher-level Representations in Sequential Transformers with Feedback Memory (arXivの旧題)"),
        ("ito", 4, "code:scan.py"),
        ("ito", 4, " def scan(a, b, x):"),
        ("ito", 4, "     h, ys = 0.0, []"),
        ("ito", 4, "     for t in range(len(x)):"),
        ("ito", 4, "         h = a[t] * h + b[t] * x[t]"),
        ("ito", 4, "         ys.append(h)"),
        ("ito", 4, "     return ys"),
        ("ito", 4, ""),
        ("ito", 4, "#状態空間モデル"),
    ]),
    ("65f0a0e1e3b14d001e2f7a02", "yamada", T + 3600 * 9, [
        ("yamada", 0, "yamada"),
        ("yamada", 0, "[yamada.icon]"),
        ("yamada", 0, "M2。長文脈モデルと検索拡張に興味あり。"),
    ]),
]


def page(pid, title, created, lines):
    out, upd = [], created
    for i, (user, step, text) in enumerate(lines):
        c = created + step * 5400 + i * 7
        out.append({"text": text, "created": c, "updated": c + (1800 if "v2" in text else 0), "userId": UID[user]})
        upd = max(upd, out[-1]["updated"])
    return {"title": title, "created": created, "updated": upd, "id": pid, "lines": out}


pages = sorted((page(*p) for p in PAGES), key=lambda p: -p["updated"])
DATA = {"name": "longctx-rg", "displayName": "長文脈輪読会", "exported": max(p["updated"] for p in pages) + 86400 * 3 + 1234,
        "users": [{"id": i, "name": n, "displayName": d} for i, n, d in USERS], "pages": pages}

if __name__ == "__main__":
    TEXT = json.dumps(DATA, ensure_ascii=False, indent=2)
    check_no_distractor(TEXT, "225")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
