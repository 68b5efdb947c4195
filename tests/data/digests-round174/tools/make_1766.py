#!/usr/bin/env python3
"""1766 (negative control): a post on a Nouw blog (the Swedish blog platform nouw.com) copied from the browser with its
comments, Swedish: the site head, the blog's name and owner, the post title, «d månad yyyy kl. HH:MM», the category,
the post, «N gillar», «Kommentarer (N)» with comments name / «d månad yyyy kl. HH:MM» / text / «Svara», the comment form,
«Fler inlägg från …» and the footer. The blogger, the blog, the commenters and the bread are invented; only a bakery
supply shop, an oven brand and Instagram appear as named things. No paper, no arXiv-shaped string."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1766)
D = dt.datetime
MAN = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
BLOG, OWNER = "Surdegsliv", "Elin Berg"
TITLE = "Äntligen ett surdegsbröd med öppet inkråm – så här gjorde jag"
post = D(2025, 3, 16, 10, 12)


def sv(d):
    return f"{d.day} {MAN[d.month - 1]} {d.year} kl. {d:%H:%M}"


comments = [
    ("Annika", D(2025, 3, 16, 11, 40), "Så fint bröd! Hur länge hade du degen i kylen, hela natten?"),
    ("Elin Berg", D(2025, 3, 16, 12, 5), "Tack! Ja, ungefär 14 timmar i kylen, sen rakt in i den heta gjutjärnsgrytan."),
    ("Mats från Umeå", D(2025, 3, 17, 7, 58), "Testade ditt recept i helgen. Blev lite platt hos mig, men smaken var toppen. Ska prova med mindre vatten nästa gång."),
    ("Sofia L", D(2025, 3, 18, 19, 21), "Var köper du ditt rågmjöl? Hittar bara fint rågsikt här."),
]
L = ["nouw", "Utforska", "Logga in", "Skapa blogg", "",
     BLOG, f"av {OWNER}", "", TITLE, sv(post), "Kategori: Bakning", "",
     "Efter tre månader av kompakta, sura tegelstenar har jag äntligen bakat ett bröd jag är stolt över. Jag har fått så "
     "många frågor på Instagram om hur jag gör, så här kommer hela processen.",
     "",
     "Degen: 500 g vetemjöl special, 50 g grovt rågmjöl, 375 g vatten (ungefär 68 % hydrering), 100 g aktiv surdegsgrund "
     "och 11 g salt. Jag köper mjölet från en kvarnbutik i stan, men vanligt vetemjöl special fungerar också.",
     "",
     "Autolys i en timme, sedan saltet och grunden. Fyra omgångar stretch and fold med en halvtimmes mellanrum, därefter "
     "jäsning i rumstemperatur tills degen vuxit ungefär hälften. Forma, lägg i jäskorg och ställ i kylen över natten.",
     "",
     "Ugnen (en gammal Electrolux, inget märkvärdigt) värmer jag till 250 grader med gjutjärnsgrytan i. 20 minuter med "
     "lock, 25 minuter utan. Låt brödet svalna minst en timme innan du skär, hur svårt det än är!",
     "", "23 gillar", "", f"Kommentarer ({len(comments)})", ""]
prev = post
for name, t, text in comments:
    assert t > prev; prev = t
    L += [name, sv(t), text, "Svara", ""]
L += ["Skriv en kommentar", "Namn", "E-post (publiceras ej)", "Kommentar", "Skicka", "",
      f"Fler inlägg från {BLOG}", "Min surdegsgrund: så väckte jag den till liv", "Veckans fikabröd: kardemummabullar", "",
      "Om Nouw", "Användarvillkor", "Integritetspolicy", "Cookies", f"© {prev.year} Nouw"]
write(F, "\n".join(L) + "\n", negative=True)
