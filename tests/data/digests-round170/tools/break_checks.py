#!/usr/bin/env python3
"""Breaks a scratch copy of round170 (/tmp/round170-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round168's harness with round170's cases; 1719 is a CR LF mail whose body is quoted-printable UTF-8 text
in CR LF form: its body is edited decoded and encoded again as the builder does; 1722 is a
CR LF file.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round170-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1717, 1727)}


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


def qpbody(old, new, crlf=True):
    """edit 1719's quoted-printable body decoded (LF view) and encode it again as the builder does (CR LF text)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1719])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = quopri.decodestring(b.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).decode("ascii")
        e = e.replace("\n", "\r\n") if crlf else e
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1717 UdG
 "1717 site head": sub(1717, "Vés al contingut\n", ""),
 "1717 code": sub(1717, "Codi: 3105G07038", "Codi: 3105-07038"),
 "1717 breadcrumb": sub(1717, "Graus\nGrau en", "Grau en"),
 "1717 tabs": sub(1717, "Activitats\nBibliografia\nAvaluació", "Bibliografia\nAvaluació"),
 "1717 heading repeated": sub(1717, "Altres recursos\n", "Bibliografia\n"),
 "1717 section order": sub(1717, "Bibliografia complementària\n", "Complementària\n"),
 "1717 item shape": sub(1717, "Hochreiter, Sepp; Schmidhuber, Jürgen (1997).", "Sepp Hochreiter i Jürgen Schmidhuber, 1997."),
 "1717 URL not https": sub(1717, "\nhttps://arxiv.org/abs/1706.03762", "\narxiv.org/abs/1706.03762"),
 "1717 course years": sub(1717, "Curs: 2024-2025", "Curs: 2024-2026"),
 "1717 approved after start": sub(1717, "aprovat el 18/07/2024", "aprovat el 18/10/2024"),
 "1717 updated before approval": sub(1717, "actualització: 04/02/2025", "actualització: 04/02/2024"),
 "1717 footer": sub(1717, "\nGaletes\n", "\n"),
 "1717 CR LF": sub(1717, "Altres recursos\n", "Altres recursos\r\n"),
 # 1718 git.science.uu.nl
 "1718 fence unbalanced": sub(1718, "make linkcheck\n```", "make linkcheck\n"),
 "1718 no badge": sub(1718, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1718 no TOC macro": sub(1718, "[[_TOC_]]\n", ""),
 "1718 anchor wrong": sub(1718, "zie de open issues.", "zie [Tools](#tool)."),
 "1718 clone/cd mismatch": sub(1718, "\ncd awesome-efficiente-transformers", "\ncd awesome"),
 "1718 other project": sub(1718, "awesome-efficiente-transformers/-/wikis", "leesrooster/-/wikis"),
 "1718 link item shape": sub(1718, "(https://arxiv.org/abs/2307.08691) —", "(arxiv.org/abs/2307.08691) —"),
 "1718 bold item shape": sub(1718, "** — Sun et al.", "**, Sun et al."),
 "1718 table row cells": sub(1718, "| Hyena | lange convolutie |", "| Hyena | lange convolutie | 2023 |"),
 "1718 details unbalanced": sub(1718, "</details>\n", ""),
 "1718 pipeline badge": sub(1718, "/badges/main/pipeline.svg", "/badges/main/coverage.svg"),
 "1718 maintainer handle": sub(1718, "@j.devries", "@JDeVries"),
 "1718 arxiv-text gets a link": sub(1718, "(arXiv:2103.02143)", "(https://arxiv.org/abs/2103.02143)"),
 # 1719 Rackspace
 "1719 LF in headers": sub(1719, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1719 non-ASCII byte": sub(1719, "X-Auth-ID: ha.nguyen", "X-Auth-ID: hà.nguyen"),
 "1719 Date weekday": sub(1719, "Date: Tue, 18 Mar 2025", "Date: Wed, 18 Mar 2025"),
 "1719 header missing": sub(1719, "MIME-Version: 1.0\r\n", ""),
 "1719 Message-ID host": sub(1719, "@apps.rackspace.com>", "@mail.example.vn>"),
 "1719 encoding": sub(1719, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64"),
 "1719 QP line too long": sub(1719, r"=\r\n", "", regex=True),
 "1719 bare =": sub(1719, "Ch=C3=A0o", "Ch=Z3=A0o"),
 "1719 encoded-word": sub(1719, "=?UTF-8?Q?Ph=E1=BA=A1m_Thanh_B=C3=ACnh?=", "=?UTF-8?Q?Ph=E1=BA=A_Thanh_B=C3=ACnh?="),
 "1719 Subject != forwarded": sub(1719, "Subject: FW: nlp-vn Digest, Vol 14, Issue 9", "Subject: FW: nlp-vn Digest, Vol 14, Issue 8"),
 "1719 LF inside the decoded text": qpbody("Chào anh Bình,\n", "Chào anh Bình,\n", crlf=False),
 "1719 topics order": qpbody("   1. [nlp-vn] Đọc nhóm tuần này: đánh giá LLM (Trần Minh Khoa)", "   1. [nlp-vn] Đọc nhóm tuần này: đánh giá LLM (Lê Thu Trang)"),
 "1719 message weekday": qpbody("Date: Mon, 17 Mar 2025 10:05:47", "Date: Tue, 17 Mar 2025 10:05:47"),
 "1719 message order": qpbody("Date: Mon, 17 Mar 2025 14:22:10", "Date: Mon, 17 Mar 2025 07:22:10"),
 "1719 end line": qpbody("End of nlp-vn Digest, Vol 14, Issue 9\n", "End of nlp-vn Digest\n"),
 "1719 asterisk line": qpbody("Issue 9\n*****", "Issue 9\n****"),
 "1719 Sent after the mail": qpbody("Sent: Tuesday, March 18, 2025 12:00AM", "Sent: Tuesday, March 18, 2025 11:00AM"),
 "1719 forwarded From": qpbody("From: nlp-vn-request@", "From: nlp-vn-owner@"),
 "1719 preamble": qpbody("Send nlp-vn mailing list submissions to\n", "Send submissions to\n"),
 "1719 MMLU id lost": qpbody(", arXiv:2009.03300", ""),
 "1719 title-only id in the digest": qpbody("(Wang, Turko, Chau, 2021)", "(arXiv:2103.14625)"),
 # 1720 ХНУРЕ
 "1720 page number": sub(1720, "\n82\n", "\n84\n"),
 "1720 heading twice": sub(1720, "\nПЕРЕЛІК ДЖЕРЕЛ ПОСИЛАННЯ\n", "\nПЕРЕЛІК ДЖЕРЕЛ ПОСИЛАННЯ\nПЕРЕЛІК ДЖЕРЕЛ ПОСИЛАННЯ\n"),
 "1720 appendix missing": sub(1720, "ДОДАТОК А\n", "Додаток\n"),
 "1720 numbering": sub(1720, "\n9. Li J.", "\n12. Li J."),
 "1720 citation order": sub(1720, "деформованою увагою [2]", "деформованою увагою [3]"),
 "1720 reference not cited": sub(1720, "Ultralytics [12]", "Ultralytics"),
 "1720 URL date invalid": sub(1720, "(дата звернення: 14.10.2024)", "(дата звернення: 34.10.2024)"),
 "1720 URL without date": sub(1720, " (дата звернення: 02.11.2024).", "."),
 "1720 no final dot": sub(1720, "P. 2672–2680.", "P. 2672–2680"),
 "1720 line too long": sub(1720, "Recognition. Proceedings", "Recognition. Proceedings of the IEEE and a long tail of words beyond the PDF's line end"),
 "1720 arxiv-text gets a link": sub(1720, "arXiv preprint arXiv:2301.12597", "URL: https://arxiv.org/abs/2301.12597"),
 # 1721 Primo BibTeX
 "1721 BOM": sub(1721, "@article{cdi_arxiv_primary_2304_07193", "\ufeff@article{cdi_arxiv_primary_2304_07193"),
 "1721 field order": sub(1721, "copyright = {http://arxiv.org/licenses/nonexclusive-distrib/1.0},\ndoi = {10.48550/arxiv.2304.07193},", "doi = {10.48550/arxiv.2304.07193},\ncopyright = {http://arxiv.org/licenses/nonexclusive-distrib/1.0},"),
 "1721 field shape": sub(1721, "year = {2023},", "year = 2023,"),
 "1721 record not closed": sub(1721, "year = {2023},\n}\n", "year = {2023},\n"),
 "1721 duplicate key": sub(1721, "cdi_arxiv_primary_2104_14294,", "cdi_arxiv_primary_2304_07193,"),
 "1721 url of another id": sub(1721, "url = {https://arxiv.org/abs/2304.07193}", "url = {https://arxiv.org/abs/2304.07194}"),
 "1721 author form": sub(1721, "author = {Popescu, Andreea-Maria}", "author = {Andreea-Maria Popescu}"),
 "1721 no language": sub(1721, "language = {rum},\n", ""),
 "1721 ProQuest record with url": sub(1721, "issn = {2331-8422},\njournal", "issn = {2331-8423},\njournal"),
 "1721 IEEE pages": sub(1721, "pages = {9726-9735}", "pages = {9735-9726}"),
 "1721 thesis without school": sub(1721, "school = {Universitatea Politehnica din București},\n", ""),
 "1721 CPC id lost": sub(1721, "doi = {10.48550/arxiv.1807.03748},\n", ""),
 "1721 title-only gets an id": sub(1721, "title = {In Search of Lost Domain Generalization},", "title = {In Search of Lost Domain Generalization},\nurl = {https://arxiv.org/abs/2007.01434},"),
 # 1722 Workfront
 "1722 no BOM": sub(1722, "\ufeff\"작업 번호\"", "\"작업 번호\""),
 "1722 LF record end": sub(1722, "\"설명\"\r\n", "\"설명\"\n"),
 "1722 LF inside a field": sub(1722, "2106.09685\r\n\r\nr=8", "2106.09685\n\nr=8"),
 "1722 minimal quoting": sub(1722, "\"TSK-2401\",", "TSK-2401,"),
 "1722 header": sub(1722, "\"완료율\"", "\"진행률\""),
 "1722 duplicate task": sub(1722, "\"TSK-2405\"", "\"TSK-2404\""),
 "1722 status": sub(1722, ",\"진행 중\",", ",\"진행\","),
 "1722 percent vs status": sub(1722, "\"2025-01-10\",\"100\"", "\"2025-01-10\",\"80\""),
 "1722 dates": sub(1722, "\"2025-01-06\",\"2025-01-10\"", "\"2025-01-16\",\"2025-01-10\""),
 "1722 invalid date": sub(1722, "2025-02-21", "2025-02-30"),
 "1722 two projects": sub(1722, "\"사내 상담봇 경량 미세조정 (2025 상반기)\"", "\"사내 상담봇 (2025)\""),
 "1722 arxiv-text gets a link": sub(1722, "(arXiv:2205.05638)", "(https://arxiv.org/abs/2205.05638)"),
 # 1723 Zoom Team Chat
 "1723 head": sub(1723, "エクスポート者: ", "エクスポート: "),
 "1723 count": sub(1723, "メッセージ数: 12", "メッセージ数: 13"),
 "1723 order": sub(1723, "2025/05/19 10:21 高橋", "2025/05/19 09:21 高橋"),
 "1723 after export": sub(1723, "エクスポート日時: 2025/05/20 18:32", "エクスポート日時: 2025/05/20 08:32"),
 "1723 block head": sub(1723, "2025/05/19 15:08 伊藤 翔", "2025/05/19 15時08分 伊藤 翔"),
 "1723 event with text": sub(1723, "チャンネルから退出しました\n", "チャンネルから退出しました\nお疲れさまです\n"),
 "1723 writes after leaving": sub(1723, "2025/05/20 09:12 佐藤 健", "2025/05/20 09:12 伊藤 翔"),
 "1723 file line": sub(1723, "(48 KB)]", "]"),
 "1723 exporter silent": sub(1723, "エクスポート者: 佐藤 健", "エクスポート者: 山田 花子"),
 "1723 title-only gets an id": sub(1723, "（Shazeer et al., ICLR 2017）", "（arXiv:1701.06538）"),
 # 1724 ShiftDelete.Net
 "1724 site head": sub(1724, "İçeriğe geç\n", ""),
 "1724 breadcrumb bottom": sub(1724, "\nForum › Yazılım › Yapay Zeka ve Makine Öğrenimi\n\nİletişim", "\nForum › Yazılım\n\nİletişim"),
 "1724 starter": sub(1724, "Konuyu başlatan emre_kod", "Konuyu başlatan BitBaron"),
 "1724 start date": sub(1724, "Başlangıç tarihi 3 Mart 2025", "Başlangıç tarihi 2 Mart 2025"),
 "1724 post numbering": sub(1724, "\n#3\n", "\n#4\n"),
 "1724 date order": sub(1724, "6 Mart 2025", "1 Mart 2025"),
 "1724 Turkish month": sub(1724, "7 Mart 2025", "7 March 2025"),
 "1724 member block differs": sub(1724, "Mesajlar 186", "Mesajlar 187", count=1),
 "1724 quote of nothing": sub(1724, "BitBaron dedi ki:\nBunları", "BitBaron dedi ki:\nŞunları"),
 "1724 quote not expandable": sub(1724, "Genişletmek için tıkla...\n", ""),
 "1724 Yanıtla missing": sub(1724, "nasıl gittiğini buraya yazarım.\n\nTepkiler: 2\n\nYanıtla\n", "nasıl gittiğini buraya yazarım.\n\nTepkiler: 2\n\n"),
 "1724 guest box": sub(1724, "Bu konuya cevap yazmak için giriş yapmalı veya kayıt olmalısınız.\n", ""),
 "1724 footer": sub(1724, "Community platform by XenForo®", "Powered by vBulletin®"),
 # 1725 inwise
 "1725 dir": sub(1725, '<html lang="he" dir="rtl">', '<html lang="he">'),
 "1725 tag unbalanced": sub(1725, "</h1>", "</h2>"),
 "1725 bare ampersand": sub(1725, "Ho &amp; Salimans", "Ho & Salimans"),
 "1725 http link": sub(1725, "https://genlab.example.ac.il/privacy", "http://genlab.example.ac.il/privacy"),
 "1725 issue mismatch": sub(1725, ">גיליון 18 &middot;", ">גיליון 19 &middot;"),
 "1725 weekday": sub(1725, "יום ראשון, 6 באפריל 2025", "יום שני, 6 באפריל 2025"),
 "1725 campaign ids differ": sub(1725, "unsubscribe/?cid=883106", "unsubscribe/?cid=883107"),
 "1725 unsubscribe lost": sub(1725, r'<a href="https://view\.inwise\.net/unsubscribe/[^"]+"[^>]*>להסרה מרשימת התפוצה</a>', "להסרה מרשימת התפוצה", regex=True),
 "1725 privacy": sub(1725, "מדיניות הפרטיות", "התנאים"),
 "1725 badge": sub(1725, ">נשלח באמצעות inwise</a>", ">דיוור</a>"),
 "1725 OpenReview link cut": sub(1725, "forum?id=St1giarCHLP", "forum?id=St1gi"),
 "1725 link lost": sub(1725, 'href="https://arxiv.org/pdf/2207.12598"', 'href="https://genlab.example.ac.il/cfg"'),
 # 1726 kumparan
 "1726 site head": sub(1726, "kumparan\nBerita", "Beranda\nBerita"),
 "1726 post date": sub(1726, "12 Juni 2025 14:20 WIB", "12/06/2025 14:20"),
 "1726 comment count": sub(1726, "Komentar (3)", "Komentar (4)"),
 "1726 comment order": sub(1726, "13 Juni 2025 08:15 WIB", "12 Juni 2025 08:15 WIB"),
 "1726 Balas missing": sub(1726, "banyak kok.\nBalas\n", "banyak kok.\n"),
 "1726 disclaimer": sub(1726, "Tulisan dari Rizky Pratama", "Tulisan ini"),
 "1726 comment box": sub(1726, "Tulis komentar...\n", ""),
 "1726 footer year": sub(1726, "© 2025 kumparan", "© 2024 kumparan"),
 "1726 paper title in the negative": sub(1726, "sinyal di atas tidak stabil", "sinyal di atas tidak stabil (baca Attention Is All You Need)"),
 "1726 arXiv id in the negative": sub(1726, "Total sekitar Rp960.000.", "Total sekitar Rp960.000. Kode 2405.01234."),
 # labels
 "title-only paper gets a link in 1724": sub(1724, "(Pfaff ve ark., ICLR 2021)", "(https://arxiv.org/abs/2010.03409)"),
 "unlabelled catalogue id in 1723": sub(1723, "金曜の定例で方針を決めましょう。", "金曜の定例で方針を決めましょう。 https://arxiv.org/abs/2006.11239"),
 "other file's title in 1725": sub(1725, "<p>שלום לכולם,</p>", "<p>שלום לכולם, ראו גם LoRA: Low-Rank Adaptation of Large Language Models</p>"),
 "labelled title lost in 1721": sub(1721, "title = {Exploring Simple Siamese Representation Learning},", "title = {Exploring Siamese Learning},"),
 "unlabelled OpenReview id in 1718": sub(1718, "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)\n", "[CC BY 4.0](https://openreview.net/forum?id=rkgNKkHtvB)\n"),
 "distractor title in 1720": sub(1720, "PyTorch documentation.", "Rethinking ImageNet Pre-training."),
 "OpenReview link cut in 1718": sub(1718, "forum?id=Ua6zuk0WRH", "forum?id=Ua6zu"),
 "OpenReview record also has an arXiv link in 1718": sub(1718, "(https://openreview.net/forum?id=Ua6zuk0WRH) —", "(https://openreview.net/forum?id=Ua6zuk0WRH) — https://arxiv.org/abs/2009.14794 —"),
 "unknown valid-shaped id in 1724": sub(1724, "buraya yazarım.", "buraya yazarım. 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1726]].append(dict(e[D[1725]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1720]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1717]][0].update(title="Attention is all you need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1723]][1].update(true_arxiv_id="2302.13972", arxiv_id="2302.13972")),
 "paper in two files": exp_edit(lambda e: e[D[1718]].append(dict(e[D[1717]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1725]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "too few papers": exp_edit(lambda e: [e[D[1722]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1723]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1721])),
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
