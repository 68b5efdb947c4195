#!/usr/bin/env python3
"""1488: a J (jconsole) session in Turkish: a student of an NLP reading group keeps the list as J nouns. Three-space
indented input, `0 : 0` noun definitions (typed lines unindented, closed by `)`), `<;._2` cutting on LF, `#`, `$ >`
(the padded byte matrix), a boxed 11x3 table (week, title, link or note) drawn with J's box-drawing characters, a
search with `E.`, an `fwrite` (its byte count) and `exit 0`. Every answer is computed from the modelled nouns: box widths
in characters (J pads UTF-8 text by glyphs), `$ >` in bytes. Not papers: the Hugging Face tokenizers repository, the
spaCy docs, a recorded lecture. Nicknames: BPE, SBERT, ELMo, word2vec — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1488, keys

ROWS = [  # week, title, link or note
    (1, T("1301.3781"), "arXiv:1301.3781 (yalnızca kimlik, bağlantıyı Emre ekleyecek)"),
    (1, T("1802.05365"), "bağlantı yok — NAACL 2018"),
    (2, T("1508.07909"), "https://arxiv.org/abs/1508.07909"),
    (2, "Hugging Face tokenizers (kütüphane, makale değil)", "https://github.com/huggingface/tokenizers"),
    (3, T("1910.13461"), "https://arxiv.org/abs/1910.13461"),
    (3, T("2012.08561"), "bağlantı yok, EMNLP 2020"),
    (4, T("1908.10084"), "https://arxiv.org/pdf/1908.10084.pdf"),
    (4, "spaCy belgeleri: vektörler ve benzerlik", "https://spacy.io/usage/linguistic-features#vectors-similarity"),
    (5, T("2004.10102"), "https://arxiv.org/abs/2004.10102"),
    (5, T("2011.03459"), "bağlantı yok (bilgi çizgeleri, seçmeli)"),
    (6, "Ders kaydı: dikkat mekanizması (Zeynep Hoca)", "https://www.youtube.com/watch?v=tR8vKq2mWc4"),
]


def box_table(cells):
    """J's display of a boxed matrix: rows of boxes, each column as wide as its widest item (characters)"""
    ncol = len(cells[0])
    w = [max(len(r[c]) for r in cells) for c in range(ncol)]
    top = "┌" + "┬".join("─" * x for x in w) + "┐"
    mid = "├" + "┼".join("─" * x for x in w) + "┤"
    bot = "└" + "┴".join("─" * x for x in w) + "┘"
    out = [top]
    for i, r in enumerate(cells):
        out.append("│" + "│".join(r[c].ljust(w[c]) for c in range(ncol)) + "│")
        out.append(mid if i < len(cells) - 1 else bot)
    return out


I = "   "
titles = [r[1] for r in ROWS]
links = [r[2] for r in ROWS]
weeks = [r[0] for r in ROWS]
s = []
s.append("leyla@nlp-grup:~/okuma$ jconsole")
s.append(I + "NB. NLP okuma grubu, bahar 2024 — liste Leyla'da, her hafta iki makale")
s.append(I + "basliklar =: <;._2 (0 : 0)")
s += titles + [")"]
s.append(I + "baglantilar =: <;._2 (0 : 0)")
s += links + [")"]
s.append(I + "hafta =: " + " ".join(map(str, weeks)))
s.append(I + "# basliklar")
s.append(str(len(titles)))
s.append(I + "# baglantilar")
s.append(str(len(links)))
s.append(I + "$ > basliklar")
s.append(f"{len(titles)} {max(len(t.encode('utf-8')) for t in titles)}")
s.append(I + "(<\"0 hafta) ,. basliklar ,. baglantilar")
s += box_table([[str(w), t, l] for w, t, l in ROWS])
s.append(I + "NB. içinde BERT geçen başlıklar")
s.append(I + "(+./@('BERT'&E.)&> basliklar) # basliklar")
hits = [t for t in titles if "BERT" in t]
w_ = [len(t) for t in hits]
s += ["┌" + "┬".join("─" * x for x in w_) + "┐", "│" + "│".join(hits) + "│", "└" + "┴".join("─" * x for x in w_) + "┘"]
s.append(I + "NB. bağlantısı olmayanlar")
s.append(I + "(+./@('bağlantı yok'&E.)&> baglantilar) # basliklar")
nol = [t for t, l in zip(titles, links) if "bağlantı yok" in l]
w_ = [len(t) for t in nol]
s += ["┌" + "┬".join("─" * x for x in w_) + "┐", "│" + "│".join(nol) + "│", "└" + "┴".join("─" * x for x in w_) + "┘"]
s.append(I + "(; (,&LF)&.> basliklar) fwrite '~temp/okuma-listesi.txt'")
s.append(str(sum(len(t.encode("utf-8")) + 1 for t in titles)))
s.append(I + "exit 0")
s.append("leyla@nlp-grup:~/okuma$ ")
write_only(F1488, "\n".join(s) + "\n", keys(F1488))
