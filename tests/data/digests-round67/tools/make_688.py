#!/usr/bin/env python3
"""688: `rg --json -i -C1 '論文|arxiv' notes/` over a Japanese researcher's Markdown notes folder, as ripgrep 14 prints
it: one compact serde_json object per line, raw UTF-8; per file a "begin", "context" / "match" lines (line_number,
absolute_offset = byte offset of the line, submatches with byte start / end), an "end" with binary_offset null and
the file's stats (bytes_searched = file size, bytes_printed = bytes of that file's begin / match / context lines);
finally the "summary" object with sorted keys. Files without a match print nothing. Topic: large language models."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F688, keys, GPT2

PAT = re.compile("論文|arxiv", re.I)


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" ほか" if len(a) > n else "")


FILES = [
 ("notes/2024/04-llm-rinko.md", [
  "# LLM 輪講メモ（2024年4月）", "", "場所: 3号館 412 / オンライン併用。担当は前日までに資料を共有すること。", "",
  "## 4/08 担当: 佐伯", "",
  f"- 論文: {T('2204.02311')}（{au('2204.02311')}）arXiv:2204.02311",
  "  - 540B、Pathways で 6144 チップ。損失スパイクの対処（再開 + バッチ飛ばし）が実務的に面白い。",
  "  - 議論: うちの 7B 事前学習でもスパイクが出ている件、ログを見直す。", "",
  "## 4/15 担当: 森下", "",
  f"- 論文: {T(GPT2)}（{au(GPT2)}）",
  "  - PDF は OpenAI のサイトのみ、リンクは輪講フォルダに置いた。ゼロショットの評価の仕方を確認。",
  "- 参考（論文ではない）: nanoGPT のリポジトリで 124M を再現した人のブログ。", "",
  "## 4/22 担当: 田村", "",
  f"- 論文: {T('2203.02155')}",
  f"  - {au('2203.02155', 3)} / https://arxiv.org/abs/2203.02155",
  "  - SFT → 報酬モデル → PPO の三段階。ラベラーの指示書（付録）も読むこと。", "",
  "次回以降の候補は 05 のファイルへ。",
 ]),
 ("notes/2024/05-llm-rinko.md", [
  "# LLM 輪講メモ（2024年5月）", "", "GW のため 5/06 は休み。", "",
  "## 5/13 担当: 佐伯", "",
  f"- 論文: {T('2307.09288')}",
  "  - https://arxiv.org/pdf/2307.09288 （付録が長いので安全性の章は各自）",
  "  - 7B/13B/70B、GQA は 70B のみ。RLHF の反復（V1〜V5）の図を再現したい。", "",
  "## 5/20 担当: 森下", "",
  f"- 論文: {T('2207.05221')}",
  f"  - {au('2207.05221')}, https://arxiv.org/abs/2207.05221",
  "  - P(True) と P(IK)。較正の図をうちの日本語モデルで試す（スクリプトは tools/ に）。", "",
  "## 5/27 担当: 田村", "",
  f"- 論文: {T('2206.14858')}（{au('2206.14858')}）",
  "  - 数式を含む arXiv 論文と数学系ウェブページで追加学習。多数決（maj1@k）の効き方。",
  "  - 注: リンクは田村さんが後で追記。", "",
  "## 候補（未定）", "",
  f"- 論文: {T('2206.04615')}",
  "  - 204 タスク、450 人超の著者。どのタスクを日本語化するか相談（JGLUE との重複に注意）。",
  "- 論文ではないもの: Open LLM Leaderboard（HF Space）、CS324 の講義ノート、lm-evaluation-harness。",
 ]),
 ("notes/misc/decoding.md", [
  "# デコーディングまわり", "",
  "greedy / beam / top-k / top-p / temperature の比較をまとめる。", "",
  f"- 元論文: {T('1904.09751')}",
  f"  {au('1904.09751', 3)} — https://arxiv.org/abs/1904.09751",
  "- 実装: transformers の generate() の top_p 引数（ドキュメント参照、論文ではない）。",
  "- TODO: 繰り返しペナルティとの併用を実験 → 結果は wandb の decoding-0512 プロジェクト。",
 ]),
]
SEARCHED = 9  # files searched under notes/ (six without a match print nothing)


def dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def el(ns):
    return {"secs": ns // 10**9, "nanos": ns % 10**9, "human": f"{ns / 1e9:.6f}s"}


out, tot = [], {"bytes_printed": 0, "bytes_searched": 0, "matched_lines": 0, "matches": 0, "searches_with_match": 0}
for fi, (path, lines) in enumerate(FILES):
    text = "\n".join(lines) + "\n"
    bl = [(l + "\n").encode() for l in lines]
    offs = [sum(len(b) for b in bl[:i]) for i in range(len(bl))]
    hit = [i for i, l in enumerate(lines) if PAT.search(l)]
    show = sorted({j for i in hit for j in (i - 1, i, i + 1) if 0 <= j < len(lines)})
    msgs = [dumps({"type": "begin", "data": {"path": {"text": path}}})]
    nm = 0
    for i in show:
        l = lines[i] + "\n"
        subs = []
        for m in PAT.finditer(l):
            s = len(l[:m.start()].encode()); subs.append({"match": {"text": m.group(0)}, "start": s, "end": s + len(m.group(0).encode())})
        nm += len(subs)
        msgs.append(dumps({"type": "match" if i in hit else "context", "data": {"path": {"text": path}, "lines": {"text": l},
                          "line_number": i + 1, "absolute_offset": offs[i], "submatches": subs}}))
    printed = sum(len(m.encode()) + 1 for m in msgs)
    ns = 41_233 + 9_871 * fi + 173 * len(text)
    st = {"elapsed": el(ns), "searches": 1, "searches_with_match": 1, "bytes_searched": len(text.encode()),
          "bytes_printed": printed, "matched_lines": len(hit), "matches": nm}
    msgs.append(dumps({"type": "end", "data": {"path": {"text": path}, "binary_offset": None, "stats": st}}))
    out += msgs
    for k in tot: tot[k] += st[k]
tot["bytes_searched"] += 2048 + 1311 + 977 + 4120 + 512 + 2890  # the files without a match
sm = {"bytes_printed": tot["bytes_printed"], "bytes_searched": tot["bytes_searched"], "elapsed": el(402_118),
      "matched_lines": tot["matched_lines"], "matches": tot["matches"], "searches": SEARCHED, "searches_with_match": tot["searches_with_match"]}
out.append(dumps({"data": {"elapsed_total": {"human": "0.004471s", "nanos": 4471203, "secs": 0}, "stats": sm}, "type": "summary"}))
raw = "\n".join(out) + "\n"
forms = ["".join(json.loads(l)["data"]["lines"]["text"] for l in out if '"lines"' in l)]
write_only(F688, raw, keys(F688), forms=forms)
