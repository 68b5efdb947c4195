#!/usr/bin/env python3
"""570: a Foswiki 2.1 topic file as stored on disk (data/Lesekreis/EffizienteAttention.txt): %META:TOPICINFO first,
%META:TOPICPARENT, the TML body (---+ headings, %TOC%, three-space bullets, | *head* | tables, [[url][text]] links,
WikiWord / Main.Name links, %RED% … %ENDCOLOR%, <verbatim>, %INCLUDE%, %SEARCH%), then %META:FORM / FIELD,
FILEATTACHMENT and PREFERENCE lines (values with Foswiki's %_N_ / %_Q_ escapes). German reading circle."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F570 as NAME, keys

KEYS = keys(NAME)
L = []
A = L.append
A('%META:TOPICINFO{author="JonasBecker" comment="" date="1714127346" format="1.1" reprev="7" version="7"}%')
A('%META:TOPICPARENT{name="WebHome"}%')
A("---+ Lesekreis Effiziente Attention (SoSe 2024)")
A("")
A("%TOC{depth=\"2\"}%")
A("")
A("Wir treffen uns *mittwochs, 16:15–17:45*, im Raum Z 2.07 (Zuse-Bau) bzw. online im BigBlueButton-Raum "
  "LesekreisAttention. Wer vorträgt, trägt sich bitte in der Tabelle unten ein. Folien als Anhang an dieses Topic hängen.")
A("")
A("%INCLUDE{\"Lesekreis.RegelnUndAblauf\" section=\"kurz\"}%")
A("")
A("---++ Termine")
A("")
A("| *Datum* | *Paper* | *Vortrag* | *Status* |")
A(f"| 17.04. | [[https://arxiv.org/abs/2006.03236][{T('2006.03236')}]] | Main.JonasBecker | %GREEN%gehalten%ENDCOLOR% |")
A(f"| 24.04. | {T('2005.00743')} (Tay et al., ICML 2021) | Main.LeaMarquardt | %GREEN%gehalten%ENDCOLOR% |")
A(f"| 08.05. | [[https://openreview.net/forum?id={OR('2103.02143')}][{T('2103.02143')}]] (ICLR 2021) | Main.TimoSchaefer | %ORANGE%Folien fehlen%ENDCOLOR% |")
A(f"| 15.05. | {T('2009.14794')} -- arXiv:2009.14794 | Main.SelinYildiz | %RED%offen%ENDCOLOR% |")
A(f"| 22.05. | [[https://arxiv.org/pdf/2307.08621][{T('2307.08621')}]] | Main.JonasBecker | %RED%offen%ENDCOLOR% |")
A("| 29.05. | _entfällt (Exkursion)_ | | |")
A(f"| 05.06. | {T('2105.06548')} | Main.MiraHoffmann | %RED%offen%ENDCOLOR% |")
A("")
A("---++ Zusatzlektüre")
A("")
A("Nicht im Plan, aber in der letzten Sitzung mehrfach erwähnt:")
A("")
A(f"   * *Nicht-autoregressive Übersetzung:* [[https://arxiv.org/abs/2008.07905][{T('2008.07905')}]] "
  "(Qian et al., ACL 2021) -- wegen der Glancing-Sampling-Idee, passt zu Funnel.")
A(f"   * *Kontinuierliches Lernen:* {T('2103.09762')}, Saha, Garg, Roy (ICLR 2021). Lea meinte, die "
  "Projektion auf den Gradientenraum sei im Grunde eine Form von Gedächtnis -- Diskussion vertagt.")
A("   * Expire-Span (Sukhbaatar et al.) ist der 05.06.-Termin, Code im Repo facebookresearch/transformer-sequential.")
A("   * Kein Paper, aber gut: der Blogpost \"The Illustrated Transformer\" und die Vorlesung Natürliche Sprachverarbeitung "
  "(Aufzeichnung 9, Effizienz).")
A("")
A("---++ Notizen")
A("")
A("---+++ 17.04. Funnel")
A("")
A("   * Pooling über die Sequenzlänge, Decoder stellt die volle Länge für Token-Aufgaben wieder her")
A("   * Frage von Main.SelinYildiz: wie verhält sich das zu Hourglass-Modellen? -> nächste Woche")
A("   * Rechenaufwand, grob:")
A("<verbatim>")
A("  L=512, d=768, Blöcke 4-4-4 (B6-6-6 im Paper)")
A("  Block 1: 512 Tokens, Block 2: 256, Block 3: 128")
A("  => ~ 2.3x weniger FLOPs als BERT-base bei gleicher Tiefe (unsere Schätzung)")
A("</verbatim>")
A("")
A("---+++ 24.04. Synthesizer")
A("")
A("   * Dense vs. Random Synthesizer; Random erstaunlich gut auf MT")
A("   * Lea: Tabelle 3 nachrechnen? -- erledigt, siehe Anhang ==synth_tab3.csv==")
A("")
A("---++ Alle Topics im Web Lesekreis")
A("")
A("%SEARCH{\"Lesekreis\" web=\"Lesekreis\" scope=\"topic\" nonoise=\"on\" format=\"   * [[$web.$topic][$topic]] ($date)\"}%")
A("")
A("-- Main.JonasBecker - 26 Apr 2024")
A("")
A('%META:FORM{name="Lesekreis.LesekreisForm"}%')
A('%META:FIELD{name="Semester" attributes="" title="Semester" value="SoSe 2024"}%')
A('%META:FIELD{name="Betreuung" attributes="" title="Betreuung" value="Main.MiraHoffmann"}%')
A('%META:FIELD{name="Kurzbeschreibung" attributes="" title="Kurzbeschreibung" value="Lesekreis zu effizienten '
  'Attention-Varianten.%_N_Anmeldung per Mail an %_Q_lesekreis@informatik.example.de%_Q_."}%')
A('%META:FILEATTACHMENT{name="folien_funnel.pdf" attachment="folien_funnel.pdf" attr="" comment="Folien 17.04." '
  'date="1713369540" moveby="JonasBecker" path="folien_funnel.pdf" size="1843220" user="JonasBecker" version="1"}%')
A('%META:FILEATTACHMENT{name="synth_tab3.csv" attachment="synth_tab3.csv" attr="" comment="Tabelle 3 nachgerechnet" '
  'date="1713980112" moveby="LeaMarquardt" path="synth_tab3.csv" size="2211" user="LeaMarquardt" version="2"}%')
A('%META:PREFERENCE{name="ALLOWTOPICCHANGE" title="ALLOWTOPICCHANGE" type="Set" value="Main.LesekreisGroup"}%')
text = "\n".join(L) + "\n"
write_only(NAME, text, KEYS)
