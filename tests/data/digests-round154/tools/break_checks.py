#!/usr/bin/env python3
"""Breaks a scratch copy of round154 (/tmp/round154-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round152's harness with round154's cases; 1559 is CR LF quoted-printable: its body is edited decoded and
encoded again as the builder does; 1561 is CR LF; 1562 CR LF with a BOM.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round154-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1557, 1567)}


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


def qp(old, new):
    """edit 1559's decoded body and encode it again (quoted-printable, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1559])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = quopri.decodestring(b.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1)
        b = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + b).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1557 IS MU
 "1557 head lines": sub(1557, "Masarykova univerzita\n", "Masaryk University\n"),
 "1557 breadcrumb code": sub(1557, "jaro 2025 / PA263\n", "jaro 2025 / PA26\n"),
 "1557 heading code differs": sub(1557, "PA263 Neuronové", "PA264 Neuronové"),
 "1557 field order": sub(1557, "Vyučovací jazyk\n", "Jazyk výuky\n"),
 "1557 week number": sub(1557, "\n3\t5. 3. 2025", "\n4\t5. 3. 2025"),
 "1557 date not Wednesday": sub(1557, "5. 3. 2025\t", "6. 3. 2025\t"),
 "1557 bad date": sub(1557, "26. 2. 2025\t", "30. 2. 2025\t"),
 "1557 row cells": sub(1557, "\tVektorové reprezentace slov\t", "\tVektorové reprezentace slov "),
 "1557 Rozvrh end": sub(1557, "až St 7. 5.", "až St 14. 5."),
 "1557 last lecture": sub(1557, "Poslední přednáška: 7. 5. 2025.", "Poslední přednáška: 14. 5. 2025."),
 "1557 footer": sub(1557, "IS MU  Nápověda  Mapa IS  © 2025 Masarykova univerzita\n", ""),
 # 1558 gitgud
 "1558 fence unbalanced": sub(1558, "cd awesome-agentes-llm\n```", "cd awesome-agentes-llm\n"),
 "1558 no badge": sub(1558, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1558 anchor wrong": sub(1558, "(#benchmarks-e-avaliação)", "(#benchmarks-e-avaliacao)"),
 "1558 clone/cd mismatch": sub(1558, "cd awesome-agentes-llm", "cd awesome-agentes"),
 "1558 clone host": sub(1558, "https://gitgud.io/leitura-agentes/", "https://gitlab.com/leitura-agentes/"),
 "1558 link item shape": sub(1558, "(https://arxiv.org/abs/2305.16291v2) —", "(arxiv.org/abs/2305.16291v2) —"),
 "1558 table row cells": sub(1558, "| CrewAI | Python |", "| CrewAI | Python | extra |"),
 # 1559 Sunrise
 "1559 LF in headers": sub(1559, "X-Priority: 3\r\n", "X-Priority: 3\n"),
 "1559 non-ASCII byte": sub(1559, "Nicolas Perret", "Nicolás Perret"),
 "1559 Date weekday": sub(1559, "Date: Tue, 10 Jun 2025", "Date: Wed, 10 Jun 2025"),
 "1559 header missing": sub(1559, "MIME-Version: 1.0\r\n", ""),
 "1559 not QP": sub(1559, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1559 X-Mailer": sub(1559, "X-Mailer: Sunrise Mail", "X-Mailer: Roundcube"),
 "1559 QP line too long": sub(1559, "=C3=80 lire avant jeudi, dans l'ordre :", "=C3=80 lire avant jeudi, dans l'ordre, et surtout avant la r=C3=A9union du groupe :"),
 "1559 bad QP escape": sub(1559, "transf=C3=A8re", "transf=G3=A8re"),
 "1559 subject not forward": sub(1559, "?Q?TR=3A_cs", "?Q?cs"),
 "1559 listing size differs": qp("(1089kb)\n", "(1090kb)\n"),
 "1559 listing id differs": qp("\\\\ ( https://arxiv.org/abs/2004.11886 ,", "\\\\ ( https://arxiv.org/abs/2004.11887 ,"),
 "1559 no forwarded block": qp("----- Message transféré -----", "----- Message d'origine -----"),
 "1559 hyena id lost": qp("(arXiv:2302.10866)", "(sur arXiv)"),
 "1559 other title in the note": qp("Anaïs le présente.", "Anaïs le présente, avec Attention Is All You Need."),
 # 1560 HUST
 "1560 page number": sub(1560, "\n63\n", "\n65\n"),
 "1560 running head": sub(1560, "\n63\n\nLuận văn thạc sĩ", "\n63\n\nLuan van thac si"),
 "1560 heading twice": sub(1560, "Tiếng Anh\n", "TÀI LIỆU THAM KHẢO\nTiếng Anh\n"),
 "1560 numbering": sub(1560, "[8] X. Zhai", "[9] X. Zhai"),
 "1560 Available without URL": sub(1560, "https://github.com/huggingface", "github.com/huggingface"),
 "1560 pages reversed": sub(1560, "pp. 2918–2928", "pp. 2928–2918"),
 "1560 citation missing": sub(1560, "dùng thư viện timm [11] như", "dùng thư viện timm như"),
 # 1561 RIS
 "1561 LF line": sub(1561, "PY  - 2020\r\n", "PY  - 2020\n"),
 "1561 bad tag line": sub(1561, "KW  - InfoNCE", "KW - InfoNCE"),
 "1561 unknown TY": sub(1561, "TY  - GEN", "TY  - PREPRINT"),
 "1561 record without TI": sub(1561, "TI  - lightly: a computer vision framework for self-supervised learning\r\n", ""),
 "1561 PY": sub(1561, "PY  - 2018", "PY  - 18"),
 "1561 SP>EP": sub(1561, "SP  - 9729", "SP  - 9939"),
 "1561 ISBN": sub(1561, "-362-3", "-362-4"),
 "1561 UR http": sub(1561, "UR  - https://github.com/lightly-ai", "UR  - http://github.com/lightly-ai"),
 "1561 ER missing": sub(1561, "LA  - ru\r\nER  - ", "LA  - ru\r\n"),
 "1561 AU shape": sub(1561, "AU  - He, Kaiming", "AU  - Kaiming He"),
 # 1562 Blue.cc
 "1562 no BOM": sub(1562, "\ufeffTitle,", "Title,"),
 "1562 header": sub(1562, "Due Date,Start Date", "Due,Start Date"),
 "1562 unknown list": sub(1562, ",Okunuyor,Can", ",Devam,Can"),
 "1562 Done value": sub(1562, "2025-03-05,true,", "2025-03-05,yes,"),
 "1562 start != due-7": sub(1562, "2025-03-12,2025-03-05", "2025-03-12,2025-03-06"),
 "1562 created after updated": sub(1562, "2025-03-03T09:14:00Z,2025-03-05T09:55:00Z", "2025-03-06T09:14:00Z,2025-03-05T09:55:00Z"),
 "1562 field count": sub(1562, ",true,2025-03-03T09:14:00Z", ",true,,2025-03-03T09:14:00Z"),
 "1562 no final CRLF": sub(1562, r"\r\n$", "", regex=True),
 # 1563 Symphony
 "1563 head key": sub(1563, "Room ID:", "Room-Id:"),
 "1563 members": sub(1563, "Members: Karim Abdelaziz, ", "Members: "),
 "1563 message count": sub(1563, "Messages: 12", "Messages: 11"),
 "1563 stamp order": sub(1563, "[2025-04-14 09:04:45]", "[2025-04-14 09:01:45]"),
 "1563 bad stamp": sub(1563, "[2025-04-14 09:02:48]", "[2025-04-14 09:62:48]"),
 "1563 export before last": sub(1563, "2025-04-14 17:05:42 GST", "2025-04-14 09:05:42 GST"),
 # 1564 PGR21
 "1564 site": sub(1564, "PGR21.com\n\n질문", "PGR.com\n\n질문"),
 "1564 views line": sub(1564, "조회 : 2,318 , 추천 : 0", "조회: 2318"),
 "1564 comment count": sub(1564, "댓글 10개", "댓글 11개"),
 "1564 comment before post": sub(1564, "25/05/21 21:14", "25/05/21 20:14"),
 "1564 comment order": sub(1564, "25/05/21 22:05", "25/05/21 21:30"),
 "1564 reply button": sub(1564, "제목만 적어둡니다.\n답글", "제목만 적어둡니다.\n"),
 # 1565 Mailingwork
 "1565 lang": sub(1565, '<html lang="de">', '<html lang="en">'),
 "1565 tag unbalanced": sub(1565, "</h3>", "</h2>"),
 "1565 bare ampersand": sub(1565, "Hinton &amp; Williams", "Hinton & Williams"),
 "1565 http link": sub(1565, "https://www.hs-neckarau.example.de/impressum", "http://www.hs-neckarau.example.de/impressum"),
 "1565 issue mismatch": sub(1565, "<title>KI &amp; Wissenschaft – Ausgabe 14", "<title>KI &amp; Wissenschaft – Ausgabe 15"),
 "1565 weekday": sub(1565, "Donnerstag, 3. Juli 2025", "Freitag, 3. Juli 2025"),
 "1565 unsubscribe link lost": sub(1565, '<a href="https://web.mailingwork.de/-link2/4187/14/u/0/7f3c9a1d">Newsletter abbestellen</a> | ', ""),
 "1565 badge": sub(1565, "Versendet mit Mailingwork", "Versendet mit Liebe"),
 # 1566 pblogs
 "1566 site": sub(1566, "pblogs.gr\nΤα", "pblogs\nΤα"),
 "1566 comment count": sub(1566, "Σχόλια (4)", "Σχόλια (5)"),
 "1566 comment order": sub(1566, "29 Δεκεμβρίου 2024 στις 9:18 μ.μ.", "27 Δεκεμβρίου 2024 στις 9:18 μ.μ."),
 "1566 bad month": sub(1566, "30 Δεκεμβρίου", "30 Δεκέμβρη"),
 "1566 @name": sub(1566, "@nikos_thess", "@giorgos"),
 "1566 ISBN": sub(1566, "978-1-0981-2597-4", "978-1-0981-2597-5"),
 "1566 paper title in the negative": sub(1566, "Το MNIST είναι για ζέσταμα.", "Το MNIST είναι για ζέσταμα, δες και Gradient-Based Learning Applied to Document Recognition."),
 "1566 arXiv id in the negative": sub(1566, "με 14 αστέρια", "με 14 αστέρια (βλ. 2106.09685)"),
 "1566 footer": sub(1566, "© 2024 pblogs.gr – Όροι χρήσης | Πολιτική απορρήτου\n", ""),
 # labels
 "title-only paper gets a link in 1558": sub(1558, "**A Generalist Agent**", "[A Generalist Agent](https://arxiv.org/abs/2205.06175)"),
 "title-only paper gets an id in 1561": sub(1561, "N1  - Только название", "N1  - arXiv:2004.07780. Только название"),
 "arxiv-text id lost in 1563": sub(1563, " (arXiv:2101.00190)", ""),
 "unlabelled catalogue id in 1564": sub(1564, "diffusers 문서도요.", "diffusers 문서도요. https://arxiv.org/abs/2001.04451"),
 "other file's title in 1562": sub(1562, "Katılım 7 kişi.", "Katılım 7 kişi. LoRA: Low-Rank Adaptation of Large Language Models da okunsun."),
 "labelled title lost in 1557": sub(1557, "Long Short-Term Memory (Neural", "LSTM (Neural"),
 "unlabelled OpenReview id in 1565": sub(1565, "https://www.hs-neckarau.example.de/impressum", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1560": sub(1560, "Bách khoa Hà Nội,\n2021.", "Bách khoa Hà Nội,\n2021. Efficient Transformers: A Survey."),
 "link lost in 1565": sub(1565, 'href="https://arxiv.org/abs/2010.00904"', 'href="https://github.com/facebookresearch/GENRE"'),
 "OpenReview link cut in 1563": sub(1563, "forum?id=0RDcd5Axok", "forum?id=0RDcd5"),
 "arxiv-text gets a link in 1562": sub(1562, "arXiv:1909.08053", "https://arxiv.org/abs/1909.08053"),
 "unknown valid-shaped id in 1557": sub(1557, "(učo 512348)", "(učo 2405.01234)"),
 "OpenReview record also has an arXiv link in 1560": sub(1560, "forum?id=YicbFdNTTy", "forum?id=YicbFdNTTy https://arxiv.org/abs/2010.11929"),
 "label in the negative": exp_edit(lambda e: e[D[1566]].append(dict(e[D[1565]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1560]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1557]][1].update(title="Attention Is All You Need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1564]][1].update(true_arxiv_id="2403.03207", arxiv_id="2403.03207")),
 "paper in two files": exp_edit(lambda e: e[D[1558]].append(dict(e[D[1557]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1559]].append({"arxiv_id": None, "openreview_id": None, "title": "Reformer: The Efficient Transformer", "evidence": "title-only", "true_arxiv_id": "2001.04451"})),
 "too few papers": exp_edit(lambda e: [e[D[1563]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1561]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1562])),
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
