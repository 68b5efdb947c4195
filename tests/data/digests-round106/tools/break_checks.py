#!/usr/bin/env python3
"""Breaks a scratch copy of round106 (/tmp/round106-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round104's harness, with round106's cases; 1079's MIME parts are decoded, edited and re-encoded as
quoted-printable the way its builder encodes them, so each of its body cases breaks only what it names.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round106-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1077, 1087)}


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


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def qp(text, width=76):
    out = []
    for line in text.split("\n"):
        toks = []
        for i, ch in enumerate(line):
            for b in ch.encode("utf-8"):
                c = chr(b)
                if b > 126 or c == "=" or (c in " \t" and i == len(line) - 1) or (b < 32 and c != "\t"):
                    toks.append(f"={b:02X}")
                else:
                    toks.append(c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > width - 1:
                out.append(cur + "="); cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def mime(parts, old, new, width=76):
    """edit 1079's text/plain (part 0) and / or text/html (part 1) after decoding, and re-encode them"""
    def fn(root):
        p = os.path.join(root, "digests", D[1079])
        s = open(p, "rb").read().decode("ascii")
        B = re.search(r'boundary="([^"]+)"', s).group(1)
        ch = s.split("--" + B)
        for part in parts:
            ph, _, pb = ch[1 + part].partition("\r\n\r\n")
            t = quopri.decodestring(pb.rstrip("\r\n").replace("\r\n", "\n").encode()).decode("utf-8")
            assert old in t, (part, old)
            ch[1 + part] = ph + "\r\n\r\n" + qp(t.replace(old, new, 1), width) + "\r\n"
        open(p, "wb").write(("--" + B).join(ch).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1077 session not on a Tuesday": sub(1077, "05.03.2024 – Ausrichtung", "06.03.2024 – Ausrichtung"),
 "1077 ß on a Swiss page": sub(1077, "was heisst", "was heißt"),
 "1077 unpaired guillemets": sub(1077, "Das «XLM-R»-Paper", "Das «XLM-R-Paper"),
 "1077 tree root not the course": sub(1077, "Suche\nSeminar: Sequenzen, Suche und Struktur (FS 2024)\nInformationen", "Suche\nSeminar SSS\nInformationen"),
 "1077 footer version line": sub(1077, "OpenOLAT 18.1.6 (Build 2024-01-23)", "OpenOLAT 18.1.6"),
 "1077 hand-in before the last session": sub(1077, "31.05.2024, 23.59", "15.04.2024, 23.59"),
 "1077 a week skipped": sub(1077, "16.04.2024 – Struktur", "23.04.2024 – Struktur"),
 "1077 Stand after the first session": sub(1077, "Stand: 14.02.2024", "Stand: 24.02.2024"),
 "1077 a CR line end": sub(1077, "Vortrag: Jonas Wyss\n", "Vortrag: Jonas Wyss\r\n"),
 "1078 title not owner/repo": sub(1078, "<title>mkarimi/awesome-long-context-fa - Gogs</title>", "<title>mkarimi/awesome-long-context - Gogs</title>"),
 "1078 clone URL not og:url": sub(1078, 'value="https://git.nlplab.example.ir/mkarimi/awesome-long-context-fa.git" readonly', 'value="https://git.nlplab.example.ir/mkarimi/awesome.git" readonly'),
 "1078 table row missing a cell": sub(1078, "<td>ICLR</td>\n", ""),
 "1078 rows not separated by a blank line": sub(1078, "</tr>\n\n<tr>\n<td>2020</td>", "</tr>\n<tr>\n<td>2020</td>"),
 "1078 years falling": sub(1078, "<td>2023</td>\n<td>Mamba", "<td>2019</td>\n<td>Mamba"),
 "1078 README link without nofollow": sub(1078, 'href="https://arxiv.org/abs/2004.05150" rel="nofollow"', 'href="https://arxiv.org/abs/2004.05150"'),
 "1078 head row not the newest commit": sub(1078, 'افزودن Mamba و RetNet</span>\n\t\t\t\t\t</th>', 'اصلاح لینک</span>\n\t\t\t\t\t</th>'),
 "1078 an older commit looks younger": sub(1078, "1 year ago", "1 day ago"),
 "1078 footer without page times": sub(1078, "Page: <strong>12ms</strong>", "Page: 12ms"),
 "1078 files out of order": sub(1078, ">LICENSE</a>", ">ZLICENSE</a>"),
 "1078 unbalanced HTML": sub(1078, "</div>\n\t<footer>", "\n\t<footer>"),
 "1079 a bare LF": sub(1079, "X-Original-To: ml-klub@fit.example.cz\r\n", "X-Original-To: ml-klub@fit.example.cz\n"),
 "1079 Message-Id not eM Client's": sub(1079, "<em5c1e7a42", "<5c1e7a42"),
 "1079 another User-Agent": sub(1079, "User-Agent: eM_Client/9.2.1735.0", "User-Agent: Thunderbird/115.0"),
 "1079 Subject not Fw: + Předmět": sub(1079, "Subject: Fw: cs daily Subj-class mailing 100 14", "Subject: Fw: arXiv listing"),
 "1079 Date after Received": sub(1079, "Date: Wed, 19 Jul 2023 07:12:44 +0000", "Date: Wed, 19 Jul 2023 07:22:44 +0000"),
 "1079 not format=flowed": sub(1079, "text/plain; format=flowed; charset=utf-8", "text/plain; charset=utf-8"),
 "1079 forwarded Datum after Date": mime([0, 1], "Datum 19.07.2023 2:18:03", "Datum 19.07.2023 9:18:03"),
 "1079 closing line with another size": mime([0], "2307.09288 ,  7782kb)", "2307.09288 ,  7783kb)"),
 "1079 new submission outside the window": mime([0, 1], "Date: Tue, 18 Jul 2023 14:31:57 GMT", "Date: Tue, 18 Jul 2023 19:31:57 GMT"),
 "1079 HTML part differs from the plain part": mime([1], "Místnost A112", "Místnost A113"),
 "1079 quoted-printable lines over 76": mime([0], "Tereza\n", "Tereza\n", width=90),
 "1079 flowed line not broken": mime([0], "jejich ladění a \nvyhodnocení", "jejich ladění a vyhodnocení"),
 "1080 page numbers not consecutive": sub(1080, "360 정보과학회논문지", "362 정보과학회논문지"),
 "1080 references not 1..n": sub(1080, "[9] Q. Zhang", "[10] Q. Zhang"),
 "1080 a reference never cited": sub(1080, "PEFT 라이브러리[10] 위에", "PEFT 라이브러리 위에"),
 "1080 reference line wider than the column": sub(1080, "[1] S. Wang, B. Z. Li, M. Khabsa, H. Fang, and\nH. Ma", "[1] S. Wang, B. Z. Li, M. Khabsa, H. Fang, and H. Ma"),
 "1080 no form feed after the last page": sub(1080, r"\f$", "", regex=True),
 "1080 odd page with an even number": sub(1080, "경량 미세조정 359", "경량 미세조정 358"),
 "1080 table caption without English": sub(1080, "Table 4 Comparison", "Tab. 4 Comparison"),
 "1080 profile years falling": sub(1080, "2019년 한빛대학교\n인공지능학과(석사)", "2015년 한빛대학교\n인공지능학과(석사)"),
 "1080 downloaded date form": sub(1080, "(downloaded 2023, Nov. 2)", "(downloaded 2 Nov 2023)"),
 "1081 no BOM": sub(1081, "\ufeff", ""),
 "1081 AU not AF's initials": sub(1081, "Efros, AA", "Efros, A"),
 "1081 preprint PY not the id's year": sub(1081, "PY 2022\nDI 10.48550/arXiv.2207.12598", "PY 2021\nDI 10.48550/arXiv.2207.12598"),
 "1081 a tag twice": sub(1081, "LA English\nDT Preprint", "LA English\nLA English\nDT Preprint"),
 "1081 EF missing": sub(1081, "\nEF\n", "\n"),
 "1081 PG not EP - BP + 1": sub(1081, "PG 11", "PG 12"),
 "1081 continuation of a single-valued tag": sub(1081, "TI Zero-1-to-3: Zero-shot One Image to 3D Object", "TI Zero-1-to-3: Zero-shot One Image\n   to 3D Object"),
 "1082 needless quotes": sub(1082, ",2018,", ',"2018",'),
 "1082 an LF row end": sub(1082, "\r\nRepresentation", "\nRepresentation"),
 "1082 a final newline": append(1082, "\r\n"),
 "1082 a row narrower than the header": sub(1082, ",code,", ","),
 "1082 statuses out of order": sub(1082, "2024-02-21,बाकी", "2024-02-21,पढ़ लिया"),
 "1082 dates not a week apart": sub(1082, "2024-01-24", "2024-01-25"),
 "1082 an undated row with a status": sub(1082, "lightly,,,,code", "lightly,,,बाकी,code"),
 "1082 a BOM": sub(1082, "शीर्षक,", "\ufeffशीर्षक,"),
 "1083 issue number differs": sub(1083, "גיליון #37", "גיליון #38"),
 "1083 meetup weekday wrong": sub(1083, "יום שלישי, 28 בנובמבר", "יום רביעי, 28 בנובמבר"),
 "1083 Hebrew in an ltr span": sub(1083, '<span dir="ltr">A Generalist Agent</span>', '<span dir="ltr">A Generalist Agent של DeepMind</span>'),
 "1083 link without target": sub(1083, '<a href="https://www.llamaindex.ai/" target="_blank"', '<a href="https://www.llamaindex.ai/"'),
 "1083 unsubscribe for another campaign": sub(1083, "Unsubscribe.aspx?c=1482207", "Unsubscribe.aspx?c=1482208"),
 "1083 preheader not first": sub(1083, 'direction:rtl;">\n<div', 'direction:rtl;">\n<p></p>\n<div'),
 "1083 not rtl": sub(1083, 'dir="rtl" lang="he"', 'lang="he"'),
 "1084 datetime not the date shown": sub(1084, 'datetime="2024-01-22"', 'datetime="2024-01-23"'),
 "1084 session not on a Thursday": sub(1084, "<td>22/2</td>", "<td>23/2</td>"),
 "1084 canonical not og:url": sub(1084, '<link rel="canonical" href="https://di.vhu.example.dk/nyheder/nyhed/', '<link rel="canonical" href="https://di.vhu.example.dk/nyhed/'),
 "1084 body id and page class differ": sub(1084, 'class="page-42', 'class="page-43'),
 "1084 breadcrumb not the headline": sub(1084, '<span class="breadcrumb-text">Læsegruppe i computer vision: forårets program</span></li>\n</ol>', '<span class="breadcrumb-text">Læsegruppe</span></li>\n</ol>'),
 "1084 TYPO3 comment missing": sub(1084, "This website is powered by TYPO3", "This website"),
 "1084 external link without noreferrer": sub(1084, 'target="_blank" rel="noreferrer">OpenReview', 'target="_blank">OpenReview'),
 "1084 holiday row without colspan": sub(1084, '<td colspan="3"><em>Intet møde – vinterferie', '<td><em>Intet møde – vinterferie'),
 "1084 a final newline": append(1084, "\n"),
 "1085 comment count not the comments": sub(1085, "评论 (4 个评论)", "评论 (5 个评论)"),
 "1085 comments not newest first": sub(1085, "[3]陈志强   2024-3-13 16:45", "[3]陈志强   2024-3-14 16:45"),
 "1085 reply before its comment": sub(1085, "博主回复(2024-3-13 09:05)", "博主回复(2024-3-13 08:05)"),
 "1085 recommenders not the count": sub(1085, "当前推荐数：6", "当前推荐数：7"),
 "1085 下一篇 before part two exists": sub(1085, "上一篇：组会上学生问得最多的五个问题\n", "上一篇：组会上学生问得最多的五个问题\n下一篇：预训练语言模型这几年：一份给新生的阅读清单（下）\n"),
 "1085 reposting notice names another": sub(1085, "本文来自张立新科学网博客", "本文来自张立科学网博客"),
 "1086 answer count not the answers": sub(1086, "回答2件", "回答3件"),
 "1086 answers not by score": sub(1086, "\n0\nml_beginner_99", "\n5\nml_beginner_99"),
 "1086 template heading missing": sub(1086, "試したこと・調べたこと\n", "試したこと\n"),
 "1086 answer before the question": sub(1086, "2024/03/11 09:30", "2024/03/09 09:30"),
 "1086 catalogue title in the negative": sub(1086, "fp16 で loss scale", "Mixed Precision Training の loss scale"),
 "1086 arXiv id in the negative": sub(1086, "arXivに上がっているものです", "arXiv 2305.12345 に上がっているものです"),
 "title-only paper gets a link in 1085": sub(1085, "Transformer 的原始论文。", "Transformer 的原始论文 https://arxiv.org/abs/1706.03762 。"),
 "unlabelled catalogue id in 1084": sub(1084, "og der er kaffe og kage.", "og der er kaffe og kage (jf. 2103.00020)."),
 "other file's title in 1083": sub(1083, "בנצ'מרק חדש", "Attention Is All You Need ובנצ'מרק חדש"),
 "labelled title lost in 1081": sub(1081, "TI Classifier-Free Diffusion Guidance", "TI Classifier-free guidance"),
 "unlabelled OpenReview id in 1082": sub(1082, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8ItjwX"),
 "distractor title in 1078": sub(1078, "S4 و Hyena", "S4 و Recurrent Memory Transformer و Hyena"),
 "arxiv-text id lost in 1077": sub(1077, "arXiv:1911.02116", "arXiv"),
 "OpenReview link cut in 1080": sub(1080, "forum?id=QtTKTdVrFBB", "forum?id=QtTKT"),
 "link lost in 1079": mime([0, 1], "https://arxiv.org/abs/2206.14858", "arxiv 2206.14858"),
 "expected: wrong evidence": exp_edit(lambda e: first(1077)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1085)(e)[4].update(arxiv_id="1706.03762")),
 "expected: wrong title": exp_edit(lambda e: first(1080)(e)[0].update(title="LLM.int8()")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1078)(e)[2].update(openreview_id="ZVBtN6B_6i7")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1084)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1086]].append(dict(first(1077)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1083)(e).append(dict(first(1082)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1081)(e).pop() for _ in range(2)]),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-300:]] if r.returncode not in (0, 1) else []), r.returncode


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
