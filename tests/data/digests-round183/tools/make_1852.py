#!/usr/bin/env python3
"""1852: an Italian PhD student's TeXworks script (`~/.TeXworks/scripts/Tesi/inserisci-citazione.js`, QtScript): the
header block TeXworks reads (`// TeXworksScript`, Title, Description, Author, Version, Date, Script-Type, Context,
Shortcut), then ES5 code: an `articoli` array of objects (chiave, titolo, anno, tipo, url, nota), a list built for
`TW.getItem`, and `TW.target.insertText` of `\\cite{…}` for the chosen item, with `TW.information` when it has no link.
Papers are `titolo` values with links in `url` (OpenReview forum, arXiv `/abs/`, `…v1`, `/pdf/`), entries with an
empty url (title-only; PDF in Zotero) and one arXiv id in a `nota`. Non-papers: software, a book, a course. LF, a
final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1852)
# (chiave, titolo, anno, tipo, url, nota)
ART = [
 ("sennrich2016bpe", T("1508.07909"), 2016, "articolo", "https://arxiv.org/abs/1508.07909", "ACL 2016; cap. 2, tokenizzazione"),
 ("reimers2019sbert", T("1908.10084"), 2019, "articolo", "https://arxiv.org/abs/1908.10084v1", "EMNLP 2019; baseline del cap. 4"),
 ("wolf2020transformers", T("1910.03771"), 2020, "articolo", "", "EMNLP 2020 (demo); citare per la libreria, PDF in Zotero"),
 ("child2019sparse", T("1904.10509"), 2019, "articolo", "", "arXiv 1904.10509, mai pubblicato altrove: citare come preprint"),
 ("beltagy2020longformer", T("2004.05150"), 2020, "articolo", "https://arxiv.org/pdf/2004.05150", "attenzione a finestra, cap. 3"),
 ("clark2020electric", T("2012.08561"), 2020, "articolo", "", "EMNLP 2020; PDF in Zotero, collezione «Tesi/cap3»"),
 ("qian2021glat", T("2008.07905"), 2021, "articolo", f"https://openreview.net/forum?id={OR('2008.07905')}", "traduzione non autoregressiva, ACL 2021"),
 ("zheng2020fullyexplored", T("2010.06040"), 2020, "articolo", "", "MLM con mascheramento «esplorato»; chiedere a Davide il PDF"),
 ("kudo2018sentencepiece-sw", "sentencepiece (software, repository GitHub)", 2018, "software", "https://github.com/google/sentencepiece", "citare la versione usata: 0.1.99"),
 ("jurafsky2024slp3", "Speech and Language Processing, 3a ed. (bozza)", 2024, "libro", "https://web.stanford.edu/~jurafsky/slp3/", "capitoli 2 e 10"),
 ("cs224n", "CS224N: Natural Language Processing with Deep Learning (corso)", 2024, "corso", "https://web.stanford.edu/class/cs224n/", "non citare in tesi, solo per ripasso"),
]


def q(s):
    assert '"' not in s and "\\" not in s
    return '"' + s + '"'


def build():
    L = ["// TeXworksScript",
         "// Title: Inserisci citazione (lista del gruppo di lettura)",
         "// Description: Sceglie una voce dalla lista del gruppo di lettura NLP e inserisce \\cite{chiave} nel documento",
         "// Author: Chiara Bellini",
         "// Version: 0.4",
         "// Date: 2024-03-18",
         "// Script-Type: standalone",
         "// Context: TeXDocument",
         "// Shortcut: Ctrl+Alt+C",
         "",
         "// Le chiavi sono quelle del file tesi.bib (esportato da Zotero con Better BibTeX).",
         "// Se una voce non ha url, il PDF è solo in Zotero: lo script lo ricorda con un avviso.",
         "// Aggiornata dopo l'incontro del 14 marzo (aula Seminari, secondo piano).",
         "",
         "var articoli = ["]
    for i, (k, t, y, tipo, url, nota) in enumerate(ART):
        L.append(f"  {{ chiave: {q(k)}, titolo: {q(t)}, anno: {y}, tipo: {q(tipo)},")
        L.append(f"    url: {q(url)}, nota: {q(nota)} }}" + ("," if i < len(ART) - 1 else ""))
    L += ["];",
          "",
          "var voci = [];",
          "for (var i = 0; i < articoli.length; i++) {",
          "  voci.push(articoli[i].titolo + \" (\" + articoli[i].anno + \")\");",
          "}",
          "",
          "var scelta = TW.getItem(null, \"Gruppo di lettura\", \"Voce da citare:\", voci, 0, false);",
          "if (scelta != undefined) {",
          "  var a = articoli[voci.indexOf(scelta)];",
          "  if (a.tipo == \"corso\") {",
          "    TW.warning(null, \"Gruppo di lettura\", \"Questa voce è un corso: non va in bibliografia.\");",
          "  } else {",
          "    TW.target.insertText(\"\\\\cite{\" + a.chiave + \"}\");",
          "    if (a.url == \"\") {",
          "      TW.information(null, \"Gruppo di lettura\", \"Nessun link: il PDF è in Zotero.\\n\" + a.nota);",
          "    }",
          "  }",
          "}",
          "TW.result = scelta;",
          "undefined;"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
