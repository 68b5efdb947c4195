#!/usr/bin/env python3
"""254: a `git format-patch` mail (one commit) against a lab's Markdown reading list, English. The patch is made
with difflib and laid out the way git writes it: 'From <sha> Mon Sep 17 00:00:00 2001', From/Date/Subject headers,
the message, '---', the diffstat, 'diff --git' / index / ---/+++ lines, hunks with git's default funcname context
(the last earlier line starting with a letter, '_' or '$'), and the '-- ' / version signature."""
import difflib, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "254_git_format_patch_reading_list_pr_automl_continual_tools.patch")
old = """# Lab reading list

Papers we read (or want to read) in the Tuesday ML group. Keep one line per
paper: title, link if there is one, venue, who proposed it.

## AutoML and NAS

- [PyGlove](https://github.com/google/pyglove) - library (@hana)
- DARTS follow-ups: TODO

## Continual and federated learning

- TODO

## Optimisation theory

- Why Do Local Methods Solve Nonconvex Problems? (book chapter, 2021) - @ivo

## Tools and visualisation

- [Dodrio demo](https://poloclub.github.io/dodrio/) (@mei)
- [BertViz](https://github.com/jessevig/bertviz) - tool, not a paper

## Medical imaging

- MedSelect, arXiv:2103.14339 (@lina)

## Surveys

- TODO: efficient transformers survey
""".split("\n")[:-1]
new = f"""# Lab reading list

Papers we read (or want to read) in the Tuesday ML group. Keep one line per
paper: title, link if there is one, venue, who proposed it.

## AutoML and NAS

- [{T("2101.08809")}](https://arxiv.org/abs/2101.08809) - NeurIPS 2020 (@hana)
  - code: [PyGlove](https://github.com/google/pyglove) - library
- {T("2006.03656")} - (@hana)
- {T("2108.04392")} - ICLR 2021 outstanding paper, arXiv:2108.04392 (@tomas)

## Continual and federated learning

- {T("2103.09762")} - ICLR 2021 (@lina)
- {T("2111.04263")} - FedDyn, ICLR 2021 (@tomas)

## Knowledge graphs

- [{T("2011.03459")}](https://arxiv.org/pdf/2011.03459.pdf) - CQD, ICLR 2021 (@ivo)

## Optimisation theory

- {T("2103.13462")} - chapter in "Beyond the Worst-Case Analysis of
  Algorithms" (CUP, 2021), no arXiv link on purpose (@ivo)

## Tools and visualisation

- [{T("2103.14625")}](https://arxiv.org/pdf/2103.14625.pdf) - demo: https://poloclub.github.io/dodrio/ (@mei)
- [BertViz](https://github.com/jessevig/bertviz) - tool, not a paper
- {T("1908.10084")} - [ACL Anthology](https://aclanthology.org/D19-1410/) (@mei)

## Medical imaging

- MedSelect: Selective Labeling for Medical Image Classification Combining
  Meta-Learning with Deep Reinforcement Learning, arXiv:2103.14339 (@lina)

## Surveys

- {T("2103.14636")} (@ivo)
""".split("\n")[:-1]
assert "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning" == T("2103.14339")


def funcname(lines, start):
    for ln in reversed(lines[:start]):
        if ln[:1].isalpha() or ln[:1] in "_$":
            return " " + ln[:80].rstrip()
    return ""


hunks = []
sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
plus = minus = 0
body = []
for grp in sm.get_grouped_opcodes(3):
    i1, i2, j1, j2 = grp[0][1], grp[-1][2], grp[0][3], grp[-1][4]
    ostart = i1 + 1 if i2 > i1 else i1
    nstart = j1 + 1 if j2 > j1 else j1
    body.append(f"@@ -{ostart},{i2 - i1} +{nstart},{j2 - j1} @@{funcname(old, i1)}")
    for tag, a1, a2, b1, b2 in grp:
        if tag == "equal":
            body += [" " + x for x in old[a1:a2]]
        if tag in ("replace", "delete"):
            body += ["-" + x for x in old[a1:a2]]; minus += a2 - a1
        if tag in ("replace", "insert"):
            body += ["+" + x for x in new[b1:b2]]; plus += b2 - b1
ch = plus + minus
bar = "+" * plus + "-" * minus
oldblob = hashlib.sha1(("blob %d\0" % len(("\n".join(old) + "\n").encode())).encode() + ("\n".join(old) + "\n").encode()).hexdigest()
newblob = hashlib.sha1(("blob %d\0" % len(("\n".join(new) + "\n").encode())).encode() + ("\n".join(new) + "\n").encode()).hexdigest()
sha = hashlib.sha1(b"round23 254 commit").hexdigest()
msg = f"""From {sha} Mon Sep 17 00:00:00 2001
From: Tomas Varga <tomas.varga@mlgroup.example.org>
Date: Tue, 5 Mar 2024 14:22:09 +0100
Subject: [PATCH] README: add 2021 AutoML, continual learning and tooling
 papers

Adds the papers proposed in the 27 Feb meeting and fills the TODOs in
the continual/federated section. Replaces the Dodrio demo link by the
paper (the demo is linked from the same line), gives MedSelect its full
title and adds a knowledge-graph section for Ivo's CQD session.

Drops the "efficient transformers survey" TODO: we read the practical
survey instead.

Signed-off-by: Tomas Varga <tomas.varga@mlgroup.example.org>
---
 README.md | {ch} {bar}
 1 file changed, {plus} insertions(+), {minus} deletions(-)

diff --git a/README.md b/README.md
index {oldblob[:7]}..{newblob[:7]} 100644
--- a/README.md
+++ b/README.md
"""
text = msg + "\n".join(body) + "\n-- \n2.43.0\n\n"
check_no_distractor(text, "254")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
