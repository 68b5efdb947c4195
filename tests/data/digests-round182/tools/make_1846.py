#!/usr/bin/env python3
"""1846 (negative): a post with comments on a Blogger.de blog (the German blog host running on Antville), copied
from the browser, German: the blog's name and motto, the menu, the day heading «Wochentag, d. Monat jjjj», the post's
title and text, «von <autor> um hh:mmh | N Kommentare | kommentieren», comments «<name>, Wochentag, d. Monat jjjj,
hh:mm» with their text (replies opening with «@name:»), the comment form and the footer. A year of running a home
server; it names software (Proxmox VE, Nextcloud, Home Assistant, Ollama, llama.cpp, Whisper as a program, Paperless-
ngx), a book («Linux – Das umfassende Handbuch» by Michael Kofler), a data set (Mozilla Common Voice), a talk at the
Chaos Communication Congress and blog posts, but no paper. The blog, its author, the commenters and the talk are
invented. Computed: the comment count, the weekdays, the order and the reply targets (asserted), the footer year."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1846)
DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def de(d): return f"{DE_D[d.weekday()]}, {d.day}. {DE_M[d.month - 1]} {d.year}"


POST = dt.datetime(2025, 3, 16, 21, 14)
AUTHOR = "kellerkind"
TEXT = [
    "Vor einem Jahr habe ich den alten Büro-PC in den Keller gestellt und Proxmox VE draufgespielt. Zeit für eine "
    "Bilanz.",
    "Was sich gelohnt hat: Nextcloud statt Dropbox, Paperless-ngx für den Papierkram und Home Assistant für die "
    "Heizung. Das Handbuch von Michael Kofler («Linux – Das umfassende Handbuch», Rheinwerk) liegt immer noch "
    "neben der Tastatur.",
    "Was ich anders machen würde: gleich ein Gerät mit 64 GB RAM kaufen. Seit Weihnachten laufen dort nämlich auch "
    "Sprachmodelle mit Ollama, und die wollen Speicher. llama.cpp direkt ist schneller, aber fummeliger.",
    "Für die Sprachsteuerung nehme ich Whisper (als Programm über whisper.cpp) und teste gerade, ob "
    "Aufnahmen aus Mozilla Common Voice für schwäbische Dialekte helfen. Angeregt hat mich der Vortrag «Mein "
    "Heimserver hört mit» auf dem letzten Chaos Communication Congress.",
    "Nächstes Projekt: Backups, die ich auch wirklich zurückspielen kann.",
]
COMMENTS = [
    ("Ute aus Tübingen", dt.datetime(2025, 3, 17, 8, 2), "Schöne Zusammenfassung! Welches Gehäuse hast du für die Festplatten?"),
    (AUTHOR, dt.datetime(2025, 3, 17, 12, 40), "@Ute aus Tübingen: Ein altes Fractal mit acht Schächten, gebraucht für 40 Euro."),
    ("bitbauer", dt.datetime(2025, 3, 18, 19, 5), "Zu Ollama: Hast du mal die Blogreihe bei heise über lokale Modelle gelesen? Da steht viel zum Quantisieren."),
    ("Ute aus Tübingen", dt.datetime(2025, 3, 19, 7, 30), "@bitbauer: Den Link hätte ich auch gern!"),
]
prev, seen = POST, {AUTHOR}
for name, d, t in COMMENTS:
    assert d > prev; prev = d
    if t.startswith("@"): assert t[1:t.index(":")] in seen
    seen.add(name)
out = ["Kellerrechner", "Notizen aus dem Heimnetz", "", "Startseite | Themen | Archiv | Impressum", "",
       de(POST.date()), "", "Ein Jahr Heimserver: was ich heute anders machen würde", ""]
for p in TEXT: out += [p, ""]
out += [f"von {AUTHOR} um {POST:%H:%M}h | {len(COMMENTS)} Kommentare | kommentieren", ""]
for name, d, t in COMMENTS:
    out += [f"{name}, {de(d.date())}, {d:%H:%M}", t, ""]
out += ["Kommentieren", "Name:", "Kommentar:", "Absenden", "",
        f"© {prev.year} Kellerrechner · powered by Antville · Blogger.de", ""]
write(F, "\n".join(out), negative=True)
