#!/usr/bin/env python3
"""1467: textlint over a Japanese rinko (輪講) reading list. A student shows the Markdown file (`cat -n`), the
.textlintrc.json (preset-ja-technical-writing, sentence-length off), runs `npx textlint` (the default stylish
formatter: a blank line, the absolute path, one row per problem as `line:col  error  message  rule` in text-table
columns, the message's trailing ASCII period stripped, a blank line and the `✖ N problems` summary) and `echo $?`.
Every problem (position and wording) is computed from the modelled Markdown: a full-width exclamation mark, a
paragraph without 。, a run of 7+ kanji, a sentence with four 、 and the weak phrase かも. Not papers: the AgentBench
repository, the LLaVA-1.5 model card, the LangChain docs, last year's wiki page. Nicknames: CLIP, SayCan, 3DGS, LLaVA,
Smallville — labelled where the full titles are written."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1467, keys

MD = f"""# 輪講 2024 前期: エージェントとマルチモーダル

研究室の輪講で読む論文の一覧です。発表は木曜 16:30 から、3 号館 412 で行います。

今期は発表時間を 25 分に短縮します！ 質疑は 15 分です。

発表資料は共有ドライブの rinko2024 フォルダに置いてください

## 第1回 4/18 担当: 健太

- [{T("2308.03688")}](https://arxiv.org/abs/2308.03688)
- 評価コード: <https://github.com/THUDM/AgentBench>

## 第2回 4/25 担当: 美咲

- [{T("2304.03442")}](https://arxiv.org/abs/2304.03442)
- Smallville の再現実験は任意。

## 第3回 5/9 担当: 大輝

- {T("2103.00020")} (CLIP)
- [{T("2204.14198")}](https://arxiv.org/abs/2204.14198)

CLIP 以降の画像言語事前学習手法を比較します。open_clip の学習済み重みも使います。

## 第4回 5/16 担当: 陽菜

- [{T("2304.08485")}](https://arxiv.org/pdf/2304.08485)
- LLaVA-1.5 のモデルカード: <https://huggingface.co/llava-hf/llava-1.5-7b-hf>

## 第5回 5/23 担当: 蓮

- {T("2307.15043")} (arXiv:2307.15043)
- 攻撃文字列の具体例は発表で伏せる。

## 第6回 5/30 担当: 結衣

- {T("2204.01691")}
- {T("2308.04079")}

SayCan は、言語モデルが出す候補、ロボットの価値関数、環境の状態、この 3 つから次の行動を決めます。
3DGS はロボット用の環境表現として使えるかもしれません。

## 参考

- LangChain のエージェント解説: <https://python.langchain.com/docs/modules/agents/>
- 昨年度の輪講資料: <https://wiki.rinko-lab.example.jp/2023/agents>
"""
RC = """{
  "rules": {
    "preset-ja-technical-writing": {
      "sentence-length": false
    }
  }
}
"""
PRE = "ja-technical-writing/"
LINES = MD.split("\n")[:-1]


def problems():
    out = []
    for i, l in enumerate(LINES, 1):
        for m in re.finditer("！", l):
            out.append((i, m.start() + 1, 'Disallow to use "！".', PRE + "no-exclamation-question-mark"))
        if l and not l.startswith(("#", "-", "<")) and not l.endswith("。") and not l.endswith("！"):
            out.append((i, len(l), '文末が"。"で終わっていません。', PRE + "ja-no-mixed-period"))
        for m in re.finditer(r"[\u4e00-\u9fff]{7,}", l):
            out.append((i, m.start() + 1, f"漢字が7つ以上連続しています: {m.group()}", PRE + "max-kanji-continuous-len"))
        pos = 0
        for s in re.findall(r"[^。！]*[。！]?", l):
            if s.count("、") >= 4:
                idx = [j for j, ch in enumerate(s) if ch == "、"][3]
                out.append((i, pos + idx + 1, '一つの文で"、"を4つ以上使用しています', PRE + "max-ten"))
            pos += len(s)
        for m in re.finditer("かも", l):
            out.append((i, m.start() + 1, '弱い表現: "かも" が使われています。', PRE + "ja-no-weak-phrase"))
    return sorted(out)


def stylish(path, probs):
    rows = [["", str(l), str(c), "error", re.sub(r"\.$", "", m), r] for l, c, m, r in probs]
    w = [max(len(r[i]) for r in rows) for i in range(6)]
    out = []
    for r in rows:
        cells = [r[0].ljust(w[0]), r[1].rjust(w[1]), r[2].ljust(w[2]), r[3].ljust(w[3]), r[4].ljust(w[4]), r[5]]
        s = "  ".join(cells).rstrip()
        out.append(re.sub(r"(\d+)\s+(\d+)", r"\1:\2", s, count=1))
    n = len(probs)
    return f"\n{path}\n" + "\n".join(out) + f"\n\n✖ {n} problem{'s' if n != 1 else ''} ({n} error{'s' if n != 1 else ''}, 0 warnings)\n"


P = "haruka@rinko-pc:~/rinko-2024$ "
out = P + "cat -n docs/reading-list.md\n"
out += "".join(f"{i:6d}\t{l}\n" for i, l in enumerate(LINES, 1))
out += P + "cat .textlintrc.json\n" + RC
out += P + "npx textlint --version\nv14.0.4\n"
out += P + "npx textlint docs/reading-list.md\n" + stylish("/home/haruka/rinko-2024/docs/reading-list.md", problems())
out += P + "echo $?\n1\n" + P + "\n"
write_only(F1467, out, keys(F1467))
