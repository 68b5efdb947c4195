#!/usr/bin/env python3
"""Builds digests/179_refworks_tagged_export_long_context_thesis.txt: a RefWorks (ProQuest) folder
"Thesis ch2 - memory & long context" exported as RefWorks Tagged Format: one record per reference, each line
"TAG value" (two-letter tag, one space), records starting with RT (reference type) and separated by one empty line,
CRLF line ends, UTF-8 without BOM. Tags used as RefWorks writes them, in its field order: RT, SR (Print(0) /
Electronic(1)), ID, A1 (one per author, "Last, First"), T1, JF, T2 (proceedings title), YR, FD, VO, SP, OP, K1 (one
per keyword), AB, NO, PB, PP, SN, LA, DO, DS, DB, UL, RD, U1.

Evidence: UL with an arXiv abs/pdf URL (link), UL with an OpenReview forum URL (link), "arXiv:ID" in NO and a
10.48550 DOI in DO without any arXiv URL (arxiv-text), conference records with PMLR/NeurIPS proceedings URLs or no
URL (title-only). The feedback-memory record carries the paper's first arXiv title. Non-papers: a software record
(xFormers), a book, a web page, a thesis, a recorded talk and a dataset. Everything except titles, ids and authors
is invented (IDs, notes, keywords, proceedings hashes)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, last_first

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "179_refworks_tagged_export_long_context_thesis.txt")
RD = "2023-11-18"


def rec(rt, rid, t1, a1=(), sr="Electronic(1)", **f):
    lines = [("RT", rt), ("SR", sr), ("ID", str(rid))]
    lines += [("A1", a) for a in a1]
    lines.append(("T1", t1))
    for tag in ("JF", "T2", "YR", "FD", "VO", "SP", "OP"):
        if tag in f: lines.append((tag, f[tag]))
    lines += [("K1", k) for k in f.get("K1", ())]
    for tag in ("AB", "NO", "PB", "PP", "SN", "LA", "DO", "DS", "DB", "UL", "RD", "U1"):
        if tag in f: lines.append((tag, f[tag]))
    return "\r\n".join(f"{t} {v}" for t, v in lines) + "\r\n"


def au(key):
    return [last_first(a) for a in authors(key)]


R = [
 rec("Conference Proceedings", 1, "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context", au("1901.02860"),
     T2="Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics", YR="2019", FD="July 2019",
     SP="2978", OP="2988", K1=["recurrence", "relative positional encoding"], PB="Association for Computational Linguistics",
     PP="Florence, Italy", LA="English", DS="RefWorks", UL="https://arxiv.org/abs/1901.02860", RD=RD,
     U1="ch2.1 - segment-level recurrence baseline"),
 rec("Generic", 2, "Accessing Higher-level Representations in Sequential Transformers with Feedback Memory", au("2002.09402"),
     JF="arXiv", YR="2020", FD="Feb 21, 2020", K1=["feedback", "memory"],
     NO="arXiv:2002.09402 [cs.LG]. Later version retitled; I cite the v1 wording because that's what the talk used.",
     LA="English", DB="arXiv.org", RD=RD, U1="ch2.2"),
 rec("Conference Proceedings", 3, "Not All Memories are Created Equal: Learning to Forget by Expiring", au("2105.06548"),
     T2="Proceedings of the 38th International Conference on Machine Learning", YR="2021", VO="139", SP="9902", OP="9912",
     K1=["memory", "forgetting"], PB="PMLR", LA="English", DS="RefWorks",
     UL="https://proceedings.mlr.press/v139/sukhbaatar21b.html", RD=RD, U1="ch2.2 - Expire-Span"),
 rec("Generic", 4, "Memformer: A Memory-Augmented Transformer for Sequence Modeling", au("2010.06891"),
     JF="OpenReview", YR="2020", K1=["memory"], NO="ICLR 2021 submission; AACL-IJCNLP 2022 version has the same title.",
     LA="English", UL="https://openreview.net/forum?id=_adSMszz_g9", RD=RD, U1="ch2.2"),
 rec("Conference Proceedings", 5, "Synthesizer: Rethinking Self-Attention in Transformer Models", au("2005.00743"),
     T2="Proceedings of the 38th International Conference on Machine Learning", YR="2021", VO="139", SP="10183", OP="10192",
     PB="PMLR", LA="English", DS="RefWorks", UL="https://proceedings.mlr.press/v139/tay21a.html", RD=RD, U1="ch2.3"),
 rec("Journal Article", 6, "Linformer: Self-Attention with Linear Complexity", au("2006.04768"),
     JF="arXiv preprint", YR="2020", FD="Jun 8, 2020", K1=["low-rank attention"], LA="English", DB="arXiv.org",
     UL="https://arxiv.org/abs/2006.04768", RD=RD, U1="ch2.3 - projection E,F; check k=256 claim"),
 rec("Conference Proceedings", 7, "Big Bird: Transformers for Longer Sequences", au("2007.14062"),
     T2="Advances in Neural Information Processing Systems", YR="2020", VO="33", SP="17283", OP="17297",
     K1=["sparse attention"], PB="Curran Associates, Inc.", LA="English", DS="RefWorks",
     UL="https://proceedings.neurips.cc/paper/2020/hash/c8512d142a2d849725f31a9a7a361ab9-Abstract.html", RD=RD, U1="ch2.3"),
 rec("Conference Proceedings", 8, "Rethinking Attention with Performers", au("2009.14794"),
     T2="International Conference on Learning Representations", YR="2021", K1=["kernel attention", "FAVOR+"],
     LA="English", DS="RefWorks", RD=RD, U1="ch2.3 - FAVOR+"),
 rec("Conference Proceedings", 9, "Long Range Arena: A Benchmark for Efficient Transformers", au("2011.04006"),
     T2="International Conference on Learning Representations", YR="2021", K1=["benchmark"], LA="English",
     DO="10.48550/arXiv.2011.04006", DS="RefWorks", RD=RD, U1="ch4 eval - LRA numbers copied from table 1"),
 rec("Conference Proceedings", 10, "Random Feature Attention", au("2103.02143"),
     T2="International Conference on Learning Representations", YR="2021", K1=["kernel attention"], LA="English",
     DS="RefWorks", RD=RD, U1="ch2.3"),
 rec("Conference Proceedings", 11, "Efficiently Modeling Long Sequences with Structured State Spaces", au("2111.00396"),
     T2="International Conference on Learning Representations", YR="2022", K1=["state space models", "S4"],
     LA="English", DB="arXiv.org", UL="https://arxiv.org/pdf/2111.00396.pdf", RD=RD, U1="ch2.4"),
 rec("Conference Proceedings", 12, "Transformer Quality in Linear Time", au("2202.10447"),
     T2="Proceedings of the 39th International Conference on Machine Learning", YR="2022", VO="162", SP="9099", OP="9117",
     K1=["gated attention unit"], PB="PMLR", LA="English", DS="RefWorks",
     UL="https://proceedings.mlr.press/v162/hua22a.html", RD=RD, U1="ch2.3 - FLASH (not FlashAttention!)"),
 rec("Conference Proceedings", 13, "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", au("2205.14135"),
     T2="Advances in Neural Information Processing Systems", YR="2022", VO="35", SP="16344", OP="16359",
     K1=["IO-aware", "kernels"], NO="arXiv:2205.14135", PB="Curran Associates, Inc.", LA="English", DS="RefWorks",
     UL="https://proceedings.neurips.cc/paper_files/paper/2022/hash/67d57c32e20fd0a7a302cb81d36e40d5-Abstract-Conference.html",
     RD=RD, U1="ch5 systems"),
 rec("Generic", 14, "Neural Turing Machines", au("1410.5401"), JF="arXiv", YR="2014", FD="Oct 20, 2014",
     K1=["external memory"], LA="English", DB="arXiv.org", UL="http://arxiv.org/abs/1410.5401", RD=RD,
     U1="ch2 intro - historical"),
 rec("Computer Program", 15, "xFormers: A modular and hackable Transformer modelling library", ["Lefaudeux, Benjamin", "Massa, Francisco"],
     YR="2022", NO="Version 0.0.22 used for all memory-efficient attention baselines.", PB="GitHub",
     UL="https://github.com/facebookresearch/xformers", RD=RD, U1="ch5 software"),
 rec("Book, Whole", 16, "Dive into Deep Learning", ["Zhang, Aston", "Lipton, Zachary C.", "Li, Mu", "Smola, Alexander J."],
     sr="Print(0)", YR="2023", PB="Cambridge University Press", PP="Cambridge", SN="9781009389433", LA="English",
     U1="ch1 - textbook framing only"),
 rec("Web Page", 17, "Linear attention, a field guide (part 2: kernels and random features)", ["Varga, Ilona"],
     YR="2022", FD="March 3, 2022", NO="Blog post; good figures of the RFA/Performer feature maps.",
     UL="https://ilonavarga.example.net/posts/linear-attention-part-2/", RD=RD, U1="not citable - background"),
 rec("Dissertation/Thesis", 18, "Memory and recurrence in long-context language models", ["Osei, Kwabena"],
     sr="Print(0)", YR="2022", PB="University of Edinburgh", PP="Edinburgh", NO="PhD thesis. Chapter 3 compares RMT-style and Expire-Span-style memories.",
     LA="English", U1="related thesis"),
 rec("Video/ DVD", 19, "Long-context modelling: where the memory goes (MLSys seminar, recorded)", ["Nakamura, Hiro"],
     YR="2023", FD="Feb 9, 2023", NO="Talk recording, 58 min. Slides not public.",
     UL="https://www.youtube.com/watch?v=r8Kd2pQm1vA", RD=RD, U1="background"),
 rec("Generic", 20, "PG-19 Language Modelling Benchmark", ["Rae, Jack W.", "Potapenko, Anna"],
     YR="2019", NO="Dataset (books from Project Gutenberg). Introduced with the Compressive Transformer (Rae et al., 2020); cite the paper for results, this record only for the download.",
     UL="https://github.com/google-deepmind/pg19", RD=RD, U1="ch4 data"),
]

with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write("\r\n".join(R))
