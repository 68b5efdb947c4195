#!/usr/bin/env python3
"""Breaks a scratch copy of round160 (/tmp/round160-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round158's harness with round160's cases; 1619 is CR LF base64 Big5: its body is edited decoded and
encoded again as the builder does; 1621 is CR LF; 1622 has a BOM and CR LF; 1623 is one line of JSON.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round160-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1617, 1627)}


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


def b64body(old, new):
    """edit 1619's base64 Big5 body decoded and encode it again (as the builder does, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1619])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = base64.b64decode(b.replace("\r\n", "")).decode("big5").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = base64.encodebytes(t.replace("\n", "\r\n").encode("big5")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def gm(edit):
    """edit 1623's message list (newest first) and write it back compact"""
    def fn(root):
        p = os.path.join(root, "digests", D[1623])
        ms = json.loads(open(p, encoding="utf-8").read())
        edit(ms)
        open(p, "w", encoding="utf-8").write(json.dumps(ms, ensure_ascii=False, separators=(",", ":")))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def msg(ms, who, i=0):
    return [m for m in ms if m["name"] == who][i]


CASES = {
 # 1617 UBB fișa disciplinei
 "1617 form title": sub(1617, "FIȘA DISCIPLINEI\n", "FISA DISCIPLINEI\n"),
 "1617 section order": sub(1617, "4. Precondiții (acolo", "Precondiții (acolo"),
 "1617 institution": sub(1617, "Universitatea Babeș-Bolyai Cluj-Napoca", "Universitatea Tehnică din Cluj-Napoca"),
 "1617 3.1 sum": sub(1617, "3.1 Număr de ore pe săptămână 4", "3.1 Număr de ore pe săptămână 5"),
 "1617 3.4 sum": sub(1617, "învățământ 56 din care", "învățământ 58 din care"),
 "1617 3.5 vs 14 weeks": sub(1617, "3.5 curs 28 3.6 seminar/laborator 28", "3.5 curs 30 3.6 seminar/laborator 26"),
 "1617 3.7 sum": sub(1617, "Tutoriat 6", "Tutoriat 8"),
 "1617 3.8 sum": sub(1617, "3.8 Total ore pe semestru 150", "3.8 Total ore pe semestru 152"),
 "1617 credits": sub(1617, "3.9 Numărul de credite 6", "3.9 Numărul de credite 5"),
 "1617 course numbering": sub(1617, "\n14. Recapitulare;", "\n15. Recapitulare;"),
 "1617 lab hours": sub(1617, "discuții 6 ore (săptămânile 6–8)", "discuții 4 ore (săptămânile 6–8)"),
 "1617 lab weeks": sub(1617, "(săptămâna 14)", "(săptămâna 15)"),
 "1617 bibliography numbering": sub(1617, "\n10. A. Zhang,", "\n11. A. Zhang,"),
 "1617 weights": sub(1617, "prezentare orală 30%", "prezentare orală 40%"),
 "1617 approval before completion": sub(1617, "21.02.2025 Prof.", "11.02.2025 Prof."),
 "1617 CR LF": sub(1617, "Nu se aplică.\n", "Nu se aplică.\r\n"),
 # 1618 git.wur.nl
 "1618 fence unbalanced": sub(1618, "cd awesome-taalmodellen\n```", "cd awesome-taalmodellen\n"),
 "1618 no badge": sub(1618, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1618 anchor wrong": sub(1618, "(#cursussen-en-videos)", "(#cursussen-en-video's)"),
 "1618 toc entry missing": sub(1618, "- [Licentie](#licentie)\n", ""),
 "1618 clone/cd mismatch": sub(1618, "cd awesome-taalmodellen", "cd taalmodellen"),
 "1618 clone host": sub(1618, "git clone https://git.wur.nl/", "git clone https://gitlab.com/"),
 "1618 other project": sub(1618, "awesome-taalmodellen/-/wikis/data", "leesgroep/-/wikis/data"),
 "1618 link item shape": sub(1618, "(https://arxiv.org/abs/1907.11692) —", "(arxiv.org/abs/1907.11692) —"),
 "1618 table row cells": sub(1618, "| BERTje | encoder |", "| BERTje | encoder | 2019 |"),
 # 1619 Netvigator
 "1619 LF in headers": sub(1619, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1619 non-ASCII byte": sub(1619, "X-Mailer: Netvigator Webmail", "X-Mailer: Netvigator Wébmail"),
 "1619 Date weekday": sub(1619, "Date: Thu, 13 Mar 2025", "Date: Fri, 13 Mar 2025"),
 "1619 header missing": sub(1619, "Content-Transfer-Encoding: base64\r\n", ""),
 "1619 X-Mailer": sub(1619, "X-Mailer: Netvigator Webmail", "X-Mailer: Roundcube Webmail"),
 "1619 Message-ID host": sub(1619, "@webmail.netvigator.com>", "@mail.example.hk>"),
 "1619 charset": sub(1619, 'charset="Big5"', 'charset="UTF-8"'),
 "1619 base64 line short": sub(1619, r"(\r\n\r\n[A-Za-z0-9+/]{70})[A-Za-z0-9+/]{6}", r"\1", regex=True),
 "1619 base64 bad char": sub(1619, r"(\r\n\r\n[A-Za-z0-9+/]{10})[A-Za-z0-9+/]", r"\1*", regex=True),
 "1619 subject not B-word": sub(1619, "Subject: =?Big5?B?", "Subject: =?Big5?Q?"),
 "1619 no forward block": b64body("-------- 轉寄郵件 --------", "-------- 原始郵件 --------"),
 "1619 toc numbering": b64body("   2. Re:", "   4. Re:"),
 "1619 toc sender": b64body("   3. Re: 下學期讀書會時間表 (張浩然)", "   3. Re: 下學期讀書會時間表 (何嘉敏)"),
 "1619 digest message weekday": b64body("Date: Wed, 12 Mar 2025 09:20:47", "Date: Thu, 12 Mar 2025 09:20:47"),
 "1619 digest message order": b64body("Date: Tue, 11 Mar 2025 16:45:03", "Date: Mon, 10 Mar 2025 08:45:03"),
 "1619 end line": b64body("End of nlp-reading Digest", "End of nlp-read Digest"),
 "1619 asterisk line": b64body("Issue 4\n*****", "Issue 4\n****"),
 "1619 forwarded weekday": b64body("(星期四) 上午12:00", "(星期五) 上午12:00"),
 "1619 forwarded after the mail": b64body("日期: 2025年3月13日 (星期四) 上午12:00", "日期: 2025年3月14日 (星期五) 上午12:00"),
 "1619 Transformer-XL id lost": b64body("arXiv:1901.02860\n", "\n"),
 "1619 other title in the note": b64body("下星期三見！", "下星期三見！順便讀 Attention Is All You Need。"),
 # 1620 Sofia University
 "1620 page number": sub(1620, "\n58\n", "\n60\n"),
 "1620 heading twice": sub(1620, "\nИЗПОЛЗВАНА ЛИТЕРАТУРА\n", "\nИЗПОЛЗВАНА ЛИТЕРАТУРА\nИЗПОЛЗВАНА ЛИТЕРАТУРА\n"),
 "1620 numbering": sub(1620, "\n[9] Ultralytics.", "\n[10] Ultralytics."),
 "1620 Cyrillic not first": sub(1620, "[1] Георгиева, М., Петров, Д.", "[1] Georgieva, M., Petrov, D."),
 "1620 not alphabetical": sub(1620, "[3] Bhojanapalli, S.", "[3] Xhojanapalli, S."),
 "1620 Достъпно на without URL": sub(1620, "Достъпно на: https://docs.ultralytics.com", "Достъпно на: docs.ultralytics.com"),
 "1620 посетен на": sub(1620, "[посетен на 20.01.2025]", "[посетен на 20.13.2025]"),
 "1620 pages reversed": sub(1620, "pp. 2918–2927", "pp. 2927–2918"),
 "1620 citation without reference": sub(1620, "по-големи модели [11]", "по-големи модели [13]"),
 "1620 reference not cited": sub(1620, "е описана в [1], а първите", "е описана в учебниците, а първите"),
 "1620 no final page number": sub(1620, r"\n\n59\n$", "\n", regex=True),
 # 1621 Finna RIS
 "1621 LF line": sub(1621, "LA  - eng\r\n", "LA  - eng\n"),
 "1621 BOM": sub(1621, "TY  - BOOK\r\nTI  - Deep learning", "\ufeffTY  - BOOK\r\nTI  - Deep learning"),
 "1621 tag shape": sub(1621, "PY  - 2016\r\n", "PY - 2016\r\n"),
 "1621 missing ER": sub(1621, "ER  - \r\n\r\nTY  - JOUR", "\r\nTY  - JOUR"),
 "1621 RIS type": sub(1621, "TY  - CONF", "TY  - PROC"),
 "1621 author shape": sub(1621, "AU  - Goodfellow, Ian", "AU  - Ian Goodfellow"),
 "1621 no PY": sub(1621, "PY  - 2018\r\n", ""),
 "1621 pages reversed": sub(1621, "SP  - 9351\r\nEP  - 9359", "SP  - 9359\r\nEP  - 9351"),
 "1621 ISBN": sub(1621, "SN  - 9780262035613", "SN  - 9780262035614"),
 "1621 UR http": sub(1621, "UR  - https://www.finna.fi/Record/piki", "UR  - http://www.finna.fi/Record/piki"),
 "1621 LA": sub(1621, "LA  - fin", "LA  - suomi"),
 "1621 JOUR without JO": sub(1621, "JO  - Tekniikan maailma\r\n", ""),
 "1621 title-only gets a DOI": sub(1621, "SP  - 9351\r\n", "DO  - 10.48550/arXiv.2101.01761\r\nSP  - 9351\r\n"),
 # 1622 Ganttic
 "1622 no BOM": sub(1622, "\ufeffÜlesanne", "Ülesanne"),
 "1622 header": sub(1622, "Lõpp;Kestus (h)", "Lõpp;Kestus"),
 "1622 comma separator": sub(1622, "Tamm;03.03.2025 15:00", "Tamm,03.03.2025 15:00"),
 "1622 needless quotes": sub(1622, ";Tehtud;Madal;Treenitakse", ';"Tehtud";Madal;Treenitakse'),
 "1622 start after end": sub(1622, "07.04.2025 14:00;07.04.2025 15:30", "07.04.2025 16:00;07.04.2025 15:30"),
 "1622 bad date": sub(1622, "24.03.2025 09:00;25.03.2025 17:00", "24.03.2025 09:00;32.03.2025 17:00"),
 "1622 hours with a dot": sub(1622, ";7,5;", ";7.5;"),
 "1622 state": sub(1622, ";Pooleli;Keskmine;Ühendab", ";Töös;Keskmine;Ühendab"),
 "1622 priority": sub(1622, ";Tehtud;Madal;Treenitakse", ";Tehtud;Väike;Treenitakse"),
 "1622 two projects": sub(1622, "Kokkuvõte ja ettekanne arendusosakonnale;PEFT lugemisring (kevad 2025)", "Kokkuvõte ja ettekanne arendusosakonnale;Sisekoolitus"),
 "1622 LF record end": sub(1622, ";Madal;Treenitakse ainult bias-parameetreid. Lühiartikkel, ACL 2022.\r\n", ";Madal;Treenitakse ainult bias-parameetreid. Lühiartikkel, ACL 2022.\n"),
 # 1623 GroupMe
 "1623 final newline": sub(1623, r"\]$", "]\n", regex=True),
 "1623 pretty-printed": sub(1623, '"platform":"gm"}', '"platform": "gm"}'),
 "1623 key missing": gm(lambda ms: ms[0].pop("source_guid")),
 "1623 order": gm(lambda ms: ms.insert(0, ms.pop(3))),
 "1623 id vs created_at": gm(lambda ms: ms[2].update(created_at=ms[2]["created_at"] - 7)),
 "1623 group_id": gm(lambda ms: ms[4].update(group_id="104583921")),
 "1623 user under two names": gm(lambda ms: msg(ms, "Rodrigo Salas").update(name="Rodrigo S.")),
 "1623 sender != user": gm(lambda ms: msg(ms, "Sofía Ramírez").update(sender_id="77650219")),
 "1623 system fields": gm(lambda ms: ms[-1].update(name="Daniela Ríos")),
 "1623 reply to a later message": gm(lambda ms: [m["attachments"][0].update(reply_id=ms[0]["id"], base_reply_id=ms[0]["id"]) for m in ms if m["attachments"] and m["attachments"][0]["type"] == "reply"]),
 "1623 reply user": gm(lambda ms: [m["attachments"][0].update(user_id="77650218") for m in ms if m["attachments"] and m["attachments"][0]["type"] == "reply"]),
 "1623 favorited by a stranger": gm(lambda ms: ms[1]["favorited_by"].append("99999999")),
 "1623 image url": gm(lambda ms: [m["attachments"][0].update(url="https://example.com/x.png") for m in ms if m["attachments"] and m["attachments"][0]["type"] == "image"]),
 "1623 platform": gm(lambda ms: ms[0].update(platform="web")),
 # 1624 Ubuntu-it
 "1624 site head": sub(1624, "Forum Ubuntu-it\nIl forum", "Forum Ubuntu\nIl forum"),
 "1624 breadcrumb": sub(1624, "\nIndice del forum ‹ Software ‹ Grafica e multimedia\nTutti", "\nIndice del forum ‹ Software\nTutti"),
 "1624 message count": sub(1624, "8 messaggi • Pagina 1 di 1", "9 messaggi • Pagina 1 di 1"),
 "1624 weekday": sub(1624, "» lun 10 mar 2025, 22:02", "» mar 10 mar 2025, 22:02"),
 "1624 post order": sub(1624, "» mar 11 mar 2025, 19:05", "» mar 11 mar 2025, 07:05"),
 "1624 reply title": sub(1624, "Re: Stable Diffusion su Ubuntu 24.04", "Stable Diffusion su Ubuntu 24.04"),
 "1624 joined after post": sub(1624, "Iscrizione: 9 gen 2023, 20:12", "Iscrizione: 9 gen 2026, 20:12"),
 "1624 profile differs": sub(1624, "Messaggi: 683", "Messaggi: 684"),
 "1624 profile block": sub(1624, "Distribuzione: Ubuntu MATE 24.04", "Ubuntu MATE 24.04"),
 "1624 quote of a later poster": sub(1624, "giuliettaR ha scritto: ↑", "pier_lu ha scritto: ↑"),
 "1624 quoted date": sub(1624, "nico_bash ha scritto: ↑\nlun 10 mar 2025, 22:02", "nico_bash ha scritto: ↑\nlun 10 mar 2025, 22:12"),
 "1624 Torna a": sub(1624, "Torna a “Grafica e multimedia”", "Torna a “Programmazione”"),
 "1624 footer": sub(1624, "Creato da phpBB® Forum Software © phpBB Limited\n", ""),
 # 1625 Agillic
 "1625 lang": sub(1625, '<html lang="da">', '<html lang="en">'),
 "1625 tag unbalanced": sub(1625, "</h2>", "</h3>"),
 "1625 bare ampersand": sub(1625, "afmeld?c=3907&amp;r=", "afmeld?c=3907&r="),
 "1625 http link": sub(1625, "https://naif.example.dk/privatliv", "http://naif.example.dk/privatliv"),
 "1625 issue mismatch": sub(1625, ">Nr. 14 &#183;", ">Nr. 15 &#183;"),
 "1625 month mismatch": sub(1625, "nr. 14, marts 2025</title>", "nr. 14, april 2025</title>"),
 "1625 weekday": sub(1625, "torsdag den 27. marts 2025", "fredag den 27. marts 2025"),
 "1625 unsubscribe lost": sub(1625, r'<a href="https://[^"]+/a/afmeld[^"]+"[^>]*>Afmeld nyhedsbrevet</a> \| ', "", regex=True),
 "1625 token differs": sub(1625, "praeferencer?c=3907&amp;r=a41f0c9d2e6b", "praeferencer?c=3907&amp;r=a41f0c9d2e6c"),
 "1625 credit": sub(1625, "Sendt med Agillic", "Sendt"),
 # 1626 Denník N
 "1626 site": sub(1626, "Denník N\nPrihlásiť", "Dennik N\nPrihlásiť"),
 "1626 comment count": sub(1626, "Diskusia (6)", "Diskusia (7)"),
 "1626 comment order": sub(1626, "12. marca 2025 o 18:44", "12. marca 2025 o 08:44"),
 "1626 bad month": sub(1626, "13. marca 2025 o 07:51", "13. marec 2025 o 07:51"),
 "1626 @name": sub(1626, "@ondrej_k", "@Katka"),
 "1626 like line": sub(1626, "Odpovedať   Páči sa mi to (14)", "Páči sa mi to (14)"),
 "1626 footer": sub(1626, "© 2025 N Press", "© 2024 N Press"),
 "1626 paper title in the negative": sub(1626, "kritického čítania", "kritického čítania (Attention Is All You Need)"),
 "1626 arXiv id in the negative": sub(1626, "štyrmi kritériami.", "štyrmi kritériami (2106.09685)."),
 # labels
 "title-only paper gets a link in 1618": sub(1618, "**DeBERTa: Decoding-enhanced BERT with Disentangled Attention**", "[DeBERTa: Decoding-enhanced BERT with Disentangled Attention](https://arxiv.org/abs/2006.03654)"),
 "title-only paper gets an id in 1624": sub(1624, "(Sohl-Dickstein e altri, ICML 2015)", "(Sohl-Dickstein e altri, ICML 2015, arXiv:1503.03585)"),
 "arxiv-text id lost in 1622": sub(1622, "AdamW, arXiv:1711.05101.", "AdamW."),
 "unlabelled catalogue id in 1620": sub(1620, "(набор от данни).", "(набор от данни), https://arxiv.org/abs/2006.11239."),
 "other file's title in 1622": sub(1622, "GPU-server gpu02;", "GPU-server gpu02; vt Random Feature Attention;"),
 "labelled title lost in 1617": sub(1617, "Long Short-Term Memory, Neural", "LSTM, Neural"),
 "unlabelled OpenReview id in 1625": sub(1625, "https://naif.example.dk/arrangementer", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1621": sub(1621, "TI  - Kone oppii katsomaan ilman opettajaa", "TI  - Efficient Transformers: A Survey"),
 "link lost in 1625": sub(1625, 'href="https://arxiv.org/abs/2307.08621"', 'href="https://github.com/microsoft/torchscale"'),
 "OpenReview link cut in 1618": sub(1618, "forum?id=B1ckMDqlg", "forum?id=B1ckMD"),
 "arxiv-text gets a link in 1625": sub(1625, "(arXiv:2010.00904)", "(https://arxiv.org/abs/2010.00904)"),
 "unknown valid-shaped id in 1623": gm(lambda ms: ms[0].update(text="👍 2405.01234")),
 "OpenReview record also has an arXiv link in 1623": gm(lambda ms: msg(ms, "Sofía Ramírez", 1).update(text=msg(ms, "Sofía Ramírez", 1)["text"] + " https://arxiv.org/abs/2310.06770")),
 "title-only id inside base64 in 1619": b64body("也很有趣", "(arXiv:2010.06891) 也很有趣"),
 "label in the negative": exp_edit(lambda e: e[D[1626]].append(dict(e[D[1625]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1620]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1617]][1].update(title="Sequence to Sequence Learning")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1624]][1].update(true_arxiv_id="2207.12599", arxiv_id="2207.12599")),
 "paper in two files": exp_edit(lambda e: e[D[1618]].append(dict(e[D[1617]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1619]].append({"arxiv_id": None, "openreview_id": None, "title": "Reformer: The Efficient Transformer", "evidence": "title-only", "true_arxiv_id": "2001.04451"})),
 "too few papers": exp_edit(lambda e: [e[D[1623]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1625]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1622])),
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
