#!/usr/bin/env python3
"""Breaks a scratch copy of round202 (/tmp/r202/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round200's harness with round202's cases; 2038 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest; in 2039, whose PDF copy wraps titles, across line breaks; in 2042 and 2045 likewise, a title being whole in the raw text.)"""
import quopri, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r202/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2037, 2047)}
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
    """edit 2038's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2038])
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
 # 2037 UNTL syllabus
 "2037 head": sub(2037, "PROGRAMA DA UNIDADE CURRICULAR\n", "PLANO DE ENSINO\n"),
 "2037 Tetun line lost": sub(2037, "Bondia ba ", "Bom dia a "),
 "2037 footer number": sub(2037, "pág. 2/2", "pág. 3/2"),
 "2037 footer total": sub(2037, "pág. 1/2", "pág. 1/3"),
 "2037 footer code": sub(2037, "INF 412 | pág. 2", "INF 413 | pág. 2"),
 "2037 footer not last": sub(2037, "pág. 2/2\n", "pág. 2/2\nfim\n"),
 "2037 field twice": sub(2037, "ECTS : 6\n", "ECTS : 6\nECTS : 5\n"),
 "2037 hours total": sub(2037, "Aulas teóricas : 30 h", "Aulas teóricas : 32 h"),
 "2037 assessment sum": sub(2037, "Exame final escrito : 45 %", "Exame final escrito : 50 %"),
 "2037 week numbering": sub(2037, "Semana 4 –", "Semana 5 –"),
 "2037 week without reading": sub(2037, "  Leitura : Ghiasi", "  Ghiasi"),
 "2037 date": sub(2037, "Díli, 9 de fevereiro de 2026", "Díli, 30 de fevereiro de 2026"),
 "2037 arxiv-text gets a link": sub(2037, "arXiv:2012.07177", "https://arxiv.org/abs/2012.07177"),
 "2037 title-only gets an id": sub(2037, "(ICLR 2021).", "(ICLR 2021), arXiv:2010.08515."),
 "2037 link removed": sub(2037, "https://arxiv.org/abs/2010.11929v2", "ICLR"),
 "2037 CR LF": sub(2037, "\n", "\r\n", count=0),
 # 2038 SINU forward
 "2038 LF line ends": raw_bytes(2038, lambda b: b.replace(b"\r\n", b"\n")),
 "2038 non-ASCII byte": raw_bytes(2038, lambda b: b.replace(b"Subject: Fwd: Digest #11", "Subject: Fwd: Digest #11 é".encode())),
 "2038 header twice": raw_bytes(2038, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n")),
 "2038 Date weekday": raw_bytes(2038, lambda b: b.replace(b"Date: Wed,", b"Date: Thu,")),
 "2038 Date offset": raw_bytes(2038, lambda b: b.replace(b"+1100", b"-0400")),
 "2038 From host": raw_bytes(2038, lambda b: b.replace(b"From: Daniel Hou <daniel.hou@mail.example.sb>", b"From: Daniel Hou <daniel.hou@example.sb>")),
 "2038 not QP": raw_bytes(2038, lambda b: b.replace(b"Content-Transfer-Encoding: quoted-printable", b"Content-Transfer-Encoding: 8bit")),
 "2038 QP bad escape": raw_bytes(2038, lambda b: b.replace(b"=E2=80=93", b"=G2=80=93", 1)),
 "2038 QP line too long": raw_bytes(2038, lambda b: b.replace(b"Dear Dr Maelasi,", b"Dear Dr Maelasi," + b"x" * 80)),
 "2038 forward marker twice": qp("Lukim iu,", "----- Forwarded Message -----\nLukim iu,"),
 "2038 forward To": qp("To: daniel.hou@mail.example.sb", "To: someone@mail.example.sb"),
 "2038 Sent weekday": qp("Sent: Wednesday,", "Sent: Monday,"),
 "2038 Sent after the forward": qp("February 18, 2026, 06:00:11", "February 19, 2026, 06:00:11"),
 "2038 forward subject": qp("Subject: Digest #11\n", "Subject: Digest #12\n"),
 "2038 digest number": qp("– Digest #11", "– Digest #10"),
 "2038 message count": qp("3 messages", "4 messages"),
 "2038 message numbering": qp("Message 2", "Message 3"),
 "2038 message date order": qp("Date: Tue, 17 Feb 2026 09:02", "Date: Mon, 16 Feb 2026 08:02"),
 "2038 message weekday": qp("Date: Mon, 16 Feb 2026", "Date: Sun, 16 Feb 2026"),
 "2038 footer": qp("-- \n", "--\n"),
 "2038 openreview link removed": qp("https://openreview.net/forum?id=", "https://openreview.net/group?x="),
 "2038 title-only gets a link": qp("(Peng et al., ICLR 2021)", "(https://arxiv.org/abs/2103.02143)"),
 # 2039 UKIM bibliography
 "2039 heading": sub(2039, "4.3 Споредба", "Споредба"),
 "2039 list head twice": sub(2039, "71\n", "71\nКОРИСТЕНА ЛИТЕРАТУРА\n"),
 "2039 list head lost": sub(2039, "КОРИСТЕНА ЛИТЕРАТУРА\n", "ЛИТЕРАТУРА\n"),
 "2039 page numbers": sub(2039, "\n72\n", "\n73\n"),
 "2039 not closing": sub(2039, "\n72\n", "\n72\nкрај\n"),
 "2039 line too long": sub(2039, "обучување.", "обучување." + " ништо" * 20),
 "2039 entry numbering": sub(2039, "\n3. ", "\n4. "),
 "2039 order": sub(2039, "BAHDANAU", "ZAHDANAU"),
 "2039 access date": sub(2039, "14 јануари 2026", "32 јануари 2026"),
 "2039 page range": sub(2039, "1735–1780", "1780–1735"),
 "2039 year range": sub(2039, "Nature, 1986", "Nature, 1886"),
 "2039 Достапно form": sub(2039, "Достапно на: <https://arxiv.org/abs/1409.0473>", "Достапно на: https://arxiv.org/abs/1409.0473"),
 "2039 arxiv-text becomes link": sub(2039, r"arXiv:1901\.\s*02860|arXiv:\s*1901\.02860", "https://arxiv.org/abs/1901.02860", regex=True),
 # 2040 RIS
 "2040 LF": raw_bytes(2040, lambda b: b.replace(b"\r\n", b"\n")),
 "2040 bad tag line": sub(2040, "PY  - 2020", "PY - 2020"),
 "2040 unknown tag": sub(2040, "DB  - SUZA Library Catalogue", "ZZ  - SUZA Library Catalogue"),
 "2040 ER missing": sub(2040, "ER  - \r\n\r\nTY  - JOUR", "\r\nTY  - JOUR"),
 "2040 ER with value": sub(2040, "ER  - ", "ER  - x"),
 "2040 type": sub(2040, "TY  - JOUR", "TY  - ARTICLE"),
 "2040 TI twice": sub(2040, "PY  - 2019", "TI  - again\r\nPY  - 2019"),
 "2040 id gap": sub(2040, "ZNZ-0203", "ZNZ-0209"),
 "2040 year": sub(2040, "PY  - 2024", "PY  - 2042"),
 "2040 ISBN": sub(2040, "978-3-031-45467-7", "978-3-031-45467-8"),
 "2040 pages": sub(2040, "SP  - 665", "SP  - 700"),
 "2040 author form": sub(2040, "AU  - He, Kaiming", "AU  - Kaiming He"),
 "2040 DB": sub(2040, "DB  - SUZA Library Catalogue", "DB  - Other"),
 "2040 UR not URL": sub(2040, "UR  - https://arxiv.org/abs/1911.05722", "UR  - arxiv.org/abs/1911.05722"),
 "2040 openreview id wrong": sub(2040, "openreview.net/forum?id=", "openreview.net/forum?id=x"),
 # 2041 TSV
 "2041 header": sub(2041, "Présentateur", "Presenter"),
 "2041 LF": raw_bytes(2041, lambda b: b.replace(b"\r\n", b"\n")),
 "2041 BOM": raw_bytes(2041, lambda b: "\ufeff".encode() + b),
 "2041 field count": sub(2041, "\tlu\t", "\tlu\textra\t"),
 "2041 week": sub(2041, "\r\n3\t", "\r\n4\t"),
 "2041 type": sub(2041, "\tlogiciel\t", "\tsoftware\t"),
 "2041 status": sub(2041, "\tà lire\t", "\tplus tard\t"),
 "2041 link": sub(2041, "http://arxiv.org/abs/2205.05638", "arxiv 2205.05638 link"),
 "2041 presenter": sub(2041, "Mariama Hamani", ""),
 "2041 bad quoting": sub(2041, "\tlu\t", '\t"lu\t'),
 "2041 arxiv-text gets link": sub(2041, "voir arXiv:2305.14314", "voir https://arxiv.org/abs/2305.14314"),
 # 2042 Slack
 "2042 not JSON": sub(2042, "[\n", "[[\n"),
 "2042 indent": sub(2042, '    {\n        "type"', '  {\n        "type"'),
 "2042 slash not escaped": sub(2042, "https:\\/\\/arxiv.org\\/abs\\/2303.11366", "https://arxiv.org/abs/2303.11366"),
 "2042 non-ASCII": sub(2042, "Iakwe everyone", "Iakwe everyone é"),
 "2042 ts order": sub(2042, '"ts": "1771189924.000000"', '"ts": "1771190500.000000"'),
 "2042 ts form": sub(2042, '"ts": "1771189924.000000"', '"ts": "1771189924"'),
 "2042 user id": sub(2042, '"user": "U07CMI0A1"', '"user": "U99XX"'),
 "2042 user two names": sub(2042, '"real_name": "Jomo Langidrik"', '"real_name": "Jomo L."'),
 "2042 extra key": sub(2042, '"type": "message",', '"type": "message",\n        "subtype": "bot_message",'),
 "2042 team": sub(2042, '"team": "T07CMI000"\n    }', '"team": "T07CMI999"\n    }'),
 "2042 empty text": sub(2042, '"text": "Iakwe everyone :wave: agents reading list for this month, one per week"', '"text": " "'),
 "2042 openreview link lost": sub(2042, "openreview.net\\/forum?id=", "openreview.net\\/group?x="),
 # 2043 forum
 "2043 head": sub(2043, "Salone Tech Forum\nHome", "Salone Forum\nHome"),
 "2043 footer not last": sub(2043, "Privacy policy\n", "Privacy policy\nbye\n"),
 "2043 discussion line": sub(2043, "Discussion in", "Thread in"),
 "2043 breadcrumb forum": sub(2043, "Machine Learning & AI\n\n", "AI\n\n"),
 "2043 replies": sub(2043, "Replies: 3", "Replies: 4"),
 "2043 post numbering": sub(2043, "   #3", "   #4"),
 "2043 date order": sub(2043, "Feb 14, 2026   #4", "Feb 11, 2026   #4"),
 "2043 date valid": sub(2043, "Feb 13, 2026   #3", "Feb 30, 2026   #3"),
 "2043 posts line": sub(2043, "Posts: 87", "87 posts"),
 "2043 starter": sub(2043, "started by mohamed_kamara", "started by fatmata.sesay"),
 "2043 reply line": sub(2043, "Like   Quote   Reply\n", "", count=1),
 "2043 openreview link lost": sub(2043, "https://openreview.net/forum?id=", "openreview: "),
 # 2044 awesome
 "2044 badge": sub(2044, "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "awesome"),
 "2044 heading twice": sub(2044, "## Outils", "## Les fondamentaux"),
 "2044 Licence not last": sub(2044, "## Licence", "## Licence\n\n## Autres"),
 "2044 Sommaire slug": sub(2044, "(#donnes-et-exposs)", "(#donnees-et-exposes)") if False else sub(2044, "](#outils)", "](#tools)"),
 "2044 Sommaire entry lost": sub(2044, "- [Outils](#outils)\n", ""),
 "2044 http link": sub(2044, "https://github.com/huggingface/diffusers", "http://github.com/huggingface/diffusers"),
 "2044 date": sub(2044, "15 février 2026", "31 février 2026"),
 "2044 handle case": sub(2044, "@elodie-rinaldi", "@Elodie-Rinaldi"),
 "2044 bold": sub(2044, "**Highly", "Highly"),
 "2044 no final newline": raw_bytes(2044, lambda b: b.rstrip(b"\n")),
 "2044 arxiv-text gets link": sub(2044, "(arXiv:1907.05600)", "(https://arxiv.org/abs/1907.05600)"),
 # 2045 newsletter
 "2045 lang": sub(2045, '<html lang="pt">', '<html lang="en">'),
 "2045 tags": sub(2045, "</section>", "</div>"),
 "2045 two h1": sub(2045, "</h1>", "</h1><h1>x</h1>"),
 "2045 issue number": sub(2045, "<h1>Boletim de Investigação n.º 7", "<h1>Boletim de Investigação n.º 8"),
 "2045 bare amp": sub(2045, "Socher &amp; Manning", "Socher & Manning"),
 "2045 index": sub(2045, 'href="#geracao"', 'href="#gera"'),
 "2045 href": sub(2045, 'href="/css/boletim.css"', 'href="css boletim"'),
 "2045 date": sub(2045, "fevereiro de 2026</p>", "february 2026</p>"),
 "2045 artigo count": sub(2045, '<li class="artigo">', "<li>"),
 "2045 title-only gets a link": sub(2045, "Howard &amp; Ruder, ACL 2018", 'Howard, <a href="https://arxiv.org/abs/1801.06146">arXiv</a>'),
 # 2046 negative
 "2046 head": sub(2046, "Bisó Tecnología\nBlog", "Biso\nBlog"),
 "2046 published line": sub(2046, "Publicado el", "Escrito el"),
 "2046 published date": sub(2046, "10 de febrero de 2026 a las 18:30", "31 de febrero de 2026 a las 18:30"),
 "2046 comment count": sub(2046, "3 comentarios", "4 comentarios"),
 "2046 comment title": sub(2046, "en «Lo que", "en «Lo"),
 "2046 comment order": sub(2046, "11 de febrero de 2026 a las 08:17", "13 de febrero de 2026 a las 08:17"),
 "2046 comment before post": sub(2046, "10 de febrero de 2026 a las 21:04", "9 de febrero de 2026 a las 21:04"),
 "2046 reply line": sub(2046, "Responder\n", "", count=1),
 "2046 categories": sub(2046, "Categorías:", "Etiquetas:"),
 "2046 footer": sub(2046, "© 2026 Bisó", "© Bisó"),
 "2046 catalogue title in the negative": sub(2046, "para las primeras prácticas.", "para las primeras prácticas (Attention Is All You Need)."),
 "2046 arXiv id in the negative": sub(2046, "9 horas.\n", "9 horas (arXiv:2403.01234).\n"),
 "2046 arXiv link in the negative": sub(2046, "(blog.example.gq).", "(https://arxiv.org/abs/2307.09288)."),
 "2046 distractor-like unlabelled id": sub(2046, "5 de febrero.", "5 de febrero, 2106.09685."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2046]].append(dict(e[D[2045]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2039]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2045]][0].update(title="RoBERTa")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2041]][1].update(true_arxiv_id="2106.09686", arxiv_id="2106.09686")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2041]][1].update(arxiv_id="2205.05638")),
 "paper in two files": exp_edit(lambda e: e[D[2038]].append(dict(e[D[2037]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[2043]].append({"arxiv_id": None, "openreview_id": None, "title": "PaLM: Scaling Language Modeling with Pathways", "evidence": "title-only", "true_arxiv_id": "2204.02311"})),
 "too few papers": exp_edit(lambda e: [e[D[2040]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2044]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2038])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2042]][3].update(openreview_id="-bdp_8Itjwp")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2039]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2044]].append(dict(e[D[2044]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2043]].pop(0)),
 "extra field": exp_edit(lambda e: e[D[2037]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2040]][3].update(arxiv_id="2006.05576")),
}
# one case per labelled paper: its title removed from its digest (2018: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = qp(t, "[…]", count=0) if n == 2038 else \
            sub(n, r"\s+".join(re.escape(w) for w in t.split()), "[…]", regex=True, count=0) if n in (2039, 2042, 2045) else sub(n, t, "[…]", count=0)


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
