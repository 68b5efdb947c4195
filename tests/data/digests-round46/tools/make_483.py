#!/usr/bin/env python3
"""483: a GitHub issue saved with the GitHub CLI, `gh issue view 212 --comments > issue-212.txt` (non-terminal
output): the tab-separated metadata block (title / state / author / labels / comments / assignees / projects /
milestone / number), "--", the issue body in Markdown, then every comment as an author / association / edited /
status block, "--", the body, "--". English. Mixture of experts, scaling, training systems and NAS."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F483, keys

t = T
meta = """title:	Reading list for the MoE router rewrite (before we touch `moe/gating.py`)
state:	OPEN
author:	kwabena-ansah
labels:	discussion, docs, router
comments:	5
assignees:	kwabena-ansah, ilse-vandermeer
projects:	Router v2 (In progress)
milestone:	v0.9
number:	212
"""
body = f"""Before the router rewrite (#198, #205) I'd like us to agree on what we actually base the design on. Right now the
code mixes ideas from three papers and the comments cite "Shazeer" for everything.

Proposed core reading (please 👍 or argue):

1. **{t('1701.06538')}** — the original noisy top-k gating + load-balancing loss.
   https://openreview.net/forum?id={OR('1701.06538')}
2. **{t('2006.16668')}** — expert capacity, random second-expert routing, the auxiliary loss we copied.
   https://arxiv.org/abs/2006.16668
3. **{t('2101.03961')}** — top-1 routing; the "capacity factor" and router z-loss discussion (the z-loss is
   actually from ST-MoE, not this one — let's not mix them up again).
   https://arxiv.org/pdf/2101.03961v3.pdf

Not papers but relevant: the `tutel` and `megablocks` repos, and the DeepSpeed-MoE docs page.

- [ ] decide top-1 vs top-2 for the default config
- [ ] decide whether the aux loss is computed per micro-batch or per global batch
- [ ] write `docs/design/router.md`
"""
comments = [
 ("ilse-vandermeer", "member", "false", f"""+1 to the list. For the memory side of #205 we should also add {t('1910.02054')} (arXiv:1910.02054)
— stage 2 sharding of optimizer state is what makes the 64-expert config fit on our 8×A100 box at all.

> the z-loss is actually from ST-MoE, not this one

Yes, I fixed the docstring in #207."""),
 ("tomas-rehak", "contributor", "true", f"""Slightly off-topic, but since the issue also says "design": the expert-count sweep in `configs/sweep_experts.yaml`
is basically an architecture search, and we are doing it by hand. Two papers I found useful:

* "{t('2006.03656')}" (Dong et al., 2020) — joint HP + architecture search, cheap enough for us.
* "{t('2108.04392')}" (ICLR 2021 outstanding paper) — why the magnitude of architecture weights is a bad
  selection signal. Relevant if anyone wants to learn the expert count.

No arXiv links, sorry, I read both on my e-reader from the conference sites."""),
 ("kwabena-ansah", "member", "false", """@tomas-rehak good points, but let's keep NAS out of v0.9. I'll open a separate issue for the sweep.

Can someone check what the "optimizer" section of the doc should cite? We use AdamW with decoupled decay and
I want the citation right this time."""),
 ("ilse-vandermeer", "member", "false", f"""That's {t('1711.05101')} — Loshchilov & Hutter, ICLR 2019. I'll put it in the doc.

And for the "why large sparse models at all" paragraph in the intro I'd cite {t('2204.02311')} as the
dense counterpoint (their Section 4 on training instability is also what our loss-spike handler is modelled on)."""),
 ("github-actions", "none", "false", """This issue has been automatically labeled `stale-soon` because it has not had activity in 21 days.
It will not be closed while it has the `discussion` label."""),
]
parts = [meta + "--\n" + body]
for au, assoc, ed, cb in comments:
    parts.append(f"author:\t{au}\nassociation:\t{assoc}\nedited:\t{ed}\nstatus:\tnone\n--\n{cb}\n--\n")
text = "".join(parts)
write_only(F483, text, keys(F483))
