#!/usr/bin/env python3
"""443: a GitHub pull request's Conversation tab copied as text: title and number, "Open", "… wants to merge 3
commits into main from …", tabs with counts, the description, the timeline (commits with short hashes, review
requests, labels), review threads each opened by the file path, "Comment on lines +a to +b", the diff hunk with line
numbers and +/- markers, review comments, a "Suggested change" block, "Outdated" and "Resolved" marks, "Show
resolved", approval, the merge box, sidebar. Scaling laws, mixture of experts, model parallelism and AutoML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F443, keys

K = keys(F443)
t = T
text = f"""tidewater-ml / reading-group  Public

Add week 7–9 papers: scaling, MoE, AutoML #88
Open
wenjie-z wants to merge 3 commits into main from wenjie-z/scaling-weeks

Conversation 9  Commits 3  Checks 2  Files changed 1

wenjie-z commented on Feb 26, 2024 •
Adds the spring weeks 7–9 to docs/reading/2024-spring.md. Format as agreed in #71: one bullet per paper, title in
bold, then a link (arXiv if there is one, otherwise venue page), then who presents.

- week 7: scaling laws and compute-optimal training
- week 8: mixture of experts and sharding
- week 9: AutoML (Sofía asked for it last term)

Closes #84.

@wenjie-z
Add weeks 7 and 8
a3f9c21
@wenjie-z
Add week 9 (AutoML)
5be07d4
@wenjie-z requested a review from ines-dalmau February 26, 2024 16:03
@wenjie-z added the docs label Feb 26, 2024

docs/reading/2024-spring.md
Comment on lines +58 to +61
    57     ## Week 7 — scaling
    58  +  - **{t('2001.08361')}** — arXiv:2001.08361 — presenter: @wenjie-z
    59  +  - **{t('2203.15556')}** — https://arxiv.org/pdf/2203.15556 — presenter: @ines-dalmau
    60  +  - **{t('2204.02311')}** — https://arxiv.org/abs/2204.02311 — optional, skim §4–5
    61  +
@ines-dalmau
ines-dalmau on Feb 27, 2024
Can we flip the order? Chinchilla only makes sense after the Kaplan paper, and the PaLM one is 87 pages — I'd
rather mark it "optional, skim" as you did but move it to the end of week 8 where we talk about systems.
@wenjie-z
wenjie-z on Feb 27, 2024
Author
Order is already Kaplan → Chinchilla. Moving PaLM would make week 8 too long, leaving it.
@ines-dalmau
ines-dalmau on Feb 27, 2024
ok fair 👍
 Resolve conversation

docs/reading/2024-spring.md
Outdated
Comment on lines +64 to +67
    63     ## Week 8 — mixture of experts & sharding
    64  +  - **Outrageously large neural networks** — ICLR 2017
    65  +  - **{t('2006.16668')}** — https://arxiv.org/abs/2006.16668 — presenter: @r-okafor
    66  +  - **Megatron** — github.com/NVIDIA/Megatron-LM
    67  +  - **ZeRO** — DeepSpeed docs
@ines-dalmau
ines-dalmau on Feb 27, 2024
We agreed on full titles (#71) — "Megatron" and "ZeRO" are fine as nicknames in chat but not in the list. Also the
MoE paper needs its full title and a link. Suggestion:

Suggested change
-  - **Outrageously large neural networks** — ICLR 2017
+  - **{t('1701.06538')}** — https://openreview.net/forum?id={OR('1701.06538')} — presenter: @ines-dalmau

@wenjie-z
wenjie-z on Feb 28, 2024
Author
Applied the suggestion, and fixed the other two in the next commit:

  - **{t('1909.08053')}** — code and paper links in the repo README: github.com/NVIDIA/Megatron-LM
  - **{t('1910.02054')}** — arXiv:1910.02054 (SC20) — presenter: @r-okafor

The DeepSpeed docs stay in the "tools" section, not as a paper.
 Resolved
 Show resolved

@wenjie-z
Use full titles in week 8 (review)
c80e1aa

docs/reading/2024-spring.md
Comment on lines +70 to +73
    69     ## Week 9 — AutoML
    70  +  - **{t('2101.08809')}** — NeurIPS 2020, proceedings.neurips.cc — presenter: @sofia-ruiz
    71  +  - **{t('2006.03656')}** — (preprint; link TBD) — presenter: @sofia-ruiz
    72  +  - **{t('2104.00298')}** — ICML 2021, proceedings.mlr.press/v139/tan21a.html
    73  +  - NAS-Bench-201 (dataset) — for the hands-on part
@sofia-ruiz
sofia-ruiz on Feb 28, 2024
Thanks! Small thing: the second one is a preprint only as far as I know, "link TBD" is fine until I find the
final version. And NAS-Bench-201 is a benchmark, not a paper we read — maybe move it under "Tools & data"?
@wenjie-z
wenjie-z on Feb 28, 2024
Author
Will do in a follow-up, this PR is only the papers.

@ines-dalmau
ines-dalmau approved these changes on Feb 29, 2024
View reviewed changes
LGTM once CI is green. The link checker complained about the NeurIPS page last time, might be flaky.

github-actions bot commented on Feb 29, 2024
✅ markdownlint passed
⚠️ lychee: 1 link timed out (proceedings.neurips.cc) — retrying on next push

@r-okafor
r-okafor commented on Mar 1, 2024
Fine with presenting GShard and ZeRO back to back. Can someone add the GShard slides from last year's group
(Drive folder "2023-moe") to the wiki?

 Add more commits by pushing to the wenjie-z/scaling-weeks branch on wenjie-z/reading-group.

Changes approved
1 approving review by reviewers with write access.
All checks have passed
2 successful checks
This branch has no conflicts with the base branch
Merging can be performed automatically.
Squash and merge

Reviewers
@ines-dalmau ines-dalmau ✓
Assignees
@wenjie-z wenjie-z
Labels
docs
Projects
None yet
Milestone
spring-2024
Development
Successfully merging this pull request may close these issues.
Add weeks 7–9 to the spring list #84
4 participants
@wenjie-z @ines-dalmau @r-okafor @sofia-ruiz
"""
write_only(F443, text, K)
