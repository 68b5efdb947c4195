#!/usr/bin/env python3
"""523: an issue on a university's self-hosted GitLab, copied from the browser (select all → paste into a text file):
the skip link and top bar, the breadcrumb, title, "Open · Issue created … by …", the description with a task list and
a code block, "Edited …", the Tasks / Linked items / Related merge requests widgets, Activity with system notes
(labels, assignee, milestone, "mentioned in merge request !…", "marked the checklist item …"), comments with
"@user · 2 weeks ago" and role badges, a thread reply, emoji counts, the sidebar (Assignee, Labels, Milestone,
Due date, Time tracking, Confidentiality, Lock discussion, Participants, Notifications, Reference, Issue email),
the sign-in line. Papers: arXiv abs URLs (link), OpenReview forum URLs (link), "arXiv:ID" (arxiv-text), titles in
prose and a pasted citation (title-only). Not papers: bitsandbytes, AutoGPTQ, PEFT, the transformers docs, a blog
post, merge requests, CI pipelines."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F523, keys

text = f"""Skip to content
GitLab
Menu
Search GitLab
Sign in
N
nlp-lab
textgen-toolkit
Issues
#57

Support quantized checkpoints (8-bit / 4-bit) and DoRA adapters

Open
Issue created 3 weeks ago by Priya Raman

We are running out of GPU memory for anything above 13B on the lab's A40s, and half of the group
now fine-tunes with adapters anyway. Proposal for the next minor release:

 Load 8-bit checkpoints through bitsandbytes ({T('2208.07339')}, arXiv:2208.07339)
 Load GPTQ checkpoints (AutoGPTQ format), paper: {T('2210.17323')} https://arxiv.org/abs/2210.17323
 DoRA adapters next to LoRA in `textgen.adapters` — {T('2402.09353')} (https://arxiv.org/abs/2402.09353)
 Benchmark: perplexity + tokens/s on the three eval sets, before/after

Minimal reproduction of the OOM we get today:

textgen generate --model /data/models/llama-13b --prompt-file prompts/eval.txt --max-new-tokens 256
# torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 270.00 MiB

Edited 2 weeks ago by Priya Raman
Tasks
0
Linked items
0
Related merge requests
1
!112 Draft: 8-bit loading via bitsandbytes
Activity
Sort or filter
Priya Raman added ~feature ~inference ~"needs design" labels 3 weeks ago
Priya Raman assigned to @tlindgren 3 weeks ago
Tom Lindgren
@tlindgren · 3 weeks ago
Maintainer
Thanks, +1 on all four. Two design questions before anyone writes code:

Do we want adapters to be first-class (own config class, own save format) or do we just wrap PEFT? I'd
rather not grow a second adapter zoo. There's a nice framing in "{T('2110.04366')}"
(He et al.) — LoRA, prefix tuning and adapters as one family with a few design axes —
https://openreview.net/forum?id={OR('2110.04366')} — we could literally mirror that in the config.
For the quantized paths: load-time only, or also quantize on the fly? GPTQ needs calibration data, so
on-the-fly is a bigger job.

👍 3
Priya Raman
@praman · 3 weeks ago
Author
Developer
Mirroring that paper's axes sounds good to me. Load-time only for now, calibration can be a separate
issue.

Dmitri Vasquez
@dvasquez · 3 weeks ago
Developer
Reminder that the non-autoregressive decoder (the GLAT-style one from {T('2008.07905')},
https://openreview.net/forum?id={OR('2008.07905')}) calls the model in a completely different loop.
Whatever we do for 8-bit has to work there too, or we have to explicitly refuse it.

Tom Lindgren
@tlindgren · 3 weeks ago
Maintainer
Good point. Let's refuse it with a clear error for now.

Tom Lindgren changed milestone to %v0.9 2 weeks ago
Tom Lindgren mentioned in merge request !112 2 weeks ago
Hannah Obi
@hobi · 2 weeks ago
Developer
While we are touching generation: the sampling defaults are still temperature-only. Nucleus sampling
(top-p) from {T('1904.09751')} (Holtzman et al., ICLR 2020) is a
five-line change, can I sneak it into !112 or separate MR?

1 reply
Tom Lindgren
@tlindgren · 2 weeks ago
Maintainer
Separate MR please, keeps the review small.

Hannah Obi
@hobi · 1 week ago
Developer
Also, for the README "How to cite" section somebody asked about: we build on transformers, so we should
cite it as they ask. Their docs give:

Thomas Wolf et al. 2020. Transformers: State-of-the-Art Natural Language Processing. In Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations.

the arXiv version is called "{T('1910.03771')}", same paper.

Priya Raman
@praman · 1 week ago
Author
Developer
Numbers from the first run of !112 (8-bit, llama-13b, eval-news): perplexity 6.91 → 6.94, tokens/s 21.3 → 14.8,
peak memory 26.1 GB → 14.2 GB. Slower, as expected, but it fits. Pipeline: #4821

Priya Raman marked the checklist item Load 8-bit checkpoints through bitsandbytes ({T('2208.07339')}, arXiv:2208.07339) as completed 1 week ago
Yuki Sato
@ysato · 5 days ago
Reporter
Not quantization, but related to the attention-export feature people asked about in #49: if we add
attention maps to the output, please also export the value-vector norms. "{T('2004.10102')}" (Kobayashi et al., EMNLP 2020) shows the raw weights alone are misleading.

Tom Lindgren
@tlindgren · 5 days ago
Maintainer
@ysato can you open a separate issue for that? Linking it from #49 is fine.

Please register or sign in to reply
Assignee
Tom Lindgren
Labels
feature
inference
needs design
Milestone
v0.9
Due date
None
Time tracking
Spent: 6h
Confidentiality
Not confidential
Lock discussion
Unlocked
5 participants
Notifications
Reference: nlp-lab/textgen-toolkit#57
Issue email
"""
write_only(F523, text, keys(F523))
