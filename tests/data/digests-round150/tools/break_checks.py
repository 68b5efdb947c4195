#!/usr/bin/env python3
"""Breaks a scratch copy of round150 (/tmp/round150-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round148's harness, with round150's cases; 1519 is CR LF with quoted-printable parts, which are edited
decoded and encoded again as the builder does; 1521 is CR LF; 1522 is CR LF with a BOM.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round150-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1517, 1527)}


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


def qp(text):
    out = []
    for line in text.split("\n"):
        b = line.encode("utf-8")
        toks = [chr(c) if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i < len(b) - 1) else f"={c:02X}" for i, c in enumerate(b)]
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def qpart(part, old, new, count=1):
    """edit the decoded text of 1519's part 0 (text) or 1 (HTML) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1519])
        s = open(p, "rb").read().decode("ascii")
        bnd = re.search(r'boundary="([^"]+)"', s).group(1)
        segs = re.split(r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n)", s)
        body, rest = segs[2 * part + 2].split("\r\n--" + bnd, 1)
        txt = quopri.decodestring(body.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in txt, old
        txt = txt.replace(old, new, count if count else -1)
        segs[2 * part + 2] = qp(txt) + "\r\n--" + bnd + rest
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def both(old, new, count=1):
    return lambda root: (qpart(0, old, new, count)(root), qpart(1, old, new, count)(root))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1517 ITC-LMS
 "1517 footer missing": sub(1517, "Copyright © The University of Tokyo. All Rights Reserved.\n", ""),
 "1517 no logout": sub(1517, "佐藤 翔太 さん\nログアウト\n", "佐藤 翔太 さん\n"),
 "1517 breadcrumb of another course": sub(1517, "ホーム > 2024年度 > 深層学習基礎論 > 教材", "ホーム > 2024年度 > 深層学習応用 > 教材"),
 "1517 tab missing": sub(1517, "掲示板\n出欠\n", "出欠\n"),
 "1517 weekday wrong": sub(1517, "2024/05/20（月）", "2024/05/20（火）"),
 "1517 not on the course's weekday": sub(1517, "月曜5限", "火曜5限"),
 "1517 week skipped": sub(1517, "2024/05/27（月）\t外部メモリ", "2024/06/03（月）\t外部メモリ"),
 "1517 session numbers skip": sub(1517, "第6回\t", "第7回\t"),
 "1517 row with a missing cell": sub(1517, "\t音声認識の演習あり", ""),
 "1517 公開期間 reversed": sub(1517, "公開期間：2024/04/08 16:00 〜 2024/09/30 23:59", "公開期間：2024/10/08 16:00 〜 2024/09/30 23:59"),
 "1517 最終回 date wrong": sub(1517, "最終回（6/10）", "最終回（6/3）"),
 "1517 material title count wrong": sub(1517, "輪読文献リスト（第1回〜第8回）", "輪読文献リスト（第1回〜第9回）"),
 "1517 CR LF": sub(1517, "\n", "\r\n", count=0),
 # 1518 Hamgit README
 "1518 TOC anchor wrong": sub(1518, "(#مدلهای-پایه)", "(#مدل‌های-پایه)"),
 "1518 section missing from TOC": sub(1518, "- [ارزیابی](#ارزیابی)\n", ""),
 "1518 clone URL of another host": sub(1518, "git clone https://hamgit.ir/nlp-tehran/awesome-llm-fa.git", "git clone https://gitlab.com/nlp-tehran/awesome-llm-fa.git"),
 "1518 cd into another project": sub(1518, "\ncd awesome-llm-fa\n", "\ncd awesome-llm\n"),
 "1518 intro names another group": sub(1518, "گروه `nlp-tehran`", "گروه `nlp-shiraz`"),
 "1518 code fence unclosed": sub(1518, "git checkout -b add/paper-name\n```", "git checkout -b add/paper-name\n"),
 "1518 table row missing a cell": sub(1518, "| Dorna | مدل | مدل چت فارسی از PartAI |", "| Dorna | مدل |"),
 "1518 badge missing": sub(1518, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1518 list item of another form": sub(1518, "](https://arxiv.org/abs/2302.13971) — LLaMA", "](https://arxiv.org/abs/2302.13971) LLaMA"),
 "1518 unbalanced link": sub(1518, "[Language Models are Few-Shot Learners]", "Language Models are Few-Shot Learners]"),
 # 1519 Mail.kz forward (quoted-printable)
 "1519 LF line ends": sub(1519, "\r\n", "\n", count=0),
 "1519 Date weekday wrong": sub(1519, "Date: Thu, 14 Mar 2024", "Date: Fri, 14 Mar 2024"),
 "1519 Date in the old +0600": sub(1519, "Date: Thu, 14 Mar 2024 09:41:27 +0500", "Date: Thu, 14 Mar 2024 09:41:27 +0600"),
 "1519 Received before Date": sub(1519, "Thu, 14 Mar 2024 09:41:29 +0500 (+05)", "Thu, 14 Mar 2024 08:41:29 +0500 (+05)"),
 "1519 From not a B-word": sub(1519, "From: =?UTF-8?B?0JDQudCz0LXRgNGW0Lwg0KHQtdC50ZbRgtKb0LDQu9C4?=", "From: Aigerim Seitkali"),
 "1519 Subject not the forwarded one": sub(1519, "Subject: Fwd: ml-oqu Digest, Vol 3, Issue 11", "Subject: Fwd: ml-oqu Digest"),
 "1519 boundary not closed": sub(1519, r"--\r\n$", "\r\n", regex=True),
 "1519 QP line too long": sub(1519, r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n[^\r]+)=\r\n", r"\1", regex=True),
 "1519 bad QP escape": sub(1519, r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n)=D0", r"\1=Q0", regex=True),
 "1519 8-bit header": sub(1519, "X-Mailer: Mail.kz Webmail", "X-Mailer: Mail.kz пошта"),
 "1519 topic differs from subject": qpart(0, "   3. [ml-oqu] Сервинг пен жылдам attention (Ерлан Тоқтаров)", "   3. [ml-oqu] Сервинг (Ерлан Тоқтаров)"),
 "1519 message out of order": qpart(0, "Date: Wed, 13 Mar 2024 09:12:31 +0500", "Date: Tue, 12 Mar 2024 09:12:31 +0500"),
 "1519 message after the digest": qpart(0, "Date: Wed, 13 Mar 2024 11:30:02 +0500", "Date: Wed, 13 Mar 2024 19:30:02 +0500"),
 "1519 forward block missing": qpart(0, "-------- Қайта жіберілген хат --------", "----- Forwarded message -----"),
 "1519 digest end line wrong": qpart(0, "End of ml-oqu Digest, Vol 3, Issue 11", "End of ml-oqu Digest, Vol 3, Issue 12"),
 "1519 parts differ in URLs": qpart(0, "https://arxiv.org/pdf/2307.08691", "https://arxiv.org/abs/2307.08691"),
 "1519 message not to the list": qpart(0, "To: ml-oqu@lists.qazml-lab.kz\nSubject: [ml-oqu] Сервинг", "To: ml-talk@lists.qazml-lab.kz\nSubject: [ml-oqu] Сервинг"),
 # 1520 Computación y Sistemas
 "1520 page number skips": sub(1520, "Detección de cambios urbanos en ortofotos con transformers visuales 1303", "Detección de cambios urbanos en ortofotos con transformers visuales 1305"),
 "1520 page outside the range": sub(1520, "pp. 1291–1304\ndoi", "pp. 1291–1301\ndoi", count=0),
 "1520 ISSN head missing": sub(1520, "\nISSN 2007-9737\n", "\n"),
 "1520 DOI of another issue": sub(1520, "doi: 10.13053/CyS-28-3-4987", "doi: 10.13053/CyS-28-2-4987", count=0),
 "1520 reference numbers skip": sub(1520, "\n5. Jiang", "\n6. Jiang"),
 "1520 citation without an entry": sub(1520, "anotaciones de [10]", "anotaciones de [14]"),
 "1520 entry never cited": sub(1520, "las recetas de entrenamiento de [3]", "las recetas de entrenamiento"),
 "1520 author not Surname, I.": sub(1520, "1. Dosovitskiy, A., Beyer, L.,", "1. Alexey Dosovitskiy, Beyer, L.,"),
 "1520 pages with a hyphen": sub(1520, "pp. 1971–1980", "pp. 1971-1980"),
 "1520 pages reversed": sub(1520, "pp. 9351–9359", "pp. 9359–9351"),
 "1520 arXiv id newer than the entry": sub(1520, "(2019). Decoupled Weight", "(2016). Decoupled Weight"),
 "1520 accepted before received": sub(1520, "accepted on 22/05/2024", "accepted on 22/01/2024"),
 # 1521 LIDOS RIS
 "1521 LF line ends": sub(1521, "\r\n", "\n", count=0),
 "1521 ER missing": sub(1521, "DP  - LIDOS\r\nER  - \r\n\r\nTY  - CONF\r\nID  - 413", "DP  - LIDOS\r\n\r\nTY  - CONF\r\nID  - 413"),
 "1521 bad tag line": sub(1521, "PY  - 2020\r\nVL  - 119", "PY - 2020\r\nVL  - 119"),
 "1521 JOUR without JO": sub(1521, "JO  - Transactions on Machine Learning Research\r\n", ""),
 "1521 duplicate ID": sub(1521, "ID  - 415", "ID  - 413"),
 "1521 author not Last, First": sub(1521, "AU  - Chen, Ting", "AU  - Ting Chen"),
 "1521 pages reversed": sub(1521, "SP  - 9729\r\nEP  - 9738", "SP  - 9738\r\nEP  - 9729"),
 "1521 Y2 invalid": sub(1521, "Y2  - 2024-05-06", "Y2  - 2024-13-06"),
 "1521 not DP LIDOS": sub(1521, "DP  - LIDOS", "DP  - Zotero"),
 "1521 arXiv id newer than PY": sub(1521, "PY  - 2021\r\nSP  - 9650", "PY  - 2020\r\nSP  - 9650"),
 # 1522 腾讯问卷 CSV
 "1522 BOM missing": sub(1522, "\ufeff", ""),
 "1522 LF between records": sub(1522, "score matching 从这篇开始讲比较顺\r\n", "score matching 从这篇开始讲比较顺\n"),
 "1522 duration wrong": sub(1522, "2分11秒", "2分12秒"),
 "1522 numbering skips": sub(1522, "\r\n4,2024-02-27", "\r\n5,2024-02-27"),
 "1522 IP not masked": sub(1522, "59.66.132.*", "59.66.132.18"),
 "1522 anonymous with an id": sub(1522, "匿名用户,,", "匿名用户,o05cae5b89941c945fa372086eae,"),
 "1522 week not an option": sub(1522, ",第4周（3月28日）,", ",第5周（4月4日）,"),
 "1522 field lost": sub(1522, ",中国 河北 廊坊,", ","),
 "1522 answers out of order": sub(1522, "2024-02-27 10:12:09,2024-02-27 10:14:47", "2024-02-27 09:12:09,2024-02-27 09:14:47"),
 # 1523 МТС Линк
 "1523 message count wrong": sub(1523, "Сообщений в чате: 20", "Сообщений в чате: 21"),
 "1523 host mark missing": sub(1523, "[19:35:02] Ирина Белова (ведущий):", "[19:35:02] Ирина Белова:"),
 "1523 host mark on a participant": sub(1523, "[19:02:40] Максим Орлов:", "[19:02:40] Максим Орлов (ведущий):"),
 "1523 message out of order": sub(1523, "[19:49:38]", "[19:45:38]"),
 "1523 message after the end": sub(1523, "[20:45:02]", "[20:55:02]"),
 "1523 continuation not indented": sub(1523, "\n  https://arxiv.org/abs/2106.09685", "\nhttps://arxiv.org/abs/2106.09685"),
 "1523 recording link of another form": sub(1523, "https://my.mts-link.ru/13750284/1784629051/record-new/2214938571", "https://events.webinar.ru/13750284/1784629051"),
 # 1524 PyTorchKR
 "1524 reply count wrong": sub(1524, "5월 17일\n5\n답글", "5월 17일\n6\n답글"),
 "1524 user count wrong": sub(1524, "\n4\n사용자", "\n5\n사용자"),
 "1524 like count wrong": sub(1524, "좋아요 4개", "좋아요 3개"),
 "1524 link count wrong": sub(1524, "\n7\n링크", "\n6\n링크"),
 "1524 post out of date order": sub(1524, "soyoung_lee\n2024년 5월 17일", "soyoung_lee\n2024년 5월 13일"),
 "1524 date invalid": sub(1524, "2024년 5월 16일", "2024년 5월 36일"),
 "1524 quote of a non-poster": sub(1524, "minseo.park:\nMoE", "jiwoo.han:\nMoE"),
 "1524 footer missing": sub(1524, "\nPowered by Discourse, best viewed with JavaScript enabled", ""),
 # 1525 LianaMailer
 "1525 tag unclosed": sub(1525, "</ul>", ""),
 "1525 http link": sub(1525, 'href="https://forms.office.com/', 'href="http://forms.office.com/'),
 "1525 bare & in href": sub(1525, "unsubscribe/?m=58213&amp;s=", "unsubscribe/?m=58213&s="),
 "1525 issue number differs": sub(1525, "<title>Tekoäly ja tiede #6/2024</title>", "<title>Tekoäly ja tiede #7/2024</title>"),
 "1525 issue weekday wrong": sub(1525, "keskiviikko 12. kesäkuuta 2024", "torstai 12. kesäkuuta 2024"),
 "1525 seminar weekday wrong": sub(1525, "tiistaina 18.6.2024", "maanantaina 18.6.2024"),
 "1525 seminar before the issue": sub(1525, "tiistaina 18.6.2024", "tiistaina 11.6.2024"),
 "1525 card with two buttons": sub(1525, ">Lue artikkeli →</a>", '>Lue artikkeli →</a> <a href="https://arxiv.org/pdf/2010.08895">PDF</a>'),
 "1525 two message ids": sub(1525, "profile/?m=58213", "profile/?m=58214"),
 "1525 badge missing": sub(1525, 'alt="Lähetetty LianaMailerilla"', 'alt="LianaMailer"'),
 # 1526 সচলায়তন (negative)
 "1526 comment count wrong": sub(1526, "মন্তব্য (৬)", "মন্তব্য (৫)"),
 "1526 weekday wrong": sub(1526, "তারিখ: বুধ, ১২/০৬/২০২৪ - ৯:৪০অপরাহ্ন", "তারিখ: বৃহঃ, ১২/০৬/২০২৪ - ৯:৪০অপরাহ্ন"),
 "1526 comment before the post": sub(1526, "তারিখ: বুধ, ১২/০৬/২০২৪ - ১০:৫৮অপরাহ্ন", "তারিখ: বুধ, ১২/০৬/২০২৪ - ৮:৫৮অপরাহ্ন"),
 "1526 picture and author disagree": sub(1526, "তাহসিন এর ছবি", "তাহমিদ এর ছবি"),
 "1526 @ of a later commenter": sub(1526, "@নীলাঞ্জনা আমি", "@মেঘদূত আমি"),
 "1526 comment numbers skip": sub(1526, "\n৪\n", "\n৫\n"),
 "1526 ISBN check digit wrong": sub(1526, "978-984-9604-12-9", "978-984-9604-12-3"),
 "1526 catalogue title in the negative": sub(1526, "Deep Learning with Python (দ্বিতীয় সংস্করণ)", "Deep Learning with Python (দ্বিতীয় সংস্করণ) আর Attention Is All You Need"),
 "1526 arXiv id in the negative": sub(1526, "(https://arxiv.org/list/cs.LG/recent)", "(https://arxiv.org/abs/2106.09685)"),
 # labels
 "title-only paper gets a link in 1518": sub(1518, "- **Lost in the Middle: How Language Models Use Long Contexts**", "- [Lost in the Middle: How Language Models Use Long Contexts](https://arxiv.org/abs/2307.03172)"),
 "title-only paper gets an id in 1521": sub(1521, "N1  - SimSiam: kein", "N1  - arXiv:2011.10566. SimSiam: kein"),
 "title-only id in the 1519 digest": both("(ICLR 2020, қысқа әрі оқуға жеңіл)", "(ICLR 2020, arXiv:2004.11886)"),
 "arxiv-text id lost in 1519": both(" (arXiv:2309.06180)", ""),
 "unlabelled catalogue id in 1520": sub(1520, "https://pytorch.org/vision/0.18/models.html.", "https://arxiv.org/abs/2001.04451."),
 "other file's title in 1522": sub(1522, "DALL·E 2\r\n", "DALL·E 2，对比 Masked Autoencoders Are Scalable Vision Learners\r\n"),
 "labelled title lost in 1524": sub(1524, "Autoregressive Entity Retrieval (GENRE)", "GENRE"),
 "unlabelled OpenReview id in 1523": sub(1523, "https://habr.com/ru/articles/791966/", "https://openreview.net/forum?id=Ua6zuk0WRH"),
 "distractor title in 1517": sub(1517, "d2l.ai 10章", "d2l.ai 10章、Rethinking ImageNet Pre-training"),
 "link lost in 1525": sub(1525, 'href="https://arxiv.org/abs/2205.06175"', 'href="https://www.deepmind.com/publications"'),
 "OpenReview link cut in 1524": sub(1524, "forum?id=B1ckMDqlg", "forum?id=B1ckM"),
 "arxiv-text gets a link in 1522": sub(1522, "arXiv:2105.05233", "https://arxiv.org/abs/2105.05233"),
 "unknown valid-shaped id in 1523": sub(1523, "Покажу на слайде 14.", "Покажу на слайде 14 (2405.01234)."),
 "OpenReview record also has an arXiv link in 1521": sub(1521, "UR  - https://openreview.net/forum?id=uB5x7Y2qsFR", "UR  - https://openreview.net/forum?id=uB5x7Y2qsFR\r\nL1  - https://arxiv.org/pdf/2103.13646"),
 "label in the negative": exp_edit(lambda e: e[D[1526]].append(dict(e[D[1525]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1520]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1517]][1].update(title="Neural Turing Machine")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1524]][1].update(true_arxiv_id="1810.04806", arxiv_id="1810.04806")),
 "paper in two files": exp_edit(lambda e: e[D[1518]].append(dict(e[D[1517]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1525]].append({"arxiv_id": None, "openreview_id": None, "title": "3D Gaussian Splatting for Real-Time Radiance Field Rendering", "evidence": "title-only", "true_arxiv_id": "2308.04079"})),
 "too few papers": exp_edit(lambda e: [e[D[1523]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1521]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1522])),
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
