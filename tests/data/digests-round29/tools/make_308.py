#!/usr/bin/env python3
"""308: a GitHub pull request's Conversation tab copied from the browser as text (Ctrl+A, Ctrl+C), for an invented
Uyghur NLP toolkit. What such a copy has: the repository header and tabs with counters, the PR title with its
number, "Open" and "<user> wants to merge N commits into main from <branch>", the tab row (Conversation / Commits /
Checks / Files changed with counts), the opening comment (rendered Markdown: link texts only, bare URLs as typed),
the timeline (commits as "<message> <short sha>", "requested a review from", review blocks "reviewed <date>" with
file-path comments and "Reply...", "Resolve conversation", "added the … label"), the sidebar (Reviewers, Assignees,
Labels, Projects, Milestone, Development, Notifications, participants), the merge box and the comment box, the
footer. Papers are cited in the opening comment and in review comments: a title on its own, a title in a bare-URL
line (OpenReview forum, abs, pdf, huggingface.co/papers), "arXiv:ID", a bare id, lower case, and a Markdown link
whose URL is lost in the copy (its title stays)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1701.06538", "2006.16668", "2101.03961", "1904.09751", "1906.08237", "1910.13461", "2006.03654",
        "2012.08561", "2003.10555", "2106.09685", "2305.14314", "2010.06040"]

COMMITS = [("moe: Top2Gate ۋە MoEFeedForward قوشۇلدى", "3f2a1c9"),
           ("moe: yük tengpungluq ziyini (aux loss)", "b71e0d4"),
           ("config: num_experts, capacity_factor", "0c9d5e2"),
           ("generate: top-p (nucleus) sampling", "e48a7b1"),
           ("tests: MoE ۋە top-p سىناقلىرى", "91f3c20"),
           ("docs: README ۋە CHANGELOG", "5ad06e8"),
           ("moe: Switch top-1 gate تاللىمىسى", "c2e94f7")]

L = """Skip to content
Navigation Menu
kashgar-nlp
/
uynlp

Type / to search
Code
Issues
23
Pull requests
5
Discussions
Actions
Projects
Wiki
Security
Insights
MoE FFN قاتلىمى ۋە nucleus sampling قوشۇش #142
Open
aydin-t wants to merge 7 commits into main from aydin-t:moe-ffn
+412 −38
 Conversation 6
 Commits 7
 Checks 3
 Files changed 9
Conversation
@aydin-t
Contributor
aydin-t commented Mar 11, 2024 •
edited
بۇ PR نېمە قىلىدۇ
uynlp.modules غا Mixture-of-Experts ئالدىغا يەتكۈزۈش قاتلىمى (MoEFeedForward) قوشىدۇ.
generate() غا top-p (nucleus) sampling قوشىدۇ. ھازىر پەقەت greedy ۋە beam بار ئىدى.
config غا num_experts، capacity_factor، router_type قوشۇلدى (كۆڭۈلدىكىسى: MoE يوق، كونا مودېللار ئۆزگەرمەيدۇ).
ئاساس قىلىنغان ماقالىلەر
{0}
https://openreview.net/forum?id={1}
{2}
https://arxiv.org/abs/2006.16668
Top-1 gate تاللىمىسى {13} (arXiv:2101.03961) دىن ئېلىندى.
top-p ئۈچۈن: {3}
سىناق
uy-wiki-2023 دە 12 قەۋەتلىك، 8 مۇتەخەسسىسلىك مودېل: perplexity 18.9 → 17.2 (ئوخشاش FLOPs).
top-p=0.9 بىلەن ھېكايە يېزىشتا تەكرارلىنىش %31 دىن %6 گە چۈشتى.
تەكشۈرۈش تىزىملىكى
 pytest ئۆتتى
 README يېڭىلاندى
 checkpoint نى HF Hub قا يۈكلەش (ئايرىم PR)
Fixes #131

@aydin-t
moe: Top2Gate ۋە MoEFeedForward قوشۇلدى
3f2a1c9
@aydin-t
moe: yük tengpungluq ziyini (aux loss)
b71e0d4
@aydin-t
config: num_experts, capacity_factor
0c9d5e2
@aydin-t
generate: top-p (nucleus) sampling
e48a7b1
@aydin-t aydin-t requested a review from rena-h Mar 11, 2024
@aydin-t aydin-t added the enhancement label Mar 11, 2024
@rena-h
rena-h reviewed Mar 12, 2024
View reviewed changes
uynlp/modules/moe.py
Outdated
@rena-h
rena-h Mar 12, 2024
Member
capacity_factor 1.0 بولسا token لار تاشلىنىدۇ. GShard تا 2.0 ئىشلىتىلگەن، ماقالىنىڭ تولۇق ئىسمى:
{4}
كۆڭۈلدىكىنى 1.25 قىلايلىمۇ؟
@aydin-t
aydin-t Mar 12, 2024
Author
Contributor
ماقۇل، 1.25 قىلدىم.
Reply...
Resolve conversation
@rena-h
rena-h Mar 12, 2024
Member
يەنە بىر ئىش: بىزنىڭ ئاساسىي مودېل ELECTRA ئۇسۇلىدا ئۆگىتىلگەن (2003.10555)، ماقالە:
{5}
MoE نى discriminator غا قوشقاندا aux loss ئۆزگىرىدۇ. سىناپ باقتىڭىزمۇ؟ شۇنىڭدەك ئۇلارنىڭ كېيىنكى ماقالىسى
{6} مۇ مۇناسىۋەتلىك.
@aydin-t
moe: Switch top-1 gate تاللىمىسى
c2e94f7
@aydin-t
tests: MoE ۋە top-p سىناقلىرى
91f3c20
@aydin-t
docs: README ۋە CHANGELOG
5ad06e8
@mukhtar-k
mukhtar-k commented Mar 13, 2024
Member
ياخشى PR. بىر تەكلىپ: بۇ MoE نى LoRA بىلەن بىللە fine-tune قىلغىلى بولامدۇ؟ بىزنىڭ GPU بىر دانە 24GB.
{7} — https://huggingface.co/papers/2106.09685
{8} نى ئوقۇغان، 4-bit بىلەن 8 مۇتەخەسسىس سىغىشى مۇمكىن.
ئۇنىڭدىن باشقا، README دىكى سېلىشتۇرۇش جەدۋىلىگە باشقا ئالدىن ئۆگىتىش ئۇسۇللىرىنى قوشساق:
{9}
{10}
{11}
{12}
@aydin-t
Author
Contributor
aydin-t commented Mar 13, 2024
@mukhtar-k رەھمەت! LoRA + MoE نى كېيىنكى PR دا قىلاي (#145). جەدۋەلنى README دا يېڭىلىدىم، BART نىڭ pdf ئۇلىنىشىنى قوشتۇم: https://arxiv.org/pdf/1910.13461
@rena-h
rena-h approved these changes Mar 14, 2024
View reviewed changes
@rena-h
rena-h left a comment
Member
LGTM. ماس ھالدا CHANGELOG قا Fixes #131 نى يازدىڭىز، ياخشى.
Add more commits by pushing to the moe-ffn branch on aydin-t/uynlp.

All checks have passed
3 successful checks
Changes approved
1 approving review by reviewers with write access.
This branch has no conflicts with the base branch
Merging can be performed automatically.

Merge pull request
You can also open this with GitHub Desktop or view command line instructions.
@mukhtar-k
Add a comment
Comment
 
Add your comment here...
 
Remember, contributions to this repository should follow our code of conduct.
ProTip! Add .patch or .diff to the end of URLs for Git’s raw diffs.
Reviewers
@rena-h
rena-h
Assignees
No one assigned
Labels
enhancement
Projects
None yet
Milestone
v0.4
Development
Successfully merging this pull request may close these issues.

MoE قاتلىمى قوشۇش #131
Notifications
Customize
You’re receiving notifications because you were mentioned.
3 participants
@aydin-t
@rena-h
@mukhtar-k
Footer
© 2024 GitHub, Inc.
Footer navigation
Terms
Privacy
Security
Status
Docs
Contact
Manage cookies
Do not share my personal information
""".format(
    T("1701.06538"), OR("1701.06538"), T("2006.16668"),
    T("1904.09751").lower(),
    T("2006.16668"),
    T("2003.10555"), T("2012.08561"),
    T("2106.09685"), T("2305.14314"),
    T("1906.08237"), T("1910.13461"), T("2006.03654"), T("2010.06040"), T("2101.03961"))

write_only("308_github_pull_request_page_copied_text_uyghur_moe_layer_for_nlp_toolkit.txt", L, KEYS)
