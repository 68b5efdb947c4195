#!/usr/bin/env python3
"""1863: a room exported as plain text from BundesMessenger (the German federal administration's Matrix messenger, built
on Element), German: one line per event «<Wt>, <d>. <Monat> <jjjj> <hh:mm:ss> - <text>» as Element's PlainTextExport
writes it (formatFullDate, then « - », then the event's text: «Name: Nachricht», state events such as «… hat den Raum
betreten», an image as «… hat ein Bild gesendet. (Medien ausgelassen)», a reply as «Name: <@mxid "erste 32 Zeichen...">
Antwort» — the quoted source cut at 32 characters with «...»), lines of a multi-line message following without a head.
The German strings of the dates and events are assumed, not looked up. A reading group of a unit of a federal agency
(not named) on self-supervised pre-training for aerial images; the room, the people, their Matrix ids, the homeserver
and the dates are invented; torchgeo, BigBlueButton, the ATKIS data, Sentinel-2 and EuroSAT appear as what they are.
Computed: the weekdays, the order (asserted), the reply quotes from the first line of the earlier message of the
person replied to (asserted), the Matrix ids from the names."""
import datetime as dt, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1863)
HS = "matrix.behoerde.example"
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MON = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]


def mxid(name):
    s = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode().lower()
    return f"@{s.replace(' ', '.')}:{HS}"


def head(d):
    return f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} {d:%H:%M:%S}"


J, L_, S, M = "Jonas Keller", "Lena Hoffmann", "Sebastian Wolff", "Miriam Aydın"
D = dt.datetime
EV = [  # (time, kind, sender, text, reply_to_index)
    (D(2026, 3, 10, 9, 58, 12), "create", J, None, None),
    (D(2026, 3, 10, 9, 58, 40), "join", L_, None, None),
    (D(2026, 3, 10, 9, 59, 3), "join", S, None, None),
    (D(2026, 3, 10, 10, 1, 27), "join", M, None, None),
    (D(2026, 3, 10, 10, 4, 55), "msg", J, "Willkommen im Lesekreis! Ziel: bis Ende April entscheiden, ob wir für die "
     "Luftbild-Klassifikation ein selbstüberwacht vortrainiertes Modell nehmen.\nStand: ca. 2 Mio. unbeschriftete "
     "Kacheln, 8.000 gelabelte.", None),
    (D(2026, 3, 10, 10, 6, 18), "msg", J, f"Vorschlag für die erste Runde: {T('2304.07193')}\nhttps://arxiv.org/abs/2304.07193", None),
    (D(2026, 3, 10, 10, 15, 2), "msg", L_, f"Dann sollten wir auch den Vorgänger lesen, {T('2104.14294')} – da kommt "
     "die ganze Self-Distillation her.", None),
    (D(2026, 3, 10, 10, 31, 44), "msg", S, f"Ich hätte gern einen kontrastiven Vergleich dabei: {T('2002.05709')}, "
     f"http://arxiv.org/abs/2002.05709 – und {T('1911.05722')} als Gegenstück mit Queue.", None),
    (D(2026, 3, 10, 11, 2, 9), "msg", M, f"Kontrastiv braucht riesige Batches, das schafft unsere eine A100 nicht. "
     f"{T('2011.10566')} (arXiv:2011.10566) kommt ohne negative Paare aus.", 7),
    (D(2026, 3, 10, 11, 40, 51), "image", J, None, None),
    (D(2026, 3, 10, 11, 41, 30), "msg", J, "Speicher pro Batchgröße auf unserer Karte, siehe Bild. Bei 512 ist Schluss.", None),
    (D(2026, 3, 12, 8, 47, 16), "msg", L_, f"Für die Masked-Image-Modeling-Seite: {T('2111.06377')}\n"
     "https://arxiv.org/pdf/2111.06377v3\nDas Vortraining ist billig, weil der Encoder nur 25 % der Patches sieht.", None),
    (D(2026, 3, 12, 9, 20, 38), "msg", S, "Und unsere Labels? Ein Teil ist aus alten ATKIS-Daten übernommen und sicher "
     "verrauscht.", None),
    (D(2026, 3, 12, 9, 34, 5), "msg", M, f"Genau dafür: {T('2103.13646')}\nhttps://openreview.net/forum?id="
     f"{OR('2103.13646')}\nErst selbstüberwacht vortrainieren, dann mit den verrauschten Labels feintunen.", None),
    (D(2026, 3, 12, 13, 12, 57), "msg", J, f"Off-Topic: das Sprachreferat fragt nach Audio. {T('2106.07447')} wäre "
     "dort das Pendant, gebe ich weiter.", None),
    (D(2026, 3, 12, 15, 3, 21), "msg", L_, "Termin: Donnerstag, 19.03., 14 Uhr, Raum 2.031 oder BigBlueButton.", 5),
    (D(2026, 3, 13, 7, 55, 40), "msg", S, "Code-Seite: torchgeo hat Sentinel-2-Gewichte für MoCo und DINO, das wäre ein "
     "Startpunkt. Zum schnellen Testen EuroSAT.", None),
    (D(2026, 3, 13, 8, 2, 11), "msg", M, "👍", None),
    (D(2026, 3, 19, 16, 28, 49), "msg", J, "Protokoll der ersten Runde liegt im Wiki (Lesekreis → 2026-03-19). "
     "Nächstes Mal: MAE gegen DINOv2 auf unseren Kacheln.", None),
]
assert [e[0] for e in EV] == sorted(e[0] for e in EV)
out = []
for i, (d, kind, who, text, rep) in enumerate(EV):
    if kind == "create": body = f"{who} hat den Raum erstellt und konfiguriert."
    elif kind == "join": body = f"{who} hat den Raum betreten"
    elif kind == "image": body = f"{who} hat ein Bild gesendet. (Medien ausgelassen)"
    elif rep is None: body = f"{who}: {text}"
    else:
        src = EV[rep]
        assert src[1] == "msg" and src[0] < d
        first = src[3].split("\n")[0]
        q = first[:32] + ("..." if len(first) > 32 else "")
        body = f'{who}: <{mxid(src[2])} "{q}"> {text}'
    out.append(f"{head(d)} - {body}")
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
