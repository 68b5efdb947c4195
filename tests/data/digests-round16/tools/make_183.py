#!/usr/bin/env python3
"""Builds digests/183_mailman_mime_digest_agents_reading_group.eml: one issue of a Mailman 2.1 list's MIME digest
("Agents-RG Digest, Vol 7, Issue 12") as a subscriber's mail client saved it (.eml, LF line ends). Structure as
Mailman's ToDigest.send_i18n_digests builds it: multipart/mixed with "===============<19 digits>==" boundaries;
the masthead (text/plain, Content-Description "<List> Digest, Vol N, Issue M"), "Today's Topics (5 messages)",
a multipart/digest whose parts are message/rfc822 with the list copies of the posts (headers kept, bodies as sent:
7bit us-ascii, quoted-printable UTF-8 with soft breaks at 76 columns that cut a URL, one Gmail multipart/alternative
with a QP text/html part), and the "Digest Footer". The delivery headers (Return-Path, Delivered-To, Received) and
the List-* headers sit on the outer message.

Evidence: abs URLs in plain text and in an <a href> (link; one only whole after QP decoding), "arXiv:ID" and
"arXiv ID" in text (arxiv-text), titles in prose (title-only). Non-papers: a project page, a dataset page, a course
page, a GitHub repository, the pipermail archive. "Frozen", "Gato", "SayCan", "the Trajectory Transformer",
"Octo" as nicknames; a seminar series number 0925.41003 that is not an arXiv id. Everything except titles and ids is
invented."""
import os, quopri

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "183_mailman_mime_digest_agents_reading_group.eml")
L = "agents-rg"
DOM = "lists.cs.uni-example.edu"
NAME = "Agents-RG"
VOL = "Digest, Vol 7, Issue 12"
OUTER = "===============7310924188253015874=="
INNER = "===============2044683529917356120=="
ALT = "000000000000f1c3a2060a3b9e41"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def hdrs(d):
    return "\n".join(f"{k}: {v}" for k, v in d)


M = []  # (subject, from-name, headers, body)

m1_body = """Hi all,

For the VLM session on the 23rd I'd propose we read these two, in this order:

1. Flamingo: a Visual Language Model for Few-Shot Learning
   https://arxiv.org/abs/2204.14198
   (the gated cross-attention + Perceiver resampler design everyone copied)

2. BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image
   Encoders and Large Language Models, arXiv:2301.12597
   (Q-Former: the cheap way to bolt a frozen ViT onto a frozen LLM)

For background, Flamingo's direct ancestor is Multimodal Few-Shot Learning
with Frozen Language Models (everyone calls it "Frozen"), worth 20 minutes
if you haven't seen it.

Priya

> On Tue, Nov 14, 2023 at 10:02 AM Tomasz Wielgosz wrote:
> Can someone propose the VLM papers? I'll do the agents session.
"""
M.append(("Re: papers for the VLM session", "Priya Natarajan", "priya.n@cs.uni-example.edu", [
    ("Message-ID", "<CAH8r2Lq9+dP3e1xV0Wq@mail.gmail.com>"),
    ("Date", "Wed, 15 Nov 2023 09:14:37 -0500"),
    ("From", "Priya Natarajan <priya.n@cs.uni-example.edu>"),
    ("To", f"{L}@{DOM}"),
    ("Subject", f"Re: [{NAME}] papers for the VLM session"),
    ("In-Reply-To", "<20231114150212.GA31377@wielgosz-lap>"),
    ("References", "<20231114150212.GA31377@wielgosz-lap>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="us-ascii"'),
    ("Content-Transfer-Encoding", "7bit"),
], m1_body))

m2_text = """Thanks Priya. One more for the list, since half the group is using LLaVA-style models in their projects already: Visual Instruction Tuning (https://arxiv.org/abs/2304.08485) – GPT-4-generated instruction data + a linear projection, and that’s basically it.

For the robotics half of the session I’d keep it to the “generalist” line of work:
– A Generalist Agent (Gato) – one transformer, 600+ tasks, tokenise everything;
– Do As I Can, Not As I Say: Grounding Language in Robotic Affordances (SayCan) – the LLM proposes, the value functions dispose.

Both are more “ideas” papers than methods you’d reuse, so maybe 30 min each.

José
--
José Ortega · Robot Learning Lab · Room 4.117
"""
M.append(("Re: papers for the VLM session", "José Ortega", "jortega@cs.uni-example.edu", [
    ("Message-ID", "<7b2e91c4-5d1f-4f0e-9a63-2c8d4be10f57@cs.uni-example.edu>"),
    ("Date", "Wed, 15 Nov 2023 11:47:02 -0500"),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", f"Re: [{NAME}] papers for the VLM session"),
    ("To", f"{L}@{DOM}"),
    ("References", "<20231114150212.GA31377@wielgosz-lap>\n <CAH8r2Lq9+dP3e1xV0Wq@mail.gmail.com>"),
    ("From", "=?UTF-8?Q?Jos=C3=A9_Ortega?= <jortega@cs.uni-example.edu>"),
    ("In-Reply-To", "<CAH8r2Lq9+dP3e1xV0Wq@mail.gmail.com>"),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
    ("Content-Transfer-Encoding", "quoted-printable"),
], qp(m2_text)))

m3_plain = """Could we squeeze in RT-2 for the robotics week? RT-2: Vision-Language-Action
Models Transfer Web Knowledge to Robotic Control <https://arxiv.org/abs/2307.15818>

It's the natural follow-up to SayCan: instead of the LLM picking skills, the
VLM outputs the actions as tokens directly.

If we want something lighter: Voyager: An Open-Ended Embodied Agent with Large
Language Models, which is Minecraft rather than robots but the skill-library
idea transfers. The project page has videos:
https://voyager-agent-demo.example.io/

Wen
"""
m3_html = """<div dir="ltr"><div>Could we squeeze in RT-2 for the robotics week? <a href="https://arxiv.org/abs/2307.15818">RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control</a></div><div><br></div><div>It&#39;s the natural follow-up to SayCan: instead of the LLM picking skills, the VLM outputs the actions as tokens directly.</div><div><br></div><div>If we want something lighter: Voyager: An Open-Ended Embodied Agent with Large Language Models, which is Minecraft rather than robots but the skill-library idea transfers. The project page has videos: <a href="https://voyager-agent-demo.example.io/">https://voyager-agent-demo.example.io/</a></div><div><br></div><div>Wen</div></div>
"""
m3_body = f"""--{ALT}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(m3_plain)}
--{ALT}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(m3_html)}
--{ALT}--
"""
M.append(("RT-2 for the robotics week?", "Wen Li", "wen.li.ml@gmail.com", [
    ("MIME-Version", "1.0"),
    ("From", "Wen Li <wen.li.ml@gmail.com>"),
    ("Date", "Wed, 15 Nov 2023 20:31:55 +0800"),
    ("Message-ID", "<CAJt0=Vw5fN2K_8yQm3T-hc9sQ@mail.gmail.com>"),
    ("Subject", f"[{NAME}] RT-2 for the robotics week?"),
    ("To", f"{L}@{DOM}"),
    ("Content-Type", f'multipart/alternative; boundary="{ALT}"'),
], m3_body))

m4_body = """Agents session (30 Nov), my proposal:

 * AgentBench: Evaluating LLMs as Agents (arXiv 2308.03688) -- 8 environments,
   the OS/DB/knowledge-graph ones are the interesting ones for us
 * MemGPT: Towards LLMs as Operating Systems -- paging context in and out
   like virtual memory; there's a repo but read the paper first
 * https://arxiv.org/abs/2310.11511 -- Self-RAG: Learning to Retrieve,
   Generate, and Critique through Self-Reflection (reflection tokens)

Harness for anyone who wants to run AgentBench tasks locally:
https://github.com/twielgosz/agentbench-lite

Tomasz
"""
M.append(("agents session proposal", "Tomasz Wielgosz", "t.wielgosz@cs.uni-example.edu", [
    ("Date", "Thu, 16 Nov 2023 08:05:19 +0100"),
    ("From", "Tomasz Wielgosz <t.wielgosz@cs.uni-example.edu>"),
    ("To", f"{L}@{DOM}"),
    ("Subject", f"[{NAME}] agents session proposal"),
    ("Message-ID", "<20231116070519.GB4121@wielgosz-lap>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=us-ascii"),
    ("Content-Disposition", "inline"),
    ("User-Agent", "Mutt/2.2.9 (2022-11-12)"),
], m4_body))

m5_body = """Dear all,

Schedule for the rest of term (seminar series no. 0925.41003 in the
department calendar, room 2.041 unless noted):

  23 Nov  VLMs (Priya) -- Flamingo, BLIP-2, Visual Instruction Tuning
  30 Nov  LLM agents (Tomasz)
   7 Dec  Robotics (Jose, Wen) -- Gato, SayCan, RT-2
  14 Dec  Sequence modelling for control: Offline Reinforcement Learning as
          One Big Sequence Modeling Problem (the Trajectory Transformer),
          plus the Octo model report if time allows

If you need data for the robotics projects, the Open X-Embodiment collection
is mirrored on the cluster: /datasets/oxe (info page:
https://cluster-docs.cs.uni-example.edu/datasets/open-x-embodiment).

The CS 8803 course notes on embodied AI are a good primer for newcomers:
https://courses.cs.uni-example.edu/cs8803-embodied/fall23/

Archive of all previous sessions: https://lists.cs.uni-example.edu/pipermail/agents-rg/

Best,
Hana (list admin)
"""
M.append(("Schedule for the rest of term", "Hana Dvorakova", "hana.dvorakova@cs.uni-example.edu", [
    ("Message-ID", "<6555f0a2.5d0a0220.81e3.14c9@cs.uni-example.edu>"),
    ("Date", "Thu, 16 Nov 2023 10:41:08 -0500"),
    ("From", "Hana Dvorakova <hana.dvorakova@cs.uni-example.edu>"),
    ("To", f"{L}@{DOM}"),
    ("Subject", f"[{NAME}] Schedule for the rest of term"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'text/plain; charset="us-ascii"'),
    ("Content-Transfer-Encoding", "7bit"),
], m5_body))

list_hdrs = [
    ("X-BeenThere", f"{L}@{DOM}"),
    ("X-Mailman-Version", "2.1.39"),
    ("Precedence", "list"),
    ("List-Id", f"Embodied agents reading group <{L}.{DOM}>"),
    ("List-Unsubscribe", f"<https://{DOM}/mailman/options/{L}>,\n <mailto:{L}-request@{DOM}?subject=unsubscribe>"),
    ("List-Archive", f"<https://{DOM}/pipermail/{L}/>"),
    ("List-Post", f"<mailto:{L}@{DOM}>"),
    ("List-Help", f"<mailto:{L}-request@{DOM}?subject=help>"),
    ("List-Subscribe", f"<https://{DOM}/mailman/listinfo/{L}>,\n <mailto:{L}-request@{DOM}?subject=subscribe>"),
]

parts = []
for subj, name, addr, h, body in M:
    inner = hdrs(h + list_hdrs) + "\n\n" + body
    parts.append("Content-Type: message/rfc822\nMIME-Version: 1.0\n\n" + inner)

# Mailman encodes the topic lines in the list charset (us-ascii) with errors="replace": "Jos? Ortega"
topics = "\n".join(f"   {i}. {s} ({n})" for i, (s, n, a, h, b) in enumerate(M, 1)).encode("ascii", "replace").decode()
outer_h = [
    ("Return-Path", f"<{L}-bounces@{DOM}>"),
    ("Delivered-To", "mkaur@mail.uni-example.edu"),
    ("Received", f"from mail.{DOM} (mail.{DOM} [192.0.2.41])\n\tby mx1.uni-example.edu (Postfix) with ESMTP id 4SWq9k1Jd7z9tTq\n\tfor <mkaur@mail.uni-example.edu>; Thu, 16 Nov 2023 12:00:03 -0500 (EST)"),
    ("Subject", f"{NAME} {VOL}"),
    ("From", f"{L}-request@{DOM}"),
    ("To", f"{L}@{DOM}"),
    ("Reply-To", f"{L}@{DOM}"),
    ("Date", "Thu, 16 Nov 2023 12:00:02 -0500"),
    ("Message-ID", f"<mailman.1553.1700154002.4081.{L}@{DOM}>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", f'multipart/mixed; boundary="{OUTER}"'),
] + list_hdrs + [("Errors-To", f"{L}-bounces@{DOM}"), ("Sender", f'"{NAME}" <{L}-bounces@{DOM}>')]

masthead = f"""Send {NAME} mailing list submissions to
\t{L}@{DOM}

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://{DOM}/mailman/listinfo/{L}
or, via email, send a message with subject or body 'help' to
\t{L}-request@{DOM}

You can reach the person managing the list at
\t{L}-owner@{DOM}

When replying, please edit your Subject line so it is more specific
than "Re: Contents of {NAME} digest..."
"""
TP = 'Content-Type: text/plain; charset="us-ascii"\nMIME-Version: 1.0\nContent-Transfer-Encoding: 7bit\n'
out = hdrs(outer_h) + "\n\n"
out += f"--{OUTER}\n{TP}Content-Description: {NAME} {VOL}\n\n{masthead}\n"
out += f"--{OUTER}\n{TP}Content-Description: Today's Topics ({len(M)} messages)\n\nToday's Topics:\n\n{topics}\n\n"
out += f"--{OUTER}\nContent-Type: multipart/digest; boundary=\"{INNER}\"\nMIME-Version: 1.0\n\n"
out += "".join(f"--{INNER}\n{p}\n" for p in parts) + f"--{INNER}--\n\n"
out += (f"--{OUTER}\n{TP}Content-Disposition: inline\nContent-Description: Digest Footer\n\n"
        f"_______________________________________________\n{NAME} mailing list\n{L}@{DOM}\nhttps://{DOM}/mailman/listinfo/{L}\n\n")
out += f"--{OUTER}--\n"
with open(OUT, "w", encoding="ascii", newline="") as fh:
    fh.write(out)
