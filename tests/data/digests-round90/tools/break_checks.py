#!/usr/bin/env python3
"""Breaks a scratch copy of round90 (/tmp/round90-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round88's harness, with round90's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round90-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(917, 927)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


def swap_dict(n, i, **kw):
    return exp_edit(lambda e: first(n)(e)[i].update(**kw))


CASES = {
 # 917 Evolution reply
 "917 raw Greek in a header": sub(917, "To: =?UTF-8?b?zqPPgM+Nz4HOv8+CIM6czrHPhc+Bzq/OtM63z4I=?=", "To: Σπύρος Μαυρίδης"),
 "917 headers out of Evolution's order": sub(917, "Cc: ml-reading@lists.lab.example.gr\nDate: Tue, 12 Dec 2023 11:07:33 +0200",
                                             "Date: Tue, 12 Dec 2023 11:07:33 +0200\nCc: ml-reading@lists.lab.example.gr"),
 "917 Message-ID not Evolution's": sub(917, "Message-ID: <8c2f0e5b1d7a4c39e6f2b08a1d5c7e93f4a6b2c1.camel@ml.lab.example.gr>",
                                       "Message-ID: <CAF1x9k2QmVq0r3@mail.gmail.com>"),
 "917 User-Agent without its trailing blank": sub(917, "(3.50.2-1.fc39) \n", "(3.50.2-1.fc39)\n"),
 "917 In-Reply-To not the last reference": sub(917, "In-Reply-To: <5b0e1f7c", "In-Reply-To: <5b0e1f7d"),
 "917 attribution weekday wrong": sub(917, "Στις Τρι, 2023-12-12", "Στις Τετ, 2023-12-12"),
 "917 attribution names another person": sub(917, "ο/η Σπύρος Μαυρίδης έγραψε:", "ο/η Νίκος Μαυρίδης έγραψε:"),
 "917 own text not wrapped": sub(917, "συμφωνίας με τους\nανθρώπους·", "συμφωνίας με τους ανθρώπους·"),
 "917 quote mark without a blank": sub(917, "> Καλημέρα σε όλους,", ">Καλημέρα σε όλους,"),
 "917 no signature separator": sub(917, "\n-- \n", "\n"),
 "917 trailer names another id": sub(917, "\\\\ ( https://arxiv.org/abs/2010.00554 ,  2244kb)", "\\\\ ( https://arxiv.org/abs/2206.04615 ,  2244kb)"),
 "917 replaced outside the window": sub(917, "Sun, 10 Dec 2023 22:52:17 GMT", "Tue, 12 Dec 2023 22:52:17 GMT"),
 "917 size differs from the trailer": sub(917, "(6781kb,D)", "(6782kb,D)"),
 "917 forward label without its tab": sub(917, "> Reply-To: \tcs@arxiv.org", "> Reply-To: cs@arxiv.org"),
 # 918 Stud.IP
 "918 weekday not the date's": sub(918, "Di., 23.04.2024", "Mi., 23.04.2024"),
 "918 another time slot": sub(918, "Di., 30.04.2024 12:15 - 13:45", "Di., 30.04.2024 14:15 - 15:45"),
 "918 a week skipped": sub(918, "Di., 25.06.2024", "Di., 02.07.2024"),
 "918 session without its room": sub(918, "Von 2D nach 3D\nRaum: Seminarraum 2.07 (Gebäude 57, Campus Süd)\n", "Von 2D nach 3D\n"),
 "918 top bar not Stud.IP's": sub(918, "Start\tVeranstaltungen\tNachrichten", "Start\tKurse\tNachrichten"),
 "918 footer missing": sub(918, "Stud.IP 5.4\tImpressum\tDatenschutzerklärung\tBarrierefreiheit\tHilfe\n", ""),
 # 919 Retype
 "919 callout not closed": sub(919, "폴더에 있어요.\n!!!\n", "폴더에 있어요.\n"),
 "919 tab set not closed": sub(919, "눌러 담자. 1000 스텝 파인튜닝이면 32k |\n+++\n", "눌러 담자. 1000 스텝 파인튜닝이면 32k |\n"),
 "919 table row missing a cell": sub(919, "| ICML 2021 | — | — |", "| ICML 2021 | — |"),
 "919 badge variant unknown": sub(919, 'variant="warning"', 'variant="orange"'),
 "919 front matter key unknown": sub(919, "icon: zap\n", "emoji: zap\n"),
 "919 two H1 headings": sub(919, "## 메모리 · 재귀", "# 메모리 · 재귀"),
 # 920 pdftotext / IPSJ
 "920 no final form feed": sub(920, "– 34 –\n\f", "– 34 –\n"),
 "920 page number skipped": sub(920, "– 33 –", "– 35 –"),
 "920 reference number skipped": sub(920, "[9] 坪井", "[10] 坪井"),
 "920 hyphen in a page range": sub(920, "pp.4171–4186", "pp.4171-4186"),
 "920 入手先 without 参照": sub(920, "mecab/〉（参照 2023-10-05）．", "mecab/〉．"),
 "920 authors not IPSJ's form": sub(920, "[3] Howard, J. and Ruder, S.:", "[3] J. Howard and S. Ruder:"),
 # 921 .bib
 "921 Xplore trailing blank lost": sub(921, "title={A ConvNet for the 2020s}, \n", "title={A ConvNet for the 2020s},\n"),
 "921 Xplore fields out of order": sub(921, "  year={2022},\n  volume={},", "  volume={},\n  year={2022},"),
 "921 Xplore entry not closed on the doi line": sub(921, "doi={10.1109/5.726791}}", "doi={10.1109/5.726791}\n}"),
 "921 OpenReview key on the type line": sub(921, "@inproceedings{\ndosovitskiy2021an,", "@inproceedings{dosovitskiy2021an,"),
 "921 arXiv export url not its eprint": sub(921, "url={https://arxiv.org/abs/2010.04159}", "url={https://arxiv.org/abs/2010.04160}"),
 "921 duplicate key": sub(921, "@book{szeliski2022computer,", "@book{rw2019timm,"),
 "921 text outside entries": sub(921, "% TODO: หา ImageNet-C", "TODO: หา ImageNet-C"),
 "921 comma after the last field": sub(921, "  year={2020}\n}", "  year={2020},\n}"),
 # 922 问卷星 CSV
 "922 no byte-order mark": sub(922, "\ufeff序号", "序号"),
 "922 LF row ends": sub(922, "\r\n", "\n", count=0),
 "922 序号 gap": sub(922, "\r\n5,2024/2/27", "\r\n6,2024/2/27"),
 "922 zero-padded date": sub(922, "2024/2/26 21:03:11", "2024/02/26 21:03:11"),
 "922 unknown 来源": sub(922, ",手机提交,直接访问,203.0.113.41", ",QQ,直接访问,203.0.113.41"),
 "922 slots joined by a comma": sub(922, "3月12日（周二）┋3月19日（周二）,(空)", "3月12日（周二），3月19日（周二）,(空)"),
 "922 needless quotes": sub(922, ",赵敏,", ',"赵敏",'),
 # 923 Invision
 "923 post earlier than the one above": sub(923, "Postado 7 de Março", "Postado 4 de Março"),
 "923 quotes an unknown author": sub(923, "em 22:41, marinacosta disse:", "em 22:41, marina_c disse:"),
 "923 post tail incomplete": sub(923, "Curtir 3\nCitar\nLink para o comentário\n", "Curtir 3\nCitar\n"),
 "923 (editado) without its Editado line": sub(923, "Editado 5 de Março por rafael.tds\n", ""),
 "923 follower counts differ": sub(923, "Seguidores 4\nResponder", "Seguidores 5\nResponder"),
 "923 author changes his post count": sub(923, "rafael.tds\nMembro\n212 posts\nPostado 6", "rafael.tds\nMembro\n213 posts\nPostado 6"),
 # 924 SendPulse
 "924 script in the e-mail": sub(924, "</body>", "<script>track()</script>\n</body>"),
 "924 layout table without role": sub(924, '<table role="presentation" class="wrapper"', '<table class="wrapper"'),
 "924 image without alt": sub(924, ' alt="Наука + ШІ"', ""),
 "924 relative link": sub(924, 'href="https://alphafold.ebi.ac.uk/"', 'href="/alphafold"'),
 "924 preheader missing": sub(924, r'<div style="display:none;[^"]*">[^<]+</div>\n', "", regex=True),
 "924 HTML br": sub(924, "nauka-shi.example.ua.<br />", "nauka-shi.example.ua.<br>"),
 "924 SendPulse badge missing": sub(924, ' alt="Sent via SendPulse"', ' alt="logo"'),
 "924 element not closed": sub(924, "</ul>\n", "\n"),
 # 925 Bear
 "925 title not h1 | blog": sub(925, "<title>Un año leyendo", "<title>Un año leído"),
 "925 canonical differs from og:url": sub(925, '<link rel="canonical" href="https://luciavegaml.bearblog.dev/', '<link rel="canonical" href="https://luciavega.bearblog.dev/'),
 "925 time text not its datetime": sub(925, "07 Jan, 2024", "08 Jan, 2024"),
 "925 tag link differs from its text": sub(925, '?q=vision">#vision', '?q=vision">#vision-artificial'),
 "925 Bear footer missing": sub(925, "Powered by <a", "Hecho con <a"),
 "925 element not closed": sub(925, "</ul>\n", "\n"),
 # 926 Doodle (negative)
 "926 yes count wrong": sub(926, "\t5\t3\t6\t2", "\t5\t3\t6\t3"),
 "926 participants count wrong": sub(926, "8 participants", "9 participants"),
 "926 option weekday wrong": sub(926, "Thu 14 Mar", "Fri 14 Mar"),
 "926 comments count wrong": sub(926, "Comments (4)", "Comments (5)"),
 "926 catalogue title in the negative": sub(926, "ورقة Mamba", "ورقة Mamba (Efficiently Modeling Long Sequences with Structured State Spaces)"),
 "926 arXiv id in the negative": sub(926, "ورقة Mamba", "ورقة Mamba (2312.00752)"),
 # label checks
 "title-only paper gets a link in 917": sub(917, "\"Decoupled Weight Decay Regularization\" —", "\"Decoupled Weight Decay Regularization\" https://arxiv.org/abs/1711.05101 —"),
 "unlabelled catalogue id in 918": sub(918, "Bringt eure Laptops mit.", "Bringt eure Laptops mit (arXiv:2006.11239)."),
 "other file's title in 919": sub(919, "빠진 논문은 PR 로", "Attention Is All You Need 이후 빠진 논문은 PR 로"),
 "labelled title lost in 923": sub(923, "GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", "GShard"),
 "unlabelled OpenReview id in 925": sub(925, "Se aceptan sugerencias", "Se aceptan sugerencias (https://openreview.net/forum?id=abcDEF123)"),
 "distractor title in 924": sub(924, "Привіт! Цього разу", "Привіт! (Neural Operator: Graph Kernel Network for Partial Differential Equations) Цього разу"),
 "arxiv-text paper gets a link in 920": sub(920, "preprint arXiv:1906.08237", "preprint https://arxiv.org/abs/1906.08237"),
 "expected: wrong evidence": swap_dict(917, 0, evidence="arxiv-text"),
 "expected: title-only with id": swap_dict(921, 4, arxiv_id="2103.14030"),
 "expected: wrong title": swap_dict(922, 0, title="Language Models are Few-Shot Learners (GPT-3)"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(924)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[926]].append(dict(first(917)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(918)(e).append(dict(first(925)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(919, 0, openreview_id="OCm0rwa1lx2"),
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
