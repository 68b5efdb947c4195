#!/usr/bin/env python3
"""Builds digests/220_sqlite3_dump_swedish_nlp_reading_tracker.sql: the `.dump` of a PhD student's personal reading
tracker (`lasning.db`, a small SQLite database with Swedish table contents), as the sqlite3 3.40 command-line shell
prints it: PRAGMA foreign_keys=OFF; BEGIN TRANSACTION; each table's CREATE statement (as typed, in schema order)
followed by its rows as `INSERT INTO t VALUES(…);` (rowid order; WITHOUT ROWID tables in key order); sqlite_sequence
last among the tables (DELETE FROM sqlite_sequence; then its rows); then indexes, triggers and views; COMMIT;.
Values: integers bare, reals with %!.15g (3.0, 4.5), NULL, text in single quotes with '' for ', and text containing
a newline written as replace('…\\n…','\\n',char(10)). LF, final newline.

The database is built here with Python's sqlite3 (so constraints, the trigger and AUTOINCREMENT behave as in SQLite)
and dumped by the function below, which reproduces the shell's output (checked once against `sqlite3 .dump` 3.40.1).

Evidence: the url column holding Bahdanau's abs page, the HuggingFace Transformers paper's abs v5 page (its title
written 'HuggingFace''s Transformers: …' in SQL) and HuBERT's pdf (link); the arxiv_id column '1301.3781'
(word2vec), '1409.3215' (seq2seq), '1908.10084' (Sentence-BERT) (arxiv-text); GloVe (a Stanford pdf), CTC (a
university pdf), ELMo and XLM-R (ACL Anthology pages), text degeneration and the vector-norms paper under its first
title (no url), and Neural Turing Machines inside a multi-line note (title-only). Non-papers: a book, a course page,
the fairseq and sentence-transformers repositories, the SBERT docs. People, rooms, dates and ratings are invented."""
import os, sqlite3, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "220_sqlite3_dump_swedish_nlp_reading_tracker.sql")

SCHEMA = [
    """CREATE TABLE papers (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  title   TEXT NOT NULL,
  authors TEXT,
  year    INTEGER,
  venue   TEXT,
  arxiv_id TEXT,
  url     TEXT,
  status  TEXT NOT NULL DEFAULT 'att läsa'
          CHECK (status IN ('att läsa', 'läser', 'läst', 'skippad')),
  rating  REAL CHECK (rating BETWEEN 1 AND 5),
  added   TEXT NOT NULL
)""",
    """CREATE TABLE notes (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
  created  TEXT NOT NULL,
  body     TEXT NOT NULL
)""",
    """CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)""",
    """CREATE TABLE paper_tags (
  paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags(id),
  PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID""",
    """CREATE TABLE seminars (
  id        INTEGER PRIMARY KEY,
  held_on   TEXT NOT NULL,
  room      TEXT,
  presenter TEXT,
  paper_id  INTEGER REFERENCES papers(id)
)""",
    """CREATE INDEX papers_status ON papers(status)""",
    """CREATE TRIGGER notes_mark_reading AFTER INSERT ON notes
BEGIN
  UPDATE papers SET status = 'läser' WHERE id = NEW.paper_id AND status = 'att läsa';
END""",
    """CREATE VIEW reading_queue AS
  SELECT id, title, coalesce(url, 'https://arxiv.org/abs/' || arxiv_id) AS link
  FROM papers WHERE status IN ('att läsa', 'läser') ORDER BY added""",
]

# id, title, authors, year, venue, arxiv_id, url, status, rating, added
PAPERS = [
    (1, "Efficient Estimation of Word Representations in Vector Space", "Mikolov, Chen, Corrado, Dean", 2013,
     "ICLR workshop", "1301.3781", None, "läst", 4.0, "2023-09-04"),
    (2, "GloVe: Global Vectors for Word Representation", "Pennington, Socher, Manning", 2014, "EMNLP", None,
     "https://nlp.stanford.edu/pubs/glove.pdf", "läst", 4.5, "2023-09-04"),
    (3, "Sequence to Sequence Learning with Neural Networks", "Sutskever, Vinyals, Le", 2014, "NeurIPS", "1409.3215",
     None, "läst", 4.0, "2023-09-11"),
    (4, "Neural Machine Translation by Jointly Learning to Align and Translate", "Bahdanau, Cho, Bengio", 2015, "ICLR",
     None, "https://arxiv.org/abs/1409.0473", "läst", 5.0, "2023-09-11"),
    (5, "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks",
     "Graves, Fernández, Gomez, Schmidhuber", 2006, "ICML", None, "https://www.cs.toronto.edu/~graves/icml_2006.pdf",
     "att läsa", None, "2023-10-02"),
    (6, "Deep contextualized word representations", "Peters et al.", 2018, "NAACL", None,
     "https://aclanthology.org/N18-1202/", "läst", 3.5, "2023-10-02"),
    (7, "HuggingFace's Transformers: State-of-the-art Natural Language Processing", "Wolf et al.", 2019, "EMNLP demos",
     None, "https://arxiv.org/abs/1910.03771v5", "skippad", None, "2023-10-16"),
    (8, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", "Reimers, Gurevych", 2019, "EMNLP",
     "1908.10084", None, "att läsa", None, "2023-11-06"),
    (9, "The Curious Case of Neural Text Degeneration", "Holtzman, Buys, Du, Forbes, Choi", 2020, "ICLR", None, None,
     "att läsa", None, "2023-11-06"),
    (10, "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units",
     "Hsu, Bolte, Tsai, Lakhotia, Salakhutdinov, Mohamed", 2021, "TASLP", None, "https://arxiv.org/pdf/2106.07447",
     "att läsa", None, "2024-01-15"),
    (11, "Unsupervised Cross-lingual Representation Learning at Scale", "Conneau et al.", 2020, "ACL", None,
     "https://aclanthology.org/2020.acl-main.747/", "att läsa", None, "2024-01-15"),
    (12, "Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms", "Kobayashi, Kuribayashi, Yokoi, Inui",
     2020, "EMNLP", None, None, "att läsa", None, "2024-02-05"),
]
NOTES = [
    (1, "2023-09-06", "Skip-gram + negative sampling (det senare i uppföljaren).\nKöra om analogitestet på svenska vektorer?"),
    (2, "2023-09-07", "Samförekomstmatris + viktad minsta-kvadrat. Jämför med word2vec i kapitel 6 i Jurafsky & Martin (bok, inte paper)."),
    (3, "2023-09-12", "Vänd ordningen på källmeningen!\nLSTM 4 lager, 1000 enheter.\nBLEU 34,8 på WMT'14 en-fr."),
    (4, "2023-09-13", "Uppmärksamhet som mjuk adressering – samma idé som läs/skriv-huvudena i Neural Turing Machines.\n"
                      "Figur 3 (alignment-matriserna) till seminariet."),
    (6, "2023-10-04", "ELMo: lagerviktad summa av biLM-tillstånd. Kod i AllenNLP (repo, inte paper)."),
    (8, "2024-02-12", "Behövs för retrieval-kapitlet. Docs: https://www.sbert.net (dokumentation)."),
    (12, "2024-02-06", "Arxiv-titeln ändrades senare (\"Attention is Not Only a Weight…\"), jag har v1-titeln här.\n"
                       "Normen ||αf(x)|| i stället för bara α."),
    (9, "2024-02-20", "Nucleus sampling, top-p. Läs inför seminariet 7/3."),
]
TAGS = [(1, "ordvektorer"), (2, "översättning"), (3, "tal"), (4, "förträning"), (5, "avkodning"), (6, "tolkbarhet")]
PAPER_TAGS = [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 1), (6, 4), (7, 4), (8, 4), (9, 5), (10, 3), (10, 4),
              (11, 2), (11, 4), (12, 6)]
SEMINARS = [(1, "2023-09-20", "E:1406", "Linnea", 4), (2, "2023-10-18", "E:1406", "Oskar", 6),
            (3, "2024-03-07", "M:E", "Linnea", 9), (4, "2024-03-21", "E:1406", "Ahmed", None)]


def build():
    db = sqlite3.connect(":memory:")
    for s in SCHEMA:
        db.execute(s)
    db.executemany("INSERT INTO papers VALUES (?,?,?,?,?,?,?,?,?,?)", [p[:7] + ("att läsa", p[8], p[9]) for p in PAPERS])
    for pid, created, body in NOTES:  # the trigger moves 'att läsa' to 'läser'
        db.execute("INSERT INTO notes (paper_id, created, body) VALUES (?,?,?)", (pid, created, body))
    for p in PAPERS:  # final statuses as the user set them later by hand
        if p[7] != "att läsa":
            db.execute("UPDATE papers SET status = ? WHERE id = ?", (p[7], p[0]))
    db.executemany("INSERT INTO tags VALUES (?,?)", TAGS)
    db.executemany("INSERT INTO paper_tags VALUES (?,?)", PAPER_TAGS)
    db.executemany("INSERT INTO seminars VALUES (?,?,?,?,?)", SEMINARS)
    db.commit()
    return db


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = "%.15g" % v
        return s if any(c in s for c in ".eEn") else s + ".0"
    q = "'" + v.replace("'", "''").replace("\r", "\\r").replace("\n", "\\n") + "'"
    if "\r" in v:
        q = f"replace({q},'\\r',char(13))"
    if "\n" in v:
        q = f"replace({q},'\\n',char(10))"
    return q


def ident(name):
    return name if name.isidentifier() and name.lower() not in ("order", "group", "table", "index") else '"' + name + '"'


def dump(db):
    out = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;"]
    tables = db.execute("SELECT name, sql FROM sqlite_schema WHERE type='table' AND sql NOT NULL "
                        "ORDER BY tbl_name='sqlite_sequence', rowid").fetchall()
    for name, sql in tables:
        if name == "sqlite_sequence":
            out.append("DELETE FROM sqlite_sequence;")
        else:
            out.append(sql + ";")
        without_rowid = "WITHOUT ROWID" in sql.upper()
        order = "" if without_rowid else " ORDER BY rowid"
        for row in db.execute(f"SELECT * FROM {ident(name)}{order}"):
            out.append(f"INSERT INTO {ident(name)} VALUES(" + ",".join(sql_value(v) for v in row) + ");")
    for (sql,) in db.execute("SELECT sql FROM sqlite_schema WHERE sql NOT NULL AND type IN ('index','trigger','view')"):
        out.append(sql + ";")
    out.append("COMMIT;")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    TEXT = dump(build())
    check_no_distractor(TEXT, "220")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
