#!/usr/bin/env python3
"""969: a French team's literature database in FileMaker Pro, exported with « Exporter les enregistrements… » as XML in
the FMPXMLRESULT grammar (no XSLT): the XML declaration on its own line, then the whole document on one line —
ERRORCODE, PRODUCT, DATABASE (date / time formats of a French system, the file's total RECORDS), METADATA with one
FIELD per exported field (TYPE TEXT / NUMBER / DATE / TIMESTAMP, the repeating field « Mots_cles » with MAXREPEAT 3),
RESULTSET FOUND = the rows of the found set, ROW MODID / RECORDID, one COL per field with one DATA per repetition
(empty ones written as `<DATA></DATA>`), returns inside a field as `&#13;`, XML escapes for & < >. The found set is
the « TAL — classiques » theme: eight papers, the Jurafsky–Martin book and the CS224N course are not papers."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE, LSTM, BACKPROP, GLOROT

F = by_num(969)
K = dict(electra="2003.10555", sbert="1908.10084", ntm="1410.5401", bahdanau="1409.0473", glove=GLOVE, lstm=LSTM,
         backprop=BACKPROP, glorot=GLOROT)
FIELDS = [("Titre", "TEXT", 1), ("Auteurs", "TEXT", 1), ("Annee", "NUMBER", 1), ("Lien", "TEXT", 1), ("arXiv", "TEXT", 1),
          ("Theme", "TEXT", 1), ("Mots_cles", "TEXT", 3), ("Lu", "TEXT", 1), ("Note", "NUMBER", 1), ("Commentaire", "TEXT", 1),
          ("Ajoute_le", "DATE", 1), ("Ajoute_par", "TEXT", 1), ("Modifie_le", "TIMESTAMP", 1)]
TH = "TAL — classiques"
ROWS = [
    (3, 41, [T(K["bahdanau"]), "Bahdanau, Cho, Bengio", 2014, "", "1409.0473", TH, ["attention", "traduction", ""], "Oui", 5,
             "L’article de l’attention « additive ». À relire avant la séance sur les Transformers.\rFigure 3 (alignements) à projeter.",
             "04/10/2022", "Claire Dubois", "12/03/2024 09:41:07"]),
    (1, 57, [T(K["lstm"]), "Hochreiter, Schmidhuber", 1997, "", "", TH, ["RNN", "mémoire", ""], "Oui", 5,
             "Neural Computation 9(8). Pas sur arXiv : tirage papier dans le classeur bleu (bureau B-214).",
             "04/10/2022", "Claire Dubois", "04/10/2022 16:20:55"]),
    (2, 58, [T(K["backprop"]), "Rumelhart, Hinton, Williams", 1986, "", "", TH, ["histoire", "optimisation", ""], "Oui", 4,
             "Nature, 4 pages. Lecture obligatoire pour les M2 ; Thomas fait le résumé en 10 min.",
             "04/10/2022", "Claire Dubois", "05/03/2024 11:02:18"]),
    (4, 63, [T(K["glove"]), "Pennington, Socher, Manning", 2014, "https://nlp.stanford.edu/projects/glove/", "", TH,
             ["plongements", "mots", "co-occurrences"], "Oui", 4,
             "EMNLP 2014. Le lien pointe vers la page du projet (vecteurs pré-entraînés), pas vers l’article.",
             "11/10/2022", "Thomas Lefèvre", "11/10/2022 10:05:44"]),
    (2, 88, [T(K["glorot"]), "Glorot, Bengio", 2010, "", "", TH, ["initialisation", "optimisation", ""], "Non", "",
             "AISTATS 2010 — « l’initialisation de Xavier ». Inès le présente le 26/03.\rChercher le PDF sur le site de PMLR.",
             "17/01/2023", "Inès Moreau", "08/03/2024 17:30:02"]),
    (5, 142, [T(K["electra"]), "Clark, Luong, Le, Manning", 2020, "https://arxiv.org/abs/2003.10555", "", TH,
              ["pré-entraînement", "discriminateur", "efficacité"], "Oui", 5,
              "Replaced token detection : bien plus économe que le MLM de BERT. Julien a un checkpoint « small » fr sur le cluster.",
              "02/06/2023", "Julien Garnier", "07/03/2024 14:12:36"]),
    (3, 171, [T(K["sbert"]), "Reimers, Gurevych", 2019, "https://arxiv.org/pdf/1908.10084.pdf", "", TH,
              ["phrases", "similarité", "siamois"], "Oui", 4,
              "Base de notre moteur de recherche de jurisprudence (sentence-transformers).", "19/09/2023", "Inès Moreau",
              "19/09/2023 09:58:10"]),
    (1, 205, [T(K["ntm"]), "Graves, Wayne, Danihelka", 2014, "https://arxiv.org/abs/1410.5401v2", "", TH,
              ["mémoire", "attention", ""], "Non", "",
              "Proposé par Thomas pour faire le lien RNN → mémoire externe. Prévu pour avril.", "29/02/2024", "Thomas Lefèvre",
              "29/02/2024 18:44:51"]),
    (2, 97, ["Speech and Language Processing (3e éd., brouillon en ligne)", "Jurafsky, Martin", 2024,
             "https://web.stanford.edu/~jurafsky/slp3/", "", TH, ["manuel", "", ""], "Oui", "",
             "Livre, pas un article : chapitres 6 (vecteurs) et 9 (RNN & LSTM) pour les stagiaires.", "03/11/2022",
             "Claire Dubois", "01/03/2024 08:15:29"]),
    (1, 230, ["Cours CS224N (Stanford) — vidéos 2023", "Manning et al.", 2023, "https://www.youtube.com/playlist?list=PL9vTTBa7QaQOoMfpP3ztvgyQkPWDPfJez", "",
              TH, ["cours", "vidéo", ""], "Non", "", "Cours en ligne, pas un article. Séances 2 et 7 utiles.", "06/03/2024",
              "Julien Garnier", "06/03/2024 13:27:03"]),
]


def data(v):
    s = "" if v == "" else str(v)
    if not s.startswith("http"):  # French typography as typed on a Mac: a narrow no-break space before ; ? ! and a no-break space before :
        s = s.replace(" :", "\u00a0:").replace(" ;", "\u202f;").replace(" ?", "\u202f?").replace(" !", "\u202f!")
    return "<DATA>" + escape(s).replace("\r", "&#13;") + "</DATA>"


doc = ['<FMPXMLRESULT xmlns="http://www.filemaker.com/fmpxmlresult"><ERRORCODE>0</ERRORCODE>',
       '<PRODUCT BUILD="01-23-2024" NAME="FileMaker" VERSION="ProAdvanced 19.6.3"/>',
       '<DATABASE DATEFORMAT="dd/MM/yyyy" LAYOUT="Liste" NAME="Biblio_Equipe.fmp12" RECORDS="312" TIMEFORMAT="HH:mm:ss"/>',
       "<METADATA>"]
doc += [f'<FIELD EMPTYOK="YES" MAXREPEAT="{r}" NAME="{n}" TYPE="{t}"/>' for n, t, r in FIELDS]
doc += [f'</METADATA><RESULTSET FOUND="{len(ROWS)}">']
for modid, rid, vals in ROWS:
    doc.append(f'<ROW MODID="{modid}" RECORDID="{rid}">')
    for (n, t, r), v in zip(FIELDS, vals):
        doc.append("<COL>" + ("".join(data(x) for x in v) if r > 1 else data(v)) + "</COL>")
    doc.append("</ROW>")
doc.append("</RESULTSET></FMPXMLRESULT>")
text = '<?xml version="1.0" encoding="UTF-8" ?>\n' + "".join(doc) + "\n"
write_only(F, text, keys(F))
