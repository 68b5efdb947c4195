#!/usr/bin/env python3
"""Breaks a scratch copy of round148 (/tmp/round148-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round146's harness, with round148's cases; 1499 is CR LF with base64 parts, which are edited decoded and
encoded again; 1502 is CR LF with a BOM.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round148-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1497, 1507)}


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


def b64(part, old, new, count=1):
    """edit the decoded text of 1499's part 0 (text, CR LF) or 1 (HTML) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1499])
        s = open(p, "rb").read().decode("ascii")
        bnd = re.search(r'boundary="([^"]+)"', s).group(1)
        segs = re.split(r"(Content-Transfer-Encoding: base64\r\n\r\n)", s)
        body, rest = segs[2 * part + 2].split("\r\n--" + bnd, 1)
        txt = base64.b64decode("".join(body.split())).decode("utf-8")
        o, n_ = (old.replace("\n", "\r\n"), new.replace("\n", "\r\n")) if part == 0 else (old, new)
        assert o in txt, old
        txt = txt.replace(o, n_, count if count else -1)
        segs[2 * part + 2] = base64.encodebytes(txt.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n") + "\r\n--" + bnd + rest
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def both(old, new, count=1):
    return lambda root: (b64(0, old, new, count)(root), b64(1, old, new, count)(root))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1497 Atenea (Moodle) page copy
 "1497 footer missing": sub(1497, "\nFunciona amb Moodle\n", "\n"),
 "1497 tab missing": sub(1497, "Qualificacions\nCompetències\n", "Qualificacions\n"),
 "1497 breadcrumb of another course": sub(1497, "Els meus cursos / 2024-25 Q1 / APRPRO-GCED /", "Els meus cursos / 2024-25 Q1 / APRNEU-GCED /"),
 "1497 page title differs": sub(1497, "Pàgina\nPla de lectures del curs\n", "Pàgina\nPla de lectures\n"),
 "1497 Obert weekday wrong": sub(1497, "Obert: dilluns, 2 setembre", "Obert: dimarts, 2 setembre"),
 "1497 Venç not the last Sunday": sub(1497, "Venç: diumenge, 3 novembre 2024, 23:59", "Venç: divendres, 1 novembre 2024, 23:59"),
 "1497 week not on a Monday": sub(1497, "3\t23/09/2024", "3\t24/09/2024"),
 "1497 week numbers skip": sub(1497, "\n5\t07/10/2024", "\n6\t07/10/2024"),
 "1497 row with a missing cell": sub(1497, "\tMemòria externa\t", "\t"),
 "1497 modified after the first week": sub(1497, "Darrera modificació: dimecres, 4 setembre 2024", "Darrera modificació: dimecres, 11 setembre 2024"),
 "1497 no login line": sub(1497, "Heu entrat com a Laia Puigdomènech Serra (Surt)\n", ""),
 "1497 CR LF": sub(1497, "\n", "\r\n", count=0),
 # 1498 mos.hub README
 "1498 TOC anchor wrong": sub(1498, "(#длинный-контекст)", "(#длинный_контекст)"),
 "1498 section missing from TOC": sub(1498, "- [Оценка](#оценка)\n", ""),
 "1498 clone URL of another host": sub(1498, "git clone https://hub.mos.ru/nlp-msk/awesome-llm-ru.git", "git clone https://gitflic.ru/nlp-msk/awesome-llm-ru.git"),
 "1498 cd into another project": sub(1498, "\ncd awesome-llm-ru\n", "\ncd awesome-llm\n"),
 "1498 intro names another group": sub(1498, "`nlp-msk` на mos.hub", "`nlp-spb` на mos.hub"),
 "1498 code fence unclosed": sub(1498, "git push -u origin add/название-статьи\n```", "git push -u origin add/название-статьи\n"),
 "1498 table row missing a cell": sub(1498, "| vLLM | сервинг с PagedAttention |", "| vLLM |"),
 "1498 badge missing": sub(1498, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1498 unbalanced link": sub(1498, "[Lost in the Middle", "Lost in the Middle"),
 "1498 list item of another form": sub(1498, "](https://arxiv.org/abs/1904.09751) — nucleus", "](https://arxiv.org/abs/1904.09751) nucleus"),
 # 1499 Citromail forward of a Simplelists digest (base64)
 "1499 LF line ends": sub(1499, "\r\n", "\n", count=0),
 "1499 Date weekday wrong": sub(1499, "Date: Tue, 14 May 2024", "Date: Wed, 14 May 2024"),
 "1499 Received before Date": sub(1499, "Tue, 14 May 2024 08:47:14 +0200 (CEST)", "Tue, 14 May 2024 07:47:14 +0200 (CEST)"),
 "1499 From not a B-word": sub(1499, "From: =?UTF-8?B?S292w6FjcyBSw6lrYQ==?=", "From: Kovacs Reka"),
 "1499 Subject not the forwarded one": sub(1499, "Subject: Fw: hu-ml-olvaso digest: 4 messages", "Subject: Fw: hu-ml-olvaso digest"),
 "1499 boundary not closed": sub(1499, r"--\r\n$", "\r\n", regex=True),
 "1499 base64 line too long": sub(1499, r"(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/=]+)\r\n", r"\1", regex=True),
 "1499 broken base64": sub(1499, r"(Content-Transfer-Encoding: base64\r\n\r\n)[A-Za-z0-9+/=]{4}", r"\1#$%!", regex=True),
 "1499 message count wrong": b64(0, "hu-ml-olvaso digest: 4 messages\n\nTopics", "hu-ml-olvaso digest: 5 messages\n\nTopics"),
 "1499 topic differs from subject": b64(0, "  3. QLoRA kísérlet a laborgépen", "  3. QLoRA kísérlet"),
 "1499 message out of order": b64(0, "Date: Mon, 13 May 2024 18:40:09 +0200", "Date: Mon, 13 May 2024 12:40:09 +0200"),
 "1499 message after the digest": b64(0, "Date: Mon, 13 May 2024 21:05:37 +0200", "Date: Tue, 14 May 2024 21:05:37 +0200"),
 "1499 forward block missing": b64(0, "---------- Továbbított üzenet ----------", "----- Forwarded message -----"),
 "1499 parts differ in URLs": b64(0, "https://arxiv.org/pdf/2205.01068", "https://arxiv.org/abs/2205.01068"),
 "1499 8-bit header": sub(1499, "X-Mailer: Citromail webmail", "X-Mailer: Citromail levelező"),
 # 1500 JKICS references
 "1500 page number skips": sub(1500, "\n1038\n", "\n1039\n"),
 "1500 wrong running head": sub(1500, "한국통신학회논문지 '24-06 Vol.49 No.06", "JKICS '24-06 Vol.49 No.06"),
 "1500 reference numbers skip": sub(1500, "\n[6] ", "\n[7] "),
 "1500 citation without an entry": sub(1500, "한국어 문서 요약 데이터[13]", "한국어 문서 요약 데이터[14]"),
 "1500 author not initials": sub(1500, "[5] Z. Wu, Z. Liu,", "[5] Zhanghao Wu, Z. Liu,"),
 "1500 no `, and`": sub(1500, "J. Lin, Y. Lin, and S. Han", "J. Lin, Y. Lin, S. Han"),
 "1500 pages reversed": sub(1500, "pp. 308-318", "pp. 318-308"),
 "1500 arXiv id newer than the entry": sub(1500, "Jul. 2019. arXiv:1901.02860.", "Jul. 2018. arXiv:1901.02860."),
 "1500 Korean entry without 권/호": sub(1500, "제48권, 제2호,", "48(2),"),
 "1500 Retrieved date invalid": sub(1500, "Retrieved Feb.\n26, 2024", "Retrieved Feb.\n30, 2024"),
 "1500 ORCID check digit wrong": sub(1500, "[ORCID:0000-0003-1742-8663]", "[ORCID:0000-0003-1742-8664]"),
 "1500 career out of order": sub(1500, "2019년 2월 : 한빛대학교 전자공학과 졸업", "2022년 2월 : 한빛대학교 전자공학과 졸업"),
 # 1501 Parsifal BibTeX
 "1501 study count wrong": sub(1501, "% Studies: 11", "% Studies: 12"),
 "1501 Parsifal header missing": sub(1501, "% Parsifal - Perform Systematic Literature Reviews\n", ""),
 "1501 duplicate key": sub(1501, "@inproceedings{chen2021exploring,", "@inproceedings{caron2021emerging,"),
 "1501 key year differs": sub(1501, "@inproceedings{he2020momentum,", "@inproceedings{he2019momentum,"),
 "1501 brace unbalanced": sub(1501, "    pages = {9729--9738},", "    pages = {9729--9738,"),
 "1501 booktitle missing": sub(1501, "    booktitle = {International Conference on Learning Representations (ICLR)},\n", ""),
 "1501 author not Last, First": sub(1501, "author = {Chen, Xinlei and He, Kaiming}", "author = {Xinlei Chen and Kaiming He}"),
 "1501 pages reversed": sub(1501, "pages = {15750--15758}", "pages = {15758--15750}"),
 "1501 eprint without archivePrefix": sub(1501, "    archivePrefix = {arXiv},\n", ""),
 "1501 note without a status": sub(1501, "note = {Αποδεκτή. ΚΕ1. SimSiam", "note = {ΚΕ1. SimSiam"),
 "1501 rejected without a criterion": sub(1501, "Απορρίφθηκε. ΚΑ2: δεν είναι", "Απορρίφθηκε. Δεν είναι"),
 # 1502 Aipo CSV
 "1502 BOM missing": sub(1502, "\ufeff", ""),
 "1502 LF between records": sub(1502, '"2024/05/14 18:40"\r\n', '"2024/05/14 18:40"\n'),
 "1502 field not quoted": sub(1502, '"輪読","評価系の論文 2 本"', '輪読,"評価系の論文 2 本"'),
 "1502 state not Aipo's": sub(1502, '"やや高い","60%"', '"やや高い","65%"'),
 "1502 priority not Aipo's": sub(1502, '"高橋 陸","低い","未着手"', '"高橋 陸","最低","未着手"'),
 "1502 start after due": sub(1502, '"2024/05/20","2024/06/07"', '"2024/06/20","2024/06/07"'),
 "1502 created after updated": sub(1502, '"2024/05/15 08:55","2024/05/16 14:30"', '"2024/05/17 08:55","2024/05/16 14:30"'),
 "1502 assignee not a member": sub(1502, '"GPU サーバ（A100 ×8）予約 6 月分","山本 紗希"', '"GPU サーバ（A100 ×8）予約 6 月分","田中 一郎"'),
 "1502 row with a field missing": sub(1502, ',"非公開","高橋 陸"', ',"高橋 陸"'),
 # 1503 如流 export
 "1503 member count wrong": sub(1503, "群成员（6人）", "群成员（7人）"),
 "1503 weekday wrong": sub(1503, "2024-05-30 星期四", "2024-05-30 星期五"),
 "1503 sender not a member": sub(1503, "\n王浩然 2024-05-31 10:02:37", "\n王磊 2024-05-31 10:02:37"),
 "1503 message out of order": sub(1503, "孙雨桐 2024-05-30 09:14:03", "孙雨桐 2024-05-30 09:11:03"),
 "1503 message off its day": sub(1503, "陈嘉怡 2024-05-30 21:48:09", "陈嘉怡 2024-05-31 21:48:09"),
 "1503 @ of a non-member": sub(1503, "@孙雨桐 可以", "@李娜 可以"),
 "1503 placeholder malformed": sub(1503, "[文件] AlphaFold2_Nature2021.pdf (6.8 MB)", "[文件] AlphaFold2_Nature2021.pdf"),
 "1503 exported before the last message": sub(1503, "导出时间：2024-06-03 22:15:08", "导出时间：2024-05-31 09:00:00"),
 # 1504 Arab Hardware (XenForo)
 "1504 reply count wrong": sub(1504, "الردود 5", "الردود 6"),
 "1504 post number skips": sub(1504, "\n#3\n", "\n#4\n"),
 "1504 starter line names another member": sub(1504, "بادئ الموضوع أحمد_الزهراني", "بادئ الموضوع نورة.س"),
 "1504 post out of date order": sub(1504, "15 مايو 2024\n#6", "11 مايو 2024\n#6"),
 "1504 member block differs": sub(1504, "المشاركات\n27\n", "المشاركات\n28\n"),
 "1504 quote of a non-poster": sub(1504, "أحمد_الزهراني قال:", "سامي قال:"),
 "1504 quote not closed": sub(1504, "م.خالد_العتيبي قال:\nوإذا كنت مهتماً بالتوسع في الحجم فاقرأ عن خليط الخبراء\nاضغط للتوسيع...", "م.خالد_العتيبي قال:\nوإذا كنت مهتماً بالتوسع في الحجم فاقرأ عن خليط الخبراء"),
 "1504 poster reacts to own post": sub(1504, "أعجب بهذا: نورة.س وHazem_Dev", "أعجب بهذا: أحمد_الزهراني وHazem_Dev"),
 "1504 posted before joining": sub(1504, "انضم\n3 فبراير 2024", "انضم\n3 يونيو 2024", count=0),
 # 1505 SendX web version
 "1505 tag unclosed": sub(1505, "</ul>", ""),
 "1505 http link": sub(1505, 'href="https://forms.gle/', 'href="http://forms.gle/'),
 "1505 bare & in href": sub(1505, "sid=sub_9f3c2a71e0&amp;s=wv", "sid=sub_9f3c2a71e0&s=wv"),
 "1505 issue differs": sub(1505, "<title>शोधपत्र साप्ताहिकी #37</title>", "<title>शोधपत्र साप्ताहिकी #38</title>"),
 "1505 issue weekday wrong": sub(1505, "गुरुवार, 20 जून 2024", "बुधवार, 20 जून 2024"),
 "1505 webinar before the issue": sub(1505, "शनिवार, 29 जून 2024", "शनिवार, 15 जून 2024"),
 "1505 card with two buttons": sub(1505, ">पेपर पढ़ें →</a>", '>पेपर पढ़ें →</a> <a href="https://arxiv.org/pdf/2106.04560">PDF</a>'),
 "1505 badge missing": sub(1505, 'alt="Sent with SendX"', 'alt="SendX"'),
 "1505 two campaign ids": sub(1505, "unsubscribe?cid=6671b9e2c4a81f0012d3a5b7", "unsubscribe?cid=6671b9e2c4a81f0012d3a5b8"),
 "1505 no preheader": sub(1505, '<div style="display:none;max-height:0;overflow:hidden;">', '<div>'),
 # 1506 OKnation (negative)
 "1506 comment count wrong": sub(1506, "ความคิดเห็น (5)", "ความคิดเห็น (4)"),
 "1506 Buddhist year wrong": sub(1506, "พฤษภาคม พ.ศ. 2567 เวลา 21.40", "พฤษภาคม พ.ศ. 2024 เวลา 21.40"),
 "1506 Thai weekday wrong": sub(1506, "วันพฤหัสบดีที่ 16 พฤษภาคม พ.ศ. 2567 เวลา 21.40", "วันศุกร์ที่ 16 พฤษภาคม พ.ศ. 2567 เวลา 21.40"),
 "1506 comment before the post": sub(1506, "วันพฤหัสบดีที่ 16 พฤษภาคม พ.ศ. 2567 เวลา 22.15", "วันพฤหัสบดีที่ 16 พฤษภาคม พ.ศ. 2567 เวลา 20.15"),
 "1506 reply to a later comment": sub(1506, "ตอบความคิดเห็นที่ 3", "ตอบความคิดเห็นที่ 5"),
 "1506 comment numbers skip": sub(1506, "ความคิดเห็นที่ 4\n", "ความคิดเห็นที่ 6\n"),
 "1506 catalogue title in the negative": sub(1506, "ชุด Essence of Linear Algebra", "ชุด Essence of Linear Algebra และ Long Short-Term Memory"),
 "1506 arXiv id in the negative": sub(1506, "Colab Pro เดือนละ 353 บาท", "Colab Pro เดือนละ 353 บาท (ดู 2106.09685)"),
 # labels
 "title-only paper gets a link in 1498": sub(1498, "- **Extending Context Window of Large Language Models via Positional Interpolation**", "- [Extending Context Window of Large Language Models via Positional Interpolation](https://arxiv.org/abs/2306.15595)"),
 "title-only paper gets an id in 1501": sub(1501, "    doi = {10.1109/CVPR42600.2020.00975},", "    doi = {10.1109/CVPR42600.2020.00975},\n    eprint = {1911.05722},\n    archivePrefix = {arXiv},"),
 "title-only id in the 1499 digest": both("(ez a P-tuning)", "(ez a P-tuning, arXiv:2103.10385)"),
 "arxiv-text id lost in 1499": both(" (arXiv:2101.00190)", ""),
 "unlabelled catalogue id in 1500": sub(1500, "from https://pytorch.org/docs/2.2/", "from https://arxiv.org/abs/2001.04451"),
 "other file's title in 1503": sub(1503, "记得对比一下和 LDM 的区别", "记得对比一下和 LDM 的区别，还有 Masked Autoencoders Are Scalable Vision Learners"),
 "labelled title lost in 1502": sub(1502, "論文読み: Toolformer: Language Models Can Teach Themselves to Use Tools", "論文読み: Toolformer"),
 "unlabelled OpenReview id in 1504": sub(1504, "Open Arabic LLM Leaderboard على Hugging Face", "Open Arabic LLM Leaderboard على Hugging Face https://openreview.net/forum?id=Ua6zuk0WRH"),
 "distractor title in 1497": sub(1497, "Comparar amb word2vec", "Comparar amb Rethinking ImageNet Pre-training i word2vec"),
 "link lost in 1505": sub(1505, 'href="https://arxiv.org/abs/2012.07177"', 'href="https://github.com/tensorflow/tpu"'),
 "OpenReview link cut in 1500": sub(1500, "forum?id=QtTKTdVrFBB", "forum?id=QtTKT"),
 "arxiv-text gets a link in 1503": sub(1503, "（arXiv:2403.03206）", "（https://arxiv.org/abs/2403.03206）"),
 "unknown valid-shaped id in 1502": sub(1502, "毎週火曜 16:30〜18:00", "毎週火曜 16:30〜18:00 (2405.01234)"),
 "OpenReview record also has an arXiv link in 1501": sub(1501, "    url = {https://openreview.net/forum?id=-bdp_8Itjwp},", "    url = {https://openreview.net/forum?id=-bdp_8Itjwp},\n    howpublished = {\\url{https://arxiv.org/abs/2006.05576}},"),
 "label in the negative": exp_edit(lambda e: e[D[1506]].append(dict(e[D[1505]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1500]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1497]][1].update(title="Bahdanau attention")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1504]][1].update(true_arxiv_id="1907.11693", arxiv_id="1907.11693")),
 "paper in two files": exp_edit(lambda e: e[D[1498]].append(dict(e[D[1497]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1505]].append({"arxiv_id": None, "openreview_id": None, "title": "Emergent Abilities of Large Language Models", "evidence": "title-only", "true_arxiv_id": "2206.07682"})),
 "too few papers": exp_edit(lambda e: [e[D[1503]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1501]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1502])),
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
