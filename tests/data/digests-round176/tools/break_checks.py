#!/usr/bin/env python3
"""Breaks a scratch copy of round176 (/tmp/round176-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round174's harness with round176's cases; 1779 is a CR LF mail whose two MIME parts are base64 GB18030
text in CR LF form: a part is edited decoded and encoded again as the builder does; 1782 is UTF-8 with a BOM and CR LF.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round176-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1777, 1787)}
ENC = {}


def sub(n, old, new, count=1, regex=False, nth=1):
    """replace the nth occurrence of `old` (or the first `count` regex matches) in digest n, in its own charset"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode(ENC.get(n, "utf-8")))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        open(p, "wb").write(fn_b(open(p, "rb").read()))
    return fn


def mime(old, new, parts=("plain",), crlf=True):
    """edit 1779's text/plain and/or text/html part decoded (LF view) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1779])
        s = open(p, "rb").read().decode("ascii")
        bd = re.search(r'boundary="([^"]+)"', s)[1]
        head, *chunks = s.split(f"--{bd}\r\n")
        last = chunks[-1].split(f"--{bd}--\r\n")
        chunks[-1] = last[0]
        out = []
        for which, ch in zip(("plain", "html"), chunks):
            ph, _, pb = ch.partition("\r\n\r\n")
            if which in parts:
                t = base64.b64decode(pb).decode("gb18030").replace("\r\n", "\n")
                assert old in t, (which, old)
                t = t.replace(old, new, 1)
                t = t.replace("\n", "\r\n") if crlf else t
                pb = base64.encodebytes(t.encode("gb18030")).decode("ascii").replace("\n", "\r\n") + "\r\n"
            out.append(ph + "\r\n\r\n" + pb)
        s = head + "".join(f"--{bd}\r\n" + c for c in out) + f"--{bd}--\r\n" + last[1]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1777 VŠE InSIS sylabus
 "1777 field missing": sub(1777, "Katedra:\tKatedra informačního a znalostního inženýrství\n", ""),
 "1777 field order": sub(1777, "Semestr:\tzimní semestr 2024/2025\nTyp předmětu:\tPovinně volitelný\n", "Typ předmětu:\tPovinně volitelný\nSemestr:\tzimní semestr 2024/2025\n"),
 "1777 heading years": sub(1777, "ZS 2024/2025)", "ZS 2024/2026)"),
 "1777 code differs": sub(1777, "Kód předmětu:\t4IZ574", "Kód předmětu:\t4IZ575"),
 "1777 semester differs": sub(1777, "Semestr:\tzimní semestr", "Semestr:\tletní semestr"),
 "1777 label without tab": sub(1777, "Jazyk výuky:\tčeština", "Jazyk výuky: čeština"),
 "1777 credits vs workload": sub(1777, "Počet kreditů:\t6", "Počet kreditů:\t5"),
 "1777 workload sum": sub(1777, "Příprava na zkoušku\t24 h", "Příprava na zkoušku\t26 h"),
 "1777 lecture hours vs Rozsah": sub(1777, "Rozsah:\t2/2", "Rozsah:\t2/1"),
 "1777 assessment shares": sub(1777, "Průběžné testy\t10 %", "Průběžné testy\t15 %"),
 "1777 grade scale gap": sub(1777, "75–89 bodů", "76–89 bodů"),
 "1777 syllabus numbering": sub(1777, "\n12.\tPrezentace", "\n13.\tPrezentace"),
 "1777 teacher line": sub(1777, "(cvičící)", "[cvičící]"),
 "1777 garant not a teacher": sub(1777, "Garant:\tdoc. Ing. Tomáš Marek, Ph.D.", "Garant:\tdoc. Ing. Tomáš Marek"),
 "1777 prerequisite": sub(1777, "4IZ451 Strojové učení", "Strojové učení"),
 "1777 author cell": sub(1777, "HOCHREITER, Sepp -- SCHMIDHUBER, Jürgen.", "Hochreiter S., Schmidhuber J."),
 "1777 literature cells": sub(1777, "Doha\tAssociation", "Doha Association"),
 "1777 literature type order": sub(1777, "Doporučená\tZHANG", "Základní\tZHANG"),
 "1777 ISBN check digit": sub(1777, "978-0-262-03561-3", "978-0-262-03561-4"),
 "1777 year after the term": sub(1777, "\t\t\t2019\t", "\t\t\t2026\t"),
 "1777 city without publisher": sub(1777, "Doha\tAssociation for Computational Linguistics", "Doha\t"),
 "1777 URL not https": sub(1777, "Dostupné z: https://d2l.ai/", "Dostupné z: d2l.ai"),
 "1777 timetable block": sub(1777, "12:45-14:15", "12:45-14:30"),
 "1777 timetable teacher": sub(1777, "\tDvořáková K.\tCvičení", "\tNovák J.\tCvičení"),
 "1777 lecture blocks": sub(1777, "Út\t14:30-16:00\tRB 438\tDvořáková K.\tCvičení", "Út\t14:30-16:00\tRB 438\tMarek T.\tPřednáška"),
 "1777 approval before change": sub(1777, "CSc., 9.9.2024", "CSc., 1.9.2024"),
 "1777 CR LF": sub(1777, "Obsah předmětu:\n", "Obsah předmětu:\r\n"),
 "1777 arxiv-text gets a link": sub(1777, "ICLR 2015, arXiv:1409.0473.", "ICLR 2015, https://arxiv.org/abs/1409.0473"),
 # 1778 gitlab.utu.fi
 "1778 fence unbalanced": sub(1778, "}\n```\n", "}\n"),
 "1778 no awesome badge": sub(1778, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1778 other project": sub(1778, "url    = {https://gitlab.utu.fi/tkt-lukupiiri/awesome-tehokkaat-sekvenssimallit}", "url    = {https://gitlab.utu.fi/tkt-lukupiiri/lukulista}"),
 "1778 pipeline badge": sub(1778, "/badges/main/pipeline.svg", "/badges/main/coverage.svg"),
 "1778 TOC missing": sub(1778, "[[_TOC_]]\n", ""),
 "1778 TOC after a heading": sub(1778, "[[_TOC_]]\n\n## Lineaarinen", "## Lineaarinen ja muu\n\n[[_TOC_]]\n\n## Lineaarinen"),
 "1778 duplicate heading": sub(1778, "## Pitkä konteksti ja laskenta", "## Rekurrenssi ja pitkät konvoluutiot"),
 "1778 licence not last": sub(1778, "## Lisenssi", "## Lupa"),
 "1778 table header": sub(1778, "| Koodi | Miksi lukea |", "| Koodi | Huomio |"),
 "1778 row cells": sub(1778, "| Peng ym. | ICLR 2021 | – |", "| Peng ym. | ICLR 2021 |"),
 "1778 author cell": sub(1778, "| Poli ym. |", "| Poli et al. |"),
 "1778 venue cell": sub(1778, "| ICML 2023 |", "| ICML, 2023 |"),
 "1778 code link text": sub(1778, "[HazyResearch/safari](https://github.com/HazyResearch/safari)", "[safari](https://github.com/HazyResearch/safari)"),
 "1778 note without dot": sub(1778, "korvaavat huomion kokonaan. |", "korvaavat huomion kokonaan |"),
 "1778 details unbalanced": sub(1778, "\n</details>\n", "\n"),
 "1778 maintainer handle": sub(1778, "@aikors", "@aikorsi"),
 "1778 bibtex key": sub(1778, "@misc{awesome-tehokkaat-sekvenssimallit,", "@misc{awesome-lista,"),
 "1778 OpenReview link cut": sub(1778, "forum?id=Ua6zuk0WRH", "forum?id=Ua6zu"),
 "1778 unlabelled OpenReview id": sub(1778, "(https://creativecommons.org/licenses/by/4.0/) –", "(https://openreview.net/forum?id=rkgNKkHtvB) –"),
 # 1779 Tencent Exmail forward
 "1779 LF in headers": sub(1779, "Mime-Version: 1.0\r\n", "Mime-Version: 1.0\n"),
 "1779 non-ASCII byte": sub(1779, "X-Priority: 3", "X-Priority: ３"),
 "1779 Date weekday": sub(1779, "Date: Tue, 11 Mar 2025", "Date: Wed, 11 Mar 2025"),
 "1779 X-QQ-mid time": sub(1779, "bizesmtp87t1741654035t", "bizesmtp87t1741654036t"),
 "1779 boundary time": sub(1779, "NextPart_67CF8813_", "NextPart_67CF8814_", count=9, regex=True),
 "1779 Message-ID": sub(1779, "@qq.com>", "@exmail.qq.com>"),
 "1779 Feedback-ID": sub(1779, "Feedback-ID: bizesmtp:", "Feedback-ID: esmtp:"),
 "1779 header missing": sub(1779, "X-Mailer: QQMail 2.x\r\n", ""),
 "1779 encoded-word charset": sub(1779, "=?gb18030?B?zfW9qLn6?=", "=?utf-8?B?zfW9qLn6?="),
 "1779 preamble": sub(1779, "This is a multi-part message in MIME format.\r\n\r\n", ""),
 "1779 base64 line length": sub(1779, r"(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/]{76})\r\n", r"\1", regex=True),
 "1779 base64 alphabet": sub(1779, r"(charset=\"gb18030\"\r\nContent-Transfer-Encoding: base64\r\n\r\n)[A-Za-z0-9+/]", r"\1*", regex=True),
 "1779 LF inside the decoded text": mime("王老师好，\n", "王老师好，\n", crlf=False),
 "1779 Subject != forwarded": mime("主题: Digest for ml-reading@googlegroups.com - 5 updates", "主题: Digest for ml-reading@googlegroups.com - 6 updates"),
 "1779 发送时间 weekday": mime("(星期二) 凌晨0:04", "(星期三) 凌晨0:04"),
 "1779 发送时间 时段": mime("(星期二) 凌晨0:04", "(星期二) 上午0:04"),
 "1779 topic summary count": mime("[3 Updates]", "[4 Updates]"),
 "1779 message numbering": mime("---------- 2 of 3 ----------", "---------- 3 of 3 ----------"),
 "1779 message order": mime("Date: Mar 10 01:40PM", "Date: Mar 10 08:40AM"),
 "1779 message in another topic": mime("/c/Qm7Xp3tRk2A/m/Xa91LpQ0BgAJ", "/c/Vn2Ks8dYw4E/m/Xa91LpQ0BgAJ"),
 "1779 quote attribution": mime("上午9:12:44，李娜", "上午9:13:44，李娜"),
 "1779 digest footer": mime("To unsubscribe from this group", "To leave this group"),
 "1779 HTML unbalanced": mime("</div>\n<div><br></div>", "\n<div><br></div>", parts=("html",)),
 "1779 HTML header box": mime("&nbsp;原始邮件&nbsp;", "&nbsp;转发邮件&nbsp;", parts=("html",)),
 "1779 HTML link differs": mime('<a href="https://arxiv.org/abs/2309.06180" target="_blank">', '<a href="https://arxiv.org/abs/2309.06181" target="_blank">', parts=("html",)),
 "1779 Self-RAG id lost": mime("，arXiv:2310.11511 —— 模型", " —— 模型", parts=("plain", "html")),
 "1779 title-only gets an id": mime("（Wu 等，2020）", "（arXiv:2010.06891）", parts=("plain", "html")),
 # 1780 UM FERI magistrsko delo
 "1780 line too long": sub(1780, "Vision\nTransformer using Shifted Windows.", "Vision Transformer using Shifted Windows."),
 "1780 page number": sub(1780, "\n62\n", "\n64\n"),
 "1780 running head": sub(1780, "Univerza v Mariboru – Fakulteta za elektrotehniko, računalništvo in informatiko\n\n[8]", "Univerza v Mariboru – FERI\n\n[8]"),
 "1780 heading twice": sub(1780, "\nPRILOGE\n", "\nPRILOGE\nPRILOGE\n"),
 "1780 numbering": sub(1780, "\n[9] QIU", "\n[10] QIU"),
 "1780 alphabetical order": sub(1780, "[7] OQUAB, Maxime", "[7] AQUAB, Maxime"),
 "1780 Slovenian collation": sub(1780, "[14] ŽAGAR, Luka", "[14] ZAGAR, Luka"),
 "1780 no final dot": sub(1780, "Learning Research. 2024.", "Learning Research. 2024"),
 "1780 citirano date invalid": sub(1780, "[citirano 14. 1. 2025]", "[citirano 31. 2. 2025]"),
 "1780 Dostopno na without citirano": sub(1780, "https://arxiv.org/abs/2103.14030 [citirano 17. 2. 2025].", "https://arxiv.org/abs/2103.14030."),
 "1780 et al. after two names": sub(1780, "GEIRHOS, Robert, JACOBSEN, Jörn-Henrik, MICHAELIS, Claudio et al.", "GEIRHOS, Robert, JACOBSEN, Jörn-Henrik et al."),
 "1780 four names without et al.": sub(1780, "ZHAI, Xiaohua, KOLESNIKOV, Alexander, HOULSBY, Neil et al.", "ZHAI, Xiaohua, KOLESNIKOV, Alexander, HOULSBY, Neil in BEYER, L."),
 "1780 two names without in": sub(1780, "TAN, Mingxing in LE, Quoc V.", "TAN, Mingxing, LE, Quoc V."),
 "1780 author form": sub(1780, "[3] HORVAT, Marko. Računalniški", "[3] Horvat Marko. Računalniški"),
 "1780 no host": sub(1780, "mrežami. V: Zbornik dvaintridesete", "mrežami. Zbornik dvaintridesete"),
 "1780 ISBN check digit": sub(1780, "978-961-286-517-7", "978-961-286-517-8"),
 "1780 reference not cited": sub(1780, "PyTorch [8] in", "PyTorch in"),
 "1780 citation of nothing": sub(1780, "opisanim v [1]", "opisanim v [15]"),
 "1780 arxiv-text gets a link": sub(1780, "arXiv:2104.00298.", "https://arxiv.org/abs/2104.00298."),
 # 1781 TXYZ BibTeX
 "1781 BOM": sub(1781, "@inproceedings{he2022masked,", "\ufeff@inproceedings{he2022masked,"),
 "1781 tab": sub(1781, "  year = {2018},", "\tyear = {2018},"),
 "1781 unknown field": sub(1781, "  year = {2018},\n", "  year = {2018},\n  month = {jul},\n"),
 "1781 field order": sub(1781, "  pages = {16000--16009},\n  year = {2022},", "  year = {2022},\n  pages = {16000--16009},"),
 "1781 required field missing": sub(1781, "  booktitle = {International Conference on Learning Representations (ICLR)},\n  year = {2021},\n  keywords = {generalizacija", "  year = {2021},\n  keywords = {generalizacija"),
 "1781 author form": sub(1781, "Gulrajani, Ishaan and Lopez-Paz, David", "Ishaan Gulrajani and David Lopez-Paz"),
 "1781 key year": sub(1781, "@inproceedings{he2022masked,", "@inproceedings{he2021masked,"),
 "1781 pages reversed": sub(1781, "16000--16009", "16009--16000"),
 "1781 eprint without primaryClass": sub(1781, "  primaryClass = {cs.CV},\n", ""),
 "1781 url names another paper": sub(1781, "url = {https://arxiv.org/abs/2111.06377}", "url = {https://arxiv.org/abs/2111.06378}"),
 "1781 arXiv journal form": sub(1781, "journal = {arXiv preprint arXiv:1807.03748}", "journal = {arXiv 1807.03748}"),
 "1781 doi shape": sub(1781, "doi = {10.1109/TASLP", "doi = {doi:10.1109/TASLP"),
 "1781 duplicate key": sub(1781, "@inproceedings{he2020momentum,", "@inproceedings{he2022masked,"),
 "1781 comma after the last field": sub(1781, "koristimo verziju 1.5.}\n}", "koristimo verziju 1.5.},\n}"),
 "1781 brace unbalanced": sub(1781, "Dobar primjer za seminar.}", "Dobar primjer za {seminar.}"),
 "1781 CPC id lost": sub(1781, "journal = {arXiv preprint arXiv:1807.03748}", "journal = {arXiv preprint}"),
 "1781 title-only gets an id": sub(1781, "  year = {2021},\n  keywords = {generalizacija domene", "  year = {2021},\n  url = {https://arxiv.org/abs/2007.01434},\n  keywords = {generalizacija domene"),
 "1781 OpenReview link cut": sub(1781, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8I"),
 # 1782 Tripletex CSV
 "1782 no BOM": raw_bytes(1782, lambda b: b[3:]),
 "1782 LF line end": sub(1782, '"Kommentar"\r\n', '"Kommentar"\n'),
 "1782 not every field quoted": sub(1782, '"Dato";', "Dato;"),
 "1782 header": sub(1782, '"Fakturerbare timer"', '"Fakturerbart"'),
 "1782 ISO week": sub(1782, '"03.03.2025";"10"', '"03.03.2025";"9"'),
 "1782 invalid date": sub(1782, '"11.03.2025"', '"31.02.2025"'),
 "1782 row order": sub(1782, '"05.03.2025";"10"', '"02.03.2025";"10"'),
 "1782 project name": sub(1782, '"2031";"KI-assistent for skadebehandling (Havbris Forsikring)";"Testing"', '"2031";"KI-assistent";"Testing"'),
 "1782 activity": sub(1782, '"Testing"', '"Test"'),
 "1782 billable above hours": sub(1782, '"2,50";"2,00"', '"2,50";"3,00"'),
 "1782 billable internal time": sub(1782, '"1,00";"0,00"', '"1,00";"1,00"'),
 "1782 hours format": sub(1782, '"6,00";"6,00"', '"6.00";"6,00"'),
 "1782 hours a day": sub(1782, '"6,00";"6,00"', '"16,00";"6,00"'),
 "1782 total": sub(1782, '"34,00"', '"33,00"'),
 "1782 empty comment": sub(1782, '"Statusmøte med kunden."', '""'),
 "1782 title-only gets an id": sub(1782, "(P-tuning, Liu mfl.)", "(arXiv:2103.10385)"),
 "1782 QLoRA link lost": sub(1782, " – https://arxiv.org/pdf/2305.14314", ""),
 # 1783 Splus
 "1783 two blank lines": sub(1783, "بنویسد.\n\n", "بنویسد.\n\n\n"),
 "1783 Latin digits in a head": sub(1783, "[۱۴۰۳/۱۲/۲۰ ۰۹:۱۲]", "[1403/12/20 09:12]"),
 "1783 invalid Jalali date": sub(1783, "۱۴۰۳/۱۲/۲۱ ۰۸:۵۴", "۱۴۰۳/۱۲/۳۱ ۰۸:۵۴"),
 "1783 time order": sub(1783, "۱۴۰۳/۱۲/۲۰ ۱۰:۰۵", "۱۴۰۳/۱۲/۲۰ ۰۸:۰۵"),
 "1783 reply to nobody": sub(1783, "[در پاسخ به علی رضایی]", "[در پاسخ به رضا محمدی]"),
 "1783 forward marker": sub(1783, "[هدایت\u200cشده از", "[هدایت شده از"),
 "1783 head comma": sub(1783, "دکتر محمد حسینی، [", "دکتر محمد حسینی, [", nth=1),
 "1783 message without text": sub(1783, "\n[در پاسخ به دکتر محمد حسینی]\nمن OPT", "\n[در پاسخ به دکتر محمد حسینی]\n\nمن OPT"),
 "1783 unlabelled catalogue id": sub(1783, "در گروه بگذارید.", "در گروه بگذارید. https://arxiv.org/abs/2203.15556"),
 "1783 MoE OpenReview link cut": sub(1783, "forum?id=B1ckMDqlg", "forum?id=B1ckM"),
 # 1784 gyakorikerdesek.hu
 "1784 site head": sub(1784, "Gyakori kérdések\nKérdezz!", "Gyakori\nKérdezz!"),
 "1784 breadcrumb": sub(1784, "Főoldal » Számítástechnika » Programozás\n", ""),
 "1784 title not above": sub(1784, "milyen sorrendben?\nFigyelt kérdés", "milyen sorrendben?\n\nFigyelt kérdés"),
 "1784 answer numbering": sub(1784, "3/6 anonim válasza:", "4/6 anonim válasza:"),
 "1784 answer count": sub(1784, "6/6 A kérdező kommentje:", "6/7 A kérdező kommentje:"),
 "1784 share above 100": sub(1784, "\n92%\n", "\n192%\n"),
 "1784 vote line missing": sub(1784, "Hasznos számodra ez a válasz?\n\n2/6", "\n2/6"),
 "1784 share on the asker's comment": sub(1784, "2/6 A kérdező kommentje:\n", "2/6 A kérdező kommentje:\n50%\n"),
 "1784 date order": sub(1784, "2025. márc. 11. 09:12", "2025. márc. 11. 07:12"),
 "1784 month abbreviation": sub(1784, "márc. 10. 22:31", "mar. 10. 22:31"),
 "1784 footer year": sub(1784, "© 2025,", "© 2024,"),
 "1784 related question": sub(1784, "mesterséges intelligenciából BSc-n?", "mesterséges intelligenciából BSc-n"),
 "1784 watchers line": sub(1784, "Jelenleg 1 felhasználó", "Jelenleg 0 felhasználó"),
 "1784 title-only gets a link": sub(1784, "(DALL-E 2)", "(https://arxiv.org/abs/2204.06125)"),
 "1784 DDIM OpenReview link cut": sub(1784, "forum?id=St1giarCHLP", "forum?id=St1gi"),
 # 1785 Adobe Campaign mirror page
 "1785 doctype": sub(1785, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"', "<!DOCTYPE html"),
 "1785 charset meta": sub(1785, 'content="text/html; charset=utf-8"', 'content="text/html"'),
 "1785 tag unbalanced": sub(1785, "</h1>", "</h2>"),
 "1785 bare ampersand": sub(1785, "Acar κ.ά.", "Acar & κ.ά."),
 "1785 untracked link": sub(1785, r'href="https://t\.news\.kyea\.example\.gr/r/\?id=h4b1f0a9,2c7e3d,2c7e46"', 'href="https://kyea.example.gr/privacy"', regex=True),
 "1785 second delivery": sub(1785, ",2c7e3d,2c7e45", ",2c7e3e,2c7e45"),
 "1785 url id reused": sub(1785, ",2c7e46", ",2c7e45"),
 "1785 url id 1 on a link": sub(1785, ",2c7e46", ",1"),
 "1785 no open image": sub(1785, r'<img src="https://t\.[^"]+" width="0" height="0" alt="" style="display:none;">\n', "", regex=True),
 "1785 open image url id": sub(1785, '2c7e3d,1" width="0"', '2c7e3d,2" width="0"'),
 "1785 issue mismatch": sub(1785, "<title>Νευρώνας – Τεύχος 14", "<title>Νευρώνας – Τεύχος 15"),
 "1785 weekday": sub(1785, "Πέμπτη 27 Μαρτίου 2025", "Τετάρτη 27 Μαρτίου 2025"),
 "1785 footer": sub(1785, ">Διαγραφή από τη λίστα</a>", ">Διαγραφή</a>"),
 "1785 FNO link tracked": sub(1785, 'href="https://arxiv.org/abs/2010.08895"', 'href="https://t.news.kyea.example.gr/r/?id=h4b1f0a9,2c7e3d,2c7e50"'),
 "1785 other file's title": sub(1785, "<p>Αγαπητές φίλες, αγαπητοί φίλοι,</p>", "<p>Αγαπητές φίλες, αγαπητοί φίλοι, LoRA: Low-Rank Adaptation of Large Language Models</p>"),
 # 1786 Ingeniøren (negative)
 "1786 site head": sub(1786, "Ingeniøren\nNyheder", "ing.dk\nNyheder"),
 "1786 breadcrumb": sub(1786, "Blogs » Bolig og energi", "Bolig og energi"),
 "1786 post date": sub(1786, "10. marts 2025 kl. 09:12", "10/03/2025 09:12"),
 "1786 comment count": sub(1786, "Kommentarer (5)", "Kommentarer (6)"),
 "1786 comment order": sub(1786, "10. marts 2025 kl. 19:22", "10. marts 2025 kl. 08:22"),
 "1786 reply to nobody": sub(1786, "Svar til Peter Lund", "Svar til Lene Dahl"),
 "1786 Svar missing": sub(1786, "bag carporten.\nSvar\n", "bag carporten.\n"),
 "1786 share line": sub(1786, "Del artiklen: Facebook | LinkedIn | E-mail", "Del: Facebook"),
 "1786 footer year": sub(1786, "© 2025 Mediehuset", "© 2024 Mediehuset"),
 "1786 paper title in the negative": sub(1786, "til efteråret.", "til efteråret. (Se også Attention Is All You Need.)"),
 "1786 arXiv id in the negative": sub(1786, "5.870 kWh", "5.870 kWh (rapport 2503.01234)"),
 # labels
 "distractor title in 1785": sub(1785, "<p>Καλή ανάγνωση,", "<p>Δείτε και το Rethinking ImageNet Pre-training.</p>\n<p>Καλή ανάγνωση,"),
 "labelled title lost in 1781": sub(1781, "title = {Self-supervised Learning from a Multi-view Perspective}", "title = {Self-supervised Learning from Multiple Views}"),
 "title-only paper gets a link in 1780": sub(1780, "Scaling Vision\nTransformers. V:", "Scaling Vision\nTransformers. https://arxiv.org/abs/2106.04560 V:"),
 "label in the negative": exp_edit(lambda e: e[D[1786]].append(dict(e[D[1785]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1780]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1777]][1].update(title="Neural Turing Machine")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1783]][0].update(true_arxiv_id="2302.13972", arxiv_id="2302.13972")),
 "paper in two files": exp_edit(lambda e: e[D[1778]].append(dict(e[D[1777]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1785]].append({"arxiv_id": None, "openreview_id": None, "title": "Dataset Condensation with Gradient Matching", "evidence": "title-only", "true_arxiv_id": "2006.05929"})),
 "too few papers": exp_edit(lambda e: [e[D[1782]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1784]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1781])),
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
shutil.rmtree(os.path.dirname(SCR), ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
