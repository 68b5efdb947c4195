#!/usr/bin/env python3
"""1786 (negative control): a post on one of Ingeniøren's blogs (ing.dk, the Danish engineering weekly) with its
comments, selected in the browser and copied as text, Danish: the site head and menu, the breadcrumb «Blogs » <blog>»,
the title, the blogger, «d. måned yyyy kl. HH:MM», the post, the share line, «Kommentarer (N)», «Log ind for at
kommentere», comments name / date / (optional «Svar til <name>») / text / «Svar», «Mest læste» and the footer. The
blogger, the blog «Bolig og energi», the house, the heat pump and the commenters are invented; only the publisher,
the heat-pump type and the Danish Energy Agency appear as named things. No paper, no arXiv-shaped string."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1786)
D = dt.datetime
MD = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
BLOG, OWNER = "Bolig og energi", "Jens Overgaard"
TITLE = "Første vinter med luft-til-vand-varmepumpe i et hus fra 1932"
post = D(2025, 3, 10, 9, 12)


def da(d):
    return f"{d.day}. {MD[d.month - 1]} {d.year} kl. {d:%H:%M}"


comments = [
    ("Karen Holm", D(2025, 3, 10, 10, 5), None,
     "Tak for de konkrete tal. Hvilken fremløbstemperatur kører I med på de kolde dage? Vi har også gamle radiatorer."),
    (OWNER, D(2025, 3, 10, 11, 40), "Karen Holm",
     "Vi ligger på 45 grader ved frost og ca. 35 grader i overgangsperioden. Tre radiatorer er skiftet til større modeller."),
    ("Peter Lund", D(2025, 3, 10, 19, 22), None,
     "En årsvarmefaktor på 3,4 i et hus uden hulmursisolering er faktisk pænt. Har I målt elforbruget med en separat måler?"),
    ("Anne-Mette Bruun", D(2025, 3, 11, 7, 48), None,
     "Hvad med støjen fra udedelen? Vores nabo har fået klager, selv om den står bag carporten."),
    (OWNER, D(2025, 3, 11, 8, 30), "Peter Lund",
     "Ja, der sidder en bimåler på varmepumpen, så tallene er målt og ikke beregnet. Støjen har ikke været noget problem hos os."),
]
L = ["Ingeniøren", "Nyheder", "Debat", "Blogs", "Job", "Log ind", "",
     f"Blogs » {BLOG}", "", TITLE, OWNER, da(post), "",
     "Vi har nu haft vores luft-til-vand-varmepumpe i en hel fyringssæson, og som lovet kommer her regnskabet. Huset er "
     "en murermestervilla på 142 m² fra 1932 med oprindelige vinduer i stueetagen og 200 mm isolering på loftet.",
     "",
     "Det gamle oliefyr brugte ca. 2.300 liter om året. Varmepumpen har fra 1. oktober til 28. februar brugt 5.870 kWh, "
     "og den målte varmefaktor over perioden ligger på 3,4. Det er lidt under, hvad installatøren lovede, men bedre end "
     "Energistyrelsens tommelfingerregel for ældre huse.",
     "",
     "Det største arbejde var ikke selve varmepumpen, men radiatorerne: tre af dem var for små til en lav "
     "fremløbstemperatur. Næste projekt er hulmuren, og så vender jeg tilbage med nye tal til efteråret.",
     "", "Del artiklen: Facebook | LinkedIn | E-mail", "", f"Kommentarer ({len(comments)})", "Log ind for at kommentere", ""]
prev, seen = post, {OWNER}
for name, t, to, text in comments:
    assert t > prev and (to is None or to in seen); prev = t
    L += [name, da(t)] + ([f"Svar til {to}"] if to else []) + [text, "Svar", ""]
    seen.add(name)
L += ["Mest læste", "Sådan dimensionerer du radiatorer til lav fremløbstemperatur", "Hulmursisolering: hvornår kan det betale sig?", "",
      "Om Ingeniøren", "Kontakt", "Annoncer", "Privatlivspolitik", "Cookieindstillinger", f"© {prev.year} Mediehuset Ingeniøren A/S"]
write(F, "\n".join(L) + "\n", negative=True)
