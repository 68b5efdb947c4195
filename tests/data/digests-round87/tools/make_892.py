#!/usr/bin/env python3
"""892: a BigBlueButton 3.0 public chat saved with the chat menu's "Save" item
(`bbb-Lesekreis Effiziente Transformer[public-chat]_2024-03-05_19-04.txt`), as the HTML5 client's
`generateExportedMessages` writes it: the welcome message as `system: …`, then `\\n ` and an empty moderator-only
message (so the second line is one blank), then one line per message `[HH:MM] [Name : ROLE]: text` (ROLE
`MODERATOR` / `VIEWER`, local 24-hour time, no date), HTML stripped and unescaped, a message's line breaks kept as
bare continuation lines, LF line ends, a final newline. A German student reading circle on efficient attention; a
pad, a lecture video and a code repository are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(892)
K = dict(lin="2006.04768", longf="2004.05150", txl="1901.02860", perf="2009.14794", bigbird="2007.14062",
         lra="2011.04006", rfa="2103.02143", synth="2005.00743")
J, LEA, MEH, ANNA, TOB = ("Jonas Weber", "MODERATOR"), ("Lea Schäfer", "VIEWER"), ("Mehmet Yılmaz", "VIEWER"), \
    ("Anna Krüger", "VIEWER"), ("Tobias Brandt", "VIEWER")
WELCOME = ("Willkommen im Lesekreis Effiziente Transformer der Fachschaft Informatik! Bitte Mikrofon stummschalten, "
           "wenn ihr nicht sprecht. Links zu den Papern gerne hier in den Chat, das Protokoll kommt ins Pad.")
MSGS = [
    ("18:01", J, "Hallo zusammen! Heute zwei Paper: Performer und Linformer. Aufnahme läuft nicht, Protokoll im Pad: "
                 "https://pad.fachschaft.example/p/lesekreis-effiziente-transformer"),
    ("18:02", LEA, "Hi! Performer hier mit den Reviews: https://openreview.net/forum?id=Ua6zuk0WRH"),
    ("18:02", LEA, f"Titel: {T(K['perf'])} (ICLR 2021)"),
    ("18:04", MEH, f"{T(K['lin'])} → https://arxiv.org/abs/2006.04768"),
    ("18:05", ANNA, "Kann jemand nochmal kurz sagen, was FAVOR+ genau macht? Bin erst seit letzter Woche dabei"),
    ("18:06", J, "@Anna positive Random Features, mit denen man softmax(QK^T) erwartungstreu approximiert → linear in der "
                 "Sequenzlänge. Zeig ich gleich auf Folie 4"),
    ("18:19", TOB, f"Die Idee mit den Random Features gibt es fast zeitgleich auch in \"{T(K['rfa'])}\" (Peng et al., "
                   "ICLR 2021), dort zusätzlich mit Gating"),
    ("18:21", MEH, "Linformer projiziert dagegen K und V auf eine feste Länge k. Geht dann nicht kausal, oder?"),
    ("18:22", J, "genau, für Decoder so nicht brauchbar"),
    ("18:34", LEA, f"Zum Vergleich der ganzen Varianten: {T(K['lra'])} (Tay et al.). Da ist Performer beim Tempo "
                   "vorne, bei der Genauigkeit eher Mittelfeld"),
    ("18:35", ANNA, "Gibt es dazu eine gute Video-Erklärung?"),
    ("18:36", TOB, "Vom Lehrstuhl gibt es eine Aufzeichnung zu FAVOR+ (kein Paper): https://media.uni.example/v/performer-favor"),
    ("18:40", J, "Code zum Nachlesen: https://github.com/lucidrains/performer-pytorch (kein Paper, aber gut lesbar)"),
    ("18:52", MEH, "Nächstes Mal Longformer? https://arxiv.org/pdf/2004.05150"),
    ("18:53", LEA, "+ Big Bird, arXiv:2007.14062 – beide mit lokalem Fenster + globalen Tokens, passt gut zusammen"),
    ("18:54", J, f"Einverstanden. Vorschlag für den 19.03.:\n{T(K['longf'])}\n{T(K['bigbird'])}\nund als Hintergrund "
                 f"{T(K['txl'])} https://arxiv.org/abs/1901.02860"),
    ("18:55", ANNA, f"Was ist mit {T(K['synth'])}? Das wurde letzte Woche erwähnt"),
    ("18:56", J, "Synthesizer nehmen wir im April zusammen mit den anderen Varianten ohne Dot-Product-Attention"),
    ("19:02", TOB, "Ich muss los, danke euch!"),
    ("19:03", J, "Danke fürs Mitmachen, bis in zwei Wochen! Die Terminumfrage kommt per Mail."),
]
text = f"system: {WELCOME}\n \n" + "".join(f"[{t}] [{n} : {r}]: {m}\n" for t, (n, r), m in MSGS)
write_only(F, text, keys(F))
