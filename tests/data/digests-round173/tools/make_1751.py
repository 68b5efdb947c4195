#!/usr/bin/env python3
"""1751: a Japanese lab website's Vue single-file component (`ReadingGroup.vue`, `<script setup>` + `<template>` +
`<style scoped>`), the reading-group schedule kept as data in the script. Each session object has the same keys in
the same order; dates are weekly from the first one (holidays skipped as listed); `arxiv` holds a bare id that the
template turns into a link at run time. Written by hand in the real thing; here from the modelled schedule."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1751)
D0 = dt.date(2024, 4, 11)
SKIP = {3}  # 5/2 はゴールデンウィーク
# (presenter, title, url, arxiv, venue, memo)
S = [
 ("佐藤", T("2304.08485"), "https://arxiv.org/abs/2304.08485", "", "NeurIPS 2023", "LLaVA。GPT-4 で作った指示データの作り方が中心"),
 ("高橋", T("2204.01691"), "https://arxiv.org/abs/2204.01691v2", "", "CoRL 2022", "言語モデル × 価値関数でロボットの行動を選ぶ"),
 ("田中", T("2106.01345"), "https://arxiv.org/pdf/2106.01345.pdf", "", "NeurIPS 2021", "オフライン RL を系列モデリングとして解く"),
 ("伊藤", T("2304.03442"), "https://arxiv.org/abs/2304.03442", "", "UIST 2023", "記憶・内省・計画。デモ動画も見る"),
 ("渡辺", T("2308.03688"), "", "2308.03688", "ICLR 2024", "8 つの環境で LLM をエージェントとして評価"),
 ("山本", T("2006.05990"), "", "", "ICLR 2021", "PPO の実装上の選択を大規模に比較。付録が本体"),
 ("中村", T("2101.03958"), "", "", "ICLR 2021", "損失関数そのものを進化計算で探索"),
 ("未定", T("2204.14198"), "", "", "NeurIPS 2022", "候補。発表者募集中"),
]
LINKS = [
 ("David Silver 強化学習講義（UCL、動画）", "https://www.davidsilver.uk/teaching/"),
 ("Gymnasium ドキュメント", "https://gymnasium.farama.org/"),
 ("研究室 Slack #rindoku", "https://lab.example.ac.jp/slack"),
]


def q(s):
    assert "'" not in s
    return "'" + s + "'"


def build():
    dates, d, i = [], D0, 0
    while len(dates) < len(S):
        if i not in SKIP: dates.append(d)
        d += dt.timedelta(days=7); i += 1
    L = ["<script setup>", "import { ref, computed } from 'vue'", "import PaperCard from '@/components/PaperCard.vue'", "",
         "// 輪読会 2024年度前期（木曜 16:30〜、B棟 305 / Zoom 併用）", "// arxiv に ID だけ書けばリンクはテンプレート側で作る", "// 5/2 はゴールデンウィークのため休み",
         "const sessions = ["]
    for k, ((who, t, url, ax, venue, memo), day) in enumerate(zip(S, dates)):
        L.append(f"  {{ date: {q(day.isoformat())}, presenter: {q(who)}, title: {q(t)}, url: {q(url)}, arxiv: {q(ax)}, venue: {q(venue)}, memo: {q(memo)} }}" + ("," if k < len(S) - 1 else ""))
    L += ["]", "", "const links = ["]
    for k, (n, u) in enumerate(LINKS):
        L.append(f"  {{ label: {q(n)}, href: {q(u)} }}" + ("," if k < len(LINKS) - 1 else ""))
    L += ["]", "", "const onlyUpcoming = ref(false)", "const today = new Date().toISOString().slice(0, 10)",
          "const shown = computed(() =>", "  onlyUpcoming.value ? sessions.filter((s) => s.date >= today) : sessions", ")", "",
          "function paperHref(s) {", "  if (s.url) return s.url", "  if (s.arxiv) return `https://arxiv.org/abs/${s.arxiv}`", "  return null", "}",
          "</script>", "",
          "<template>", '  <section class="reading-group">', "    <h2>輪読会（2024年度 前期）</h2>",
          "    <p class=\"lead\">毎週木曜 16:30 から。担当者は前日までに資料を共有フォルダに置いてください。</p>",
          "    <label>", '      <input v-model="onlyUpcoming" type="checkbox" />', "      これからの回だけ表示", "    </label>",
          '    <ol class="sessions">', '      <li v-for="s in shown" :key="s.date">',
          '        <span class="date">{{ s.date }}</span>', '        <span class="presenter">{{ s.presenter }}</span>',
          '        <PaperCard :title="s.title" :href="paperHref(s)" :venue="s.venue" :memo="s.memo" />', "      </li>", "    </ol>",
          "    <h3>参考リンク</h3>", "    <ul>", '      <li v-for="l in links" :key="l.href">', '        <a :href="l.href" target="_blank" rel="noopener">{{ l.label }}</a>',
          "      </li>", "    </ul>", "  </section>", "</template>", "",
          "<style scoped>", ".reading-group {", "  max-width: 48rem;", "}", ".sessions li {", "  display: grid;",
          "  grid-template-columns: 7rem 4rem 1fr;", "  gap: 0.5rem;", "  padding: 0.4rem 0;", "  border-bottom: 1px solid #e5e5e5;", "}",
          ".date {", "  font-variant-numeric: tabular-nums;", "  color: #666;", "}", "</style>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
