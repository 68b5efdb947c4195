#!/usr/bin/env python3
"""2105: a post on an invented Blogger (blogspot) blog from Iloilo with its native Blogger comments, copied as text
from the browser (Blogger «Contempo»-like chrome: blog title, «Home», post date line «Sabado, Pebrero 21, 2026» as
a Hiligaynon/Filipino-locale blog shows it, «Posted by … at h:mm PM», labels, «Share», «n comments:», each comment
«Name date at h:mm AM/PM» / «Reply» / «Delete», «Add comment», «Load more…», «Newer Post Older Post Home»,
«Subscribe to: Post Comments (Atom)», «Powered by Blogger»): English with Hiligaynon. The blog, people and texts are
invented. Computed: the weekday of the post date (asserted), the comment count, comment dates after the post
(asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2105)
DAYS = ["Lunes", "Martes", "Miyerkoles", "Huwebes", "Biyernes", "Sabado", "Domingo"]
MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
POST = dt.datetime(2026, 2, 21, 20, 5)
assert DAYS[POST.weekday()] == "Sabado"
PARAS = [
 "Maayong gab-i! This is my reading log for the month — mostly diffusion, 3D and one physics detour, written on the "
 "jeepney between Jaro and the campus.",
 f"1. {T('2403.03206')} — https://arxiv.org/abs/2403.03206 — the Stable Diffusion 3 paper. Rectified flow finally made sense to me.",
 f"2. Before that I went back to {T('2106.05931')} (LSGM, NeurIPS 2021, arXiv:2106.05931), because the latent-space "
 "argument is the same one SD3 leans on.",
 f"3. The guidance trick everybody uses: as {T('2207.12598')} shows, you do not need a separate classifier at all. "
 "Ho and Salimans wrote it in a few pages.",
 f"4. For 3D, {T('2303.11328')} (https://arxiv.org/pdf/2303.11328v1.pdf). One photo of our carabao statue gave a "
 "surprisingly good novel view.",
 f"5. Multimodal: {T('2301.12597')} http://arxiv.org/abs/2301.12597 — frozen encoders, small bridge. Nami gid!",
 f"6. The physics detour: {T('2010.03409')} (MeshGraphNets, https://arxiv.org/abs/2010.03409v4) — our civil "
 "engineering friends want to simulate flood flow on the Iloilo River.",
 "Not papers but useful: the Diffusers library on GitHub, the Hugging Face diffusion course, and Kevin Murphy's "
 "«Probabilistic Machine Learning: Advanced Topics» (book).",
]
COMMENTS = [
 ("Ma. Cristina Villanueva", dt.datetime(2026, 2, 22, 8, 41),
  f"Salamat sa lista! Did you see that our NLP group read {T('2007.14062')} last week? Long documents in Hiligaynon "
  "are still the problem."),
 ("Jerome Dela Cruz", dt.datetime(2026, 2, 22, 13, 7),
  "Long context is not my thing, but for linking entities in our news corpus we tried the GENRE paper "
  f"({T('2010.00904')}) and it worked better than I expected."),
 ("Anonymous", dt.datetime(2026, 2, 23, 22, 15), "Pwede ka mag-post sang code? Daw nami ini."),
]
for _, d, _ in COMMENTS: assert d > POST


def ampm(d):
    return f"{int(d.strftime('%I'))}:{d:%M} {d:%p}"


out = ["Kape kag Kodigo", "Mga sinulatan parte sa machine learning halin sa Iloilo", "", "Home", "",
       f"{DAYS[POST.weekday()]}, {MON[POST.month - 1]} {POST.day}, {POST.year}", "",
       "What I read in February: diffusion, 3D, and a flood simulator", ""]
for p in PARAS: out += [p, ""]
out += [f"Posted by Rafael Gonzaga at {ampm(POST)}", "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
        "Labels: diffusion, reading log, Ilonggo", "", f"{len(COMMENTS)} comments:", ""]
for who, d, txt in COMMENTS:
    out += [f"{who} {MON[d.month - 1]} {d.day}, {d.year} at {ampm(d)}", txt, "Reply", "Delete", ""]
out += ["Replies", "Reply", "Add comment", "Load more...", "", "Newer Post Older Post Home", "",
        "Subscribe to: Post Comments (Atom)", "", "Popular Posts", "Pagtuon sang Python sa Jaro (para sa tanan)", "",
        "Blog Archive", "► 2026 (4)", "► 2025 (17)", "", "Simple theme. Powered by Blogger."]
write_only(F, "\n".join(out) + "\n", keys(F))
