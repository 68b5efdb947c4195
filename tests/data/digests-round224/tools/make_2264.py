#!/usr/bin/env python3
"""2264: a thread of the student forum of HOGENT (Hogeschool Gent) run on WoltLab Suite Forum (Burning Board), copied as
text from the browser with the Dutch language pack (as assumed: «Naar inhoud springen», the forum name, the main menu
«Forum / Leden / Zoeken», «Aanmelden of registreren», the breadcrumb «Forum › … › …», the thread title with «Antwoorden: n»
and «n keer bekeken», then each post as a block: author, user title, «Berichten» and the count, «#n», the date «d maand
yyyy om hh:mm», the text — quotes as «Citaat van Name» followed by the quoted lines and a line «—» —, «Citeren» and an
optional «Vind ik leuk n»; «Maak een account aan of meld je aan om te reageren.» and the footer «Forumsoftware: Burning
Board®, ontwikkeld door WoltLab® GmbH» last). Dutch (Flemish) with English titles.
Computed: the post numbers, the reply count, the dates in Dutch (increasing, asserted), the members' post counts."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LECUN
F = by_num(2264)
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
nl = lambda d: f"{d.day} {NL_M[d.month - 1]} {d.year} om {d:%H:%M}"
USERS = {"Ruben De Smet": ("Student", 48), "Lotte Vermeulen": ("Student", 213), "Pieter Van Damme": ("Lector", 1032)}
# posts: (author, time, lines, likes)
P = [
 ("Ruben De Smet", dt.datetime(2026, 4, 14, 19, 2), [
   "Hoi allemaal,",
   "",
   "voor het keuzevak Computer Vision (3de bachelor Toegepaste Informatica) moeten we uit de leeslijst drie papers kiezen "
   "en er eentje presenteren. Welke zijn het best te volgen als je nog nooit een paper gelezen hebt? Dit staat er o.a. op:",
   "",
   f"- {T('2010.04159')} – https://arxiv.org/abs/2010.04159",
   f"- {T('2104.00298')} – https://arxiv.org/pdf/2104.00298.pdf",
   f"- {LECUN} (LeCun et al., 1998)",
   f"- {T('2007.01434')}",
   "",
   "Alvast bedankt!"], 0),
 ("Lotte Vermeulen", dt.datetime(2026, 4, 14, 20, 37), [
   "Citaat van Ruben De Smet",
   "Welke zijn het best te volgen als je nog nooit een paper gelezen hebt?",
   "—",
   "Begin zeker met LeCun, dat is lang maar heel goed uitgelegd. Deformable DETR is pittig als je DETR zelf nog niet "
   "kent. En de DomainBed-paper is vooral een grote benchmark, leuk voor de discussie.",
   "",
   f"Wat niet op jouw lijstje staat maar ik vorig jaar koos: {T('2106.04560')} (2106.04560v2), verrassend leesbaar."], 4),
 ("Pieter Van Damme", dt.datetime(2026, 4, 15, 8, 51), [
   "Ter aanvulling, want de lijst op Chamilo is intussen aangepast:",
   "",
   f"- {T('2103.14167')} http://arxiv.org/abs/2103.14167 – voor wie iets met beeldmatching wil doen;",
   f"- {T('2103.13646')} – OpenReview: https://openreview.net/forum?id={OR('2103.13646')} (onze groep werkt met "
   "ruisige labels, dus zeker interessant);",
   f"- {T('2103.14146')} – past bij het change-detection-project op de luchtfoto's van Gent.",
   "",
   "Geen papers, maar wel handig: het boek van Szeliski, Computer Vision: Algorithms and Applications (2de editie, "
   "gratis pdf), Detectron2 en YOLOv8 van Ultralytics als software, en de COCO-dataset. Die hoef je niet te "
   "presenteren."], 6),
 ("Ruben De Smet", dt.datetime(2026, 4, 15, 12, 16), [
   "Citaat van Pieter Van Damme",
   "Die hoef je niet te presenteren.",
   "—",
   "Top, bedankt allebei! Ik neem LeCun, de Scaling-ViT-paper en Contrast to Divide."], 1),
]
assert [p[1] for p in P] == sorted(p[1] for p in P)
seen_posts = {}
out = ["Naar inhoud springen", "HOGENT Studentenforum", "Forum", "Leden", "Zoeken", "Aanmelden of registreren", "",
       "Forum › Opleidingen › Toegepaste Informatica › AI & Data", "",
       "Leeslijst keuzevak Computer Vision: welke papers eerst?",
       f"Antwoorden: {len(P) - 1}", "389 keer bekeken", ""]
for i, (who, when, lines, likes) in enumerate(P, 1):
    if lines[0].startswith("Citaat van "):
        assert lines[0][11:] in {p[0] for p in P[:i - 1]}
    title, count = USERS[who]
    out += [who, title, "Berichten", str(count), f"#{i}", nl(when), *lines, "Citeren"]
    if likes: out.append(f"Vind ik leuk {likes}")
    out.append("")
out += ["Maak een account aan of meld je aan om te reageren.", "",
        "Forumsoftware: Burning Board®, ontwikkeld door WoltLab® GmbH"]
write_only(F, "\n".join(out) + "\n", keys(F))
