#!/usr/bin/env python3
"""291: a personal to-read scratch file (`to-read.txt`, kept in a synced notes folder and edited in a plain text
editor), Pashto notes with English paper titles. What such a file holds: a counter line and a legend at the top,
date headers written the way the owner thinks of dates (Afghan solar month, Persian digits, then the Gregorian date
for the calendar app), items "[x] " / "[~] " / "[ ] " with continuation lines indented four spaces: titles typed or
pasted from a browser tab ("[ID] Title", arXiv's tab title), URLs pasted alone (with or without scheme, abs, pdf
with a version, huggingface.co/papers, alphaxiv), half-sentences, where the tip came from, and things that are not
papers (a video, a blog post, repositories, a course)."""
import os, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AF_MONTHS = ["وری", "غويی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]


def hijri(d):
    """solar hijri for Feb-May 2024: 1 Kab 1402 = 2024-02-20 (29 days), 1 Wray 1403 = 2024-03-20"""
    if d < date(2024, 3, 20):
        return 1402, 12, (d - date(2024, 2, 20)).days + 1
    n = (d - date(2024, 3, 20)).days
    m = 1
    while n >= 31:
        n -= 31; m += 1
    return 1403, m, n + 1


def header(d):
    y, m, dd = hijri(d)
    return f"== {str(y).translate(FA)} {AF_MONTHS[m - 1]} {str(dd).translate(FA)} — {d.isoformat()} =="


days = [
    (date(2024, 2, 26), [
        ("x", [T("2302.05543"), "https://arxiv.org/abs/2302.05543",
               "ډېر ښه؛ zero-convolution ساده خو هوښیار دی. کوډ: github.com/lllyasviel/ControlNet (کوډ، مقاله نه ده)"]),
        ("x", ["hierarchical text-conditional image generation with CLIP latents",
               "(DALL·E 2 — استاد په ټولګي کې وویل چې prior برخه ولولم)"]),
        ("~", [T("2208.12242"), "https://arxiv.org/pdf/2208.12242v2.pdf", "تر ۴مې برخې پورې لوستلې"]),
    ]),
    (date(2024, 3, 4), [
        ("x", ["arXiv:2211.09800  " + T("2211.09800"), "د ایډیټ لپاره ډیټا په GPT-3 + Prompt-to-Prompt جوړه شوې"]),
        (" ", [T("2208.01618"), "د @_akhaliq له ټویټ نه؛ لینک نه لرم، وروسته یې ولټوم"]),
        (" ", ["[2403.03206] " + T("2403.03206"), "(SD3 — د براوزر ټب نه کاپي شوی)"]),
    ]),
    (date(2024, 3, 25), [
        (" ", ["huggingface.co/papers/2307.01952", T("2307.01952"), "refiner څنګه کار کوي؟"]),
        ("~", ["مقاله: " + T("2303.11328"), "د 3D سیمینار لپاره؛ Objaverse ډیټاسیټ (ډیټاسیټ دی، مقاله نه)"]),
        (" ", ["arxiv.org/abs/2308.04079", "3D Gaussian Splatting for Real-Time Radiance Field Rendering", "د ملګري سپارښتنه"]),
    ]),
    (date(2024, 4, 15), [
        (" ", ["Consistency Models", "https://www.alphaxiv.org/abs/2303.01469", "یو ګام sampling — د DDPM/DDIM سره پرتله"]),
        (" ", [T("2106.05931") + " (Vahdat, Kreis, Kautz — NeurIPS 2021)", "LSGM؛ ریاضي یې سخته ده"]),
        (" ", [T("2103.14338"), "(د motion transfer لپاره — کېدای شي زما پروژې ته اړه ولري)"]),
    ]),
]
items = [st for _, its in days for st, _ in its]
out = [f"لوستل شوې: {items.count('x')} / {len(items)}",
       "نښې: [x] لوستل شوې  [~] نیمګړې  [ ] پاتې", "-" * 40, ""]
for d, its in days:
    out.append(header(d))
    for st, lines in its:
        out.append(f"[{st}] {lines[0]}")
        out += ["    " + l for l in lines[1:]]
    out.append("")
out += ["== نور (مقالې نه دي) ==",
        "- fast.ai Practical Deep Learning Part 2 (کورس) — https://course.fast.ai/Lessons/part2.html",
        "- Stable Diffusion with 🧨 Diffusers (HF blog) — https://huggingface.co/blog/stable_diffusion",
        "- ComfyUI — https://github.com/comfyanonymous/ComfyUI",
        "- د Yannic Kilcher ویډیو د ControlNet په اړه (YouTube، ۲۸ دقیقې)",
        "- DDPM, LDM, Imagen, DiT — دا لا نه دي لیکل شوي، یوازې نومونه یې یاد دي", ""]
write("291_personal_to_read_txt_scratch_file_pashto_image_generation.txt", "\n".join(out))
