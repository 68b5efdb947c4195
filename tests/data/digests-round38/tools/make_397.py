#!/usr/bin/env python3
"""397: a reading plan kept as a Markdown checklist by a new hand: GitHub task-list items "- [x]" / "- [ ]", one per
thing to read, each with a "⏱ 45 min" budget at the end of the line, nested sub-bullets (two spaces per level) of
notes, links and sub-tasks; every section heading carries "Σ ⏱ …" (the sum of its items), the header a total budget
and a "Progress: n/m" count of ticked top-level items, ticked items a "✅ YYYY-MM-DD" date. Papers: an arXiv abs URL
on a sub-bullet, an arXiv pdf URL, "<https://arxiv.org/abs/…v2>" in angle brackets, an OpenReview forum URL (link);
"arXiv 2106.08254" typed (arxiv-text); titles in lower case followed by "(ICML 2021)", in italics with a trailing
full stop, in “ ”, split across two lines by the item's soft wrap, in bold as the text of a link to the CVF page, in
' ' before a project page (title-only). Lilian Weng's blog post, a CS231n lecture, a YouTube walkthrough, the
fairseq HuBERT example, the dinov2 and LLaVA repositories, LAION-400M, ImageNet and "the SimCLR paper" / "BYOL"
(nicknames) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F397, keys


def fmt(m):
    h, mm = divmod(m, 60)
    return " ".join(x for x in ((f"{h} h" if h else ""), (f"{mm} min" if mm else "")) if x)


# sections: (heading, [(done date or None, first line, continuation lines, minutes, sub-bullets)])
SECTIONS = [
 ("0. Warm-up (not papers, skip if you know the area)", [
  ("2024-02-05", "Lilian Weng, \"Contrastive Representation Learning\" (blog post, May 2021)", [], 30, [
   "- https://lilianweng.github.io/posts/2021-05-31-contrastive/",
   "- sections on the loss functions only; the rest is a literature list"]),
  ("2024-02-06", "CS231n lecture on self-supervised learning, slides only", [], 20, [
   "- skip the pretext-task half (rotation, jigsaw), it is history now"]),
 ]),
 ("1. Siamese networks without negatives", [
  ("2024-02-12", T("2011.10566"), [], 45, [
   "- https://arxiv.org/abs/2011.10566",
   "- Chen & He, CVPR 2021",
   "- the stop-gradient ablation is the whole paper",
   "  - [x] redo the collapse argument on paper",
   "  - [x] compare with BYOL's predictor (nickname only, we are not reading BYOL)"]),
  ("2024-02-14", f"{T('2103.03230').lower()} (ICML 2021)", [], 60, [
   "- cross-correlation matrix pushed to the identity",
   "- read it as whitening: where do the negatives go?"]),
  (None, f"*{T('2004.11362')}*.", [], 60, [
   "- NeurIPS 2020, Khosla et al.",
   "- labels inside the contrastive loss; section 3 and the robustness table only",
   "  - [ ] check whether the temperature sweep matches the SimCLR paper's"]),
 ]),
 ("2. Why any of this works", [
  ("2024-02-20", "Self-supervised Learning from a", ["Multi-view Perspective"], 75, [
   f"- reviews + paper: https://openreview.net/forum?id={OR('2006.05576')} (ICLR 2021)",
   "- Tsai, Wu, Salakhutdinov, Morency",
   "- the information-theoretic story: contrastive vs. predictive vs. inverse-predictive",
   "  - [x] write the three objectives on one slide"]),
 ]),
 ("3. Images and text at scale", [
  ("2024-02-27", f"“{T('2102.05918')}”", [], 60, [
   "- Jia et al., ICML 2021 (the ALIGN paper)",
   "- 1.8B noisy alt-text pairs, no cleaning: the point is that scale beats curation",
   "- compare the filtering with LAION-400M (dataset, not on the plan)"]),
  (None, f"'{T('2304.08485')}'", [], 60, [
   "- project page https://llava-vl.github.io/ · code https://github.com/haotian-liu/LLaVA",
   "- only the data-generation section: GPT-4 writes the instructions",
   "  - [ ] look at 10 generated conversations in the released json"]),
 ]),
 ("4. Masked prediction: speech first, then images", [
  ("2024-03-05", f"{T('2106.07447')[:7]}{T('2106.07447')[7:].lower()}", [], 75, [
   "- https://arxiv.org/pdf/2106.07447.pdf",
   "- offline k-means targets, then iterate; the fairseq example is at",
   "  https://github.com/facebookresearch/fairseq/tree/main/examples/hubert"]),
  ("2024-03-07", f"{T('2106.08254')} — arXiv 2106.08254", [], 45, [
   "- the dVAE tokenizer is borrowed; focus on the masking strategy (blockwise)"]),
  (None, f"[**{T('2111.06377')}**](https://openaccess.thecvf.com/content/CVPR2022/html/He_Masked_Autoencoders_Are_Scalable_Vision_Learners_CVPR_2022_paper.html)", [], 60, [
   "- He et al., CVPR 2022",
   "- 75% masking, asymmetric encoder/decoder",
   "  - [ ] reproduce Fig. 5 (masking ratio) from the released logs, not from scratch"]),
 ]),
 ("5. Where it ended up", [
  (None, f"{T('2304.07193')} <https://arxiv.org/abs/2304.07193v2>", [], 90, [
   "- the data pipeline (curated LVD-142M) matters as much as the loss",
   "- weights: https://github.com/facebookresearch/dinov2",
   "- optional: a YouTube walkthrough of the paper, 40 min, link in the group chat"]),
  (None, "Wrap-up session: each of us presents one figure we would redraw", [], 30, []),
 ]),
]

items = [it for _, its in SECTIONS for it in its]
total = sum(it[3] for it in items)
done = sum(1 for it in items if it[0])
out = [
 "# 📚 Reading plan — self-supervised representations (spring block)",
 "",
 "> Owner: **Priyanka Raghunathan** (Kestrel Hall vision lab) · started 2024-02-05 · last touched 2024-03-11",
 f"> Total budget: ⏱ {fmt(total)} · Progress: {done}/{len(items)}",
 "",
 "Legend: `[x]` read and discussed · `[ ]` still to do · `⏱` is the time I budget for a first pass, not a",
 "deep read · `✅` is the day we discussed it. Sub-bullets are my notes; indented boxes are optional homework.",
 "ImageNet-1k linear probe numbers are **not** to be compared across papers, the protocols differ.",
 "",
]
for head, its in SECTIONS:
    out += [f"## {head} — Σ ⏱ {fmt(sum(i[3] for i in its))}", ""]
    for d, first, cont, mins, subs in its:
        box = "x" if d else " "
        tail = f" ⏱ {fmt(mins)}" + (f" ✅ {d}" if d else "")
        if cont:
            out.append(f"- [{box}] {first}")
            out += [f"      {c}" for c in cont[:-1]] + [f"      {cont[-1]}{tail}"]
        else:
            out.append(f"- [{box}] {first}{tail}")
        out += [f"  {s}" for s in subs]
    out.append("")
out += [
 "## Parking lot (not scheduled)",
 "",
 "- the SimCLR paper, BYOL, anything with \"momentum\" in it: we did those in the autumn block",
 "- speech people asked for a wav2vec session; maybe after Easter",
 "",
 "---",
 "_Edit history: 2024-03-11 moved the project-page link under the LLaVA item · 2024-02-26 split section 2 out of 1 ·_",
 "_2024-02-05 first version_",
 "",
]
text = "\n".join(out)
write_only(F397, text, keys(F397))
