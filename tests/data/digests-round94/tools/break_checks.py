#!/usr/bin/env python3
"""Breaks a scratch copy of round94 (/tmp/round94-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round92's harness, with round94's cases; `qp` edits a part of 964 decoded from quoted-printable and
re-encoded as the builder does, `b64` edits a part of 966 decoded from base64 and re-encoded in 76-column lines.)"""
import base64, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round94-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(957, 967)}


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


def _part(s, ctype):
    """(start, end) of the payload of the part with Content-Type `ctype`"""
    m = re.search(r"Content-Type: " + re.escape(ctype) + r"[^\r]*\r\nContent-Transfer-Encoding: [\w-]+\r\n\r\n", s)
    end = s.index("\r\n--", m.end())
    return m.end(), end


def qp(ctype, old, new):
    """edit 964's text/plain or text/html part (quoted-printable UTF-8), re-encoded as the builder does"""
    def fn(root):
        def ed(s):
            a, b = _part(s, ctype)
            t = quopri.decodestring(s[a:b].encode("ascii")).decode("utf-8")
            assert old in t, old
            t = t.replace(old, new, 1)
            return s[:a] + quopri.encodestring(t.encode("utf-8")).decode("ascii") + s[b:]
        _rw(964, root, ed)
    return fn


def b64(ctype, old, new):
    """edit 966's text/plain or text/html part (base64 UTF-8), re-encoded in 76-column lines"""
    def fn(root):
        def ed(s):
            a, b = _part(s, ctype)
            t = base64.b64decode(s[a:b]).decode("utf-8")
            assert old in t, old
            t = t.replace(old, new, 1)
            return s[:a] + base64.encodebytes(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n") + s[b:]
        _rw(966, root, ed)
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
 # 957 Brightspace Content copied as text
 "957 skip link missing": sub(957, "Skip to main content\n", ""),
 "957 navbar out of order": sub(957, "Assignments\nQuizzes\n", "Quizzes\nAssignments\n"),
 "957 Table of Contents count not the sum": sub(957, "Table of Contents\n27\n", "Table of Contents\n28\n"),
 "957 module count not its topics": sub(957, "(19–23 feb)\n5\n", "(19–23 feb)\n4\n"),
 "957 week numbered out of sequence": sub(957, "Week 3 · Van", "Week 4 · Van", count=0),
 "957 week span not Monday–Friday": sub(957, "(12–16 feb)", "(13–17 feb)", count=0),
 "957 due hour zero-padded": sub(957, "Due Feb 16, 2024 5:00 PM", "Due Feb 16, 2024 05:00 PM"),
 "957 due date outside its week": sub(957, "Due Mar 8, 2024 11:59 PM", "Due Mar 22, 2024 11:59 PM"),
 "957 due date in 24-hour form": sub(957, "Due Feb 16, 2024 5:00 PM", "Due Feb 16, 2024 17:00"),
 "957 assignment without due date": sub(957, "Due Apr 5, 2024 11:59 PM\n", ""),
 "957 blank line": sub(957, "Print\nDownload\n", "Print\nDownload\n\n"),
 "957 topic type without its title": sub(957, "Opname hoorcollege 1\n", ""),
 "957 pane module not the panel's": sub(957, "Project en tentamen\nHet project", "Project\nHet project"),
 # 958 Typora HTML export
 "958 final newline": sub(958, "</body>\n</html>", "</body>\n</html>\n"),
 "958 double-quoted attribute": sub(958, "<a href='https://docs.vllm.ai/'>", '<a href="https://docs.vllm.ai/">'),
 "958 heading id not from its text": sub(958, "id='2-양자화'", "id='2-quantization'"),
 "958 title not the h1": sub(958, "</style><title>효율적인", "</style><title>비효율적인"),
 "958 table row missing a cell": sub(958, "<td>&nbsp;</td><td>&nbsp;</td>", "<td>&nbsp;</td>"),
 "958 cell text not in a span": sub(958, "<td><span>2022</span></td>", "<td>2022</td>"),
 "958 newline between blocks": sub(958, "</h2><figure", "</h2>\n<figure"),
 "958 autolink text not its URL": sub(958, "class='url'>https://arxiv.org/abs/2211.17192</a>", "class='url'>arxiv.org/abs/2211.17192</a>"),
 "958 element not closed": sub(958, "</blockquote>", ""),
 # 959 Horde IMP forward
 "959 a bare LF": sub(959, "\r\n", "\n"),
 "959 line not space-stuffed": sub(959, "\r\n  received from", "\r\n received from"),
 "959 From line not stuffed": sub(959, "\r\n\r\nPozdrawiam,", "\r\n\r\nFrom Marta, pozdrawiam,"),
 "959 Message-ID time not the Date": sub(959, "<20230719091243.Horde", "<20230719091244.Horde"),
 "959 User-Agent not Horde's": sub(959, "Horde Application Framework 5", "Roundcube Webmail/1.6.5"),
 "959 forwarded header names not aligned": sub(959, "\r\n     Date: Tue, 18 Jul", "\r\n      Date: Tue, 18 Jul"),
 "959 replacement outside the window": sub(959, "Mon, 17 Jul 2023 21:04:12 GMT", "Mon, 17 Jul 2023 11:04:12 GMT"),
 "959 trailer size differs": sub(959, "abs/2206.14858 ,  6172kb", "abs/2206.14858 ,  6173kb"),
 "959 a soft break": sub(959, "Cześć wszystkim,\r\n", "Cześć wszystkim, \r\n"),
 "959 End forwarded missing": sub(959, "----- End forwarded message -----", ""),
 "959 Subject not Fwd:": sub(959, "Subject: Fwd: cs daily", "Subject: Re: cs daily"),
 "959 new submission without its abstract": sub(959, r"(?s)\\\\\r\n   In this work.*?development of LLMs\.\r\n", "", regex=True),
 # 960 Frontiers references
 "960 References heading twice": sub(960, "\nReferences\n\n", "\nReferences\nReferences\n\n"),
 "960 not in alphabetical order": sub(960, "Saha, G., Garg, I., and Roy, K.", "Zaha, G., Garg, I., and Roy, K."),
 "960 et al. after five names": sub(960, "Levine, S., Le, Q. V., et al.", "Levine, S., et al."),
 "960 link line missing": sub(960, "Google Scholar\n→ CPC", "→ CPC"),
 "960 CrossRef without a DOI": sub(960, "Google Scholar\n→ ตำรา", "CrossRef Full Text | Google Scholar\n→ ตำรา"),
 "960 volume not the year's": sub(960, "Volume 7 - 2024", "Volume 6 - 2024"),
 "960 page range with a hyphen": sub(960, "1273–1286", "1273-1286"),
 "960 preprint not Frontiers' form": sub(960, "arXiv [Preprint]. arXiv:1807.03748.", "arXiv preprint arXiv:1807.03748."),
 "960 last author not after ', and'": sub(960, "Garg, I., and Roy, K.", "Garg, I., Roy, K."),
 # 961 Scopus .bib
 "961 Scopus fields out of order": sub(961, "\tpages = {10674 – 10685},\n\tdoi = {10.1109/CVPR52688.2022.01042},",
                                       "\tdoi = {10.1109/CVPR52688.2022.01042},\n\tpages = {10674 – 10685},"),
 "961 key not surname + year + page": sub(961, "@CONFERENCE{Huang20212297,", "@CONFERENCE{Huang2021,"),
 "961 url's doi not the doi field": sub(961, "doi=10.1109%2fCVPR46437.2021.00233", "doi=10.1109%2fCVPR46437.2021.00234"),
 "961 comma after Scopus's last field": sub(961, "\tnote = {Cited by: 389}\n}", "\tnote = {Cited by: 389},\n}"),
 "961 arXiv export trailing blank missing": sub(961, "High-Resolution Image Synthesis}, \n", "High-Resolution Image Synthesis},\n"),
 "961 arXiv export year not the eprint's": sub(961, "year={2022},\n      eprint={2211.09800}", "year={2023},\n      eprint={2211.09800}"),
 "961 text outside entries": sub(961, "% مُدرج (معيار ٢)\n", "مُدرج (معيار ٢)\n"),
 "961 Scopus header missing": sub(961, "Scopus\nEXPORT DATE: 04 March 2024\n\n", ""),
 "961 hand entry not aligned": sub(961, "  volume    = {34},\n  year", "  volume = {34},\n  year"),
 "961 duplicate key": sub(961, "@misc{brooks2022instructpix2pix,", "@misc{ruiz2022dreamboothfinetuning,"),
 "961 Scopus page range reversed": sub(961, "{2297 – 2306}", "{2306 – 2297}"),
 # 962 LimeSurvey CSV
 "962 no byte-order mark": sub(962, "\ufeff", ""),
 "962 LF rows": sub(962, "\r\n", "\n", count=0),
 "962 a field not quoted": sub(962, '"3","2024-02-26 21:14:03"', '3,"2024-02-26 21:14:03"'),
 "962 submit date not the last action": sub(962, '"2024-02-26 21:09:40","2024-02-26 21:14:03"', '"2024-02-26 21:09:40","2024-02-26 21:15:03"'),
 "962 incomplete response with answers": sub(962, '"Νίκος Αθανασίου","","",', '"Νίκος Αθανασίου","","Άλλο",'),
 "962 yes/no cell not Ναι / Όχι": sub(962, '"Ναι","Ναι","Όχι","Όχι","Ναι"', '"Yes","Ναι","Όχι","Όχι","Ναι"'),
 "962 Response IDs not increasing": sub(962, '"9","2024-02-28', '"2","2024-02-28'),
 "962 an option written two ways": sub(962, '"a.vasileiou@di.uni.example.gr","Liu et al. (ICCV 2021)', '"a.vasileiou@di.uni.example.gr","Liu et al (ICCV 2021)'),
 "962 other answer but list not Άλλο": sub(962, '"Άλλο","ImageNet', '"","ImageNet'),
 # 963 linux.org.ru
 "963 menu changed": sub(963, "Галерея\n", ""),
 "963 stars for anonymous": sub(963, "anonymous (12.03.24 21:11:02 MSK)", "anonymous ★ (12.03.24 21:11:02 MSK)"),
 "963 two star counts for a user": sub(963, "kvant_ogurets ★★★ (12.03.24 23:05:14", "kvant_ogurets ★★ (12.03.24 23:05:14"),
 "963 message older than the one above": sub(963, "tryokhglaz ★★★ (12.03.24 22:15:08", "tryokhglaz ★★★ (12.03.24 21:55:08"),
 "963 reply to a message not above": sub(963, "комментарий от morzh_v_tapkah 12.03.24 21:24:47 MSK", "комментарий от morzh_v_tapkah 12.03.24 21:24:48 MSK"),
 "963 edit before the message": sub(963, "lyagushka_ml 12.03.24 21:43:56", "lyagushka_ml 12.03.24 21:33:56"),
 "963 footer missing": sub(963, "© 1998–2024 Linux.org.ru\n", ""),
 "963 topic links after the signature": sub(963, "Ответить на это сообщение\nПоказать ответы\n", "Ответить на это сообщение\n"),
 # 964 Constant Contact newsletter
 "964 X-Mailer not Constant Contact's": sub(964, "Roving Constant Contact 2012", "Mailchimp Mailer"),
 "964 boundary not the Date's milliseconds": sub(964, "Date: Tue, 12 Mar 2024 10:02:31", "Date: Tue, 12 Mar 2024 10:12:31"),
 "964 X-Feedback-ID not the campaign's": sub(964, ":email:epmkt", ":email:roving"),
 "964 a link not through the tracker": qp("text/plain", " [https://r20.rs6.net/", " [https://arxiv.org/r20/"),
 "964 HTML reading list differs": qp("text/html", "Beltagy, Peters et Cohan, 2020", "Beltagy et al., 2020"),
 "964 footer line missing": qp("text/plain", "Essayez gratuitement", "Try it free"),
 "964 quoted-printable line longer than 76": sub(964, "reprend avec =\r\nun th", "reprend avec un th"),
 "964 Return-Path not the hint": sub(964, "Return-Path: <bounce-1116482093357-7@", "Return-Path: <bounce-1116482093357-8@"),
 "964 headers out of order": sub(964, "Reply-To: nouvelles@iqiae.example.ca\r\n", ""),
 # 965 jiqizhixin.com page
 "965 title not the h1": sub(965, "<title>从词向量", "<title>从 word2vec"),
 "965 canonical not og:url": sub(965, '<link rel="canonical" href="https://www.jiqizhixin.com/articles/2024-03-12-6">', '<link rel="canonical" href="https://www.jiqizhixin.com/articles/2024-03-12-7">'),
 "965 time not the URL's date": sub(965, 'datetime="2024-03-12T12:18:00+08:00">2024-03-12 12:18', 'datetime="2024-03-11T12:18:00+08:00">2024-03-11 12:18'),
 "965 论文链接 not showing its URL": sub(965, ">https://arxiv.org/abs/1911.02116</a>", ">arXiv</a>"),
 "965 image not on image.jiqizhixin.com": sub(965, 'src="https://image.jiqizhixin.com/uploads/editor/7c2e01', 'src="https://mmbiz.qpic.cn/uploads/editor/7c2e01'),
 "965 THE END missing": sub(965, "<p>© THE END&nbsp;</p>\n", ""),
 "965 element not closed": sub(965, "</ul></section>", "</section>"),
 "965 related article newer": sub(965, "/articles/2024-03-11-4", "/articles/2024-03-13-4"),
 # 966 Gmail thread (negative)
 "966 In-Reply-To not the last reference": sub(966, "In-Reply-To: <CAJv4yT8", "In-Reply-To: <CAJv4yT9"),
 "966 boundary not Gmail's": sub(966, "0000000000004f8c2e0613a1b7d9", "----=_Part_1_2.3", count=0),
 "966 base64 lines not 76 columns": sub(966, r"(base64\r\n\r\n[A-Za-z0-9+/=]{76})\r\n", r"\1", regex=True),
 "966 Hindi weekday not the date's": b64("text/plain", "मंगल, 12 मार्च", "बुध, 12 मार्च"),
 "966 endorsement code differs": b64("text/plain", "Endorsement Code: QK7Z2P", "Endorsement Code: QK7Z2Q"),
 "966 Received not just after Date": sub(966, "Tue, 12 Mar 2024 22:57:48 -0700 (PDT)", "Tue, 12 Mar 2024 23:57:48 -0700 (PDT)"),
 "966 catalogue title in the negative": b64("text/plain", "सब कर दिया है:", "सब कर दिया है (Attention Is All You Need भी पढ़ लिया):"),
 "966 arXiv id in the negative": b64("text/html", "सब कर दिया है:", "सब कर दिया है (2403.01234):"),
 "966 quote nesting in the HTML": b64("text/html", '<blockquote class="gmail_quote"', '<div class="gmail_quote"'),
 # label checks
 "title-only paper gets a link in 957": sub(957, "Ermon, Rudra & Ré, NeurIPS 2020)", "Ermon, Rudra & Ré, NeurIPS 2020) https://arxiv.org/abs/2008.07669"),
 "unlabelled catalogue id in 958": sub(958, "AMP의 원조라서", "AMP의 원조라서 (arXiv:2010.11929)"),
 "other file's title in 963": sub(963, "Всем спасибо,", "Всем спасибо, ещё Linformer: Self-Attention with Linear Complexity гляну,"),
 "labelled title lost in 960": sub(960, "Gradient Projection Memory for Continual Learning", "GPM"),
 "distractor title in 961": sub(961, "% مُدرج (معيار ٢)\n", "% مُدرج (معيار ٢) — قارن مع Contrastive Multiview Coding\n"),
 "arxiv-text paper gets a link in 962": sub(962, '"arXiv:2106.04560"', '"https://arxiv.org/abs/2106.04560"'),
 "title-only paper's id in 965": sub(965, "fast.ai 的 Jeremy Howard", "fast.ai 的 Jeremy Howard（arXiv:1801.06146）"),
 "title in another letter case in 963": sub(963, "REALM: Retrieval-Augmented Language Model Pre-Training", "REALM: Retrieval-augmented language model pre-training"),
 "unlabelled valid-shaped id in 959": sub(959, "sala 142, 14:15:", "sala 142, 14:15 (2306.11111):"),
 "expected: wrong evidence": swap_dict(957, 2, evidence="arxiv-text"),
 "expected: title-only with id": swap_dict(958, 5, arxiv_id="2110.04366"),
 "expected: wrong title": swap_dict(959, 0, title="Llama 2: Open Foundation and Fine-Tuned Chat Models (v2)"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(961)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[966]].append(dict(first(957)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(960)(e).append(dict(first(965)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(964, 0, openreview_id="rkgNKkHtvB"),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    crash = r.returncode not in (0, 1) or "Traceback" in r.stderr
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if crash else []), r.returncode


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
