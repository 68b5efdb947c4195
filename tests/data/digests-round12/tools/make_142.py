#!/usr/bin/env python3
"""Builds digests/142_openreview_api2_notes_efficient_attention.json: what a reading group's helper script saved
from the OpenReview API v2 (`openreview.api.OpenReviewClient(baseurl="https://api2.openreview.net")`, notes fetched
by forum id and dumped with `json.dump({"notes": [n.to_json() for n in notes], "count": len(notes)}, f, indent=2)`).

Written in the API v2 note shape: `id`, `forum` (= id for a submission), `replyto`, `number`, `cdate` / `mdate` /
`tcdate` / `tmdate` / `odate` / `pdate` in epoch milliseconds, `signatures`, `readers`, `writers`, `invitations`
(`…/-/Submission`, `…/-/Post_Submission`, `…/-/Official_Review`, `…/-/Decision`, `…/-/Withdrawal`,
`…/-/Official_Comment`, `…/-/Meta_Review`, `…/-/Edit`), `domain`, `license`, `version: 2`, and a `content` whose
every field is `{"value": …}` (submissions: `title`, `authors`, `authorids`, `keywords`, `TLDR`, `abstract`,
`pdf` as `/pdf/<sha1>.pdf`, `venue`, `venueid`, `_bibtex` with `url={https://openreview.net/forum?id=…}`,
`paperhash`; reviews: `summary`, `strengths`, `weaknesses`, `questions`, `rating`, `confidence`; decisions:
`title: "Paper Decision"`, `decision`, `comment`; withdrawals: `title: "Submission Withdrawn by the Authors"`).
Accepted and rejected submissions carry `_bibtex`; the withdrawn one does not. The notes of old venues keep their
OpenReview titles (which differ from the arXiv titles for four of them)."""
import hashlib
import json
import os
from datetime import datetime, timezone

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "142_openreview_api2_notes_efficient_attention.json")


def ms(s):
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).timestamp() * 1000) + \
        int(hashlib.md5(s.encode()).hexdigest()[:3], 16) % 1000


def pdf(seed):
    return "/pdf/" + hashlib.sha1(seed.encode()).hexdigest() + ".pdf"


def tilde(name):
    return "~" + name.replace(" ", "_").replace(".", "") + "1"


def paperhash(authors, title):
    last = authors[0].split()[-1].lower()
    t = "".join(c if c.isalnum() or c == " " else "" for c in title.lower()).replace(" ", "_")
    return f"{last}|{t}"


def V(x):
    return {"value": x}


def submission(fid, number, year, title, authors, abstract, keywords, tldr, venue, venueid, cdate, odate,
               pdate=None, bibtex=True, btype="inproceedings", extra_inv=()):
    conf = f"ICLR.cc/{year}/Conference"
    c = {"title": V(title), "authors": V(authors), "authorids": V([tilde(a) for a in authors]),
         "keywords": V(keywords), "TLDR": V(tldr), "abstract": V(abstract), "pdf": V(pdf(fid)),
         "venue": V(venue), "venueid": V(venueid)}
    if bibtex:
        key = authors[0].split()[-1].lower() + str(year if btype == "inproceedings" else year - 1) + \
            title.split()[0].lower().strip(":,")
        booktitle = ("booktitle={International Conference on Learning Representations},\n"
                     if btype == "inproceedings" else "")
        c["_bibtex"] = V(f"@{btype}{{\n{key},\ntitle={{{title}}},\nauthor={{{' and '.join(authors)}}},\n"
                         f"{booktitle}year={{{year if btype == 'inproceedings' else year - 1}}},\n"
                         f"url={{https://openreview.net/forum?id={fid}}}\n}}")
    c["paperhash"] = V(paperhash(authors, title))
    n = {"content": c, "id": fid, "forum": fid, "number": number, "cdate": ms(cdate), "mdate": ms(pdate or odate),
         "tcdate": ms(cdate), "tmdate": ms(pdate or odate), "odate": ms(odate),
         "signatures": [f"{conf}/Submission{number}/Authors"], "readers": ["everyone"],
         "writers": [conf, f"{conf}/Submission{number}/Authors"],
         "invitations": [f"{conf}/-/Submission", f"{conf}/-/Post_Submission", *extra_inv, f"{conf}/-/Edit"],
         "domain": conf, "license": "CC BY 4.0", "version": 2}
    if pdate:
        n["pdate"] = ms(pdate)
    return n


def reply(nid, fid, number, year, kind, sig, content, cdate, replyto=None, seq=1):
    conf = f"ICLR.cc/{year}/Conference"
    return {"content": {k: V(v) for k, v in content.items()}, "id": nid, "forum": fid, "replyto": replyto or fid,
            "number": seq, "cdate": ms(cdate), "mdate": ms(cdate), "tcdate": ms(cdate), "tmdate": ms(cdate),
            "signatures": [sig], "readers": ["everyone"], "writers": [conf, sig],
            "invitations": [f"{conf}/Submission{number}/-/{kind}", f"{conf}/-/Edit"], "domain": conf,
            "license": "CC BY 4.0", "version": 2}


notes = []

notes.append(submission(
    "Ua6zuk0WRH", 2141, 2021, "Rethinking Attention with Performers",
    ["Krzysztof Choromanski", "Valerii Likhosherstov", "David Dohan", "Xingyou Song", "Andreea Gane",
     "Tamas Sarlos", "Peter Hawkins", "Jared Davis", "Afroz Mohiuddin", "Lukasz Kaiser", "David Belanger",
     "Lucy Colwell", "Adrian Weller"],
    "We introduce Performers, Transformer architectures which can estimate regular (softmax) full-rank attention "
    "with provable accuracy, using only linear space and time complexity, via positive orthogonal random features "
    "(FAVOR+).", ["performer", "linear attention", "random features", "kernel methods", "protein modeling"],
    "Unbiased, low-variance linear-time approximation of softmax attention with positive orthogonal random features.",
    "ICLR 2021 Oral", "ICLR.cc/2021/Conference", "2020-09-28 15:52:11", "2020-10-02 15:30:00",
    "2021-01-12 20:55:41"))
notes.append(reply(
    "xJ7mKq2Zb0P", "Ua6zuk0WRH", 2141, 2021, "Official_Review", "ICLR.cc/2021/Conference/Submission2141/"
    "Reviewer_Vq3c",
    {"summary": "The paper proposes FAVOR+, a random-feature approximation of the softmax kernel with positive "
                "features, and shows linear-time Transformers that match softmax attention on protein modelling.",
     "strengths": "Clear theory (unbiasedness, variance bounds); the positive features fix the instability of "
                  "trigonometric random features.",
     "weaknesses": "The comparison to other efficient attention methods is thin. Linformer: Self-Attention with "
                   "Linear Complexity and Transformers are RNNs: Fast "
                   "Autoregressive Transformers with Linear Attention should be in Table 2, and the LRA benchmark "
                   "(submitted to this same venue) would be the natural testbed.",
     "questions": "How many random features are needed for the 8k-token protein experiments? Is redrawing them "
                  "every step necessary?",
     "rating": "7: Good paper, accept", "confidence": "4: The reviewer is confident but not absolutely certain "
                                                    "that the evaluation is correct"},
    "2020-11-01 09:14:27"))
notes.append(reply(
    "pL0dQy8Rt1W", "Ua6zuk0WRH", 2141, 2021, "Decision", "ICLR.cc/2021/Conference/Program_Chairs",
    {"title": "Paper Decision", "decision": "Accept (Oral)",
     "comment": "All reviewers agree this is a strong contribution; the additional baselines added in the revision "
                "address the main concern."},
    "2021-01-12 20:55:41"))

notes.append(submission(
    "qVyeW-grC2k", 3370, 2021, "Long Range Arena: A Benchmark for Efficient Transformers",
    ["Yi Tay", "Mostafa Dehghani", "Samira Abnar", "Yikang Shen", "Dara Bahri", "Philip Pham", "Jinfeng Rao",
     "Liu Yang", "Sebastian Ruder", "Donald Metzler"],
    "A systematic benchmark for evaluating efficient Transformers under long-context scenarios: a suite of tasks "
    "with sequences from 1K to 16K tokens spanning text, natural and synthetic images, and mathematical expressions.",
    ["transformers", "attention", "deep learning", "benchmark"],
    "A benchmark of six long-sequence tasks for comparing efficient Transformer variants.",
    "ICLR 2021 Poster", "ICLR.cc/2021/Conference", "2020-09-28 15:56:02", "2020-10-02 15:30:00",
    "2021-01-12 20:55:41"))
notes.append(reply(
    "Hm2sYv9LcQe", "qVyeW-grC2k", 3370, 2021, "Official_Comment", "~Marta_Oliveira2",
    {"title": "Missing baseline?",
     "comment": "Nice benchmark. Is there a reason Synthesizer: Rethinking Self-Attention in Transformer Models is in "
                "the results but the Big Bird numbers on Pathfinder-X are missing? Also, which Performer "
                "configuration (number of features) was used?"},
    "2020-11-14 18:03:55"))

notes.append(submission(
    "QtTKTdVrFBB", 1807, 2021, "Random Feature Attention",
    ["Hao Peng", "Nikolaos Pappas", "Dani Yogatama", "Roy Schwartz", "Noah A. Smith", "Lingpeng Kong"],
    "We propose RFA, a linear time and space attention that uses random feature methods to approximate the softmax "
    "function, and explore its application in Transformers; an optional gating mechanism gives a learned recency "
    "bias.", ["attention", "transformers", "machine translation", "language modeling"],
    "Random-feature approximation of softmax attention with optional gating, linear in sequence length.",
    "ICLR 2021 Spotlight", "ICLR.cc/2021/Conference", "2020-09-28 15:45:19", "2020-10-02 15:30:00",
    "2021-01-12 20:55:41"))
notes.append(reply(
    "Ro5cT3hbNw8", "QtTKTdVrFBB", 1807, 2021, "Meta_Review", "ICLR.cc/2021/Conference/Submission1807/Area_Chair_Qm4z",
    {"metareview": "RFA and the concurrent Performer submission arrive at very similar estimators; the gating "
                   "mechanism and the decoding speed-ups are the distinct contribution. Recommend acceptance as a "
                   "spotlight.", "recommendation": "Accept (Spotlight)"},
    "2020-12-19 11:40:02"))

notes.append(submission(
    "_adSMszz_g9", 2789, 2021, "Memformer: The Memory-Augmented Transformer",
    ["Qingyang Wu", "Zhenzhong Lan", "Kun Qian", "Jing Gu", "Alborz Geramifard", "Zhou Yu"],
    "Memformer uses an external dynamic memory to encode and retrieve past information, achieving linear time "
    "complexity and constant memory space complexity when processing long sequences; memory replay "
    "back-propagation reduces the memory needed for training.",
    ["memory-augmented transformer", "long sequences", "efficiency"],
    "A Transformer with a fixed-size external memory and a memory-efficient backpropagation scheme.",
    "Submitted to ICLR 2021", "ICLR.cc/2021/Conference/Rejected_Submission", "2020-09-28 15:59:30",
    "2020-10-02 15:30:00", btype="misc"))
notes.append(reply(
    "Ks8wB1fZx4M", "_adSMszz_g9", 2789, 2021, "Decision", "ICLR.cc/2021/Conference/Program_Chairs",
    {"title": "Paper Decision", "decision": "Reject",
     "comment": "The reviewers found the memory replay back-propagation interesting but the comparison with "
                "Transformer-XL and the Compressive Transformer incomplete."},
    "2021-01-12 20:55:41"))

notes.append(submission(
    "ZVBtN6B_6i7", 3102, 2021, "Not All Memories are Created Equal: Learning to Expire",
    ["Sainbayar Sukhbaatar", "Da Ju", "Spencer Poff", "Stephen Roller", "Arthur Szlam", "Jason Weston",
     "Angela Fan"],
    "Expire-Span learns to retain the most important information and expire the irrelevant information, which "
    "lets Transformers scale to attend over tens of thousands of previous timesteps efficiently.",
    ["transformer", "memory", "attention", "long context"],
    "Each memory predicts its own expiration, so attention can reach far back at low cost.",
    "Submitted to ICLR 2021", "ICLR.cc/2021/Conference/Rejected_Submission", "2020-09-28 15:57:48",
    "2020-10-02 15:30:00", btype="misc"))
notes.append(reply(
    "Vd3nC6rYj2T", "ZVBtN6B_6i7", 3102, 2021, "Official_Comment", "ICLR.cc/2021/Conference/Submission3102/Authors",
    {"title": "Response to AnonReviewer3",
     "comment": "Thank you. We added Adaptive-Span and Compressive Transformer baselines on Enwik8 and the copy "
                "task (Table 3), and clarified that the expiration is learned per memory, not per layer."},
    "2020-11-23 07:12:09"))

notes.append(submission(
    "OCm0rwa1lx1", 1955, 2021, "Addressing Some Limitations of Transformers with Feedback Memory",
    ["Angela Fan", "Thibaut Lavril", "Edouard Grave", "Armand Joulin", "Sainbayar Sukhbaatar"],
    "The Feedback Transformer exposes all previous representations to all future representations, so the lowest "
    "representation of the current timestep is formed from the highest-level abstract representation of the past.",
    ["transformers", "recurrence", "memory"],
    "Feedback memory lets every layer read the top-layer states of the past.",
    "Submitted to ICLR 2021", "ICLR.cc/2021/Conference/Rejected_Submission", "2020-09-28 15:50:13",
    "2020-10-02 15:30:00", btype="misc"))

notes.append(submission(
    "ZaYZfu8pT_N", 2290, 2021, "Non-iterative Parallel Text Generation via Glancing Transformer",
    ["Lihua Qian", "Hao Zhou", "Yu Bao", "Mingxuan Wang", "Lin Qiu", "Weinan Zhang", "Yong Yu", "Lei Li"],
    "Glancing Transformer (GLAT) learns word interdependency for single-pass parallel generation through a "
    "glancing language model, reaching near-autoregressive quality with an 8-15x speed-up.",
    ["non-autoregressive", "machine translation", "parallel decoding"],
    "Single-pass parallel text generation trained with glancing sampling.",
    "Submitted to ICLR 2021", "ICLR.cc/2021/Conference/Rejected_Submission", "2020-09-28 15:48:40",
    "2020-10-02 15:30:00", btype="misc"))

notes.append(submission(
    "uB5x7Y2qsFR", 1366, 2021, "Contrast to Divide: self-supervised pre-training for learning with noisy labels",
    ["Evgenii Zheltonozhskii", "Chaim Baskin", "Avi Mendelson", "Alex M. Bronstein", "Or Litany"],
    "The success of learning with noisy labels depends on the warm-up stage; C2D pre-trains the feature extractor "
    "in a self-supervised fashion, which avoids memorising noise in the warm-up and boosts existing methods.",
    ["noisy labels", "self-supervised learning", "representation learning"],
    "Self-supervised pre-training makes the warm-up of noisy-label methods robust.",
    "ICLR 2021 Conference Withdrawn Submission", "ICLR.cc/2021/Conference/Withdrawn_Submission",
    "2020-09-28 15:40:02", "2020-10-02 15:30:00", bibtex=False))
notes.append(reply(
    "Qe9Lk4uWc7A", "uB5x7Y2qsFR", 1366, 2021, "Withdrawal", "ICLR.cc/2021/Conference/Submission1366/Authors",
    {"title": "Submission Withdrawn by the Authors",
     "withdrawal_confirmation": "I have read and agree with the venue's withdrawal policy on behalf of myself and "
                                "my co-authors.",
     "comment": "We thank the reviewers; we will extend the evaluation to Clothing1M and WebVision and resubmit."},
    "2020-11-24 13:26:51"))

notes.append(submission(
    "uYLFoz1vlAC", 2404, 2022, "Efficiently Modeling Long Sequences with Structured State Spaces",
    ["Albert Gu", "Karan Goel", "Christopher Ré"],
    "S4 parameterises the state space model with a normal plus low-rank structure whose kernel can be computed "
    "stably and efficiently, and handles sequences of tens of thousands of steps; it solves the Path-X task.",
    ["sequence models", "state space", "long range dependencies", "recurrent neural networks", "convolutions"],
    "A new sequence model based on structured state spaces that handles very long dependencies efficiently.",
    "ICLR 2022 Oral", "ICLR.cc/2022/Conference", "2021-09-29 04:11:27", "2021-10-06 02:10:00",
    "2022-01-28 16:31:08"))
notes.append(reply(
    "Tb4qWm8sXo1", "uYLFoz1vlAC", 2404, 2022, "Official_Review", "ICLR.cc/2022/Conference/Submission2404/"
    "Reviewer_8hGt",
    {"summary": "S4 makes the HiPPO-initialised SSM practical via an NPLR parameterisation and a Cauchy-kernel "
                "computation; large gains on LRA, including the first non-trivial Path-X result.",
     "strengths": "Strong results; careful derivation.",
     "weaknesses": "Language modelling results lag Transformers; the relation to the LSSL paper should be stated "
                   "more clearly.",
     "questions": "What happens without the HiPPO initialisation?",
     "rating": "8: accept, good paper", "confidence": "3: You are fairly confident in your assessment."},
    "2021-11-02 21:47:13"))

dump = {"notes": notes, "count": len(notes)}
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    json.dump(dump, f, indent=2, ensure_ascii=False)
    f.write("\n")
print("wrote", OUT)
