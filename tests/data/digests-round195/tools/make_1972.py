#!/usr/bin/env python3
"""1972: a Finnish game master's Foundry VTT journal entry export (`fvtt-JournalEntry-tutkimuslaitoksen-kansio.json`,
core 11): name, four text pages of HTML (format 1) with `<a href>` links and an @UUID link, ownership, flags, _stats —
with the papers as campaign handouts: an OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v1`, `http://`), one id in
text (arxiv-text), three titles alone (one not on arXiv) — and non-papers (a repository, a blog post, a book, a talk).
Two-space JSON as JSON.stringify writes it. LF, a final newline. Ids are cut sha256s of names."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1972)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fid(s):
    h = hashlib.sha256(s.encode()).digest()
    return "".join(ALNUM[b % 62] for b in h[:16])


PAGES = [
    ("Kansio A: agentti", "<h2>Tohtori Virtasen muistiinpanot</h2>"
     "<p>Laitoksen agentti ajatteli ääneen ja toimi: <a href=\"https://openreview.net/forum?id=" + OR("2210.03629") + "\">"
     + T("2210.03629") + "</a>.</p>"
     "<p>Päättelyketjut: <em>" + T("2201.11903") + "</em> — <a href=\"https://arxiv.org/abs/2201.11903\">arXiv</a></p>"
     "<p>Muisti kuin käyttöjärjestelmä: " + T("2310.08560") + " https://arxiv.org/pdf/2310.08560v1</p>"),
    ("Kansio B: testit", "<p>Agenttien koe: <a href=\"http://arxiv.org/abs/2308.03688\">" + T("2308.03688") + "</a></p>"
     "<p>Robotti luki verkkoa: " + T("2307.15818") + " (arXiv 2307.15818)</p>"
     "<p>Katso myös @UUID[JournalEntry." + fid("Kansio C") + "]{Kansio C}.</p>"),
    ("Kansio C: vaarat", "<ul><li>" + T("2307.15043") + "</li><li>" + T("2306.11644") + "</li><li>" + GPT2
     + " (OpenAI, 2019; ei arXivissa)</li></ul>"
     "<p><strong>SL 15 Älykkyys</strong>: pelaaja tunnistaa hyökkäyksen.</p>"),
    ("Muuta (ei lähteitä)", "<p>Koodi: github.com/ysymyth/ReAct (repositorio). Blogi: Lilian Weng, "
     "\"LLM Powered Autonomous Agents\" (blogikirjoitus). Kirja: Russell &amp; Norvig.</p>"
     "<p>Edellisen session tallenne: <a href=\"https://video.noppaseura.example.fi/sessio-07\">sessio 7</a></p>"),
]


def build():
    pages = []
    for i, (name, html) in enumerate(PAGES):
        pages.append({"name": name, "type": "text", "_id": fid(name), "title": {"show": True, "level": 1},
                      "image": {}, "text": {"format": 1, "content": html}, "video": {"controls": True, "volume": 0.5},
                      "src": None, "system": {}, "sort": (i + 1) * 100000, "ownership": {"default": -1}, "flags": {},
                      "_stats": {"systemId": "dnd5e", "systemVersion": "2.4.1", "coreVersion": "11.315",
                                 "createdTime": 1712745600000 + i * 61000, "modifiedTime": 1713350400000 + i * 61000,
                                 "lastModifiedBy": fid("Aino")}})
    d = {"name": "Tutkimuslaitoksen kansio", "pages": pages, "folder": None, "sort": 0, "ownership": {"default": 0},
         "flags": {}, "_stats": {"systemId": "dnd5e", "systemVersion": "2.4.1", "coreVersion": "11.315",
                                 "createdTime": 1712745600000, "modifiedTime": 1713350400000,
                                 "lastModifiedBy": fid("Aino")}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
