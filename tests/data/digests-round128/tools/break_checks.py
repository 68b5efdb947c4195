#!/usr/bin/env python3
"""Breaks a scratch copy of round128 (/tmp/round128-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round126's harness with round128's cases; 1299's body cases decode the quoted-printable parts, edit them
and re-encode them as the writer does, so that only the intended check can fail.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round128-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1297, 1307)}


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


def qp(old, new, part=0):
    """edit 1299's decoded part (0 plain, 1 html) and re-encode it as quoted-printable, CRLF"""
    def fn(root):
        p = os.path.join(root, "digests", D[1299])
        s = open(p, "rb").read().decode("ascii")
        m = list(re.finditer(r"Content-Transfer-Encoding: quoted-printable\r\n\r\n(.*?)(?=------=_Part)", s, re.S))[part]
        dec = quopri.decodestring(m.group(1).replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        enc = quopri.encodestring(dec.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        s = s[:m.start(1)] + enc + s[m.end(1):]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def rec(n, i, **kw):
    return exp_edit(lambda e: e[D[n]][i].update(kw))


CASES = {
 # 1297 Esse3 page saved by Chrome
 "1297 mark-of-the-web length": sub(1297, "url=(0135)", "url=(0134)"),
 "1297 meta not first in head": sub(1297, '<head><meta http-equiv="Content-Type"', '<head>\n<meta http-equiv="Content-Type"'),
 "1297 resource folder": sub(1297, 'href="./Esse3 _ Università degli Studi di Valdarno_files/guide.css"', 'href="./Esse3_files/guide.css"'),
 "1297 CFU vs ore": sub(1297, "<dt>CFU</dt><dd>6</dd>", "<dt>CFU</dt><dd>9</dd>"),
 "1297 teachers' hours": sub(1297, "<td>Co-docente</td><td>12</td>", "<td>Co-docente</td><td>14</td>"),
 "1297 period weekday": sub(1297, "(26/02/2024 - 07/06/2024)", "(27/02/2024 - 07/06/2024)"),
 "1297 section renamed": sub(1297, "<h3>Prerequisiti</h3>", "<h3>Requisiti</h3>"),
 "1297 lesson numbering": sub(1297, "8. Reti con memoria", "9. Reti con memoria"),
 "1297 lesson hours": sub(1297, "simulazione della prova scritta. (4 ore)", "simulazione della prova scritta. (6 ore)"),
 "1297 anno offerta": sub(1297, "<dd>2023/2024</dd>", "<dd>2024/2025</dd>"),
 "1297 unbalanced": sub(1297, "</dl>", ""),
 # 1298 AutoCorrect awesome list
 "1298 Han next to Latin": sub(1298, "以 FAVOR+", "以FAVOR+"),
 "1298 Han next to digit": sub(1298, "第 7 次", "第7次"),
 "1298 half-width comma": sub(1298, "softmax 核，注意力", "softmax 核,注意力"),
 "1298 space beside full-width": sub(1298, "ICLR 2021。以 FAVOR+", "ICLR 2021 。以 FAVOR+"),
 "1298 straight quotes": sub(1298, "讀書會對它的實驗設定", '讀書會對它的"實驗設定"'),
 "1298 toc anchor": sub(1298, "(#程式庫)", "(#程式)"),
 "1298 star bullet": sub(1298, "- [facebookresearch/xformers]", "* [facebookresearch/xformers]"),
 "1298 heading without blank": sub(1298, "## 程式庫\n\n", "## 程式庫\n"),
 "1298 trailing space": sub(1298, "在法律允許的範圍內", "在法律允許的範圍內 ", regex=False),
 "1298 no awesome badge": sub(1298, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n", "\n"),
 "1298 no autocorrect command": sub(1298, "`autocorrect --fix README.md`", "`markdownlint README.md`"),
 # 1299 ABV.bg forward
 "1299 header order": sub(1299, r"(Message-ID: [^\r]+\r\n)(Subject: [^\r]+\r\n)", r"\2\1", regex=True),
 "1299 bare LF": sub(1299, "X-Priority: 3\r\n", "X-Priority: 3\n"),
 "1299 message id millis": sub(1299, ".1709706097412@nm31", ".1709706107412@nm31"),
 "1299 date zone comment": sub(1299, " +0200 (EET)\r\nFrom:", " +0200\r\nFrom:"),
 "1299 from B-word": sub(1299, r"From: =\?UTF-8\?Q\?[^?]+\?=", "From: =?UTF-8?B?0J/QtdGC0Y8=?=", regex=True),
 "1299 boundary millis": sub(1299, "742153819.1709706097411", "742153819.1709706090411", count=0),
 "1299 qp line too long": sub(1299, r"(quoted-printable\r\n\r\n[^\r]*)=\r\n", r"\1", regex=True),
 "1299 subject vs forwarded": sub(1299, "Subject: Fwd: cs daily Subj-class mailing 2403 6", "Subject: Fwd: cs daily Subj-class mailing 2403 7"),
 "1299 signature lost": qp("\n-- \n", "\n"),
 "1299 forwarded before window end": qp("Изпратено на: 06.03.2024 03:04", "Изпратено на: 05.03.2024 20:04"),
 "1299 forwarded after forward": qp("Изпратено на: 06.03.2024 03:04", "Изпратено на: 06.03.2024 09:04"),
 "1299 window weekday": qp("from  Mon  4 Mar 24", "from  Tue  4 Mar 24"),
 "1299 closing size": qp("2403.03206 ,  38412kb)", "2403.03206 ,  38413kb)"),
 "1299 replaced outside window": qp("Tue, 5 Mar 2024 11:02:49 GMT", "Tue, 5 Mar 2024 21:02:49 GMT"),
 "1299 title not wrapped": qp("Title: Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", "Title: Scaling Rectified Flow Transformers\n  for High-Resolution Image Synthesis"),
 "1299 html pre differs": qp("Categories: cs.CV\n", "Categories: cs.LG\n", part=1),
 "1299 html forward header": qp("<div>До: petya", "<div>До:  petya", part=1),
 # 1300 spbasic references
 "1300 page number": sub(1300, "\n87\n", "\n88\n"),
 "1300 line too long": sub(1300, "Tech. rep., OpenAI", "Tech. rep., OpenAI, San Francisco, CA, available from the company's research page on request only"),
 "1300 et al after two": sub(1300, "Clark K, Luong MT, Le QV, et al", "Clark K, Luong MT, et al"),
 "1300 four names": sub(1300, "Wang ZJ, Turko R, Chau DH (2021)", "Wang ZJ, Turko R, Chau DH, Polo D (2021)"),
 "1300 dotted initials": sub(1300, "Goldberg Y (2017)", "Goldberg Y. (2017)"),
 "1300 full stop at end": sub(1300, "Tech. rep., OpenAI\n", "Tech. rep., OpenAI.\n"),
 "1300 hyphen range": sub(1300, "pp 1532–1543", "pp 1532-1543"),
 "1300 not sorted": sub(1300, "Goldberg Y (2017)", "Zeldberg Y (2017)"),
 "1300 sections": sub(1300, "Tiếng Việt\n", "Tiếng Việt Nam\n"),
 "1300 title case": sub(1300, "The curious case of neural text degeneration", "The Curious Case of Neural Text Degeneration"),
 "1300 url without URL": sub(1300, "URL\nhttps://arxiv.org/abs/2003.10555", "\nhttps://arxiv.org/abs/2003.10555"),
 "1300 heading": sub(1300, "TÀI LIỆU THAM KHẢO\n", "TÀI LIỆU\n"),
 # 1301 ASReview RIS
 "1301 counter": sub(1301, "\n3.\nTY", "\n4.\nTY"),
 "1301 ER without space": sub(1301, "ER  - \n", "ER  -\n"),
 "1301 unknown tag": sub(1301, "SP  - 9630", "ST  - 9630"),
 "1301 two labels": sub(1301, "N1  - ASReview_prior", "N1  - ASReview_irrelevant"),
 "1301 order": sub(1301, "N1  - ASReview_irrelevant\nN1  - خارج النطاق: تعلم", "N1  - ASReview_relevant\nN1  - خارج النطاق: تعلم"),
 "1301 AU form": sub(1301, "AU  - He, Kaiming", "AU  - Kaiming He"),
 "1301 TY not first": sub(1301, "1.\nTY  - CONF\nAU  - Caron, Mathilde\n", "1.\nAU  - Caron, Mathilde\nTY  - CONF\n"),
 "1301 SP after EP": sub(1301, "SP  - 9729", "SP  - 9939"),
 "1301 prior not seen": sub(1301, "N1  - ASReview_not_seen\nER  - ", "N1  - ASReview_not_seen\nN1  - ASReview_prior\nER  - "),
 "1301 no blank line": sub(1301, "ER  - \n\n2.", "ER  - \n2."),
 "1301 CR": sub(1301, "TY  - JOUR\n", "TY  - JOUR\r\n"),
 # 1302 Timeular CSV
 "1302 duration": sub(1302, ",11:15:00,+04:00,01:45:00,", ",11:15:00,+04:00,01:40:00,"),
 "1302 order": sub(1302, "2024-03-12,12:00:00,+04:00,2024-03-12,16:30:00", "2024-03-10,12:00:00,+04:00,2024-03-10,16:30:00"),
 "1302 mentions": sub(1302, ",\"ლევანი, თამარი\",შეხვედრა", ",ლევანი,შეხვედრა"),
 "1302 tags": sub(1302, ",\"კითხვა, inference\"", ",კითხვა"),
 "1302 activity id": sub(1302, "1284674,ექსპერიმენტები", "1284679,ექსპერიმენტები"),
 "1302 LF record": sub(1302, "\r\n", "\n"),
 "1302 needless quotes": sub(1302, "\r\n2,48217553,", "\r\n\"2\",48217553,"),
 "1302 offset": sub(1302, "+04:00,2024-03-11,11:15:00,+04:00", "+04:00,2024-03-11,11:15:00,+03:00"),
 "1302 header": sub(1302, "TimeEntryID", "EntryID"),
 "1302 BOM": sub(1302, "Version,", "\ufeffVersion,"),
 "1302 duplicate id": sub(1302, "2,48217561,", "2,48217553,"),
 # 1303 LimeChat log
 "1303 time order": sub(1303, "10:24 kanda_away is now known as kanda", "10:14 kanda_away is now known as kanda"),
 "1303 speaks after leaving": sub(1303, "11:47 kanda: お疲れさまでした", "11:47 mizuno: お疲れさまでした"),
 "1303 mode by non-operator": sub(1303, "10:07 kanda has changed mode: +o yagi", "10:07 mizuno has changed mode: +o yagi"),
 "1303 topic by non-operator": sub(1303, "10:07 kanda has changed mode: +o yagi\n", ""),
 "1303 notice not from the bot": sub(1303, "-rindoku-bot-", "-ohtsuka-"),
 "1303 message over 400 bytes": sub(1303, "では Zoom に移動します", "では Zoom に移動します" + "。" * 130),
 "1303 bad time": sub(1303, "09:52 kanda: おはようございます", "9:52 kanda: おはようございます"),
 "1303 nick change of absent": sub(1303, "10:19 kanda is now known as kanda_away", "10:19 kando is now known as kanda_away"),
 "1303 unknown line form": sub(1303, "11:52 ohtsuka has left IRC (Ping timeout: 252 seconds)", "11:52 ohtsuka quit (Ping timeout: 252 seconds)"),
 # 1304 vBulletin archive page
 "1304 date order": sub(1304, "06-03-2024, 09:12", "04-03-2024, 09:12"),
 "1304 bad date": sub(1304, "06-03-2024, 10:30", "06/03/2024, 10:30"),
 "1304 quote of a later poster": sub(1304, "Αρχική Δημοσίευση από <strong>sakis_ml</strong>", "Αρχική Δημοσίευση από <strong>thanos_gr</strong>"),
 "1304 quote link": sub(1304, "showthread.php?p=8012352#post8012352", "showthread.php?p=8012352#post8012345"),
 "1304 quoted text": sub(1304, '<div class="message">QLoRA χωρίς δεύτερη σκέψη.</div>', '<div class="message">QLoRA και τίποτε άλλο.</div>'),
 "1304 link text": sub(1304, ">https://huggingface.co/datasets/Coh...t/train?q=greek<", ">https://huggingface.co/datasets/CohereForAI/aya_dataset/viewer/default/train?q=greek<"),
 "1304 title suffix": sub(1304, " [Αρχείο] - ADSLgr.com Forum</title>", " - ADSLgr.com Forum</title>"),
 "1304 navbar last item": sub(1304, "&gt; Fine-tuning LLM με LoRA/QLoRA σε μία RTX 3090 – εμπειρίες;</div>", "&gt; Fine-tuning LLM με LoRA/QLoRA</div>"),
 "1304 full-version link": sub(1304, 'showthread.php?t=1127394" rel="nofollow">', 'showthread.php?t=1127395" rel="nofollow">'),
 "1304 post form": sub(1304, '<div class="posttop"><div class="username">thanos_gr</div>', '<div class="posttop"><span class="username">thanos_gr</span>'),
 "1304 unbalanced": sub(1304, "</div></div><hr />\n", "</div><hr />\n"),
 "1304 copyright": sub(1304, "vBulletin&reg; v4.2.5, Copyright &copy;2000-2024, vBulletin Solutions Inc.", "Powered by vBulletin"),
 "1304 lang": sub(1304, 'lang="el"', 'lang="en"'),
 # 1305 Techtunes
 "1305 title": sub(1305, " | টেকটিউনস</title>", " - টেকটিউনস</title>"),
 "1305 canonical": sub(1305, '<meta property="og:url" content="https://www.techtunes.example.io/programming/tune-id/1042387">', '<meta property="og:url" content="https://www.techtunes.example.io/programming/tune-id/1042388">'),
 "1305 weekday": sub(1305, "শুক্রবার, ০৮ মার্চ ২০২৪, সকাল ১০:০২", "বৃহস্পতিবার, ০৮ মার্চ ২০২৪, সকাল ১০:০২"),
 "1305 part of day": sub(1305, "দুপুর ১২:৪০", "বিকাল ১২:৪০"),
 "1305 count": sub(1305, "(৬ টি)", "(৫ টি)"),
 "1305 reply before parent": sub(1305, '<time datetime="2024-03-09T08:15:00+06:00">শনিবার, ০৯ মার্চ ২০২৪, সকাল ০৮:১৫</time>', '<time datetime="2024-03-08T20:15:00+06:00">শুক্রবার, ০৮ মার্চ ২০২৪, রাত ০৮:১৫</time>'),
 "1305 tunement before tune": sub(1305, '<time datetime="2024-03-08T10:02:00+06:00">শুক্রবার, ০৮ মার্চ ২০২৪, সকাল ১০:০২</time>', '<time datetime="2024-03-06T10:02:00+06:00">বুধবার, ০৬ মার্চ ২০২৪, সকাল ১০:০২</time>'),
 "1305 raw tag link": sub(1305, r'/tag/[^"]*" rel="tag">কম্পিউটার ভিশন<', '/tag/কম্পিউটার-ভিশন" rel="tag">কম্পিউটার ভিশন<', regex=True),
 "1305 ascii digits": sub(1305, "জোসস: ৩৮", "জোসস: 38"),
 "1305 lang": sub(1305, '<html lang="bn">', '<html lang="en">'),
 "1305 unbalanced": sub(1305, '<ol class="children">', '<ol class="children"><ol>'),
 # 1306 Perfit (negative)
 "1306 link numbering": sub(1306, "/4182/3/web?", "/4182/4/web?"),
 "1306 padded base64": sub(1306, r"(/4182/5/web\?u=[A-Za-z0-9_-]+)", r"\1==", regex=True),
 "1306 untracked link": sub(1306, r'<a href="https://clk[^"]+/4182/7/web\?u=[^"]+"', '<a href="https://ollama.com/"', regex=True),
 "1306 weekday": sub(1306, "Viernes 15 de marzo de 2024", "Jueves 15 de marzo de 2024"),
 "1306 issue number": sub(1306, "<title>Boletín N.º 23", "<title>Boletín N.º 24"),
 "1306 badge": sub(1306, 'alt="Enviado con Perfit"', 'alt="Perfit"'),
 "1306 pixel": sub(1306, r'<img src="https://clk\.perfit\.example\.com\.ar/o/[^>]+/>\n', "", regex=True),
 "1306 second campaign": sub(1306, "/4182/5/web?", "/4183/5/web?"),
 "1306 arXiv id": sub(1306, "una hackatón con datos abiertos", "una hackatón (ver arXiv:2403.01234) con datos abiertos"),
 "1306 catalogue title": sub(1306, "una hackatón con datos abiertos", "una hackatón sobre Segment Anything con datos abiertos"),
 "1306 doctype": sub(1306, '<html xmlns="http://www.w3.org/1999/xhtml" lang="es-AR">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="es">'),
 # labels and choice rules
 "label title changed": rec(1297, 0, title="Sequence to Sequence Learning"),
 "label evidence wrong": rec(1297, 3, evidence="link"),
 "label title-only id shown": sub(1303, "Lost in the Middle: How Language Models Use Long Contexts が", "Lost in the Middle: How Language Models Use Long Contexts (arXiv:2307.03172) が"),
 "label removed": exp_edit(lambda e: e[D[1304]].pop(5)),
 "label wrong true id": rec(1300, 0, true_arxiv_id="2003.10556", arxiv_id="2003.10556"),
 "label openreview id wrong": rec(1298, 0, openreview_id="QtTKTdVrFBB"),
 "label in negative": exp_edit(lambda e: e[D[1306]].append(dict(e[D[1297]][0]))),
 "label duplicate across files": exp_edit(lambda e: e[D[1298]].append(dict(e[D[1297]][0]))),
 "unlabelled arxiv id": sub(1305, "ImageNet-1k আর COCO 2017", "ImageNet-1k (arXiv:2310.01234) আর COCO 2017"),
 "unlabelled catalogue id": sub(1302, "Slurm 23.11 განახლება", "Slurm 23.11 განახლება (arXiv:2103.00020)"),
 "distractor title": sub(1301, "أصل دالة الخسارة InfoNCE.", "أصل دالة الخسارة InfoNCE، وقارن مع Contrastive Multiview Coding."),
 "arxiv link for title-only": sub(1304, "(Houlsby κ.ά., ICML 2019)", "(Houlsby κ.ά., ICML 2019, https://arxiv.org/abs/1902.00751)"),
 "openreview link for title-only": sub(1298, "是讀書會第 7 次的主題。", "是讀書會第 7 次的主題。[OpenReview](https://openreview.net/forum?id=H-SPvQtMwm)"),
 "odd position paper": exp_edit(lambda e: e[D[1305]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "title-only share": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in e[D[1299]][:4]]),
 "arxiv-text with link": rec(1297, 0, evidence="arxiv-text"),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")], r.returncode


def fresh():
    if os.path.exists(SCR): shutil.rmtree(SCR)
    os.makedirs(os.path.dirname(SCR), exist_ok=True)
    shutil.copytree(HERE, SCR, ignore=shutil.ignore_patterns("__pycache__"))


fresh()
errs, rc = run(SCR)
if errs or rc: print("the unbroken copy is not clean:", errs); sys.exit(1)
missed, total = [], 0
for name, fn in CASES.items():
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        print("CASE SETUP FAILED", name, ex); missed.append(name); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: missed.append(name)
    if V: print(f"{name}: {len(errs)}", *errs[:3], sep="\n   ")
shutil.rmtree(SCR)
print(f"cases {len(CASES)} errors {total}" + (f" MISSED {missed}" if missed else " — every case caught, the unbroken copy clean"))
sys.exit(1 if missed else 0)
