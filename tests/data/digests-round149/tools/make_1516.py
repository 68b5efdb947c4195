#!/usr/bin/env python3
"""1516 (negative): the OPDS 1.2 "recently added" acquisition feed of a Georgian university lab's Kavita server, saved
from a reader app's debug view: Atom XML with dc:, opds: and pse: namespaces; books, lecture notes, software manuals,
a dataset description and a course export; no paper and nothing arXiv-shaped (the builder refuses either)."""
import hashlib, os, sys, uuid
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1516)
KEY = "8c1f4e2a-6b7d-4f39-a0c5-d2e9b7316a48"
BASE = f"/api/opds/{KEY}"


def isbn13(stem12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(stem12))
    return stem12 + str((10 - s % 10) % 10)


def fmt_isbn(d):
    return f"{d[:3]}-{d[3:7]}-{d[7:9]}-{d[9:12]}-{d[12]}"


# (series id, chapter id, title, authors, lang, issued, publisher, isbn stem or None, summary, mime, ext, size bytes, updated)
ITEMS = [
    (41, 388, "მანქანური სწავლების საფუძვლები", ["ნინო ბერიძე", "გიორგი ლომიძე"], "ka", "2022", "თსუ გამომცემლობა", "978994114207",
     "სახელმძღვანელო ბაკალავრებისთვის: წრფივი მოდელები, გადაწყვეტილების ხეები, ნეირონული ქსელები. თავი 7 — პრაქტიკული სავარჯიშოები scikit-learn-ით.", "application/epub+zip", "epub", 8412377, "2024-05-20T09:14:52+04:00"),
    (40, 385, "Pattern Recognition and Machine Learning", ["Christopher M. Bishop"], "en", "2006", "Springer", None,
     "კლასიკური წიგნი; ბიბლიოთეკის ასლი, მხოლოდ ლაბორატორიის წევრებისთვის.", "application/pdf", "pdf", 18954201, "2024-05-18T16:40:03+04:00"),
    (39, 381, "ლექციების კონსპექტი: ღრმა სწავლება, 2023 შემოდგომა", ["ლევან ჯაფარიძე"], "ka", "2023", "თსუ, ზუსტ და საბუნებისმეტყველო მეცნიერებათა ფაკულტეტი", None,
     "კურსი CS-412, 14 ლექცია: ოპტიმიზაცია, კონვოლუციური ქსელები, ტრანსფორმერები, დიფუზიური მოდელები. ვიდეოები: video.tsu-ml.example.ge/cs412", "application/pdf", "pdf", 5120934, "2024-05-17T11:02:45+04:00"),
    (38, 377, "Reinforcement Learning: An Introduction (2nd edition)", ["Richard S. Sutton", "Andrew G. Barto"], "en", "2018", "MIT Press", None,
     "მეორე გამოცემა; თავები 3–6 სავალდებულოა სემინარისთვის.", "application/pdf", "pdf", 87340112, "2024-05-15T08:27:19+04:00"),
    (37, 372, "PyTorch 2.3 დოკუმენტაცია (ოფლაინ ასლი)", ["PyTorch Contributors"], "en", "2024", "pytorch.org", None,
     "docs.pytorch.org-დან გადმოწერილი ასლი (torch 2.3.0, torchvision 0.18.0), EPUB-ად გარდაქმნილი pandoc 3.1.11-ით.", "application/epub+zip", "epub", 23117840, "2024-05-14T19:55:31+04:00"),
    (36, 369, "ქართული ხელნაწერი ასოების მონაცემთა ნაკრები — აღწერა და ლიცენზია", ["ანა ქავთარაძე", "დავით მაისურაძე"], "ka", "2024", "ლაბორატორიის შიდა გამოცემა", None,
     "33 ასო, 41 280 სურათი 64×64, train/val/test = 80/10/10. ნაკრები: gitlab.tsu-ml.example.ge/data/mkhedruli-hw (v1.2).", "application/pdf", "pdf", 1288502, "2024-05-10T13:08:14+04:00"),
    (35, 366, "The Elements of Statistical Learning", ["Trevor Hastie", "Robert Tibshirani", "Jerome Friedman"], "en", "2009", "Springer", None,
     "მეორე გამოცემა, მე-12 ბეჭდვა.", "application/pdf", "pdf", 22611488, "2024-05-06T10:41:57+04:00"),
    (34, 361, "Hugging Face NLP კურსი — PDF ექსპორტი (თავები 1–9)", ["Hugging Face"], "en", "2023", "huggingface.co/learn", None,
     "ონლაინ კურსის ექსპორტი სემინარისთვის; transformers 4.38, datasets 2.17.", "application/pdf", "pdf", 9730051, "2024-04-29T17:33:06+04:00"),
    (33, 358, "სტატისტიკური დასწავლის თეორია: ამოცანების კრებული", ["თამარ გელაშვილი"], "ka", "2021", "საქართველოს ტექნიკური უნივერსიტეტი", "978994116033",
     "120 ამოცანა ამოხსნებით: VC-განზომილება, PAC-დასწავლა, რეგულარიზაცია.", "application/epub+zip", "epub", 3017764, "2024-04-22T12:15:40+04:00"),
    (32, 355, "Speech and Language Processing (3rd ed. draft)", ["Daniel Jurafsky", "James H. Martin"], "en", "2024", "web.stanford.edu/~jurafsky/slp3", None,
     "2024 წლის იანვრის დრაფტი; თავი 10 — ტრანსფორმერები და დიდი ენობრივი მოდელები.", "application/pdf", "pdf", 16380029, "2024-04-18T09:50:12+04:00"),
]


def eid(s, c):
    return str(uuid.UUID(hashlib.md5(f"kavita-{s}-{c}".encode()).hexdigest(), version=5))


def entry(it):
    s, c, title, authors, lang, issued, pub, stem, summ, mime, ext, size, upd = it
    x = ["  <entry>", f"    <id>urn:uuid:{eid(s, c)}</id>", f"    <title>{escape(title)}</title>", f"    <updated>{upd}</updated>"]
    x += [f"    <author><name>{escape(a)}</name></author>" for a in authors]
    x += [f"    <dc:language>{lang}</dc:language>", f"    <dc:issued>{issued}</dc:issued>", f"    <dc:publisher>{escape(pub)}</dc:publisher>"]
    if stem: x.append(f"    <dc:identifier>urn:isbn:{fmt_isbn(isbn13(stem))}</dc:identifier>")
    x += [f'    <summary type="text">{escape(summ)}</summary>',
          f'    <link rel="http://opds-spec.org/image" type="image/jpeg" href="{BASE}/image?seriesId={s}"/>',
          f'    <link rel="http://opds-spec.org/image/thumbnail" type="image/jpeg" href="{BASE}/image?seriesId={s}"/>',
          f'    <link rel="http://opds-spec.org/acquisition" type="{mime}" href="{BASE}/series/{s}/chapter/{c}/download/{s}-{c}.{ext}" title="{escape(title, {chr(34): "&quot;"})}" length="{size}"/>',
          f'    <link rel="alternate" type="application/atom+xml;profile=opds-catalog;kind=acquisition" href="{BASE}/series/{s}" title="სერია"/>',
          "  </entry>"]
    return x


def build():
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog" xmlns:pse="http://vaemendis.net/opds-pse/ns">',
           f"  <id>recentlyAdded</id>",
           "  <title>ბოლოს დამატებული — ML ლაბორატორიის ბიბლიოთეკა</title>",
           "  <updated>2024-05-20T11:42:07+04:00</updated>",
           "  <icon>/favicon.ico</icon>",
           "  <author><name>Kavita</name><uri>https://www.kavitareader.com</uri></author>",
           f'  <link rel="self" type="application/atom+xml;profile=opds-catalog;kind=acquisition" href="{BASE}/recently-added?pageNumber=1"/>',
           f'  <link rel="start" type="application/atom+xml;profile=opds-catalog;kind=navigation" href="{BASE}"/>',
           f'  <link rel="search" type="application/opensearchdescription+xml" href="{BASE}/search"/>',
           f'  <link rel="next" type="application/atom+xml;profile=opds-catalog;kind=acquisition" href="{BASE}/recently-added?pageNumber=2"/>',
           "  <opds:totalResults>23</opds:totalResults>", "  <opds:itemsPerPage>10</opds:itemsPerPage>", "  <opds:startIndex>1</opds:startIndex>"]
    for it in ITEMS: out += entry(it)
    out.append("</feed>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
