#!/usr/bin/env python3
"""432: a psql session (German messages) on the reading-group database of a German NLP group, copied from the
terminal: the connection banner, queries with their aligned result tables as psql prints them (header centred,
text left-aligned, numbers right-aligned, "-+-" rule, "(N Zeilen)"), a \\x expanded record ("-[ DATENSATZ 1 ]-"),
an UPDATE with its command tag, \\q. Papers: rows with the title and a bare arXiv id in the arxiv_id column
(arxiv-text), rows whose url column holds an arxiv.org abs URL or an OpenReview forum URL (link), rows with the title
and only a venue (title-only; GloVe's paper is not on arXiv). Not papers: the textbook row (typ 'buch'), the
software row (typ 'software'), the session table's short names (BERT, GloVe, GLAT…), the people presenting."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F432, keys, GLOVE


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(cols, rows, num=()):
    """psql's aligned format: centred headers, numbers right-aligned, last column not padded"""
    W = [max([w(c)] + [w(str(r[i])) for r in rows]) for i, c in enumerate(cols)]
    def cell(i, s, head=False):
        s = str(s); pad = W[i] - w(s)
        if head: l = pad // 2; s = " " * l + s + " " * (pad - l)
        elif i in num: s = " " * pad + s
        else: s = s + " " * pad
        return s
    def line(cells):
        return (" " + " | ".join(cells)).rstrip() if False else " " + " | ".join(cells)
    out = [" " + " | ".join(cell(i, c, True) for i, c in enumerate(cols))]
    out[0] = out[0].rstrip()
    out.append("-+-".join("-" * W[i] for i in range(len(cols))).join(["-", "-"]))
    for r in rows:
        l = " " + " | ".join(cell(i, v) for i, v in enumerate(r))
        out.append(l.rstrip())
    n = len(rows)
    out.append(f"({n} {'Zeile' if n == 1 else 'Zeilen'})")
    return "\n".join(out) + "\n"


P = [  # id, typ, titel, arxiv_id, venue, jahr
 (3, "artikel", T("1301.3781"), "1301.3781", "ICLR Workshop", 2013),
 (4, "artikel", T(GLOVE), "", "EMNLP", 2014),
 (7, "artikel", T("1508.07909"), "", "ACL", 2016),
 (9, "artikel", T("1802.05365"), "", "NAACL", 2018),
 (11, "artikel", T("1810.04805"), "1810.04805", "NAACL", 2019),
 (12, "artikel", T("1907.11692"), "1907.11692", "", 2019),
 (13, "artikel", T("1908.10084"), "", "EMNLP-IJCNLP", 2019),
 (14, "buch", "Speech and Language Processing (3. Aufl., Entwurf)", "", "", 2024),
 (15, "artikel", T("1910.03771"), "", "EMNLP (Demos)", 2020),
 (16, "artikel", T("2002.08909"), "2002.08909", "ICML", 2020),
 (17, "artikel", T("2008.07905"), "", "ACL", 2021),
 (18, "artikel", T("2010.06040"), "", "ICLR-Einreichung", 2021),
 (19, "artikel", T("2010.00904"), "", "ICLR", 2021),
 (21, "software", "spaCy 3 (Doku + Kursmaterial)", "", "", 2023),
]
q1 = table(["id", "typ", "titel", "arxiv_id", "venue", "jahr"], P, num=(0, 5))
U = [(15, T("1910.03771"), "https://arxiv.org/abs/1910.03771"),
     (19, T("2010.00904"), "https://arxiv.org/abs/2010.00904v3"),
     (21, "spaCy 3 (Doku + Kursmaterial)", "https://spacy.io/usage")]
q2 = table(["id", "titel", "url"], U, num=(0,))
S = [("2024-04-11", "word2vec + GloVe", "Tobias Brandt"), ("2024-04-18", "BPE", "Lena Hofmann"),
     ("2024-04-25", "ELMo", "Jonas Weidner"), ("2024-05-02", "BERT + RoBERTa", "Miriam Okonkwo-Schulz"),
     ("2024-05-16", "SBERT", "Tobias Brandt"), ("2024-05-23", "REALM + GENRE", "Lena Hofmann"),
     ("2024-06-06", "GLAT", "Jonas Weidner"), ("2024-06-13", "HF Transformers (Paper + Bibliothek)", "Miriam Okonkwo-Schulz")]
q3 = table(["datum", "kurz", "vortragende"], S)
rec = [("id", "17"), ("typ", "artikel"), ("titel", T("2008.07905")), ("arxiv_id", ""), ("venue", "ACL"), ("jahr", "2021"),
       ("url", "https://openreview.net/forum?id=ZaYZfu8pT_N"),
       ("notiz", "OpenReview-Fassung (ICLR-Einreichung) hat den längeren Anhang; im Vortrag Abb. 2 nehmen"),
       ("angelegt", "2024-03-02 14:11:08.51321+01")]
kw = max(len(k) for k, _ in rec); vw = max(w(v) for _, v in rec)
_line = "-" * (kw + 1) + "+" + "-" * (vw + 1)  # psql writes the record label over the rule (it hides the "+" here)
rule = "-[ DATENSATZ 1 ]" + _line[len("-[ DATENSATZ 1 ]"):]
xrec = rule + "\n" + "".join((f"{k:<{kw}} | {v}").rstrip() + "\n" for k, v in rec)

text = f"""mwagner@ling-ws07:~$ psql -h db.ling.example.de -U mwagner lesekreis
Passwort für Benutzer mwagner:
psql (16.2 (Ubuntu 16.2-1.pgdg22.04+1))
SSL-Verbindung (Protokoll: TLSv1.3, Verschlüsselungsmethode: TLS_AES_256_GCM_SHA384, Komprimierung: aus)
Geben Sie »help« für Hilfe ein.

lesekreis=> SELECT id, typ, titel, arxiv_id, venue, jahr FROM papiere WHERE thema = 'nlp-grundlagen' ORDER BY jahr, id;
{q1}
lesekreis=> SELECT id, titel, url FROM papiere WHERE thema = 'nlp-grundlagen' AND url NOT LIKE '%openreview%' ORDER BY id;
{q2}
lesekreis=> SELECT s.datum, s.kurz, s.vortragende FROM sitzungen s WHERE s.semester = 'SoSe24' ORDER BY s.datum;
{q3}
lesekreis=> \\x
Erweiterte Anzeige ist an.
lesekreis=> SELECT * FROM papiere WHERE id = 17;
{xrec}
lesekreis=> UPDATE papiere SET arxiv_id = NULL WHERE id = 18 AND arxiv_id = '';
UPDATE 0
lesekreis=> \\q
mwagner@ling-ws07:~$
"""
write_only(F432, text, keys(F432))
