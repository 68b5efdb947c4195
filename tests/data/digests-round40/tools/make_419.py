#!/usr/bin/env python3
"""419: a reply written in Thunderbird to a colleague's message that pasted her picks from two arXiv "cs" daily
mailings (Fri 19 and Fri 26 March 2021, the 2021 plain layout: banner, "Submissions to:", the received-from window,
`\\\\` records with arXiv:ID / Date / Title / Authors / Categories / Comments, abstracts cut with "[...]", the
`\\\\ ( https://arxiv.org/abs/ID ,  NNkb)` line). The whole earlier message is quoted with "> " (wrapped titles and
author lines therefore carry "> " in the middle of a title: a reader has to unquote first), the reply is written
inline between quoted blocks, and the reply adds two older papers (CLIP by link, Barlow Twins as "arXiv:ID") and
three title-only ones (EMNLP 2020, Google, ICLR 2021)."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, authors, abstract, write_raw
from make_expected import F419, keys

K = keys(F419)
SEP = "-" * 78
CATS = {"2103.14167": "cs.CV"}
META = {
 "2103.09762": ("Wed, 17 Mar 2021 20:14:51 GMT", "2207kb,D", "Accepted at ICLR 2021 (Oral)"),
 "2103.10385": ("Thu, 18 Mar 2021 09:02:38 GMT", "1134kb,D", None),
 "2103.14030": ("Thu, 25 Mar 2021 13:10:07 GMT", "1316kb,D", "Technical report"),
 "2103.14146": ("Thu, 25 Mar 2021 15:02:44 GMT", "5870kb,D", None),
 "2103.14167": ("Thu, 25 Mar 2021 15:41:19 GMT", "9117kb,D", "Code: https://github.com/ubc-vision/COTR"),
}


def wrap(prefix, s, width=76):
    return textwrap.wrap(s, width=width, initial_indent=prefix, subsequent_indent="  ", break_on_hyphens=False)


def record(k):
    d, size, comm = META[k]
    e = CAT[k]
    cats = CATS.get(k) or " ".join(e["categories"])
    out = ["\\\\", f"arXiv:{k}", f"Date: {d}   ({size})", ""]
    out += wrap("Title: ", T(k)) + wrap("Authors: ", ", ".join(authors(k)[:-1]) + (" and " if len(authors(k)) > 1 else "") + authors(k)[-1])
    out += [f"Categories: {cats}"]
    if comm: out += wrap("Comments: ", comm)
    ab = abstract(k)
    cut = ab if len(ab) < 320 else ab[:ab.rfind(" ", 0, 300)] + " [...]"
    out += ["\\\\"] + textwrap.wrap(cut, 78, initial_indent="  ", subsequent_indent="", break_on_hyphens=False)
    out += [f"\\\\ ( https://arxiv.org/abs/{k} ,  {size.split(',')[0]})", SEP]
    return out


def banner(win):
    return [SEP, SEP, "Send any comments regarding submissions directly to submitter.", SEP,
            "Archives at http://arxiv.org/", "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel", SEP,
            " Submissions to:", "Computation and Language", "Computer Vision and Pattern Recognition",
            "Machine Learning", f" received from  {win}", SEP]


q = lambda lines: [("> " + l).rstrip() if l else ">" for l in lines]
dana = (["Priya,", "",
         "I trimmed last Friday's and today's cs mailings down to what I think is relevant",
         "for the transformers / transfer reading slot. Abstracts cut, full ones behind",
         "the links. Last Friday first:", "", "=== arXiv cs, Fri 19 Mar 21 ==="]
        + banner("Wed 17 Mar 21 18:00:00 GMT  to  Thu 18 Mar 21 18:00:00 GMT"))
fri1 = ["2103.09762", "2103.10385"]
fri2 = ["2103.14030", "2103.14146", "2103.14167"]
parts = []
parts += q(dana + record(fri1[0]))
parts += ["", "Yes, but for the continual-learning slot, not this one. ICLR oral, short.", ""]
parts += q(record(fri1[1]))
parts += ["", "Definitely -- P-tuning is what Jonas keeps citing. I'd pair it with an older",
          "analysis paper for the same session: \"" + T("2004.10102") + "\"",
          "(Kobayashi et al., EMNLP 2020) -- the norm-based view answers half his questions.", ""]
parts += q(["=== arXiv cs, Fri 26 Mar 21 ==="]
           + banner("Wed 24 Mar 21 18:00:00 GMT  to  Thu 25 Mar 21 18:00:00 GMT") + record(fri2[0]))
parts += ["", "Backbones slot. And read it next to CLIP, since half the group uses its ViT:",
          T("2103.00020") + ",", "https://arxiv.org/abs/2103.00020 (section 3.3 on robustness).", ""]
parts += q(record(fri2[1]))
parts += ["", "Out of scope for us, I think -- change captioning is Karim's area, forward it?", ""]
parts += q(record(fri2[2]) + ["", "DW: the code is already out, with pretrained weights.", "", "Dana"])
parts += ["", "COTR yes. Barlow Twins (arXiv:2103.03230, \"" + T("2103.03230") + "\")",
          "would go well in the same week, it's from the same month anyway.", "",
          "Two older ones I keep meaning to bring to the group, since the AutoML crowd",
          "will be there on the 8th:",
          "- \"" + T("2006.03656") + "\" (Dong et al., Google)",
          "- and, for fun, " + T("2010.00554") + " -- ICLR 2021 outstanding",
          "  paper award, and the talk is on YouTube.", "",
          "Slides template is in the shared drive as usual. Talk Monday.", "", "Priya", "",
          "-- ", "Priya Raman · Transformers & transfer reading group · Alderbank Institute (example)"]
body = "\n".join(["On 26/03/2021 10:14, Dana Whitfield wrote:"] + parts) + "\n"
# the reply's own text first (top of message), then the quoted thread with inline answers
intro = ("Hi Dana,\n\nthanks, answers inline. Short version: P-tuning and COTR go on the list, Swin to the\n"
         "backbones slot, gradient projection to continual learning, change captioning to Karim.\n\n")
headers = f"""From: Priya Raman <priya.raman@example.org>
To: Dana Whitfield <dana.whitfield@example.edu>
Cc: reading-robust@lists.example.org
Subject: Re: arXiv picks for the transformers slot (two Friday mailings)
Date: Fri, 26 Mar 2021 11:02:45 +0000
Message-ID: <4b1e0c2a-7f1d-2c5e-91aa-3d0e6b8f5a17@example.org>
In-Reply-To: <CAF9x2Lq-dw-0326-picks@mail.example.edu>
References: <CAF9x2Lq-dw-0326-picks@mail.example.edu>
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.8.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Content-Language: en-GB

"""
text = headers + intro + body
unq = "\n".join(l[2:] if l.startswith("> ") else ("" if l == ">" else l) for l in text.split("\n"))
write_raw(F419, text.encode("utf-8"), [text, unq], K)
