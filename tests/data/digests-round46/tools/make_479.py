#!/usr/bin/env python3
"""479: a Mailman 2 plain-text digest of a reading-group list, saved from the mail client: the "Send … mailing list
submissions to" preamble, "Today's Topics:" with three messages, 70-dash separators, "Message: n" blocks with Date /
From / To / Subject / Message-ID / Content-Type headers, "------------------------------" between messages, the
Digest Footer and "End of … Digest, Vol 58, Issue 21". Message 1 forwards an arXiv cs daily mailing (four records kept,
the rest deleted by the forwarder); message 2 is a reply naming four more papers; message 3 is a room change.
English."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F479, keys

t = T
def rec(aid, date, size, cats, comments, abstract_first):
    e = CAT[aid]
    def wrap(label, s):
        words, lines, cur = s.split(), [], label
        for w in words:
            if len(cur) + 1 + len(w) > 79:
                lines.append(cur); cur = "  " + w
            else:
                cur = cur + (" " if not cur.endswith(": ") else "") + w
        lines.append(cur)
        return "\n".join(lines)
    return (f"\\\\\narXiv:{aid}\nDate: {date}   ({size}kb)\n\n{wrap('Title: ', e['title'])}\n{wrap('Authors: ', ', '.join(e['authors']))}\n"
            f"Categories: {cats}\n" + (f"Comments: {comments}\n" if comments else "") +
            f"\\\\\n  {abstract_first}\n\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)\n" + "-" * 78 + "\n")

mailing = ("-" * 78 + "\n" +
    rec("2103.13462", "Wed, 24 Mar 2021 18:12:07 GMT", "412", "cs.LG math.OC stat.ML",
        "Lecture notes for a chapter of a forthcoming book",
        "Non-convex optimization is ubiquitous in modern machine learning. This chapter surveys recent\n  results on why simple local methods find global minima of several non-convex objectives ...") +
    rec("2103.14146", "Thu, 25 Mar 2021 08:30:49 GMT", "9730", "cs.CV cs.CL", "Accepted to ICCV 2021 (camera-ready pending)",
        "Change captioning tasks aim to detect changes in image pairs observed before and after a scene\n  change and to generate a natural language description of the changes ...") +
    rec("2103.14338", "Thu, 25 Mar 2021 13:23:12 GMT", "15021", "cs.CV cs.GR", "CVPR 2021",
        "We present a few-shot human motion transfer method that personalizes on a small number of\n  appearance inputs ...") +
    rec("2103.14339", "Thu, 25 Mar 2021 13:25:40 GMT", "651", "cs.CV cs.LG eess.IV", "Machine Learning for Health workshop",
        "We propose a selective labeling method using meta-learning and deep reinforcement learning for\n  medical image interpretation in the setting of limited labeling resources ..."))

LIST = "Vision-nlp-rg"
text = f"""Send {LIST} mailing list submissions to
	vision-nlp-rg@lists.example.ac.uk

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example.ac.uk/mailman/listinfo/vision-nlp-rg
or, via email, send a message with subject or body 'help' to
	vision-nlp-rg-request@lists.example.ac.uk

You can reach the person managing the list at
	vision-nlp-rg-owner@lists.example.ac.uk

When replying, please edit your Subject line so it is more specific
than "Re: Contents of {LIST} digest..."


Today's Topics:

   1. Fwd: cs daily Subj-class mailing 1f2 3 (Priya Raman)
   2. Re: Fwd: cs daily Subj-class mailing 1f2 3 (Tomasz Wielgosz)
   3. Room change for Thursday's session (CS Admin Office)


----------------------------------------------------------------------

Message: 1
Date: Fri, 26 Mar 2021 09:12:44 +0000
From: Priya Raman <p.raman@example.ac.uk>
To: vision-nlp-rg@lists.example.ac.uk
Subject: [VNRG] Fwd: cs daily Subj-class mailing 1f2 3
Message-ID: <CAH8kq1Lw3example0Zt@mail.example.ac.uk>
Content-Type: text/plain; charset="utf-8"

Morning all,

four from last night's cs listing for next Thursday. I cut the rest (it was 120-odd records). The
change-captioning one and the motion-transfer one are candidates for the vision half; MedSelect is
mine to present (it's close to what we do with the chest X-ray subset); the nonconvex optimisation
notes are for Ewan, who asked for "something with proofs".

Priya

-------- Forwarded Message --------
Subject: cs daily Subj-class mailing 1f2 3
Date: Fri, 26 Mar 21 01:14:07 GMT
From: send mail ONLY to cs <no-reply@arxiv.org>
Reply-To: cs@arxiv.org
To: cs daily title/abstract distribution <p.raman@example.ac.uk>

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
[snip]
{mailing}[snip]

------------------------------

Message: 2
Date: Fri, 26 Mar 2021 11:47:02 +0100
From: Tomasz Wielgosz <t.wielgosz@example.pl>
To: vision-nlp-rg@lists.example.ac.uk
Subject: Re: [VNRG] Fwd: cs daily Subj-class mailing 1f2 3
Message-ID: <9f1d2e7a-55c0-4b7e-example-wielgosz@example.pl>
In-Reply-To: <CAH8kq1Lw3example0Zt@mail.example.ac.uk>
Content-Type: text/plain; charset="utf-8"; Format="flowed"

Thanks Priya. For the NLP half I'd suggest we stay with March too:

- "{t('2103.10385')}" (the P-tuning paper), arXiv:2103.10385 -- short, and the
  LAMA numbers are a nice discussion starter.
- {t('2103.02143')}, ICLR 2021:
  https://openreview.net/forum?id={OR('2103.02143')} (the reviews are worth a look)

And two that are not strictly our topic but half the group has asked about:
"{t('2103.09762')}" (ICLR 2021, the orthogonal-projection one) and
"{t('2103.03230')}" (ICML 2021; the code is on the
facebookresearch GitHub). I can bring printouts.

T.

On 26/03/2021 10:12, Priya Raman wrote:
> four from last night's cs listing for next Thursday. I cut the rest (it was 120-odd records).

------------------------------

Message: 3
Date: Fri, 26 Mar 2021 14:05:19 +0000
From: CS Admin Office <cs-admin@example.ac.uk>
To: vision-nlp-rg@lists.example.ac.uk
Subject: [VNRG] Room change for Thursday's session
Message-ID: <20210326140519.GA4711@admin.example.ac.uk>
Content-Type: text/plain; charset="us-ascii"

Dear all,

Thursday's reading group (1 April, 15:00-16:30) moves from LT2 to Seminar Room 3.04 (Bayes Building),
as LT2 is booked for the open day. The projector there needs the USB-C adapter from the office.

Kind regards,
CS Admin Office

------------------------------

Subject: Digest Footer

_______________________________________________
{LIST} mailing list
vision-nlp-rg@lists.example.ac.uk
https://lists.example.ac.uk/mailman/listinfo/vision-nlp-rg


------------------------------

End of {LIST} Digest, Vol 58, Issue 21
{"*" * len(f"End of {LIST} Digest, Vol 58, Issue 21")}
"""
write_only(F479, text, keys(F479))
