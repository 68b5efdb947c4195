#!/usr/bin/env python3
"""2003: a thread of the German-language section of the Raspberry Pi Forums (phpBB), copied from the browser as text:
German. Users, dates, the thread and its numbers are invented. Computed: the posts' «Beitrag von NAME » Wochentag
d. Monat yyyy, hh:mm» lines with weekdays from the dates, in order (asserted), «n Beiträge» from the posts."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, BP, LSTM, CTC
F = by_num(2003)
WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
MO = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
POSTS = [
 ("tuxhannes", dt.datetime(2026, 2, 7, 18, 42), [
  "Servus zusammen,", "ich möchte auf einem Pi 5 eine kleine Spracherkennung (Schlüsselwörter, Deutsch) selbst trainieren",
  "und nicht nur Vosk oder Whisper.cpp fertig benutzen. Welche Grundlagen-Paper sollte ich lesen?", "Danke!"]),
 ("Bernd_K", dt.datetime(2026, 2, 7, 19, 15), [
  "Ganz klassisch würde ich so anfangen:",
  f"- {BP} (Rumelhart, Hinton, Williams 1986)", f"- {LSTM} (Hochreiter & Schmidhuber 1997)",
  f"- {CTC} – Graves et al., ICML 2006, das ist genau dein Fall ohne Alignment.",
  "Das Buch von Goodfellow, Bengio und Courville ist auch gut, aber eben ein Buch ;)"]),
 ("mlinda", dt.datetime(2026, 2, 8, 9, 3), [
  "Zitat von Bernd_K: Ganz klassisch würde ich so anfangen", "",
  f"Dazu gehört Attention: {T('1409.0473')} – https://arxiv.org/abs/1409.0473",
  f"und natürlich {T('1706.03762')} [https://arxiv.org/pdf/1706.03762v7]",
  "Für den Pi ist das aber schwer, die Modelle sind zu groß."]),
 ("Bernd_K", dt.datetime(2026, 2, 8, 11, 27), [
  f"Für kleine Geräte: {T('2004.11886')} (http://arxiv.org/abs/2004.11886), ist extra für Mobilgeräte gemacht.",
  f"Lange Sequenzen: {T('2007.14062')} (arXiv:2007.14062) – eher Theorie für dich.",
  f"Und zum Streaming mit Gedächtnis: {T('2002.09402')}", f"https://openreview.net/forum?id={OR('2002.09402')}"]),
 ("tuxhannes", dt.datetime(2026, 2, 9, 20, 50), [
  "Super, danke euch! Ich berichte, wenn das Modell läuft. Das TensorFlow-Lite-Tutorial von der Pi-Foundation habe ich schon."]),
]
assert [p[1] for p in POSTS] == sorted(p[1] for p in POSTS)
L = ["Raspberry Pi Forums", "Foreneinstiegsseite ‹ Community ‹ Deutsch ‹ Programmierung", "",
     "Spracherkennung selbst trainieren – welche Grundlagen lesen?", "",
     f"{len(POSTS)} Beiträge • Seite 1 von 1", ""]
for who, d, body in POSTS:
    L += [who, "Beiträge: " + {"tuxhannes": "57", "Bernd_K": "2413", "mlinda": "318"}[who],
          f"Beitrag von {who} » {WD[d.weekday()]} {d.day}. {MO[d.month - 1]} {d.year}, {d:%H:%M}", ""] + body + ["", "Nach oben", ""]
L += [f"{len(POSTS)} Beiträge • Seite 1 von 1", "", "Zurück zu „Programmierung“", "",
      "Wer ist online?", "Mitglieder in diesem Forum: 0 Mitglieder und 4 Gäste", "",
      "Powered by phpBB® Forum Software © phpBB Limited"]
write_only(F, "\n".join(L) + "\n", keys(F))
