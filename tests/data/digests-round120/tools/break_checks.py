#!/usr/bin/env python3
"""Breaks a scratch copy of round120 (/tmp/round120-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round118's harness with round120's cases; 1219's body cases decode the quoted-printable, edit and
re-encode it, so that only the intended check can fail.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round120-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1217, 1227)}


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


def qp_body(old, new):
    """edit 1219's decoded body and re-encode it canonically"""
    def fn(root):
        p = os.path.join(root, "digests", D[1219])
        s = open(p, "rb").read().decode("ascii")
        head, _, body = s.partition("\r\n\r\n")
        dec = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        enc = quopri.encodestring(dec.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((head + "\r\n\r\n" + enc).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 # 1217 U-Cursos
 "1217 week skipped": sub(1217, '<td class="sem">5</td>', '<td class="sem">6</td>'),
 "1217 weekday name wrong": sub(1217, '<td class="fecha">lun 18/03</td>', '<td class="fecha">mar 18/03</td>'),
 "1217 date not a week on": sub(1217, '<td class="fecha">lun 18/03</td>', '<td class="fecha">lun 19/03</td>'),
 "1217 receso row numbered": sub(1217, '<tr class="receso"><td class="sem">—</td>', '<tr class="receso"><td class="sem">9</td>'),
 "1217 course code mismatch": sub(1217, "<h1>CC6291-1 ", "<h1>CC6292-1 "),
 "1217 modified after the first class": sub(1217, "Última modificación: 04/03/2024", "Última modificación: 14/03/2024"),
 "1217 unbalanced table": sub(1217, "</tbody>\n</table>", "</tbody>\n"),
 "1217 CRLF": sub(1217, "\n", "\r\n", count=0),
 # 1218 all-contributors
 "1218 badge count wrong": sub(1218, "all_contributors-5-orange", "all_contributors-6-orange"),
 "1218 cell width": sub(1218, 'width="14.28%"><a href="https://github.com/sneha.k"', 'width="20%"><a href="https://github.com/sneha.k"'),
 "1218 avatar query": sub(1218, "u/61590342?v=4?s=100", "u/61590342?v=4&s=100"),
 "1218 emoji vs title": sub(1218, 'title="Translation">🌍', 'title="Translation">📖'),
 "1218 code link target": sub(1218, "commits?author=arjun-menon", "commits?author=arjun"),
 "1218 list marker edited": sub(1218, "<!-- prettier-ignore-end -->", "<!-- prettier-ignore -->"),
 "1218 footer missing": sub(1218, "\nThis project follows the [all-contributors]", "\nThis list follows the [all-contributors]"),
 "1218 TOC anchor wrong": sub(1218, "(#बेस-मॉडल)", "(#बस-मडल)"),
 "1218 heading renamed": sub(1218, "### बेस मॉडल\n", "### मॉडल\n"),
 "1218 relative link": sub(1218, "(https://github.com/unslothai/unsloth)", "(../unsloth)"),
 # 1219 forwarded listing
 "1219 bare LF": sub(1219, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1219 header order": sub(1219, "Subject: Fwd: cs daily Subj-class mailing 2311 20\r\nTo: ml-reading@lists.example.gr\r\n",
                          "To: ml-reading@lists.example.gr\r\nSubject: Fwd: cs daily Subj-class mailing 2311 20\r\n"),
 "1219 bad Date": sub(1219, "Date: Mon, 20 Nov 2023 09:41:16 +0200", "Date: 20.11.2023 09:41"),
 "1219 not canonical QP": sub(1219, "=CE=9A=CE=B1", "=ce=9a=ce=b1"),
 "1219 QP line too long": sub(1219, "=\r\n=CE=BF=CF=85=CF=82,", "=CE=BF=CF=85=CF=82,"),
 "1219 subject vs forwarded Θέμα": qp_body("Θέμα: cs daily Subj-class mailing 2311 20", "Θέμα: cs daily Subj-class mailing 2311 17"),
 "1219 forwarded before the window": qp_body("Ημερομηνία: 20.11.2023 03:12", "Ημερομηνία: 17.11.2023 12:00"),
 "1219 window not a day": qp_body("to  Fri 17 Nov 23 19:00:00 GMT", "to  Sat 18 Nov 23 19:00:00 GMT"),
 "1219 replaced outside the window": qp_body("Fri, 17 Nov 2023 16:20:31 GMT", "Fri, 17 Nov 2023 20:20:31 GMT"),
 "1219 closing size mismatch": qp_body("2307.08621 ,  865kb)", "2307.08621 ,  856kb)"),
 "1219 closing id mismatch": qp_body("( https://arxiv.org/abs/2302.10866 ,", "( https://arxiv.org/abs/2302.10867 ,"),
 "1219 authors not wrapped": qp_body("Tri Dao,\n  Stephen Baccus", "Tri Dao, Stephen Baccus"),
 "1219 signature lost": qp_body("\n-- \n", "\n--\n"),
 "1219 plain From": sub(1219, "From: =?utf-8?B?zpXOu86tzr3OtyDOoM6xz4DOsc60zqzOus63?=", "From: Eleni"),
 # 1220 IOP
 "1220 numbering gap": sub(1220, "[5] Tsai", "[6] Tsai"),
 "1220 page range not shortest": sub(1220, "pp 9729–38", "pp 9729–738"),
 "1220 page range backwards": sub(1220, "pp 10012–22", "pp 10012–09"),
 "1220 author with dots": sub(1220, "[5] Tsai Y-H H, Wu Y", "[5] Tsai Y.-H. H., Wu Y."),
 "1220 running head wrong": sub(1220, "42 LITERATURA", "43 LITERATURA"),
 "1220 long line": sub(1220, "[1] Goodfellow I, Bengio Y and Courville A 2016 Deep Learning (Cambridge, MA: MIT Press)",
                       "[1] Goodfellow I, Bengio Y and Courville A 2016 Deep Learning (Cambridge, MA: MIT Press) dotisk s opravami"),
 "1220 URL broken": sub(1220, "URL https://arxiv.org/pdf/2002.05709", "URL https://arxiv.org/pdf/\n2002.05709"),
 "1220 heading missing": sub(1220, "Literatura\n\n", ""),
 # 1221 BibTeX
 "1221 resource count": sub(1221, "% Resources: 11", "% Resources: 12"),
 "1221 key not surname+year": sub(1221, "@inproceedings{Howard2018,", "@inproceedings{Howard2019,"),
 "1221 duplicate key": sub(1221, "@inproceedings{Holtzman2020,", "@inproceedings{Hendrycks2021,"),
 "1221 unbalanced brace": sub(1221, "title = {{XLNet}: Generalized", "title = {{XLNet: Generalized"),
 "1221 author First Last": sub(1221, "author = {Howard, Jeremy and Ruder, Sebastian}", "author = {Jeremy Howard and Sebastian Ruder}"),
 "1221 missing comma": sub(1221, "\tyear = {2010},\n", "\tyear = {2010}\n"),
 "1221 entries out of order": sub(1221, r"(@article\{Srivastava2023,.*?\n\}\n)\n(@inproceedings\{Yang2019,.*?\n\}\n)", r"\2\n\1", regex=True),
 "1221 unknown type": sub(1221, "@book{Habash2010,", "@buch{Habash2010,"),
 # 1222 BiP
 "1222 time going back": sub(1222, "07.05.2024 10:05 -", "07.05.2024 09:05 -"),
 "1222 not a member": sub(1222, "08.05.2024 08:50 - Emre Şahin:", "08.05.2024 08:50 - Emre:"),
 "1222 first line not creation": sub(1222, '"Üretken Modeller Okuma Grubu" grubunu oluşturdu', "grubu kurdu"),
 "1222 invalid date": sub(1222, "06.05.2024 11:05", "36.05.2024 11:05"),
 "1222 subject change renames": sub(1222, 'grup konusunu "Üretken Modeller Okuma Grubu 🎨"', 'grup konusunu "Okuma Grubu 🎨"'),
 "1222 CRLF": sub(1222, "\n", "\r\n", count=0),
 # 1223 HashCode
 "1223 answer count": sub(1223, "답변 3개", "답변 4개"),
 "1223 two accepted": sub(1223, '<div class="answer" id="answer-61760">', '<div class="answer accepted" id="answer-61760">'),
 "1223 votes out of order": sub(1223, '<span class="vote-count">3</span>', '<span class="vote-count">8</span>'),
 "1223 answer before question": sub(1223, "<time>2024-03-13 10:22</time>", "<time>2024-03-11 10:22</time>"),
 "1223 canonical id": sub(1223, "hashcode.co.kr/questions/61748\">", "hashcode.co.kr/questions/61749\">"),
 "1223 title vs h1": sub(1223, " - HashCode</title>", " - 하시코드</title>"),
 "1223 unknown tag": sub(1223, "<strong>도구 사용</strong>", "<b>도구 사용</b>"),
 # 1224 melma!
 "1224 issue number": sub(1224, "<h1>第86号</h1>", "<h1>第87号</h1>"),
 "1224 page date": sub(1224, '<p class="date">2024/05/15</p>', '<p class="date">2024/05/16</p>'),
 "1224 目次 vs heads": sub(1224, "■2. 大きくする技術", "■2. スケール"),
 "1224 long text line": sub(1224, "こんにちは、編集人の三浦です。", "こんにちは、編集人の三浦です。今週もどうぞよろしくお願いいたします。先週号の訂正もあります。"),
 "1224 URL not linked": sub(1224, '<a href="https://github.com/facebookresearch/DomainBed" target="_blank">https://github.com/facebookresearch/DomainBed</a>', "https://github.com/facebookresearch/DomainBed"),
 "1224 line without br": sub(1224, "ロバスト性と大規模学習を中心に８本です。<br />", "ロバスト性と大規模学習を中心に８本です。"),
 "1224 magazine id": sub(1224, "backnumber_198734_6552106/", "backnumber_198735_6552106/"),
 # 1225 Kipalog
 "1225 slug wrong": sub(1225, "posts/Lich-su-mang-no-ron", "posts/Lịch-su-mang-no-ron", count=0),
 "1225 og:url vs canonical": sub(1225, '<meta property="og:url" content="https://kipalog.com/posts/Lich', '<meta property="og:url" content="https://kipalog.com/posts/lich'),
 "1225 comment count": sub(1225, "<h3>4 bình luận</h3>", "<h3>5 bình luận</h3>"),
 "1225 comment before post": sub(1225, '<span class="time">12/04/2022 21:40</span>', '<span class="time">12/04/2022 20:40</span>'),
 "1225 reply to a later comment": sub(1225, 'Trả lời <a href="#comment-2">#2</a>', 'Trả lời <a href="#comment-4">#4</a>'),
 "1225 comments renumbered": sub(1225, '<span class="num">#3</span>', '<span class="num">#5</span>'),
 # 1226 Yandex Tracker
 "1226 no BOM": sub(1226, "\ufeff", ""),
 "1226 LF records": sub(1226, "инфрақұрылым\r\nMLKZ-32", "инфрақұрылым\nMLKZ-32"),
 "1226 over-quoted field": sub(1226, "MLKZ-33,Задача,", '"MLKZ-33",Задача,'),
 "1226 unknown status": sub(1226, ",Открыт,Низкий,Данияр", ",Новый,Низкий,Данияр"),
 "1226 updated before created": sub(1226, "2024-04-02 09:14:22,2024-04-05 17:40:03", "2024-04-02 09:14:22,2024-04-01 17:40:03"),
 "1226 keys out of order": sub(1226, "MLKZ-38,", "MLKZ-30,"),
 "1226 catalogue title in the negative": sub(1226, "Порт 8000, тек ішкі желіде.", "Порт 8000, тек ішкі желіде. Attention Is All You Need оқу."),
 "1226 arXiv id in the negative": sub(1226, "jiwer 3.0.4.", "jiwer 3.0.4, arXiv:2212.04356."),
 # labels and ids across files
 "title-only paper gets a link in 1222": sub(1222, "(Gato)", "(Gato) https://arxiv.org/abs/2205.06175"),
 "unlabelled catalogue id in 1224": sub(1224, "ご意見・ご感想は返信でどうぞ。", "ご意見・ご感想は返信でどうぞ。2106.09685"),
 "other file's title in 1225": sub(1225, "Kỹ sư NLP ở Hà Nội.", "Kỹ sư NLP ở Hà Nội. Đang đọc Swin Transformer: Hierarchical Vision Transformer using Shifted Windows."),
 "labelled title lost in 1223": sub(1223, "Solving Quantitative Reasoning Problems with Language Models", "Minerva", count=0),
 "unlabelled OpenReview id in 1217": sub(1217, "https://spacy.io/usage", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1221": sub(1221, "Introduction to Arabic Natural Language Processing", "Dataset Distillation"),
 "arxiv-text id lost in 1220": sub(1220, "coding (arXiv:1807.03748)", "coding"),
 "link lost in 1218": sub(1218, "(https://arxiv.org/abs/1902.00751)", "(https://github.com/google-research/adapter-bert)"),
 "OpenReview link cut in 1225": sub(1225, "pdf?id=_adSMszz_g9", "pdf?id=_adSM", count=0),
 "arxiv-text gets a link in 1222": sub(1222, "(arXiv:2106.05931)", "(https://arxiv.org/abs/2106.05931)"),
 "title-only id inside the QP body of 1219": qp_body("Peng et al., ICLR 2021", "Peng et al., ICLR 2021, 2103.02143"),
 "valid-shaped unlabelled id in 1221": sub(1221, "issn = {2835-8856}", "issn = {2312.08561}"),
 "expected: wrong evidence": exp_edit(lambda e: first(1217)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1220)(e)[5].update(arxiv_id="2103.14030")),
 "expected: wrong title": exp_edit(lambda e: first(1224)(e)[1].update(title="Scaling ViTs")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1219)(e)[3].update(openreview_id="QtTKTdVrFBB")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1221)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1226]].append(dict(first(1217)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1218)(e).append(dict(first(1219)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1222)(e).pop() for _ in range(2)]),
 "expected: title-only share too low": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1223)(e)[5:8]]),
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
