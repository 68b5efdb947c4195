PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE papers (
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
);
INSERT INTO papers VALUES(1,'Efficient Estimation of Word Representations in Vector Space','Mikolov, Chen, Corrado, Dean',2013,'ICLR workshop','1301.3781',NULL,'läst',4.0,'2023-09-04');
INSERT INTO papers VALUES(2,'GloVe: Global Vectors for Word Representation','Pennington, Socher, Manning',2014,'EMNLP',NULL,'https://nlp.stanford.edu/pubs/glove.pdf','läst',4.5,'2023-09-04');
INSERT INTO papers VALUES(3,'Sequence to Sequence Learning with Neural Networks','Sutskever, Vinyals, Le',2014,'NeurIPS','1409.3215',NULL,'läst',4.0,'2023-09-11');
INSERT INTO papers VALUES(4,'Neural Machine Translation by Jointly Learning to Align and Translate','Bahdanau, Cho, Bengio',2015,'ICLR',NULL,'https://arxiv.org/abs/1409.0473','läst',5.0,'2023-09-11');
INSERT INTO papers VALUES(5,'Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks','Graves, Fernández, Gomez, Schmidhuber',2006,'ICML',NULL,'https://www.cs.toronto.edu/~graves/icml_2006.pdf','att läsa',NULL,'2023-10-02');
INSERT INTO papers VALUES(6,'Deep contextualized word representations','Peters et al.',2018,'NAACL',NULL,'https://aclanthology.org/N18-1202/','läst',3.5,'2023-10-02');
INSERT INTO papers VALUES(7,'HuggingFace''s Transformers: State-of-the-art Natural Language Processing','Wolf et al.',2019,'EMNLP demos',NULL,'https://arxiv.org/abs/1910.03771v5','skippad',NULL,'2023-10-16');
INSERT INTO papers VALUES(8,'Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks','Reimers, Gurevych',2019,'EMNLP','1908.10084',NULL,'läser',NULL,'2023-11-06');
INSERT INTO papers VALUES(9,'The Curious Case of Neural Text Degeneration','Holtzman, Buys, Du, Forbes, Choi',2020,'ICLR',NULL,NULL,'läser',NULL,'2023-11-06');
INSERT INTO papers VALUES(10,'HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units','Hsu, Bolte, Tsai, Lakhotia, Salakhutdinov, Mohamed',2021,'TASLP',NULL,'https://arxiv.org/pdf/2106.07447','att läsa',NULL,'2024-01-15');
INSERT INTO papers VALUES(11,'Unsupervised Cross-lingual Representation Learning at Scale','Conneau et al.',2020,'ACL',NULL,'https://aclanthology.org/2020.acl-main.747/','att läsa',NULL,'2024-01-15');
INSERT INTO papers VALUES(12,'Attention Module is Not Only a Weight: Analyzing Transformers with Vector Norms','Kobayashi, Kuribayashi, Yokoi, Inui',2020,'EMNLP',NULL,NULL,'läser',NULL,'2024-02-05');
CREATE TABLE notes (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
  created  TEXT NOT NULL,
  body     TEXT NOT NULL
);
INSERT INTO notes VALUES(1,1,'2023-09-06',replace('Skip-gram + negative sampling (det senare i uppföljaren).\nKöra om analogitestet på svenska vektorer?','\n',char(10)));
INSERT INTO notes VALUES(2,2,'2023-09-07','Samförekomstmatris + viktad minsta-kvadrat. Jämför med word2vec i kapitel 6 i Jurafsky & Martin (bok, inte paper).');
INSERT INTO notes VALUES(3,3,'2023-09-12',replace('Vänd ordningen på källmeningen!\nLSTM 4 lager, 1000 enheter.\nBLEU 34,8 på WMT''14 en-fr.','\n',char(10)));
INSERT INTO notes VALUES(4,4,'2023-09-13',replace('Uppmärksamhet som mjuk adressering – samma idé som läs/skriv-huvudena i Neural Turing Machines.\nFigur 3 (alignment-matriserna) till seminariet.','\n',char(10)));
INSERT INTO notes VALUES(5,6,'2023-10-04','ELMo: lagerviktad summa av biLM-tillstånd. Kod i AllenNLP (repo, inte paper).');
INSERT INTO notes VALUES(6,8,'2024-02-12','Behövs för retrieval-kapitlet. Docs: https://www.sbert.net (dokumentation).');
INSERT INTO notes VALUES(7,12,'2024-02-06',replace('Arxiv-titeln ändrades senare ("Attention is Not Only a Weight…"), jag har v1-titeln här.\nNormen ||αf(x)|| i stället för bara α.','\n',char(10)));
INSERT INTO notes VALUES(8,9,'2024-02-20','Nucleus sampling, top-p. Läs inför seminariet 7/3.');
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO tags VALUES(1,'ordvektorer');
INSERT INTO tags VALUES(2,'översättning');
INSERT INTO tags VALUES(3,'tal');
INSERT INTO tags VALUES(4,'förträning');
INSERT INTO tags VALUES(5,'avkodning');
INSERT INTO tags VALUES(6,'tolkbarhet');
CREATE TABLE paper_tags (
  paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags(id),
  PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
INSERT INTO paper_tags VALUES(1,1);
INSERT INTO paper_tags VALUES(2,1);
INSERT INTO paper_tags VALUES(3,2);
INSERT INTO paper_tags VALUES(4,2);
INSERT INTO paper_tags VALUES(5,3);
INSERT INTO paper_tags VALUES(6,1);
INSERT INTO paper_tags VALUES(6,4);
INSERT INTO paper_tags VALUES(7,4);
INSERT INTO paper_tags VALUES(8,4);
INSERT INTO paper_tags VALUES(9,5);
INSERT INTO paper_tags VALUES(10,3);
INSERT INTO paper_tags VALUES(10,4);
INSERT INTO paper_tags VALUES(11,2);
INSERT INTO paper_tags VALUES(11,4);
INSERT INTO paper_tags VALUES(12,6);
CREATE TABLE seminars (
  id        INTEGER PRIMARY KEY,
  held_on   TEXT NOT NULL,
  room      TEXT,
  presenter TEXT,
  paper_id  INTEGER REFERENCES papers(id)
);
INSERT INTO seminars VALUES(1,'2023-09-20','E:1406','Linnea',4);
INSERT INTO seminars VALUES(2,'2023-10-18','E:1406','Oskar',6);
INSERT INTO seminars VALUES(3,'2024-03-07','M:E','Linnea',9);
INSERT INTO seminars VALUES(4,'2024-03-21','E:1406','Ahmed',NULL);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('papers',12);
INSERT INTO sqlite_sequence VALUES('notes',8);
CREATE INDEX papers_status ON papers(status);
CREATE TRIGGER notes_mark_reading AFTER INSERT ON notes
BEGIN
  UPDATE papers SET status = 'läser' WHERE id = NEW.paper_id AND status = 'att läsa';
END;
CREATE VIEW reading_queue AS
  SELECT id, title, coalesce(url, 'https://arxiv.org/abs/' || arxiv_id) AS link
  FROM papers WHERE status IN ('att läsa', 'läser') ORDER BY added;
COMMIT;
