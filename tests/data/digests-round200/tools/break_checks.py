#!/usr/bin/env python3
"""Breaks a scratch copy of round200 (/tmp/r200/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round198's harness with round200's cases; 2018 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest; in 2019, whose PDF copy wraps titles, across line breaks.)"""
import quopri, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r200/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2017, 2027)}
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
    """edit 2018's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2018])
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
 # 2017 Université de N'Djamena syllabus
 "2017 head": sub(2017, "SYLLABUS\n", "PLAN DE COURS\n"),
 "2017 Chadian Arabic line lost": sub(2017, "Ahlan wa sahlan fi l-jaami'a !\n", ""),
 "2017 footer number": sub(2017, "page 2/2", "page 3/2"),
 "2017 footer total": sub(2017, "page 1/2", "page 1/3"),
 "2017 footer code": sub(2017, "INF 724 | page 2", "INF 725 | page 2"),
 "2017 footer not last": sub(2017, "INF 724 | page 2/2\n", "INF 724 | page 2/2\nfin\n"),
 "2017 field twice": sub(2017, "Crédits : 4 ECTS\n", "Crédits : 4 ECTS\nCrédits : 5 ECTS\n"),
 "2017 hours total": sub(2017, "Travaux dirigés (TD) : 12 h", "Travaux dirigés (TD) : 14 h"),
 "2017 assessment sum": sub(2017, "Examen final écrit : 40 %", "Examen final écrit : 45 %"),
 "2017 session numbering": sub(2017, "Séance 4 –", "Séance 5 –"),
 "2017 session without reading": sub(2017, "  Lecture : Ghiasi", "  Ghiasi"),
 "2017 date": sub(2017, "le 12 janvier 2026", "le 31 février 2026"),
 "2017 arxiv-text gets a link": sub(2017, "arXiv:2012.07177", "https://arxiv.org/abs/2012.07177"),
 "2017 title-only gets an id": sub(2017, "(Geirhos et al., 2020)", "(Geirhos et al., 2020, arXiv:2004.07780)"),
 "2017 link lost": sub(2017, "https://arxiv.org/abs/2010.11929v2", "(lien sur le site du cours)"),
 "2017 unlabelled catalogue title": sub(2017, "Pas de lecture ;", "Lecture : Attention Is All You Need ;"),
 "2017 unlabelled arXiv id": sub(2017, "à lire avant le TD 3.", "à lire avant le TD 3 (voir aussi 2106.01548)."),
 "2017 CR line end": sub(2017, "SYLLABUS\n", "SYLLABUS\r\n"),
 # 2018 Bermuda College forward, quoted-printable
 "2018 LF line end": raw_bytes(2018, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "2018 Date weekday": sub(2018, "Date: Wed, 11 Feb 2026", "Date: Thu, 11 Feb 2026"),
 "2018 Date offset": sub(2018, "08:42:19 -0400", "08:42:19 -0500"),
 "2018 From": sub(2018, "From: Tariq Bean <tariq.bean@mail.example.bm>", "From: Tariq Bean <tb@gmail.example.com>"),
 "2018 header twice": sub(2018, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "2018 User-Agent lost": sub(2018, "User-Agent: Roundcube Webmail/1.6.6\r\n", ""),
 "2018 not QP": sub(2018, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2018 not ASCII": sub(2018, "Subject: Fwd: Digest #6", "Subject: Fwd: Digest #6 é"),
 "2018 QP long line": raw_bytes(2018, lambda b: b.replace(b"=\r\n", b"", 1)),
 "2018 bad QP escape": raw_bytes(2018, lambda b: b.replace(b"=E2=80=93", b"=G2=80=93", 1)),
 "2018 Subject": sub(2018, "Subject: Fwd: Digest #6", "Subject: Fw: Digest #6"),
 "2018 forward block": qp("----- Forwarded Message -----", "----- Original Message -----"),
 "2018 forwarded after the forward": qp("Sent: Wednesday, February 11, 2026, 06:00:04", "Sent: Wednesday, February 11, 2026, 11:00:04"),
 "2018 forwarded weekday": qp("Sent: Wednesday, February 11", "Sent: Tuesday, February 11"),
 "2018 not to forwarder": qp("To: tariq.bean@mail.example.bm", "To: someone@mail.example.bm"),
 "2018 digest number": qp("Digest #6\n3 messages", "Digest #7\n3 messages"),
 "2018 message count": qp("3 messages", "4 messages"),
 "2018 message numbering": qp("Message 2\n", "Message 3\n"),
 "2018 message date order": qp("Date: Tue, 10 Feb 2026 07:48", "Date: Mon, 9 Feb 2026 07:48"),
 "2018 message weekday": qp("Date: Tue, 10 Feb 2026 16:31", "Date: Wed, 10 Feb 2026 16:31"),
 "2018 footer": qp("-- \n", "--\n"),
 "2018 arxiv-text gets a link": qp("arXiv 2306.15595", "https://arxiv.org/abs/2306.15595"),
 "2018 title-only gets a link": qp("(Zaheer et al., NeurIPS 2020)", "(https://arxiv.org/abs/2007.14062)"),
 "2018 OpenReview link lost": qp("https://openreview.net/forum?id=", "https://openreview.net/group?id="),
 "2018 unlabelled catalogue title": qp("Thanks,", "Also Attention Is All You Need\nThanks,"),
 # 2019 Università di San Marino, UNI ISO 690
 "2019 heading": sub(2019, "5.3 Sviluppi futuri", "Sviluppi futuri"),
 "2019 BIBLIOGRAFIA twice": sub(2019, "BIBLIOGRAFIA\n", "BIBLIOGRAFIA\nBIBLIOGRAFIA\n"),
 "2019 page numbers": sub(2019, "\n94\n", "\n95\n"),
 "2019 final page lost": sub(2019, "\n94\n", "\n"),
 "2019 order": sub(2019, "GOODFELLOW, Ian", "ZAMBONI, Ian"),
 "2019 surname not upper case": sub(2019, "PASZKE, Adam", "Paszke, Adam"),
 "2019 year": sub(2019, "Cambridge (MA): MIT Press,", "Cambridge (MA): MIT Press, 2036,"),
 "2019 page range": sub(2019, "p. 5998–6008", "p. 6008–5998"),
 "2019 consultation date": sub(2019, "[consultato il 9 gennaio", "[consultato il 32 gennaio"),
 "2019 consultation month": sub(2019, "[consultato il 3 novembre 2025]", "[consultato il 3 brumaio 2025]"),
 "2019 Disponibile form": sub(2019, "<https://arxiv.org/abs/1410.5401>", "https://arxiv.org/abs/1410.5401"),
 "2019 arxiv-text gets a link": sub(2019, "Preprint arXiv:2005.00743", "https://arxiv.org/abs/2005.00743"),
 "2019 title-only gets an id": sub(2019, "Long Beach, 2017,", "Long Beach, 2017, arXiv:1706.03762,"),
 "2019 unlabelled title": sub(2019, "Deep learning. Cambridge", "Deep learning; see also Language Models are Few-Shot Learners. Cambridge"),
 "2019 distractor-shaped id": sub(2019, "ISBN 978-0-262-03561-3.", "ISBN 978-0-262-03561-3. arXiv:2301.00001."),
 # 2020 Université de Guyane BibTeX
 "2020 head": sub(2020, "% Export BibTeX – Bibliothèque universitaire", "% Export – Bibliothèque"),
 "2020 count": sub(2020, "(10 notices)", "(11 notices)"),
 "2020 key order": sub(2020, "UG-BU-0305", "UG-BU-0315"),
 "2020 entry not closed": sub(2020, "pages = {9650--9660}\n}", "pages = {9650--9660}\n"),
 "2020 type": sub(2020, "@misc{UG-BU-0301", "@preprint{UG-BU-0301"),
 "2020 missing comma": sub(2020, "year = {2018},", "year = {2018}"),
 "2020 last field comma": sub(2020, "note = {Prépublication ; lu pour le séminaire du mardi}", "note = {Prépublication ; lu pour le séminaire du mardi},"),
 "2020 braces": sub(2020, "title = {Apprentissage profond en pratique}", "title = {Apprentissage {profond en pratique}"),
 "2020 year": sub(2020, "year = {2021},\n  booktitle = {International Conference on Learning Representations},\n  url", "year = {21},\n  booktitle = {International Conference on Learning Representations},\n  url"),
 "2020 url": sub(2020, "url = {http://arxiv.org/abs/2002.05709v3}", "url = {arxiv.org/abs/2002.05709v3}"),
 "2020 pages": sub(2020, "15750--15758", "15758--15750"),
 "2020 title twice": sub(2020, "year = {2024},", "year = {2024},\n  title = {Autre},"),
 "2020 title not first": sub(2020, "  title = {Images de pièges", "  year = {2024},\n  title = {Images de pièges"),
 "2020 booktitle lost": sub(2020, "  booktitle = {IEEE/CVF International Conference on Computer Vision (ICCV)},\n", ""),
 "2020 arxiv-text gets a link": sub(2020, "arXiv:2304.07193 [cs.CV]", "https://arxiv.org/abs/2304.07193"),
 "2020 title-only gets a link": sub(2020, "Hors sujet ?", "https://arxiv.org/abs/2010.00554 Hors sujet ?"),
 "2020 OpenReview id changed": sub(2020, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 # 2021 Université de Nouakchott CSV
 "2021 BOM": raw_bytes(2021, lambda b: "\ufeff".encode() + b),
 "2021 LF row": raw_bytes(2021, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "2021 over-quoted": sub(2021, "\r\n7,", '\r\n"7",'),
 "2021 header": sub(2021, "Semaine,Titre", "Sem,Titre"),
 "2021 week order": sub(2021, "\r\n9,", "\r\n11,"),
 "2021 width": sub(2021, ",Lu,,", ",Lu,,,"),
 "2021 type": sub(2021, ",Logiciel,", ",Outil,"),
 "2021 status": sub(2021, ",En cours,http://", ",Fini,http://"),
 "2021 link": sub(2021, ",http://arxiv.org/abs/2305.14314,", ",arxiv.org/abs/2305.14314,"),
 "2021 presenter lost": sub(2021, ",Article,Mariem Mint Sidi,Lu,", ",Article,,Lu,"),
 "2021 arxiv-text gets a link": sub(2021, "voir arXiv:2303.10512", "voir https://arxiv.org/abs/2303.10512"),
 "2021 title-only gets an id": sub(2021, "court, ACL 2022", "court, ACL 2022, arXiv:2106.10199"),
 "2021 OpenReview link lost": sub(2021, "https://openreview.net/forum?id=0RDcd5Axok", ""),
 # 2022 Maldives WhatsApp iOS
 "2022 notice": sub(2022, "Messages and calls are end-to-end encrypted.", "Messages are encrypted."),
 "2022 notice group": sub(2022, "] MNU NLP Reading Circle: ", "] MNU Reading Circle: "),
 "2022 Android head": sub(2022, "[16/02/2026, 20:11:19] ", "16/02/2026, 20:11 - "),
 "2022 time back": sub(2022, "[16/02/2026, 21:40:08]", "[16/02/2026, 19:40:08]"),
 "2022 time invalid": sub(2022, "[16/02/2026, 20:14:45]", "[16/02/2026, 25:14:45]"),
 "2022 speaker": sub(2022, "] Hawwa Reesha: and", "] Hawwa R.: and"),
 "2022 empty message": sub(2022, "] Mohamed Naseem: \u200eimage omitted", "] Mohamed Naseem: "),
 "2022 no Thaana": sub(2022, "[\u0780-\u07BF]+", "x", regex=True, count=0),
 "2022 arxiv-text gets a link": sub(2022, "arXiv:1801.06146", "https://arxiv.org/abs/1801.06146"),
 "2022 title-only gets an id": sub(2022, "permutation LM,", "permutation LM 1906.08237,"),
 "2022 unlabelled catalogue title": sub(2022, "not a paper", "not a paper, unlike Language Models are Few-Shot Learners"),
 # 2023 Elakiri
 "2023 head": sub(2023, "Elakiri Community\n", "Elakiri\n"),
 "2023 footer": sub(2023, "Community platform by XenForo®", "Powered by XenForo"),
 "2023 reply count": sub(2023, "Replies 4", "Replies 5"),
 "2023 post numbering": sub(2023, "   #3", "   #4"),
 "2023 post date order": sub(2023, "Feb 4, 2026   #5", "Feb 1, 2026   #5"),
 "2023 post date invalid": sub(2023, "Feb 3, 2026   #3", "Feb 30, 2026   #3"),
 "2023 messages line": sub(2023, "Messages: 58", "Posts: 58"),
 "2023 starter": sub(2023, "Thread starter kasun_dev", "Thread starter nuwanpj"),
 "2023 Reply lost": sub(2023, "\nReply\n", "\n\n"),
 "2023 arxiv-text gets a link": sub(2023, "(arXiv 2310.11511)", "(https://arxiv.org/abs/2310.11511)"),
 "2023 title-only gets an id": sub(2023, "(DeepMind 2022)", "(DeepMind 2022, arXiv:2205.06175)"),
 "2023 OpenReview record gets an arXiv link": sub(2023, "Then Reflexion", "https://arxiv.org/abs/2310.06770\nThen Reflexion"),
 # 2024 CUFR Mayotte awesome list
 "2024 badge": sub(2024, "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "2024 heading twice": sub(2024, "## Graphes\n", "## Vision et langage\n"),
 "2024 Sommaire not first": sub(2024, "## Sommaire", "## Contenu"),
 "2024 Licence not last": sub(2024, "## Licence", "## License"),
 "2024 TOC slug": sub(2024, "(#vision-et-langage)", "(#vision-langage)"),
 "2024 http link": sub(2024, "https://pytorch-geometric.readthedocs.io/", "http://pytorch-geometric.readthedocs.io/"),
 "2024 date": sub(2024, "le 20 janvier 2026", "le 20 janvir 2026"),
 "2024 handle case": sub(2024, "@zaharia.said", "@Zaharia.said"),
 "2024 bold": sub(2024, "**Deformable", "Deformable"),
 "2024 arxiv-text gets a link": sub(2024, "(arXiv:2103.14146)", "(https://arxiv.org/abs/2103.14146)"),
 "2024 title-only gets an id": sub(2024, "Tan & Le, ICML 2021.", "Tan & Le, ICML 2021, arXiv:2104.00298."),
 # 2025 Bamako blog
 "2025 head": sub(2025, "Kalanko IA\nL'intelligence", "Kalanko\nL'intelligence"),
 "2025 byline date": sub(2025, "Publié le 25 janvier 2026 à 9 h 30", "Publié le 35 janvier 2026 à 9 h 30"),
 "2025 comment count": sub(2025, "3 réflexions sur", "4 réflexions sur"),
 "2025 comments title": sub(2025, "réflexions sur « Modèles génératifs", "réflexions sur « Modèles"),
 "2025 comment order": sub(2025, "27 janvier 2026 à 19 h 05", "24 janvier 2026 à 19 h 05"),
 "2025 Répondre lost": sub(2025, "\nRépondre\n", "\n"),
 "2025 footer": sub(2025, "© 2026 Kalanko IA — Propulsé par WordPress", "Propulsé par WordPress"),
 "2025 categories": sub(2025, "Catégories : IA", "Rubriques : IA"),
 "2025 arxiv-text gets a link": sub(2025, "(arXiv:2207.12598)", "(https://arxiv.org/abs/2207.12598)"),
 "2025 title-only gets an id": sub(2025, "(Dhariwal et Nichol)", "(Dhariwal et Nichol, 2105.05233)"),
 "2025 OpenReview id changed": sub(2025, "openreview.net/forum?id=", "openreview.net/forum?id=X"),
 # 2026 University of Liberia bulletin (negative)
 "2026 doctype": sub(2026, "<!DOCTYPE html>", "<!doctype html5>"),
 "2026 lang": sub(2026, '<html lang="en">', '<html lang="fr">'),
 "2026 tag not closed": sub(2026, "</ul>\n</section>", "\n</section>"),
 "2026 two h1": sub(2026, "<h2>Data sets</h2>", "<h1>Data sets</h1>"),
 "2026 issue number": sub(2026, "<h1>Research Bulletin No. 4</h1>", "<h1>Research Bulletin No. 5</h1>"),
 "2026 bare ampersand": sub(2026, "Jurafsky &amp; Martin", "Jurafsky & Martin"),
 "2026 TOC id": sub(2026, '<section id="data">', '<section id="datasets">'),
 "2026 TOC heading": sub(2026, "<h2>Books in the library</h2>", "<h2>Books</h2>"),
 "2026 href": sub(2026, 'href="https://www.tensorflow.org/lite"', 'href="www.tensorflow.org/lite"'),
 "2026 date line": sub(2026, '<p class="date">February 2026</p>', '<p class="date">Febuary 2026</p>'),
 "2026 catalogue title in the negative": sub(2026, "no reading list this time.", "no reading list this time, except Attention Is All You Need."),
 "2026 arXiv id in the negative": sub(2026, "slides on request.", "slides on request (arXiv:2403.01234)."),
 "2026 arXiv link in the negative": sub(2026, "by Emmanuel Toe.", "by Emmanuel Toe, https://arxiv.org/abs/2307.09288"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2026]].append(dict(e[D[2025]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2019]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2022]][1].update(title="RoBERTa")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2021]][1].update(true_arxiv_id="2101.00191", arxiv_id="2101.00191")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2021]][1].update(arxiv_id="1902.00751")),
 "paper in two files": exp_edit(lambda e: e[D[2018]].append(dict(e[D[2017]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[2023]].append({"arxiv_id": None, "openreview_id": None, "title": "PaLM: Scaling Language Modeling with Pathways", "evidence": "title-only", "true_arxiv_id": "2204.02311"})),
 "too few papers": exp_edit(lambda e: [e[D[2020]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2024]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2018])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2025]][3].update(openreview_id="-bdp_8Itjwp")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2019]][5].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2025]].append(dict(e[D[2025]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2022]].pop(0)),
 "extra field": exp_edit(lambda e: e[D[2017]][0].update(venue="CVPR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2020]][1].update(arxiv_id="2006.05576")),
}
# one case per labelled paper: its title removed from its digest (2018: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = qp(t, "[…]", count=0) if n == 2018 else \
            sub(n, r"\s+".join(re.escape(w) for w in t.split()), "[…]", regex=True, count=0) if n == 2019 else sub(n, t, "[…]", count=0)


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
