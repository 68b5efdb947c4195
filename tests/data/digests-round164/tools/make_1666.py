#!/usr/bin/env python3
"""1666 (negative control): a post on a Bloggers Delight blog (bloggersdelight.dk, the Danish WordPress-based blog
platform) copied from the browser with its comments, Danish: the platform bar, the blog's name and menu, the post
(title, «d. måned yyyy», author, category), the text about an allotment garden in spring, «N kommentarer», WordPress's
Danish comment blocks («Navn siger:», «d. måned yyyy kl. HH:MM», text, «Svar»), the comment form, the sidebar and the
footer. No paper is referenced; the builder refuses any catalogue title and anything arXiv-shaped. The blogger
«Kolonihavens Kalender», Birgitte Holm and the commenters are invented."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1666)
MO = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
da = lambda d: f"{d.day}. {MO[d.month - 1]} {d.year}"
post = dt.datetime(2025, 3, 16, 19, 4)
comments = [
    ("Lone fra nr. 14", dt.datetime(2025, 3, 16, 20, 12),
     "Hvor er det skønt at se! Vores kartofler ligger også til forspiring i vindueskarmen. Hvilken sort har du valgt i år?"),
    ("Birgitte Holm", dt.datetime(2025, 3, 16, 21, 40),
     "Tak Lone! Det bliver Asparges og en række Folva – Folva holder sig bedst til vinteren, synes jeg."),
    ("Henrik S.", dt.datetime(2025, 3, 17, 7, 55),
     "Pas på med at sætte dem ud for tidligt, vi fik nattefrost helt til midten af maj sidste år. "
     "Fiberdug har reddet mine squash flere gange."),
    ("Maja", dt.datetime(2025, 3, 18, 12, 31),
     "Jeg er lige startet i foreningen (have 31) og har ingen anelse om, hvor jeg skal begynde. Mere af den slags indlæg, tak! 🌱"),
]
L = ["Bloggers Delight", "Opret blog  Log ind", "", "Kolonihavens Kalender", "Et år i have nr. 22 – fra frø til syltetøj", "",
     "Forside  Om mig  Såkalender  Opskrifter  Kontakt", "", "Så er sæsonen skudt i gang", "",
     f"{da(post)} af Birgitte Holm · Kategori: Køkkenhave", "",
     "I går var der arbejdsdag i foreningen, og for første gang i år var det varmt nok til at sidde udenfor med kaffen. "
     "Jeg fik vendt kompostbunken, beskåret solbærbuskene og ryddet de sidste visne stængler fra sidste års jordskokker.",
     "",
     "Inde i stuen står tomaterne allerede på række under vækstlampen: San Marzano, Gardener's Delight og en gul "
     "cherrytomat, som jeg fik frø til af min nabo. Chilien vil som sædvanlig ikke rigtig i gang, men den plejer at "
     "indhente det i juni.",
     "",
     "Planen for april:",
     "– så ærter og radiser direkte i bedet",
     "– lægge kartofler (når jorden er 8 grader)",
     "– bygge et nyt højbed af de gamle paller fra skuret",
     "",
     "Jeg har i øvrigt lånt bogen om permakultur fra biblioteket igen, og jeg vil prøve at lade et hjørne af haven "
     "gro vildt til insekterne. Vi får se, hvad bestyrelsen siger til det!",
     "",
     "Del dette: Facebook  Pinterest  E-mail", "",
     f"{len(comments)} kommentarer", ""]
prev = post
for who, t, txt in comments:
    assert t > prev
    prev = t
    L += [f"{who} siger:", f"{da(t)} kl. {t:%H:%M}", txt, "Svar", ""]
L += ["Skriv en kommentar", "Din e-mailadresse vil ikke blive publiceret. Krævede felter er markeret med *",
      "Kommentar *", "Navn *", "E-mail *", "Websted", "Send kommentar", "",
      "Seneste indlæg", "Så er sæsonen skudt i gang", "Frøbytte i fælleshuset", "Vinterens bedste suppe: jordskok og æble", "",
      "Arkiv", "marts 2025", "februar 2025", "januar 2025", "",
      f"© {prev.year} Kolonihavens Kalender · Bloggers Delight"]
write(F, "\n".join(L) + "\n", negative=True)
