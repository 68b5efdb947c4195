#!/usr/bin/env python3
"""Builds digests/131_pipermail_genmodels_reading_archive.html: one message page of a Mailman 2.1 pipermail archive.

The body is escaped and autolinked the way pipermail does it: &, <, > escaped, URLs wrapped in <A HREF>, e-mail
addresses obfuscated as "name at host", and quoted lines rendered with pipermail's unbalanced
'<I>&gt;<i> line\n</I>&gt;<i> next\n</I>' pattern (each quote block leaves one <i> open; browsers cope)."""
import html, os, re

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "131_pipermail_genmodels_reading_archive.html")

BODY = """\
Hi all,

Thanks to everyone who voted (17 of you!). Here is the final plan for
weeks 3-8. Room is GHC 6501 as last term unless noted, Tuesdays 4:30pm.
Presenters: if you can't make your slot, swap with someone and tell me,
please don't just disappear :)

Week 3 (Jan 30) -- score matching, the pre-DDPM view
    Generative Modeling by Estimating Gradients of the Data
    Distribution (Song & Ermon, NeurIPS 2019).  Presenter: Dmitri
    Background: Yang Song's blog post on score-based models,
    https://yang-song.net/blog/2021/score/ (long but the best intro).

Week 4 (Feb 6) -- audio
    DiffWave: A Versatile Diffusion Model for Audio Synthesis
    https://arxiv.org/abs/2009.09761    Presenter: Hana
    Hana asked to also show WaveGrad for comparison, fine by me.

Week 5 (Feb 13) -- latent space, two short ones
    Score-based Generative Modeling in Latent Space, arXiv:2106.05931
    (LSGM; Vahdat, Kreis, Kautz).  Presenter: Oluwaseun
    Self-Supervised Variational Auto-Encoders (Gatopoulos & Tomczak)
    https://openreview.net/forum?id=zOGdf9K8aC  -- 20 min, Oluwaseun
    says it is a useful contrast on what the latent space is for.
    If you have never seen hierarchical VAEs, skim NVAE first.

Week 6 (Feb 20) -- text-to-image, NO MEETING ROOM (use Zoom link below)
    Hierarchical Text-Conditional Image Generation with CLIP Latents
    (the unCLIP / DALL-E 2 paper).  Presenter: Marco
    SDXL: Improving Latent Diffusion Models for High-Resolution Image
    Synthesis <https://arxiv.org/abs/2307.01952>, sections 2.1-2.4 only
    (the rest is a model card).  Presenter: Jing

Week 7 (Feb 27) -- editing
    InstructPix2Pix: Learning to Follow Image Editing Instructions
    pdf: https://arxiv.org/pdf/2211.09800.pdf  Presenter: me

Week 8 (Mar 5) -- 3D, joint session with the graphics reading group
    Zero-1-to-3: Zero-shot One Image to 3D Object (ICCV 2023)
    3D Gaussian Splatting for Real-Time Radiance Field Rendering
    (SIGGRAPH 2023, project page with the paper and code:
    https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/)
    Presenters: Tomás + someone from graphics.
    NeRF background is assumed. For the big picture, the CVPR 2023
    tutorial "Denoising Diffusion Models: A Generative Learning Big Bang"
    (video on YouTube) is a good recap of weeks 3-7.

Dmitri: yes to an old-school session, I put the DBN paper in week 9
(Mar 12) with you presenting since it was your idea ;)  I'll send the
second half of the term (weeks 9-14) next week. EDM, consistency and
flow matching are on the list of candidates, vote in the sheet:
https://docs.google.com/spreadsheets/d/1wQv8rGenModelsRG2024W/edit

Zoom for week 6: https://cmu.zoom.us/j/93018844120 (passcode in Slack).

Priya

On Mon, Jan 22, 2024 at 9:14 AM Dmitri Volkov <dvolkov@andrew.example.edu> wrote:
> Can we do one "old school" session at some point? I'd vote for A Fast
> Learning Algorithm for Deep Belief Nets (Hinton, Osindero, Teh 2006).
> Half of us work on diffusion and have never read anything about
> energy-based models / RBMs, and the greedy layer-wise idea comes back
> in a lot of the score matching motivation.
>
> Also +1 to DiffWave, I'm happy to help Hana with the audio demos.
>
> On Fri, Jan 19, 2024 at 5:40 PM Priya Raman <praman@cs.example.edu> wrote:
>> Poll for weeks 3-8 is open until Monday noon:
>> https://docs.google.com/forms/d/e/1FAIpQLSd-genmodels-w24/viewform
>>
>> Priya
"""

SCRUB = """\
-------------- next part --------------
An HTML attachment was scrubbed...
URL: <http://lists.cs.example.edu/pipermail/genmodels-rg/attachments/20240123/5d1e09c2/attachment.html>
"""


def obfuscate(s):
    return re.sub(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)", r"\1 at \2", s)


def autolink(s):
    return re.sub(r"(https?://[^\s&<>()\"']+[^\s&<>()\"'.,;:])",
                  lambda m: f'<A HREF="{m.group(1)}">{m.group(1)}</A>', s)


def render(text):
    out, in_quote = [], False
    for line in text.split("\n"):
        esc = autolink(html.escape(obfuscate(line), quote=False))
        m = re.match(r"^((?:&gt;)+) ?(.*)$", esc)
        if m:
            marks = m.group(1)
            head = "<I>" if not in_quote else "</I>"
            rest = (" " + m.group(2)) if m.group(2) else ""
            out.append(f"{head}{marks}<i>{rest}")
            in_quote = True
        else:
            if in_quote:
                out.append("</I>" + esc)
                in_quote = False
            else:
                out.append(esc)
    return "\n".join(out)


subject = "[genmodels-rg] Re: Winter schedule + papers for weeks 3-8"
mailto = ("mailto:genmodels-rg%40lists.cs.example.edu?Subject=Re%3A%20%5Bgenmodels-rg%5D%20Re%3A%20Winter%20schedule%20"
          "%2B%20papers%20for%20weeks%203-8&amp;In-Reply-To=%3CCAH7f3kq2Xw9R%2Bv0TQ%3DpLm4s%40mail.gmail.com%3E")

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> {subject}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="{mailto}">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {{
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }}
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="000412.html">
   <LINK REL="Next"  HREF="000414.html">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>{subject}</H1>
    <B>Priya Raman</B> 
    <A HREF="{mailto}"
       TITLE="{subject}">praman at cs.example.edu
       </A><BR>
    <I>Tue Jan 23 14:02:11 EST 2024</I>
    <P><UL>
        <LI>Previous message (by thread): <A HREF="000412.html">[genmodels-rg] Re: Winter schedule + papers for weeks 3-8
</A></li>
        <LI>Next message (by thread): <A HREF="000414.html">[genmodels-rg] Re: Winter schedule + papers for weeks 3-8
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#413">[ date ]</a>
              <a href="thread.html#413">[ thread ]</a>
              <a href="subject.html#413">[ subject ]</a>
              <a href="author.html#413">[ author ]</a>
         </LI>
       </UL>
    <HR>  
<!--beginarticle-->
<PRE>{render(BODY)}{render(SCRUB)}</PRE>

<!--endarticle-->
    <HR>
    <P><UL>
        <!--threads-->
	<LI>Previous message (by thread): <A HREF="000412.html">[genmodels-rg] Re: Winter schedule + papers for weeks 3-8
</A></li>
	<LI>Next message (by thread): <A HREF="000414.html">[genmodels-rg] Re: Winter schedule + papers for weeks 3-8
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#413">[ date ]</a>
              <a href="thread.html#413">[ thread ]</a>
              <a href="subject.html#413">[ subject ]</a>
              <a href="author.html#413">[ author ]</a>
         </LI>
       </UL>

<hr>
<a href="https://lists.cs.example.edu/mailman/listinfo/genmodels-rg">More information about the genmodels-rg
mailing list</a><br>
</body></html>
"""
open(OUT, "w", encoding="utf-8", newline="").write(page)
print(OUT, len(page))
