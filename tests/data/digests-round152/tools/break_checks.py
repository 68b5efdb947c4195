#!/usr/bin/env python3
"""Breaks a scratch copy of round152 (/tmp/round152-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round150's harness, with round152's cases; 1539 is CR LF with an ISO-2022-JP note and a forwarded post
in base64, whose parts are edited decoded and encoded again as the builder does, Lines recounted; 1542 is CR LF with
a BOM.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round152-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1537, 1547)}
NN = "\u202f"


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


def b64edit(which, old, new, count=1):
    """edit the decoded text of 1539's forwarded part ('plain' or 'html'), encode it again as the builder does
    (base64, 76 columns, CR LF) and recount the Lines header"""
    def fn(root):
        p = os.path.join(root, "digests", D[1539])
        s = open(p, "rb").read().decode("ascii")
        m = re.search(r'(Content-Type: text/' + which + r'; charset="UTF-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n)([A-Za-z0-9+/=\r\n]+?)(\r\n(?:\r\n)?--)', s)
        txt = base64.b64decode(m.group(2).replace("\r\n", "")).decode("utf-8")
        assert old in txt, old
        txt = txt.replace(old, new, count if count else -1)
        b = base64.b64encode(txt.encode("utf-8")).decode("ascii")
        enc = "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))
        s = s[:m.start(2)] + enc + s[m.end(2):]
        gb = re.search(r'multipart/alternative; boundary="([^"]+)"', s).group(1)
        body = s.split("Lines: ", 1)[1].split("\r\n\r\n", 1)[1]
        inner = body.split("\r\n--_am6_", 1)[0]
        s = re.sub(r"Lines: \d+", f"Lines: {inner.count(chr(13) + chr(10))}", s)
        open(p, "wb").write(s.encode("ascii"))
    return fn


def both(old, new):
    return lambda root: (b64edit("plain", old, new)(root), b64edit("html", old, new)(root))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1537 Technion course page
 "1537 footer missing": sub(1537, "\n© כל הזכויות שמורות לטכניון – מכון טכנולוגי לישראל", ""),
 "1537 no logout after greeting": sub(1537, "שלום, נועה לנדאו\nהתנתקות\n", "שלום, נועה לנדאו\n"),
 "1537 breadcrumb of another course": sub(1537, "חורף תשפ\"ה / 00970247", "חורף תשפ\"ה / 00970248"),
 "1537 fields out of order": sub(1537, "נקודות: 3\nשעות שבועיות: הרצאה 2, תרגול 1\n", "שעות שבועיות: הרצאה 2, תרגול 1\nנקודות: 3\n"),
 "1537 points not a number": sub(1537, "נקודות: 3\n", "נקודות: שלוש\n"),
 "1537 prerequisite number malformed": sub(1537, "00960411 - למידה", "0960411 - למידה"),
 "1537 lecture slot reversed": sub(1537, "14:30-16:30", "16:30-14:30"),
 "1537 Hebrew weekday wrong": sub(1537, "05.11.2024 (יום ג')", "05.11.2024 (יום ד')"),
 "1537 week skipped": sub(1537, "19.11.2024 (יום ג')", "26.11.2024 (יום ג')"),
 "1537 week numbers skip": sub(1537, "\n6\t03.12.2024", "\n7\t03.12.2024"),
 "1537 row with a missing cell": sub(1537, "\tתרגיל בית 1 יוצא", ""),
 "1537 last-week note wrong": sub(1537, "תוכנית הקריאה: 17.12.2024", "תוכנית הקריאה: 10.12.2024"),
 "1537 project due before the plan ends": sub(1537, "16.02.2025", "16.12.2024"),
 "1537 Moodle of another year": sub(1537, "moodle24.", "moodle23."),
 "1537 CR LF": sub(1537, "\n", "\r\n", count=0),
 # 1538 工蜂 README
 "1538 TOC anchor wrong": sub(1538, "(#基础指令微调与对齐)", "(#基础：指令微调与对齐)"),
 "1538 section missing from TOC": sub(1538, "- [评测](#评测)\n", ""),
 "1538 clone URL of another host": sub(1538, "git clone https://git.code.tencent.com/", "git clone https://gitee.com/"),
 "1538 cd into another project": sub(1538, "\ncd awesome-llm-agents-zh\n", "\ncd awesome-llm-agents\n"),
 "1538 intro names another group": sub(1538, "`agent-reading/awesome-llm-agents-zh`", "`agents/awesome-llm-agents-zh`"),
 "1538 code fence unclosed": sub(1538, "git checkout -b add/paper-name\n```", "git checkout -b add/paper-name\n"),
 "1538 table row missing a cell": sub(1538, "| MetaGPT | 框架 | 多智能体协作，模拟软件公司分工 |", "| MetaGPT | 多智能体协作，模拟软件公司分工 |"),
 "1538 table row without URL": sub(1538, "| https://github.com/QwenLM/Qwen-Agent |", "| 见 GitHub |"),
 "1538 badge missing": sub(1538, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1538 link item of another form": sub(1538, "](https://arxiv.org/abs/2305.16291) — ", "](https://arxiv.org/abs/2305.16291) "),
 "1538 bold item of another form": sub(1538, "** — Gato", "**，Gato"),
 "1538 unbalanced bracket": sub(1538, "[Toolformer:", "Toolformer:"),
 # 1539 Active! mail forward
 "1539 LF line ends": sub(1539, "\r\n", "\n", count=0),
 "1539 Date weekday wrong": sub(1539, "Date: Tue, 14 May 2024", "Date: Wed, 14 May 2024"),
 "1539 Date not JST": sub(1539, "Date: Tue, 14 May 2024 08:12:30 +0900", "Date: Tue, 14 May 2024 08:12:30 +0000"),
 "1539 X-Mailer of another program": sub(1539, "X-Mailer: Active! mail", "X-Mailer: Becky! ver. 2.81"),
 "1539 8-bit header": sub(1539, "X-Mailer: Active! mail", "X-Mailer: Active! mail 日本語版"),
 "1539 From not a B-word": sub(1539, r"From: =\?ISO-2022-JP\?B\?[^?]+\?=", "From: Kenta Tanaka", regex=True),
 "1539 outer boundary not closed": sub(1539, r"--\r\n$", "\r\n", regex=True),
 "1539 Subject not the forwarded one": sub(1539, "Subject: Fw: [yomikai:00123]", "Subject: Fw: [yomikai:00122]"),
 "1539 X-Mail-Count differs from the tag": sub(1539, "X-Mail-Count: 00123", "X-Mail-Count: 00124"),
 "1539 X-ML-Name differs from the tag": sub(1539, "X-ML-Name: yomikai", "X-ML-Name: rinko"),
 "1539 Lines wrong": sub(1539, r"Lines: \d+", "Lines: 12", regex=True),
 "1539 List-Owner on another host": sub(1539, "List-Owner: <mailto:yomikai-admin@ml.", "List-Owner: <mailto:yomikai-admin@lists."),
 "1539 Precedence missing": sub(1539, "Precedence: bulk\r\n", ""),
 "1539 Received after the forward": sub(1539, "Mon, 13 May 2024 22:41:09 +0900 (JST)", "Tue, 14 May 2024 09:41:09 +0900 (JST)"),
 "1539 forwarded post newer than the forward": sub(1539, "Date: Mon, 13 May 2024 22:40:51 +0900", "Date: Tue, 14 May 2024 09:40:51 +0900"),
 "1539 note not ISO-2022-JP": sub(1539, 'Content-Type: text/plain; charset="ISO-2022-JP"', 'Content-Type: text/plain; charset="UTF-8"'),
 "1539 base64 line too long": sub(1539, r'(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/=]{76})\r\n', r"\1", regex=True),
 "1539 bad base64 character": sub(1539, r'(Content-Transfer-Encoding: base64\r\n\r\n)5', r"\1*", regex=True),
 "1539 parts differ in URLs": b64edit("plain", "https://arxiv.org/pdf/2307.08691", "https://arxiv.org/abs/2307.08691"),
 # 1540 IKEE thesis
 "1540 page number skips": sub(1540, r"\n73\n$", "\n74\n", regex=True),
 "1540 running head missing": sub(1540, "\nΒΙΒΛΙΟΓΡΑΦΙΑ\n", "\n"),
 "1540 chapter head missing": sub(1540, "ΚΕΦΑΛΑΙΟ 6. ΣΥΜΠΕΡΑΣΜΑΤΑ ΚΑΙ ΜΕΛΛΟΝΤΙΚΗ ΕΡΓΑΣΙΑ\n", ""),
 "1540 reference numbers skip": sub(1540, "[5] M. Tan", "[6] M. Tan"),
 "1540 citation without an entry": sub(1540, "όπως στο [8]", "όπως στο [14]"),
 "1540 entry never cited": sub(1540, "βλ. [9].", "βλ. σχετικά."),
 "1540 page range with a hyphen": sub(1540, "10012–10022", "10012-10022"),
 "1540 page range reversed": sub(1540, "10231–10241", "10241–10231"),
 "1540 Online without Available": sub(1540, "Available: https://ikee", "https://ikee"),
 "1540 arXiv id newer than its year": sub(1540, "arXiv:2106.04560, 2021.", "arXiv:2106.04560, 2020."),
 "1540 author not initials-first": sub(1540, "[2] Z. Liu et al.,", "[2] Ze Liu et al.,"),
 "1540 year after 2024": sub(1540, "Press, 2016.", "Press, 2026."),
 "1540 unbalanced quote": sub(1540, "Docs,” 2024", "Docs, 2024"),
 # 1541 Jenni AI BibTeX
 "1541 key twice": sub(1541, "@inproceedings{chen2021exploring,", "@inproceedings{chen2020simple,"),
 "1541 required field missing": sub(1541, "  booktitle = {Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)},\n", ""),
 "1541 key year differs": sub(1541, "geirhos2020shortcut", "geirhos2021shortcut"),
 "1541 pages with one dash": sub(1541, "15750--15758", "15750-15758"),
 "1541 author not Last, First": sub(1541, "Chen, Xinlei and He, Kaiming", "Xinlei Chen and Kaiming He"),
 "1541 comma missing between fields": sub(1541, "  title = {Contrastive Representation Learning},", "  title = {Contrastive Representation Learning}"),
 "1541 field twice": sub(1541, "  year = {2018},\n", "  year = {2018},\n  year = {2018},\n"),
 "1541 unbalanced braces": sub(1541, "Lil'Log (блог)", "Lil'Log {блог"),
 "1541 eprint without archivePrefix": sub(1541, "  archivePrefix = {arXiv},\n", ""),
 "1541 fields out of order": sub(1541, "  pages = {9650--9660},\n  year = {2021},", "  year = {2021},\n  pages = {9650--9660},"),
 "1541 BOM": sub(1541, "@inproceedings{tsai", "\ufeff@inproceedings{tsai"),
 "1541 url not https": sub(1541, "url = {https://prometheus.org.ua/}", "url = {http://prometheus.org.ua/}"),
 "1541 entries not separated by a blank line": sub(1541, "}\n\n@book{", "}\n@book{"),
 # 1542 Avalform CSV
 "1542 BOM missing": sub(1542, "\ufeff", ""),
 "1542 LF records": sub(1542, "\r\n", "\n", count=0),
 "1542 row number skips": sub(1542, "\r\n4,1403", "\r\n5,1403"),
 "1542 invalid Solar Hijri date": sub(1542, "1403/02/23,08:30:19", "1403/02/32,08:30:19"),
 "1542 answers out of order": sub(1542, "1403/02/25,09:07:48", "1403/02/21,09:07:48"),
 "1542 answered after the first week": sub(1542, "1403/02/25,23:12:55", "1403/03/02,23:12:55"),
 "1542 bad e-mail": sub(1542, "a.rezaei@ut-genlab.ir", "a.rezaei.ut-genlab.ir"),
 "1542 week not an option": sub(1542, ",هفته سوم خرداد,", ",هفته پنجم خرداد,"),
 "1542 needless quotes": sub(1542, ",علی رضایی,", ',"علی رضایی",'),
 "1542 link neither https nor arXiv": sub(1542, "https://arxiv.org/abs/1406.2661", "http://arxiv.org/abs/1406.2661"),
 "1542 row with a field missing": sub(1542, ",رضا نوری,reza.nouri@ut-genlab.ir,", ",reza.nouri@ut-genlab.ir,"),
 # 1543 Whaller export
 "1543 participant count wrong": sub(1543, "Participants (5)", "Participants (6)"),
 "1543 message count wrong": sub(1543, "Messages" + NN + ": 13", "Messages" + NN + ": 14"),
 "1543 reply to a later author": sub(1543, "↪ En réponse à Camille Perrin\nJe prends", "↪ En réponse à Léa Rousseau\nJe prends"),
 "1543 message out of order": sub(1543, "[14/05/2024 09:15]", "[12/05/2024 09:15]"),
 "1543 exported before the last message": sub(1543, "Exporté le 17/05/2024 à 08:55", "Exporté le 15/05/2024 à 08:55"),
 "1543 exporter not a participant": sub(1543, "08:55 par Camille Perrin", "08:55 par Marc Dubois"),
 "1543 head colon without the narrow space": sub(1543, "Messages" + NN + ":", "Messages :"),
 "1543 reactions line malformed": sub(1543, "Réactions" + NN + ": 👍 3", "Réactions" + NN + ": 👍"),
 "1543 edit mark after reactions": sub(1543, "(modifié)\n", "Réactions" + NN + ": 👍 1\n(modifié)\n"),
 "1543 author not a participant": sub(1543, "[15/05/2024 10:10] Julien Marchand", "[15/05/2024 10:10] Julien Marchant"),
 "1543 invalid date": sub(1543, "[13/05/2024 11:47]", "[32/05/2024 11:47]"),
 # 1544 ThaiAdmin SMF
 "1544 group does not fit the count": sub(1544, "Sr. Member\n****\n", "Hero Member\n*****\n"),
 "1544 stars wrong": sub(1544, "Newbie\n*\n", "Newbie\n**\n"),
 "1544 reply number wrong": sub(1544, "« ตอบกลับ #2 เมื่อ", "« ตอบกลับ #3 เมื่อ"),
 "1544 post out of order": sub(1544, "15 พฤษภาคม 2024, 09:12:30 »", "13 พฤษภาคม 2024, 09:12:30 »"),
 "1544 Thai month malformed": sub(1544, "16 พฤษภาคม 2024, 08:05:27", "16 พฤษภา 2024, 08:05:27"),
 "1544 quote of no earlier post": sub(1544, "อ้างถึง: nattapong.k ที่ 14 พฤษภาคม 2024, 11:05:41", "อ้างถึง: nattapong.k ที่ 14 พฤษภาคม 2024, 11:05:42"),
 "1544 edited by someone else": sub(1544, "โดย pongsak_dev »", "โดย ploy_nlp »"),
 "1544 reply without Re:": sub(1544, "\nRe: ขอคำแนะนำ", "\nขอคำแนะนำ"),
 "1544 two post counts for one member": sub(1544, "Newbie\n*\nออฟไลน์\n\nกระทู้: 23\n\n\nRe:", "Newbie\n*\nออฟไลน์\n\nกระทู้: 24\n\n\nRe:"),
 "1544 SMF footer missing": sub(1544, "Powered by SMF 2.0.19 | SMF © 2021, Simple Machines\n", ""),
 "1544 post after the board clock": sub(1544, "16 พฤษภาคม 2024, 21:41:07", "15 พฤษภาคม 2024, 21:41:07"),
 "1544 link tree of another subject": sub(1544, "AI / Machine Learning » ขอคำแนะนำ", "AI / Machine Learning » ขอแนะนำ"),
 # 1545 Emailchef web version
 "1545 unclosed tag": sub(1545, "</ul>\n</div>", "</ul>\n"),
 "1545 http link": sub(1545, "https://emailchef.com/?utm", "http://emailchef.com/?utm"),
 "1545 bare ampersand": sub(1545, "&amp;s=", "&s="),
 "1545 number differs title / masthead": sub(1545, "AIScienza – n. 7, maggio", "AIScienza – n. 8, maggio"),
 "1545 seminar weekday wrong": sub(1545, "giovedì 23 maggio", "venerdì 23 maggio"),
 "1545 seminar before the issue": sub(1545, "giovedì 23 maggio 2024", "giovedì 9 maggio 2024"),
 "1545 two buttons in a card": sub(1545, '<p><a class="btn" href="https://arxiv.org/abs/2010.00554" target="_blank">Leggi l’articolo</a></p>',
                                   '<p><a class="btn" href="https://arxiv.org/abs/2010.00554" target="_blank">Leggi l’articolo</a></p>\n<p><a class="btn" href="https://arxiv.org/abs/2010.00554v2" target="_blank">PDF</a></p>'),
 "1545 author line not LTR": sub(1545, 'class="autori" dir="ltr"', 'class="autori"'),
 "1545 preheader missing": sub(1545, r'<div style="display:none;[^"]*">[^<]+</div>\n', "", regex=True),
 "1545 unsubscribe of another subscriber": sub(1545, "unsubscribe/?c=48213&amp;s=9f2a61c7e0", "unsubscribe/?c=48213&amp;s=0000000000"),
 "1545 badge missing": sub(1545, 'alt="Inviata con Emailchef"', 'alt="Emailchef"'),
 "1545 lang not it": sub(1545, '<html lang="it">', '<html lang="en">'),
 # 1546 मायबोली (negative)
 "1546 catalogue title in the negative": sub(1546, "वाचनखूण साठवली आहे.", "वाचनखूण साठवली आहे. Attention Is All You Need पण वाचा."),
 "1546 arXiv id in the negative": sub(1546, "https://arxiv.org/list/cs.LG/recent", "https://arxiv.org/abs/2405.01234"),
 "1546 comment count wrong": sub(1546, "प्रतिसाद (8)", "प्रतिसाद (9)"),
 "1546 comment before the post": sub(1546, "13 May, 2024 - 07:12", "11 May, 2024 - 07:12"),
 "1546 @ of no earlier commenter": sub(1546, "@वेदांगी", "@अमित"),
 "1546 ISBN check digit wrong": sub(1546, "978-93-5517-284-6", "978-93-5517-284-5"),
 "1546 comment name differs": sub(1546, "अनु\nSubmitted by अनु on", "अनु\nSubmitted by अनुजा on"),
 "1546 Submitted by date malformed": sub(1546, "on 12 May, 2024 - 21:45", "on 12 Mai, 2024 - 21:45"),
 "1546 footer missing": sub(1546, "© 1996-2024 मायबोली.कॉम\n", ""),
 # labels
 "title-only paper gets a link in 1538": sub(1538, "- **Solving Quantitative Reasoning Problems with Language Models** —", "- [Solving Quantitative Reasoning Problems with Language Models](https://arxiv.org/abs/2206.14858) —"),
 "title-only paper gets an id in 1541": sub(1541, "note = {SimSiam:", "note = {arXiv:2011.10566. SimSiam:"),
 "title-only id in the 1539 post": both("（Fan ら 2020、", "（arXiv:2002.09402、Fan ら 2020、"),
 "arxiv-text id lost in 1539": both(" (arXiv:2007.14062)", ""),
 "unlabelled catalogue id in 1540": sub(1540, "https://docs.ultralytics.com", "https://arxiv.org/abs/2001.04451"),
 "other file's title in 1542": sub(1542, "برای جلسه اول، مقدمه تاریخی", "برای جلسه اول، مقدمه تاریخی؛ بعد Attention Is All You Need"),
 "labelled title lost in 1544": sub(1544, "ดู Autoregressive Entity Retrieval (arXiv", "ดู GENRE (arXiv"),
 "unlabelled OpenReview id in 1543": sub(1543, "https://www.idris.fr/jean-zay/gpu/jean-zay-gpu-python-env.html", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1537": sub(1537, "השוואה ל-T5 – רשות", "השוואה ל-T5 – רשות; Efficient Transformers: A Survey"),
 "link lost in 1545": sub(1545, 'href="https://arxiv.org/abs/2010.00554"', 'href="https://www.deepmind.com/publications"'),
 "OpenReview link cut in 1541": sub(1541, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8"),
 "arxiv-text gets a link in 1542": sub(1542, "arXiv:2105.05233", "https://arxiv.org/abs/2105.05233"),
 "unknown valid-shaped id in 1543": sub(1543, "Je peux le présenter le 23.", "Je peux le présenter le 23 (2405.01234)."),
 "OpenReview record also has an arXiv link in 1538": sub(1538, "(https://openreview.net/forum?id=VTF8yNQM66) — ICLR 2024；", "(https://openreview.net/forum?id=VTF8yNQM66) — ICLR 2024，arXiv 版 https://arxiv.org/abs/2310.06770；"),
 "label in the negative": exp_edit(lambda e: e[D[1546]].append(dict(e[D[1545]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1540]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1537]][1].update(title="Attention Is All You Need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1544]][1].update(true_arxiv_id="1904.09752", arxiv_id="1904.09752")),
 "paper in two files": exp_edit(lambda e: e[D[1538]].append(dict(e[D[1537]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1539]].append({"arxiv_id": None, "openreview_id": None, "title": "Reformer: The Efficient Transformer", "evidence": "title-only", "true_arxiv_id": "2001.04451"})),
 "too few papers": exp_edit(lambda e: [e[D[1543]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1541]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1542])),
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
