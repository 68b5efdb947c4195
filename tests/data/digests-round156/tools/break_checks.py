#!/usr/bin/env python3
"""Breaks a scratch copy of round156 (/tmp/round156-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round154's harness with round156's cases; 1579 is CR LF with two base64 parts: its plain part is edited
decoded and encoded again as the builder does; 1582 is CR LF with a BOM.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round156-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1577, 1587)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def b64part(old, new, part="text/plain"):
    """edit one of 1579's base64 parts decoded and encode it again (76-character lines, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1579])
        s = open(p, "rb").read().decode("ascii")
        m = re.search(r"(Content-Type: " + re.escape(part) + r"; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n)([A-Za-z0-9+/=\r\n]+?)(\r\n--)", s)
        assert m, part
        t = base64.b64decode(m[2].replace("\r\n", "")).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        e = base64.b64encode(t.replace(old, new, 1).replace("\n", "\r\n").encode("utf-8")).decode("ascii")
        s = s[:m.start(2)] + "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + s[m.end(2):]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1577 ÕIS2
 "1577 head lines": sub(1577, "TARTU ÜLIKOOL\n", "UNIVERSITY OF TARTU\n"),
 "1577 breadcrumb code": sub(1577, "Õppeained / LTAT.01.057 /", "Õppeained / LTAT.1.057 /"),
 "1577 heading code differs": sub(1577, "LTAT.01.057 Kõne-", "LTAT.01.058 Kõne-"),
 "1577 Aine kood differs": sub(1577, "Aine kood\nLTAT.01.057", "Aine kood\nLTAT.01.075"),
 "1577 credits": sub(1577, "Ainepunktid\n6\n", "Ainepunktid\n3\n"),
 "1577 field order": sub(1577, "Õppekeel\neesti keel\n", "Keel\neesti keel\n"),
 "1577 week number": sub(1577, "\n26\t25.02.2025", "\n27\t25.02.2025"),
 "1577 date not Tuesday": sub(1577, "\t04.03.2025\t", "\t05.03.2025\t"),
 "1577 bad date": sub(1577, "\t18.02.2025\t", "\t30.02.2025\t"),
 "1577 row cells": sub(1577, "\tSõnavektorid\t", "\tSõnavektorid "),
 "1577 study weeks": sub(1577, "Toimumise nädalad\n24-39", "Toimumise nädalad\n23-38"),
 "1577 timetable end": sub(1577, "(11.02.2025–27.05.2025)", "(11.02.2025–20.05.2025)"),
 "1577 last lecture": sub(1577, "Viimane loeng: 27.05.2025.", "Viimane loeng: 03.06.2025."),
 "1577 footer": sub(1577, "© 2025 Tartu Ülikool. ÕIS2\n", ""),
 # 1578 code.europa.eu
 "1578 fence unbalanced": sub(1578, "cd awesome-ml-scienza\n```", "cd awesome-ml-scienza\n"),
 "1578 no badge": sub(1578, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1578 anchor wrong": sub(1578, "(#perché-questa-lista)", "(#perche-questa-lista)"),
 "1578 clone/cd mismatch": sub(1578, "cd awesome-ml-scienza", "cd awesome-ml"),
 "1578 clone host": sub(1578, "git clone https://code.europa.eu/", "git clone https://gitlab.com/"),
 "1578 other project": sub(1578, "code.europa.eu/atlante-ml/awesome-ml-scienza/-/commits", "code.europa.eu/atlante/awesome-ml-scienza/-/commits"),
 "1578 link item shape": sub(1578, "(https://arxiv.org/abs/2010.03409v4) —", "(arxiv.org/abs/2010.03409v4) —"),
 "1578 table row cells": sub(1578, "| Flower | Python |", "| Flower | Python | extra |"),
 # 1579 Proximus
 "1579 LF in headers": sub(1579, "X-Priority: 3\r\n", "X-Priority: 3\n"),
 "1579 non-ASCII byte": sub(1579, "Sofie Claes", "Sofie Claës"),
 "1579 Date weekday": sub(1579, "Date: Wed, 12 Mar 2025", "Date: Thu, 12 Mar 2025"),
 "1579 header missing": sub(1579, "MIME-Version: 1.0\r\n", ""),
 "1579 X-Mailer": sub(1579, "X-Mailer: Proximus Mail", "X-Mailer: Roundcube Webmail"),
 "1579 not base64": sub(1579, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "1579 base64 line too long": sub(1579, r"(\r\n\r\n[A-Za-z0-9+/]{76})\r\n([A-Za-z0-9+/]{4})", r"\1\2\r\n", regex=True),
 "1579 bad base64 character": sub(1579, r"(\r\n\r\n[A-Za-z0-9+/]{10})[A-Za-z0-9+/]", r"\1*", regex=True),
 "1579 no closing boundary": sub(1579, r"--(\r\n)?$", r"\1", regex=True),
 "1579 html part lost": sub(1579, r"\r\n--[^\r\n]+\r\nContent-Type: text/html.*?(?=\r\n--)", "", regex=True),
 "1579 subject not forward": sub(1579, r"Subject: .*?\r\n(?=MIME)", "Subject: =?UTF-8?B?" + base64.b64encode("Re: Nlp-leesgroep Digest, Vol 7, Issue 3".encode()).decode() + "?=\r\n", regex=True),
 "1579 no forward block": b64part("---------- Doorgestuurd bericht ----------", "---------- Origineel bericht ----------"),
 "1579 topic numbering": b64part("   2. Re: Leeslijst", "   4. Re: Leeslijst"),
 "1579 digest message weekday": b64part("Date: Tue, 11 Mar 2025", "Date: Wed, 11 Mar 2025"),
 "1579 digest message order": b64part("Date: Mon, 10 Mar 2025 11:40:02", "Date: Mon, 10 Mar 2025 08:40:02"),
 "1579 end line vs subject": b64part("End of Nlp-leesgroep Digest, Vol 7, Issue 3", "End of Nlp-leesgroep Digest, Vol 7, Issue 4"),
 "1579 asterisk line": b64part("Issue 3\n*****", "Issue 3\n****"),
 "1579 forwarded Datum weekday": b64part("Datum: di 11/03/2025", "Datum: wo 11/03/2025"),
 "1579 hyena id lost": both(b64part(" (arXiv:2302.10866)", ""), b64part(" (arXiv:2302.10866)", "", "text/html")),
 "1579 other title in the note": b64part("Tot morgen op kantoor,", "Lees ook Attention Is All You Need. Tot morgen op kantoor,"),
 # 1580 UGM
 "1580 page number": sub(1580, "\n72\n", "\n74\n"),
 "1580 heading twice": sub(1580, "\nDAFTAR PUSTAKA\n", "\nDAFTAR PUSTAKA\n\nDAFTAR PUSTAKA\n"),
 "1580 not alphabetical": sub(1580, "Badan Informasi Geospasial, 2021, Peta", "Zona Informasi Geospasial, 2021, Peta"),
 "1580 Tersedia without URL": sub(1580, "Tersedia di: https://data.example.ac.id", "Tersedia di: data.example.ac.id"),
 "1580 Diakses month": sub(1580, "[Diakses 3 Februari 2025]", "[Diakses 3 Febuari 2025]"),
 "1580 pages reversed": sub(1580, "2278–2324", "2324–2278"),
 "1580 citation without reference": sub(1580, "(Tan dan Le, 2021)", "(Tan dan Le, 2020)"),
 "1580 reference without year": sub(1580, "Sutanto, H. dan Nugroho, A., 2020, Penginderaan", "Sutanto, H. dan Nugroho, A., t.t., Penginderaan"),
 # 1581 QuillBot
 "1581 header": sub(1581, "% Exportado desde QuillBot", "% Exportado desde Scribbr"),
 "1581 source count": sub(1581, "(12 fuentes)", "(11 fuentes)"),
 "1581 braces unbalanced": sub(1581, "year = {2018}\n}", "year = {2018}\n"),
 "1581 entry type": sub(1581, "@misc{weng2019,", "@blogpost{weng2019,"),
 "1581 duplicate key": sub(1581, "@inproceedings{caron2021,", "@inproceedings{chen2021,"),
 "1581 no year": sub(1581, "  year = {2022},\n  url = {https://github.com/vturrisi", "  url = {https://github.com/vturrisi"),
 "1581 pages reversed": sub(1581, "9729--9738", "9738--9729"),
 "1581 url http": sub(1581, "url = {https://github.com/vturrisi", "url = {http://github.com/vturrisi"),
 "1581 isbn": sub(1581, "978-84-1234-567-4", "978-84-1234-567-5"),
 "1581 note date": sub(1581, "Recuperado el 2 de marzo de 2025", "Recuperado el 32 de marzo de 2025"),
 "1581 field line shape": sub(1581, "  edition = {2},", "  edition = 2,"),
 # 1582 Projectplace
 "1582 no BOM": sub(1582, "\ufeffKort-ID;", "Kort-ID;"),
 "1582 header": sub(1582, ";Förfallodatum;", ";Slutdatum;"),
 "1582 comma-separated row": sub(1582, "#150;GPT-SW3 på Hugging Face Hub;", "#150,GPT-SW3 på Hugging Face Hub,"),
 "1582 card id gap": sub(1582, "\r\n#146;", "\r\n#147;"),
 "1582 unknown column": sub(1582, ";Pågår;Maja Holm;", ";Pågående;Maja Holm;"),
 "1582 start != due-7": sub(1582, ";2025-02-19;2025-02-26;", ";2025-02-20;2025-02-26;"),
 "1582 created after changed": sub(1582, "2025-02-17 08:52;2025-02-18 09:15", "2025-02-19 08:52;2025-02-18 09:15"),
 "1582 LF record end": sub(1582, r";Resurser;Oskar Berg;Kod;;;Elin Lindqvist;(\S+ \S+);(\S+ \S+)\r\n", r";Resurser;Oskar Berg;Kod;;;Elin Lindqvist;\1;\2\n", regex=True),
 # 1583 8x8
 "1583 head key": sub(1583, "Canal: #lecturi-llm", "Kanal: #lecturi-llm"),
 "1583 members": sub(1583, "Membri (4): Andreea Popescu, Ioana Stan, ", "Membri (4): Andreea Popescu, "),
 "1583 message count": sub(1583, "Mesaje: 13", "Mesaje: 14"),
 "1583 weekday": sub(1583, "── marți, 8 aprilie 2025 ──", "── miercuri, 8 aprilie 2025 ──"),
 "1583 month": sub(1583, "── luni, 7 aprilie 2025 ──", "── luni, 7 aprile 2025 ──"),
 "1583 time order": sub(1583, "\n10:05  Radu Dumitrescu", "\n09:05  Radu Dumitrescu"),
 "1583 period": sub(1583, "Perioada: 07.04.2025 – 09.04.2025", "Perioada: 07.04.2025 – 10.04.2025"),
 "1583 export before last": sub(1583, "Exportat la: 09.04.2025 18:22", "Exportat la: 09.04.2025 11:22"),
 "1583 reply to a stranger": sub(1583, "↳ Răspuns către Andreea Popescu", "↳ Răspuns către Vlad Marin"),
 # 1584 Murobbs
 "1584 site": sub(1584, "Muropaketti.com\n\nFoorumit", "Muro.com\n\nFoorumit"),
 "1584 starter": sub(1584, "Aloittaja pikseliputki, 11.3.2025", "Aloittaja gradientti, 11.3.2025"),
 "1584 post numbering": sub(1584, "\n#3\n", "\n#4\n"),
 "1584 post date order": sub(1584, "\n14.3.2025\n#8\n", "\n10.3.2025\n#8\n"),
 "1584 bad date": sub(1584, "\n13.3.2025\n#7\n", "\n31.2.2025\n#7\n"),
 "1584 member block": sub(1584, "Reaktiopisteet\n611\n", "Pisteet\n611\n", count=1),
 "1584 join after post": sub(1584, "Liittynyt\n7.6.2021", "Liittynyt\n7.6.2025"),
 "1584 quote of a later poster": sub(1584, "gradientti sanoi:", "tuomas_k sanoi:"),
 "1584 buttons missing": sub(1584, "Sammakkoprinssi tykkää tästä.\n\nTykkää   Lainaa   Vastaa\n", "Sammakkoprinssi tykkää tästä.\n\n"),
 "1584 footer": sub(1584, "© 2010-2025 XenForo", "© 2010-2024 XenForo"),
 # 1585 Webgalamb
 "1585 lang": sub(1585, '<html lang="hu">', '<html lang="en">'),
 "1585 tag unbalanced": sub(1585, "</h3>", "</h2>"),
 "1585 bare ampersand": sub(1585, "hl=318&amp;f=40917&amp;h=c7e2a95b04\">kattintson", "hl=318&f=40917&amp;h=c7e2a95b04\">kattintson"),
 "1585 http link": sub(1585, "https://www.adatvolgy.example.hu/adatvedelem", "http://www.adatvolgy.example.hu/adatvedelem"),
 "1585 issue mismatch": sub(1585, "<title>MI Szemle – 42. szám", "<title>MI Szemle – 43. szám"),
 "1585 weekday": sub(1585, "2025. június 5., csütörtök", "2025. június 5., péntek"),
 "1585 unsubscribe link lost": sub(1585, r'<a href="https://hirlevel[^"]+leiratkozas[^"]+">Leiratkozás</a> \| ', "", regex=True),
 "1585 link ids differ": sub(1585, "adatmodositas.php?hl=318&amp;f=40917", "adatmodositas.php?hl=318&amp;f=40918"),
 "1585 credit": sub(1585, "a Webgalamb hírlevélküldő rendszer", "egy hírlevélküldő rendszer"),
 # 1586 blogas.lt
 "1586 site": sub(1586, "blogas.lt\nNemokami", "blogas\nNemokami"),
 "1586 comment count": sub(1586, "Komentarai (5)", "Komentarai (6)"),
 "1586 comment order": sub(1586, "2025 m. sausio 14 d. 19:32", "2025 m. sausio 12 d. 19:32"),
 "1586 bad month": sub(1586, "2025 m. sausio 15 d. 07:58", "2025 m. sausis 15 d. 07:58"),
 "1586 @name": sub(1586, "@tomas_vln", "@jonas"),
 "1586 reply button": sub(1586, "portfelis?\nAtsakyti", "portfelis?\n"),
 "1586 ISBN": sub(1586, "978-1-119-00225-3", "978-1-119-00225-4"),
 "1586 paper title in the negative": sub(1586, "VS Code.", "VS Code. Dar skaitau Attention Is All You Need."),
 "1586 arXiv id in the negative": sub(1586, "6 ataskaitos", "6 ataskaitos (2106.09685)"),
 "1586 footer": sub(1586, "© 2025 blogas.lt – Taisyklės | Privatumo politika | Kontaktai\n", ""),
 # labels
 "title-only paper gets a link in 1578": sub(1578, "**Dodrio: Exploring Transformer Models with Interactive Visualization**", "[Dodrio: Exploring Transformer Models with Interactive Visualization](https://arxiv.org/abs/2103.14625)"),
 "title-only paper gets an id in 1581": sub(1581, "  journal = {CoRR},", "  journal = {CoRR},\n  eprint = {1807.03748},"),
 "arxiv-text id lost in 1583": sub(1583, " (arXiv:1909.08053)", ""),
 "unlabelled catalogue id in 1584": sub(1584, "nekin katsotaan.", "nekin katsotaan. https://arxiv.org/abs/2006.11239"),
 "other file's title in 1582": sub(1582, "rank 64 för generering.", "rank 64 för generering. Läs också Random Feature Attention."),
 "labelled title lost in 1577": sub(1577, "Long Short-Term Memory (Neural", "LSTM (Neural"),
 "unlabelled OpenReview id in 1585": sub(1585, "https://www.adatvolgy.example.hu/karrier", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1580": sub(1580, "Gadjah\nMada University Press, Yogyakarta.", "Gadjah\nMada University Press, Yogyakarta. Lihat juga Efficient Transformers: A Survey."),
 "link lost in 1585": sub(1585, 'href="https://arxiv.org/abs/2303.11366"', 'href="https://github.com/noahshinn/reflexion"'),
 "OpenReview link cut in 1584": sub(1584, "forum?id=St1giarCHLP", "forum?id=St1gia"),
 "arxiv-text gets a link in 1582": sub(1582, "AdamW; arXiv:1711.05101", "AdamW; https://arxiv.org/abs/1711.05101"),
 "unknown valid-shaped id in 1583": sub(1583, "plan_lecturi_T2.xlsx", "plan_lecturi_2405.01234.xlsx"),
 "OpenReview record also has an arXiv link in 1581": sub(1581, "url = {https://openreview.net/pdf?id=-bdp_8Itjwp}", "url = {https://openreview.net/pdf?id=-bdp_8Itjwp https://arxiv.org/abs/2006.05576}"),
 "title-only id in the html part of 1579": b64part("Random Feature Attention bij nemen?", "Random Feature Attention (arXiv:2103.02143) bij nemen?", "text/html"),
 "label in the negative": exp_edit(lambda e: e[D[1586]].append(dict(e[D[1585]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1580]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1577]][1].update(title="ELECTRA: Pre-training Text Encoders")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1584]][1].update(true_arxiv_id="2105.05234", arxiv_id="2105.05234")),
 "paper in two files": exp_edit(lambda e: e[D[1578]].append(dict(e[D[1577]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1579]].append({"arxiv_id": None, "openreview_id": None, "title": "Reformer: The Efficient Transformer", "evidence": "title-only", "true_arxiv_id": "2001.04451"})),
 "too few papers": exp_edit(lambda e: [e[D[1583]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1581]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1582])),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
