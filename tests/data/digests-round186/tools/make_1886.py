#!/usr/bin/env python3
"""1886 (negative): the web version of a newsletter sent with Get a Newsletter (the Swedish newsletter service), saved as
HTML (Swedish): doctype, lang sv, the title and masthead with the issue number, an introduction, sections on AI tools,
books, data sets and talks, the calendar with Swedish weekdays, the footer «Avsluta prenumeration» and «Skickat med Get
a Newsletter». No paper: only software (Whisper, KB-Whisper, GPT-SW3, LM Studio, Ollama), books (Daniel Kahneman's
«Tänka, snabbt och långsamt», Max Tegmark's «Liv 3.0»), data sets (Common Voice, Språkbanken's SUC), a talk and blog
posts. The network, its people, the address, the event and dates are invented. Computed: the weekdays (asserted by the
checker), the issue number in title and masthead, HTML escaping."""
import datetime as dt, html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1886)
SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MO = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def svd(d): return f"{SV_WD[d.weekday()]} {d.day} {SV_MO[d.month - 1]}"


E = html.escape
NR = 7
EVENTS = [(dt.date(2026, 4, 9), "Frukostseminarium: AI i kommunal handläggning, Umeå"),
          (dt.date(2026, 4, 23), "Meetup: lokala språkmodeller på egen hårdvara, Göteborg")]
items = [
    ("Verktyg", [
        ("https://huggingface.co/KBLab/kb-whisper-large", "KB-Whisper", "Kungliga bibliotekets svenska finjustering av Whisper – klart bäst på dialekter i våra tester."),
        ("https://ollama.com/", "Ollama", "Kör öppna modeller lokalt; fungerar bra ihop med LM Studio för den som vill ha ett grafiskt gränssnitt."),
        ("https://www.ai.se/sv/projekt/gpt-sw3", "GPT-SW3", "AI Swedens nordiska språkmodell, nu med nya instruktionsversioner."),
    ]),
    ("Böcker", [
        ("https://www.bokus.com/", "Tänka, snabbt och långsamt", "Kahnemans klassiker – läs den innan du skriver nästa prompt-guide."),
        ("https://www.adlibris.com/", "Liv 3.0", "Max Tegmarks bok, fortfarande bra som diskussionsunderlag i fikarummet."),
    ]),
    ("Datamängder", [
        ("https://commonvoice.mozilla.org/sv-SE", "Common Voice (svenska)", "Spela in några meningar, det tar fem minuter & hjälper alla."),
        ("https://spraakbanken.gu.se/resurser/suc3", "SUC 3.0", "Språkbankens märkta korpus, gratis för forskning."),
    ]),
    ("Föredrag och blogginlägg", [
        ("https://www.youtube.com/", "Föredrag: Vad kan en språkmodell om Sverige?", "Inspelning från vårt förra möte i Linköping."),
        ("https://ai-natverket.example.se/blogg/transkribering", "Blogginlägg: Så transkriberade vi 400 timmar kommunfullmäktige", "Vår medlem Johanna Lind skriver om arbetsflödet."),
    ]),
]
h = ["<!DOCTYPE html>", '<html lang="sv">', "<head>", '<meta charset="utf-8">',
     f"<title>AI-nätverket Norrland – Nyhetsbrev nr {NR}, mars 2026</title>", "</head>", "<body>",
     '<p class="preheader">Verktyg, böcker och evenemang i april</p>',
     f"<h1>AI-nätverket Norrland</h1>", f"<p>Nyhetsbrev nr {NR} · mars 2026</p>",
     "<p>Hej!</p>", "<p>" + E("Våren är här & med den två nya träffar. Här är månadens tips – inga forskningsartiklar den här gången, bara saker ni kan använda direkt.") + "</p>"]
for head, lst in items:
    h += [f"<h2>{E(head)}</h2>", "<ul>"]
    h += [f'<li><a href="{E(u)}">{E(n)}</a> – {E(t)}</li>' for u, n, t in lst]
    h += ["</ul>"]
h += ["<h2>Kalender</h2>", "<ul>"] + [f"<li>{svd(d)}: {E(t)}</li>" for d, t in EVENTS] + ["</ul>",
      "<p>Hälsningar,<br>Erik Nordström och Sara Holm</p>",
      '<p class="footer">Du får det här mejlet eftersom du är medlem i AI-nätverket Norrland.<br>',
      '<a href="https://app.getanewsletter.com/unsubscribe/n7/3f9a2c1e">Avsluta prenumeration</a> · Skickat med Get a Newsletter</p>',
      "</body>", "</html>"]
text = "\n".join(h) + "\n"
write(F, text, negative=True)
