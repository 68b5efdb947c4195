#!/usr/bin/env python3
"""1824: a thread of the Golem.de forum under an article, copied from the browser in the flat view, German: the site
head and menu, the breadcrumb, the article's title, «Thema: …» with the post count, posts (subject «Thema: X» /
«Re: X», «Autor:», «Datum: tt.mm.jj - hh:mm», text, «Antworten | Zitieren | Melden»), quotes «<user> schrieb:» between
two lines of dashes with «> » lines, signatures after «--», the link back to the article and the copyright line. The
article, the users and their signatures are invented; Stability AI's blog post, the diffusers docs, the AUTOMATIC1111
web UI, Flux and DALL-E 3 appear as what they are. Computed: the post count, the dates (asserted increasing), every
quote naming an earlier post and quoting its text (asserted), the copyright year."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1824)
D = dt.datetime
ART = "Bildgeneratoren: Was hinter Stable Diffusion 3 steckt"
TOPIC = "Was steckt technisch drin?"
DASH = "-" * 80
POSTS = [
    ("bitschieber", D(2025, 3, 6, 9, 41), None,
     "Der Artikel bleibt leider an der Oberfläche. Wer es genauer wissen will, das Paper zu SD3 ist frei:\n"
     f"{T('2403.03206')}\nhttps://arxiv.org/abs/2403.03206\n\n"
     "Kurz: Rectified Flow statt klassischer Diffusion und ein Transformer mit zwei Strömen für Text und Bild.",
     None),
    ("Flussrauschen", D(2025, 3, 6, 10, 15), ("bitschieber", "Kurz: Rectified Flow statt klassischer Diffusion"),
     "Wobei man die Grundlagen trotzdem kennen sollte. Angefangen hat das alles 2015 mit\n"
     f"{T('1503.03585')} – damals hat sich kaum jemand dafür interessiert.\n\n"
     f"Für das schnelle Sampling dann {T('2010.02502')}: https://arxiv.org/pdf/2010.02502",
     "Rauschen ist auch nur Signal, das man noch nicht verstanden hat."),
    ("nullzeiger", D(2025, 3, 6, 11, 2), None,
     "Und warum halten sich die Bilder so gut an den Prompt? Guidance. Erst mit Klassifikator\n"
     f"({T('2105.05233')}, https://arxiv.org/abs/2105.05233v4), dann ohne:\n"
     f"{T('2207.12598')} http://arxiv.org/abs/2207.12598\n\n"
     "Die Doku von diffusers erklärt den guidance_scale-Parameter ganz ordentlich.",
     None),
    ("KaffeeKlaus", D(2025, 3, 6, 12, 30), ("nullzeiger", "Und warum halten sich die Bilder so gut an den Prompt?"),
     "Weil die Trainingsbilder neu beschriftet wurden. Laut Stability-Blogpost mit einem Vision-Language-Modell,\n"
     f"ähnlich wie bei {T('2301.12597')}. DALL-E 3 hat das ja auch so gemacht.",
     None),
    ("Hauptplatine", D(2025, 3, 6, 14, 8), None,
     "Mich würde eher interessieren, ob Diffusion im latenten Raum überhaupt nötig ist. Es gibt auch den Ansatz,\n"
     f"das Score-Modell direkt im Latenten zu lernen: {T('2106.05931')} (arXiv:2106.05931).\n\n"
     f"Und für 3D aus einem einzigen Bild: {T('2303.11328')}. Läuft bei mir in der AUTOMATIC1111-Oberfläche\n"
     "natürlich nicht, aber Flux kann das auch nicht.",
     "Gesendet von meinem Toaster"),
    ("bitschieber", D(2025, 3, 6, 16, 51), ("Hauptplatine", "Mich würde eher interessieren"),
     "Nötig nicht, aber billiger. Genau das ist der Punkt im SD3-Paper: Skalierung bei vertretbaren Kosten.",
     None),
]
prev, said = None, {}
L = ["Golem.de", "IT-News für Profis", "Ticker | Themen | Specials | Forum | Golem pur | Anmelden", "",
     "Forum › Golem.de › Artikel-Diskussionen", "", ART, "", f"Thema: {TOPIC}",
     f"Neues Thema | Ansicht umschalten | {len(POSTS)} Beiträge", ""]
for i, (who, d, quote, text, sig) in enumerate(POSTS):
    assert prev is None or d > prev; prev = d
    L += [f"{'Thema' if i == 0 else 'Re'}: {TOPIC}", f"Autor: {who}", f"Datum: {d:%d.%m.%y - %H:%M}", ""]
    if quote:
        src = next(t for w, t in reversed(said.get(quote[0], [])) if quote[1] in t)
        ql = next(l for l in src.split("\n") if quote[1] in l)
        L += [f"{quote[0]} schrieb:", DASH, f"> {ql}", DASH, ""]
    L += text.split("\n")
    if sig: L += ["", "--", sig]
    L += ["", "Antworten | Zitieren | Melden", ""]
    said.setdefault(who, []).append((who, text))
L += [f"Zum Artikel: {ART}", "", f"© 1997–{prev.year} Golem.de. Alle Rechte vorbehalten."]
write_only(F, "\n".join(L) + "\n", keys(F))
