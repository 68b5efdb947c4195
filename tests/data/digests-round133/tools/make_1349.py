#!/usr/bin/env python3
"""1349: bsondump of a mongodump (Ukrainian): a Kyiv-like NLP lab's Telegram bot («Читанка») keeps its reading list in
MongoDB; Оксана dumped the collection and printed it with bsondump to show a colleague what the bot stores. The layout
as remembered from mongo-tools 100.9: mongodump's two log lines (`2024-…+0300<TAB>writing …`, `done dumping … (N
documents)`), bsondump's canonical Extended JSON v2 (one compact document per line, keys in stored order, `$oid`,
`$date` with `$numberLong`, `$numberInt`, `$numberDouble`, raw UTF-8, no HTML escaping) and its closing `N objects
found` log line. The ObjectIds start with the document's creation second (= addedAt). The sentencepiece and fastText
items, the HF course and a lecture video are not papers; BPE, ELECTRA / Electric, SBERT, BART, word2vec, ELMo are
nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1349, keys
import datetime as dt

TZ = dt.timezone(dt.timedelta(hours=3))
MACHINE = "9c1f7ae2b4"


def doc(i, when, title, url, arxiv, kind, tags, by, votes, note, rating=None):
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    sec = int(t.timestamp())
    d = {"_id": {"$oid": f"{sec:08x}{MACHINE}{0x3e51a0 + i:06x}"}, "title": title, "url": url, "arxiv": arxiv,
         "kind": kind, "tags": tags, "addedBy": by, "addedAt": {"$date": {"$numberLong": str(sec * 1000 + (i * 137) % 1000)}},
         "votes": {"$numberInt": str(votes)}}
    if rating is not None: d["rating"] = {"$numberDouble": repr(rating)}
    d["note"] = note
    return d


D = [
 doc(1, "2024-04-02 10:14:05", T("1508.07909"), "https://arxiv.org/abs/1508.07909", "1508.07909", "paper", ["токенізація", "класика"], "oksana", 5, "BPE — звідси все почалося. Обговорення 9 квітня.", 4.5),
 doc(2, "2024-04-02 10:16:41", "google/sentencepiece: Unsupervised text tokenizer for Neural Network-based text generation.", "https://github.com/google/sentencepiece", None, "repo", ["токенізація", "код"], "oksana", 2, "Репозиторій, не стаття. Для практичного заняття."),
 doc(3, "2024-04-09 18:40:12", T("1301.3781"), None, "1301.3781", "paper", ["ембединги", "класика"], "taras", 4, "word2vec. Посилання бот не зберіг, лише номер arXiv.", 4.0),
 doc(4, "2024-04-09 18:42:57", T("1802.05365"), "https://aclanthology.org/N18-1202/", None, "paper", ["ембединги", "класика"], "taras", 3, "ELMo, NAACL 2018 (версія ACL Anthology)."),
 doc(5, "2024-04-16 09:05:33", T("2012.08561"), "https://arxiv.org/abs/2012.08561", "2012.08561", "paper", ["передтренування"], "marta", 3, "Electric — енергетична модифікація ELECTRA.", 3.5),
 doc(6, "2024-04-16 09:07:19", T("1908.10084"), "https://arxiv.org/pdf/1908.10084.pdf", "1908.10084", "paper", ["ембединги", "пошук"], "marta", 6, "SBERT; потрібне для семантичного пошуку в самому боті."),
 doc(7, "2024-04-23 14:21:48", "crawl-300d-2M.vec.zip (fastText English vectors)", "https://dl.fbaipublicfiles.com/fasttext/vectors-english/crawl-300d-2M.vec.zip", None, "dataset", ["ембединги", "дані"], "taras", 1, "Вектори, не стаття."),
 doc(8, "2024-04-23 14:30:02", T("1910.13461"), "https://arxiv.org/abs/1910.13461", "1910.13461", "paper", ["передтренування", "seq2seq"], "oksana", 4, "BART: для занять з реферування українських новин."),
 doc(9, "2024-04-30 11:55:26", T("2004.10102"), None, None, "paper", ["інтерпретованість"], "marta", 2, "Без посилання: Марта додасть PDF у спільну теку."),
 doc(10, "2024-05-07 16:12:09", "Hugging Face NLP Course — Chapter 6: The 🤗 Tokenizers library", "https://huggingface.co/learn/nlp-course/chapter6/1", None, "course", ["токенізація", "курс"], "oksana", 1, "Курс, не стаття."),
 doc(11, "2024-05-07 16:20:44", T("2011.03459"), None, None, "paper", ["графи знань"], "andriy", 2, "CQD. Андрій доповідає 21 травня; посилання ще немає.", 3.0),
 doc(12, "2024-05-13 20:03:51", "Лекція 7. Токенізація та субслова (запис)", "https://www.youtube.com/watch?v=Qx7mRk2fT4c", None, "video", ["курс"], "andriy", 0, "Відео лекції кафедри."),
]
P = "oksana@chytanka-db:~$ "
out = [P + "mongodump --db=chytanka --collection=papers --out=dump",
       "2024-05-14T11:02:36.981+0300\twriting chytanka.papers to dump/chytanka/papers.bson",
       f"2024-05-14T11:02:36.994+0300\tdone dumping chytanka.papers ({len(D)} documents)",
       P + "bsondump dump/chytanka/papers.bson",
       *(json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in D),
       f"2024-05-14T11:02:41.208+0300\t{len(D)} objects found", P]
write_only(F1349, "\n".join(out) + "\n", keys(F1349))
