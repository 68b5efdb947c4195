#!/usr/bin/env python3
"""1077: a Swiss master's student's copy (Ctrl+A, Ctrl+C in Chrome, pasted into a .txt) of the "Leseplan" single page
of a seminar course on OpenOLAT: the skip link, the top navigation (Home, Kurse, Gruppen, Katalog, the open course tab,
the user), the course toolbar ("Mein Kurs", "Suche"), the course menu tree, the previous / next buttons, then the page
the lecturer wrote in the HTML editor — a status line, how the seminar works, one block per Tuesday session (date and
topic, the paper as the lecturer typed it — title first or authors first, one title broken over two lines by a manual
line break, a doubled space —, presenter), the Easter break and the hand-in date — and the footer with the version and
the users online. Swiss Standard German: no ß, «guillemets». Not papers: Sutton & Barto's book, the GENRE repository,
the PEFT library's tutorial notebook. Nicknames not labelled on their own: Seq2Seq, CTC, XLM-R, GENRE, AlphaGo Zero,
Trajectory Transformer, Decision Transformer, LoRA, adapters, prefix tuning."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, CTC, GO

F = by_num(1077)
K = dict(s2s="1409.3215", tt="2106.02039", uv="2110.04366", xlmr="1911.02116", glove="2101.08809", genre="2010.00904")
COURSE = "Seminar: Sequenzen, Suche und Struktur (FS 2024)"
USER = "Lea Brunner"
TREE = [COURSE, "Informationen zum Seminar", "Leseplan", "Folien der Vorträge", "Forum", "Abgabe Seminararbeit",
        "Teilnehmende"]
ctc = T(CTC).split(" with ")
assert len(ctc) == 2
SESSIONS = [
 ("Einführung, Vergabe der Themen",
  "Kein Paper. Wer noch kein Thema hat, schreibt mir bis Freitag eine Mail mit drei Wünschen (Liste der Themen unter «Informationen zum Seminar»)."),
 ("Seq2Seq",
  f"{T(K['s2s'])}\nSutskever, Vinyals, Le (NIPS 2014) – https://arxiv.org/abs/{K['s2s']}\n"
  "Das Encoder-Decoder-Grundmodell, auf dem fast alles Weitere aufbaut.\nVortrag: Nina Gerber"),
 ("Ausrichtung ohne Alignment: CTC",
  f"Graves, Fernández, Gomez, Schmidhuber (ICML 2006):\n{ctc[0]}\nwith {ctc[1]}\n"
  "Nicht auf arXiv, PDF im Ordner. Zur Vorbereitung reichen die Abschnitte 3 und 4.\nVortrag: Jonas Wyss"),
 ("Viele Sprachen, ein Modell",
  f"{T(K['xlmr'])} (Conneau et al., ACL 2020), arXiv:{K['xlmr']}\n"
  "Das «XLM-R»-Paper. Für die Diskussion: was heisst «curse of multilinguality» für Schweizerdeutsch ?\nVortrag: Chiara Rossi"),
 ("Generieren statt klassifizieren",
  f"De Cao, Izacard, Riedel, Petroni: {T(K['genre'])} (ICLR 2021)\n"
  "Das GENRE-Paper. Code im Repository facebookresearch/GENRE (kein Paper, nur zum Ausprobieren).\nVortrag: Samuel Baumann"),
 ("Suche und Selbstspiel",
  f"Silver et al. (2017), {T(GO)}, Nature 550, 354–359.\n"
  "AlphaGo Zero. Hintergrund zu MCTS: Kapitel 8 aus Sutton & Barto, «Reinforcement Learning: An Introduction» (Buch, 2. Aufl.; muss nicht gelesen werden, nur zum Nachschlagen).\nVortrag: Lea Brunner"),
 None,
 ("RL als Sequenzmodellierung",
  f"{T(K['tt'])}\nJanner, Li, Levine (NeurIPS 2021), PDF: https://arxiv.org/pdf/{K['tt']}.pdf\n"
  "(= «Trajectory Transformer»; zum Vergleich kurz den Decision Transformer erwähnen, aber nicht ausführlich.)\nVortrag: Nina Gerber ?? → noch offen"),
 ("Struktur in AutoML",
  f"{T(K['glove']).replace(' Symbolic', '  Symbolic')} (Peng et al., NeurIPS 2020) arXiv:{K['glove']}\nVortrag: Jonas Wyss"),
 ("Was ist eigentlich ein Adapter?",
  f"{T(K['uv'])} – He, Zhou, Ma, Berg-Kirkpatrick, Neubig (ICLR 2022)\nhttps://openreview.net/forum?id={OR(K['uv'])}\n"
  "Adapter, Prefix-Tuning und LoRA in einem Rahmen. Bitte vorher das Tutorial-Notebook der PEFT-Bibliothek anschauen (Link im Forum).\nVortrag: Chiara Rossi"),
 ("Schlussdiskussion, Feedback",
  "Abgabe der Seminararbeit: 31.05.2024, 23.59 Uhr (Baustein «Abgabe Seminararbeit»)."),
]
first = dt.date(2024, 2, 20)
blocks = []
for i, s in enumerate(SESSIONS):
    d = (first + dt.timedelta(weeks=i)).strftime("%d.%m.%Y")
    if s is None:
        blocks.append(f"{d} – keine Sitzung (Osterferien)")
    else:
        blocks.append(f"{d} – {s[0]}\n{s[1]}")

page = f"""Leseplan
Stand: 14.02.2024 (nach der Vorbesprechung angepasst, die Reihenfolge ab April kann sich noch ändern)
Jede Sitzung behandelt ein Hauptpaper. Die vortragende Person stellt es in 25 Minuten vor und leitet danach die Diskussion. Alle anderen lesen das Paper vorher und schreiben bis Montagabend zwei Fragen ins Forum (Faden der jeweiligen Woche). Wer ein Paper nicht findet : die PDFs liegen auch im Ordner «Folien der Vorträge» → «Papers».
Sitzungen (jeweils Dienstag, 10.15–12.00 Uhr, Raum B 2.14)
""" + "\n".join(blocks) + """
Fragen bitte ins Forum, nicht per Mail – so haben alle etwas davon.
R. Aebischer
"""
chrome = f"""Zum Inhalt springen
OpenOLAT
Home
Kurse
Gruppen
Katalog
{COURSE}
{USER}
{COURSE}
Mein Kurs
Suche
""" + "\n".join(TREE) + "\nZurück\nWeiter\n"
foot = """Zurück
Weiter
OpenOLAT 18.1.6 (Build 2024-01-23)
Impressum
Datenschutz
Hilfe
Barrierefreiheit
37 Benutzer online
"""
out = chrome + page + foot
assert "ß" not in out
write_only(F, out, keys(F))
