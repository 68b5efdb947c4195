#!/usr/bin/env python3
"""355: a Zotero collection ("Efficient training") exported with File › Export Collection… › CSV. Not the dev set's
Notion export: Zotero's fixed header of 87 columns (Key, Item Type, Publication Year, Author, Title, Publication Title,
… Extra, Notes, File Attachments, … Manual Tags, Automatic Tags, …), every field quoted, a UTF-8 BOM, CRLF line
ends, authors as "Surname, Given; Surname, Given", item keys of 8 characters, Date Added / Date Modified as
"YYYY-MM-DD hh:mm:ss", the arXiv translator's fields for preprints (Publisher arXiv, Number arXiv:ID, DOI
10.48550/arXiv.ID, Library Catalog arXiv.org, Extra "arXiv:ID [cs]"), manual tags joined by "; ", attachment paths
of the Zotero storage. Papers: arXiv abs URLs and an OpenReview URL (link), an Extra "arXiv: ID" line and a bare
10.48550 DOI (arxiv-text), conference items without link (title-only). A software item (bitsandbytes), a blog post,
a master's thesis and a video are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F355, keys

HDR = ["Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title", "ISBN", "ISSN", "DOI", "Url",
       "Abstract Note", "Date", "Date Added", "Date Modified", "Access Date", "Pages", "Num Pages", "Issue", "Volume",
       "Number Of Volumes", "Journal Abbreviation", "Short Title", "Series", "Series Number", "Series Text",
       "Series Title", "Publisher", "Place", "Language", "Rights", "Type", "Archive", "Archive Location",
       "Library Catalog", "Call Number", "Extra", "Notes", "File Attachments", "Link Attachments", "Manual Tags",
       "Automatic Tags", "Editor", "Series Editor", "Translator", "Contributor", "Attorney Agent", "Book Author",
       "Cast Member", "Commenter", "Composer", "Cosponsor", "Counsel", "Interviewer", "Producer", "Recipient",
       "Reviewed Author", "Scriptwriter", "Words By", "Guest", "Number", "Edition", "Running Time", "Scale", "Medium",
       "Artwork Size", "Filing Date", "Application Number", "Assignee", "Issuing Authority", "Country", "Meeting Name",
       "Conference Name", "Court", "References", "Reporter", "Legal Status", "Priority Numbers",
       "Programming Language", "Version", "System", "Code", "Code Number", "Section", "Session", "Committee",
       "History", "Legislative Body"]


def au(k):
    return "; ".join(n.split()[-1] + ", " + " ".join(n.split()[:-1]) for n in CAT[k]["authors"])


def arxiv(key, k, added, mod, tags, date, att=True):
    return {"Key": key, "Item Type": "preprint", "Publication Year": date[:4], "Author": au(k), "Title": T(k),
            "DOI": f"10.48550/arXiv.{k}", "Url": f"http://arxiv.org/abs/{k}", "Date": date, "Date Added": added,
            "Date Modified": mod, "Access Date": added, "Publisher": "arXiv", "Library Catalog": "arXiv.org",
            "Extra": f"arXiv:{k} [cs]", "Number": f"arXiv:{k}", "Manual Tags": tags,
            "Automatic Tags": "Computer Science - Machine Learning; Computer Science - Computation and Language",
            "File Attachments": f"/home/jkowal/Zotero/storage/{key[::-1]}/{CAT[k]['authors'][0].split()[-1]} et al. - {date[:4]} - {T(k).split(':')[0]}.pdf" if att else ""}


def conf(key, k, year, pub, added, mod, tags, pages="", extra="", url="", cat="", conf_name=""):
    return {"Key": key, "Item Type": "conferencePaper", "Publication Year": year, "Author": au(k), "Title": T(k),
            "Publication Title": pub, "Url": url, "Date": year, "Date Added": added, "Date Modified": mod,
            "Pages": pages, "Library Catalog": cat, "Extra": extra, "Manual Tags": tags, "Conference Name": conf_name}


ROWS = [
    arxiv("QW3ZK8TD", "2106.09685", "2023-09-04 08:12:40", "2024-02-11 19:03:22", "fine-tuning; low-rank; to-cite", "2021-10-16"),
    conf("8FJ2M4XU", "2305.14314", "2023", "Advances in Neural Information Processing Systems", "2023-09-04 08:15:02", "2023-12-19 10:44:09", "fine-tuning; quantization", cat="Neural Information Processing Systems"),
    conf("BX7NE3QA", "2205.14135", "2022", "Advances in Neural Information Processing Systems", "2023-09-11 14:30:51", "2023-09-11 14:31:10", "attention; kernels; to-cite", pages="16344–16359"),
    conf("R5DPK9WC", "2307.08691", "2024", "The Twelfth International Conference on Learning Representations", "2023-09-11 14:33:17", "2024-02-02 09:20:45", "attention; kernels", extra="arXiv: 2307.08691", conf_name="ICLR 2024"),
    conf("TT4JW6HN", "1710.03740", "2018", "International Conference on Learning Representations", "2023-09-18 11:02:08", "2023-09-18 11:02:08", "precision; to-cite", url="https://openreview.net/forum?id=r1gs9JgRZ", cat="OpenReview"),
    arxiv("M2GCA7YV", "2006.03656", "2023-10-02 16:48:29", "2023-10-02 16:48:29", "automl; nas", "2020-06-05", att=False),
    conf("H9KX3LSR", "2101.08809", "2020", "Advances in Neural Information Processing Systems", "2023-10-02 16:51:55", "2023-10-09 08:13:30", "automl"),
    conf("ZP6UD2EF", "2108.04392", "2021", "International Conference on Learning Representations", "2023-10-02 16:57:12", "2023-10-02 16:57:12", "automl; nas", conf_name="ICLR 2021"),
    conf("J4NQW8BK", "2010.00554", "2021", "International Conference on Learning Representations", "2023-11-20 13:05:33", "2023-11-20 13:09:01", "optimization; pca"),
    {"Key": "C7VMR2XA", "Item Type": "preprint", "Publication Year": "2021", "Author": au("2103.13462"), "Title": T("2103.13462"),
     "DOI": "10.48550/arXiv.2103.13462", "Date": "2021-03-24", "Date Added": "2023-11-20 13:12:48", "Date Modified": "2023-11-27 17:40:02",
     "Publisher": "arXiv", "Manual Tags": "optimization; theory", "Notes": "<p>Book chapter draft (Beyond the Worst-Case Analysis of Algorithms?). Only sec. 2–3 for the reading group.</p>"},
    {"Key": "9LBT5EWQ", "Item Type": "computerProgram", "Publication Year": "2023", "Author": "Dettmers, Tim", "Title": "bitsandbytes",
     "Url": "https://github.com/TimDettmers/bitsandbytes", "Date": "2023", "Date Added": "2023-09-04 08:20:11", "Date Modified": "2023-09-04 08:20:11",
     "Library Catalog": "GitHub", "Manual Tags": "quantization; software", "Version": "0.41.1", "Programming Language": "Python"},
    {"Key": "E3SY8PJN", "Item Type": "blogPost", "Publication Year": "2023", "Author": "Ferreira, Nuno", "Title": "Why your GPU sits idle: a field guide to memory-bound kernels",
     "Publication Title": "Nuno's notebook", "Url": "https://blog.example.com/gpu-idle", "Date": "2023-08-30", "Date Added": "2023-09-11 14:40:00",
     "Date Modified": "2023-09-11 14:40:00", "Access Date": "2023-09-11 14:40:00", "Manual Tags": "kernels; blog"},
    {"Key": "W6KD4ZRM", "Item Type": "thesis", "Publication Year": "2023", "Author": "Kowalczyk, Jan", "Title": "Memory-Efficient Fine-Tuning of Language Models on a Single Consumer GPU",
     "Date": "2023", "Date Added": "2023-12-01 09:00:12", "Date Modified": "2023-12-01 09:00:12", "Publisher": "Politechnika Nadwiślańska",
     "Place": "Kraków", "Type": "Master's thesis", "Manual Tags": "own", "Num Pages": "87"},
    {"Key": "A8XF5QTC", "Item Type": "videoRecording", "Publication Year": "2024", "Author": "Lindqvist, Sara", "Title": "Mixed Precision in Practice: Lessons from Three Years of Training Runs",
     "Url": "https://video.example.org/watch/8812", "Date": "2024-01-25", "Date Added": "2024-01-26 18:22:05", "Date Modified": "2024-01-26 18:22:05",
     "Running Time": "0:47:12", "Manual Tags": "precision; talk"},
]
buf = io.StringIO(newline="")
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HDR)
for r in ROWS:
    w.writerow([r.get(h, "") for h in HDR])
text = "\ufeff" + buf.getvalue()
write_only(F355, text, keys(F355))
