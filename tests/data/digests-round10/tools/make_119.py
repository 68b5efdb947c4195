#!/usr/bin/env python3
"""Builds digests/119_workshop_program_pdftotext.txt: a two-column workshop programme PDF as `pdftotext -layout`
prints it: each page's two columns side by side (left column padded to a fixed 62 characters, right column after
it), a running header and a footer with the page number, form feeds between pages, session times, titles wrapped
inside a column (one hyphenated at the line end: "Struc-" / "tured"), author lines with superscript affiliation
marks and affiliation lines. Columns are written as lists of lines here and laid side by side by code."""
import os, textwrap

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "119_workshop_program_pdftotext.txt")
W = 50      # column text width
GAP = 62    # right column starts here


def wrap(s, w=W, ind=""):
    return textwrap.wrap(s, w, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)


def talk(time, title, authors, affil, extra=None, hyph=None):
    out = []
    if hyph:
        tl = hyph
    else:
        tl = wrap(title, W - 7)
    out.append(f"{time:<7}" + tl[0])
    out += ["       " + l for l in tl[1:]]
    for l in wrap(authors, W - 7):
        out.append("       " + l)
    for l in wrap(affil, W - 7):
        out.append("       " + l)
    if extra:
        for l in wrap(extra, W - 7):
            out.append("       " + l)
    out.append("")
    return out


HEADER = "ELSM 2024 · Workshop on Efficient Long-Sequence Modeling" + " " * 24 + "Vienna · Friday 26 July 2024"

pages = []

# ---- page 1
L = ["", "                  PROGRAMME", "",
     "All times are CEST (UTC+2). Contributed talks are 12",
     "minutes plus 3 minutes of questions. Posters stay up",
     "all day in Hall C; presenters should stand by their",
     "board during both poster sessions.", "",
     "Room: Lehár 1–2 (level 2)                         ",
     "Live stream: see the Whova app (requires ICML badge)", "",
     "08:50  Opening remarks",
     "       Irene Kowalczyk¹ and Tomás Ferreira²", "",
     "09:00  Invited talk 1 — “Memory is a spectrum”",
     "       Prof. Hannelore Wimmer³", "",
     "09:45  Oral session 1: State spaces", "       Chair: Tomás Ferreira²", ""]
L += talk("10:00", None, "Albert Gu¹, Karan Goel¹, Christopher Ré¹", "¹Stanford University",
          hyph=["Efficiently Modeling Long Sequences with Struc-", "tured State Spaces"])
R = ["", ""]
R += talk("10:15", "HiPPO: Recurrent Memory with Optimal Polynomial Projections",
          "Albert Gu¹, Tri Dao¹, Stefano Ermon¹, Atri Rudra⁴, Christopher Ré¹", "¹Stanford University ⁴University at Buffalo")
R += talk("10:30", "Hyena Hierarchy: Towards Larger Convolutional Language Models",
          "Michael Poli¹, Stefano Massaroli⁵, Eric Nguyen¹, Daniel Y. Fu¹, Tri Dao¹, … Christopher Ré¹",
          "¹Stanford University ⁵Mila")
R += ["10:45  Coffee break (Foyer, level 2)", "",
      "11:15  Oral session 2: Attention, linearised", "       Chair: Irene Kowalczyk¹", ""]
R += talk("11:15", "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention",
          "Angelos Katharopoulos⁶, Apoorv Vyas⁶, Nikolaos Pappas⁷, François Fleuret⁶",
          "⁶Idiap Research Institute & EPFL ⁷University of Washington")
R += talk("11:30", "Random Feature Attention",
          "Hao Peng⁷, Nikolaos Pappas⁷, Dani Yogatama⁸, Roy Schwartz⁹, Noah A. Smith⁷", "⁸DeepMind ⁹Hebrew University")
pages.append((L, R, 1))

# ---- page 2
L = []
L += talk("11:45", "Transformer Quality in Linear Time",
          "Weizhe Hua¹⁰, Zihang Dai¹¹, Hanxiao Liu¹¹, Quoc V. Le¹¹", "¹⁰Cornell University ¹¹Google Research, Brain Team",
          extra="(archival version: arXiv:2202.10447)")
L += talk("12:00", "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning",
          "Tri Dao¹ ¹²", "¹²Princeton University")
L += ["12:15  Lunch (on your own; see map on p. 4)", "",
      "13:30  Invited talk 2 — “Do we still need",
      "       recurrence?”",
      "       Dr. Pieter-Jan Claes¹³", "",
      "14:15  Poster session A (Hall C, boards A01–A38)", "",
      "15:15  Oral session 3: Beyond attention", "       Chair: Hannelore Wimmer³", ""]
L += talk("15:15", "Retentive Network: A Successor to Transformer for Large Language Models",
          "Yutao Sun¹⁴ ¹⁵, Li Dong¹⁵, Shaohan Huang¹⁵, Shuming Ma¹⁵, Yuqing Xia¹⁵, … Furu Wei¹⁵",
          "¹⁴Tsinghua University ¹⁵Microsoft Research")
R = []
R += talk("15:30", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
          "Albert Gu¹⁶, Tri Dao¹²", "¹⁶Carnegie Mellon University",
          extra="Best paper runner-up. Preprint arXiv:2312.00752; slides on the workshop page.")
R += ["15:45  Benchmark spotlight (5 min)", ""]
R += talk("", "Long Range Arena: A Benchmark for Efficient Transformers",
          "Yi Tay¹¹, Mostafa Dehghani¹¹, Samira Abnar¹¹, … Donald Metzler¹¹", "",
          extra="Re-presented from ICLR 2021: openreview.net/forum?id=qVyeW-grC2k")
R += ["16:00  Panel: “What should replace LRA?”",
      "       Moderator: Tomás Ferreira²",
      "       Panelists: H. Wimmer³, P.-J. Claes¹³, Ana",
      "       Ruiz¹⁷, Bo Li¹⁸", "",
      "16:45  Poster session B (Hall C, boards B01–B41)", "",
      "17:45  Awards and closing remarks", "",
      "18:30  Workshop dinner (registered participants only)",
      "       Gasthaus Pöschl, Weihburggasse 17", ""]
pages.append((L, R, 2))

# ---- page 3: affiliations and committee
L = ["AFFILIATIONS", "",
     "¹Stanford University  ²Universidade de Lisboa",
     "³TU Wien  ⁴University at Buffalo  ⁵Mila",
     "⁶Idiap Research Institute & EPFL",
     "⁷University of Washington  ⁸DeepMind",
     "⁹Hebrew University of Jerusalem",
     "¹⁰Cornell University  ¹¹Google Research",
     "¹²Princeton University  ¹³KU Leuven",
     "¹⁴Tsinghua University  ¹⁵Microsoft Research",
     "¹⁶Carnegie Mellon University",
     "¹⁷Universidad de Granada  ¹⁸Zhejiang University", "",
     "ORGANISERS", "",
     "Irene Kowalczyk (TU Wien), Tomás Ferreira (Lisboa),",
     "Hannelore Wimmer (TU Wien), Jonas Albrecht (IST",
     "Austria)", ""]
R = ["PROGRAMME COMMITTEE", "",
     "We thank the 61 reviewers who wrote 148 reviews in",
     "under three weeks. The full list is on the website:",
     "https://elsm-workshop.github.io/2024/committee", "",
     "SPONSORS", "",
     "Gold: Vienna Compute Cluster (VSC-5)",
     "Silver: Austrian Institute of Technology", "",
     "NOTES", "",
     "Wi-Fi: eduroam, or “ICML2024-Guest” (password at",
     "registration). Poster boards are 1.0 m × 2.4 m",
     "(portrait A0 fits). Please remove posters by 18:15.",
     "Accepted papers are non-archival; camera-ready PDFs",
     "are linked from the OpenReview venue page.", ""]
pages.append((L, R, 3))

out = []
for L, R, n in pages:
    body = [HEADER, ""]
    for i in range(max(len(L), len(R))):
        l = L[i] if i < len(L) else ""
        r = R[i] if i < len(R) else ""
        line = (l.ljust(GAP) + r) if r else l
        body.append(line.rstrip())
    body += ["", " " * 60 + f"— {n} —", ""]
    out.append("\n".join(body))
open(OUT, "w", encoding="utf-8").write("\f".join(out))
