#!/usr/bin/env python3
"""2197: the «Ablaufplan» (schedule) page of a Stud.IP course of the Universität Hildesheim, copied from the browser as
text (as remembered: «Zum Hauptinhalt springen», the Stud.IP top bar, the course navigation tabs, «Ablaufplan» with
«Regelmäßige Termine» and one block per session «Di., dd.mm.yyyy 14:15 - 15:45, Ort: …» with «Thema:» and a
description, the footer «Stud.IP … · Impressum · Datenschutz»). German.
Computed: the session dates (Tuesdays a week apart, asserted), the session count line."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2197)
WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
start = dt.date(2026, 4, 14)
SESS = [
 ("Einführung: Lernen ohne Labels", [
  "Organisatorisches, Vergabe der Referate. Zur Einstimmung (kein Paper): das Kapitel «Self-Supervised Learning»",
  "im Skript von Dr. Wendelin Obermeyer (PDF im Dateibereich, Ordner «Skript»)."]),
 ("Kontrastives Lernen I", [
  f"Referat 1: {T('2002.05709')}",
  "  https://arxiv.org/abs/2002.05709",
  f"Referat 2: {T('1911.05722')}, arXiv:1911.05722 (He et al., CVPR 2020)."]),
 ("Kontrastives Lernen II: ohne Negativbeispiele", [
  f"Referat 3: {T('2011.10566')} (Chen & He, CVPR 2021) — Warum kollabiert das nicht?",
  "Ergänzend (freiwillig): der Blogpost «Understanding self-supervised learning» von Lilian Weng."]),
 ("Masked Image Modeling", [
  f"Referat 4: {T('2111.06377')} [PDF: https://arxiv.org/pdf/2111.06377v3]",
  "Code zum Ausprobieren: github.com/facebookresearch/mae (Repository, kein Pflichttext)."]),
 ("Selbstdistillation und Foundation-Features", [
  f"Referat 5: {T('2104.14294')} (Caron et al., ICCV 2021)",
  f"Referat 6: {T('2304.07193')} → https://arxiv.org/pdf/2304.07193.pdf"]),
 ("Anwendungen: verrauschte Labels und Spektralmethoden", [
  f"Referat 7: {T('2103.13646')} (ICLR-Version: https://openreview.net/forum?id=uB5x7Y2qsFR)",
  f"Zusatz für Mathe-Interessierte: {T('2010.00554')}, ein spieltheoretischer Blick auf PCA."]),
]
out = ["Zum Hauptinhalt springen", "", "Stud.IP Universität Hildesheim", "Start  Veranstaltungen  Nachrichten  Community  Profil  Planer  Suche  Werkzeuge",
       "", "Veranstaltungen › Sommersemester 2026 › 4711 Seminar: Selbstüberwachtes Lernen in der Bildverarbeitung", "",
       "Übersicht  Forum  Teilnehmende  Dateien  Ablaufplan  Wiki  Courseware", "", "Ablaufplan", "",
       "Regelmäßige Termine: Di. 14:15 - 15:45 (wöchentlich), Ort: Samelsonplatz 1, Raum C 112", f"{len(SESS)} Termine", ""]
prev = None
for i, (topic, body) in enumerate(SESS):
    d = start + dt.timedelta(days=7 * i)
    assert d.weekday() == 1 and (prev is None or (d - prev).days == 7)
    prev = d
    out += [f"{WD[d.weekday()]}, {d:%d.%m.%Y} 14:15 - 15:45, Ort: Samelsonplatz 1, Raum C 112", f"Thema: {topic}"] + ["  " + b for b in body] + [""]
out += ["Lehrende: Dr. Wendelin Obermeyer — wendelin.obermeyer@uni-hildesheim.example.de — Sprechstunde nach Vereinbarung", "",
        "Stud.IP 5.4 · Impressum · Datenschutzerklärung · Barrierefreiheit"]
write_only(F, "\n".join(out) + "\n", keys(F))
