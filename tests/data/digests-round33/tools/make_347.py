#!/usr/bin/env python3
"""347: an awesome-list README on GitHub (Markdown), "Awesome Decision Transformers & Generalist Agents". Not the
dev set's Paper|Venue|Code|Stars table: this maintainer sorts rows by date (YYYY.MM) inside each section, puts the
title in bold in a "Title" column with links in a separate "Links" column ([[arXiv]], [[pdf]], [[Nature]],
[[code]]), the venue in its own column and badges at the top; a table of contents with GitHub anchors, a
"Contributing" section, a star-history image, a licence badge. Papers: arXiv abs/pdf links (link), an arXiv id in
the venue cell ("arXiv:ID", arxiv-text), venue-only rows and a Nature link (title-only). Repos, the D4RL benchmark,
the gym library, blog posts and a talk are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F347, keys, GO

def row(date, title, venue, links):
    return f"| {date} | **{title}** | {venue} | {links} |"

H = "| Date | Title | Venue | Links |\n|:----:|-------|:-----:|-------|"
text = f"""<div align="center">

# Awesome Decision Transformers & Generalist Agents [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![PRs Welcome](https://img.shields.io/badge/PRs-welcome-brightgreen.svg)](CONTRIBUTING.md)
[![License: CC0-1.0](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)](LICENSE)
![Last commit](https://img.shields.io/github/last-commit/example-rl/awesome-dt-agents)

</div>

A curated, opinionated list of work on **sequence models for decision making**: treating RL as sequence modeling,
language-conditioned robot policies, and single networks that play, talk and act. Maintained by
[@tarek-m](https://github.com/tarek-m) and [@jlindqvist](https://github.com/jlindqvist).

:star: If this list saved you an afternoon, a star helps others find it.

## Table of Contents

- [RL as Sequence Modeling](#rl-as-sequence-modeling)
- [Robots and Language](#robots-and-language)
- [Generalist Agents](#generalist-agents)
- [Background: Classic Deep RL](#background-classic-deep-rl)
- [Memory and Continual Learning](#memory-and-continual-learning)
- [Benchmarks and Tools](#benchmarks-and-tools)
- [Contributing](#contributing)

## RL as Sequence Modeling

{H}
{row("2021.06", T("2106.01345"), "NeurIPS 2021", "[[arXiv]](https://arxiv.org/abs/2106.01345) [[code]](https://github.com/kzl/decision-transformer)")}
{row("2021.06", T("2106.02039"), "NeurIPS 2021", "[[code]](https://github.com/jannerm/trajectory-transformer) [[blog]](https://bair.berkeley.edu/blog/)")}

> Both came out the same week and are usually read together: DT conditions on return-to-go, TT does beam search
> over a discretized trajectory model.

## Robots and Language

{H}
{row("2022.04", T("2204.01691"), "CoRL 2022", "[[pdf]](https://arxiv.org/pdf/2204.01691v2) [[project]](https://say-can.github.io/)")}
{row("2023.07", T("2307.15818"), "CoRL 2023", "[[project]](https://robotics-transformer2.github.io/)")}

## Generalist Agents

{H}
{row("2022.05", T("2205.06175"), "TMLR 2022 / arXiv:2205.06175", "[[blog]](https://deepmind.google/discover/blog/)")}

## Background: Classic Deep RL

{H}
{row("2017.10", T(GO), "Nature 2017", "[[Nature]](https://www.nature.com/articles/nature24270)")}
{row("2020.06", T("2006.05990"), "ICLR 2021", "—")}
{row("2021.01", T("2101.03958"), "ICLR 2021", "[[arXiv]](http://arxiv.org/abs/2101.03958v3)")}

## Memory and Continual Learning

{H}
{row("2014.10", T("1410.5401"), "arXiv:1410.5401", "—")}
{row("2021.03", T("2103.09762"), "ICLR 2021 (Oral)", "[[code]](https://github.com/sahagobinda/GPM)")}

## Benchmarks and Tools

- [D4RL](https://github.com/Farama-Foundation/D4RL) — the offline RL datasets almost every DT paper reports on.
- [Gymnasium](https://github.com/Farama-Foundation/Gymnasium) — maintained fork of OpenAI Gym.
- [Minari](https://github.com/Farama-Foundation/Minari) — offline datasets, successor of D4RL.
- Talk: *Sequence Models Are All You Need for Control?* (reading-group slides, 2023) — [[slides]](docs/slides-2023-11.pdf)

## Contributing

Please open a PR that adds **one row** to the right table, keeps the rows sorted by date (YYYY.MM), and links the
arXiv abstract page rather than the PDF when there is one. Rows without a paper (blog posts, repos) go under
*Benchmarks and Tools*.

## Star History

[![Star History Chart](https://api.star-history.com/svg?repos=example-rl/awesome-dt-agents&type=Date)](https://star-history.com/#example-rl/awesome-dt-agents&Date)

---
Released under CC0 1.0. 137 stars · 18 forks · 9 contributors
"""
write_only(F347, text, keys(F347))
