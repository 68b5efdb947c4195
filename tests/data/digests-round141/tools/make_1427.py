#!/usr/bin/env python3
"""1427: a terminal session (Japanese): a student scrapes the lab's reading-group (輪読会) schedule page with xidel —
`-e '//title'`, the table rows joined with `string-join(td, " | ")`, every `//a/@href` of the table, a `-f` over the
arXiv abs links with an `-e` on each followed page (arXiv's `<h1 class="title">` gives `Title:` glued to the title), and
a `count()`. xidel writes `**** Retrieving (GET): … ****` / `**** Processing: … ****` to stderr before each page; in
the terminal they interleave with the results. The page is modelled here (rows, cells, anchors) and every output is
computed from it. Not papers: the orientation, a holiday, the LangChain docs hands-on, a guest talk, slides, the
LLMSurvey repository, the Hugging Face org page. Nicknames: GPT-2 (written next to its full title)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1427, keys, GPT2

URL = "https://llm-rindoku.example.jp/2024/zenki/"
PAGE_TITLE = "LLM輪読会 2024年度 前期 | 北辰大学 情報理工学研究科 森下研究室"
ROWS = [  # date, presenter, paper cell, anchors [(text, href)], plain text in the material cell, memo
 ("04/05", "森下", "オリエンテーション・担当決め", [], "", "初回は研究室ゼミ室A（3F）"),
 ("04/12", "佐藤", T("2210.03629"), [("OpenReview", f"https://openreview.net/forum?id={OR('2210.03629')}"),
                                     ("スライド", URL + "slides/0412_sato.pdf")], "", "ICLR 2023。推論と行動の交互実行"),
 ("04/19", "高橋", T("2303.18223"), [("GitHub", "https://github.com/RUCAIBox/LLMSurvey")], "", "サーベイ。2〜4章だけ"),
 ("04/26", "中村", f"{GPT2}（GPT-2）", [("PDF (OpenAI)", "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf")], "", "arXivには無い。技術レポート"),
 ("05/03", "—", "休講（憲法記念日）", [], "", ""),
 ("05/10", "小林", T("2307.09288"), [("arXiv", "https://arxiv.org/abs/2307.09288"), ("HF", "https://huggingface.co/meta-llama")], "", "RLHFの節を重点的に"),
 ("05/17", "田中", T("2204.02311"), [("PDF", "https://arxiv.org/pdf/2204.02311v5")], "", "長いので分担（前半：田中／後半：山本）"),
 ("05/24", "山本", T("2207.05221"), [], "資料なし", "校正（calibration）と P(True) の話"),
 ("05/31", "佐藤", T("2308.03688"), [], "arXiv:2308.03688", "8つの環境での評価。コードは後で確認"),
 ("06/07", "高橋", "LangChain ハンズオン（エージェント実装）", [("docs", "https://python.langchain.com/docs/")], "", "各自ノートPC持参"),
 ("06/14", "中村", T("2310.08560"), [("arXiv", "https://arxiv.org/abs/2310.08560")], "", "OSのメモリ階層のたとえ"),
 ("06/21", "—", "ゲスト講演：企業におけるLLM運用の実際（外部講師）", [], "", "申込フォームは別途"),
]


def cells(r):
    date, who, paper, anchors, plain, memo = r
    mat = " / ".join(a for a, _ in anchors) if anchors else plain
    return [date, who, paper, mat, memo]


P = "haruka@rindoku-pc:~$ "
get = lambda u: f"**** Retrieving (GET): {u} ****\n**** Processing: {u} ****\n"
out = P + f"xidel {URL} -e '//title'\n" + get(URL) + PAGE_TITLE + "\n"
out += P + f"xidel {URL} -e '//table[@id=\"schedule\"]//tr[td]/string-join(td, \" | \")'\n" + get(URL)
out += "".join(" | ".join(cells(r)) + "\n" for r in ROWS)
out += P + f"xidel {URL} -e '//table[@id=\"schedule\"]//a/@href'\n" + get(URL)
out += "".join(h + "\n" for r in ROWS for _, h in r[3])
ABS = {"https://arxiv.org/abs/2307.09288": T("2307.09288"), "https://arxiv.org/abs/2310.08560": T("2310.08560")}
out += (P + f"xidel {URL} -f '//table[@id=\"schedule\"]//a[contains(@href, \"arxiv.org/abs/\")]' "
        "-e 'normalize-space(//h1[contains(@class, \"title\")])'\n" + get(URL))
for r in ROWS:
    for _, h in r[3]:
        if "arxiv.org/abs/" in h:
            out += get(h) + "Title:" + ABS[h] + "\n"
out += P + f"xidel {URL} -e 'count(//table[@id=\"schedule\"]//tr[td])'\n" + get(URL) + f"{len(ROWS)}\n"
out += P + "\n"
write_only(F1427, out, keys(F1427))
