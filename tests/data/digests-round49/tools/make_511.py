#!/usr/bin/env python3
"""511: an Otter.ai transcript export (.txt: title, date line with "•" and duration, SUMMARY KEYWORDS, SPEAKERS,
then "Speaker  m:ss" turns, and the "Transcribed by https://otter.ai" footer) of a lab journal club on representation
learning odds and ends, with the host's list of the links pasted into the meeting chat appended after the footer, as
researchers keep it. Papers: arXiv abs / OpenReview forum URLs in the appended list (link), "arXiv:ID" there
(arxiv-text), titles spoken in the transcript only (title-only). Not papers: a repository, a tutorial video, a
course, the reading-group rota, a GPU booking."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F511, keys, CTC

turns = [
 ("Priya Raman", "0:03", "Okay, I think we're recording. Can people in the back hear me? Good. So this is the odds and ends session, because last week we said we'd do everything that didn't fit into the contrastive block. I put the links in the chat, and I'll also paste them into the notes afterwards so they end up in the Otter file."),
 ("Priya Raman", "0:24", "Running order: Bogdan does Bi-tuning, Ana does the hard negatives paper, I do dataset condensation, then CPC and CTC as the two classics, and Wen has the two odd ones from CVPR, the motion transfer paper and the medical one. Score-based in latent space if we have time, which we won't."),
 ("Bogdan Ilie", "1:02", "Right, so, the paper is " + T("2011.06182") + ". The idea is, when you fine-tune a pre-trained backbone, you normally only use the labels through the classifier head, and they add two heads, a classifier head with a contrastive cross-entropy loss and a projector head with a categorical contrastive loss, so you keep the intrinsic structure of the representation. I'll share my screen."),
 ("Speaker 4", "3:40", "Is the projector head thrown away after fine-tuning, like in SimCLR?"),
 ("Bogdan Ilie", "3:46", "Yes, at test time it's just the backbone plus the classifier. The gains are biggest in the low-label settings, twenty-five percent of CUB and so on."),
 ("Ana Quiroga", "6:15", "Okay, mine is " + T("2010.04592") + ", ICLR 2021, by Robinson, Chuang, Sra and Jegelka. The question is how to sample negatives that are hard without sampling false negatives, and the trick is an importance weighting of the negative term, with a concentration parameter beta that you can tune, and the debiasing from their earlier paper on top."),
 ("Ana Quiroga", "8:02", "The nice thing is it's like two lines of code on top of a SimCLR loss. I tried it on our CIFAR baseline, it's plus zero point six, so, within noise honestly."),
 ("Priya Raman", "12:30", "Thanks. So mine, dataset condensation with gradient matching. The title is literally " + T("2006.05929") + ". You learn a tiny synthetic training set such that the gradients of a network trained on it match the gradients on the real data, layer by layer. Ten images per class for CIFAR and you get, I think, about forty-four percent."),
 ("Speaker 4", "15:11", "Does that scale to ImageNet?"),
 ("Priya Raman", "15:14", "Not in this paper. There's follow-up work but that's for another session."),
 ("Wen Zhao-Lindqvist", "18:40", "Can I jump in with the classics, since Ana has to leave at half past? So the first one is " + T("1807.03748") + ", van den Oord, Li, Vinyals. This is where the InfoNCE name comes from. Predict future latents in an autoregressive context, score them against negatives. They do audio, images, text and RL in one paper, which nobody does anymore."),
 ("Wen Zhao-Lindqvist", "21:05", "And the other classic, because it's the same problem of aligning things without explicit labels, is " + CTC + ", Graves and co-authors, ICML 2006. The blank symbol, the forward-backward recursion. I brought the Distill article as a tutorial, it's not a paper, but it's the best explanation."),
 ("Ana Quiroga", "24:48", "Sorry, I have to go, I'll watch the rest in the recording."),
 ("Wen Zhao-Lindqvist", "25:30", "Then the two CVPR ones. " + T("2103.14338") + ", that's from CVPR 2021, they build a personalised model of a person from a few frames, geometry plus texture, then drive it with new poses. I picked it because the texture module uses a self-supervised consistency loss."),
 ("Wen Zhao-Lindqvist", "29:12", "And the medical one is " + T("2103.14339") + ". They pick which unlabelled chest X-rays to send to the radiologist, with a meta-learned selector trained with policy gradient. It's a labeling-budget paper more than a representation paper, to be honest."),
 ("Bogdan Ilie", "33:20", "Do they compare with plain uncertainty sampling?"),
 ("Wen Zhao-Lindqvist", "33:25", "They compare with random and a few heuristics, I think entropy is one of them."),
 ("Priya Raman", "41:00", "Okay, last five minutes, score-based in latent space, LSGM, Vahdat, Kreis and Kautz. I'm not presenting it, just read section three for next time. The link is in the chat. And the rota for next term is on the wiki, please add yourselves. Also the A100 booking sheet, if you need GPUs for the reproduction projects, fill it in before Friday."),
 ("Speaker 4", "51:40", "Thanks everyone."),
]

links = f"""Links from the meeting chat (pasted by Priya after the call)
- Bi-tuning (Bogdan): https://openreview.net/forum?id={OR("2011.06182")}
- {T("2006.05929")} (ICLR 2021): https://arxiv.org/abs/2006.05929
- CPC: arXiv:1807.03748
- LSGM = {T("2106.05931")}, https://arxiv.org/abs/2106.05931 (NeurIPS 2021)
- CTC tutorial (Distill, not a paper): https://distill.pub/2017/ctc/
- Bi-tuning code: https://github.com/thuml/Bi-tuning
- Reading group rota: https://wiki.example.edu/rl-lab/JournalClub/Rota2024
- GPU booking sheet: https://docs.example.edu/sheets/a100-booking
"""

head = """Journal club — representation learning odds and ends
Thu, Mar 14, 2024 4:02PM • 52:17

SUMMARY KEYWORDS
contrastive, negatives, fine-tuning, condensation, gradients, synthetic, CTC, blank, InfoNCE, texture, radiologist, latent

SPEAKERS
Priya Raman, Bogdan Ilie, Ana Quiroga, Wen Zhao-Lindqvist, Speaker 4

"""
body = "\n\n".join(f"{s}  {t}\n{x}" for s, t, x in turns)
text = head + body + "\n\n\n\n  Transcribed by https://otter.ai\n\n\n" + links
write_only(F511, text, keys(F511))
