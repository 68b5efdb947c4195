#!/usr/bin/env python3
"""Breaks a scratch copy of round164 (/tmp/round164-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round162's harness with round164's cases; 1659 is CR LF base64 UTF-8: its body is edited decoded and
encoded again as the builder does; 1661 is CR LF RIS; 1662 is a CR LF CSV with a BOM.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round164-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1657, 1667)}


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
    """edit 1659's base64 UTF-8 body decoded and encode it again (as the builder does, 76 columns, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1659])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = base64.b64decode("".join(b.split())).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1).replace("\n", "\r\n")
        e = base64.b64encode(t.encode("utf-8")).decode("ascii")
        open(p, "wb").write((h + "\r\n\r\n" + "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + "\r\n").encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1657 Waseda
 "1657 site head": sub(1657, "シラバス情報\nSyllabus Search", "シラバス\nSyllabus Search"),
 "1657 breadcrumb": sub(1657, "ホーム  >  シラバス検索  >  シラバス詳細", "ホーム > シラバス詳細"),
 "1657 field missing": sub(1657, "担当教員\t佐々木 悠真\n", ""),
 "1657 学期曜日時限": sub(1657, "秋学期  火3時限", "秋学期 火曜3限"),
 "1657 section order": sub(1657, "\n教科書\n", "\n教材\n"),
 "1657 plan numbering": sub(1657, "第7回:", "第8回:"),
 "1657 plan count": sub(1657, "第15回:\nまとめ\n全体のまとめと最近の研究動向（大規模言語モデル等）の紹介。\n\n", ""),
 "1657 weights": sub(1657, "試験:\t40%", "試験:\t50%"),
 "1657 pKey": sub(1657, "pKey=26GF0220013", "pKey=26GF0220014"),
 "1657 update time": sub(1657, "2025/03/14 11:26:07", "2025/03/34 11:26:07"),
 "1657 footer": sub(1657, "Copyright © Waseda University. All rights reserved.\n", "Copyright © Waseda University.\n"),
 "1657 CR LF": sub(1657, "授業概要\n", "授業概要\r\n"),
 # 1658 gitlab.tudelft.nl
 "1658 fence unbalanced": sub(1658, "make linkcheck\n```", "make linkcheck\n"),
 "1658 no badge": sub(1658, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1658 no TOC macro": sub(1658, "[[_TOC_]]\n", ""),
 "1658 hand-written TOC": sub(1658, "[[_TOC_]]\n", "[[_TOC_]]\n\n- [Data](#data)\n"),
 "1658 anchor wrong": sub(1658, "(#bijdragen)", "(#bijdrage)"),
 "1658 clone/cd mismatch": sub(1658, "\ncd awesome-taalmodellen", "\ncd awesome-nl"),
 "1658 other project": sub(1658, "ewi-taal/awesome-taalmodellen/-/wikis", "ewi-taal/leesgroep/-/wikis"),
 "1658 link item shape": sub(1658, "(https://arxiv.org/abs/1801.06146) —", "(arxiv.org/abs/1801.06146) —"),
 "1658 bold item shape": sub(1658, "** — Pennington", "**, Pennington"),
 "1658 table row cells": sub(1658, "| BERTje | encoder |", "| BERTje | encoder | 2019 |"),
 "1658 details unbalanced": sub(1658, "</details>\n", ""),
 # 1659 Alice Mail
 "1659 LF in headers": sub(1659, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1659 non-ASCII byte": sub(1659, "X-Mailer: Alice Mail", "X-Mailer: Alice Mail è"),
 "1659 Date weekday": sub(1659, "Date: Tue, 11 Mar 2025", "Date: Wed, 11 Mar 2025"),
 "1659 header missing": sub(1659, "Content-Transfer-Encoding: base64\r\n", ""),
 "1659 X-Mailer": sub(1659, "X-Mailer: Alice Mail", "X-Mailer: Roundcube Webmail/1.6.9"),
 "1659 Message-ID host": sub(1659, "webmail@alice.it>", "webmail@tim.it>"),
 "1659 encoding": sub(1659, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable"),
 "1659 base64 line short": sub(1659, r"\r\n\r\n([A-Za-z0-9+/]{76})\r\n", r"\r\n\r\n\1\r\n\r\n", regex=True),
 "1659 base64 bad char": sub(1659, r"\r\n\r\n([A-Za-z0-9+/]{10})", r"\r\n\r\n\1*", regex=True),
 "1659 topics order": b64body("   1. Gruppo di lettura", "   1. Gruppo lettura"),
 "1659 topic sender": b64body("(Sara Conti)\n", "(Sara Conte)\n"),
 "1659 message numbering": b64body("Message: 2\n", "Message: 4\n"),
 "1659 message weekday": b64body("Date: Mon, 10 Mar 2025 11:02:51", "Date: Tue, 10 Mar 2025 11:02:51"),
 "1659 message order": b64body("Date: Mon, 10 Mar 2025 16:40:05", "Date: Mon, 10 Mar 2025 08:40:05"),
 "1659 end line": b64body("End of NLP-IT Digest, Vol 42, Issue 7\n", "End of NLP-IT Digest, Vol 42, Issue 8\n"),
 "1659 asterisk line": b64body("Issue 7\n*****", "Issue 7\n****"),
 "1659 forwarded Data after the mail": b64body("Data: 11/03/2025 12:00", "Data: 11/03/2025 19:00"),
 "1659 forwarded Da": b64body("Da: nlp-it-request@", "Da: nlp-it-owner@"),
 "1659 Lite Transformer id lost": b64body("arXiv:2004.11886)", "ICLR)"),
 "1659 other title in the note": b64body("Un abbraccio,", "Un abbraccio (leggi Attention Is All You Need),"),
 "1659 title-only id in the digest": b64body("(Graphormer, NeurIPS 2021)", "(Graphormer, arXiv:2106.05234)"),
 # 1660 Universidad de Chile
 "1660 page number": sub(1660, "\n48\n", "\n52\n"),
 "1660 no final page": sub(1660, r"\n\n\n50\n$", "\n", regex=True),
 "1660 Bibliografía twice": sub(1660, "\nBibliografía\n", "\nBibliografía\nBibliografía\n"),
 "1660 numbering": sub(1660, "\n[9] Ishaan", "\n[10] Ishaan"),
 "1660 citation order": sub(1660, "modernas [3, 4]", "modernas [4, 3]"),
 "1660 reference not cited": sub(1660, " a Detectron2 [11]", " a Detectron2"),
 "1660 no y": sub(1660, "Mingxing Tan y Quoc V. Le.", "Mingxing Tan, Quoc V. Le."),
 "1660 Disponible without https": sub(1660, "Disponible en\n    https://github.com", "Disponible en\n    github.com"),
 "1660 ending": sub(1660, "Santiago, 2019.", "Santiago."),
 # 1661 RIS
 "1661 LF line": sub(1661, "PY  - 2020\r\n", "PY  - 2020\n"),
 "1661 BOM": sub(1661, "TY  - JOUR", "\ufeffTY  - JOUR"),
 "1661 tag line": sub(1661, "LA  - uk\r\n", "LA - uk\r\n"),
 "1661 ER missing": sub(1661, r"ER  - \r\n$", "", regex=True),
 "1661 TY value": sub(1661, "TY  - CONF", "TY  - PROC"),
 "1661 PY": sub(1661, "PY  - 2021", "PY  - 21"),
 "1661 DA not in PY": sub(1661, "DA  - 2023/04/14", "DA  - 2022/04/14"),
 "1661 AU shape": sub(1661, "AU  - Chen, Xinlei", "AU  - Xinlei Chen"),
 "1661 SP/EP": sub(1661, "SP  - 112", "SP  - 130"),
 "1661 UR http": sub(1661, "UR  - https://arxiv.org/abs/2002.05709", "UR  - http://arxiv.org/abs/2002.05709"),
 "1661 TT missing": sub(1661, r"TT  - Comparison[^\r]*\r\n", "", regex=True),
 "1661 tag order": sub(1661, "PY  - 2022\r\nDA  - 2022/01/01\r\nLA  - en\r\nN1", "DA  - 2022/01/01\r\nPY  - 2022\r\nLA  - en\r\nN1"),
 "1661 title-only gets a URL": sub(1661, "TI  - Exploring Simple Siamese Representation Learning\r\n", "TI  - Exploring Simple Siamese Representation Learning\r\nUR  - https://arxiv.org/abs/2011.10566\r\n"),
 # 1662 Hub Planner
 "1662 no BOM": sub(1662, "\ufeffResource,", "Resource,"),
 "1662 LF": sub(1662, ",Note\r\n", ",Note\n"),
 "1662 over-quoting": sub(1662, "Tereza Nováková,tereza", '"Tereza Nováková",tereza'),
 "1662 header": sub(1662, ",Working Days,", ",Days,"),
 "1662 dates": sub(1662, "2025-03-12,2025-03-18", "2025-03-19,2025-03-18"),
 "1662 working days": sub(1662, "2025-03-10,2025-03-21,10,8,80", "2025-03-10,2025-03-21,12,8,96"),
 "1662 total hours": sub(1662, "2025-03-03,2025-03-05,3,6,18", "2025-03-03,2025-03-05,3,6,20"),
 "1662 billable": sub(1662, ",18,Yes,", ",18,Ano,"),
 "1662 two emails": sub(1662, "jakub.dvorak@example.cz,PEFT pro právní texty,NLP-2025-03,Experimenty", "j.dvorak@example.cz,PEFT pro právní texty,NLP-2025-03,Experimenty"),
 "1662 unassigned with code": sub(1662, "Dovolená,,Unassigned Work", "Dovolená,NLP-2025-03,Unassigned Work"),
 "1662 arxiv-text gets a link": sub(1662, "(arXiv:2103.10385)", "https://arxiv.org/abs/2103.10385"),
 # 1663 Youdu
 "1663 head": sub(1663, "导出人：王子涵", "导出：王子涵"),
 "1663 order": sub(1663, "2025-03-03 09:22:15 赵博文", "2025-03-03 09:02:15 赵博文"),
 "1663 after export": sub(1663, "2025-03-07 18:22:41", "2025-03-03 10:00:00"),
 "1663 members": sub(1663, "成员数：12", "成员数：4"),
 "1663 mention": sub(1663, "@赵博文 ", "@赵博 "),
 "1663 quote": sub(1663, "「孙可欣：", "「周明杰："),
 "1663 file line": sub(1663, "笔记.pdf (2.3MB)", "笔记.pdf"),
 "1663 empty message": sub(1663, "\n[图片]\n", "\n"),
 "1663 title-only gets an id": sub(1663, "谷歌那篇", "谷歌那篇 arXiv:2006.16668"),
 # 1664 AfterDawn
 "1664 site head": sub(1664, "Siirry sisältöön\nAfterDawn\n", "AfterDawn\n"),
 "1664 breadcrumb": sub(1664, r"\nKeskustelu » Tietokoneet » Näytönohjaimet ja näytöt\n\nTietoa", "\nKeskustelu » Tietokoneet\n\nTietoa", regex=True),
 "1664 post count": sub(1664, "6 viestiä", "7 viestiä"),
 "1664 post numbering": sub(1664, "#4 · ", "#5 · "),
 "1664 date order": sub(1664, "#5 · 15.03.2025 klo 10:48", "#5 · 13.03.2025 klo 10:48"),
 "1664 author block differs": sub(1664, "Viestejä: 967", "Viestejä: 968"),
 "1664 joined after posting": sub(1664, "Liittynyt: 21.01.2021", "Liittynyt: 21.01.2026"),
 "1664 quote of a later poster": sub(1664, "MarjaL kirjoitti:", "pekkavee kirjoitti:"),
 "1664 edit by another": sub(1664, "klo 22:31 (kuutamo88)", "klo 22:31 (pekkavee)"),
 "1664 Lainaa missing": sub(1664, "\nLainaa · Vastaa\n\nVastaa viestiketjuun", "\n\nVastaa viestiketjuun"),
 "1664 footer": sub(1664, "© 2000–2025 AfterDawn Oy", "© AfterDawn"),
 # 1665 Interspire
 "1665 lang": sub(1665, '<html lang="ro"', '<html lang="en"'),
 "1665 tag unbalanced": sub(1665, "</h2>", "</h3>"),
 "1665 bare ampersand": sub(1665, "&middot; Centrul", "& Centrul"),
 "1665 http link": sub(1665, "https://ciaa.example.ro/confidentialitate", "http://ciaa.example.ro/confidentialitate"),
 "1665 issue mismatch": sub(1665, ">Nr. 14 &middot;", ">Nr. 15 &middot;"),
 "1665 weekday": sub(1665, "joi, 27 martie 2025", "vineri, 27 martie 2025"),
 "1665 campaign ids differ": sub(1665, "unsubscribe.php?M=2317", "unsubscribe.php?M=2318"),
 "1665 unsubscribe lost": sub(1665, r'<a href="https://newsletter\.example\.ro/unsubscribe\.php[^"]+"[^>]*>Dezabonare</a> &middot; ', "", regex=True),
 "1665 GDPR": sub(1665, "(GDPR)", ""),
 "1665 link lost": sub(1665, 'href="https://arxiv.org/abs/2305.16291"', 'href="https://ciaa.example.ro/voyager"'),
 # 1666 Bloggers Delight
 "1666 platform": sub(1666, "Bloggers Delight\nOpret blog", "Blog\nOpret blog"),
 "1666 post date": sub(1666, "16. marts 2025 af", "16. marts af"),
 "1666 comment count": sub(1666, "4 kommentarer", "5 kommentarer"),
 "1666 comment order": sub(1666, "17. marts 2025 kl. 07:55", "16. marts 2025 kl. 07:55"),
 "1666 comment month": sub(1666, "18. marts 2025 kl. 12:31", "18. march 2025 kl. 12:31"),
 "1666 Svar missing": sub(1666, "tak! 🌱\nSvar\n", "tak! 🌱\n"),
 "1666 seneste": sub(1666, "Seneste indlæg\nSå er", "Seneste indlæg\nFrøbytte i fælleshuset\nSå er"),
 "1666 footer year": sub(1666, "© 2025 Kolonihavens", "© 2024 Kolonihavens"),
 "1666 paper title in the negative": sub(1666, "gro vildt til insekterne", "gro vildt til insekterne (jf. Long Short-Term Memory)"),
 "1666 arXiv id in the negative": sub(1666, "nr. 14", "nr. 2306.05685"),
 # labels
 "title-only paper gets a link in 1658": sub(1658, "Devlin et al. (NAACL 2019).", "Devlin et al. https://arxiv.org/abs/1810.04805"),
 "unlabelled catalogue id in 1663": sub(1663, "周四见", "周四见 https://arxiv.org/abs/2006.11239"),
 "other file's title in 1665": sub(1665, "Dragi colegi,", "Dragi colegi, citiți LoRA: Low-Rank Adaptation of Large Language Models."),
 "labelled title lost in 1657": sub(1657, "「Long Short-Term Memory」", "「LSTM」"),
 "unlabelled OpenReview id in 1665": sub(1665, "https://ciaa.example.ro/confidentialitate", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1660": sub(1660, "Detectron2. Facebook AI Research", "Rethinking ImageNet Pre-training. Facebook AI Research"),
 "OpenReview link cut in 1664": sub(1664, "pdf?id=St1giarCHLP", "pdf?id=St1gi"),
 "OpenReview record also has an arXiv link in 1664": sub(1664, "https://openreview.net/pdf?id=St1giarCHLP", "https://openreview.net/pdf?id=St1giarCHLP https://arxiv.org/abs/2010.02502"),
 "arxiv-text gets a link in 1660": sub(1660, "arXiv:2104.00298, 2021.", "https://arxiv.org/abs/2104.00298, 2021."),
 "unknown valid-shaped id in 1666 comments": sub(1666, "Hvor er det skønt", "2405.01234 Hvor er det skønt"),
 "unknown valid-shaped id in 1661": sub(1661, "N1  - Preprint: arXiv:2103.13646", "N1  - Preprint: arXiv:2103.13646; see 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1666]].append(dict(e[D[1665]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1660]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1657]][1].update(title="Attention Is All You Need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1663]][1].update(true_arxiv_id="2309.06181", arxiv_id="2309.06181")),
 "paper in two files": exp_edit(lambda e: e[D[1658]].append(dict(e[D[1657]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1664]].append({"arxiv_id": None, "openreview_id": None, "title": "DiffWave: A Versatile Diffusion Model for Audio Synthesis", "evidence": "title-only", "true_arxiv_id": "2009.09761"})),
 "too few papers": exp_edit(lambda e: [e[D[1662]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1665]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1661])),
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
