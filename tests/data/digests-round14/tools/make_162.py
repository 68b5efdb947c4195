#!/usr/bin/env python3
"""Builds digests/162_kindle_my_clippings_nlp_classics.txt: the "documents/My Clippings.txt" copied off a Kindle
Paperwhite (English, UK date format) used to read classic NLP/ML papers as PDFs next to a few books.

As the Kindle writes it: UTF-8, CRLF, every entry's title line starting with U+FEFF, "Title (Author)" (PDFs without
metadata show the file name and "(Unknown)"; PDFs with metadata show their Title/Author fields), a meta line
"- Your Highlight|Note|Bookmark on page N | Added on Weekday, D Month YYYY HH:MM:SS" (books: "… on page N |
Location A-B | …" or "… at location A-B | …"), an empty line, the clipped text (empty for a bookmark), and
"==========" after every entry; a highlight that hit the publisher's limit reads "<You have reached the clipping
limit for this item>". Entries are in the order they were made. The highlighted passages are short paraphrases
written for this corpus, not quotations; the notes, dates and the reader are invented."""
import os
from datetime import datetime

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "162_kindle_my_clippings_nlp_classics.txt")
BOM = "\ufeff"


def when(s):
    t = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{t:%A}, {t.day} {t:%B %Y %H:%M:%S}"


E = []


def clip(doc, kind, where, at, text=""):
    E.append(f"{BOM}{doc}\r\n- Your {kind} {where} | Added on {when(at)}\r\n\r\n{text}\r\n==========\r\n")


SLP = "Speech and Language Processing (3rd ed. draft) (Jurafsky, Dan;Martin, James H.)"
W2V = "Efficient Estimation of Word Representations in Vector Space (Tomas Mikolov)"
BAH = "1409.0473v7 (Unknown)"
S2S = "Sequence to Sequence Learning with Neural Networks (Ilya Sutskever, Oriol Vinyals, Quoc V. Le)"
NTM = "1410.5401v2 (Unknown)"
GAN = "1406.2661v1 (Unknown)"
BPE = "P16-1162 (Rico Sennrich, Barry Haddow and Alexandra Birch)"
ELMO = "Deep contextualized word representations (Matthew E. Peters)"
GLOVE = "GloVe: Global Vectors for Word Representation (Jeffrey Pennington, Richard Socher, Christopher D. Manning)"
LECUN = "lecun-01a (Unknown)"
GLOROT = "glorot10a (Unknown)"
DLB = "Deep Learning (Adaptive Computation and Machine Learning series) (Goodfellow, Ian;Bengio, Yoshua;Courville, Aaron)"
ALIGN = "The Alignment Problem: How Can Machines Learn Human Values? (Christian, Brian)"
WENG = "Attention? Attention! (lilianweng.github.io)"

clip(SLP, "Highlight", "on page 33 | Location 503-505", "2024-01-06 21:14:52",
     "n-gram models look only at the last few words (the Markov assumption), so counts are enough to estimate them")
clip(SLP, "Highlight", "on page 118 | Location 1791-1794", "2024-01-07 10:02:19",
     "embeddings inherit the biases of their corpus; the gendered occupation analogies show it")
clip(SLP, "Highlight", "on page 119 | Location 1801-1801", "2024-01-07 10:05:44",
     "<You have reached the clipping limit for this item>")
clip(W2V, "Highlight", "on page 1", "2024-01-09 07:48:03",
     "two architectures that learn continuous word vectors from very large corpora at low cost")
clip(W2V, "Highlight", "on page 4", "2024-01-09 08:01:37",
     "skip-gram feeds the current word to a log-linear classifier and predicts the words in a window around it")
clip(W2V, "Note", "on page 4", "2024-01-09 08:02:10",
     "CBOW = average of context -> predict centre. skip-gram = reverse. Compare negative sampling (NIPS follow-up).")
clip(BAH, "Highlight", "on page 1", "2024-01-11 22:31:56",
     "NEURAL MACHINE TRANSLATION BY JOINTLY LEARNING TO ALIGN AND TRANSLATE")
clip(BAH, "Highlight", "on page 3", "2024-01-11 22:47:12",
     "the decoder chooses which source positions to attend to, so the encoder no longer has to squeeze the whole "
     "sentence into one fixed-length vector")
clip(BAH, "Bookmark", "on page 12", "2024-01-11 23:05:40")
clip(S2S, "Highlight", "on page 2", "2024-01-14 19:20:11",
     "reading the source sentence backwards (targets unchanged) helped a lot")
clip(S2S, "Note", "on page 2", "2024-01-14 19:21:02", "why does reversal help?? short-term dependencies, sec 3.3")
clip(NTM, "Note", "on page 1", "2024-01-17 06:55:48",
     "Graves, Wayne, Danihelka - Neural Turing Machines. Read with the DNC Nature paper next week.")
clip(NTM, "Highlight", "on page 6", "2024-01-17 07:18:30",
     "content addressing weights memory rows by their similarity to a key produced by the controller")
clip(GAN, "Highlight", "on page 1", "2024-01-20 13:02:44", "arXiv:1406.2661v1 [stat.ML] 10 Jun 2014")
clip(GAN, "Note", "on page 1", "2024-01-20 13:03:30",
     "Goodfellow et al., Generative Adversarial Networks - highlight above is the sideways arXiv stamp, oops. "
     "Algorithm 1 + the proof that the global optimum is p_g = p_data.")
clip(BPE, "Highlight", "on page 1", "2024-01-23 20:40:15",
     "open-vocabulary translation by writing rare and unknown words as sequences of subword units")
clip(BPE, "Highlight", "on page 3", "2024-01-23 20:51:27", "https://github.com/rsennrich/subword-nmt")
clip(BPE, "Note", "on page 3", "2024-01-23 20:53:09",
     "this is the ACL version of Neural Machine Translation of Rare Words with Subword Units; the arXiv one "
     "https://arxiv.org/abs/1508.07909 has the merge-ops appendix")
clip(ELMO, "Highlight", "on page 1", "2024-01-27 09:12:38",
     "the vectors are functions of all internal layers of a deep bidirectional LM, not just the top one")
clip(ELMO, "Highlight", "on page 6", "2024-01-27 09:40:51",
     "downstream tasks learn their own mix of the layers")
clip(DLB, "Highlight", "on page 168 | Location 4120-4123", "2024-01-29 18:25:09",
     "Regularization: any change to a learning algorithm meant to lower its generalization error rather than its "
     "training error.")
clip(GLOVE, "Highlight", "on page 2", "2024-02-01 07:33:14",
     "start from ratios of co-occurrence probabilities, not the probabilities themselves")
clip(GLOVE, "Note", "on page 2", "2024-02-01 07:34:40", "the ice / steam table. put in slides")
clip(LECUN, "Note", "on page 1", "2024-02-04 16:10:22",
     "LeCun, Bottou, Bengio, Haffner - Gradient-Based Learning Applied to Document Recognition, Proc. IEEE 1998. "
     "46 pages!! only sections I-III and V for the reading group")
clip(LECUN, "Highlight", "on page 7", "2024-02-04 16:48:05",
     "local receptive fields, shared weights and sub-sampling give some invariance to shifts and distortions")
clip(LECUN, "Bookmark", "on page 16", "2024-02-04 17:02:57")
clip(GLOROT, "Highlight", "on page 1", "2024-02-06 21:19:33",
     "Understanding the difficulty of training deep feedforward neural networks")
clip(GLOROT, "Highlight", "on page 5", "2024-02-06 21:36:48",
     "a new initialization that keeps the variance of activations and of back-propagated gradients roughly the same "
     "from layer to layer")
clip(ALIGN, "Highlight", "at location 2210-2213", "2024-02-10 23:01:15",
     "the training data carries the history of the people who produced it")
clip(WENG, "Highlight", "on page 3 | Location 41-44", "2024-02-12 08:17:50",
     "self-attention relates positions of one sequence to each other to build its representation")

with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(E))
