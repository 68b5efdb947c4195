#!/usr/bin/env python3
"""1804: a topic of forum.softpedia.com (the Softpedia forum, Invision Power Board) copied from the browser, Romanian:
the site head, the breadcrumb «Forum Softpedia → … », the title, «Început de …», «N răspunsuri», posts «#k» with user,
rank, «Înscris:», «Mesaje:», «Postat d lună yyyy - HH:MM», quotes «citat(user @ d lună yyyy - HH:MM)» naming an earlier
post, signatures after «__________», the «Răspunde» line and the footer. The users, their stats and the dates are
invented; Stable Diffusion, Midjourney, the diffusers library and ComfyUI appear as what they are. Computed: post
numbers, the reply count, the Romanian dates (asserted increasing), the quoted posts' user and time."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1804)
RO_M = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]
ro = lambda d: f"{d.day} {RO_M[d.month - 1]} {d.year} - {d:%H:%M}"
D = dt.datetime
U = {"andrei_r": ("Membru activ", "14 ian. 2016", "1.204", None),
     "Zamolxis88": ("Guru", "3 mar. 2009", "8.731", "Ryzen 7 7700X | RTX 4070 | 64 GB — nu răspund la PM-uri tehnice"),
     "ioana.m": ("Membru nou", "22 feb. 2025", "9", None),
     "cristi_dev": ("Membru", "7 iun. 2019", "412", "GitHub: cristi-dev-example")}
POSTS = [
    ("andrei_r", D(2025, 3, 12, 9, 14), None,
     ["Salut. Lucrez la licență cu generare de imagini și vreau să înțeleg teoria, nu doar să folosesc Stable Diffusion "
      "sau Midjourney. De unde să încep cu modelele de difuzie? Ce articole recomandați?"]),
    ("Zamolxis88", D(2025, 3, 12, 10, 2), None,
     ["Începe cronologic:",
      f"1. {T('1406.2661')} — https://arxiv.org/abs/1406.2661 (ca să înțelegi de ce s-a renunțat la GAN-uri)",
      f"2. {T('1503.03585')} — https://arxiv.org/abs/1503.03585",
      f"3. {T('1907.05600')} — abordarea prin scor, NCSN; merită citit după DDPM.",
      "Cursul de la Hugging Face despre diffusers e bun pentru partea practică."]),
    ("ioana.m", D(2025, 3, 12, 13, 47), 1,
     [f"Adaug {T('2010.02502')}: https://openreview.net/forum?id={OR('2010.02502')}",
      "Eșantionare mult mai rapidă, e ce folosește toată lumea în ComfyUI."]),
    ("cristi_dev", D(2025, 3, 13, 8, 30), None,
     [f"Pentru ghidaj: {T('2105.05233')} (arXiv:2105.05233) și apoi {T('2207.12598')} "
      "https://arxiv.org/pdf/2207.12598 — al doilea e scurt și foarte clar.",
      f"Dacă ajungi la text-to-image: {T('2204.06125')}. Pentru 3D din o singură imagine: {T('2303.11328')}."]),
    ("andrei_r", D(2025, 3, 13, 21, 5), 3, ["Mulțumesc tuturor, am lista. Revin cu întrebări după ce le citesc."]),
]
n = len(POSTS)
L = ["Forum Softpedia", "Caută | Forum | Membri | Calendar | Ajutor", "",
     "Forum Softpedia → Software → Programare → Inteligență artificială", "",
     "Modele de difuzie: de unde să încep cu teoria?", f"Început de {POSTS[0][0]}, {ro(POSTS[0][1]).split(' - ')[0]}",
     f"{n - 1} răspunsuri în acest subiect", ""]
prev = None
for k, (u, d, q, text) in enumerate(POSTS, 1):
    assert prev is None or d > prev; prev = d
    rank, joined, msgs, sig = U[u]
    L += [f"#{k}", u, rank, f"Înscris: {joined}", f"Mesaje: {msgs}", f"Postat {ro(d)}", ""]
    if q:
        qu, qd, _, qt = POSTS[q - 1]
        L += [f"citat({qu} @ {ro(qd)})", qt[0][:90] + ("…" if len(qt[0]) > 90 else ""), ""]
    L += text
    if sig: L += ["__________", sig]
    L += [""]
L += ["Răspunde | Citează | Raportează", "", "Înapoi la Inteligență artificială", "",
      "Forum Softpedia · Termeni și condiții · Confidențialitate", "Ora este: 14 martie 2025 - 07:12"]
write_only(F, "\n".join(L) + "\n", keys(F))
