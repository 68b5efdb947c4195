#!/usr/bin/env python3
"""459: Gmail's "Show original" → "Download original" of a forwarded arXiv cs daily mailing (March 2021), the raw
RFC 5322 message: Delivered-To / Received / ARC / DKIM headers (example domains, invented values), MIME-Version,
a multipart/alternative with a text/plain part in quoted-printable (soft line breaks `=` at 76 columns, `=3D`,
`=E2=80=99`) and a text/html part in quoted-printable. The forwarder's note names three older papers by title only and
one by "arXiv 2103.10385". The decoded text is what the builder checks."""
import os, sys, quopri
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_raw, check_no_distractor
from make_expected import F459, keys

t = T
def rec(aid, date, size, cats, comments, abstract_first):
    e = CAT[aid]
    title = e["title"]
    auth = ", ".join(e["authors"])
    # arXiv mailer wraps Title/Authors lines near 80 columns with two-space continuations
    def wrap(label, s):
        words, lines, cur = s.split(), [], label
        for w in words:
            if len(cur) + 1 + len(w) > 79:
                lines.append(cur); cur = "  " + w
            else:
                cur = cur + (" " if not cur.endswith(": ") else "") + w
        lines.append(cur)
        return "\n".join(lines)
    return (f"\\\\\narXiv:{aid}\nDate: {date}   ({size}kb)\n\n{wrap('Title: ', title)}\n{wrap('Authors: ', auth)}\n"
            f"Categories: {cats}\n" + (f"Comments: {comments}\n" if comments else "") +
            f"\\\\\n  {abstract_first}\n\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)\n" + "-" * 78 + "\n")

mail = ("-" * 78 + "\n" +
    rec("2103.13462", "Wed, 24 Mar 2021 18:12:07 GMT", "412", "cs.LG math.OC stat.ML",
        "Lecture notes for a chapter of a forthcoming book",
        "Non-convex optimization is ubiquitous in modern machine learning. This chapter surveys recent\n  results on why simple local methods find global minima of several non-convex objectives ...") +
    rec("2103.14146", "Thu, 25 Mar 2021 08:30:49 GMT", "9730", "cs.CV cs.CL", "Accepted to ICCV 2021 (camera-ready pending)",
        "Change captioning tasks aim to detect changes in image pairs observed before and after a scene\n  change and to generate a natural language description of the changes ...") +
    rec("2103.14167", "Thu, 25 Mar 2021 09:01:26 GMT", "8861", "cs.CV", None,
        "We propose a novel framework for finding correspondences in images based on a deep neural network\n  that, given two images and a query point in one of them, finds its correspondence in the other ...") +
    rec("2103.14338", "Thu, 25 Mar 2021 13:23:12 GMT", "15021", "cs.CV cs.GR", "CVPR 2021",
        "We present a few-shot human motion transfer method that personalizes on a small number of\n  appearance inputs ...") +
    rec("2103.14339", "Thu, 25 Mar 2021 13:25:40 GMT", "651", "cs.CV cs.LG eess.IV", "Machine Learning for Health workshop",
        "We propose a selective labeling method using meta-learning and deep reinforcement learning for\n  medical image interpretation in the setting of limited labeling resources ..."))

note = f"""Hi all,

forwarding today's listing because of the matching / change-captioning papers for Thursday's group. COTR
and the change-captioning one are the two I'd like someone to present; MedSelect is for Priya's project.

While you're at it, three older ones from the same month that keep coming up in our discussions (no
need to read them again if you did in February):
 - "{t('2103.00020')}" (the CLIP paper; OpenAI's blog post is a gentler start)
 - "{t('2103.03230')}" (ICML 2021, code on the facebookresearch GitHub)
 - "{t('2103.02143')}" -- ICLR 2021 oral
and the P-tuning one, {t('2103.10385')}, arXiv 2103.10385, if anyone is into prompts.

Cheers,
Jonas

---------- Forwarded message ---------
From: <no-reply@arxiv.org>
Date: Fri, Mar 26, 2021 at 1:14 AM
Subject: cs daily Subj-class mailing 1f2 3
To: cs daily title/abstract distribution <jonas.akerlund@example.edu>


------------------------------------------------------------------------------
------------------------------------------------------------------------------
Send any comments regarding submissions directly to submitter.
------------------------------------------------------------------------------
Archives at http://arxiv.org/
To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel
------------------------------------------------------------------------------
 Submissions to:
Computer Vision and Pattern Recognition
Machine Learning
 received from  Wed 24 Mar 21 18:00:00 GMT  to  Thu 25 Mar 21 18:00:00 GMT
------------------------------------------------------------------------------
[... deleted by the forwarder: 118 other records ...]
{mail}[... deleted ...]
"""
plain = note.replace("\n", "\r\n").encode("utf-8")
qp = quopri.encodestring(plain).decode("ascii")
html_body = quopri.encodestring(("<div dir=\"ltr\">" + "".join(f"<div>{l}</div>" if l else "<div><br></div>" for l in note.split("\n")[:18]) + "<div>[...]</div></div>\r\n").encode("utf-8")).decode("ascii")
B = "000000000000a1b2c3d4e5f60718"
hdr = f"""Delivered-To: reading-group@example.edu\r
Received: by 2002:a05:6a10:9e4c:0:0:0:0 with SMTP id a12csp1183642pxw;\r
        Fri, 26 Mar 2021 02:03:51 -0700 (PDT)\r
X-Received: by 2002:a17:906:6a0b:: with SMTP id\r
        qw11mr13744161ejc.42.1616749431009;\r
        Fri, 26 Mar 2021 02:03:51 -0700 (PDT)\r
ARC-Seal: i=1; a=rsa-sha256; t=1616749431; cv=none;\r
        d=example.edu; s=arc-20160816;\r
        b=Qm9ndXNTZWFsVmFsdWVGb3JUZXN0aW5nT25seQ==\r
Return-Path: <jonas.akerlund@example.edu>\r
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.edu;\r
        s=20161025;\r
        h=mime-version:references:in-reply-to:from:date:message-id:subject\r
         :to;\r
        bh=ZmFrZWJvZHloYXNoZm9ydGVzdGluZw==;\r
        b=ZmFrZXNpZ25hdHVyZWZvcnRlc3Rpbmdvbmx5\r
MIME-Version: 1.0\r
References: <202103260114.12Q1EGr2031337@arxiv.org>\r
In-Reply-To: <202103260114.12Q1EGr2031337@arxiv.org>\r
From: Jonas Akerlund <jonas.akerlund@example.edu>\r
Date: Fri, 26 Mar 2021 10:03:39 +0100\r
Message-ID: <CAF7x2mN0q9example3vLw@mail.example.edu>\r
Subject: Fwd: cs daily Subj-class mailing 1f2 3\r
To: reading-group@example.edu\r
Content-Type: multipart/alternative; boundary="{B}"\r
\r
--{B}\r
Content-Type: text/plain; charset="UTF-8"\r
Content-Transfer-Encoding: quoted-printable\r
\r
"""
raw = hdr + qp + f"\r\n--{B}\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + html_body + f"\r\n--{B}--\r\n"
dec = quopri.decodestring(qp.encode()).decode("utf-8")
check_no_distractor(raw, F459)
write_raw(F459, raw.encode("ascii"), [raw, dec], keys(F459))
