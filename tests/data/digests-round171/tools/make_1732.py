#!/usr/bin/env python3
"""1732: a Romanian PhD student's MindForger outline (a Markdown file in her MindForger repository,
`memory/pre-antrenare-nlp.md`): the outline heading and each note heading carry MindForger's `<!-- Metadata: ... -->`
comment (type, tags, created, reads, read, revision, modified; importance, urgency and progress on the outline).
Computed from the modelled notes: the outline's modified/read time is its latest note's, reads >= revisions."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1732)
A = "https://arxiv.org/"
# (title, created, modified, read, revision, reads, body lines)
NOTES = [
 ("Plan", "2024-01-15 10:04:37", "2024-03-18 22:41:09", "2024-03-20 21:13:45", 9, 31, [
   "Capitolul 2 din teză: de la vectori de cuvinte la modele pre-antrenate mari.",
   "",
   "- [x] reprezentări statice și contextuale",
   "- [x] modele encoder-decoder",
   "- [ ] obiective alternative la MLM (ELECTRA, Electric etc.)",
   "- [ ] analiza atenției",
   "",
   "Alte materiale: cursul CS224N (prelegerile 9–10), postarea „The Illustrated Transformer” a lui Jay Alammar, documentația bibliotecii transformers.",
 ]),
 (T("1301.3781"), "2024-01-15 10:11:02", "2024-01-16 09:30:54", "2024-02-02 14:05:17", 2, 6, [
   f"[{T('1301.3781')}]({A}abs/1301.3781v3)",
   "",
   "CBOW și skip-gram; punctul de plecare pentru secțiunea 2.1.",
 ]),
 (T("1802.05365"), "2024-01-17 18:22:40", "2024-01-19 11:02:13", "2024-02-02 14:06:01", 3, 8, [
   "ELMo, NAACL 2018 (arXiv:1802.05365).",
   "",
   "Reprezentări contextuale din LSTM bidirecțional; de comparat cu BERT în tabelul 2.3.",
 ]),
 (T("1910.13461"), "2024-01-29 09:47:15", "2024-02-05 16:18:22", "2024-03-11 10:40:03", 4, 11, [
   f"[{T('1910.13461')}]({A}abs/1910.13461)",
   "",
   "Auto-encoder cu zgomot: mascare de segmente, permutare de propoziții. Bun pentru rezumare.",
 ]),
 (T("1910.10683"), "2024-01-29 09:52:31", "2024-02-07 20:55:48", "2024-03-11 10:41:26", 5, 14, [
   f"[T5 – {T('1910.10683')}]({A}pdf/1910.10683v4)",
   "",
   "Totul ca text-la-text; C4. Tabelul 14 pentru comparația obiectivelor.",
 ]),
 (T("2012.08561"), "2024-02-26 11:05:09", "2024-03-18 22:41:09", "2024-03-18 22:41:09", 2, 4, [
   f"[{T('2012.08561')}]({A}abs/2012.08561)",
   "",
   "Electric: model bazat pe energie, legat de ELECTRA; încă necitit complet.",
 ]),
 ("De citit", "2024-02-26 11:12:44", "2024-03-14 08:19:30", "2024-03-20 21:13:45", 3, 7, [
   f"- {T('2010.06040')} – recomandat de dr. Popescu, EMNLP",
   f"- {T('2004.10102')} – EMNLP 2020, pentru secțiunea despre atenție",
   f"- {T('1910.03771')} – de citat pentru bibliotecă (EMNLP Demos 2020)",
 ]),
]


def meta(kind, cr, mo, rd, rev, reads, extra=""):
    return f"<!-- Metadata: type: {kind}; {extra}created: {cr}; reads: {reads}; read: {rd}; revision: {rev}; modified: {mo}; -->"


def build():
    mo = max(n[2] for n in NOTES); rd = max(n[3] for n in NOTES)
    L = ["# Pre-antrenare în NLP – note de lectură " + meta("Outline", "2024-01-15 10:02:11", mo, rd, 22, 37, "tags: teza,nlp; ")
         .replace(" -->", " importance: 4/5; urgency: 3/5; progress: 60%; -->"), "",
         "Note pentru capitolul 2. Linkurile duc la arXiv acolo unde există.", ""]
    for title, cr, m, r, rev, reads, body in NOTES:
        L += [f"## {title} " + meta("Note", cr, m, r, rev, reads), ""] + body + [""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
