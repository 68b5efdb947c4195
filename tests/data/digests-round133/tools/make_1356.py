#!/usr/bin/env python3
"""1356 (negative): a duplicity session (Georgian): a Tbilisi-like NLP lab's admin (გიორგი, root@arkivi) checks the
nightly backup of /srv/lab on the lab NAS after a ticket and pastes `duplicity collection-status` and a filtered
`duplicity list-current-files` into it. The layout as remembered from duplicity 0.8 / 1.2: collection-status' lines
(`Last full backup date:`, `Collection Status` with its dashes, backend and archive dir, the chain's start / end times,
the sets table with right-aligned columns); list-current-files' `Local and Remote metadata are synchronized, no sync
needed.`, the full-backup line, then `asctime(mtime) path` in duplicity's order (each directory before its entries,
entries by byte order), with Georgian file names raw. No paper at all: datasets, model weights, code clones, course
PDFs, talk recordings, a leaderboard, people's folders, a reading-list file whose contents are not shown; the builder
refuses any catalogue title and anything arXiv-shaped."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1356

URL = "sftp://backup@nas.mkhedveloba-lab.example.ge//volume1/lab-backup/srv-lab"
FULL, INC1, INC2 = "2024-05-12 03:00:04", "2024-05-13 03:00:03", "2024-05-14 03:00:02"


def pretty(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{d:%a %b} {d.day:2d} {d:%H:%M:%S} {d.year}"


FILES = {  # path: mtime
 ".": "2024-05-13 18:22:40",
 "code": "2024-05-02 11:03:12", "code/fairseq": "2024-02-19 15:44:01", "code/fairseq/README.md": "2024-02-19 15:44:01",
 "code/transformers": "2024-04-30 09:12:55", "code/transformers/README.md": "2024-04-30 09:12:55",
 "code/transformers/setup.py": "2024-04-30 09:12:55",
 "code/ლაბის-სკრიპტები": "2024-05-02 11:03:12", "code/ლაბის-სკრიპტები/train_ka_bert.py": "2024-05-02 11:03:12",
 "code/ლაბის-სკრიპტები/tokenize_ka.py": "2024-04-11 17:29:48",
 "courses": "2024-05-10 14:51:07", "courses/ML-2024": "2024-05-10 14:51:07",
 "courses/ML-2024/cs231n-backprop-notes.pdf": "2024-03-04 10:17:33",
 "courses/ML-2024/ლექცია-01-შესავალი.pdf": "2024-02-20 09:58:41",
 "courses/ML-2024/ლექცია-05-კონვოლუციური-ქსელები.pdf": "2024-03-19 10:02:15",
 "courses/ML-2024/ლექცია-09-ტრანსფორმერები.pdf": "2024-05-10 14:51:07",
 "courses/ML-2024/სილაბუსი.docx": "2024-02-12 16:40:20",
 "datasets": "2024-05-06 12:30:19", "datasets/cifar-10-python.tar.gz": "2024-01-15 08:12:44",
 "datasets/coco": "2024-01-22 19:05:37", "datasets/coco/annotations_trainval2017.zip": "2024-01-22 19:05:37",
 "datasets/coco/val2017.zip": "2024-01-22 18:47:02",
 "datasets/glue_data": "2024-02-01 13:26:55", "datasets/glue_data/SST-2": "2024-02-01 13:26:55",
 "datasets/glue_data/SST-2/dev.tsv": "2024-02-01 13:26:55", "datasets/glue_data/SST-2/train.tsv": "2024-02-01 13:26:55",
 "datasets/ქართული-კორპუსი": "2024-05-06 12:30:19",
 "datasets/ქართული-კორპუსი/kawiki-latest-pages-articles.xml.bz2": "2024-05-06 12:30:19",
 "datasets/ქართული-კორპუსი/README-ka.md": "2024-04-08 10:11:03",
 "leaderboards": "2024-05-13 18:22:40", "leaderboards/glue-ka-leaderboard.csv": "2024-05-13 18:22:40",
 "models": "2024-04-24 20:14:09", "models/bert-base-multilingual-cased": "2024-03-27 11:50:26",
 "models/bert-base-multilingual-cased/config.json": "2024-03-27 11:50:26",
 "models/bert-base-multilingual-cased/model.safetensors": "2024-03-27 11:50:26",
 "models/resnet50-0676ba61.pth": "2024-01-30 16:03:58",
 "models/xlm-roberta-base": "2024-04-24 20:14:09", "models/xlm-roberta-base/config.json": "2024-04-24 20:14:09",
 "models/xlm-roberta-base/sentencepiece.bpe.model": "2024-04-24 20:14:09",
 "people": "2024-04-17 09:31:50", "people/ნინო": "2024-04-17 09:31:50", "people/ნინო/CV-2024.pdf": "2024-04-17 09:31:50",
 "people/ლევანი": "2024-03-08 18:20:12", "people/ლევანი/თეზისი-მონახაზი.odt": "2024-03-08 18:20:12",
 "talks": "2024-04-19 10:44:36", "talks/2024-04-18-სემინარი-ნინო.mp4": "2024-04-19 10:44:36",
 "talks/2024-04-18-სემინარი-ნინო-სლაიდები.pdf": "2024-04-18 16:02:27",
 "საკითხავი-სია.md": "2024-05-13 09:15:22",
}


def order(p):
    return () if p == "." else tuple(x.encode() for x in p.split("/"))


P = "root@arkivi:~# "
out = [P + "# ბილეთი #418: ღამის სარეზერვო ასლის შემოწმება (/srv/lab → NAS)",
       P + f"duplicity collection-status {URL}",
       f"Last full backup date: {pretty(FULL)}", "Collection Status", "-----------------",
       "Connecting with backend: BackendWrapper", "Archive dir: /root/.cache/duplicity/3f0c6e2a9b1d84c57e6a0f2d91b4c3e8",
       "", "Found 0 secondary backup chain(s).", "", "Found primary backup chain with matching signature chain:",
       "-------------------------", f"Chain start time: {pretty(FULL)}", f"Chain end time: {pretty(INC2)}"]
sets = [("Full", FULL, 7), ("Incremental", INC1, 1), ("Incremental", INC2, 1)]
out += [f"Number of contained backup sets: {len(sets)}", f"Total number of contained volumes: {sum(s[2] for s in sets)}",
        " Type of backup set:                            Time:      Num volumes:"]
out += [f"{k:>20} {pretty(t):>32} {n:>17}" for k, t, n in sets]
out += ["-------------------------", "No orphaned or incomplete backup sets found.",
        P + "# მიმდინარე ფაილები (.git საქაღალდეების გარეშე)",
        P + f"duplicity list-current-files {URL} | grep -v '/\\.git'",
        "Local and Remote metadata are synchronized, no sync needed.", f"Last full backup date: {pretty(FULL)}"]
out += [f"{pretty(FILES[p])} {p}" for p in sorted(FILES, key=order)]
out += [P + "# ყველაფერი რიგზეა; ბილეთს ვხურავ. — გიორგი", P]
write(F1356, "\n".join(out) + "\n", negative=True)
