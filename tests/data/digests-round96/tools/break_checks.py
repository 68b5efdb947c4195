#!/usr/bin/env python3
"""Breaks a scratch copy of round96 (/tmp/round96-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round94's harness, with round96's cases; `qp979` edits 979's HTML decoded from quoted-printable and
re-encodes it as the builder does, `qp984` edits 984's text/plain or text/html part the same way.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round96-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(977, 987)}


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


def _qp_edit(payload, old, new):
    t = quopri.decodestring(payload.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
    assert old in t, old
    t = t.replace(old, new, 1)
    return quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def qp979(old, new):
    """edit 979's HTML (one quoted-printable part after the header block, then a CRLF)"""
    def fn(root):
        def ed(s):
            head, body = s.split("\r\n\r\n", 1)
            assert body.endswith("\r\n")
            return head + "\r\n\r\n" + _qp_edit(body[:-2], old, new) + "\r\n"
        _rw(979, root, ed)
    return fn


def qp984(ctype, old, new):
    """edit 984's text/plain or text/html part (quoted-printable UTF-8), re-encoded as the builder does"""
    def fn(root):
        def ed(s):
            b = re.search(r'boundary="([0-9a-f]{32})"', s).group(1)
            m = re.search(r"Content-Type: " + re.escape(ctype) + r"; charset=utf-8\r\n\r\n", s)
            end = s.index("\r\n--" + b, m.end())
            return s[:m.end()] + _qp_edit(s[m.end():end], old, new) + s[end:]
        _rw(984, root, ed)
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


PN = lambda n: " " * ((100 - len(str(n))) // 2) + str(n) + "\n\f"
UTM = "utm_campaign=Scienza%20%26%20Apprendimento&utm_medium=email&utm_source=Revue%20newsletter"
CASES = {
 # 977 РПД, pdftotext -layout
 "977 CR line ends": sub(977, "\n", "\r\n", count=0),
 "977 no final form feed": sub(977, r"\f$", "", regex=True),
 "977 page number not the page's": sub(977, PN(4), PN(5)),
 "977 title page numbered": sub(977, "2023\n\f", "2023\n\n" + PN(1)[:-1]),
 "977 section heading skipped": sub(977, "\n7. ФОНД", "\n8. ФОНД"),
 "977 topic row does not add up": sub(977, "10       16", "10       17"),
 "977 Итого not the column sums": sub(977, "36     90      144", "36     92      146"),
 "977 workload table disagrees": sub(977, "лабораторные работы                                36             36",
                                     "лабораторные работы                                34             34"),
 "977 з.е. × 36 not the hours": sub(977, "составляет 4 зачетные единицы", "составляет 5 зачетные единицы"),
 "977 literature numbering gap": sub(977, "     7. Graves", "     8. Graves"),
 "977 continuation not indented": sub(977, "\n        Computation. – 1997.", "\n       Computation. – 1997."),
 "977 access date after approval": sub(977, "(дата обращения: 28.08.2023)", "(дата обращения: 28.09.2023)"),
 "977 access date unreal": sub(977, "(дата обращения: 28.08.2023)", "(дата обращения: 31.09.2023)"),
 "977 topic reference beyond the list": sub(977, "[8–10]", "[8–13]"),
 "977 grade bands not contiguous": sub(977, "71–85 баллов", "72–85 баллов"),
 "977 line wider than the page": sub(977, "     Задачи дисциплины:", "     Задачи дисциплины:" + " " * 70 + "(см. также раздел 7)"),
 "977 protocol after approval": sub(977, "протокол № 1 от 29.08.2023", "протокол № 1 от 02.09.2023"),
 "977 основная after дополнительная": sub(977, "     а) основная литература:", "     в) основная литература:"),
 # 978 NamuMark
 "978 heading marks unequal": sub(978, "== 개요 ==", "== 개요 ==="),
 "978 heading level jumps": sub(978, "=== 저랭크 분해 계열 ===", "==== 저랭크 분해 계열 ===="),
 "978 link bracket unbalanced": sub(978, "[[GPT-3]] 이후", "[[GPT-3] 이후"),
 "978 folding block not closed": sub(978, "}}}\n\n=== 프롬프트", "\n\n=== 프롬프트"),
 "978 table row cell count": sub(978, "||<-4><:> 이 밖에", "||<-3><:> 이 밖에"),
 "978 list item without leading blank": sub(978, "\n * 프리픽스", "\n* 프리픽스"),
 "978 HTML tag": sub(978, "[br]후속작", "<br>후속작"),
 "978 named footnote reused before defined": sub(978, "[*A 다만", "[*B 다만"),
 "978 categories not first": sub(978, "[[분류:인공지능]][[분류:기계학습]][[분류:자연어 처리]]\n[include(틀:인공지능)]\n",
                                 "[include(틀:인공지능)]\n[[분류:인공지능]][[분류:기계학습]][[분류:자연어 처리]]\n"),
 "978 [목차] missing": sub(978, "[목차]\n", ""),
 "978 bold unpaired": sub(978, "'''BitFit'''은", "'''BitFit은"),
 "978 external link with a blank": sub(978, "https://github.com/huggingface/peft|", "https://github.com/hugging face/peft|"),
 # 979 GMX message
 "979 a bare LF": sub(979, "\r\n", "\n"),
 "979 headers out of order": sub(979, "Importance: normal\r\nSensitivity: Normal\r\n", "Sensitivity: Normal\r\nImportance: normal\r\n"),
 "979 Message-ID ms not the Date": sub(979, "-1686550462871@", "-1686550472871@"),
 "979 Message-ID host not the webmail's": sub(979, "@3c-app-gmx-bap27>", "@3c-app-gmx-bap28>"),
 "979 plain text part": sub(979, "Content-Type: text/html; charset=UTF-8", "Content-Type: text/plain; charset=UTF-8"),
 "979 quoted-printable line longer than 76": sub(979, "rausgeschnitt=\r\nen", "rausgeschnitten"),
 "979 Gesendet weekday wrong": qp979("Montag, 12. Juni", "Dienstag, 12. Juni"),
 "979 Subject not Fwd + Betreff": sub(979, "Subject: Fwd: cs daily Subj-class mailing 4e1b91 1", "Subject: Fwd: cs daily Subj-class mailing 4e1b92 1"),
 "979 quote style not GMX's": qp979("#C3D9E5", "#CCCCCC"),
 "979 quoted line with a plain leading blank": qp979("&nbsp;&nbsp;capabilities", " &nbsp;capabilities"),
 "979 replacement outside the window": qp979("Thu, 8 Jun 2023 19:31:44 GMT", "Thu, 8 Jun 2023 17:31:44 GMT"),
 "979 trailer size differs": qp979("abs/2205.01068 , &nbsp;2470kb", "abs/2205.01068 , &nbsp;2471kb"),
 "979 raw umlaut in the HTML": qp979("f&uuml;r Donnerstag", "für Donnerstag"),
 "979 element not closed": qp979("</div></body></html>", "</body></html>"),
 "979 Received time not the Date": sub(979, "(via HTTP); Mon, 12 Jun 2023\r\n 08:14:22", "(via HTTP); Mon, 12 Jun 2023\r\n 08:15:22"),
 # 980 Vietnamese thesis back matter
 "980 page numbers not consecutive": sub(980, "\n\n70\n\f", "\n\n72\n\f"),
 "980 indented line": sub(980, "\n[5] Jiang", "\n    [5] Jiang"),
 "980 straight double quote": sub(980, "“COTR:", "\"COTR:"),
 "980 reference numbering gap": sub(980, "[9] Qiu", "[10] Qiu"),
 "980 English references out of order": sub(980, "Jiang W., Trulls E.", "Zhang W., Trulls E."),
 "980 Vietnamese references out of order": sub(980, "Hoàng Minh Tuấn", "Hoàng Minh An"),
 "980 et al. after two names": sub(980, "Qiu Y., Yamamoto S., Nakashima K., et al.", "Qiu Y., Yamamoto S., et al."),
 "980 pp. in a Vietnamese reference": sub(980, "tr. 33–41", "pp. 33–41"),
 "980 English title not in “ ”": sub(980, "“EfficientNetV2: Smaller Models and Faster Training”,", "EfficientNetV2: Smaller Models and Faster Training,"),
 "980 Tiếng Việt heading missing": sub(980, "Tiếng Việt\n", ""),
 "980 not NFC": sub(980, "Tiếng Anh", "Tie\u0302\u0301ng Anh"),
 "980 appendix cells not paired": sub(980, "Kích thước lô\n32\n", "Kích thước lô\n"),
 # 981 .bib
 "981 CiteULike fields out of order": sub(981, "    keywords = {attention, nlp, transformer},\n    month = jun,", "    month = jun,\n    keywords = {attention, nlp, transformer},"),
 "981 article id not the key's": sub(981, "citeulike-article-id = {14396742}", "citeulike-article-id = {14396743}"),
 "981 posted after CiteULike closed": sub(981, "posted-at = {2018-10-15 17:02:11}", "posted-at = {2019-10-15 17:02:11}"),
 "981 comma after the last field": sub(981, "    year = {2017}\n}", "    year = {2017},\n}"),
 "981 title single-braced": sub(981, "title = {{Attention Is All You Need}}", "title = {Attention Is All You Need}"),
 "981 linkouts not numbered from 0": sub(981, "citeulike-linkout-1 = {http://arxiv.org/pdf/1810.04805}", "citeulike-linkout-2 = {http://arxiv.org/pdf/1810.04805}"),
 "981 NeurIPS hash not the key's": sub(981, "file/dc6a7e655d7e5840", "file/dc6a7e665d7e5840"),
 "981 arXiv export blank missing": sub(981, "Disentangled Attention}, \n", "Disentangled Attention},\n"),
 "981 hand entry not aligned": sub(981, "  year      = {2020}", "  year = {2020}"),
 "981 text outside entries": sub(981, "% κεφ. 4: entity", "κεφ. 4: entity"),
 "981 duplicate key": sub(981, "@inproceedings{decao2021autoregressive,", "@inproceedings{clark2020electra,"),
 "981 CiteULike record after the separator": sub(981, "@misc{greekbert_hf,", "@misc{citeulike:15000001,"),
 "981 priority out of range": sub(981, "priority = {3}", "priority = {7}"),
 "981 posted before the paper's year": sub(981, "posted-at = {2018-06-14 10:41:07}", "posted-at = {2017-06-14 10:41:07}"),
 # 982 Microsoft Forms CSV
 "982 no byte-order mark": sub(982, "\ufeff", ""),
 "982 LF rows": sub(982, "\r\n", "\n", count=0),
 "982 a field quoted without need": sub(982, ";Evet\r\n", ';"Evet"\r\n'),
 "982 comma separator in the header": sub(982, "Kimlik;Başlangıç saati", "Kimlik,Başlangıç saati"),
 "982 Kimlik out of sequence": sub(982, "\r\n3;04.03.2024", "\r\n4;04.03.2024"),
 "982 completion before start": sub(982, "04.03.2024 10:12:05;04.03.2024 10:19:41", "04.03.2024 10:22:05;04.03.2024 10:19:41"),
 "982 completions out of id order": sub(982, "05.03.2024 14:02:56;05.03.2024 14:07:39", "05.03.2024 08:02:56;05.03.2024 08:07:39"),
 "982 e-mail not the name's": sub(982, "selin.celik@", "selin.cetin@"),
 "982 week answer without trailing ;": sub(982, '"5. hafta (18 Mart);"', "5. hafta (18 Mart)"),
 "982 unknown yes/no value": sub(982, ";Kısmen\r\n", ";Belki\r\n"),
 "982 student number twice": sub(982, ";2231090;", ";2231045;"),
 "982 modified before completion": sub(982, ";05.03.2024 09:02:18;", ";04.03.2024 09:02:18;"),
 "982 Forms column renamed": sub(982, "Tamamlanma saati", "Bitiş saati"),
 # 983 Yahoo!知恵袋
 "983 回答数 not the answers": sub(983, "回答数：\n3\n", "回答数：\n4\n"),
 "983 zero-padded date": sub(983, "2023/4/9 8:17", "2023/04/09 08:17"),
 "983 answer before the question": sub(983, "2023/4/9 1:02", "2023/4/8 1:02"),
 "983 その他の回答 count": sub(983, "その他の回答（2件）", "その他の回答（3件）"),
 "983 footer missing": sub(983, "© LY Corporation\n", ""),
 "983 ナイス！ count missing": sub(983, "ナイス！\n4\n", "ナイス！\n"),
 "983 unmasked user": sub(983, "mid*****さん", "midori_55さん"),
 "983 thanks dated before the best answer": sub(983, "お礼日時：2023/4/11 22:40", "お礼日時：2023/4/9 0:40"),
 "983 閲覧数 without thousands comma": sub(983, "1,847", "1847"),
 # 984 Revue message
 "984 Message-Id not the Date": sub(984, "<20210905120002.1.", "<20210905120003.1."),
 "984 DKIM t= not the Date": sub(984, "t=1630843202;", "t=1630843203;"),
 "984 Return-Path not the To address": sub(984, "-marco.bianchi=dei", "-marco.rossi=dei"),
 "984 Sender not From's address": sub(984, "Sender: scienzaeapprendimento=getrevue.co", "Sender: scienza=getrevue.co"),
 "984 plain link without utm": qp984("text/plain", "abs/2010.03409?" + UTM, "abs/2010.03409"),
 "984 HTML link without utm": qp984("text/html", "abs/2010.00554?" + UTM.replace("&", "&amp;") + '"', 'abs/2010.00554"'),
 "984 link items differ between parts": qp984("text/html", ">EigenGame: PCA as a Nash Equilibrium</a>", ">EigenGame</a>"),
 "984 issue number differs": qp984("text/plain", "Scienza & Apprendimento - Issue #27", "Scienza & Apprendimento - Issue #28"),
 "984 HTML date not the Date": qp984("text/html", "5 settembre 2021", "6 settembre 2021"),
 "984 footer line missing": qp984("text/plain", "Powered by Revue\n", ""),
 "984 boundary not Mailgun's": sub(984, "5f2a1c8d3e7b4a6f9c0e1d2b3a4c5e6f", "----=_Part_1_2", count=0),
 "984 item source not its domain": qp984("text/plain", "\narxiv.org\nImparare", "\nwww.arxiv.org\nImparare"),
 "984 closing boundary missing": sub(984, "--5f2a1c8d3e7b4a6f9c0e1d2b3a4c5e6f--\r\n", ""),
 # 985 Toutiao page
 "985 title not the h1": sub(985, "<title>从MoE", "<title>从 MoE"),
 "985 canonical id not 19 digits": sub(985, "article/7287412356891234817/\">", "article/728741235689123481/\">"),
 "985 link inside the article": sub(985, "代码：https://github.com/vllm-project/vllm",
                                    '代码：<a href="https://github.com/vllm-project/vllm">https://github.com/vllm-project/vllm</a>'),
 "985 article class list changed": sub(985, "syl-device-pc", "syl-device-mobile"),
 "985 item numbering": sub(985, "<p>6. Lost", "<p>7. Lost"),
 "985 image not on toutiaoimg.com": sub(985, "p3-sign.toutiaoimg.com", "p3-sign.example.com"),
 "985 caption paragraph missing": sub(985, '<p class="pgc-img-caption"></p></div>', "</div>"),
 "985 related article newer": sub(985, "/article/7286991034518234625/", "/article/7297991034518234625/"),
 "985 location not a province": sub(985, "<span>浙江</span>", "<span>杭州西湖</span>"),
 "985 element not closed": sub(985, "</article>", ""),
 # 986 Virgool (negative)
 "986 catalogue title in the negative": sub(986, "مثل همان مقالهٔ ترنسفورمر", "مثل همان Attention Is All You Need"),
 "986 arXiv id in the negative": sub(986, "فهرست روزانهٔ arXiv", "فهرست روزانهٔ arXiv (مثلاً 2403.01234)"),
 "986 ASCII digits in the date": sub(986, "۱۲ اسفند ۱۴۰۲", "12 اسفند 1402"),
 "986 day not in the month": sub(986, "۱۲ اسفند ۱۴۰۲", "۳۱ اسفند ۱۴۰۲"),
 "986 numbered list gap": sub(986, "۳. شواهد", "۴. شواهد"),
 "986 tag with a blank": sub(986, "#مقاله_خوانی", "#مقاله خوانی"),
 "986 header line missing": sub(986, "نوشتن\n", ""),
 "986 footer not last": sub(986, "حریم خصوصی\n", "حریم خصوصی\nتماس با ما\n"),
 "986 author written once": sub(986, "نگار رحیمی\nنگار رحیمی\n", "نگار رحیمی\n"),
 # label checks
 "title-only paper's id in 978": sub(978, "T-Few'''라고", "T-Few'''(arXiv:2205.05638)라고"),
 "unlabelled catalogue id in 983": sub(983, "④ DDPM（Hoさんたちの2020年の論文）", "④ DDPM（arXiv:2006.11239）"),
 "other file's title in 985": sub(985, "如果只有时间读两篇", "Attention Is All You Need 之后，如果只有时间读两篇"),
 "labelled title lost in 980": sub(980, "Correspondence Transformer for Matching Across Images", "Correspondence Transformer"),
 "distractor title in 981": sub(981, "% κεφ. 4: entity linking", "% κεφ. 4 (πρβλ. Contrastive Multiview Coding): entity linking"),
 "arxiv-text paper gets a link in 982": sub(982, ";arXiv 2111.06377;", ";https://arxiv.org/abs/2111.06377;"),
 "title-only paper's id in 984": qp984("text/plain", "(FedDyn, ICLR 2021)", "(FedDyn, ICLR 2021, arXiv:2111.04263)"),
 "title in another letter case in 983": sub(983, "Classifier-Free Diffusion Guidance", "Classifier-free diffusion guidance"),
 "unlabelled valid-shaped id in 977": sub(977, "     Задачи дисциплины:", "     Задачи дисциплины (см. arXiv:2306.11111):"),
 "OpenReview link lost in 977": sub(977, "https://openreview.net/forum?id=OCm0rwa1lx1", "https://openreview.net/group?id=ICLR.cc/2021"),
 "expected: wrong evidence": swap_dict(977, 3, evidence="link"),
 "expected: title-only with id": swap_dict(978, 5, arxiv_id="2205.05638"),
 "expected: wrong title": swap_dict(979, 0, title="Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena (v2)"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(981)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[986]].append(dict(first(977)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(982)(e).append(dict(first(985)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(985, 3, openreview_id="r1gs9JgRZ"),
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
