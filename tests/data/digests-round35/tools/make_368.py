#!/usr/bin/env python3
"""368: an Obsidian daily note (Periodic Notes / Templater layout) as the vault keeps it: YAML front matter (created,
tags, mood, sleep), "<< [[yesterday]] | [[tomorrow]] >>" navigation, a Tasks-plugin checklist with 📅/✅ dates,
a timestamped log, callouts "> [!quote]" / "> [!todo]", [[wikilinks]] to literature notes named by citation key
("[[@janner2021offline]]" — a key, not a title), an embedded image, a Dataview query, #tags. Papers: Markdown links to
arxiv.org (link), "arXiv:ID" in a literature-note line (arxiv-text), titles in wikilink aliases, bold, in a
sentence and lower case (title-only). The Gymnasium docs, a Brax repo, the CleanRL library, a DeepMind blog post
and a lab talk are not papers; "the AlphaZero paper" and "the Decision Transformer paper" are nicknames only."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F368, keys, GO

text = f"""---
created: 2024-05-14T08:47
tags:
  - daily
  - reading/rl
mood: 🙂
sleep: 6.5
---
<< [[2024-05-13]] | [[2024-05-15]] >>

# Tuesday, May 14, 2024

## ✅ Tasks
- [x] reply to Ines re: GPU hours for the PPO sweep ✅ 2024-05-14
- [ ] finish lit note for **{T('2006.05990')}** 📅 2024-05-15 #reading/rl
- [ ] ask Jonas if the SayCan affordance numbers are per-task or averaged 📅 2024-05-16
- [ ] re-run ant-v4 with CleanRL defaults (the docs say `--norm-adv` is on by default??)
- [x] book room 4.12 for Thursday's reading group ✅ 2024-05-14

## 📓 Log
- 08:55 coffee, inbox zero-ish
- 09:30 reading group prep. Theme this week is "learning the learner", so: [{T('2101.03958')}](https://arxiv.org/abs/2101.03958) (Co-Reyes et al., ICLR 2021), evolving the loss as a computation graph. Pair it with [[EigenGame - PCA as a Nash Equilibrium|{T('2010.00554')}]] for the game-theory angle? Probably too much for one session.
- 10:40 PPO sweep: advantage normalization matters more than I thought, exactly what the Andrychowicz et al. study says. Need to actually cite it properly instead of "the what-matters paper".
- 11:15 call with Jonas about language-conditioned robots
  > [!quote] Jonas
  > "The LLM proposes, the value function disposes." That's the whole of SayCan in one line.

  - [Do As I Can, Not As I Say: Grounding Language in Robotic Affordances](https://arxiv.org/pdf/2204.01691) — Ahn et al. 2022
  - [{T('2307.15818')}](https://arxiv.org/abs/2307.15818v1) — the follow-up where actions are just tokens
  - he also mentioned {T('2205.06175').lower()} (Gato) as the "one model for everything" baseline everyone compares against, read the DeepMind blog post first, the paper is long
- 13:00 lunch
- 14:20 [[@janner2021offline]] lit note:
  - {T('2106.02039')} — arXiv:2106.02039
  - beam search over trajectories instead of a policy; compare with the Decision Transformer paper (return-conditioned, no search)
  - ![[trajectory-transformer-fig2.png|400]]
- 16:05 Ines sent the Brax repo link and a Gymnasium docs page on vector envs. Bookmarked, not reading today.
- 17:30 memory-augmented models rabbit hole after the lab talk: [[Graves 2014 NTM|{T('1410.5401')}]]. Read sections 2–3 only.

> [!todo] For Thursday
> Bring a slide on *{T(GO)}* (Silver et al., Nature 2017) as the "no human data" extreme, since everyone will ask about it anyway. Not re-reading the AlphaZero paper.

## 🔗 Notes created today
```dataview
LIST
FROM #reading/rl
WHERE file.cday = date(2024-05-14)
SORT file.name ASC
```

#daily #reading/rl #robots
"""
write_only(F368, text, keys(F368))
