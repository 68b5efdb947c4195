#!/usr/bin/env python3
"""543: a Codeberg (Forgejo 7) pull-request page selected and copied as text from the browser: the site header, the
repository header (Watch / Star / Fork counts, Code / Issues / Pull requests / Releases / Wiki / Activity tabs), the
PR title with its number, the "wants to merge N commits from … into main" line, the Conversation / Commits / Files
changed tabs with the +/- count, the opening post (rendered Markdown: links lose their targets, bare URLs stay
visible), timeline events (added commits, requested review, labels, CI status), review comments with the diff hunk
they sit on (raw Markdown of docs/references.md, + lines), replies, the merge box and the sidebar (Reviewers,
Labels, Milestone, Projects, Assignees, participants, Notifications, Due date, Dependencies, Reference), then the
footer. English PR text, Finnish discussion. Papers: bare arXiv abs / pdf URLs (link), a Markdown link in a diff
hunk (link), an OpenReview forum URL (link), "arXiv:ID" in a hunk (arxiv-text), titles with a venue or a PMLR URL
(title-only; in the rendered description the Markdown links have lost their URLs). Not papers: diffusers,
k-diffusion, the PyTorch AMP docs, Lil'Log's diffusion post, Woodpecker CI, issue #37."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F543, keys

text = f"""Skip to content
Codeberg
Explore
Help
Register
Sign in
kuulas-lab/vuoksi-diffusion
Watch
4
Star
23
Fork
5
You've already forked vuoksi-diffusion
Code
Issues
9
Pull requests
2
Releases
6
Wiki
Activity
docs: add references page for samplers, guidance and training options #41
Open
aino-kettunen wants to merge 4 commits from aino-kettunen/vuoksi-diffusion:docs/references into main
Conversation 7
Commits 4
Files changed 3
+164
−2
aino-kettunen commented 2 weeks ago
Member

This adds docs/references.md and links it from the sampler and trainer docstrings, so that every option in
TrainConfig and every sampler says where it comes from. Closes #37.

What is in the page:

Foundations: {T('1503.03585')} (Sohl-Dickstein et al., ICML 2015) — https://proceedings.mlr.press/v37/sohl-dickstein15.html
Latent diffusion: {T('2106.05931')} (NeurIPS 2021), cited for the latent-space VAE option
Guidance: classifier-free guidance (see the diff, the arXiv id is in the list)
Transformer backbones: https://arxiv.org/abs/2403.03206 — {T('2403.03206')}, for the rectified-flow scheduler and the MM-DiT blocks
Novel-view conditioning: the Zero-1-to-3 entry (only used by the examples/novel_view notebook)
Training: AdamW ({T('1711.05101')}, ICLR 2019) and fp16/bf16 mixed precision

Not papers, listed under "Software and docs": diffusers, k-diffusion, the PyTorch AMP docs, Lil'Log's "What are
Diffusion Models?" post.

Checklist

 docs build locally (mkdocs serve)
 docstrings link to the page
 someone who knows the rectified-flow part checks the wording

aino-kettunen added 3 commits 2 weeks ago
4c1e9a2f07
docs: add references page
b7d03e15aa
docs: link references from samplers
e58f20c9d1
docs: fix anchors in references.md
aino-kettunen requested review from matti-heinonen 2 weeks ago
aino-kettunen added the
documentation
label 2 weeks ago
matti-heinonen reviewed 12 days ago
docs/references.md
@@ -0,0 +1,58 @@
+## Guidance
+
+- Ho, J. & Salimans, T. *{T('2207.12598')}*. arXiv:2207.12598 (2022).
+  Used by `guidance_scale` in every sampler; the unconditional branch is trained with `cond_drop_prob`.
+
+## Conditioning on other views
+
+- [{T('2303.11328')}](https://arxiv.org/abs/2303.11328) — relative camera pose as conditioning.
matti-heinonen commented 12 days ago
Member

Tämä on hyvä. Lisäisin guidance-kohtaan, että meidän cond_drop_prob-oletus (0.1) on sama kuin paperissa,
muuten ihmiset kysyvät sitä taas issueissa.

aino-kettunen commented 11 days ago
Author
Member

Lisätty, kiitos!

Reply...
Resolve conversation
matti-heinonen commented 12 days ago
Member

Mixed precision -kohdassa kannattaa viitata alkuperäiseen paperiin eikä pelkästään PyTorchin AMP-dokumentaatioon:
{T('1710.03740')} (ICLR 2018) https://openreview.net/forum?id={OR('1710.03740')}
Loss scaling -osio selittää, miksi meillä on GradScaler fp16:lle mutta ei bf16:lle.

aino-kettunen commented 11 days ago
Author
Member

Totta, lisäsin sen Training-osioon. AMP-dokumentaatio jäi "Software and docs" -listaan.

eero-vaara commented 9 days ago

Ulkopuolisena: datasetin kuvatekstit tehtiin muistaakseni BLIP-2:lla? Jos niin, sekin kuuluu listaan, vaikka se ei ole
diffuusiomalli: "{T('2301.12597')}" https://arxiv.org/pdf/2301.12597

aino-kettunen commented 8 days ago
Author
Member

@eero-vaara kyllä, captions-v2 on tehty BLIP-2:lla (OPT-2.7b-versio). Lisäsin sen omaan "Data"-osioon.

aino-kettunen added 1 commit 8 days ago
a91f3d6c2b
docs: add mixed precision and captioning references
ci/woodpecker/pr/docs Pipeline was successful
ci/woodpecker/pr/test Pipeline was successful
matti-heinonen approved these changes 5 days ago
matti-heinonen commented 5 days ago
Member

Näyttää hyvältä. Rectified flow -osuuden tarkistan vielä, kun ehdin – en halua blokata tätä sen takia.

All checks were successful
This pull request doesn't have any conflicts with the base branch.
Create merge commit
Rebase then fast-forward
Squash commits
Merge
You can also view command line instructions.

Reviewers
matti-heinonen
approved these changes 5 days ago
Labels
documentation
Milestone
v0.6
Projects
No project
Assignees
aino-kettunen
3 participants
Notifications
Unsubscribe
You're receiving notifications because you're watching this repository.
Due date
No due date set.
Dependencies
No dependencies set.
Reference: kuulas-lab/vuoksi-diffusion#41

Codeberg
Documentation
Community Issues
Contributing
Report Abuse
Donate
Licenses
API
Powered by Forgejo
Version: 7.0.5+gitea-1.21.0 Page: 73ms Template: 9ms
English
"""
write_only(F543, text, keys(F543))
