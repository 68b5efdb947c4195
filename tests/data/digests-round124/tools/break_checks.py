#!/usr/bin/env python3
"""Breaks a scratch copy of round124 (/tmp/round124-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round122's harness with round124's cases; 1259's body cases decode the quoted-printable part, edit it
and re-encode it as K-9 would, so that only the intended check can fail.)"""
import email.quoprimime, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round124-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1257, 1267)}


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


def qp(old, new):
    """edit 1259's decoded body and re-encode it as quoted-printable (76 columns, CRLF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1259])
        s = open(p, "rb").read().decode("ascii")
        head, _, body = s.partition("\r\n\r\n")
        dec = quopri.decodestring(body.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        enc = email.quoprimime.body_encode(dec.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
        open(p, "wb").write((head + "\r\n\r\n" + enc + ("" if enc.endswith("\r\n") else "\r\n")).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 # 1257 Kurs-PM
 "1257 section order": sub(1257, "<h2>Ytterligare information</h2>", "<h2>Övrigt</h2>"),
 "1257 title vs h1 code": sub(1257, "<title>Kurs-PM DD2469", "<title>Kurs-PM DD2470"),
 "1257 weekday wrong": sub(1257, "<td>tor 2024-01-18</td>", "<td>fre 2024-01-18</td>"),
 "1257 dates not ascending": sub(1257, "<td>tis 2024-02-13</td>", "<td>tis 2024-01-09</td>"),
 "1257 start date vs first row": sub(1257, "Startdatum 2024-01-16", "Startdatum 2024-01-15"),
 "1257 hp do not sum": sub(1257, "LAB1 – Laborationer, 4,5 hp", "LAB1 – Laborationer, 4,0 hp"),
 "1257 memo changed after start": sub(1257, "Senast ändrad 2024-01-09", "Senast ändrad 2024-02-09"),
 "1257 row with four cells": sub(1257, "<td>13-17</td>", ""),
 "1257 unbalanced": sub(1257, "</section>\n<section id=\"forberedelser\">", "\n<section id=\"forberedelser\">"),
 "1257 course link without code": sub(1257, "/kursutveckling/DD2469", "/kursutveckling/"),
 "1257 lang": sub(1257, '<html lang="sv">', '<html lang="en">'),
 # 1258 awesome_bot list
 "1258 no awesome badge": sub(1258, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n", "\n"),
 "1258 badge repo mismatch": sub(1258, "hanbit-nlp/awesome-efficient-llm-ko/actions/workflows/awesome_bot.yml/badge.svg", "hanbit-nlp/awesome-llm-ko/actions/workflows/awesome_bot.yml/badge.svg"),
 "1258 contributing workflow path": sub(1258, "(.github/workflows/awesome_bot.yml)", "(.github/workflows/links.yml)"),
 "1258 toc bullet missing": sub(1258, "  - [긴 문맥](#긴-문맥)\n", ""),
 "1258 toc anchor wrong": sub(1258, "(#추론서빙)", "(#추론·서빙)"),
 "1258 toc indent": sub(1258, "  - [프롬프트 튜닝]", "- [프롬프트 튜닝]"),
 "1258 table row three cells": sub(1258, "| ICLR 2024 | [arXiv](https://arxiv.org/abs/2307.08691) | FlashAttention-2 |", "| ICLR 2024 | [arXiv](https://arxiv.org/abs/2307.08691) |"),
 "1258 table header": sub(1258, "| 논문 | 학회·연도 | 링크 | 메모 |\n| --- | --- | --- | --- |\n| GPT", "| 논문 | 링크 | 학회 | 메모 |\n| --- | --- | --- | --- |\n| GPT"),
 "1258 link cell bare url": sub(1258, "| [PDF](https://arxiv.org/pdf/2309.06180.pdf) |", "| https://arxiv.org/pdf/2309.06180.pdf |"),
 "1258 relative link": sub(1258, "(https://github.com/huggingface/peft)", "(../peft)"),
 "1258 tool item form": sub(1258, "- [bitsandbytes](https://github.com/TimDettmers/bitsandbytes) - ", "- [bitsandbytes](https://github.com/TimDettmers/bitsandbytes): "),
 "1258 no awesome_bot command": sub(1258, "awesome_bot README.md --allow-dupe", "markdown-link-check README.md --allow-dupe"),
 # 1259 K-9 forward
 "1259 bare LF": sub(1259, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1259 header order": sub(1259, r"(To: cv-padhai@lists\.iitx\.example\.in\r\n)(From: [^\r]+\r\n)", r"\2\1", regex=True),
 "1259 user agent": sub(1259, "User-Agent: K-9 Mail for Android", "User-Agent: Thunderbird"),
 "1259 base64 transfer encoding": sub(1259, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64"),
 "1259 message id domain": sub(1259, "2C1B7A8D4F11@mail.iitx.example.in", "2C1B7A8D4F11@k9mail.example"),
 "1259 lower-case uuid": sub(1259, "<5F3A9C2E-7B41", "<5f3a9c2e-7b41"),
 "1259 plain From": sub(1259, r"From: =\?UTF-8\?B\?[^?]+\?=", "From: Ananya Verma", regex=True),
 "1259 qp line too long": sub(1259, r"=\r\n(=E0=A4=95=E0=A5=8B,)", r"\1", regex=True),
 "1259 qp not re-encoded": sub(1259, "=E0=A4=A8=E0=A4=AE", "=e0=a4=a8=e0=a4=ae"),
 "1259 subject vs forwarded": qp("Subject: cs daily Subj-class mailing 2403 6", "Subject: cs daily Subj-class mailing 2403 5"),
 "1259 signature lost": qp("\n-- \n", "\n\n"),
 "1259 forwarded after outer": qp("Sent: March 6, 2024 7:01:07 AM GMT+05:30", "Sent: March 6, 2024 9:01:07 AM GMT+05:30"),
 "1259 forwarded before window end": qp("Sent: March 6, 2024 7:01:07 AM GMT+05:30", "Sent: March 5, 2024 11:01:07 PM GMT+05:30"),
 "1259 window weekday": qp("from  Mon  4 Mar 24", "from  Sun  4 Mar 24"),
 "1259 replaced outside window": qp("Tue, 5 Mar 2024 16:40:33 GMT", "Tue, 5 Mar 2024 19:40:33 GMT"),
 "1259 closing size": qp("2303.11328 ,  9815kb)", "2303.11328 ,  9816kb)"),
 "1259 authors not wrapped": qp("Authors: Junnan Li, Dongxu Li", "Authors: Junnan Li,\n  Dongxu Li"),
 "1259 head lines": qp("Send any comments regarding submissions directly to submitter.", "Send comments to the submitter."),
 # 1260 NP 405
 "1260 order": sub(1260, r"(CHEN, Ting .*?2002\.05709>\.\n)(CHEN, Xinlei .*?2011\.10566\.\n)", r"\2\1", regex=True),
 "1260 page number": sub(1260, "\n87\n", "\n86\n"),
 "1260 running head missing": sub(1260, "\n87\nRepresentações visuais robustas com aprendizagem auto-supervisionada\n", "\n87\n"),
 "1260 et al after two names": sub(1260, "CARON, Mathilde [et al.]", "CARON, Mathilde ; TOUVRON, Hugo [et al.]"),
 "1260 first-name-first": sub(1260, "GULRAJANI, Ishaan ; LOPEZ-PAZ, David", "Ishaan Gulrajani ; David Lopez-Paz"),
 "1260 em linha without URL": sub(1260, "Disponível em\nWWW:<URL:https://github.com/pytorch/vision>.", "\nhttps://github.com/pytorch/vision."),
 "1260 consult date": sub(1260, "[Consult. 9 jan. 2024]", "[Consult. 31 fev. 2024]"),
 "1260 URL broken": sub(1260, "WWW:<URL:https://arxiv.org/abs/2104.14294>.", "WWW:<URL:https://arxiv.org/abs/\n2104.14294>."),
 "1260 long line": sub(1260, "ISBN 978-0-262-04682-4.", "ISBN 978-0-262-04682-4. Exemplar da biblioteca do departamento de engenharia informática, cota 006.31 MUR."),
 "1260 heading": sub(1260, "Referências bibliográficas\n", "Bibliografia\n"),
 # 1261 cb2bib
 "1261 trailing comma on last": sub(1261, "file = {/home/mkaralis/Έγγραφα/Διδακτορικό/bib/Devlin2019.pdf}\n}", "file = {/home/mkaralis/Έγγραφα/Διδακτορικό/bib/Devlin2019.pdf},\n}"),
 "1261 field order": sub(1261, "pages = {4171--4186},\nyear = {2019},", "year = {2019},\npages = {4171--4186},"),
 "1261 title single braces": sub(1261, "title = {{XLNet:", "title = {XLNet:"),
 "1261 key vs year": sub(1261, "@inproceedings{Yang2019,", "@inproceedings{Yang2020,"),
 "1261 key vs author": sub(1261, "@inproceedings{Howard2018,", "@inproceedings{Ruder2018,"),
 "1261 duplicate key": sub(1261, "@inproceedings{He2021,", "@inproceedings{Clark2020,"),
 "1261 file path": sub(1261, "bib/Conneau2020.pdf", "bib/xlmr.pdf"),
 "1261 eprint without prefix": sub(1261, "archiveprefix = {arXiv},\n", ""),
 "1261 unbalanced brace": sub(1261, "note = {Σημείο αναφοράς για τα πειράματα}", "note = {Σημείο {αναφοράς για τα πειράματα}"),
 "1261 indented fields": sub(1261, "\nauthor = {Pennington", "\n  author = {Pennington"),
 "1261 unknown type": sub(1261, "@techreport{", "@report{"),
 # 1262 Paymo CSV
 "1262 no BOM": sub(1262, "\ufeffTask ID", "Task ID"),
 "1262 LF record": sub(1262, ",2024-02-20\r\n18734029", ",2024-02-20\n18734029"),
 "1262 over-quoted": sub(1262, ",Ana Popescu,2024-02-26,", ',"Ana Popescu",2024-02-26,'),
 "1262 ids not ascending": sub(1262, "18734042,", "18734022,"),
 "1262 due before start": sub(1262, "2024-03-18,2024-03-25,Low", "2024-03-18,2024-03-15,Low"),
 "1262 complete without date": sub(1262, "High,Complete,Yes,2024-02-28", "High,Complete,Yes,"),
 "1262 bad time": sub(1262, ",8:00,5:20,", ",8:00,5:75,"),
 "1262 stranger": sub(1262, "Radu Stan,2024-03-25", "Victor Enache,2024-03-25"),
 "1262 unknown status": sub(1262, "Normal,Backlog,No", "Normal,Parked,No"),
 "1262 description not html": sub(1262, '"<p>Luni, 16:00–18:00, până la 1 aprilie.</p>"', '"Luni, 16:00–18:00, până la 1 aprilie."'),
 "1262 unbalanced description": sub(1262, "<br>Slide-uri în Drive.</p>", "<br>Slide-uri în Drive."),
 # 1263 Brosix
 "1263 LF only": sub(1263, "\r\n", "\n", count=0),
 "1263 message count": sub(1263, "Messages: 15", "Messages: 16"),
 "1263 time going back": sub(1263, "[05/03/2024 13:02:33]", "[05/03/2024 08:02:33]"),
 "1263 not in room": sub(1263, "[04/03/2024 11:40:12] *** سلمى عادل joined the chat room\r\n", ""),
 "1263 after leaving": sub(1263, "[06/03/2024 08:30:19] ياسمين فتحي:", "[06/03/2024 08:30:19] كريم منصور:"),
 "1263 export before last": sub(1263, "Export date: 12/03/2024 21:40:07", "Export date: 05/03/2024 21:40:07"),
 "1263 bad system line": sub(1263, "sent a file: efficient_transformers_plan.pdf (412 KB)", "shared efficient_transformers_plan.pdf"),
 "1263 malformed stamp": sub(1263, "[05/03/2024 09:20:15] ", "[5/3/2024 09:20] "),
 # 1264 教えて!goo
 "1264 answer count": sub(1264, "回答数：4 件", "回答数：5 件"),
 "1264 best not first": sub(1264, "ベストアンサー\nNo.3", "No.3"),
 "1264 numbers": sub(1264, "\nNo.4\n", "\nNo.5\n"),
 "1264 answer before question": sub(1264, "回答日時：2024/03/02 23:31", "回答日時：2024/03/02 21:31"),
 "1264 thanks before answer": sub(1264, "お礼日時：2024/03/05 08:10", "お礼日時：2024/03/04 08:10"),
 "1264 thanks without date": sub(1264, "\nお礼日時：2024/03/03 12:20", "\n"),
 "1264 no report link": sub(1264, "この回答が参考になった 1 件", "参考になった"),
 "1264 closed notice": sub(1264, "この質問への回答は締め切られました。\n", ""),
 # 1265 emlog
 "1265 weekday": sub(1265, "21:30 Saturday", "21:30 Sunday"),
 "1265 zero-padded date": sub(1265, "发布于：2024-1-6", "发布于：2024-01-06"),
 "1265 title vs h2": sub(1265, "<title>2023 年读过的几篇", "<title>2023 年的几篇"),
 "1265 generator": sub(1265, '<meta name="generator" content="emlog" />\n', ""),
 "1265 tag link": sub(1265, "/tag/%E8%AE%BA%E6%96%87", "/tag/lunwen"),
 "1265 comment before post": sub(1265, "2024-01-07 09:12", "2024-01-05 09:12"),
 "1265 reply before parent": sub(1265, "2024-01-09 21:14", "2024-01-09 08:14"),
 "1265 reply id mismatch": sub(1265, "commentReply(1193,this)", "commentReply(1192,this)"),
 "1265 children class at top": sub(1265, '<div class="comment" id="comment-1187">', '<div class="comment comment-children" id="comment-1187">'),
 "1265 duplicate comment id": sub(1265, 'id="comment-1201"', 'id="comment-1193"'),
 "1265 ICP footer": sub(1265, "京ICP备2021038417号-1", "备案中"),
 # 1266 Smoove
 "1266 link numbers": sub(1266, "/771904/3/a8Kq2ZtR0w", "/771904/30/a8Kq2ZtR0w"),
 "1266 second campaign": sub(1266, "/771904/5/a8Kq2ZtR0w", "/771905/5/a8Kq2ZtR0w"),
 "1266 direct link": sub(1266, r'href="https://r\.smv\.example\.io/c/771904/4/a8Kq2ZtR0w\?u=', 'href="', regex=True),
 "1266 issue in title": sub(1266, "גיליון #31</title>", "גיליון #32</title>"),
 "1266 previous issue": sub(1266, "issues/30", "issues/29"),
 "1266 weekday": sub(1266, "יום שלישי, 12 במרץ 2024", "יום רביעי, 12 במרץ 2024"),
 "1266 unsubscribe token": sub(1266, "unsubscribe?t=a8Kq2ZtR0w", "unsubscribe?t=zzzzzzzzzz"),
 "1266 footer": sub(1266, ">Powered by Smoove</a>", ">Smoove</a>"),
 "1266 ltr": sub(1266, 'dir="rtl" lang="he">\n<head>', 'lang="he">\n<head>'),
 "1266 catalogue title in the negative": sub(1266, "רק כלים שאפשר", "Attention Is All You Need – רק כלים שאפשר"),
 "1266 arXiv id in the negative": sub(1266, "(מספר קורס 0368-4162)", "(arXiv:2403.04162)"),
 # labels and ids across files
 "title-only paper gets a link in 1264": sub(1264, "も面白いです（少し古いですが）。", "も面白いです https://arxiv.org/abs/2101.01761"),
 "unlabelled catalogue id in 1262": sub(1262, "Mediul conda:", "Vezi 2106.09685. Mediul conda:"),
 "other file's title in 1263": sub(1263, "👍", "👍 A ConvNet for the 2020s"),
 "labelled title lost in 1261": sub(1261, "title = {{Improving Language Understanding by Generative Pre-Training}}", "title = {{GPT-1}}"),
 "unlabelled OpenReview id in 1258": sub(1258, "https://huggingface.co/docs/peft/index", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1265": sub(1265, "适合教学。</p>", "适合教学。另见 Dataset Distillation。</p>"),
 "arxiv-text id lost in 1260": sub(1260, " Também disponível como arXiv:2011.10566.", ""),
 "link lost in 1257": sub(1257, "https://arxiv.org/abs/1706.03762", "https://papers.example.org/attention"),
 "OpenReview link cut in 1263": sub(1263, "forum?id=OCm0rwa1lx1", "forum?id=OCm0"),
 "arxiv-text gets a link in 1262": sub(1262, "Gato – arXiv:2205.06175.", "Gato – https://arxiv.org/abs/2205.06175."),
 "title-only id inside the QP of 1259": qp("संस्करण पढ़िए", "संस्करण 2204.06125 पढ़िए"),
 "percent-encoded id in 1265": sub(1265, "/tag/%E8%AE%BA%E6%96%87", "/tag/%32%30%31%30%2E%30%30%39%30%34"),
 "valid-shaped unlabelled id in 1264": sub(1264, "RTX 4090が1枚です。", "RTX 4090が1枚です。2312.08561"),
 "expected: wrong evidence": exp_edit(lambda e: first(1257)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1260)(e)[5].update(arxiv_id="2103.14586")),
 "expected: wrong title": exp_edit(lambda e: first(1262)(e)[1].update(title="InstructGPT")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1263)(e)[0].update(openreview_id="St1giarCHLP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1261)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1266]].append(dict(first(1257)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1258)(e).append(dict(first(1259)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1264)(e).pop() for _ in range(2)]),
 "expected: title-only share too low": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1265)(e)[5:8]]),
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
