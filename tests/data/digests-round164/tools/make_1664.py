#!/usr/bin/env python3
"""1664: a thread of the AfterDawn Finnish forum («AfterDawn: Keskustelu», afterdawn.fi) copied from the browser,
Finnish: the site head and menu, the breadcrumb at the top and the bottom, the thread title, «N viestiä», posts #1..#n
each with an author block (nick, rank, message count, joined date), «dd.mm.yyyy klo HH:MM», the text, quotes
«nick kirjoitti:», an edit note on one post, «Lainaa · Vastaa», the reply box for guests and the footer. The members,
their counts and dates are invented."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1664)
BC = "Keskustelu » Tietokoneet » Näytönohjaimet ja näytöt"
TITLE = "Kuvien generointi omalla näytönohjaimella – mitä kannattaa lukea?"
U = {"tuomas_k": ("Konkari", 2841, "03.11.2008"), "MarjaL": ("Jäsen", 112, "21.01.2021"),
     "kuutamo88": ("Aktiivinen jäsen", 967, "14.06.2012"), "pekkavee": ("Moderaattori", 15203, "09.02.2004")}
posts = [
    ("MarjaL", dt.datetime(2025, 3, 14, 20, 41), None,
     "Moi! Ostin RTX 4070:n ja olen pyörittänyt Stable Diffusionia ComfyUI:lla. Haluaisin ymmärtää, mitä\n"
     "diffuusiomallit oikeasti tekevät, enkä vain säätää samplereita sokkona. Mistä kannattaa aloittaa?\n"
     "Matikka ei pelota, olen insinööri.", None),
    ("tuomas_k", dt.datetime(2025, 3, 14, 21, 5), None,
     f"Historiallinen alkupiste on\n{T('1503.03585')} (Sohl-Dickstein ym. 2015).\n"
     f"Sen jälkeen score-pohjainen näkökulma: {T('1907.05600')}, arXiv:1907.05600.\n"
     f"Ja se, mistä nykyiset samplerit (DDIM yms.) tulevat:\n{T('2010.02502')}\n"
     f"https://openreview.net/pdf?id=St1giarCHLP", None),
    ("kuutamo88", dt.datetime(2025, 3, 14, 22, 17), ("tuomas_k", "Ja se, mistä nykyiset samplerit (DDIM yms.) tulevat:"),
     f"Tähän lisäisin CFG-asetuksen selityksen, koska sitä kaikki säätävät:\n{T('2207.12598')}\n"
     f"https://arxiv.org/pdf/2207.12598v1\n\n"
     f"Ja miksi diffuusio ylipäätään voitti GANit: {T('2105.05233')} https://arxiv.org/abs/2105.05233",
     "Muokattu 14.03.2025 klo 22:31 (kuutamo88)"),
    ("MarjaL", dt.datetime(2025, 3, 15, 9, 2), None,
     "Kiitos! CFG-juttu selitti heti, miksi liian iso arvo polttaa kuvat puhki. Onko jotain tekstistä kuvaksi\n"
     "-puolelta, siis miten kehote oikeasti ohjaa kuvaa?", None),
    ("pekkavee", dt.datetime(2025, 3, 15, 10, 48), ("MarjaL", "Onko jotain tekstistä kuvaksi -puolelta"),
     f"DALL-E 2:n paperi on hyvä: {T('2204.06125')}. Siinä CLIP-upotukset selitetään\n"
     f"aika selkeästi. Kuvatekstien tekemiseen taas BLIP-2 eli\n{T('2301.12597')},\n"
     f"sillä saa vaikka LoRA-koulutukseen kuvatekstit automaattisesti.\n\n"
     f"Muistutus: ketjun aihe on näytönohjaimet, pidetään keskustelu siinä eikä malliversioiden vertailussa.", None),
    ("kuutamo88", dt.datetime(2025, 3, 16, 18, 30), None,
     f"Vielä 3D-puolelta hauska: {T('2303.11328')} https://arxiv.org/abs/2303.11328\n"
     "Yhdestä kuvasta uusia kuvakulmia, pyörii 16 gigan kortilla kun resoluutio pidetään pienenä.", None),
]
L = ["Siirry sisältöön", "AfterDawn", "Uutiset  Ohjelmat  Keskustelu  Hintavertailu  Ohjeet", "Kirjaudu  Rekisteröidy", "",
     BC, "", TITLE, f"{len(posts)} viestiä · Aloittaja: {posts[0][0]} · {posts[0][1]:%d.%m.%Y}", ""]
for i, (who, t, q, txt, ed) in enumerate(posts, 1):
    rank, cnt, joined = U[who]
    L += [who, rank, f"Viestejä: {cnt:,}".replace(",", "\u00a0"), f"Liittynyt: {joined}", "",
          f"#{i} · {t:%d.%m.%Y} klo {t:%H:%M}", ""]
    if q:
        L += [f"{q[0]} kirjoitti:", q[1], ""]
    L += txt.split("\n") + [""]
    if ed:
        L += [ed, ""]
    L += ["Lainaa · Vastaa", ""]
L += ["Vastaa viestiketjuun", "Sinun täytyy kirjautua sisään tai rekisteröityä vastataksesi tähän ketjuun.", "",
      BC, "", "Tietoa AfterDawnista  Mainosta  Tietosuoja  Evästeasetukset  Ota yhteyttä", "© 2000–2025 AfterDawn Oy"]
write_only(F, "\n".join(L) + "\n", keys(F))
