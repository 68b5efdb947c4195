#!/usr/bin/env python3
"""Breaks a scratch copy of round204 (/tmp/r204/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round202's harness with round204's cases; 2058 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest; in 2059, whose PDF copy wraps titles, across line breaks; in 2062 and 2065 likewise.)"""
import quopri, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r204/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2057, 2067)}
EXP = json.load(open(os.path.join(HERE, "expected.json")))


def sub(n, old, new, nth=1, regex=False, count=1):
    """replace the nth occurrence of `old` (or the first regex match; count=0: every occurrence) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        elif count == 0:
            assert old in s, (n, old)
            s = s.replace(old, new)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def qp(old, new, count=1):
    """edit 2058's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2058])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2057 UJKZ fiche de cours
 "2057 head": sub(2057, "FICHE DE COURS\n", "PLAN DU COURS\n"),
 "2057 Mooré line lost": sub(2057, "Ne y windga! ", "Bonjour ! "),
 "2057 footer number": sub(2057, "p. 2/2", "p. 3/2"),
 "2057 footer total": sub(2057, "p. 1/2", "p. 1/3"),
 "2057 footer code": sub(2057, "INF 435 | p. 2", "INF 436 | p. 2"),
 "2057 footer not last": sub(2057, "p. 2/2\n", "p. 2/2\nfin\n"),
 "2057 field twice": sub(2057, "Crédits : 5\n", "Crédits : 5\nCrédits : 4\n"),
 "2057 hours total": sub(2057, "Cours magistraux : 24 h", "Cours magistraux : 26 h"),
 "2057 assessment sum": sub(2057, "Examen final : 40 %", "Examen final : 50 %"),
 "2057 week numbering": sub(2057, "Semaine 4 –", "Semaine 5 –"),
 "2057 week without reading": sub(2057, "  Lecture : Oquab", "  Oquab"),
 "2057 date": sub(2057, "Ouagadougou, le 9 février 2026", "Ouagadougou, le 30 février 2026"),
 "2057 arxiv-text gets a link": sub(2057, "arXiv:2304.07193", "https://arxiv.org/abs/2304.07193"),
 "2057 title-only gets an id": sub(2057, "(ICCV 2021).", "(ICCV 2021), arXiv:2103.14167."),
 "2057 openreview link lost": sub(2057, "https://openreview.net/forum?id=", "OpenReview id "),
 "2057 link lost": sub(2057, "http://arxiv.org/abs/2010.04159", "sur arXiv"),
 "2057 unlabelled catalogue title": sub(2057, "lecture facultative.", "lecture facultative ; voir aussi Attention Is All You Need."),
 "2057 CR LF": sub(2057, "\n", "\r\n", count=0),
 # 2058 UMNG forward, quoted-printable
 "2058 LF only": raw_bytes(2058, lambda b: b.replace(b"\r\n", b"\n")),
 "2058 non-ASCII": raw_bytes(2058, lambda b: b.replace(b"Subject: Fwd: Digest #6", "Subject: Fwd: Digest #6 é".encode("utf-8"))),
 "2058 header twice": raw_bytes(2058, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n")),
 "2058 Date weekday": raw_bytes(2058, lambda b: b.replace(b"Date: Wed, 18 Feb", b"Date: Thu, 18 Feb")),
 "2058 Date zone": raw_bytes(2058, lambda b: b.replace(b"09:31:07 +0100", b"09:31:07 +0300")),
 "2058 From host": raw_bytes(2058, lambda b: b.replace(b"<herve.samba@mail.example.cg>\r\nTo", b"<herve.samba@example.org>\r\nTo")),
 "2058 not QP": raw_bytes(2058, lambda b: b.replace(b"quoted-printable", b"8bit")),
 "2058 QP long line": raw_bytes(2058, lambda b: b.replace(b"=\r\n", b"", 3)),
 "2058 QP bad escape": raw_bytes(2058, lambda b: b.replace(b"=C3=A8", b"=G3=A8", 1)),
 "2058 QP not UTF-8": raw_bytes(2058, lambda b: b.replace(b"=C3=A8", b"=E8", 1)),
 "2058 forward marker": qp("----- Forwarded Message -----", "----- Message transféré -----"),
 "2058 forward fields": qp("Sent: Wednesday", "Date: Wednesday"),
 "2058 forward recipient": qp("To: herve.samba@mail.example.cg", "To: someone@mail.example.cg"),
 "2058 Sent weekday": qp("Sent: Wednesday, February 18", "Sent: Tuesday, February 18"),
 "2058 Sent after forward": qp("07:00:03 a.m. WAT", "11:00:03 a.m. WAT"),
 "2058 forward subject": qp("Subject: Digest #6\n", "Subject: Digest #7\n"),
 "2058 digest number": qp("– Digest #6", "– Digest #5"),
 "2058 message count": qp("3 messages", "4 messages"),
 "2058 message numbering": qp("Message 3\n", "Message 4\n"),
 "2058 message date order": qp("Tue, 17 Feb 2026 08:40", "Tue, 17 Feb 2026 22:40"),
 "2058 message weekday": qp("Mon, 16 Feb 2026 17:05", "Sun, 16 Feb 2026 17:05"),
 "2058 footer": qp("-- \n", "--\n"),
 "2058 arxiv-text gets a link": qp("arXiv:2307.08621", "https://arxiv.org/abs/2307.08621"),
 "2058 openreview link lost": qp("https://openreview.net/forum?id=", "openreview ", count=0),
 # 2059 KSTU reference list
 "2059 heading": sub(2059, "3.4 Выводы", "Выводы"),
 "2059 list heading": sub(2059, "СПИСОК ИСПОЛЬЗОВАННОЙ ЛИТЕРАТУРЫ", "ЛИТЕРАТУРА"),
 "2059 page numbers": sub(2059, "\n59\n", "\n60\n"),
 "2059 page not last": sub(2059, "\n59\n", "\n59\nконец\n"),
 "2059 long line": sub(2059, "быстрее. В дальнейшем", "быстрее. В дальнейшем " + "очень " * 12),
 "2059 entry numbering": sub(2059, "\n3. ", "\n4. "),
 "2059 entry form": sub(2059, "\n1. ", "\n1 "),
 "2059 order": sub(2059, r"\n1\. (.*?)\n\n2\. (.*?)\n\n", r"\n1. \2\n\n2. \1\n\n", regex=True),
 "2059 year": sub(2059, "– 1986.", "– 1896."),
 "2059 page range": sub(2059, "P. 533–536", "P. 536–533"),
 "2059 access date": sub(2059, r"21\.01\.2026\)", "31.02.2026)", regex=True),
 "2059 URL form": sub(2059, r"\(дата обращения:(\s+)21\.01\.2026\)", r"[21.01.2026]", regex=True),
 "2059 entry full stop": sub(2059, "№ 8. – P. 1735–1780.", "№ 8. – P. 1735–1780"),
 "2059 arxiv-text gets a link": sub(2059, "arXiv:2106.07447", "https://arxiv.org/abs/2106.07447"),
 "2059 no final newline": raw_bytes(2059, lambda b: b.rstrip(b"\n")),
 # 2060 Juba RIS
 "2060 LF only": raw_bytes(2060, lambda b: b.replace(b"\r\n", b"\n")),
 "2060 tag form": sub(2060, "PY  - 2020", "PY - 2020"),
 "2060 unknown tag": sub(2060, "DB  - University of Juba Library\r\nER", "XX  - y\r\nDB  - University of Juba Library\r\nER"),
 "2060 unclosed record": sub(2060, "ER  - \r\n\r\nTY  - BOOK", "\r\nTY  - BOOK"),
 "2060 type": sub(2060, "TY  - GEN", "TY  - PREPRINT"),
 "2060 TI twice": sub(2060, "TY  - BOOK\r\nID  - JUB-0319\r\n", "TY  - BOOK\r\nID  - JUB-0319\r\nTI  - x\r\n"),
 "2060 AU form": sub(2060, "AU  - Zhang, Aston", "AU  - Aston Zhang"),
 "2060 PY": sub(2060, "PY  - 2023", "PY  - 2032"),
 "2060 URL": sub(2060, "UR  - https://data.example.ss", "UR  - data.example.ss"),
 "2060 ISBN": sub(2060, "978-1-009-38943-3", "978-1-009-38943-4"),
 "2060 DB": sub(2060, "DB  - University of Juba Library", "DB  - Library"),
 "2060 ids": sub(2060, "ID  - JUB-0314", "ID  - JUB-0341"),
 "2060 arxiv-text gets a link": sub(2060, "arXiv:1807.03748", "https://arxiv.org/abs/1807.03748"),
 "2060 title-only gets an id": sub(2060, "printed copy at the desk.", "printed copy at the desk, arXiv:2101.01761."),
 # 2061 UGANC CSV
 "2061 tab separated": sub(2061, "Semaine,Type,", "Semaine\tType\t"),
 "2061 LF only": raw_bytes(2061, lambda b: b.replace(b"\r\n", b"\n")),
 "2061 BOM": raw_bytes(2061, lambda b: "\ufeff".encode("utf-8") + b),
 "2061 quoting": sub(2061, '"GPT Understands, Too"', 'GPT Understands, Too'),
 "2061 header": sub(2061, "Présentateur", "Lecteur"),
 "2061 week": sub(2061, "\r\n5,article", "\r\n6,article"),
 "2061 type": sub(2061, ",logiciel,", ",outil,"),
 "2061 status": sub(2061, ",à présenter,", ",plus tard,"),
 "2061 link": sub(2061, "https://data.example.gn/pular-fr", "data.example.gn/pular-fr"),
 "2061 presenter": sub(2061, "Aïssatou Sow,à présenter", ",à présenter"),
 "2061 arxiv-text gets a link": sub(2061, "arXiv:2106.10199", "https://arxiv.org/abs/2106.10199"),
 # 2062 Slack
 "2062 not JSON": sub(2062, "[\n", "[[\n"),
 "2062 indent": sub(2062, '    {\n        "type"', '  {\n        "type"'),
 "2062 slash not escaped": sub(2062, "https:\\/\\/arxiv.org\\/abs\\/2303.11366", "https://arxiv.org/abs/2303.11366"),
 "2062 non-ASCII": sub(2062, "Subax wanaagsan", "Subax wanaagsan é"),
 "2062 ts order": sub(2062, '"ts": "1771225425.000000"', '"ts": "1771225900.000000"'),
 "2062 ts form": sub(2062, '"ts": "1771225331.000000"', '"ts": "1771225331"'),
 "2062 ts night": sub(2062, '"ts": "1771225331.000000"', '"ts": "1771200000.000000"'),
 "2062 user id": sub(2062, '"user": "U08SMD0A4"', '"user": "U99XX"'),
 "2062 user two names": sub(2062, '"real_name": "Ifrah Nur"', '"real_name": "Ifrah N."'),
 "2062 extra key": sub(2062, '"type": "message",', '"type": "message",\n        "subtype": "bot_message",'),
 "2062 team": sub(2062, '"team": "T08SMD000"\n    }', '"team": "T08SMD999"\n    }'),
 "2062 Slack link": sub(2062, "<https:\\/\\/arxiv.org\\/pdf\\/2306.05685v4.pdf>", "<arxiv pdf>"),
 "2062 arxiv-text gets a link": sub(2062, "arXiv:2009.03300", "https:\\/\\/arxiv.org\\/abs\\/2009.03300"),
 # 2063 Moroni forum
 "2063 head": sub(2063, "Forum Tech Moroni\nAccueil", "Forum Moroni\nAccueil"),
 "2063 footer not last": sub(2063, "Confidentialité\n", "Confidentialité\nfin\n"),
 "2063 discussion line": sub(2063, "Discussion dans", "Sujet dans"),
 "2063 breadcrumb forum": sub(2063, "› Intelligence artificielle\n", "› IA\n"),
 "2063 replies": sub(2063, "Réponses : 3", "Réponses : 4"),
 "2063 post numbering": sub(2063, "   #3", "   #4"),
 "2063 date order": sub(2063, "14/02/2026   #4", "11/02/2026   #4"),
 "2063 date valid": sub(2063, "13/02/2026   #3", "30/02/2026   #3"),
 "2063 messages line": sub(2063, "Messages : 64", "64 messages"),
 "2063 starter": sub(2063, "lancée par said_abdallah", "lancée par nadia.ahmed"),
 "2063 reply line": sub(2063, "J'aime   Citer   Répondre\n", "", count=1),
 "2063 openreview link lost": sub(2063, "https://openreview.net/forum?id=", "openreview : "),
 "2063 title-only gets a link": sub(2063, "(c'est vLLM)", "(https://arxiv.org/abs/2309.06180)"),
 # 2064 awesome
 "2064 badge": sub(2064, "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "awesome"),
 "2064 heading twice": sub(2064, "## Tools", "## Foundations"),
 "2064 License not last": sub(2064, "## License", "## License\n\n## More"),
 "2064 Contents slug": sub(2064, "](#tools)", "](#outils)"),
 "2064 Contents entry lost": sub(2064, "- [Tools](#tools)\n", ""),
 "2064 http link": sub(2064, "https://github.com/huggingface/diffusers", "http://github.com/huggingface/diffusers"),
 "2064 date": sub(2064, "February 15, 2026", "February 30, 2026"),
 "2064 handle case": sub(2064, "@kiona-edmund", "@Kiona-Edmund"),
 "2064 bold": sub(2064, "**Generative", "Generative"),
 "2064 italics": sub(2064, "*Deep Unsupervised", "Deep Unsupervised"),
 "2064 arxiv-text gets link": sub(2064, "(arXiv:1907.05600)", "(https://arxiv.org/abs/1907.05600)"),
 "2064 openreview link lost": sub(2064, "https://openreview.net/forum?id=", "https://openreview.net/group?id="),
 # 2065 newsletter
 "2065 lang": sub(2065, '<html lang="nl">', '<html lang="en">'),
 "2065 tags": sub(2065, "</section>", "</div>"),
 "2065 two h1": sub(2065, "</h1>", "</h1><h1>x</h1>"),
 "2065 issue number": sub(2065, "<h1>Nieuwsbrief Onderzoek nr. 4", "<h1>Nieuwsbrief Onderzoek nr. 5"),
 "2065 bare amp": sub(2065, "Jurafsky &amp; Martin", "Jurafsky & Martin"),
 "2065 index": sub(2065, 'href="#bronnen"', 'href="#bron"'),
 "2065 href": sub(2065, 'href="/css/nieuwsbrief.css"', 'href="css nieuwsbrief"'),
 "2065 date": sub(2065, "februari 2026</p>", "february 2026</p>"),
 "2065 artikel count": sub(2065, '<li class="artikel">', "<li>"),
 "2065 title-only gets a link": sub(2065, "De Cao et al., ICLR 2021", 'De Cao, <a href="https://arxiv.org/abs/2010.00904">arXiv</a>'),
 # 2066 negative
 "2066 head": sub(2066, "Техно Блог УБ\nУлаан", "Блог\nУлаан"),
 "2066 published line": sub(2066, "Нийтэлсэн:", "Бичсэн:"),
 "2066 published date": sub(2066, "2026 оны 2-р сарын 10, 18:30", "2026 оны 2-р сарын 31, 18:30"),
 "2066 comment count": sub(2066, "нийтлэлд 3 сэтгэгдэл", "нийтлэлд 4 сэтгэгдэл"),
 "2066 comment title": sub(2066, "«Энэ улиралд хиймэл оюуныг заахад ашигласан зүйлс» нийтлэлд", "«Энэ улиралд» нийтлэлд"),
 "2066 comment order": sub(2066, "2026 оны 2-р сарын 11, 08:17", "2026 оны 2-р сарын 13, 08:17"),
 "2066 comment before post": sub(2066, "2026 оны 2-р сарын 10, 21:04", "2026 оны 2-р сарын 9, 21:04"),
 "2066 reply line": sub(2066, "Хариулах\n", "", count=1),
 "2066 categories": sub(2066, "Ангилал:", "Шошго:"),
 "2066 footer": sub(2066, "© 2026 Техно", "© Техно"),
 "2066 catalogue title in the negative": sub(2066, "эхний дадлагад.", "эхний дадлагад (Attention Is All You Need)."),
 "2066 catalogue title in lower case": sub(2066, "эхний дадлагад.", "эхний дадлагад (long short-term memory)."),
 "2066 arXiv id in the negative": sub(2066, "11 цаг.\n", "11 цаг (arXiv:2403.01234).\n"),
 "2066 arXiv link in the negative": sub(2066, "(blog.example.mn).", "(https://arxiv.org/abs/2307.09288)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2066]].append(dict(e[D[2065]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2059]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2065]][0].update(title="BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2061]][1].update(true_arxiv_id="2305.14315", arxiv_id="2305.14315")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2061]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[2058]].append(dict(e[D[2057]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[2063]].append({"arxiv_id": None, "openreview_id": None, "title": "PaLM: Scaling Language Modeling with Pathways", "evidence": "title-only", "true_arxiv_id": "2204.02311"})),
 "too few papers": exp_edit(lambda e: [e[D[2060]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2064]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2058])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2063]][3].update(openreview_id="St1giarCHLP")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2059]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2064]].append(dict(e[D[2064]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2063]].pop(0)),
 "extra field": exp_edit(lambda e: e[D[2057]][0].update(venue="ICML")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2057]][3].update(arxiv_id="2103.13646")),
}
# one case per labelled paper: its title removed from its digest (2058: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = qp(t, "[…]", count=0) if n == 2058 else \
            sub(n, r"\s+".join(re.escape(w) for w in t.split()), "[…]", regex=True, count=0) if n in (2059, 2062, 2065) else sub(n, t, "[…]", count=0)


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
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        bad.append(f"{name} (edit failed: {ex})"); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
