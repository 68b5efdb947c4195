#!/usr/bin/env python3
"""Breaks a scratch copy of round162 (/tmp/round162-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round160's harness with round162's cases; 1639 is CR LF quoted-printable UTF-8: its body is edited decoded
and encoded again as the builder does; 1641 is Windows-1250 and CR LF; 1643 is JSON written with indent 2.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round162-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1637, 1647)}


def sub(n, old, new, count=1, regex=False, enc=None):
    enc = enc or ("cp1250" if n == 1641 else "utf-8")
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("cp1250" if n == 1641 else "utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(enc))
    return fn


def qpbody(old, new):
    """edit 1639's quoted-printable UTF-8 body decoded and encode it again (as the builder does, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1639])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = quopri.decodestring(b.replace("\r\n", "\n").encode()).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def sb(edit):
    """edit 1643's message list and write it back as the export writes it"""
    def fn(root):
        p = os.path.join(root, "digests", D[1643])
        ms = json.loads(open(p, encoding="utf-8").read())
        edit(ms)
        open(p, "w", encoding="utf-8").write(json.dumps(ms, ensure_ascii=False, indent=2) + "\n")
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def by(ms, nick, i=0):
    return [m for m in ms if m.get("user", {}).get("nickname") == nick][i]


CASES = {
 # 1637 Patras course outline
 "1637 form title": sub(1637, "ΠΕΡΙΓΡΑΜΜΑ ΜΑΘΗΜΑΤΟΣ\n", "ΠΕΡΙΓΡΑΜΜΑ\n"),
 "1637 section order": sub(1637, "(3) ΠΕΡΙΕΧΟΜΕΝΟ ΜΑΘΗΜΑΤΟΣ", "ΠΕΡΙΕΧΟΜΕΝΟ ΜΑΘΗΜΑΤΟΣ"),
 "1637 course URL": sub(1637, "https://eclass.upatras.gr/courses/", "https://eclass.uoa.gr/courses/"),
 "1637 weekly hours": sub(1637, "\nΔιαλέξεις 3\n", "\nΔιαλέξεις 4\n"),
 "1637 workload sum": sub(1637, "Αυτοτελής μελέτη 45", "Αυτοτελής μελέτη 50"),
 "1637 workload vs ECTS": sub(1637, "Σύνολο 5 5", "Σύνολο 5 7"),
 "1637 lectures vs weeks": sub(1637, "\nΔιαλέξεις 39\nΕργαστηριακές ασκήσεις 26\nΕκπόνηση εργασίας (project) 40\nΑυτοτελής μελέτη 45",
                               "\nΔιαλέξεις 42\nΕργαστηριακές ασκήσεις 26\nΕκπόνηση εργασίας (project) 40\nΑυτοτελής μελέτη 42"),
 "1637 contents numbering": sub(1637, "\n13. Επανάληψη", "\n14. Επανάληψη"),
 "1637 weights": sub(1637, "παρουσίαση: 30%", "παρουσίαση: 40%"),
 "1637 bibliography numbering": sub(1637, "\n7. A. Graves", "\n9. A. Graves"),
 "1637 CR LF": sub(1637, "Ομαδική εργασία\n", "Ομαδική εργασία\r\n"),
 # 1638 gitlab.epfl.ch
 "1638 fence unbalanced": sub(1638, "cd awesome-grands-modeles-de-langue\n```", "cd awesome-grands-modeles-de-langue\n"),
 "1638 no badge": sub(1638, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1638 no TOC macro": sub(1638, "[[_TOC_]]\n", ""),
 "1638 hand-written TOC": sub(1638, "[[_TOC_]]\n", "[[_TOC_]]\n\n- [Outils](#outils)\n"),
 "1638 anchor wrong": sub(1638, "(#contribuer)", "(#contribution)"),
 "1638 clone/cd mismatch": sub(1638, "\ncd awesome-grands-modeles-de-langue", "\ncd awesome-llm"),
 "1638 other project": sub(1638, "lia-nlp/awesome-grands-modeles-de-langue/-/blob/main/LICENSE", "lia-nlp/groupe-lecture/-/blob/main/LICENSE"),
 "1638 link item shape": sub(1638, "(https://arxiv.org/abs/2302.13971) —", "(arxiv.org/abs/2302.13971) —"),
 "1638 bold item shape": sub(1638, "** — Ouyang et al.", "**, Ouyang et al."),
 "1638 table row cells": sub(1638, "| CamemBERT | encodeur |", "| CamemBERT | encodeur | 2019 |"),
 "1638 details unbalanced": sub(1638, "</details>\n", ""),
 # 1639 EUnet
 "1639 LF in headers": sub(1639, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1639 non-ASCII byte": sub(1639, "User-Agent: EUnet Webmail", "User-Agent: EUnet Webmejl ć"),
 "1639 Date weekday": sub(1639, "Date: Wed, 05 Mar 2025", "Date: Thu, 05 Mar 2025"),
 "1639 header missing": sub(1639, "Content-Transfer-Encoding: quoted-printable\r\n", ""),
 "1639 User-Agent": sub(1639, "User-Agent: EUnet Webmail", "User-Agent: Roundcube Webmail/1.6.9"),
 "1639 Message-ID host": sub(1639, "@eunet.rs>\r\nX-Sender", "@mail.example.rs>\r\nX-Sender"),
 "1639 charset": sub(1639, "charset=UTF-8", "charset=windows-1250"),
 "1639 QP line too long": sub(1639, r"=\r\n(=[0-9A-F]{2})", r"\1", regex=True),
 "1639 QP bad escape": sub(1639, r"=D0=97", "=D0=Z7", regex=True),
 "1639 From not a B-word": sub(1639, r"From: =\?utf-8\?b\?[^?]+\?=", "From: Ana Nikolic", regex=True),
 "1639 message count": qpbody("There are 3 messages", "There are 4 messages"),
 "1639 topic count": qpbody("efikasna paznja (3)", "efikasna paznja (2)"),
 "1639 topics numbering": qpbody("  1. Citalacki", "  2. Citalacki"),
 "1639 digest message weekday": qpbody("Date:    Tue, 4 Mar 2025 08:47:30", "Date:    Wed, 4 Mar 2025 08:47:30"),
 "1639 digest message order": qpbody("Date:    Tue, 4 Mar 2025 15:20:04", "Date:    Tue, 4 Mar 2025 07:20:04"),
 "1639 end line": qpbody("End of NLP-SR Digest", "End of NLP-RS Digest"),
 "1639 asterisk line": qpbody("(#2025-9)\n*****", "(#2025-9)\n****"),
 "1639 forwarded after the mail": qpbody("Датум: 05.03.2025 00:01", "Датум: 05.03.2025 10:01"),
 "1639 forwarded sender host": qpbody("Automatic digest processor <LISTSERV@LISTS.EXAMPLE.RS>", "Automatic digest processor <LISTSERV@LISTS.EXAMPLE.ORG>"),
 "1639 Transformer-XL id lost": qpbody("arXiv:1901.02860.", "arXiv."),
 "1639 other title in the note": qpbody("Поздрав,\nАна", "Поздрав (и прочитај Attention Is All You Need),\nАна"),
 "1639 title-only id in the digest": qpbody("(RetNet, Microsoft;", "(RetNet, arXiv:2307.08621, Microsoft;"),
 # 1640 İTÜ thesis
 "1640 page number": sub(1640, "\n87\n", "\n90\n"),
 "1640 KAYNAKLAR twice": sub(1640, "\nKAYNAKLAR\n", "\nKAYNAKLAR\nKAYNAKLAR\n"),
 "1640 not alphabetical": sub(1640, "Demirci, E. (2019).", "Ydemirci, E. (2019)."),
 "1640 no ve": sub(1640, "Tan, M. ve Le, Q. V. (2021)", "Tan, M., Le, Q. V. (2021)"),
 "1640 Erişim adresi without URL": sub(1640, "Erişim adresi\nhttps://github.com", "Erişim adresi\ngithub.com"),
 "1640 Erişim tarihi": sub(1640, "[Erişim tarihi: 14.04.2025]", "[Erişim tarihi: 34.04.2025]"),
 "1640 pages reversed": sub(1640, "10231–10241", "10241–10231"),
 "1640 citation without reference": sub(1640, "(Demirci, 2019;", "(Demirci, 2018;"),
 "1640 reference not cited": sub(1640, " (Wightman, 2019)", ""),
 "1640 no final page number": sub(1640, r"\n\n89\n$", "\n", regex=True),
 # 1641 BibEdt
 "1641 LF line": sub(1641, "  year     = 2018,\r\n", "  year     = 2018,\n"),
 "1641 BOM": sub(1641, "@STRING{cvpr", "\ufeff@STRING{cvpr", enc="utf-8-sig"),
 "1641 written as UTF-8": sub(1641, "@STRING{cvpr", "@STRING{cvpr", enc="utf-8"),
 "1641 undefined @STRING": sub(1641, "booktitle = iclr,\r\n  year      = 2021,\r\n  keywords  = {PCA", "booktitle = icml,\r\n  year      = 2021,\r\n  keywords  = {PCA"),
 "1641 missing journal": sub(1641, "  journal  = {arXiv preprint arXiv:1807.03748},\r\n", "  note     = {arXiv preprint arXiv:1807.03748},\r\n"),
 "1641 entry type": sub(1641, "@MASTERSTHESIS{", "@MAGISTERKA{"),
 "1641 pages reversed": sub(1641, "{9729--9738}", "{9738--9729}"),
 "1641 url http": sub(1641, "{https://arxiv.org/abs/2104.14294}", "{http://arxiv.org/abs/2104.14294}"),
 "1641 ISBN": sub(1641, "978-83-01-22114-0", "978-83-01-22114-7"),
 "1641 author shape": sub(1641, "{Nowicki, Paweł}", "{Paweł Nowicki}"),
 "1641 key not surname+year": sub(1641, "@ARTICLE{Hsu2021,", "@ARTICLE{Hsu2020,"),
 "1641 entries unsorted": sub(1641, "@BOOK{Kowalczyk2022,\r\n  author    = {Kowalczyk, Tomasz", "@BOOK{Akowalczyk2022,\r\n  author    = {Akowalczyk, Tomasz"),
 "1641 unbalanced braces": sub(1641, "{Dostęp: 03.03.2025}", "{Dostęp: 03.03.2025"),
 "1641 title-only gets a url": sub(1641, "  pages     = {9729--9738},\r\n", "  pages     = {9729--9738},\r\n  url       = {https://arxiv.org/abs/1911.05722},\r\n"),
 # 1642 Merlin Project
 "1642 BOM": sub(1642, '"Nr.","Gliederungsnummer"', '\ufeff"Nr.","Gliederungsnummer"'),
 "1642 CR LF": sub(1642, '"Normal",""\n"2"', '"Normal",""\r\n"2"'),
 "1642 unquoted field": sub(1642, '"3","1.2"', '3,"1.2"'),
 "1642 header": sub(1642, '"Dauer","Erledigt"', '"Dauer (Tage)","Erledigt"'),
 "1642 Nr.": sub(1642, '"5","1.4"', '"6","1.4"'),
 "1642 outline before parent": sub(1642, '"8","2.1"', '"8","4.1"'),
 "1642 start after end": sub(1642, '"05.03.25 09:00","07.03.25 17:00"', '"08.03.25 09:00","07.03.25 17:00"'),
 "1642 bad date": sub(1642, '"10.03.25 09:00","12.03.25 17:00"', '"10.13.25 09:00","12.03.25 17:00"'),
 "1642 Dauer": sub(1642, '"2 T","100 %","Lena Hoffmann"', '"3 T","100 %","Lena Hoffmann"'),
 "1642 group span": sub(1642, '"Literaturrecherche PEFT","03.03.25 09:00"', '"Literaturrecherche PEFT","04.03.25 09:00"'),
 "1642 group percent": sub(1642, '"12 T","68 %"', '"12 T","70 %"'),
 "1642 milestone duration": sub(1642, '"11.04.25 09:00","0 T"', '"11.04.25 09:00","1 T"'),
 "1642 priority": sub(1642, '"Hoch","Antrag', '"Dringend","Antrag'),
 "1642 group with resources": sub(1642, '"Föderiertes Setup","17.03.25 09:00","03.04.25 17:00","14 T","3 %",""', '"Föderiertes Setup","17.03.25 09:00","03.04.25 17:00","14 T","3 %","Jonas Becker"'),
 # 1643 Sendbird
 "1643 compact JSON": sub(1643, r"\s*\n\s*", "", count=0, regex=True),
 "1643 key missing": sb(lambda ms: ms[1].pop("custom_type")),
 "1643 id order": sb(lambda ms: ms[3].update(message_id=ms[1]["message_id"] - 1)),
 "1643 created_at order": sb(lambda ms: ms[5].update(created_at=ms[2]["created_at"])),
 "1643 created_at in seconds": sb(lambda ms: ms[6].update(created_at=ms[6]["created_at"] // 1000 + 10 ** 10)),
 "1643 channel": sb(lambda ms: ms[4].update(channel_url=ms[4]["channel_url"] + "x")),
 "1643 user under two names": sb(lambda ms: by(ms, "김민준", 1)["user"].update(nickname="민준")),
 "1643 parent later": sb(lambda ms: [m.update(parent_message_id=ms[-1]["message_id"]) for m in ms if m.get("parent_message_id")]),
 "1643 mention not written": sb(lambda ms: [m.update(message=m["message"].replace("@정하은 ", "")) for m in ms if m.get("mentioned_users")]),
 "1643 reaction by a stranger": sb(lambda ms: ms[-1]["reactions"][0]["user_ids"].append("u_9999")),
 "1643 reaction unsorted": sb(lambda ms: ms[-1]["reactions"][0]["user_ids"].reverse()),
 "1643 file url": sb(lambda ms: [m["file"].update(url="https://example.com/a.png") for m in ms if m["type"] == "FILE"]),
 "1643 og url": sb(lambda ms: [m["og_tag"].update({"og:url": "https://arxiv.org/abs/2106.00001"}) for m in ms if "og_tag" in m][:1]),
 "1643 admin message with a user": sb(lambda ms: ms[0].update(user={"user_id": "u_1002"})),
 # 1644 Portugal-a-Programar
 "1644 site head": sub(1644, "Comunidade Portuguesa de Programadores\n", "Comunidade de Programadores\n"),
 "1644 breadcrumb": sub(1644, "\nInício  Fórum  Programação  Inteligência Artificial e Machine Learning\n\nTodas", "\nInício  Fórum  Programação\n\nTodas"),
 "1644 Por line": sub(1644, "Por rafael_mc, 10 de março", "Por marta_s, 10 de março"),
 "1644 reply count": sub(1644, "6 respostas neste tópico", "7 respostas neste tópico"),
 "1644 date order": sub(1644, "Publicado 11 de março de 2025 (editado)", "Publicado 9 de março de 2025 (editado)"),
 "1644 bad date": sub(1644, "Publicado 14 de março de 2025", "Publicado 14 de marco de 2025"),
 "1644 author column differs": sub(1644, "512 mensagens", "513 mensagens"),
 "1644 editado without line": sub(1644, "Editado 11 de março de 2025 por marta_s\n", ""),
 "1644 quote of a later poster": sub(1644, ", nuno_dev disse:", ", rafael_m disse:"),
 "1644 quoted date": sub(1644, "Em 10/03/2025 às 22:02, joao.pestana disse:", "Em 09/03/2025 às 22:02, joao.pestana disse:"),
 "1644 Citar missing": sub(1644, "Citar\n\n  4\n", "\n  4\n"),
 "1644 footer": sub(1644, "Powered by Invision Community\n", ""),
 # 1645 Rule
 "1645 lang": sub(1645, '<html lang="sv"', '<html lang="en"'),
 "1645 tag unbalanced": sub(1645, "</h2>", "</h3>"),
 "1645 bare ampersand": sub(1645, "&middot; Forskarskolan", "& Forskarskolan"),
 "1645 http link": sub(1645, "https://ainv.example.se/integritet", "http://ainv.example.se/integritet"),
 "1645 issue mismatch": sub(1645, ">Nr 6 &middot;", ">Nr 7 &middot;"),
 "1645 weekday": sub(1645, "torsdag 27 mars 2025", "fredag 27 mars 2025"),
 "1645 token differs": sub(1645, "app.rule.io/preferences/b7Qx2mK9pL4c", "app.rule.io/preferences/b7Qx2mK9pL4d"),
 "1645 unsubscribe lost": sub(1645, r'<a href="https://app\.rule\.io/unsubscribe/[^"]+"[^>]*>Avsluta prenumerationen</a> &middot; ', "", regex=True),
 "1645 credit": sub(1645, "Skickat med Rule", "Skickat"),
 "1645 GDPR": sub(1645, "(GDPR)", ""),
 # 1646 blog.is
 "1646 site": sub(1646, "mbl.is\nBlog.is\n", "mbl.is\nBlogg\n"),
 "1646 post date": sub(1646, "11.3.2025 | 21:42", "11.3.2025 21:42"),
 "1646 edited before the post": sub(1646, "Breytt 12.3.2025 kl. 08:15", "Breytt 10.3.2025 kl. 08:15"),
 "1646 comment numbering": sub(1646, "3 Smámynd:", "4 Smámynd:"),
 "1646 comment name": sub(1646, "\nHelga Björk Einarsdóttir, 11.3.2025", "\nHelga Einarsdóttir, 11.3.2025"),
 "1646 comment order": sub(1646, "12.3.2025 kl. 12:31", "12.3.2025 kl. 06:31"),
 "1646 footer year": sub(1646, "© Árvakur hf. 2025.", "© Árvakur hf. 2024."),
 "1646 paper title in the negative": sub(1646, "áhugaverð, en", "áhugaverð (sbr. Long Short-Term Memory), en"),
 "1646 arXiv id in the negative": sub(1646, "PISA 2022 voru", "PISA 2022 (2306.05685) voru"),
 # labels
 "title-only paper gets a link in 1638": sub(1638, "- **The Curious Case of Neural Text Degeneration** —", "- [The Curious Case of Neural Text Degeneration](https://arxiv.org/abs/1904.09751) —"),
 "title-only paper gets an id in 1644": sub(1644, "(Shazeer et al., 2017)", "(Shazeer et al., 2017, arXiv:1701.06538)"),
 "arxiv-text id lost in 1642": sub(1642, "(arXiv:1902.00751)", "(ICML 2019)"),
 "unlabelled catalogue id in 1643": sb(lambda ms: ms[7].update(message=ms[7]["message"] + " DDPM은 https://arxiv.org/abs/2006.11239")),
 "other file's title in 1645": sub(1645, "Välkomna!", "Välkomna! Läs gärna LoRA: Low-Rank Adaptation of Large Language Models."),
 "labelled title lost in 1637": sub(1637, "«Long Short-Term Memory»", "«LSTM»"),
 "unlabelled OpenReview id in 1645": sub(1645, "https://ainv.example.se/integritet", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1640": sub(1640, "PyTorch Image Models [Yazılım]", "Rethinking ImageNet Pre-training [Yazılım]"),
 "link lost in 1645": sub(1645, 'href="https://arxiv.org/abs/2206.14858"', 'href="https://ainv.example.se/minerva"'),
 "OpenReview link cut in 1641": sub(1641, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8"),
 "arxiv-text gets a link in 1640": sub(1640, "arXiv:2104.00298.", "https://arxiv.org/abs/2104.00298"),
 "unknown valid-shaped id in 1646 comments": sub(1646, "Lestu greinina aftur.", "Lestu greinina aftur. 2405.01234"),
 "unknown valid-shaped id in 1643": sb(lambda ms: ms[-1].update(message=ms[-1]["message"] + " 2405.01234")),
 "OpenReview record also has an arXiv link in 1641": sub(1641, "{teoria informacji, wiele widoków}", "{teoria informacji, wiele widoków, https://arxiv.org/abs/2006.05576}"),
 "title-only id inside QP in 1639": qpbody("A za memoriju možda i", "A za memoriju (arXiv:2010.06891) možda i"),
 "label in the negative": exp_edit(lambda e: e[D[1646]].append(dict(e[D[1645]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1640]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1637]][1].update(title="Sequence to Sequence Learning")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1644]][1].update(true_arxiv_id="2309.06181", arxiv_id="2309.06181")),
 "paper in two files": exp_edit(lambda e: e[D[1638]].append(dict(e[D[1637]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1643]].append({"arxiv_id": None, "openreview_id": None, "title": "DiffWave: A Versatile Diffusion Model for Audio Synthesis", "evidence": "title-only", "true_arxiv_id": "2009.09761"})),
 "too few papers": exp_edit(lambda e: [e[D[1642]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1645]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1641])),
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
