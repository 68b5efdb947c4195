#!/usr/bin/env python3
"""Breaks a scratch copy of round92 (/tmp/round92-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round90's harness, with round92's cases; `b64` edits 939's base64 text part decoded and re-encoded,
`jis` edits 944's ISO-2022-JP body decoded and re-encoded line by line.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round92-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(937, 947)}


def _rw(n, root, fn):
    p = os.path.join(root, "digests", D[n])
    s = open(p, "rb").read().decode("utf-8")
    open(p, "wb").write(fn(s).encode("utf-8"))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        def ed(s):
            if regex:
                assert re.search(old, s), (n, old)
                return re.sub(old, new, s, count=count)
            assert old in s, (n, old)
            return s.replace(old, new, count if count else -1)
        _rw(n, root, ed)
    return fn


def b64(old, new):
    """edit 939's text/plain part (base64, gb18030) and re-encode it as Foxmail does"""
    def fn(root):
        def ed(s):
            m = re.search(r"(Content-Transfer-Encoding: base64\r\n\r\n)((?:[A-Za-z0-9+/=]+\r\n)+)", s)
            t = base64.b64decode(m.group(2)).decode("gb18030")
            assert old in t, old
            t = t.replace(old, new, 1)
            enc = base64.encodebytes(t.encode("gb18030")).decode("ascii").replace("\n", "\r\n")
            return s[:m.start(2)] + enc + s[m.end(2):]
        _rw(939, root, ed)
    return fn


def jis(old, new):
    """edit 944's ISO-2022-JP body (decoded line by line, edited, re-encoded line by line)"""
    def fn(root):
        def ed(s):
            head, body = s.split("\r\n\r\n", 1)
            t = "\n".join(l.encode("ascii").decode("iso2022_jp") for l in body.split("\r\n"))
            assert old in t, old
            t = t.replace(old, new, 1)
            return head + "\r\n\r\n" + "\r\n".join(l.encode("iso2022_jp").decode("ascii") for l in t.split("\n"))
        _rw(944, root, ed)
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


RULE = "━" * 35
CASES = {
 # 937 Blackboard Learn Ultra paste
 "937 skip link missing": sub(937, "Skip to main content\n", ""),
 "937 course navigation out of order": sub(937, "Calendar\nAnnouncements\n", "Announcements\nCalendar\n"),
 "937 week numbered out of sequence": sub(937, "الأسبوع 3 (", "الأسبوع 4 ("),
 "937 week span not Sunday–Thursday": sub(937, "(25–29 فبراير)", "(26–30 فبراير)"),
 "937 due date zero-padded": sub(937, "Due date: 2/22/24", "Due date: 02/22/24"),
 "937 due date outside its week": sub(937, "Due date: 3/17/24", "Due date: 4/17/24"),
 "937 due date in 24-hour form": sub(937, "2/29/24, 10:00 AM", "2/29/24, 22:00"),
 "937 footer missing": sub(937, "Accessibility\n", ""),
 "937 blank line in the outline": sub(937, "Course Content\n", "Course Content\n\n"),
 "937 a gap without the break folder": sub(937, "إجازة عيد الفطر (7–18 أبريل)\nلا محاضرات ولا تسليمات. كل عام وأنتم بخير 🌙\n", ""),
 # 938 GitHub wiki page
 "938 front matter": sub(938, "> Trang này", "---\ntitle: SSL\n---\n> Trang này"),
 "938 an H1": sub(938, "## Bảng tổng hợp", "# Bảng tổng hợp"),
 "938 piped wiki link inside a table": sub(938, "[[Buoi-1-MoCo]]", "[[Slide buổi 1|Buoi-1-MoCo]]"),
 "938 wiki page name with blanks": sub(938, "[[Lịch đọc|Lich-doc]]", "[[Lịch đọc|Lịch đọc]]"),
 "938 table row missing a cell": sub(938, " | CVPR 2022 | [arXiv](https://arxiv.org/abs/2111.06377)", " | [arXiv](https://arxiv.org/abs/2111.06377)"),
 "938 star badge of another repository": sub(938, "stars/joshr17/HCL?", "stars/joshr17/hcl-fork?"),
 "938 years not sorted": sub(938, "| 2019 | **MoCo**", "| 2022 | **MoCo**"),
 "938 session not on a Thursday": sub(938, "| 14/03/2024 |", "| 15/03/2024 |"),
 "938 image link without alt": sub(938, "|alt=Sơ đồ các nhánh SSL]]", "]]"),
 # 939 Foxmail
 "939 a bare LF": sub(939, "\r\n", "\n"),
 "939 headers out of Foxmail's order": sub(939, "X-Priority: 3\r\n", ""),
 "939 Message-ID not the Date's time": sub(939, "<20240312102134", "<20240312102135"),
 "939 X-Mailer not Foxmail's": sub(939, "Foxmail 7.2.25.228[cn]", "Microsoft Outlook 16.0"),
 "939 boundary not Foxmail's": sub(939, "----=_001_NextPart582034716925_=----", "----=_Part_1234_5678", count=0),
 "939 closing boundary missing": sub(939, "_=------\r\n\r\n", "_=----\r\n\r\n"),
 "939 base64 lines not 76 columns": sub(939, r"(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/=]{76})\r\n", r"\1", regex=True),
 "939 trailer size differs": b64("abs/2308.03688 ,  4410kb", "abs/2308.03688 ,  4411kb"),
 "939 replaced outside the window": b64("Fri, 8 Mar 2024 22:15:40", "Fri, 8 Mar 2024 18:15:40"),
 "939 forward label not Foxmail's": b64("发送时间： ", "时间： "),
 "939 signature address missing": b64("\r\nzhouzh@nlp.lab.example.cn\r\n\r\n", "\r\n\r\n\r\n"),
 "939 HTML box colour not Foxmail's": sub(939, "#efefef", "#ffffff"),
 "939 HTML listing differs from the plain one": sub(939, "<div>Computation and Language</div>", "<div>Machine Learning</div>"),
 "939 encoded word not gb18030": sub(939, "Subject: =?gb18030?B?", "Subject: =?utf-8?B?"),
 # 940 ScienceDirect paste
 "940 References heading twice": sub(940, "References\n[3]", "References\nReferences\n[3]"),
 "940 reference number going back": sub(940, "[18]\n", "[16]\n"),
 "940 reference without the link texts": sub(940, "View in ScopusGoogle Scholar\n→ ResNet", "→ ResNet"),
 "940 authors not in Elsevier's form": sub(940, "K. He, X. Zhang, S. Ren, J. Sun\nDeep Residual", "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\nDeep Residual"),
 "940 page range with an en dash": sub(940, "pp. 770-778", "pp. 770–778"),
 "940 page range reversed": sub(940, "pp. 1527-1554", "pp. 1554-1527"),
 "940 volume line missing": sub(940, "Volume 179, March 2024, Pages 45-52\n", ""),
 "940 a stray line between references": sub(940, "[12]\n", "siehe oben\n[12]\n"),
 # 941 .bib with ACM DL exports
 "941 ACM fields out of order": sub(941, "isbn = {9781713829546},\npublisher = {Curran Associates Inc.},", "publisher = {Curran Associates Inc.},\nisbn = {9781713829546},"),
 "941 ISBN check digit": sub(941, "9781713829546", "9781713829547"),
 "941 series not the year's": sub(941, "series = {ICML'23}", "series = {ICML'22}"),
 "941 comma after ACM's last field": sub(941, "series = {NIPS '20}\n}", "series = {NIPS '20},\n}"),
 "941 ACM field indented": sub(941, "\nnumpages = {42},", "\n  numpages = {42},"),
 "941 arXiv export title without its trailing blank": sub(941, "High-Resolution Image Synthesis}, \n", "High-Resolution Image Synthesis},\n"),
 "941 arXiv export year not the eprint's": sub(941, "      year={2023},\n      eprint={2302.05543}", "      year={2022},\n      eprint={2302.05543}"),
 "941 OpenReview key on the type line": sub(941, "@inproceedings{\nsong2021scorebased,", "@inproceedings{song2021scorebased,"),
 "941 duplicate key": sub(941, "@article{gal2022image,", "@article{kong2021diffwave,"),
 "941 text outside entries": sub(941, "% ===== 3.2 Schnelles Sampling =====", "===== 3.2 Schnelles Sampling ====="),
 "941 entry not closed": sub(941, "folgt ihr}\n}\n", "folgt ihr}\n"),
 # 942 Typeform CSV
 "942 byte-order mark": sub(942, "#,Come", "\ufeff#,Come"),
 "942 CRLF rows": sub(942, "\n", "\r\n", count=0),
 "942 token not lower-case": sub(942, r"\n([0-9a-z]{32}),Andrea", lambda m: "\n" + m.group(1).upper() + ",Andrea", regex=True),
 "942 submitted before the start": sub(942, "2024-03-08 21:43:55", "2024-03-08 21:39:55"),
 "942 not newest first": sub(942, "2024-03-08 10:02:47,2024-03-08 10:09:31", "2024-03-09 10:02:47,2024-03-09 10:09:31"),
 "942 choice cell not its label": sub(942, ",,26 marzo,9 aprile,2,1,", ",,26 marzo,sì,2,1,"),
 "942 yes/no not 1 / 0": sub(942, ",4,0,2024-03-05 23:48:21", ",4,no,2024-03-05 23:48:21"),
 "942 needless quotes": sub(942, ",Andrea Ricci,", ',"Andrea Ricci",'),
 "942 one name, two e-mails": sub(942, "Marco Bianchi,marco.bianchi@", "Marco Bianchi,m.bianchi@"),
 "942 Network ID not hex": sub(942, ",7c1e9a04bd,", ",7c1e9a04bz,"),
 # 943 DOU
 "943 comment count not the comments shown": sub(943, "12 коментарів", "13 коментарів", count=0),
 "943 plural form wrong": sub(943, "12 коментарів", "12 коментарі", count=0),
 "943 comment older than the one above": sub(943, "13.03.2024 09:02", "13.03.2024 08:02"),
 "943 topic date not Ukrainian": sub(943, "12 березня 2024, 21:05", "12 March 2024, 21:05"),
 "943 rating line missing": sub(943, "+7\nВідповісти", "Відповісти"),
 "943 footer missing": sub(943, "© 2005–2024 DOU\n", ""),
 "943 a name with two positions": sub(943, "Senior Software Engineer\n13.03.2024 09:02", "Software Engineer\n13.03.2024 09:02"),
 "943 menu changed": sub(943, "Зарплати\n", ""),
 # 944 mag2
 "944 8-bit bytes": sub(944, "To: k.tanaka@example.jp", "To: 田中 <k.tanaka@example.jp>"),
 "944 line not back in ASCII": sub(944, "\x1b(B\r\n", "\r\n"),
 "944 line wider than 70 columns": jis("　テンソル並列の原典。", "　テンソル並列の原典。" + "とても長い説明が続きます" * 4),
 "944 rule not 35 wide": jis("■2. 分散学習の定番\n" + RULE, "■2. 分散学習の定番\n" + "━" * 34),
 "944 masthead issue not the Subject's": jis("第87号", "第88号"),
 "944 section not in the contents": jis("　3. Mixture-of-Experts の系譜", "　3. MoE の系譜"),
 "944 unsubscribe page of another magazine": sub(944, "List-Unsubscribe: <https://www.mag2.com/m/0001698432.html>", "List-Unsubscribe: <https://www.mag2.com/m/0001698433.html>"),
 "944 headers out of order": sub(944, "MIME-Version: 1.0\r\n", "", 1),
 "944 masthead date not the Date's": jis("2024年3月12日", "2024年3月11日"),
 # 945 Brunch
 "945 <title> not the h1": sub(945, "<title>2023년", "<title>2024년"),
 "945 site name not 브런치스토리": sub(945, 'content="브런치스토리"', 'content="브런치"'),
 "945 canonical not og:url": sub(945, '<link rel="canonical" href="https://brunch.co.kr/@mlnotes-sy/42">', '<link rel="canonical" href="https://brunch.co.kr/@mlnotes-sy/43">'),
 "945 date not Brunch's form": sub(945, "Dec 31. 2023", "2023.12.31"),
 "945 visible text differs from data-app": sub(945, ">첫 번째는 ELMo.", ">첫번째는 ELMo."),
 "945 keyword link differs from its text": sub(945, '/keyword/논문리뷰" class="link_keyword">논문리뷰', '/keyword/논문" class="link_keyword">논문리뷰'),
 "945 element not closed": sub(945, "</blockquote>", ""),
 "945 previous post not N-1": sub(945, "/@mlnotes-sy/41", "/@mlnotes-sy/40"),
 "945 link in data-app differs from the href": sub(945, 'href="https://arxiv.org/abs/2006.05990"', 'href="https://arxiv.org/pdf/2006.05990"'),
 # 946 XeLaTeX log (negative)
 "946 line longer than 79": sub(946, "(preloaded form\nat=xelatex", "(preloaded format=xelatex"),
 "946 a page skipped": sub(946, " [12]", " [13]"),
 "946 output pages not the shipped": sub(946, "(23 pages).", "(24 pages)."),
 "946 citation on the wrong page": sub(946, "Citation `fao2021rice' on page 8", "Citation `fao2021rice' on page 9"),
 "946 undefined citations without the missing bbl": sub(946, "No file thesis.bbl.\n", ""),
 "946 banner not XeTeX's": sub(946, "This is XeTeX, Version", "This is pdfTeX, Version"),
 "946 catalogue title in the negative": sub(946, "Chapter 2.\n", "Chapter 2.\nDeep Residual Learning for Image Recognition\n"),
 "946 arXiv id in the negative": sub(946, "No file thesis.toc.", "No file 2103.14030.toc."),
 # label checks
 "title-only paper gets a link in 937": sub(937, "\"Transformer Quality in Linear Time\"(ICML 2022).", "\"Transformer Quality in Linear Time\"(ICML 2022). https://arxiv.org/abs/2202.10447"),
 "unlabelled catalogue id in 938": sub(938, "nghe cho vui", "nghe cho vui, arXiv:2010.11929"),
 "other file's title in 943": sub(943, "Дякую всім!", "Дякую всім! Ще Consistency Models варто глянути."),
 "labelled title lost in 945": sub(945, "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", "BART", count=0),
 "unlabelled OpenReview id in 940": sub(940, "प्रिया से पूछना।", "प्रिया से पूछना। https://openreview.net/forum?id=abcDEF123"),
 "distractor title in 941": sub(941, "% ===== 3.2 Schnelles Sampling =====", "% ===== 3.2 Schnelles Sampling ===== (vgl. Rethinking ImageNet Pre-training)"),
 "arxiv-text paper gets a link in 942": sub(942, ",arXiv:2104.08691,Lester", ",https://arxiv.org/abs/2104.08691,Lester"),
 "title-only paper's id in 944": jis("　Kaplan ほか（OpenAI, 2020）", "　Kaplan ほか（OpenAI, 2020） arXiv:2001.08361"),
 "expected: wrong evidence": swap_dict(937, 2, evidence="arxiv-text"),
 "expected: title-only with id": swap_dict(938, 5, arxiv_id="2004.11362"),
 "expected: wrong title": swap_dict(939, 0, title="A Survey of Large Language Models (v14)"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(941)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[946]].append(dict(first(937)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(940)(e).append(dict(first(945)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(944, 0, openreview_id="rkgNKkHtvB"),
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
