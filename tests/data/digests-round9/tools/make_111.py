#!/usr/bin/env python3
"""Builds digests/111_google_groups_digest_tdl.txt: a Google Groups email digest saved as plain text (mbox "From "
line, RFC 822 headers, "Today's topic summary", one section per topic, "---------- n of m ----------" message
headers). Message bodies are wrapped at 72 columns the way a mail client wraps them (URLs are never broken, titles
are), replies quote the earlier message with "On …, X <x@…> wrote:" and "> " prefixes (re-wrapped after quoting),
and quoted messages carry the Google Groups footer and signatures."""
import os, textwrap

GROUP = "tdl-reading"
NAME = "TDL Reading Group"


def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        ind = len(para) - len(para.lstrip(" "))
        bullet = para.lstrip(" ")[:2] in ("- ", "* ")
        sub = " " * (ind + (2 if bullet else 0))
        out += textwrap.wrap(para, width, initial_indent="", subsequent_indent=sub, break_long_words=False,
                             break_on_hyphens=False, drop_whitespace=True) or [""]
        if ind and out:
            pass
    return "\n".join(out)


def quote(text):
    return "\n".join((">" if l.startswith(">") or not l else "> ") + l for l in text.split("\n"))


def footer(msgid):
    return ("-- \nYou received this message because you are subscribed to the Google Groups \"" + NAME + "\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to "
            f"{GROUP}+unsubscribe@googlegroups.com.\n"
            f"To view this discussion on the web visit https://groups.google.com/d/msgid/{GROUP}/{msgid}.")


SIG_PRIYA = "-- \nPriya Raman\nPhD candidate, Computer Science\nshe/her"

m1 = wrap("""Hi all,

Welcome back! Here is the plan for the first half of spring. As usual we meet Tuesdays 4:00-5:15pm in room 3.14 (the small one with the whiteboard that actually erases), snacks provided.

Mar 12 -- Tengyu Ma, "Why Do Local Methods Solve Nonconvex Problems?" https://arxiv.org/abs/2103.13462 -- it is a chapter of the Beyond the Worst-Case Analysis of Algorithms book, so it is short and self-contained. I'll lead.
Mar 19 -- Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets? (Li, Zhang & Arora, ICLR 2021). Jonas is presenting.
Mar 26 -- no meeting (spring break)
Apr 2 -- EigenGame: PCA as a Nash Equilibrium, https://arxiv.org/pdf/2010.00554.pdf -- Hao
Apr 9 -- open! Please reply with suggestions, ideally something with a clean theorem.

For Mar 12, sections 1-3 are enough. If you want more background, Tengyu's Simons Institute talk from 2021 covers the same material (on YouTube).

Best,
Priya""") + "\n\n" + SIG_PRIYA

m2_new = wrap("""Thanks Priya! Two suggestions for Apr 9:

(a) Sharpness-Aware Minimization for Efficiently Improving Generalization (arXiv:2010.01412). Lots of follow-ups since (ASAM, the m-sharpness discussion), and the PAC-Bayes bound in the appendix is a good group-reading exercise.

(b) Or, less theory but very sobering: In Search of Lost Domain Generalization, https://arxiv.org/abs/2007.01434 -- ERM with careful model selection beats most DG methods.

Happy to present either.

Jonas""")

m1_fullfooter = m1 + "\n\n" + footer("CAJx3pQ0kW7nR2fVt8%2B9dLmE%3DqYb5hF0sXo4%40mail.gmail.com")
m2 = m2_new + "\n\n" + "On Tue, Mar 5, 2024 at 10:02 AM Priya Raman <priya.raman@cs.example.edu> wrote:\n\n" + quote(m1_fullfooter)

m3_new = wrap("""+1 for (b). It pairs well with Shortcut Learning in Deep Neural Networks (Geirhos et al., Nature Machine Intelligence 2020), which is more of a perspective piece but gives the vocabulary for why DG benchmarks are hard. We could do both in one session, 40/30 min.

Hao""")
m2_footer = m2_new + "\n\n" + footer("CAHq7-Lr0aXbT4mQy%3DpK1vN9zE2wJ6uS%40mail.gmail.com")
# Hao trims the quote to Jonas's part
m3 = m3_new + "\n\n" + "On Tue, Mar 5, 2024 at 1:47 PM Jonas Weber <jweber@example.edu> wrote:\n\n" + quote(m2_footer)

m4 = wrap("""Hi everyone,

Would people be interested in a 3-week continual / federated learning mini-series after the break? Candidates:

- Gradient Projection Memory for Continual Learning (arXiv 2103.09762), ICLR 2021 oral -- I can present this one
- Federated Learning Based on Dynamic Regularization (FedDyn, ICLR 2021) -- needs someone who likes convex analysis
- Dataset Condensation with Gradient Matching -- not continual learning per se, but the gradient-matching trick keeps showing up in replay buffers

Code for all three is public, and there is a decent survey on the off-convex blog if you want a warm-up.

Amara""") + "\n\n-- \nAmara Okafor\nPostdoc, Statistics Department"

m5_new = wrap("""Sounds great, Amara -- let's put the mini-series in April after Apr 9.

And since several first-years asked: for the "history" session in May someone should go back to Rumelhart, Hinton and Williams, "Learning representations by back-propagating errors" (Nature, 1986). Three pages, and still worth it.

P""") + "\n\n" + SIG_PRIYA
m4_footer = m4 + "\n\n" + footer("CAO5zLmE0%2BaR7q1Wc4dHnK%3DtJ8vPy%40mail.gmail.com")
m5 = m5_new + "\n\n" + "On Tue, Mar 5, 2024 at 6:30 PM Amara Okafor <a.okafor@stat.example.edu> wrote:\n\n" + quote(m4_footer)

EQ = "=" * 77
topics = [
    ("Spring schedule + paper for Mar 12", "Wd3kLq0fP2A", [
        ("Priya Raman <priya.raman@cs.example.edu>", "Mar 05 10:02AM -0800", m1),
        ("Jonas Weber <jweber@example.edu>", "Mar 05 01:47PM -0800", m2),
        ("Hao Lin <haolin@example.edu>", "Mar 05 04:15PM -0800", m3)]),
    ("Continual / federated learning mini-series?", "r8TnVx1bQeM", [
        ("Amara Okafor <a.okafor@stat.example.edu>", "Mar 05 06:30PM -0800", m4),
        ("Priya Raman <priya.raman@cs.example.edu>", "Mar 06 08:55AM -0800", m5)]),
]
n_upd = sum(len(t[2]) for t in topics)
head = f"""From {GROUP}+bncBD4Y7QWZ2UPBBX3M2KXQMGQE5PIJ3ZA@googlegroups.com Wed Mar 06 17:31:12 2024
Return-Path: <{GROUP}+bncBD4Y7QWZ2UPBBX3M2KXQMGQE5PIJ3ZA@googlegroups.com>
Date: Wed, 06 Mar 2024 17:31:12 +0000
From: {GROUP}@googlegroups.com
To: Digest recipients <{GROUP}@googlegroups.com>
Message-ID: <0000000000005f1c2a0612f0a7e3@google.com>
Subject: [{GROUP}] Digest for {GROUP}@googlegroups.com - {n_upd} updates in {len(topics)} topics
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Precedence: list
Mailing-list: list {GROUP}@googlegroups.com; contact {GROUP}+owners@googlegroups.com
List-ID: <{GROUP}.googlegroups.com>
List-Archive: <https://groups.google.com/group/{GROUP}>
List-Unsubscribe: <mailto:googlegroups-manage+704215638842+unsubscribe@googlegroups.com>,
 <https://groups.google.com/group/{GROUP}/subscribe>

{EQ}
Today's topic summary
{EQ}

Group: {GROUP}@googlegroups.com
Url: https://groups.google.com/forum/?utm_source=digest&utm_medium=email#!forum/{GROUP}/topics

"""
for t, tid, ms in topics:
    head += f"  - {t} [{len(ms)} Updates]\n"
body = []
for t, tid, ms in topics:
    body.append(f"{EQ}\nTopic: {t}\nUrl: https://groups.google.com/forum/?utm_source=digest&utm_medium=email#!topic/{GROUP}/{tid}\n{EQ}\n")
    for i, (frm, date, text) in enumerate(ms, 1):
        body.append(f"---------- {i} of {len(ms)} ----------\nFrom: {frm}\nDate: {date}\n"
                    f"Url: https://groups.google.com/group/{GROUP}/msg/{tid}{i:02d}x\n\n{text}\n")
    body.append(f"Back to top: https://groups.google.com/forum/?utm_source=digest&utm_medium=email#!topic/{GROUP}/{tid}\n")
foot = f"""{EQ}
You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.
To unsubscribe from this group and stop receiving emails from it send an email to {GROUP}+unsubscribe@googlegroups.com.
"""
txt = head + "\n" + "\n".join(body) + "\n" + foot
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "111_google_groups_digest_tdl.txt"), "w", encoding="utf-8") as fh:
    fh.write(txt)
