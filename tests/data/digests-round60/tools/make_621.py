#!/usr/bin/env python3
"""621: `papis export --all --format yaml` of a small papis library: PyYAML's dump_all(allow_unicode=True) as papis
calls it — the first document implicit, every further one after "---"; keys sorted; block sequences not indented
under their key ("- family: …"); strings that would resolve to another type ('2019', '1.5') or hold ": " / " #"
single-quoted ('' for '); long scalars folded at the first single space past column 80, continuation lines
indented two spaces. Dutch custom keys (opmerking, leesgroep) added with `papis edit`; books, a dataset, software and
a blog post sit in the same library. Topic: representation learning (contrastive, speech, sentence, word vectors)."""
import hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F621, keys, GLOVE, BACKPROP

WIDTH = 80
INT = re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")
FLOAT = re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
BOOL = {"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"}
NULL = {"", "~", "null", "Null", "NULL"}
TS = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+).*)?$")


def plain_ok(s):
    if s in NULL or s in BOOL or INT.match(s) or FLOAT.match(s) or TS.match(s): return False
    if s[0] in ",[]{}#&*!|>'\"%@`" or s[0] in "-?:" and (len(s) == 1 or s[1] == " "): return False
    if ": " in s or " #" in s or s.endswith(":") or s != s.strip(): return False
    return True


def scalar(prefix, s, indent):
    """`prefix` + the scalar, folded as PyYAML's write_plain / write_single_quoted fold it"""
    if isinstance(s, int): return prefix + str(s)
    q = not plain_ok(s)
    words = (s.replace("'", "''") if q else s).split(" ")
    out, col = prefix + ("'" if q else ""), len(prefix) + (1 if q else 0)
    for i, w in enumerate(words):
        if i:
            if col > WIDTH and w:
                out += "\n" + " " * indent; col = indent
            else:
                out += " "; col += 1
        out += w; col += len(w)
    return out + ("'" if q else "")


def emit(doc):
    lines = []
    for k in sorted(doc):
        v = doc[k]
        if isinstance(v, list) and not v:
            lines.append(f"{k}: []")
        elif isinstance(v, list):
            lines.append(f"{k}:")
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for k2 in sorted(item):
                        lines.append(scalar(("- " if first else "  ") + f"{k2}: ", item[k2], 4)); first = False
                else:
                    lines.append(scalar("- ", item, 2))
        else:
            lines.append(scalar(f"{k}: ", v, 2))
    return "\n".join(lines) + "\n"


def pid(ref):
    return hashlib.md5(("papis-" + ref).encode()).hexdigest()


def paper(key, ref, typ, venue_key, venue, year, added, tags, note, url=None, extra=None):
    e = CAT[key_of(key)]
    al = []
    for n in e["authors"]:
        parts = n.split()
        al.append({"family": parts[-1], "given": " ".join(parts[:-1])})
    d = {"author": " and ".join(f"{a['family']}, {a['given']}" for a in al), "author_list": al, "title": e["title"],
         "type": typ, venue_key: venue, "year": year, "ref": ref, "papis_id": pid(ref), "time-added": added,
         "tags": tags, "files": [ref + ".pdf"], "opmerking": note}
    if url: d["url"] = url
    d.update(extra or {})
    return d


docs = [
 paper("1911.05722", "he2020momentum", "inproceedings", "booktitle",
       "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2020,
       "2024-01-15-10:02:44", ["leesgroep", "contrastief", "vision"],
       "Sessie 1. Queue van negatieven + momentum-encoder; vergelijk met de memory bank. Let op: v2 van de preprint heeft andere ImageNet-cijfers dan de CVPR-versie.",
       url="https://arxiv.org/abs/1911.05722", extra={"pages": "9729--9738"}),
 paper("2004.11362", "khosla2020supervised", "inproceedings", "booktitle",
       "Advances in Neural Information Processing Systems", 2020, "2024-01-15-10:06:19",
       ["leesgroep", "contrastief"],
       "Sessie 2. Labels gebruiken om positieven te kiezen; de verliesfunctie L^sup_out vs L^sup_in (tabel 1) is een goede discussievraag.",
       url="https://arxiv.org/abs/2004.11362", extra={"volume": "33"}),
 paper("2011.04419", "verma2021towards", "inproceedings", "booktitle",
       "Proceedings of the 38th International Conference on Machine Learning", 2021, "2024-01-22-16:41:03",
       ["leesgroep", "contrastief", "augmentatie"],
       "Sessie 3. Mixup als domeinonafhankelijke augmentatie (DACL); relevant voor onze tabulaire data van het waterschap.",
       url="https://arxiv.org/abs/2011.04419"),
 paper("2106.07447", "hsu2021hubert", "article", "journal",
       "IEEE/ACM Transactions on Audio, Speech, and Language Processing", 2021, "2024-01-29-09:15:51",
       ["leesgroep", "spraak", "zelfgesuperviseerd"],
       "Sessie 4. Journalversie geïmporteerd via de uitgever, daarom geen url; preprint is arXiv:2106.07447 (de appendix met k-means-details staat alleen daar). Clusterdoelen iteratief verfijnen.",
       extra={"volume": "29", "pages": "3451--3460"}),
 paper(GLOVE, "pennington2014glove", "inproceedings", "booktitle",
       "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)", 2014,
       "2024-02-05-13:27:10", ["leesgroep", "woordvectoren", "klassiek"],
       "Sessie 5 (achtergrond). Co-occurrence-matrix + gewogen kleinste kwadraten. Staat niet op arXiv; pdf uit de ACL Anthology.",
       url="https://aclanthology.org/D14-1162", extra={"pages": "1532--1543"}),
 paper("1908.10084", "reimers2019sentence", "inproceedings", "booktitle",
       "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing and the 9th International Joint Conference on Natural Language Processing (EMNLP-IJCNLP)",
       2019, "2024-02-05-13:31:58", ["leesgroep", "zinsembeddings"],
       "Sessie 5. Siamese opzet met mean pooling; de bibliotheek sentence-transformers (software, geen artikel) gebruiken we in het practicum.",
       url="https://arxiv.org/abs/1908.10084"),
 paper("2007.01434", "gulrajani2021search", "inproceedings", "booktitle",
       "International Conference on Learning Representations", 2021, "2024-02-12-11:08:36",
       ["leesgroep", "generalisatie", "evaluatie"],
       "Sessie 6. Kritische blik: met een eerlijke modelselectie verslaat bijna niets ERM. Goed om af te sluiten na al die representatiemethoden."),
 paper(BACKPROP, "rumelhart1986learning", "article", "journal", "Nature", 1986, "2024-02-12-11:12:02",
       ["klassiek", "achtergrond"],
       "Voor de eerstejaars: de klassieker waar het woord 'representatie' in de titel staat. Kort (vier pagina's).",
       extra={"volume": "323", "number": "6088", "pages": "533--536", "doi": "10.1038/323533a0"}),
 {"author": "Jurafsky, Daniel and Martin, James H.", "author_list": [{"family": "Jurafsky", "given": "Daniel"},
   {"family": "Martin", "given": "James H."}], "title": "Speech and Language Processing", "edition": "3rd (draft)",
  "type": "book", "year": 2024, "ref": "jurafsky2024speech", "papis_id": pid("jurafsky2024speech"),
  "time-added": "2024-01-15-09:58:20", "tags": ["boek", "achtergrond"], "files": ["jurafsky2024speech.pdf"],
  "url": "https://web.stanford.edu/~jurafsky/slp3/",
  "opmerking": "Boek (conceptversie), hoofdstukken 6 en 11 als achtergrond voor sessies 4 en 5. Geen artikel."},
 {"author": "OpenSLR", "author_list": [{"family": "OpenSLR", "given": ""}], "title": "LibriSpeech ASR corpus (SLR12)",
  "type": "dataset", "year": 2015, "ref": "openslr12", "papis_id": pid("openslr12"), "time-added": "2024-01-29-09:20:14",
  "tags": ["dataset", "spraak"], "files": [], "url": "https://www.openslr.org/12/",
  "opmerking": "Dataset, alleen de train-clean-100-subset staat op de rekenserver (/data/openslr/12)."},
 {"author": "Alammar, Jay", "author_list": [{"family": "Alammar", "given": "Jay"}], "title": "The Illustrated Word2vec",
  "type": "online", "year": 2019, "ref": "alammar2019illustrated", "papis_id": pid("alammar2019illustrated"),
  "time-added": "2024-02-05-13:35:47", "tags": ["blog", "woordvectoren"], "files": [],
  "url": "https://jalammar.github.io/illustrated-word2vec/",
  "opmerking": "Blogpost, handig als opwarmer voor sessie 5; niet citeren als artikel."},
 {"author": "Ott, Myle and others", "author_list": [{"family": "Ott", "given": "Myle"}], "title": "fairseq (software, v0.12.2)",
  "type": "software", "year": 2022, "ref": "fairseq2022", "papis_id": pid("fairseq2022"), "time-added": "2024-01-29-09:24:31",
  "tags": ["software", "spraak"], "files": [], "url": "https://github.com/facebookresearch/fairseq",
  "opmerking": "Code voor het HuBERT-practicum (examples/hubert). Software, geen artikel."},
]
for d in docs:
    if d["author_list"] and d["author_list"][0].get("given") == "": d["author_list"][0].pop("given")
text = "---\n".join(emit(d) for d in docs)
write_only(F621, text, keys(F621))
