#!/usr/bin/env python3
"""714: a CoNLL-U file (Universal Dependencies): `# newdoc id`, `# newpar`, `# sent_id`, `# text` comments, then one
line per token with ten TAB-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), `_` for empty,
`SpaceAfter=No` in MISC, a blank line after each sentence. English words inside the Indonesian sentences are
`X` + `Foreign=Yes` attached with `flat:foreign`; URLs are single `X` tokens. Sentences from an Indonesian blog on
self-supervised learning, annotated (shallowly) for a small treebank of scientific web text."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F714, keys

S = [
 ("p1", "Pembelajaran swaawasan (self-supervised learning) memungkinkan model belajar dari data tanpa label."),
 ("p1", "Tulisan ini merangkum bacaan kelompok studi kami selama semester genap."),
 ("p1", "Semua makalah dibahas dalam pertemuan Jumat sore di ruang seminar lantai tiga."),
 ("p2", f"Makalah pertama adalah “{T('1911.05722')}” yang tersedia di https://arxiv.org/abs/1911.05722 ."),
 ("p2", "Gagasan utamanya adalah antrean kunci yang besar dan enkoder momentum yang diperbarui secara perlahan."),
 ("p2", f"Setelah itu kami membaca “{T('2011.10566')}” dan terkejut bahwa pasangan negatif ternyata tidak diperlukan."),
 ("p2", "Operasi stop-gradient menjadi kunci agar representasi tidak runtuh."),
 ("p3", f"Untuk citra, makalah “{T('2111.06377')}” menutup tujuh puluh lima persen patch lalu merekonstruksinya."),
 ("p3", "Tautan makalahnya adalah https://arxiv.org/abs/2111.06377 dan kodenya tersedia di GitHub."),
 ("p3", f"Makalah “{T('2104.14294')}” menunjukkan bahwa peta perhatian transformer visual hasil distilasi diri memisahkan objek dari latar."),
 ("p3", f"Lanjutannya, “{T('2304.07193')}” , melatih model pada korpus citra terkurasi: https://arxiv.org/abs/2304.07193 ."),
 ("p4", f"Untuk suara, kami membahas “{T('2106.07447')}” (arXiv:2106.07447) yang memprediksi unit tersembunyi hasil pengelompokan."),
 ("p4", "Korpus LibriSpeech dan Common Voice dipakai untuk percobaan kecil kami, bukan sebagai bahan bacaan."),
 ("p5", f"Ada juga makalah yang menggabungkan swaawasan dengan model generatif: “{T('2010.02014')}” ."),
 ("p5", "Diskusi penelaahnya dapat dibaca di https://openreview.net/forum?id=zOGdf9K8aC dan cukup menarik."),
 ("p5", f"Terakhir, “{T('2103.13646')}” memakai pra-latih swaawasan untuk menghadapi label yang bising."),
 ("p6", "Pustaka solo-learn dan lightly membantu kami menjalankan eksperimen dengan cepat."),
 ("p6", "Kursus daring dan tulisan blog tentang pembelajaran kontrastif juga berguna sebagai pengantar."),
 ("p6", "Pertemuan berikutnya akan membahas pembelajaran multimodal dan distilasi model."),
]
TITLES = [T(k) for k in keys(F714)]
TOK = re.compile(r"https?://\S+?(?=[.,;)]?(?:\s|$))|arXiv:\d{4}\.\d{4,5}|\w+(?:[-'’]\w+)*|[^\w\s]")
ADP = {"di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "tanpa", "selama", "sebagai", "tentang", "oleh"}
CC = {"dan", "atau", "tetapi", "lalu"}
SC = {"bahwa", "agar", "yang"}
PRON = {"kami", "ini", "itu", "kita"}
DET = {"semua"}
AUX = {"adalah", "akan", "dapat", "menjadi"}
ADV = {"juga", "cukup", "secara", "perlahan", "ternyata", "tidak", "setelah", "terakhir", "lanjutannya"}
NUM = {"pertama", "tiga", "tujuh", "puluh", "lima"}


def upos(w, foreign):
    lw = w.lower()
    if foreign: return "X"
    if w.startswith("http") or w.startswith("arXiv:"): return "X"
    if re.fullmatch(r"[^\w\s]", w): return "PUNCT"
    if lw in ADP: return "ADP"
    if lw in CC: return "CCONJ"
    if lw in SC: return "SCONJ"
    if lw in PRON: return "PRON" if lw in ("kami", "kita") else "DET"
    if lw in DET: return "DET"
    if lw in AUX: return "AUX"
    if lw in ADV: return "ADV"
    if lw in NUM: return "NUM"
    if re.match(r"(me|ber|di|ter)[a-z]{3,}", lw) and lw not in ("diskusi", "distilasi", "diri", "daring"): return "VERB"
    if w[0].isupper() and w not in ("Makalah", "Untuk", "Semua", "Setelah", "Tulisan", "Gagasan", "Operasi", "Tautan", "Korpus", "Ada", "Pustaka", "Kursus", "Pertemuan", "Diskusi", "Pembelajaran", "Terakhir", "Lanjutannya"):
        return "PROPN"
    return "NOUN"


DEPREL = {"ADP": "case", "CCONJ": "cc", "SCONJ": "mark", "DET": "det", "AUX": "cop", "ADV": "advmod", "NUM": "nummod",
          "PROPN": "nmod", "NOUN": "nmod", "VERB": "xcomp", "PRON": "nsubj", "X": "dep", "PUNCT": "punct"}
out = ["# newdoc id = blog-swaawasan-2024-03", "# global.note = UD_Indonesian-WebSains draft, anotasi dangkal (belum diverifikasi)"]
prevpar = None
for i, (par, sent) in enumerate(S, 1):
    if par != prevpar:
        out.append(f"# newpar id = {par}"); prevpar = par
    out.append(f"# sent_id = swa-{i:03d}")
    out.append(f"# text = {sent}")
    spans = []
    for t in TITLES:
        j = sent.find(t)
        if j >= 0: spans.append((j, j + len(t)))
    toks = [(m.group(), m.start(), m.end()) for m in TOK.finditer(sent)]
    inspan = lambda s: next((sp for sp in spans if sp[0] <= s < sp[1]), None)
    tags = [upos(w, inspan(s) is not None and not re.fullmatch(r"[^\w\s]", w)) for w, s, e in toks]
    root = next((k for k, u in enumerate(tags) if u == "VERB"), None)
    if root is None: root = next(k for k, u in enumerate(tags) if u in ("NOUN", "PROPN", "X"))
    first_of = {}
    for k, (w, s, e) in enumerate(toks):
        sp = inspan(s)
        if sp and sp not in first_of: first_of[sp] = k
    for k, (w, s, e) in enumerate(toks):
        u, sp = tags[k], inspan(s)
        if k == root: head, rel = 0, "root"
        elif sp and first_of[sp] != k and u == "X": head, rel = first_of[sp] + 1, "flat:foreign"
        elif sp and first_of[sp] != k: head, rel = first_of[sp] + 1, "punct"
        elif sp: head, rel = root + 1, "obj" if k > root else "nsubj"
        else: head, rel = root + 1, DEPREL[u]
        feats = "Foreign=Yes" if (sp and u == "X") else "_"
        lemma = w if (u in ("X", "PROPN", "PUNCT")) else w.lower()
        misc = "SpaceAfter=No" if (e < len(sent) and sent[e] != " ") else "_"
        out.append("\t".join([str(k + 1), w, lemma, u, "_", feats, str(head), rel, "_", misc]))
    out.append("")
text = "\n".join(out) + "\n"
write_only(F714, text, keys(F714), forms=["\n".join(l[9:] for l in text.split("\n") if l.startswith("# text = "))])
