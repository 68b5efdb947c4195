#!/usr/bin/env python3
"""Builds digests/107_discord_diffusion_papers.html in DiscordChatExporter's HTML layout (message groups, headers
with author and timestamp, `chatlog__content chatlog__markdown` bodies, link embeds with `chatlog__embed-title`,
reactions, an app/bot message answering a slash command, a system notification). Text is HTML-escaped by code."""
import os
from html import escape

E = lambda s: escape(s, quote=False)
A = lambda s: escape(s, quote=True)
TWEMOJI = "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/"
EMO = {"👍": "1f44d", "🔥": "1f525", "🎧": "1f3a7", "👀": "1f440", "🙏": "1f64f", "😭": "1f62d", "📌": "1f4cc"}
USERS = {
    "yuki": ("Yuki", "noise_schedule", "rgb(155, 89, 182)", "208815506717229056", "a_3f0b1c"),
    "mira": ("Mira", "mira.k", "rgb(46, 204, 113)", "331207489233469441", "8e1d2a"),
    "theo": ("theo.wav", "theo.wav", None, "540118077231104001", "c41f77"),
    "kaz": ("kaz", "kazuhiro_t", "rgb(52, 152, 219)", "712983300114845696", "19aa0e"),
    "paperbot": ("PaperBot", "PaperBot#4410", None, "1109457283120787456", "e07a3d"),
    "remind": ("Reminder Bot", "Reminder Bot#6262", None, "559426966151757824", "5d13b8"),
}
BOTS = {"paperbot", "remind"}
out = []
W = out.append


def avatar(u):
    uid, h = USERS[u][3], USERS[u][4]
    return f"https://cdn.discordapp.com/avatars/{uid}/{h}.png?size=512"


def embed(title, url, desc=None, provider=None, author=None, fields=(), footer=None, color=None, thumb=None):
    pill = (f'<div class="chatlog__embed-color-pill" style="background-color: {color};"></div>' if color
            else '<div class="chatlog__embed-color-pill chatlog__embed-color-pill--default"></div>')
    s = ['<div class="chatlog__embed">', pill,
         '<div class="chatlog__embed-content-container">', '<div class="chatlog__embed-content">',
         '<div class="chatlog__embed-text">']
    if provider:
        s += ['<div class="chatlog__embed-author-container">',
              f'<span class="chatlog__embed-author">{E(provider)}</span>', '</div>']
    if author:
        s += ['<div class="chatlog__embed-author-container">',
              f'<a class="chatlog__embed-author-link" href="{A(author[1])}">',
              f'<div class="chatlog__embed-author">{E(author[0])}</div>', '</a>', '</div>']
    s += ['<div class="chatlog__embed-title">',
          f'<a class="chatlog__embed-title-link" href="{A(url)}">',
          f'<div class="chatlog__markdown chatlog__markdown-preserve">{E(title)}</div>', '</a>', '</div>']
    if desc:
        s += ['<div class="chatlog__embed-description">',
              f'<div class="chatlog__markdown chatlog__markdown-preserve">{desc}</div>', '</div>']
    if fields:
        s.append('<div class="chatlog__embed-fields">')
        for name, value, inline in fields:
            cls = "chatlog__embed-field chatlog__embed-field--inline" if inline else "chatlog__embed-field"
            s += [f'<div class="{cls}">',
                  f'<div class="chatlog__embed-field-name"><div class="chatlog__markdown chatlog__markdown-preserve">{E(name)}</div></div>',
                  f'<div class="chatlog__embed-field-value"><div class="chatlog__markdown chatlog__markdown-preserve">{value}</div></div>',
                  '</div>']
        s.append('</div>')
    s.append('</div>')
    if thumb:
        s += ['<div class="chatlog__embed-thumbnail-container">',
              f'<a class="chatlog__embed-thumbnail-link" href="{A(thumb)}">',
              f'<img class="chatlog__embed-thumbnail" src="{A(thumb)}" alt="Thumbnail" loading="lazy">', '</a>', '</div>']
    s.append('</div>')
    if footer:
        s += ['<div class="chatlog__embed-footer">',
              f'<span class="chatlog__embed-footer-text">{E(footer)}</span>', '</div>']
    s += ['</div>', '</div>']
    return "\n".join(s)


def reactions(rs):
    s = ['<div class="chatlog__reactions">']
    for e, n, name in rs:
        s += [f'<div class="chatlog__reaction" title="{name}">',
              f'<img class="chatlog__emoji chatlog__emoji--small" alt="{e}" src="{TWEMOJI}{EMO[e]}.svg" loading="lazy">',
              f'<span class="chatlog__reaction-count">{n}</span>', '</div>']
    s.append('</div>')
    return "\n".join(s)


def message(mid, u, ts, full_ts, content, first, embeds=(), rx=None, edited=None, reply=None, interaction=None):
    name, login, color, uid, _ = USERS[u]
    W(f'<div id="chatlog__message-container-{mid}" class="chatlog__message-container " data-message-id="{mid}">')
    W('<div class="chatlog__message">')
    if first and (reply or interaction):
        W('<div class="chatlog__reply-symbol"></div>')
        if reply:
            ru, rmid, snippet = reply
            rname = USERS[ru][0]
            W('<div class="chatlog__reply">')
            W(f'<img class="chatlog__reply-avatar" src="{avatar(ru)}" alt="Avatar" loading="lazy">')
            W(f'<div class="chatlog__reply-author" title="{A(USERS[ru][1])}">{E(rname)}</div>')
            W('<div class="chatlog__reply-content">')
            W(f'<span class="chatlog__reply-link" onclick="scrollToMessage(event, \'{rmid}\')">{snippet}</span>')
            W('</div>')
            W('</div>')
        else:
            iu, cmd = interaction
            W('<div class="chatlog__reply">')
            W(f'<img class="chatlog__reply-avatar" src="{avatar(iu)}" alt="Avatar" loading="lazy">')
            W(f'<div class="chatlog__reply-author" title="{A(USERS[iu][1])}">{E(USERS[iu][0])}</div>')
            W(f'<div class="chatlog__reply-content">used <span class="chatlog__markdown-mention">/{E(cmd)}</span></div>')
            W('</div>')
    W('<div class="chatlog__message-aside">')
    if first:
        W(f'<img class="chatlog__avatar" src="{avatar(u)}" alt="Avatar" loading="lazy">')
    else:
        W(f'<div class="chatlog__short-timestamp" title="{A(full_ts)}">{E(ts.split(" ", 1)[1])}</div>')
    W('</div>')
    W('<div class="chatlog__message-primary">')
    if first:
        W('<div class="chatlog__header">')
        style = f' style="color: {color};"' if color else ""
        W(f'<span class="chatlog__author"{style} title="{A(login)}" data-user-id="{uid}">{E(name)}</span>')
        if u in BOTS:
            W('<span class="chatlog__bot-label">APP</span>')
        W(f'<span class="chatlog__timestamp" title="{A(full_ts)}"><a href="#chatlog__message-container-{mid}">{E(ts)}</a></span>')
        W('</div>')
    if content:
        W('<div class="chatlog__content chatlog__markdown">')
        ed = (f' <span class="chatlog__edited-timestamp" title="{A(edited)}">(edited)</span>' if edited else "")
        W(f'<span class="chatlog__markdown-preserve">{content}</span>{ed}')
        W('</div>')
    for em in embeds:
        W(em)
    if rx:
        W(reactions(rx))
    W('</div>')
    W('</div>')
    W('</div>')


def group(msgs):
    W('<div class="chatlog__message-group">')
    for i, m in enumerate(msgs):
        message(*m[:5], first=(i == 0), **m[5] if len(m) > 5 else {})
    W('</div>')


def link(url, label=None):
    return f'<a href="{A(url)}">{E(label or url)}</a>'


ARXIV = "arXiv.org"

# --- 28 Nov: planning the block ---
group([
    ("1179132201838120960", "yuki", "11/28/2023 8:02 PM", "Tuesday, November 28, 2023 8:02 PM",
     "kicking off the winter block 🎄 plan is to go roughly chronological, one paper per week, Thursdays 7pm in "
     "#stage-reading"),
    ("1179132544001069086", "yuki", "11/28/2023 8:03 PM", "Tuesday, November 28, 2023 8:03 PM",
     "week 1 is the OG: Sohl-Dickstein et al. 2015, Deep Unsupervised Learning using Nonequilibrium Thermodynamics "
     "— arXiv 1503.03585 (the pdf is ~40 pages with appendix, sec. 2 is the part that matters)",
     {"rx": [("👍", 5, "thumbsup")]}),
])
group([
    ("1179133010449580072", "paperbot", "11/28/2023 8:05 PM", "Tuesday, November 28, 2023 8:05 PM", "",
     {"interaction": ("yuki", "paper 2006.11239"),
      "embeds": [embed("Denoising Diffusion Probabilistic Models", "https://arxiv.org/abs/2006.11239",
                       desc="We present high quality image synthesis results using diffusion probabilistic models, "
                            "a class of latent variable models inspired by considerations from nonequilibrium "
                            "thermodynamics. …",
                       author=("arXiv · cs.LG · stat.ML", "https://arxiv.org/list/cs.LG/recent"),
                       fields=[("Authors", "Jonathan Ho, Ajay Jain, Pieter Abbeel", False),
                               ("Submitted", "19 Jun 2020 (v1), last revised 16 Dec 2020 (v2)", True),
                               ("Comments", "NeurIPS 2020", True)],
                       footer="PaperBot • data from the arXiv API • react 📌 to add to the reading list",
                       color="rgb(179, 27, 27)")]}),
])
group([
    ("1179134478753774631", "mira", "11/28/2023 8:11 PM", "Tuesday, November 28, 2023 8:11 PM",
     "for week 3 i'd do DDIM right after, the sampler matters more than people think " +
     link("https://openreview.net/forum?id=St1giarCHLP"),
     {"embeds": [embed("Denoising Diffusion Implicit Models", "https://openreview.net/forum?id=St1giarCHLP",
                       desc="Denoising diffusion probabilistic models (DDPMs) have achieved high quality image "
                            "generation without adversarial training, yet they require simulating a Markov chain "
                            "for many steps in order to produce a sample. …",
                       provider="OpenReview")],
      "rx": [("👍", 3, "thumbsup")]}),
])
group([
    ("1179134986214297660", "yuki", "11/28/2023 8:13 PM", "Tuesday, November 28, 2023 8:13 PM",
     "yes. and week 4 the SDE paper obviously: Score-Based Generative Modeling through Stochastic Differential "
     "Equations. it&#39;s long, we can split it over two sessions if people want"),
])
group([
    ("1179136602112725042", "theo", "11/28/2023 8:20 PM", "Tuesday, November 28, 2023 8:20 PM",
     "can we squeeze in one audio paper? " + link("https://arxiv.org/abs/2009.09761v3", "DiffWave") +
     " is still the cleanest intro imo, and it&#39;s short",
     {"embeds": [embed("DiffWave: A Versatile Diffusion Model for Audio Synthesis",
                       "https://arxiv.org/abs/2009.09761v3",
                       desc="In this work, we propose DiffWave, a versatile diffusion probabilistic model for "
                            "conditional and unconditional waveform generation. …",
                       provider=ARXIV, thumb="https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png")],
      "rx": [("🎧", 2, "headphones"), ("👍", 3, "thumbsup")]}),
])
group([
    ("1179137230717261885", "mira", "11/28/2023 8:23 PM", "Tuesday, November 28, 2023 8:23 PM",
     "+1 for audio. and guidance before latent diffusion pls: Classifier-Free Diffusion Guidance (Ho &amp; Salimans) " +
     link("https://arxiv.org/abs/2207.12598") + " — 8 pages, very readable",
     {"reply": ("theo", "1179136602112725042",
                "can we squeeze in one audio paper? <em>DiffWave</em> is still the cleanest intro imo, and it&#39;s short")}),
])
group([
    ("1179138101962281010", "yuki", "11/28/2023 8:26 PM", "Tuesday, November 28, 2023 8:26 PM",
     "ok updated the pin. latent diffusion = "
     '<code class="chatlog__markdown-pre chatlog__markdown-pre--inline">High-Resolution Image Synthesis with Latent '
     'Diffusion Models</code>, I&#39;ll present that one myself (wk 6)', {"edited": "Tuesday, November 28, 2023 8:29 PM"}),
])
W('<div class="chatlog__message-group">')
W('<div id="chatlog__message-container-1179138212297650216" class="chatlog__message-container " data-message-id="1179138212297650216">')
W('<div class="chatlog__message">')
W('<div class="chatlog__message-aside">')
W('<svg class="chatlog__system-notification-icon"><use href="#pin-icon"></use></svg>')
W('</div>')
W('<div class="chatlog__message-primary">')
W('<span class="chatlog__system-notification-author" style="color: rgb(155, 89, 182);" title="noise_schedule" data-user-id="208815506717229056">Yuki</span>')
W('<span class="chatlog__system-notification-content">pinned a message to this channel.</span>')
W('<span class="chatlog__system-notification-timestamp"><a href="#chatlog__message-container-1179138212297650216">11/28/2023 8:26 PM</a></span>')
W('</div>')
W('</div>')
W('</div>')
W('</div>')

# --- 30 Nov: reminder bot ---
group([
    ("1179817720001462302", "remind", "11/30/2023 6:00 PM", "Thursday, November 30, 2023 6:00 PM",
     "⏰ <strong>Reading club starts in 1 hour</strong> in #stage-reading — week 1, see pinned. Bring questions!"),
])

# --- 1 Dec: new paper drops ---
group([
    ("1180260431897493534", "kaz", "12/1/2023 9:14 PM", "Friday, December 1, 2023 9:14 PM",
     "new one from the Columbia folks, for the 3D / novel-view week " + link("https://arxiv.org/abs/2303.11328"),
     {"embeds": [embed("Zero-1-to-3: Zero-shot One Image to 3D Object", "https://arxiv.org/abs/2303.11328",
                       desc="We introduce Zero-1-to-3, a framework for changing the camera viewpoint of an object "
                            "given just a single RGB image. …",
                       provider=ARXIV, thumb="https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png")],
      "rx": [("🔥", 4, "fire"), ("👀", 2, "eyes")]}),
    ("1180260877559070800", "kaz", "12/1/2023 9:16 PM", "Friday, December 1, 2023 9:16 PM",
     "pairs well with ControlNet (Adding Conditional Control to Text-to-Image Diffusion Models) for the "
     "controllability part: " + link("https://github.com/lllyasviel/ControlNet"),
     {"embeds": [embed("GitHub - lllyasviel/ControlNet: Let us control diffusion models!",
                       "https://github.com/lllyasviel/ControlNet",
                       desc="Let us control diffusion models! Contribute to lllyasviel/ControlNet development by "
                            "creating an account on GitHub.",
                       provider="GitHub",
                       thumb="https://opengraph.githubassets.com/6b0c1f3f9e2a/lllyasviel/ControlNet")]}),
])
group([
    ("1180262190250393650", "theo", "12/1/2023 9:21 PM", "Friday, December 1, 2023 9:21 PM",
     "for anyone who wants code before week 2, this walkthrough is great " +
     link("https://huggingface.co/blog/annotated-diffusion"),
     {"embeds": [embed("The Annotated Diffusion Model", "https://huggingface.co/blog/annotated-diffusion",
                       desc="We're on a journey to advance and democratize artificial intelligence through open "
                            "source and open science.",
                       provider="Hugging Face – The AI community building the future.",
                       thumb="https://huggingface.co/blog/assets/78_annotated-diffusion/thumbnail.png")]}),
    ("1180262455204536390", "theo", "12/1/2023 9:22 PM", "Friday, December 1, 2023 9:22 PM",
     "and the lecture I mentioned " + link("https://www.youtube.com/watch?v=Gq1k7HJd4yA"),
     {"embeds": [embed("Diffusion models from scratch | Lecture 7 (Generative Models, Fall 2023)",
                       "https://www.youtube.com/watch?v=Gq1k7HJd4yA", provider="YouTube",
                       author=("Deep Generative Models Course", "https://www.youtube.com/@dgm-course"),
                       color="rgb(255, 0, 0)")]}),
])
group([
    ("1180263377351532616", "mira", "12/1/2023 9:26 PM", "Friday, December 1, 2023 9:26 PM",
     "love it. can we leave the consistency distillation stuff for january? I&#39;d rather do EDM (Karras et al.) "
     "first, otherwise nobody will follow the preconditioning talk 😭",
     {"rx": [("🙏", 2, "pray")]}),
])

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Diffusion Reading Club - READING GROUP - papers [1101827356114894950]</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>
@font-face { src: url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-400.woff2"); font-family: gg sans; font-weight: 400; }
@font-face { src: url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-500.woff2"); font-family: gg sans; font-weight: 500; }
@font-face { src: url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-600.woff2"); font-family: gg sans; font-weight: 600; }
@font-face { src: url("https://cdn.jsdelivr.net/gh/Tyrrrz/DiscordFonts@master/gg-sans-700.woff2"); font-family: gg sans; font-weight: 700; }
html, body { margin: 0; padding: 0; background-color: #313338; color: #dbdee1; font-family: "gg sans", "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 17px; font-weight: 400; scroll-behavior: smooth; }
a { color: #00aff4; text-decoration: none; }
a:hover { text-decoration: underline; }
img { object-fit: contain; image-rendering: high-quality; image-rendering: -webkit-optimize-contrast; }
.preamble { display: grid; grid-template-columns: auto 1fr; max-width: 100%; padding: 1rem; }
.preamble__guild-icon-container { grid-column: 1; }
.preamble__guild-icon { max-width: 88px; max-height: 88px; }
.preamble__entries-container { grid-column: 2; margin-left: 1rem; }
.preamble__entry { margin-bottom: 0.15rem; color: #ffffff; font-size: 1.4rem; }
.preamble__entry--small { font-size: 1rem; }
.chatlog { padding: 1rem 0; width: 100%; border-top: 1px solid rgba(255, 255, 255, 0.1); border-bottom: 1px solid rgba(255, 255, 255, 0.1); }
.chatlog__message-group { margin-bottom: 1rem; }
.chatlog__message-container { background-color: transparent; transition: background-color 1s ease; }
.chatlog__message-container--highlighted { background-color: rgba(114, 137, 218, 0.2); }
.chatlog__message { display: grid; grid-template-columns: auto 1fr; padding: 0.15rem 0; direction: ltr; unicode-bidi: bidi-override; }
.chatlog__message:hover { background-color: #2e3035; }
.chatlog__message:hover .chatlog__short-timestamp { display: block; }
.chatlog__message-aside { grid-column: 1; width: 72px; padding: 0.15rem 0.15rem 0 0.15rem; text-align: center; }
.chatlog__reply-symbol { height: 10px; margin: 6px 4px 4px 36px; border-left: 2px solid #4e5058; border-top: 2px solid #4e5058; border-radius: 8px 0 0 0; }
.chatlog__avatar { width: 40px; height: 40px; border-radius: 50%; }
.chatlog__short-timestamp { display: none; color: #949ba4; font-size: 0.75rem; font-weight: 500; direction: ltr; unicode-bidi: bidi-override; }
.chatlog__message-primary { grid-column: 2; min-width: 0; }
.chatlog__reply { display: flex; margin-bottom: 0.15rem; align-items: center; color: #b5bac1; font-size: 0.875rem; line-height: 1.125; white-space: nowrap; }
.chatlog__reply-avatar { width: 16px; height: 16px; margin-right: 0.25rem; border-radius: 50%; }
.chatlog__reply-author { margin-right: 0.3rem; font-weight: 600; }
.chatlog__reply-content { overflow: hidden; text-overflow: ellipsis; }
.chatlog__reply-link { cursor: pointer; }
.chatlog__author { color: #f2f3f5; font-size: 1rem; font-weight: 500; }
.chatlog__bot-label { position: relative; top: -.1em; margin-left: 0.3em; padding: 0.05em 0.3em; border-radius: 3px; vertical-align: baseline; background-color: #5865f2; color: #ffffff; font-size: 0.625em; font-weight: 500; line-height: 1.3; }
.chatlog__timestamp { margin-left: 0.3rem; color: #949ba4; font-size: 0.75rem; font-weight: 500; direction: ltr; unicode-bidi: bidi-override; }
.chatlog__timestamp a { color: #949ba4; }
.chatlog__edited-timestamp { margin-left: 0.15rem; color: #949ba4; font-size: 0.75rem; font-weight: 500; }
.chatlog__content { padding-right: 1rem; font-size: 0.95rem; word-wrap: break-word; }
.chatlog__embed { display: flex; margin-top: 0.3rem; max-width: 520px; }
.chatlog__embed-color-pill { flex-shrink: 0; width: 0.25em; border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.chatlog__embed-color-pill--default { background-color: #1e1f22; }
.chatlog__embed-content-container { display: flex; flex-direction: column; padding: 0.5em 0.6em; border: 1px solid rgba(46, 48, 54, 0.6); border-top-right-radius: 3px; border-bottom-right-radius: 3px; background-color: #2b2d31; }
.chatlog__embed-content { display: flex; width: 100%; }
.chatlog__embed-text { flex: 1; }
.chatlog__embed-author-container { display: flex; margin-bottom: 0.5em; align-items: center; }
.chatlog__embed-author { color: #f2f3f5; font-size: 0.875em; font-weight: 600; }
.chatlog__embed-author-link { color: #f2f3f5; }
.chatlog__embed-title { margin-bottom: 0.5em; color: #f2f3f5; font-size: 0.875em; font-weight: 600; }
.chatlog__embed-description { color: #dbdee1; font-weight: 500; font-size: 0.85em; }
.chatlog__embed-fields { display: flex; flex-wrap: wrap; gap: 0 0.5em; }
.chatlog__embed-field { flex: 0; min-width: 100%; max-width: 506px; padding-top: 0.6em; font-size: 0.875em; }
.chatlog__embed-field--inline { flex: 1; flex-basis: auto; min-width: 50px; }
.chatlog__embed-field-name { margin-bottom: 0.2em; color: #f2f3f5; font-weight: 600; }
.chatlog__embed-field-value { color: #dbdee1; font-weight: 500; }
.chatlog__embed-thumbnail { flex: 0; margin-left: 1.2em; max-width: 80px; max-height: 80px; border-radius: 3px; }
.chatlog__embed-footer { margin-top: 0.6em; color: #dbdee1; }
.chatlog__embed-footer-text { font-size: 0.75em; font-weight: 500; }
.chatlog__reactions { display: flex; }
.chatlog__reaction { display: flex; margin: 0.35em 0.1em 0.1em 0; padding: 0.125rem 0.375rem; border: 1px solid transparent; border-radius: 8px; background-color: #2b2d31; align-items: center; }
.chatlog__reaction-count { min-width: 9px; margin-left: 0.35em; color: #b5bac1; font-size: 0.875em; }
.chatlog__system-notification-icon { width: 18px; height: 18px; }
.chatlog__system-notification-author { font-weight: 500; color: #f2f3f5; }
.chatlog__system-notification-content { color: #949ba4; margin-left: 0.25em; }
.chatlog__system-notification-timestamp { margin-left: 0.3em; color: #949ba4; font-size: 0.75em; font-weight: 500; }
.chatlog__markdown { max-width: 100%; line-height: 1.3; overflow-wrap: break-word; }
.chatlog__markdown-preserve { white-space: pre-wrap; }
.chatlog__markdown-pre { background-color: #2b2d31; font-family: "Consolas", "Courier New", Courier, monospace; font-size: 0.85em; }
.chatlog__markdown-pre--inline { display: inline-block; padding: 2px; border-radius: 3px; }
.chatlog__markdown-mention { border-radius: 3px; padding: 0 2px; color: #c9cdfb; background-color: rgba(88, 101, 242, .3); font-weight: 500; }
.chatlog__emoji { width: 1.325em; height: 1.325em; margin: 0 0.06em; vertical-align: -0.4em; }
.chatlog__emoji--small { width: 1rem; height: 1rem; }
.postamble { padding: 1.25rem; }
.postamble__entry { color: #ffffff; }
</style>
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.6.0/styles/solarized-dark.min.css">
<script src="https://cdnjs.cloudflare.com/ajax/libs/highlight.js/11.6.0/highlight.min.js"></script>
<script>
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('.chatlog__markdown-pre--multiline').forEach(e => hljs.highlightBlock(e));
});
</script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/lottie-web/5.8.1/lottie.min.js"></script>
<script>
function scrollToMessage(event, id) {
    const element = document.getElementById('chatlog__message-container-' + id);
    if (!element) return;
    event.preventDefault();
    element.classList.add('chatlog__message-container--highlighted');
    window.scrollTo({ top: element.getBoundingClientRect().top - document.body.getBoundingClientRect().top - (window.innerHeight / 2), behavior: 'smooth' });
    window.setTimeout(() => element.classList.remove('chatlog__message-container--highlighted'), 2000);
}
function showSpoiler(event, element) {
    if (!element) return;
    if (element.classList.contains('chatlog__attachment--hidden')) { event.preventDefault(); element.classList.remove('chatlog__attachment--hidden'); }
    if (element.classList.contains('chatlog__markdown-spoiler--hidden')) { event.preventDefault(); element.classList.remove('chatlog__markdown-spoiler--hidden'); }
}
</script>
<svg style="display: none" xmlns="http://www.w3.org/2000/svg">
<defs>
<symbol id="pin-icon" viewBox="0 0 24 24"><path fill="#b9bbbe" d="M22 12L12.101 2.10101L10.686 3.51401L12.101 4.92901L7.15096 9.87801V9.88001L5.73596 8.46501L4.32196 9.88001L8.56496 14.122L2.90796 19.778L4.32196 21.192L9.97896 15.536L14.222 19.778L15.636 18.364L14.222 16.95L19.171 12H19.172L20.586 13.414L22 12Z"></path></symbol>
</defs>
</svg>
</head>
<body>
<div class="preamble">
<div class="preamble__guild-icon-container">
<img class="preamble__guild-icon" src="https://cdn.discordapp.com/icons/1101827355070513242/7a4f0c2e8d1b.png?size=512" alt="Guild icon" loading="lazy">
</div>
<div class="preamble__entries-container">
<div class="preamble__entry">Diffusion Reading Club</div>
<div class="preamble__entry">READING GROUP / papers</div>
<div class="preamble__entry preamble__entry--small">one paper per message pls · discussion in threads · schedule is pinned</div>
<div class="preamble__entry preamble__entry--small">Between 11/28/2023 12:00 AM and 12/2/2023 12:00 AM</div>
</div>
</div>
<div class="chatlog">
"""
TAIL = """</div>
<div class="postamble">
<div class="postamble__entry">Exported 15 message(s)</div>
<div class="postamble__entry postamble__entry--small">Timezone: UTC+1</div>
</div>
</body>
</html>
"""
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "107_discord_diffusion_papers.html"), "w", encoding="utf-8") as fh:
    fh.write(HEAD + "\n".join(out) + "\n" + TAIL)
