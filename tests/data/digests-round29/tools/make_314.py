#!/usr/bin/env python3
"""314: a translator's OmegaT project memory (`omegat/project_save.tmx`) for the Yiddish translation of an (invented)
English handout for a public lecture on machine learning in the sciences. What such a file has: the XML declaration,
`<!DOCTYPE tmx SYSTEM "tmx11.dtd">`, `<tmx version="1.1">`, OmegaT's header (creationtool, o-tmf "OmegaT TMX",
adminlang, datatype plaintext, creationtoolversion, segtype sentence, srclang), `<!-- Default translations -->` with
one `<tu>` per source sentence (sorted by source text), each with the source `<tuv lang="EN-GB">` and the target
`<tuv lang="YI" changeid changedate creationid creationdate>` (dates as YYYYMMDDTHHMMSSZ), `<!-- Alternative
translations -->` with a context-bound `<tu>` carrying `<prop type="file|prev|next">`; XML escapes (&amp;). The
translator keeps paper titles, URLs and ids in English inside the Yiddish sentences and leaves the reference entries
untranslated (target = source). Papers: a title with an abs / pdf / huggingface.co/papers URL (link), with "arXiv:ID"
or "arXiv ID" (arxiv-text), titles in sentences and references (title-only)."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

AF = "Highly accurate protein structure prediction with AlphaFold"
KEYS = ["2010.08895", "2010.03409", "2106.05234", "2011.03459", "2111.04263", "2103.09762", "2103.13462",
        "2103.14146", "2103.14338", "2103.14167", "2106.05931", AF]

# (source, target, minutes after 2024-03-12 17:30 UTC when first translated, minutes when last changed)
S = [
    ("Machine learning beyond chatbots", "מאַשין־לערנען אויסער טשאַט־באָטן", 0, 0),
    ("A public lecture, 21 March 2024", "אַן עפֿנטלעכע לעקציע, דעם 21סטן מערץ 2024", 1, 1),
    ("Most people know machine learning from chatbots, but some of its most useful work happens in science.",
     "רובֿ מענטשן קענען מאַשין־לערנען פֿון טשאַט־באָטן, אָבער אַ סך פֿון זײַן נוצלעכסטער אַרבעט קומט פֿאָר אין דער וויסנשאַפֿט.", 3, 3),
    (f"In 2021, the paper {T(AF)} showed that a network can predict the shape of a protein.",
     f"אין 2021 האָט דער אַרטיקל {T(AF)} געוויזן, אַז אַ נעץ קען פֿאָרויסזאָגן די פֿאָרעם פֿון אַ פּראָטעין.", 6, 6),
    (f"Physics simulations can also be learned: see {T('2010.08895')} (https://arxiv.org/abs/2010.08895) and {T('2010.03409')}.",
     f"מע קען אויך לערנען פֿיזישע סימולאַציעס: זעט {T('2010.08895')} (https://arxiv.org/abs/2010.08895) און {T('2010.03409')}.", 10, 31),
    ("Graphs are everywhere.", "גראַפֿן זײַנען אומעטום.", 12, 12),
    (f"The paper {T('2106.05234')} (arXiv:2106.05234) showed that transformers work well on molecules.",
     f"דער אַרטיקל {T('2106.05234')} (arXiv:2106.05234) האָט געוויזן, אַז טראַנספֿאָרמערס אַרבעטן גוט מיט מאָלעקולן.", 14, 14),
    (f"Knowledge graphs can answer complex questions: {T('2011.03459')}.",
     f"וויסן־גראַפֿן קענען ענטפֿערן אויף קאָמפּליצירטע פֿראַגעס: {T('2011.03459')}.", 17, 17),
    (f"Hospitals may not share their data, so models are trained where the data lives: {T('2111.04263')}.",
     f"שפּיטעלער טאָרן נישט טיילן זייערע דאַטן, דעריבער לערנט מען די מאָדעלן דאָרט וווּ די דאַטן געפֿינען זיך: {T('2111.04263')}.", 21, 21),
    ("A model that learns a new task often forgets the old one.",
     "אַ מאָדעל וואָס לערנט זיך אַ נײַע אַרבעט פֿאַרגעסט אָפֿט די אַלטע.", 24, 24),
    (f"One remedy: {T('2103.09762')}, https://arxiv.org/pdf/2103.09762.pdf.",
     f"איין רפֿואה: {T('2103.09762')}, https://arxiv.org/pdf/2103.09762.pdf.", 25, 25),
    ("Why does training work at all?", "פֿאַר וואָס אַרבעט דאָס לערנען בכלל?", 27, 27),
    (f"Tengyu Ma's essay {T('2103.13462')} is a readable introduction.",
     f"טענגיו מאַס עסיי {T('2103.13462')} איז אַ לייענעוודיקער אַרײַנפֿיר.", 29, 29),
    (f"Computers can describe what changed between two photographs: {T('2103.14146')} (arXiv 2103.14146).",
     f"קאָמפּיוטערס קענען באַשרײַבן וואָס האָט זיך געביטן צווישן צוויי פֿאָטאָגראַפֿיעס: {T('2103.14146')} (arXiv 2103.14146).", 34, 34),
    (f"They can find matching points across images: {T('2103.14167')} — https://huggingface.co/papers/2103.14167.",
     f"זיי קענען געפֿינען צופּאַסנדיקע פּונקטן אין צוויי בילדער: {T('2103.14167')} — https://huggingface.co/papers/2103.14167.", 38, 38),
    (f"And they can animate a person from a few photos: {T('2103.14338')}.",
     f"און זיי קענען באַלעבן אַ מענטשן פֿון עטלעכע פֿאָטאָגראַפֿיעס: {T('2103.14338')}.", 41, 41),
    (f"Finally, image generators: {T('2106.05931')}, https://arxiv.org/abs/2106.05931.",
     f"און צום סוף, בילד־גענעראַטאָרן: {T('2106.05931')}, https://arxiv.org/abs/2106.05931.", 44, 44),
    ("Further reading", "ווײַטערדיקע לייענונג", 46, 46),
    (f"Jumper, J. et al. (2021). {T(AF)}. Nature 596, 583–589.",
     f"Jumper, J. et al. (2021). {T(AF)}. Nature 596, 583–589.", 47, 47),
    (f"Pfaff, T. et al. (2021). {T('2010.03409')}. ICLR.",
     f"Pfaff, T. et al. (2021). {T('2010.03409')}. ICLR.", 48, 48),
    ("Questions & answers after the lecture", "פֿראַגעס און ענטפֿערס נאָך דער לעקציע", 50, 52),
]
ALT = ("Further reading", "צו לייענען ווײַטער", 53, "Finally, image generators: " + T("2106.05931") + ", https://arxiv.org/abs/2106.05931.",
       "Jumper, J. et al. (2021). " + T(AF) + ". Nature 596, 583–589.")

BASE = (2024, 3, 12, 17, 30)


def stamp(minutes):
    y, mo, d, h, mi = BASE
    mi += minutes
    h += mi // 60; mi %= 60
    return f"{y:04d}{mo:02d}{d:02d}T{h:02d}{mi:02d}{(minutes * 7) % 60:02d}Z"


def tu(src, tgt, c, m, props=()):
    L = ["    <tu>"] + [f'      <prop type="{k}">{escape(v)}</prop>' for k, v in props]
    L += ['      <tuv lang="EN-GB">', f"        <seg>{escape(src)}</seg>", "      </tuv>",
          f'      <tuv lang="YI" changeid="rivke" changedate="{stamp(m)}" creationid="rivke" creationdate="{stamp(c)}">',
          f"        <seg>{escape(tgt)}</seg>", "      </tuv>", "    </tu>"]
    return L


out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE tmx SYSTEM "tmx11.dtd">', '<tmx version="1.1">',
       '  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" '
       'creationtoolversion="6.0.1_0_1c4d5ae0" segtype="sentence" srclang="EN-GB"/>', "  <body>",
       "<!-- Default translations -->"]
for src, tgt, c, m in sorted(S, key=lambda x: x[0].encode("utf-16-be")):
    out += tu(src, tgt, c, m)
out.append("<!-- Alternative translations -->")
out += tu(ALT[0], ALT[1], ALT[2], ALT[2], props=(("file", "handout.odt"), ("prev", ALT[3]), ("next", ALT[4])))
out += ["  </body>", "</tmx>", ""]
text = "\n".join(out)
write_only("314_omegat_project_save_tmx_translation_memory_yiddish_ml_in_science_lecture.tmx", text, KEYS)
