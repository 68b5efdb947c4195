#!/usr/bin/env python3
"""2232: an FHEM configuration (`fhem.cfg` of the Perl home-automation server: `attr global …`, FHEMWEB, FileLog,
autocreate, dummies, a TelegramBot, a multi-line `at` whose Perl continues with `\\` and doubles its `;;`) of an
invented Austrian household whose LLM reading circle sits in user attributes of a dummy device: arXiv links (`/abs/`,
`/pdf/…v1`, `http://`, `/pdf/….pdf`) after the titles, `arXiv:2101.03961` in a comment, titles alone in comments;
non-papers (FHEM's command reference, a book, the circle's repository and a talk recording). No OpenReview link: none
of these papers has one. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2232)
TXT = fill(r'''# fhem.cfg -- Haus Brandstätter, Raspberry Pi 4 im Keller (FHEM 6.3)
# Nicht mit dem Editor ändern, während FHEM läuft -- sonst überschreibt "save" alles. Lieber "Edit files" im Browser.
# Befehlsreferenz: https://fhem.de/commandref_DE.html

attr global userattr cmdIcon devStateIcon:textField-long devStateStyle icon sortby webCmd webCmdLabel:textField-long widgetOverride
attr global autoload_undefined_devices 1
attr global language DE
attr global logfile ./log/fhem-%Y-%m.log
attr global modpath .
attr global motd none
attr global statefile ./log/fhem.save
attr global verbose 3

define WEB FHEMWEB 8083 global
attr WEB editConfig 1
attr WEB stylesheetPrefix dark

# Fake FileLog entry, to access the fhem log from FHEMWEB
define Logfile FileLog ./log/fhem-%Y-%m.log fakelog

define autocreate autocreate
attr autocreate filelog ./log/%NAME-%Y.log

define eventTypes eventTypes ./log/eventTypes.txt

define initialUsbCheck notify global:INITIALIZED usb create

# ---- Haus ----
define Kueche_Licht dummy
attr Kueche_Licht room Kueche
attr Kueche_Licht setList on off
attr Kueche_Licht webCmd on:off

define Waschmaschine dummy
attr Waschmaschine room Keller
attr Waschmaschine setList fertig laeuft

define teleBot TelegramBot
attr teleBot room System
attr teleBot defaultPeer @Lesekreis
attr teleBot pollingTimeout 120

define n_Waschmaschine notify Waschmaschine:fertig set teleBot message Die Waschmaschine ist fertig.

# ---- LLM-Lesekreis (Mittwoch 19 Uhr, Küche; Verena bringt Kuchen) ----
# Der Dummy merkt sich die Woche (Auswahl im Raum "Lesekreis"); at_Lesekreis schickt am Mittwoch um 7:30
# Titel und Link der Woche an die Telegram-Gruppe.
define Lesekreis dummy
attr Lesekreis userattr woche1 woche2 woche3 woche4
attr Lesekreis alias LLM-Lesekreis
attr Lesekreis room Lesekreis
attr Lesekreis setList state:woche1,woche2,woche3,woche4
attr Lesekreis webCmd state
attr Lesekreis woche1 [[T:2001.08361]] https://arxiv.org/abs/2001.08361
attr Lesekreis woche2 [[T:2203.15556]] https://arxiv.org/pdf/2203.15556v1
attr Lesekreis woche3 [[T:1910.02054]] http://arxiv.org/abs/1910.02054
attr Lesekreis woche4 [[T:2210.17323]] https://arxiv.org/pdf/2210.17323.pdf

define at_Lesekreis at *07:30:00 {\
  if ($wday == 3) {\
    my $w = ReadingsVal("Lesekreis", "state", "woche1");;\
    fhem("set teleBot message Heute 19 Uhr Lesekreis: " . AttrVal("Lesekreis", $w, "?"));;\
  }\
}
attr at_Lesekreis room Lesekreis

# Noch ohne Woche (nach Weihnachten, Verena sortiert):
#   [[T:2101.03961]] (arXiv:2101.03961)
#   [[T:2306.11644]]
#   [[T:2211.17192]]
#   [[T:2402.09353]]
# Buch für Verena: Martin Kleppmann, "Designing Data-Intensive Applications".
# Notizen: https://github.com/skalierung-lab/lesekreis -- Aufzeichnung: https://video.skalierung-lab.example.at/lesekreis/2024-10
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
