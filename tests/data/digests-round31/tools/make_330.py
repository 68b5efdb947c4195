#!/usr/bin/env python3
"""330: the text file of panel and label texts for a small exhibition on machine translation (invented: «Makinas ke
trezladan», a Sephardic cultural centre), as the curator sends it to the graphic designer: plain UTF-8 text written in
a text editor, LF. Ladino (Judeo-Spanish, Latin script in the Aki Yerushalayim spelling), with paper titles in English
in *…* (the designer sets them in italics). What such a file has: a header (exhibition, version and date, from/to,
the word limits: panels ≤ 120 words, labels ≤ 60, not counting the title, sources and QR lines), then each text under
its code — P01… for panels, E01… for object labels — with its title, the text, the word count the curator keeps
"(n biervos)", a "Fuentes:" line followed by "– " source lines and "QR:" lines with the URL the QR code will carry; a closing count of panels and
labels. Papers: a QR URL to an arXiv abs page, a huggingface.co/papers page or an OpenReview forum (link),
"arXiv:ID" in a source line (arxiv-text), titles in the text or in the sources (title-only); a dictionary, a
terminal, the Dodrio tool's demo and an oral-history archive are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["1409.0473", "1410.5401", "1706.03762", "1508.07909", "2008.07905", "2002.09402", "2010.06891",
        "2105.06548", "2006.03236", "2004.10102", "2103.14625"]
I = lambda k: f"*{T(k)}*"
TEXTS = [  # code, title, body, sources, qr
    ("P01", "Una makina ke “melda” la fraza entera",
     "Por munchos anyos, las makinas trezladavan byervo por byervo, kon reglas eskritas a mano. En 2014 vino otra "
     "idea: una red neurala melda la fraza entera en la lingua de orijin i eskrive la trezlasyon en la otra. El "
     f"problema era ke la red tenia ke guadrar toda la fraza en un solo vektor. El artikolo {I('1409.0473')} "
     "(Bahdanau, Cho i Bengio) le dio a la makina la “atensyon”: a kada paso, la red mira otra vez los byervos de "
     "orijin ke mas le enteresan.",
     [], []),
    ("P02", "Pedasikos de byervos",
     "El ladino tiene poka eskritura dijitala, i munchos byervos aparesen una sola vez. Una makina ke no konose un "
     "byervo no lo puede trezladar. La solusyon fue kortar los byervos en pedasikos ke se repiten: “djudeo”, "
     "“-espanyol”, “-iko”. Kon unos kuantos miles de pedasikos, la makina puede eskrivir byervos ke nunka vido.",
     [f"Sennrich, Haddow i Birch, {I('1508.07909')}, ACL 2016, arXiv:1508.07909."], []),
    ("P03", "La atensyon i nada mas",
     "En 2017, un grupo de Google kito de la makina todo lo ke no era atensyon. El modelo se yamo Transformer, i oy "
     "esta adientro de kaji todos los trezladadores i de los chatbots. Despues vinieron modelos ke eskriven todos "
     "los byervos de la trezlasyon al mizmo tiempo, sin asperar el byervo de antes, komo el “Glancing "
     "Transformer”.",
     [f"Vaswani i otros, {I('1706.03762')}, NeurIPS 2017.",
      f"Qian i otros, {I('2008.07905')}, ACL 2021."],
     [f"https://openreview.net/forum?id={OR('2008.07905')}"]),
    ("P04", "Makinas kon memoria",
     f"Una makina ke trezlada un livro entero tiene ke akodrarse de lo ke meldo antes. Ya en 2014, las {I('1410.5401')} "
     "tenian una memoria ande podian eskrivir i meldar. Oy ay Transformers kon memoria: unos la pasan de un paso al "
     "otro, otros la guadran afuera del modelo, i otros se olvidan de lo ke ya no sirve.",
     [f"Graves, Wayne i Danihelka, {I('1410.5401')}, 2014.",
      f"Fan i otros, {I('2002.09402')}.",
      f"Wu i otros, {I('2010.06891')}.",
      f"Sukhbaatar i otros, {I('2105.06548')}, ICML 2021."],
     [f"https://openreview.net/forum?id={OR('2002.09402')}", "https://arxiv.org/abs/2105.06548"]),
    ("E01", "Diksionaryo djudeo-espanyol – inglez (Estambol, 1911)",
     "Prestado por una famiya de Izmir. Las notas en la marjen son de tres jenerasyones. Este livro no es un "
     "artikolo de sensia: es la memoria de la lingua.",
     [], []),
    ("E02", "Terminal de trezlasyon (1991)",
     "Un terminal de la universita ande se provaron los primeros trezladadores automatikos kon reglas. No avlava "
     "ladino.",
     [], []),
    ("E03", "Ekran interaktivo: adientro de un Transformer",
     "Toka un byervo i mira a ke otros byervos “mira” el modelo. La vizualizasyon uza el programa Dodrio. Ama "
     "kudiado: el peso de la atensyon no lo dize todo, lo ke ambezaron los investigadores de Tohoku.",
     [f"Wang, Turko i Chau, {I('2103.14625')}.",
      f"Kobayashi i otros, {I('2004.10102')}, EMNLP 2020."],
     ["https://huggingface.co/papers/2103.14625"]),
    ("E04", "Makinas mas chikas",
     "Para ke un trezladador kaye en un telefon, el modelo tiene ke ser chiko. Una idea es akurtar la fraza a kada "
     f"kapa del modelo, komo un embudo: es lo ke aze el {I('2006.03236')}.",
     ["Dai, Lai, Yang i Le, NeurIPS 2020."], []),
    ("E05", "Bozes de la komunita",
     "Eskucha las entrevistas del arshivo de istoria oral: kuento, kantikas i reseta, en ladino de Estambol, Izmir "
     "i Saloniko.",
     [], []),
]
LIM = {"P": 120, "E": 60}
L = ["EKSPOZISYON «MAKINAS KE TREZLADAN»", "Tekstos de los panos i las etiketas — version 3 (final), 12/03/2024",
     "De: Rivka Eskenazi (kuradora) · Para: estudio grafiko", "",
     f"Reglas: panos ≤ {LIM['P']} byervos, etiketas ≤ {LIM['E']} byervos (sin kontar el titolo, las fuentes i el QR).",
     "Los titolos de los artikolos se kedan en inglez, entre *…*: kursiva.", "", "=" * 60]
for code, title, body, src, qr in TEXTS:
    n = len(body.split())
    assert n <= LIM[code[0]], (code, n)
    L += ["", f"{code} — {title}", "", body, f"({n} byervos)"]
    if src:
        L += ["Fuentes:"] + [f"– {s}" for s in src]
    L += [f"QR: {q}" for q in qr]
np_ = sum(1 for t in TEXTS if t[0][0] == "P")
L += ["", "=" * 60, f"Total: {np_} panos, {len(TEXTS) - np_} etiketas.", ""]
write_only("330_exhibition_panel_texts_plain_text_ladino_machine_translation_history.txt", "\n".join(L), KEYS)
