#!/usr/bin/env python3
"""1706 (negative control): a post on a Rantapallo travel blog (the Finnish travel site's blog platform) copied from the
browser with its comments, Finnish: the site bar, the blog's head, the post title, «d.m.yyyy klo HH.MM», the post,
tags, the share line, «Kommentit (N)» with comments «nimimerkki», «d.m.yyyy klo HH.MM», text and «Vastaa», the comment
form, the blogger's other posts, the footer. The blogger, the commenters and the trip are invented; only places in
Lapland, the huts, a map app left unnamed, and Facebook / WhatsApp appear as named things. No paper, no arXiv-shaped
string."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1706)
D = dt.datetime
BLOG = "Polkuja ja poronkäristystä"
post = D(2025, 9, 14, 19, 25)
TITLE = "Ruskaviikko Pallakselta Hettaan: neljä päivää, kolme tupaa ja yksi unohtunut lusikka"


def fi(d):
    return f"{d.day}.{d.month}.{d.year} klo {d.hour}.{d.minute:02d}"


comments = [
    ("Tunturitiira", D(2025, 9, 14, 21, 2), "Ihanat kuvat! Kuinka täynnä tuvat olivat ruskan aikaan? Mietin, uskaltaako lähteä ilman telttaa."),
    ("Mirja", D(2025, 9, 15, 7, 48), "Vastaus Tunturitiiralle: teltta kannattaa ottaa, me yövyimme viikko sitten Hannukurussa ja tupa oli ihan täynnä."),
    ("Jussi K.", D(2025, 9, 15, 12, 16), "Hyvä muistutus lusikasta 😄 Meillä jäi kerran sytytin kotiin, onneksi vastaan tuli ystävällinen vaeltaja."),
    ("Polkuja ja poronkäristystä", D(2025, 9, 15, 18, 3), "Kiitos kommenteista! Tunturitiira: me olimme teltan kanssa, tuvissa kävimme lähinnä kahvilla."),
]
L = ["Rantapallo", "Matkakohteet", "Uutiset", "Blogit", "Kilpailut", "Kirjaudu", "",
     BLOG, "Retkeilyä, vaelluksia ja hyvää ruokaa pohjoisessa. Kirjoittaja asuu Oulussa ja karkaa tuntureille aina kun voi.", "",
     TITLE, fi(post), "",
     "Syyskuun toisella viikolla se vihdoin onnistui: neljä vapaapäivää putkeen ja hyvä sääennuste. Lähdimme Pallakselta "
     "kohti Hettaa klassista reittiä pitkin, noin 55 kilometriä.",
     "",
     "Ensimmäinen päivä oli pelkkää nousua ja tuulta, mutta Taivaskeron laelta näkyi koko ruska. Yövyimme teltassa "
     "Hannukurun lähellä ja kävimme tuvalla keittämässä iltakahvit – jolloin huomasin, että lusikka oli jäänyt autoon. "
     "Puinen keittolusikka veisteltiin koivunoksasta.",
     "",
     "Toisena päivänä satoi räntää, kolmantena paistoi taas. Pahakurussa tapasimme saksalaisen pariskunnan, jotka olivat "
     "kävelleet samaa reittiä jo kuudetta kertaa. Viimeisenä aamuna Pyhäkerolta näkyi Ounasjärvi ja Hetan kylä.",
     "",
     "Vinkit: karttasovellus kannattaa ladata etukäteen, kenttää ei ole joka paikassa. Vettä saa puroista, mutta "
     "keittäminen on varminta. Ja pakkauslistaan lusikka ensimmäiseksi.",
     "", "Avainsanat: vaellus, Lappi, ruska, Pallas-Yllästunturin kansallispuisto", "",
     "Jaa: Facebook · WhatsApp · Kopioi linkki", "", f"Kommentit ({len(comments)})", ""]
prev = post
for nick, t, text in comments:
    assert t > prev; prev = t
    L += [nick, fi(t), text, "Vastaa", ""]
L += ["Jätä kommentti", "Nimimerkki", "Sähköposti (ei julkaista)", "Kommentti", "Lähetä", "",
      "Muita kirjoituksia tästä blogista", TITLE, "Sienestämässä Iinatissa", "Talvinen Rukan kierros lumikengillä", "",
      "Rantapallo", "Tietoa meistä", "Mainosta Rantapallossa", "Tietosuojaseloste", "Evästeasetukset",
      f"© {prev.year} Rantapallo"]
write(F, "\n".join(L) + "\n", negative=True)
