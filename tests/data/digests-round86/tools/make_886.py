#!/usr/bin/env python3
"""886 (negative): `messages-Mira Hoffmann.txt` from a Threema chat export (Threema for Android, "Chat exportieren",
unzipped): one line per message `[DD.MM.YYYY, HH:MM:SS] Sender: text`, the exporter written `Ich` (German UI),
continuation lines of a multi-line message without the bracket, a photo as `<uuid.jpg>`, CRLF line ends. Two
organisers of a university ML reading group sort out room, pizza, the video-call link, who presents what, slides and
the shared Zotero group — papers are only ever called by nicknames ("das Mamba-Paper", "Chinchilla"), with no title,
link or id. It names no catalogue title and holds nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "886_negative_threema_chat_export_txt_crlf_german_reading_group_logistics.txt"
M = "Mira Hoffmann"
L = [
 ("11.03.2024, 19:42:07", M, "Hi Jonas! Raum für Donnerstag ist gebucht: wieder 0.431 im Informatikgebäude, 16:15–17:45"),
 ("11.03.2024, 19:44:51", "Ich", "Super, danke! Hast du die Rundmail schon raus?"),
 ("11.03.2024, 19:45:30", M, "Nee, mach ich morgen früh. Wer stellt diesmal vor? Laut Liste wärst du dran mit dem Mamba-Paper 😅"),
 ("11.03.2024, 19:47:12", "Ich", "Ja… ich schaffe das nicht bis Donnerstag, die Abgabe für den Workshop ist Freitag.\nKönnen wir tauschen? Ich nehme dann den 28."),
 ("11.03.2024, 19:49:03", M, "Klar. Dann mache ich Chinchilla vor, das hab ich eh schon fast fertig. Folien nach unserer Vorlage im Overleaf-Projekt, oder?"),
 ("11.03.2024, 19:49:40", "Ich", "Genau, Vorlage liegt im Ordner \"Lesekreis/Folien\". Und bitte die Literatur in die Zotero-Gruppe, nicht als PDF in den Chat 🙏"),
 ("11.03.2024, 19:52:18", M, "<6f2d9a41-0c7e-4b3a-9e15-8a2f4c7d1b90.jpg>"),
 ("11.03.2024, 19:52:35", M, "So sieht die Anmeldeliste aus, 14 Leute. Reichen 4 Pizzen?"),
 ("11.03.2024, 19:53:02", "Ich", "Eher 5, letztes Mal war nach 20 Minuten alles weg. Budget von der Fachschaft sind 60 € pro Termin."),
 ("11.03.2024, 19:55:47", M, "Ok 5. Vegetarisch mindestens 2.\nUnd den Videocall-Link lassen wir wie immer? Zwei Leute aus Freiburg wollen remote dazu."),
 ("11.03.2024, 19:56:20", "Ich", "Ja, gleicher Link wie im Wiki. Ich starte den Raum 10 Minuten vorher."),
 ("11.03.2024, 20:03:11", M, "Noch was: Prof. Brandt fragt, ob wir im April einen Block zu LoRA & Co. machen. Sie würde selbst eine Sitzung übernehmen."),
 ("11.03.2024, 20:05:44", "Ich", "Gern! Aber lass uns erst abstimmen, was die Leute wollen. Ich mach morgen eine Umfrage im Kanal."),
 ("11.03.2024, 20:06:09", M, "👍"),
 ("14.03.2024, 15:58:21", M, "Bin im Raum, Beamer geht wieder nicht mit HDMI. Hast du den USB-C-Adapter?"),
 ("14.03.2024, 16:01:37", "Ich", "Bin in 5 Min da, bring ihn mit."),
 ("14.03.2024, 18:02:15", M, "Danke für heute! Feedback-Zettel liegen bei mir, ich tippe sie am Wochenende ab."),
 ("14.03.2024, 18:10:48", "Ich", "Top. Nächstes Mal dann ich. Gute Nacht!"),
]
text = "".join(f"[{t}] {who}: {msg}\r\n".replace("\n", "\r\n").replace("\r\r\n", "\r\n") for t, who, msg in L)
write(F, text, negative=True)
