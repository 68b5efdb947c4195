#!/usr/bin/env python3
"""406 (NEGATIVE): a GitHub issue page selected from top to bottom in the browser and pasted as text: the page bar
("Skip to content", "Navigation Menu", owner / repo, the tab names with their counts), the issue title with its number,
"Open", "<author> opened this issue <date> · n comments", then each comment as "@user" / "user commented <date>" with
"Member" / "Author" / "Contributor" badges and "edited", quoted replies ("> …" lines copied from earlier comments),
config and log excerpts, the timeline events (labels, self-assignment, a linked pull request), the reactions, and the
sidebar (Assignees, Labels, Projects, Milestone, Development, Participants). Research-flavoured noise: optimiser
settings, loss values, loss-scale and z-loss talk, library versions (torch, transformers, accelerate, flash-attn),
GPU types, a link to an open book on GitHub and a PyTorch forum thread — but no paper: no catalogue title, no
arXiv-shaped number, no OpenReview link."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F406

OWNER, REPO, NUM = "kestrel-ml", "tinytrain", 1742
TITLE = "Loss jumps to NaN a few hundred steps after resuming from a checkpoint (bf16 + gradient accumulation)"
# (user, date, badge, edited, body lines)
COMMENTS = [
 ("marta-lindgren", "Mar 4, 2024", "", True, [
  "Describe the bug",
  "After resuming a 1.3B run from a checkpoint, training looks fine for a few hundred optimizer steps and then the loss goes to NaN. A fresh run with the same config trains past the same point without problems.",
  "",
  "To reproduce",
  "",
  "train a model with configs/lm_1b3.yaml for ~40k steps with save_every: 2000",
  "kill the job and resume with --resume_from ckpt/step_40000",
  "after 300–600 steps: loss 2.41 → 2.39 → 7.93 → nan",
  "",
  "Config (relevant part)",
  "",
  "precision: bf16-mixed",
  "optimizer: adamw",
  "lr: 3.0e-4",
  "betas: [0.9, 0.95]",
  "weight_decay: 0.1",
  "warmup_steps: 2000",
  "grad_accum: 8",
  "max_grad_norm: 1.0",
  "",
  "Environment",
  "",
  "tinytrain 0.8.3, torch 2.2.1+cu121, transformers 4.38.2, accelerate 0.27.2, flash-attn 2.5.6",
  "8× A100 80GB, single node",
 ]),
 ("jkowalczyk", "Mar 5, 2024", "Member", False, [
  "Thanks for the detailed report.",
  "",
  "> A fresh run with the same config trains past the same point without problems.",
  "",
  "That points at state we do not restore. Can you check whether the LR scheduler resumes at the right step? Print scheduler.last_epoch right after load_checkpoint().",
 ]),
 ("marta-lindgren", "Mar 5, 2024", "Author", False, [
  "> Print scheduler.last_epoch right after load_checkpoint().",
  "",
  "It is 40000, so the schedule is fine. The learning rate in the logs also matches the fresh run to 6 digits.",
  "",
  "But I noticed something else: grad_norm right after resume is about 3× higher than at the same step of the fresh run, for the first ~50 steps.",
 ]),
 ("oyelaran-dev", "Mar 5, 2024", "Contributor", False, [
  "We saw the same on a 350M model. In our case the data loader restarted from the beginning of the shard instead of the saved offset, so the model saw the first 2000 batches again, and those contain the long code files that spike the loss.",
  "",
  "Not sure it explains a NaN though. Do you have z-loss on? With bf16 the logits can drift without it.",
 ]),
 ("marta-lindgren", "Mar 6, 2024", "Author", False, [
  "> the data loader restarted from the beginning of the shard instead of the saved offset",
  "",
  "Confirmed, dataloader_state is missing from our checkpoints. But with the data order fixed I still get the NaN, just later (around step 41,100).",
  "",
  "> Do you have z-loss on?",
  "",
  "No. Turning it on (z_loss: 1.0e-4) makes the resumed run survive, but that only hides the problem.",
 ]),
 ("jkowalczyk", "Mar 7, 2024", "Member", False, [
  "Found it, I think. On resume we rebuild the optimizer and load its state dict, but with grad_accum > 1 the first micro-batches after load are accumulated into the .grad buffers left over from the last partial accumulation before the checkpoint. Those buffers are saved (we save the whole module) and never zeroed.",
  "",
  "So the first update after resume uses up to 2× the gradient. With max_grad_norm: 1.0 that should be clipped, and it is, but AdamW's second-moment estimate still sees it.",
  "",
  "Fix in #1750: zero the grads in load_checkpoint() and save the data loader state. Could you try the branch?",
 ]),
 ("marta-lindgren", "Mar 8, 2024", "Author", False, [
  "Tried fix/resume-grads on the original run: 6,000 steps past the resume point, loss curve matches the fresh run within noise (2.3141 vs 2.3152 at step 46k). No NaN.",
  "",
  "Thanks a lot! 🙏",
 ]),
 ("hannah-obi", "Mar 9, 2024", "", False, [
  "For anyone finding this later: the chapter on training instabilities in Stas Bekman's open book is a good checklist for this kind of thing: https://github.com/stas00/ml-engineering",
  "There is also an older thread on the PyTorch forum about grads surviving a checkpoint round-trip: https://discuss.pytorch.org/t/resuming-training-gives-different-loss/",
 ]),
 ("jkowalczyk", "Mar 11, 2024", "Member", False, [
  "#1750 is merged and will be in 0.8.4. Leaving this open until the release is out.",
 ]),
]
EVENTS = {  # after comment index -> event lines
 1: ["@jkowalczyk", "jkowalczyk added bug needs-repro labels Mar 5, 2024", "@jkowalczyk", "jkowalczyk self-assigned this Mar 5, 2024"],
 5: ["@jkowalczyk", "jkowalczyk linked a pull request that will close this issue Mar 7, 2024",
     "Zero stale gradients and restore data loader state on resume #1750", "Merged"],
 6: ["@jkowalczyk", "jkowalczyk removed the needs-repro label Mar 8, 2024", "@jkowalczyk", "jkowalczyk added this to the v0.8.4 milestone Mar 8, 2024"],
}
n = len(COMMENTS) - 1
out = ["Skip to content", "Navigation Menu", f"{OWNER}", "/", f"{REPO}", "", "Type / to search", "", "Code",
       "Issues", "38", "Pull requests", "7", "Discussions", "Actions", "Wiki", "Security", "Insights", "",
       f"{TITLE} #{NUM}", "Open", f"{COMMENTS[0][0]} opened this issue {COMMENTS[0][1]} · {n} comments", "Comments", ""]
for i, (user, date, badge, edited, body) in enumerate(COMMENTS):
    head = [f"@{user}", f"{user} commented {date}" + (" • " if edited else "")]
    if edited: head.append("edited")
    if badge: head.append(badge)
    out += head + body
    if i == 0: out += ["👍 3", "👀 1"]
    if i == 6: out += ["🎉 2", "❤️ 1"]
    out.append("")
    if i in EVENTS:
        out += EVENTS[i] + [""]
out += ["Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment", "",
        "Assignees", "@jkowalczyk", "jkowalczyk", "", "Labels", "bug", "", "Projects", "None yet", "", "Milestone",
        "v0.8.4", "", "Development", "Successfully merging a pull request may close this issue.",
        "Zero stale gradients and restore data loader state on resume", f"{OWNER}/{REPO}", "", "Notifications",
        "Subscribe", "You're not receiving notifications from this thread.", "",
        f"{len({c[0] for c in COMMENTS})} participants", "@marta-lindgren", "@jkowalczyk", "@oyelaran-dev", "@hannah-obi", "",
        "Footer", "© 2024 GitHub, Inc.", "Terms", "Privacy", "Security", "Status", "Docs", "Contact", ""]
text = "\n".join(out)
write(F406, text, negative=True)
