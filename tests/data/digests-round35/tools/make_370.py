#!/usr/bin/env python3
"""370: a Semantic Scholar "Research Feed" recommendation mail saved from Thunderbird as .eml: CRLF, Received /
Return-Path / DKIM-less headers, Subject "Your Research Feed: n new papers", multipart/alternative with a text/plain
and a text/html part, both UTF-8 quoted-printable. Each recommendation: the title linked to its Semantic Scholar page
(a 40-hex paper hash plus utm parameters), authors ("A. Surname, B. Surname, …"), "Venue · Year", a TLDR, and for
some a "PDF" link to arxiv.org or openreview.net; one shows "arXiv:ID" as text; the feed name and "based on n papers
in your library" header; Save / Not relevant links; footer with manage-feed and unsubscribe. Papers with only the
S2 link are title-only. "Relevant because you saved …" names a library folder, not a paper."""
import hashlib, os, sys
import quopri
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, initials, write_raw
from make_expected import F370, keys, ev

VENUE = {"2010.04592": "ICLR", "2011.04419": "ICML", "2011.06182": "arXiv.org", "2010.02014": "AAAI",
         "2106.07447": "IEEE/ACM Transactions on Audio, Speech, and Language Processing", "2103.09762": "ICLR",
         "2111.04263": "ICLR", "2008.07905": "ACL", "2103.14636": "ACM Computing Surveys"}
YEAR = {"2010.04592": 2021, "2011.04419": 2021, "2011.06182": 2020, "2010.02014": 2021, "2106.07447": 2021,
        "2103.09762": 2021, "2111.04263": 2021, "2008.07905": 2021, "2103.14636": 2023}
TLDR = {
 "2010.04592": "A hard negative sampling method for contrastive learning that lets the user control the hardness, improving downstream performance across modalities.",
 "2011.04419": "Mixup-based noise for contrastive learning that works without domain-specific augmentations.",
 "2011.06182": "Integrates a classifier head and a projector head with contrastive losses to fine-tune pre-trained representations.",
 "2010.02014": "A VAE whose generative model is conditioned on deterministic, downscaled views of the data.",
 "2106.07447": "Self-supervised speech representation learning that predicts offline cluster assignments of masked frames.",
 "2103.09762": "Continual learning by taking gradient steps orthogonal to the subspaces important for past tasks.",
 "2111.04263": "A federated learning method with a dynamic regularizer that aligns local and global optima.",
 "2008.07905": "A glancing language model for single-pass parallel generation in machine translation.",
 "2103.14636": "A survey of methods that make Transformers faster and lighter, with practical recommendations.",
}
ORDER = keys(F370)
E = ev(F370)


def s2(k):
    h = hashlib.sha1(T(k).encode()).hexdigest()
    return f"https://www.semanticscholar.org/paper/{h}?utm_source=feed_email&utm_medium=email&utm_campaign=research_feed"


def authors(k):
    a = [initials(x) for x in CAT[k]["authors"]]
    return ", ".join(a[:3]) + (f", +{len(a) - 3} authors" if len(a) > 3 else "")


def pdf(k):
    return {"link": f"https://arxiv.org/pdf/{k}", "link-or": f"https://openreview.net/pdf?id={OR(k)}"}.get(E[k])


def venue_line(k):
    v = f"{VENUE[k]} · {YEAR[k]}"
    return v + (f" · arXiv:{k}" if E[k] == "arxiv-text" else "")


plain = ["Semantic Scholar", "", "Your Research Feed: Self-supervised & contrastive", "9 new papers · based on 14 papers in your library", ""]
rows = []
for i, k in enumerate(ORDER, 1):
    plain += [T(k), s2(k), authors(k), venue_line(k), "TLDR: " + TLDR[k]]
    if pdf(k): plain.append("PDF: " + pdf(k))
    plain += ["Save | Not relevant", ""]
    p = f' &middot; <a href="{escape(pdf(k))}" style="color:#1857b6;text-decoration:none">PDF</a>' if pdf(k) else ""
    rows.append(f"""<tr><td style="padding:16px 24px;border-bottom:1px solid #e6e6e6">
<a href="{escape(s2(k))}" style="font-size:17px;font-weight:600;color:#1857b6;text-decoration:none">{escape(T(k))}</a>
<div style="font-size:13px;color:#555;margin-top:4px">{escape(authors(k))}</div>
<div style="font-size:13px;color:#777">{escape(venue_line(k))}</div>
<div style="font-size:14px;color:#222;margin-top:6px"><b>TLDR</b> {escape(TLDR[k])}</div>
<div style="font-size:13px;margin-top:6px"><a href="https://www.semanticscholar.org/me/library/save?paper={i}" style="color:#1857b6;text-decoration:none">Save</a> &middot; <a href="https://www.semanticscholar.org/me/research/feeds/feedback?paper={i}&amp;r=0" style="color:#1857b6;text-decoration:none">Not relevant</a>{p}</div>
</td></tr>""")
plain += ["Relevant because you saved papers to the folder \"contrastive-ssl\".", "",
          "Manage your feeds: https://www.semanticscholar.org/me/research", "Unsubscribe: https://www.semanticscholar.org/email-preferences?t=feed",
          "", "Semantic Scholar is a free, AI-powered research tool for scientific literature, based at Ai2.", ""]
html_body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your Research Feed</title></head>
<body style="margin:0;background:#f5f6f7;font-family:Roboto,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#ffffff">
<tr><td style="padding:20px 24px;background:#1857b6;color:#ffffff;font-size:20px">Semantic Scholar</td></tr>
<tr><td style="padding:20px 24px"><div style="font-size:22px;font-weight:600">Your Research Feed: Self-supervised &amp; contrastive</div>
<div style="font-size:14px;color:#555">9 new papers &middot; based on 14 papers in your library</div></td></tr>
{chr(10).join(rows)}
<tr><td style="padding:16px 24px;font-size:12px;color:#777">Relevant because you saved papers to the folder &quot;contrastive-ssl&quot;.<br>
<a href="https://www.semanticscholar.org/me/research" style="color:#777">Manage your feeds</a> &middot; <a href="https://www.semanticscholar.org/email-preferences?t=feed" style="color:#777">Unsubscribe</a><br>
Semantic Scholar is a free, AI-powered research tool for scientific literature, based at Ai2.</td></tr>
</table>
</body></html>
"""
def qp(text):
    """quoted-printable as mail clients write it: lines of at most 76 characters, soft breaks after a space where
    possible (so that URLs stay whole), CRLF"""
    out = []
    for line in text.split("\n"):
        toks = []
        for ch in line:
            if ch == "=" or not (32 <= ord(ch) < 127):
                toks.append("".join(f"={b:02X}" for b in ch.encode("utf-8")))
            else:
                toks.append(ch)
        if toks and toks[-1] in (" ", "\t"): toks[-1] = f"={ord(toks[-1]):02X}"
        cur = []
        while sum(map(len, toks)) > 76:
            n, i = 0, 0
            while i < len(toks) and n + len(toks[i]) <= 75: n += len(toks[i]); i += 1
            sp = max((j for j in range(1, i) if toks[j - 1] == " "), default=i)
            out.append("".join(toks[:sp]) + "="); toks = toks[sp:]
        out.append("".join(toks))
    return "\r\n".join(out)


B = "==s2feed_b7d1e0c4a9=="
HEAD = [("Return-Path", "<bounces+feed@mail.semanticscholar.example>"),
        ("Received", "from mx.example.net (mx.example.net [192.0.2.14]) by\r\n imap.lakemont.example with LMTP; Mon, 11 Mar 2024 07:12:09 +0000"),
        ("From", "Semantic Scholar <do-not-reply@mail.semanticscholar.example>"),
        ("To", "Hanna Virtanen <h.virtanen@lakemont.example>"),
        ("Subject", "Your Research Feed: 9 new papers"),
        ("Date", "Mon, 11 Mar 2024 07:12:03 +0000"),
        ("Message-ID", "<feed.20240311071203.5f2a9c@mail.semanticscholar.example>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", f'multipart/alternative; boundary="{B}"')]
ptxt, htxt = "\n".join(plain), html_body
msg = "".join(f"{k}: {v}\r\n" for k, v in HEAD) + "\r\n"
for ct, body in (("plain", ptxt), ("html", htxt)):
    msg += f'--{B}\r\nContent-Type: text/{ct}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp(body)}\r\n'
msg += f"--{B}--\r\n"
data = msg.encode("ascii")
assert quopri.decodestring(qp(ptxt).encode()).decode("utf-8").replace("\r\n", "\n") == ptxt
write_raw(F370, data, [ptxt, htxt], keys(F370))
