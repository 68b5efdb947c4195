#!/usr/bin/env python3
"""2110: a Promela model (`.pml`, for the SPIN model checker) of an invented agent tool-call protocol, German
comments (block and `//`): an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v2`, `http://`), one
`arXiv:NNNN.NNNNN` in text, titles alone (one not on arXiv); non-papers (Holzmann's book, spinroot.com, the
repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num, AGZ

F = by_num(2110)
TXT = fill(r'''/*
 * werkzeugprotokoll.pml -- Protokoll zwischen Sprachmodell-Agent und Werkzeug-Server
 * Autor: Jonas Kettenbach <jonas.kettenbach@agenten-pruef.example.de>
 * Repo:  https://github.com/agenten-pruef/werkzeug-protokoll
 * Prüfen mit: spin -a werkzeugprotokoll.pml && gcc -o pan pan.c && ./pan -a
 * SPIN-Doku: https://spinroot.com/spin/Man/ ; Buch: G. J. Holzmann,
 * "The SPIN Model Checker: Primer and Reference Manual"
 *
 * Das Modell bildet die Schleife "denken -> handeln -> beobachten" nach aus:
 *   [[T:2210.03629]]
 *   https://openreview.net/forum?id=[[ID:ORREACT]]
 * Weitere Grundlagen:
 *   [[T:2201.11903]]  https://arxiv.org/abs/2201.11903
 *   [[T:2308.03688]]  https://arxiv.org/pdf/2308.03688v2
 *   [[T:2310.08560]]  http://arxiv.org/abs/2310.08560
 * Vortrag: https://video.agenten-pruef.example.de/vortrag/2024-06
 */

#define MAXSCHRITTE 4

mtype = { ANFRAGE, AKTION, BEOBACHTUNG, ANTWORT, ABBRUCH };

chan zumServer = [2] of { mtype, byte };
chan zumAgent = [2] of { mtype, byte };

byte schritte = 0;
bool fertig = false;

/* Der Agent darf nur antworten, wenn er sich sicher ist; vgl.
   [[T:2207.05221]] (arXiv:2207.05221). */
active proctype Agent() {
  byte wert;
  do
  :: schritte < MAXSCHRITTE ->
       zumServer ! AKTION, schritte;
       zumAgent ? BEOBACHTUNG, wert;
       schritte++
  :: schritte >= MAXSCHRITTE ->
       zumServer ! ABBRUCH, 0;
       break
  :: else -> skip
  od;
  fertig = true
}

// Angriffe über Werkzeugausgaben: [[T:2307.15043]]
active proctype Server() {
  byte n;
  do
  :: zumServer ? AKTION, n ->
       zumAgent ! BEOBACHTUNG, n
  :: zumServer ? ABBRUCH, n ->
       break
  od
}

// TODO: Belohnungsmodell aus "[[T:2006.05990]]" übernehmen?
// Klassiker zur Suche mit Selbstspiel: [[T:AGZ]]
ltl terminiert { <> fertig }
''', {'ORREACT': OR('2210.03629'), 'AGZ': AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
