#!/usr/bin/env python3
"""1826 (negative): a blog post with comments on a personal site built with Webgarden (the Czech site builder), copied
from the browser, Czech: the site name and menu, the breadcrumb «Blog › <title>», the title, «Publikováno: d. m. rrrr ·
Autor: … · Rubrika: …», the post, the tags, «Komentáře (N)», comments (name / «d. m. rrrr h:mm» / optional «Reakce
na: X» / text / «Odpovědět»), the comment form, the footer. About a year of keeping a sourdough starter: no paper, no
catalogue title, nothing arXiv-shaped. The site «Pekárna u Hanky», its author and the commenters are invented; the
Czech Meteorological Institute (ČHMÚ) appears as what it is. Computed: the comment count, the order (asserted), the
reply targets (asserted) and the footer year."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1826)
D = dt.datetime
cz = lambda d: f"{d.day}. {d.month}. {d.year}"
czt = lambda d: f"{cz(d)} {d.hour}:{d:%M}"
SITE = "Pekárna u Hanky"
TITLE = "Kvásek po roce: co bych dnes udělala jinak"
POST = D(2025, 3, 9, 20, 15)
OWNER = "Hana Dvořáková"
COMMENTS = [
    ("Jirka", D(2025, 3, 10, 7, 55), None, "Díky za článek! My krmíme kvásek jednou týdně a držíme ho v lednici, funguje to i tak."),
    (OWNER, D(2025, 3, 10, 9, 12), "Jirka", "V lednici ho mám taky, jen před pečením ho dvakrát nakrmím při pokojové teplotě."),
    ("Marta K.", D(2025, 3, 11, 18, 40), None, "Jakou mouku používáte na žitný kvásek? Celozrnnou, nebo chlebovou?"),
    ("Pavel Novotný", D(2025, 3, 12, 21, 5), "Marta K.", "Já mám nejlepší zkušenost s celozrnnou žitnou, kvásek je pak aktivnější."),
]
seen, prev = {OWNER}, POST
for n, d, r, _ in COMMENTS:
    assert d > prev and (r is None or r in seen); prev = d; seen.add(n)
L = [SITE, "Úvod | Recepty | Blog | Fotogalerie | Kontakt", "", f"Blog › {TITLE}", "", TITLE,
     f"Publikováno: {cz(POST)} · Autor: {OWNER} · Rubrika: Chleba", "",
     "Přesně před rokem jsem si z mouky a vody založila první kvásek. Za ten rok jsem upekla skoro sto bochníků "
     "a několik z nich skončilo u slepic. Tady je pár věcí, které bych dnes udělala jinak.",
     "",
     "1. Krmit pravidelně, ne podle nálady. Kvásek si zvykne na rytmus a chleba je pak předvídatelnější.",
     "2. Vážit, ne odměřovat hrnkem. Digitální váha za tři sta korun se vyplatí hned první týden.",
     "3. Hlídat teplotu v kuchyni. Když ČHMÚ hlásil mrazy, kynul mi chleba skoro dvakrát déle.",
     "",
     "Příště napíšu o tom, jak péct v litinovém hrnci a proč nahřívám troubu celou hodinu.",
     "", "Štítky: kvásek, žitný chléb, pečení", "",
     f"Komentáře ({len(COMMENTS)})", ""]
for n, d, r, t in COMMENTS:
    L += [n, czt(d)] + ([f"Reakce na: {r}"] if r else []) + [t, "Odpovědět", ""]
L += ["Přidat komentář", "Jméno:", "E-mail (nezveřejní se):", "Text komentáře:", "Odeslat", "",
      f"© {max(d for _, d, _, _ in COMMENTS).year} {SITE} · Vytvořeno službou Webgarden"]
write(F, "\n".join(L) + "\n", negative=True)
