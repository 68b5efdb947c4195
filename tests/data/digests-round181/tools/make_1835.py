#!/usr/bin/env python3
"""1835: a Japanese researcher's PyCharm live templates for citation comments (a user template group saved by the IDE
as `~/.config/JetBrains/PyCharm2023.3/templates/論文引用.xml`): `<templateSet group=…>` with `<template name value
description toReformat toShortenFQNames>` elements, newlines inside `value` written as `&#10;`, quotes as `&quot;`,
`$VAR$` placeholders with `<variable name expression defaultValue alwaysStopAt />` entries, and a `<context>` of
`<option name=… value="true" />`; two-space indent, no XML declaration, a final newline. Papers are in the template
values (comment lines pasted into code) as titles with links, one arXiv id as text, and titles with authors and venue
only; three templates point at docs and a repository."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(1835)
GROUP = "論文引用"
# (name, value lines, description, variables, contexts)
TEMPLATES = [
 ("refppo", ["# 参考: " + T("2006.05990"), "#   Andrychowicz et al., ICLR 2021 — https://arxiv.org/abs/2006.05990", "$END$"],
  "PPO の実装上の選択 (ハイパーパラメータの既定値の根拠)", [], ["Python"]),
 ("refalphago", ["# 参考: " + ALPHAGO, "#   Silver et al., Nature 550, 354–359 (2017)", "$END$"],
  "AlphaGo Zero (自己対戦 + MCTS)", [], ["Python"]),
 ("refsam", ["# 参考: " + T("2010.01412"), "#   Foret et al., ICLR 2021 — https://arxiv.org/pdf/2010.01412", "$END$"],
  "SAM オプティマイザの引用", [], ["Python"]),
 ("refma", ["# 参考: " + T("2103.13462"), "#   Tengyu Ma, Beyond the Worst-Case Analysis of Algorithms 所収 (2021)", "$END$"],
  "非凸最適化の理論 (局所法)", [], ["Python"]),
 ("refpyglove", ["# 参考: " + T("2101.08809"), "#   Peng et al., NeurIPS 2020 (arXiv:2101.08809)", "$END$"],
  "探索空間の記述 (PyGlove)", [], ["Python"]),
 ("refautohas", ["# 参考: " + T("2006.03656"), "#   Dong et al. (ハイパーパラメータとアーキテクチャの同時探索)", "$END$"],
  "AutoHAS", [], ["Python"]),
 ("refdarts", ["# 参考: " + T("2108.04392"), "#   Wang et al., ICLR 2021 (DARTS の α で選ばない方法)", "$END$"],
  "DARTS のアーキテクチャ選択の見直し", [], ["Python"]),
 ("refdc", ["# 参考: " + T("2006.05929"), "#   Zhao, Mopuri, Bilen, ICLR 2021 — https://arxiv.org/abs/2006.05929v3", "$END$"],
  "データセット凝縮 (勾配マッチング)", [], ["Python"]),
 ("refsb3", ["# 実装の参考 (論文ではない): Stable-Baselines3 のドキュメント", "#   https://stable-baselines3.readthedocs.io/en/master/", "$END$"],
  "SB3 ドキュメント", [], ["Python"]),
 ("refoptuna", ["# 実装の参考 (論文ではない): Optuna のドキュメント", "#   https://optuna.readthedocs.io/ja/latest/", "$END$"],
  "Optuna ドキュメント (日本語版)", [], ["Python"]),
 ("refspinup", ["# 教材 (論文ではない): OpenAI Spinning Up", "#   https://spinningup.openai.com/en/latest/", "$END$"],
  "Spinning Up", [], ["Python"]),
 ("todoread", ["# TODO(読む): $TITLE$ — $DATE$ に追加", "$END$"],
  "未読論文のメモ", [("TITLE", "", "&quot;論文タイトル&quot;", True), ("DATE", "date(&quot;yyyy-MM-dd&quot;)", "", False)],
  ["Python", "OTHER"]),
]


def attr(s):
    return escape(s, {'"': "&quot;", "\n": "&#10;"})


def build():
    L = [f'<templateSet group="{attr(GROUP)}">']
    for name, lines, desc, vars_, ctx in TEMPLATES:
        value = attr("\n".join(lines))
        L.append(f'  <template name="{name}" value="{value}" description="{attr(desc)}" toReformat="false" toShortenFQNames="true">')
        for vn, expr, default, stop in vars_:
            L.append(f'    <variable name="{vn}" expression="{expr}" defaultValue="{default}" alwaysStopAt="{str(stop).lower()}" />')
        L.append("    <context>")
        for c in ctx:
            L.append(f'      <option name="{c}" value="true" />')
        L.append("    </context>")
        L.append("  </template>")
    L.append("</templateSet>")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    import html
    txt = build()
    write_only(F, txt, keys(F), forms=[html.unescape(txt)])
