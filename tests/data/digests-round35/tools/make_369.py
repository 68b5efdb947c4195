#!/usr/bin/env python3
"""369: the minutes (Protokoll) of a German lab's weekly group meeting, exported from Etherpad as plain text: the
pad's header block (Datum with weekday, Uhrzeit, Ort, Anwesend, Entschuldigt, Protokoll, Sitzungsleitung), TOPs
numbered "TOP 1" … "TOP n", "Beschluss:" lines, an "Aufgaben" list "→ wer: was (bis wann)", "Nächstes Treffen" with
its weekday, the Etherpad authorship line. Papers: arXiv abs/pdf links (link), OpenReview forum/pdf links (link),
"arXiv 2006.03236" typed (arxiv-text), titles in German quotes „…“, after "Paper:", in a sentence (title-only). The
lab's cluster (Slurm partition names), the flash-attn and xformers libraries, a master's thesis, the Long Range Arena
numbers without the paper's title, and "das Mamba-Paper" (a nickname only) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F369, keys

text = f"""Protokoll Gruppentreffen AG Effiziente Sprachmodelle
=====================================================

Datum: Mittwoch, 17. April 2024
Uhrzeit: 14:00–15:35 Uhr
Ort: Raum 2.117 (Geb. 50.34) und Zoom
Sitzungsleitung: Prof. Dr. Katrin Oberländer
Protokoll: Lukas Hämmerle
Anwesend: K. Oberländer, L. Hämmerle, M. Yilmaz, J. Reuter, A. Nowak, T. Brandstätter (ab 14:20), S. Falk (Zoom)
Entschuldigt: F. Demir (Konferenzreise), R. Weißgerber

Tagesordnung
TOP 1 Begrüßung, Protokoll der letzten Sitzung
TOP 2 Paper-Runde: Speicher & Rekurrenz in Transformern
TOP 3 Paper-Runde: Attention-Alternativen
TOP 4 Cluster und Rechenzeit
TOP 5 Verschiedenes

------------------------------------------------------------------------

TOP 1 Begrüßung, Protokoll der letzten Sitzung
Das Protokoll vom 10.04. wird ohne Änderungen angenommen.

TOP 2 Paper-Runde: Speicher & Rekurrenz in Transformern
Marta stellt „{T('2002.09402')}“ vor (Fan et al., https://openreview.net/forum?id={OR('2002.09402')}). Kernidee: jede Schicht sieht die oberste Repräsentation der vorherigen Zeitschritte; dadurch wird das Modell rekurrent und verliert Parallelität beim Training.
Diskussion: Jonas fragt, ob das beim Decoding überhaupt teurer ist. Antwort: ja, weil kein Batching über die Zeit möglich ist.
Dazu im Vergleich: Memformer (Paper: {T('2010.06891')}, PDF: https://openreview.net/pdf?id={OR('2010.06891')}) mit externem Speicher fester Größe, und Sukhbaatar et al., {T('2105.06548')} – „Expire-Span“, der Speicher lernt selbst, was er vergisst.
Beschluss: Für unser Langtext-Setup wird zunächst nur Expire-Span nachimplementiert (Aufwand überschaubar).

TOP 3 Paper-Runde: Attention-Alternativen
Andrzej fasst kurz zusammen:
  a) „{T('2005.00743')}“ – Attention-Gewichte ohne Token-Token-Interaktion, überraschend konkurrenzfähig.
  b) Random Feature Attention, https://openreview.net/forum?id={OR('2103.02143')} (Peng et al., ICLR 2021) – Kernel-Approximation der Softmax.
  c) {T('2202.10447')} (FLASH), https://arxiv.org/abs/2202.10447
  d) {T('2307.08621')}, https://arxiv.org/pdf/2307.08621.pdf – RetNet; Frage von Tim, ob die Rekurrenzform wirklich äquivalent ist (ja, bis auf die Normierung).
  e) Hyena: „{T('2302.10866')}“ – lange Faltungen statt Attention. Vergleich mit dem Mamba-Paper wird auf die nächste Sitzung verschoben.
Für die Effizienz auf dem Gerät verweist Sabine auf {T('2004.11886')} (https://arxiv.org/abs/2004.11886), und für Encoder-Kompression auf Funnel-Transformer, arXiv 2006.03236 („{T('2006.03236')}“).
Jonas merkt an, dass wir vor dem Ersetzen von Attention erst verstehen sollten, was sie tut, und empfiehlt Kobayashi et al., „{T('2004.10102')}“ (EMNLP 2020).
Beschluss: Für den LRA-Vergleich (Long-Range-Benchmark, Zahlen aus den Papern) übernimmt Andrzej RFA und RetNet, Marta Hyena.

TOP 4 Cluster und Rechenzeit
– Partition gpu-a100 ist bis 26.04. wegen Wartung eingeschränkt; Jobs bitte auf gpu-l40s umstellen.
– flash-attn 2.5.7 und xformers 0.0.25 sind jetzt im Modul „nlp/2024a“ installiert.
– Kontingent für Q2: 38.000 GPU-Stunden, davon bereits 9.412 verbraucht.

TOP 5 Verschiedenes
– Tim gibt am 29.04. seine Masterarbeit ab („Speichereffiziente Rekurrenz für lange Dokumente“); Probevortrag am 06.05.
– Sommerfest der Fakultät: 28.06., Anmeldung über das Intranet.

Aufgaben
→ Andrzej: RFA und RetNet in unser Benchmark-Skript einbauen (bis 24.04.)
→ Marta: Hyena-Reimplementierung prüfen, Ergebnisse ins Wiki (bis 24.04.)
→ Lukas: Protokoll ins Wiki übertragen (heute)
→ alle: Slides für die nächste Paper-Runde bis Dienstagabend hochladen

Nächstes Treffen: Mittwoch, 24. April 2024, 14:00 Uhr, Raum 2.117

------------------------------------------------------------------------
Autoren dieses Pads: Lukas Hämmerle, Marta Yilmaz, Andrzej Nowak
"""
write_only(F369, text, keys(F369))
