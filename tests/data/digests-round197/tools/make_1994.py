#!/usr/bin/env python3
"""1994: an OpenXcom mod ruleset (`user/mods/LabPedia/Ruleset/labpedia.rul`: YAML with two-space indentation —
research, ufopaedia articles of type_id 8 and Japanese extraStrings with `{NEWLINE}`, `#` comments): an OpenReview
link, arXiv links (`/abs/`, `/pdf/…v2`, `http://`), one id in text, three titles alone, and non-papers (a
repository, a blog post, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1994)
ART = [
    ("STR_LAB_LRA", 400, f"{T('2011.04006')}{{NEWLINE}}https://openreview.net/forum?id={OR('2011.04006')}{{NEWLINE}}効率的Transformerの比較用ベンチマーク。"),
    ("STR_LAB_FLASHATTN", 450, f"{T('2205.14135')}{{NEWLINE}}https://arxiv.org/abs/2205.14135{{NEWLINE}}GPUのメモリ階層を意識した正確なアテンション。"),
    ("STR_LAB_REFORMER", 300, f"{T('2001.04451')}{{NEWLINE}}LSHアテンションと可逆層。"),
    ("STR_LAB_INT8", 500, f"{T('2208.07339')}{{NEWLINE}}https://arxiv.org/pdf/2208.07339v2{{NEWLINE}}外れ値の次元だけFP16で計算する。"),
    ("STR_LAB_GPTQ", 500, f"{T('2210.17323')}（arXiv 2210.17323）{{NEWLINE}}学習後に重みを3〜4ビットへ量子化。"),
    ("STR_LAB_SPECDEC", 350, f"{T('2211.17192')}{{NEWLINE}}小さなモデルが下書きし、大きなモデルが検証する。"),
    ("STR_LAB_FLASH", 350, f"{T('2202.10447')}{{NEWLINE}}ゲート付きアテンションユニット。"),
    ("STR_LAB_LINATTN", 300, f"{T('2006.16236')}{{NEWLINE}}カーネル化によって線形時間に。{{NEWLINE}}参考：Jay Alammarのブログ記事「The Illustrated Transformer」、書籍『ゼロから作るDeep Learning』、講演 https://video.labpedia.example.jp/kouen/2024-05"),
]


def build():
    L = ["# LabPedia — 研究所の読書会リストをUFOpaediaに追加するMOD（v1.2, OpenXcom Extended 7.x）",
         "# 作者: 佐藤 健太 / リポジトリ: https://github.com/labpedia/oxce-labpedia （論文ではない）",
         "# Reformer: http://arxiv.org/abs/2001.04451", "", "research:"]
    for i, (k, cost, _) in enumerate(ART):
        L += [f"  - name: {k}", f"    cost: {cost}", f"    points: {10 + 5 * i}"]
        if i: L += ["    dependencies:", f"      - {ART[i - 1][0]}"]
    L += ["", "ufopaedia:"]
    for i, (k, _, _) in enumerate(ART):
        L += [f"  - id: {k}", "    type_id: 8", "    section: STR_LAB_READING_UC", f"    listOrder: {19000 + 10 * i}",
              f"    text: {k}_UFOPEDIA", "    requires:", f"      - {k}"]
    L += ["", "extraStrings:", "  - type: ja", "    strings:", '      STR_LAB_READING_UC: "研究所の読書会"']
    names = ["長距離アリーナ", "フラッシュアテンション", "リフォーマー", "8ビット行列積", "GPTQ量子化", "投機的デコーディング", "FLASH", "線形アテンション"]
    for (k, _, txt), nm in zip(ART, names):
        L += [f'      {k}: "{nm}"', f'      {k}_UFOPEDIA: "{txt}"']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
