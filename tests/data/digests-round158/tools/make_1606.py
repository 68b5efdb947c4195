#!/usr/bin/env python3
"""1606 (negative): a blogg.no post with comments, copied from the browser, Norwegian (bokmål): an informatics student's
summer internship report with courses, a book, software, data sets, videos, a podcast and dates, and no paper at all."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1606)
NO_M = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]


def isbn(d12):
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12)) % 10) % 10
    return f"{d12[:3]}-{d12[3]}-{d12[4:8]}-{d12[8:12]}-{c}"


comments = [
    ("Marius H.", "14. juli 2025 kl. 21:02", "Kjempebra skrevet! Fikk du betalt som vanlig sommervikar eller egen studentsats?"),
    ("Ingrid", "14. juli 2025 kl. 21:30", "@Marius H. Vanlig sommervikarlønn, 265 kr timen. Pluss kantine til 45 kr, det teller også 😄"),
    ("kodekatten", "15. juli 2025 kl. 08:17", f"Designing Data-Intensive Applications (ISBN {isbn('978144937332')}) er gull. Les kapittel 3 og 11 først."),
    ("Sunniva B.", "15. juli 2025 kl. 12:49", "Hvordan fikk du jobben? Søkte du via karrieredagene på campus eller direkte?"),
    ("Ingrid", "15. juli 2025 kl. 17:05", "@Sunniva B. Karrieredagene i februar! Ta med CV på papir, de fleste stands vil ha det. @kodekatten takk, har begynt på kapittel 3."),
]
post = "14. juli 2025 kl. 19:40"
out = ["blogg.no", "Norges største bloggplattform", "",
       "Forside   Kategorier   Topplisten   Søk   Logg inn   Lag blogg", "",
       "Ingrids hverdag med data", "", "Sommerjobb som dataanalytiker – halvveis",
       f"Publisert av Ingrid, {post} | Kategori: Studier, Jobb", "",
       "Da er jeg halvveis i sommerjobben hos et kraftselskap i Trøndelag, og jeg lovet noen fra kullet å skrive litt om hvordan det er. Kort fortalt: mye mer SQL og mye mindre maskinlæring enn jeg trodde!",
       "",
       "Hva jeg faktisk gjør",
       "De første to ukene gikk med til tilganger, sikkerhetskurs og å forstå datavarehuset. Nå lager jeg dashbord i Power BI over strømproduksjon per kraftstasjon, og skriver dbt-modeller som henter målerdata hver time. Fredager er det «demo-fredag» der alle sommervikarene viser hva de har laget.",
       "",
       "Verktøy jeg har brukt",
       "• SQL i Snowflake og dbt (versjon 1.9), Git og Azure DevOps til kode og oppgaver.",
       "• Python 3.12 med pandas og Plotly for analysene som ikke passer i Power BI.",
       "• Åpne data fra SSB Statistikkbanken og Statnett for sammenligning med landstall.",
       "",
       "Hva jeg skulle ønske jeg kunne fra før",
       "• Databaser: faget i andre klasse var det viktigste jeg har tatt, selv om jeg klaget hele semesteret.",
       "• Boka «Designing Data-Intensive Applications» av Martin Kleppmann – lånte den av veilederen min.",
       "• Videoer: StatQuest og 3Blue1Brown for statistikk, og podkasten «Data Engineering Podcast» på bussen.",
       "",
       "Neste uke skal jeg prøve å lage en enkel prognosemodell for forbruk med Prophet. Mer om det i neste innlegg!",
       "",
       "Stikkord: sommerjobb, data, studentliv, Power BI",
       "Del: Facebook   X   E-post", "42 liker dette", "",
       f"Kommentarer ({len(comments)})", ""]
for who, when, body in comments:
    out += [who, when, body, "Svar", ""]
out += ["Skriv en kommentar", "Du må være logget inn for å kommentere.", "",
        "© 2025 blogg.no – Vilkår | Personvern | Informasjonskapsler | Kontakt oss", ""]
write(F, "\n".join(out), negative=True)
