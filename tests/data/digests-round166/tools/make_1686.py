#!/usr/bin/env python3
"""1686 (negative control): a post on blog.pravda.sk (the blog platform of the Slovak daily Pravda) copied from the
browser with its discussion, Slovak: the portal bar, «BLOG», the blogger's head, the post with «dd.mm.yyyy HH:MM»,
tags, the share line, «Diskusia (N)» with comments «nick · d. m. yyyy H:MM» each followed by «Odpovedať», the
blogger's other posts, the footer. The blogger, the commenters and the apiary are invented; only bee breeds, an unnamed
handbook and Facebook appear as named things. No paper, no arXiv-shaped string."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1686)
D = dt.datetime
post = D(2025, 3, 22, 7, 40)
TITLE = "Prvá jarná prehliadka: včely prezimovali lepšie, ako som čakal"
comments = [
    ("medar_z_Oravy", D(2025, 3, 22, 9, 15), "U nás pod Roháčmi ešte snežilo, prehliadku robím až o dva týždne. Zásoby máte na oko alebo vážite?"),
    ("Jozef Hanák", D(2025, 3, 22, 10, 2), "Vážim, visiacou váhou za zadnú stenu úľa. Je to rýchle a včely sa skoro neplašia."),
    ("kvetka55", D(2025, 3, 22, 18, 47), "Krásne fotky! Aké máte plemeno, kranskú? Susedovi tento rok dve rodiny uleteli."),
    ("Jozef Hanák", D(2025, 3, 22, 20, 11), "Áno, kranská, od miestneho chovateľa matiek. Roj na jar je skôr problém v máji, teraz by som skôr hľadal zimné úhyny."),
    ("Peter_BB", D(2025, 3, 23, 8, 30), "Ďakujem za článok, ako začínajúci včelár si z toho beriem hlavne to s váhou. Pekný víkend."),
]
L = ["Pravda.sk", "Správy", "Šport", "Ekonomika", "Kultúra", "Zdravie", "BLOG", "Prihlásiť", "",
     "BLOG", "Jozef Hanák", "Včelárim v Podpoľaní od roku 2009. Píšem o včelách, záhrade a dedine.", "",
     TITLE, f"{post:%d.%m.%Y %H:%M}", "",
     "Dnes ráno bolo konečne 14 stupňov a bezvetrie, tak som otvoril všetkých sedem úľov. Prvá jarná prehliadka je "
     "vždy trochu nervózna: nikdy neviete, čo nájdete.",
     "",
     "Dobrá správa je, že všetkých sedem rodín prezimovalo. Šesť je silných, na štyroch až piatich uličkách, jedna "
     "slabšia sedí len na dvoch. Zásoby mali všetky dosť, najmenej asi päť kíl, takže prikrmovať zatiaľ nebudem.",
     "",
     "Na dvoch rámikoch som už videl zaviečkovaný plod, matky teda kladú. Peľ nosia z liesky a jelše, na vŕbu sa ešte "
     "čaká. Dno som vymenil za čisté a úhyn spočítal – v najslabšej rodine ho bolo viac, to budem sledovať.",
     "",
     "Čo ma čaká ďalej: o dva týždne rozšírenie silných rodín, jarné ošetrenie podľa odporúčania veterinára a "
     "príprava medníkov na repku. Staršiu príručku od suseda mám stále na poličke, ale viac sa učím v teréne.",
     "",
     "Tagy: včelárstvo, jar, záhrada", "", "Zdieľať: Facebook · X · E-mail", "",
     f"Diskusia ({len(comments)})", ""]
prev = post
for nick, t, text in comments:
    assert t > prev; prev = t
    L += [f"{nick} · {t.day}. {t.month}. {t.year} {t.hour}:{t.minute:02d}", text, "Odpovedať", ""]
L += ["Pridať komentár", "Na pridanie komentára sa musíte prihlásiť.", "",
      "Ďalšie články autora", TITLE, "Ako som stavil nový včelín zo starej stodoly", "Med z lipy alebo z agátu? Môj pokus s deťmi", "",
      "Názory v blogoch nie sú názormi redakcie Pravda.sk.", f"© {prev.year} OUR MEDIA SR a. s. · blog.pravda.sk"]
write(F, "\n".join(L) + "\n", negative=True)
