#!/usr/bin/env python3
"""399: a mutt mbox folder ("=arxiv-keep") of nine arXiv daily mailings from 2019, in the old plain layout: mbox
"From no-reply@arxiv.org <asctime>" separator lines, mail headers (Return-Path, Date with a two-digit year, the
mailer's "send mail ONLY to cs" From, Reply-To, To, Subject "cs daily Subj-class mailing …", Message-Id, mutt's
X-Label and Status), then the listing: the banner, "Submissions to:" and the "received from … to …" window, new
submissions with "Date:" lines and long abstracts between "\\\\" lines, the "%-%-%-" cross-list separator, the
"%%--%%--" replacement separator, "replaced with revised version" records without abstracts, and the "%%%---" end
marker. The owner's trim script left one kept record per mail and a "[arxiv-trim: …]" line where it dropped the
others; one abstract line starting with "From" is escaped ">From" as mbox requires. Papers: every kept record (link:
the "\\\\ ( https://arxiv.org/abs/ID ,  Nkb)" line; the id is also on the "arXiv:ID" line). GitHub code links in
Comments fields are not labelled."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F399, keys

SEP = "-" * 78
CROSS = "%-" * 39
REP = "%%--" * 19 + "%%"
END = "%%%---" * 13
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

ABS = {
 "1901.02860": "Transformers have the potential to learn longer-term dependency, but in the setting of language "
  "modeling they are limited by a fixed-length context. We propose a novel neural architecture, Transformer-XL, "
  "that enables learning dependency beyond a fixed length without disrupting temporal coherence. It consists of a "
  "segment-level recurrence mechanism and a novel positional encoding scheme. Our method not only captures "
  "longer-term dependency, but also resolves the context fragmentation problem. As a result, Transformer-XL learns "
  "dependency that is considerably longer than RNNs and vanilla Transformers, achieves better performance on both "
  "short and long sequences, and is much faster than vanilla Transformers during evaluation. We improve the "
  "state-of-the-art results of bpc/perplexity on enwiki8, text8, WikiText-103, One Billion Word, and Penn Treebank "
  "(without finetuning). Our code, pretrained models, and hyperparameters are available in both Tensorflow and "
  "PyTorch.",
 "1905.11946": "Convolutional Neural Networks (ConvNets) are commonly developed at a fixed resource budget, and then "
  "scaled up for better accuracy if more resources are available. In this paper, we systematically study model "
  "scaling and identify that carefully balancing network depth, width, and resolution can lead to better "
  "performance. Based on this observation, we propose a new scaling method that uniformly scales all dimensions of "
  "depth/width/resolution using a simple yet highly effective compound coefficient. We demonstrate the "
  "effectiveness of this method on scaling up MobileNets and ResNet.\n"
  "To go even further, we use neural architecture search to design a new baseline network and scale it up to "
  "obtain a family of models, called EfficientNets, which achieve much better accuracy and efficiency than "
  "previous ConvNets. In particular, our largest model achieves state-of-the-art top-1 accuracy on ImageNet while "
  "being several times smaller and faster on inference than the best existing ConvNet. Our EfficientNets also "
  "transfer well and achieve state-of-the-art accuracy on CIFAR-100, Flowers, and 3 other transfer learning "
  "datasets, with an order of magnitude fewer parameters.",
 "1906.08237": "With the capability of modeling bidirectional contexts, denoising autoencoding based pretraining "
  "like BERT achieves better performance than pretraining approaches based on autoregressive language modeling. "
  "However, relying on corrupting the input with masks, BERT neglects dependency between the masked positions and "
  "suffers from a pretrain-finetune discrepancy. In light of these pros and cons, we propose XLNet, a generalized "
  "autoregressive pretraining method that (1) enables learning bidirectional contexts by maximizing the expected "
  "likelihood over all permutations of the factorization order and (2) overcomes the limitations of BERT thanks to "
  "its autoregressive formulation. Furthermore, XLNet integrates ideas from Transformer-XL, the state-of-the-art "
  "autoregressive model, into pretraining. Empirically, XLNet outperforms BERT on 20 tasks, often by a large "
  "margin, and achieves state-of-the-art results on 18 tasks including question answering, natural language "
  "inference, sentiment analysis, and document ranking.",
 "1907.05600": "We introduce a new generative model where samples are produced via Langevin dynamics using gradients "
  "of the data distribution estimated with score matching. Because gradients can be ill-defined and hard to "
  "estimate when the data resides on low-dimensional manifolds, we perturb the data with different levels of "
  "Gaussian noise, and jointly estimate the corresponding scores, i.e., the vector fields of gradients of the "
  "perturbed data distribution for all noise levels. For sampling, we propose an annealed Langevin dynamics where "
  "we use gradients corresponding to gradually decreasing noise levels as the sampling process gets closer to the "
  "data manifold. Our framework allows flexible model architectures, requires no sampling during training or the "
  "use of adversarial methods, and provides a learning objective that can be used for principled model "
  "comparisons. Our models produce samples comparable to GANs on MNIST, CelebA and CIFAR-10 datasets, achieving a "
  "new state-of-the-art inception score on CIFAR-10. Additionally, we demonstrate that our models learn effective "
  "representations via image inpainting experiments.",
 "1907.11692": "Language model pretraining has led to significant performance gains but careful comparison between "
  "different approaches is challenging. Training is computationally expensive, often done on private datasets of "
  "different sizes, and, as we will show, hyperparameter choices have significant impact on the final results. We "
  "present a replication study of BERT pretraining that carefully measures the impact of many key hyperparameters "
  "and training data size. We find that BERT was significantly undertrained, and can match or exceed the "
  "performance of every model published after it. Our best model achieves state-of-the-art results on GLUE, RACE "
  "and SQuAD. These results highlight the importance of previously overlooked design choices, and raise questions "
  "about the source of recently reported improvements. We release our models and code.",
 "1908.10084": "BERT and RoBERTa have set a new state-of-the-art performance on sentence-pair regression tasks "
  "like semantic textual similarity (STS). However, it requires that both sentences are fed into the network, "
  "which causes a massive computational overhead: Finding the most similar pair in a collection of 10,000 "
  "sentences requires about 50 million inference computations (~65 hours) with BERT. The construction of BERT "
  "makes it unsuitable for semantic similarity search as well as for unsupervised tasks like clustering.\n"
  "In this publication, we present Sentence-BERT (SBERT), a modification of the pretrained BERT network that use "
  "siamese and triplet network structures to derive semantically meaningful sentence embeddings that can be "
  "compared using cosine-similarity. This reduces the effort for finding the most similar pair from 65 hours with "
  "BERT / RoBERTa to about 5 seconds with SBERT, while maintaining the accuracy from BERT.\n"
  "We evaluate SBERT and SRoBERTa on common STS tasks and transfer learning tasks, where it outperforms other "
  "state-of-the-art sentence embeddings methods.",
 "1911.05722": "We present Momentum Contrast (MoCo) for unsupervised representation learning. From a "
  "perspective on contrastive learning as dictionary look-up, we build a dynamic dictionary with a queue and a "
  "moving-averaged encoder. This enables building a large and consistent dictionary on-the-fly that facilitates "
  "contrastive unsupervised learning. MoCo provides competitive results under the common linear protocol on "
  "ImageNet classification. More importantly, the representations learned by MoCo transfer well to downstream "
  "tasks. MoCo can outperform its supervised pre-training counterpart in 7 detection/segmentation tasks on "
  "PASCAL VOC, COCO, and other datasets, sometimes surpassing it by large margins. This suggests that the gap "
  "between unsupervised and supervised representation learning has been largely closed in many vision tasks.",
}

# (mbox From_ asctime, Date header, subject code, window (from, to), kept record, counts dropped (new, cross, rep))
# a record: (key, kind "new"/"rep", GMT date of the record, size kb, categories, comments)
MAILS = [
 ("Sun Jan  6 20:47:13 2019", "Sun, 06 Jan 19 20:47:13 -0500", "10a1", ("Thu  3 Jan 19 19:00:00", "Fri  4 Jan 19 19:00:00"),
  ("1711.05101", "rep", "Fri, 4 Jan 2019 16:27:34", 1079, "cs.LG cs.NE math.OC", "Published as a conference paper at ICLR 2019"), (211, 96, 83)),
 ("Wed Jan  9 20:31:58 2019", "Wed, 09 Jan 19 20:31:58 -0500", "10a4", ("Tue  8 Jan 19 19:00:00", "Wed  9 Jan 19 19:00:00"),
  ("1901.02860", "new", "Wed, 9 Jan 2019 18:11:52", 1179, "cs.LG cs.CL stat.ML", "Code and pretrained models are available at https://github.com/kimiyoung/transformer-xl"), (187, 102, 64)),
 ("Tue Jan 22 20:40:21 2019", "Tue, 22 Jan 19 20:40:21 -0500", "10b3", ("Mon 21 Jan 19 19:00:00", "Tue 22 Jan 19 19:00:00"),
  ("1807.03748", "rep", "Tue, 22 Jan 2019 15:46:07", 2461, "cs.LG stat.ML", None), (242, 117, 90)),
 ("Tue May 28 20:36:40 2019", "Tue, 28 May 19 20:36:40 -0400", "1185", ("Mon 27 May 19 18:00:00", "Tue 28 May 19 18:00:00"),
  ("1905.11946", "new", "Tue, 28 May 2019 17:20:11", 1420, "cs.LG cs.CV stat.ML", "ICML 2019"), (338, 141, 122)),
 ("Wed Jun 19 20:41:07 2019", "Wed, 19 Jun 19 20:41:07 -0400", "11c2", ("Tue 18 Jun 19 18:00:00", "Wed 19 Jun 19 18:00:00"),
  ("1906.08237", "new", "Wed, 19 Jun 2019 17:35:48", 467, "cs.CL cs.LG", "Pretrained models and code are available at https://github.com/zihangdai/xlnet"), (301, 133, 117)),
 ("Sun Jul 14 20:44:02 2019", "Sun, 14 Jul 19 20:44:02 -0400", "11e0", ("Thu 11 Jul 19 18:00:00", "Fri 12 Jul 19 18:00:00"),
  ("1907.05600", "new", "Fri, 12 Jul 2019 17:54:37", 7364, "cs.LG stat.ML", None), (276, 128, 97)),
 ("Sun Jul 28 20:39:15 2019", "Sun, 28 Jul 19 20:39:15 -0400", "11f3", ("Thu 25 Jul 19 18:00:00", "Fri 26 Jul 19 18:00:00"),
  ("1907.11692", "new", "Fri, 26 Jul 2019 17:48:29", 55, "cs.CL", None), (289, 125, 101)),
 ("Tue Aug 27 20:33:49 2019", "Tue, 27 Aug 19 20:33:49 -0400", "1219", ("Mon 26 Aug 19 18:00:00", "Tue 27 Aug 19 18:00:00"),
  ("1908.10084", "new", "Tue, 27 Aug 2019 08:50:17", 96, "cs.CL", "Published at EMNLP 2019"), (264, 119, 88)),
 ("Wed Nov 13 20:37:26 2019", "Wed, 13 Nov 19 20:37:26 -0500", "12b7", ("Tue 12 Nov 19 19:00:00", "Wed 13 Nov 19 19:00:00"),
  ("1911.05722", "new", "Wed, 13 Nov 2019 18:53:26", 1297, "cs.CV", "Code: https://github.com/facebookresearch/moco"), (352, 160, 131)),
]
assert [m[4][0] for m in MAILS] == keys(F399)


def field(name, value):
    return "\n".join(textwrap.wrap(f"{name}: {value}", 80, break_long_words=False, break_on_hyphens=False,
                                   subsequent_indent="  "))


def abstract(k):
    out = []
    for para in ABS[k].split("\n"):
        out += textwrap.wrap(para, 80, initial_indent="  ", break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


def record(k, kind, when, kb, cats, com):
    head = f"Date: {when} GMT   ({kb}kb,D)" if kind == "new" else f"replaced with revised version {when} GMT   ({kb}kb,D)"
    r = ["\\\\", f"arXiv:{k}", head, "", field("Title", T(k)), field("Authors", ", ".join(CAT[k]["authors"])),
         f"Categories: {cats}"]
    if com: r.append(field("Comments", com))
    if kind == "new":
        r += ["License: http://arxiv.org/licenses/nonexclusive-distrib/1.0/", "\\\\", abstract(k)]
    r.append(f"\\\\ ( https://arxiv.org/abs/{k} ,  {kb}kb)")
    return "\n".join(r)


msgs = []
for i, (asc, date, code, (w0, w1), rec, (dn, dc, dr)) in enumerate(MAILS):
    k, kind = rec[0], rec[1]
    body = [SEP, SEP, "Send any comments regarding submissions directly to submitter.", SEP, "Archives at http://arxiv.org/",
            "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", SEP, " Submissions to:",
            "Computation and Language", "Computer Vision and Pattern Recognition", "Machine Learning",
            f" received from  {w0} GMT  to  {w1} GMT", SEP, SEP]
    if kind == "new":
        body += [record(*rec), SEP, f"[arxiv-trim: {dn} new submissions dropped]", CROSS,
                 f"[arxiv-trim: {dc} cross-listings dropped]", REP, SEP, f"[arxiv-trim: {dr} replacements dropped]"]
    else:
        body += [f"[arxiv-trim: {dn} new submissions dropped]", CROSS, f"[arxiv-trim: {dc} cross-listings dropped]",
                 REP, SEP, record(*rec), SEP, f"[arxiv-trim: {dr - 1} more replacements dropped]"]
    body.append(END)
    body = "\n".join(body)
    body = "\n".join((">" + l if l.startswith("From ") else l) for l in body.split("\n"))
    mid = f"<201{9}{asc[4:7]}{asc[8:10].strip():0>2}{code}.arxiv-mailer@arxiv.org>"
    msgs.append("\n".join([
        f"From no-reply@arxiv.org {asc}",
        "Return-Path: <no-reply@arxiv.org>",
        f"Date: {date}",
        "From: send mail ONLY to cs <no-reply@arxiv.org>",
        "Reply-To: cs@arXiv.org",
        "To: rhys.ap.gwilym@mail.example.org",
        f"Subject: cs daily Subj-class mailing {code} 1",
        f"Message-Id: {mid}",
        "X-Label: keep",
        "Status: RO",
        "",
        body,
        ""]))
text = "\n".join(msgs)
assert "\n>From " in text
write_only(F399, text, keys(F399))
