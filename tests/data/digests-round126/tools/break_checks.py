#!/usr/bin/env python3
"""Breaks a scratch copy of round126 (/tmp/round126-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round124's harness with round126's cases; 1279's body cases decode the base64 parts, edit them and
re-encode them as the writer would, so that only the intended check can fail.)"""
import base64, email, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round126-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1277, 1287)}


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


def b64(old, new, part=0):
    """edit 1279's decoded part (0 plain, 1 html) and re-encode it as base64 in 76 columns, CRLF"""
    def fn(root):
        p = os.path.join(root, "digests", D[1279])
        s = open(p, "rb").read().decode("ascii")
        bodies = [m for m in re.finditer(r"Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--", s)]
        m = bodies[part]
        dec = base64.b64decode(m.group(1)).decode("utf-8")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        enc = base64.encodebytes(dec.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
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
 # 1277 KULASIS
 "1277 section order": sub(1277, " [到達目標]", " [到達目標と評価]"),
 "1277 session gap": sub(1277, "第7回　", "第8回　"),
 "1277 year vs 開講年度": sub(1277, "2024年度", "2023年度"),
 "1277 単位数": sub(1277, "単位数\t2単位", "単位数\t2"),
 "1277 曜時限": sub(1277, "曜時限\t木3", "曜時限\t木曜3限"),
 "1277 関連URL not a URL": sub(1277, "https://pytorch.org/tutorials/ PyTorch", "PyTorch公式サイト PyTorch"),
 "1277 copyright": sub(1277, "Copyright © 2024 KULASIS All Rights Reserved.\n", "\n"),
 "1277 tab in body": sub(1277, "使用しない\n", "使用しない\t\n"),
 "1277 system line": sub(1277, "KULASIS 教務情報システム\n", "シラバス\n"),
 # 1278 Prettier awesome list
 "1278 table not padded": sub(1278, "| Random Feature Attention                         |", "| Random Feature Attention |"),
 "1278 star bullet": sub(1278, "- [facebookresearch/xformers]", "* [facebookresearch/xformers]"),
 "1278 star emphasis": sub(1278, "_另见_", "*另见*"),
 "1278 heading without blank": sub(1278, "## 代码库\n\n", "## 代码库\n"),
 "1278 toc anchor": sub(1278, "(#代码库)", "(#代码)"),
 "1278 toc indent": sub(1278, "  - [循环与记忆]", "- [循环与记忆]"),
 "1278 no awesome badge": sub(1278, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n", "\n"),
 "1278 trailing space": sub(1278, "## 许可\n", "## 许可 \n"),
 "1278 blank run": sub(1278, "## 基准与评测\n", "\n## 基准与评测\n"),
 "1278 no prettier command": sub(1278, "npx prettier --write README.md", "npx markdownlint --fix README.md"),
 "1278 delimiter row": sub(1278, "| ---- | --------------------------------------------- |", "| --- | --------------------------------------------- |"),
 # 1279 Samsung Email
 "1279 header order": sub(1279, r"(Subject: [^\r]+\r\n)(From: [^\r]+\r\n)", r"\2\1", regex=True),
 "1279 bare LF": sub(1279, "Importance: Normal\r\n", "Importance: Normal\n"),
 "1279 message id stamp": sub(1279, ".1709774092418@email.android.com>\r\nSubject", ".1709774092419@email.android.com>\r\nSubject"),
 "1279 message id host": sub(1279, "1709774092418@email.android.com>", "1709774092418@samsung.example>"),
 "1279 boundary": sub(1279, "--_com.samsung.android.email_2386011451532090", "=_Part_77_1709774092", count=0),
 "1279 base64 line length": sub(1279, r"(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/=]{76})\r\n", r"\1", regex=True),
 "1279 plain html order": sub(1279, "Content-Type: text/plain; charset=utf-8", "Content-Type: text/html; charset=utf-8"),
 "1279 subject vs forwarded": sub(1279, "Subject: Fwd: cs daily Subj-class mailing 2403 7", "Subject: Fwd: cs daily Subj-class mailing 2403 6"),
 "1279 plain signature lost": b64("Galaxy 스마트폰에서 보냈습니다.\n", "\n"),
 "1279 forwarded before window end": b64("날짜: 2024. 3. 7. 오전 10:02 (GMT+09:00)", "날짜: 2024. 3. 7. 오전 3:02 (GMT+09:00)"),
 "1279 forwarded after outer": b64("날짜: 2024. 3. 7. 오전 10:02 (GMT+09:00)", "날짜: 2024. 3. 7. 오후 10:02 (GMT+09:00)"),
 "1279 closing size": b64("2303.11328 ,  9817kb)", "2303.11328 ,  9818kb)"),
 "1279 window weekday": b64("from  Tue  5 Mar 24", "from  Mon  5 Mar 24"),
 "1279 new entry outside window": b64("Date: Tue, 5 Mar 2024 22:08:41 GMT", "Date: Tue, 5 Mar 2024 12:08:41 GMT"),
 "1279 authors not wrapped": b64("Authors: Arash Vahdat, Karsten Kreis", "Authors: Arash Vahdat,\n  Karsten Kreis"),
 "1279 html listing differs": b64("arXiv:2301.12597<br>", "arXiv:2301.12598<br>", part=1),
 "1279 html signature id": b64('id="composer_signature"', 'id="signature"', part=1),
 # 1280 pdftotext USSL
 "1280 page number": sub(1280, "۱۲۸", "۱۳۰"),
 "1280 no final form feed": sub(1280, r"\n\f$", "\n", regex=True),
 "1280 order": sub(1280, "\n\fHoward,", "\n\fAaronson, Scott. 2024. Notes. Online.\nHoward,"),
 "1280 no ampersand": sub(1280, "Maxwell Forbes & Yejin", "Maxwell Forbes, Yejin"),
 "1280 et al": sub(1280, "Roshan  Research.", "Roshan et al. Research."),
 "1280 hyphen range": sub(1280, "328–339.", "328-339."),
 "1280 persian not aligned": sub(1280, " منابع فارسی\n", "منابع فارسی\n"),
 "1280 indent four": sub(1280, "\n     Virtual.", "\n    Virtual."),
 "1280 heading first": sub(1280, "منابع\n", "فهرست منابع\n"),
 "1280 line too long": sub(1280, "     Virtual.", "     Virtual. Accessed through the conference website during the review period for the thesis defence."),
 # 1281 Synapsen BibTeX
 "1281 comma after last": sub(1281, "sonuçlar fena değil.}\n}", "sonuçlar fena değil.},\n}"),
 "1281 missing comma": sub(1281, "  year = {2022},\n  pages = {1--9},", "  year = {2022}\n  pages = {1--9},"),
 "1281 key vs year": sub(1281, "@inproceedings{He_2022,", "@inproceedings{He_2021,"),
 "1281 key vs author": sub(1281, "@inproceedings{Zhang_2023,", "@inproceedings{Chen_2023,"),
 "1281 not sorted": sub(1281, "@misc{Shoeybi_2019,", "@misc{Aaa_2019,"),
 "1281 eprint without prefix": sub(1281, "  archiveprefix = {arXiv},\n", ""),
 "1281 unbalanced brace": sub(1281, "title = {{QLoRA}:", "title = {{QLoRA:"),
 "1281 indentation": sub(1281, "\n  zettel = {PEFT/02},", "\n    zettel = {PEFT/02},"),
 "1281 header": sub(1281, "% This file was created with Synapsen 5.1.2", "% This file was created with JabRef 5.12"),
 "1281 single dash pages": sub(1281, "pages = {2790--2799}", "pages = {2790-2799}"),
 "1281 unknown type": sub(1281, "@book{", "@ebook{"),
 # 1282 Kimai CSV
 "1282 no BOM": sub(1282, "\ufeff", ""),
 "1282 unquoted field": sub(1282, '"timesheet","work"\n"2024-03-04","13:00"', 'timesheet,"work"\n"2024-03-04","13:00"'),
 "1282 duration": sub(1282, '"13:00","16:00","3:00"', '"13:00","16:00","2:00"'),
 "1282 rate": sub(1282, '"1:30","THB","300.00"', '"1:30","THB","330.00"'),
 "1282 order": sub(1282, '"2024-03-12","10:00"', '"2024-03-02","10:00"'),
 "1282 second hourly rate": sub(1282, '"ssl,code","200.00"', '"ssl,code","250.00"'),
 "1282 type": sub(1282, '"timesheet","work"', '"break","work"'),
 "1282 header": sub(1282, '"Hourly rate"', '"Hourly price"'),
 "1282 exported value": sub(1282, '"Yes","Yes","ssl,paper"', '"ja","Yes","ssl,paper"'),
 # 1283 dxdy
 "1283 count": sub(1283, "[ Сообщений: 9 ]", "[ Сообщений: 10 ]"),
 "1283 time order": sub(1283, "Сообщение06.03.2024, 09:15", "Сообщение04.03.2024, 09:15"),
 "1283 reply title": sub(1283, " Заголовок сообщения: Re: Бенчмарки", " Заголовок сообщения: Бенчмарки"),
 "1283 quote of non-poster": sub(1283, "Dmitry_S в сообщении #1631170", "Munin в сообщении #1631170"),
 "1283 quoted text": sub(1283, "\nДля LLM аналог был бы интересен\n", "\nДля LLM аналог был бы очень интересен\n"),
 "1283 registration after post": sub(1283, "Регистрация: 30 янв 2023", "Регистрация: 30 янв 2025"),
 "1283 footer": sub(1283, "Powered by phpBB © 2000, 2002, 2005, 2007 phpBB Group", "Powered by phpBB"),
 "1283 moderator rank": sub(1283, "Модераторы: Ivlev, vertex_m", "Модераторы: vertex_m"),
 "1283 glued date": sub(1283, "Сообщение05.03.2024, 13:55", "Сообщение 05.03.2024, 13:55"),
 # 1284 SqualoMail
 "1284 link numbers": sub(1284, "/c/48213/5/b7e3c1a94f0d", "/c/48213/6/b7e3c1a94f0d"),
 "1284 second token": sub(1284, "/c/48213/7/b7e3c1a94f0d", "/c/48213/7/aaaaaaaaaaaa"),
 "1284 target not encoded": sub(1284, "?url=https%3A%2F%2Fwww.swebench.com%2F", "?url=https://www.swebench.com/"),
 "1284 address text": sub(1284, ">arxiv.org/abs/2302.04761<", ">arxiv.org/abs/2302.04761v2<"),
 "1284 weekday": sub(1284, "četrtek, 7. marca 2024 ·", "sreda, 7. marca 2024 ·"),
 "1284 issue number": sub(1284, "<title>Agentni četrtek #14 ", "<title>Agentni četrtek #15 "),
 "1284 badge": sub(1284, ">Powered by SqualoMail</a>", ">SqualoMail</a>"),
 "1284 unbalanced": sub(1284, "</ul></td></tr>", "</td></tr>"),
 "1284 lang": sub(1284, 'lang="sl"', 'lang="en"'),
 # 1285 Serendipity
 "1285 title": sub(1285, " - कोड और कैमरा</title>", " | कोड और कैमरा</title>"),
 "1285 permalink": sub(1285, "/archives/57-ViT-se-ConvNeXt-tak-vision-backbone-padhne-ki-suchi.html\">ViT", "/2024/03/vit-se-convnext.html\">ViT"),
 "1285 entry id": sub(1285, 'name="serendipity[entry_id]" value="57"', 'name="serendipity[entry_id]" value="58"'),
 "1285 weekday": sub(1285, ">रविवार, 3 मार्च 2024</time>", ">शनिवार, 3 मार्च 2024</time>"),
 "1285 tag link": sub(1285, "/plugin/tag/object%20detection", "/plugin/tag/object-detection"),
 "1285 numbering": sub(1285, 'href="#c113">#1.1<', 'href="#c113">#2<'),
 "1285 reply onclick": sub(1285, ".value='115'; return false;", ".value='112'; return false;"),
 "1285 comment before post": sub(1285, '<time datetime="2024-03-03T14:05:00+05:30">', '<time datetime="2024-03-02T14:05:00+05:30">'),
 "1285 count": sub(1285, ">5 टिप्पणियाँ<", ">4 टिप्पणियाँ<"),
 "1285 colophon": sub(1285, "Powered by <a href=\"http://s9y.org\">Serendipity</a>", "Powered by <a href=\"http://s9y.org\">s9y</a>"),
 "1285 generator": sub(1285, 'content="Serendipity v.2.4.0"', 'content="WordPress 6.4"'),
 # 1286 telepathy-logger
 "1286 attribute order": sub(1286, r"id='([^']+/itai)' name='itai'", r"name='itai' id='\1'", regex=True),
 "1286 two days": sub(1286, "time='20240305T14:29:55'", "time='20240306T14:29:55'"),
 "1286 time order": sub(1286, "time='20240305T09:00:02'", "time='20240305T06:00:02'"),
 "1286 isuser twice": sub(1286, "name='noa' token='a1f04c3e-5b0d-4f2e-9c61-0e8f3b7d2a91' isuser='false'", "name='noa' token='a1f04c3e-5b0d-4f2e-9c61-0e8f3b7d2a91' isuser='true'"),
 "1286 raw quote": sub(1286, "&quot;Kill task failed&quot;", "\"Kill task failed\""),
 "1286 nick mismatch": sub(1286, "conference.jabber.cs.example.ac.il/omer' name='omer'", "conference.jabber.cs.example.ac.il/omer_k' name='omer'"),
 "1286 duplicate token": sub(1286, "token='5d2b8e17-90a4-4c3f-b6e2-71c9a0f4d583'", "token='a1f04c3e-5b0d-4f2e-9c61-0e8f3b7d2a91'"),
 "1286 no stylesheet": sub(1286, '<?xml-stylesheet type="text/xsl" href="log-store-xml.xsl"?>\n', ""),
 "1286 not closed": sub(1286, "</log>\n", ""),
 "1286 arXiv id": sub(1286, "(4418207)", "(2403.04418)"),
 "1286 catalogue title": sub(1286, "בוקר טוב. מישהו", "בוקר טוב. Segment Anything מישהו"),
 # labels and choice rules
 "label title changed": rec(1277, 0, title="Sequence to Sequence Learning"),
 "label evidence wrong": rec(1277, 3, evidence="link"),
 "label title-only id shown": sub(1277, "\"Neural Turing Machines\"（発表者", "\"Neural Turing Machines\"（arXiv:1410.5401、発表者"),
 "label removed": exp_edit(lambda e: e[D[1283]].pop(5)),
 "label wrong true id": rec(1280, 0, true_arxiv_id="1810.04806", arxiv_id="1810.04806"),
 "label openreview id wrong": rec(1278, 0, openreview_id="Ua6zuk0WRH"),
 "label in negative": exp_edit(lambda e: e[D[1286]].append(dict(e[D[1277]][0]))),
 "label duplicate across files": exp_edit(lambda e: e[D[1278]].append(dict(e[D[1277]][0]))),
 "unlabelled arxiv id": sub(1283, "Кстати, для честной", "Кстати (см. arXiv:2310.01234), для честной"),
 "unlabelled catalogue id": sub(1285, "ImageNet-1k और COCO 2017", "ImageNet-1k (arXiv:2103.00020) और COCO 2017"),
 "distractor title": sub(1282, "สรุปเรื่อง queue", "เทียบกับ Contrastive Multiview Coding สรุปเรื่อง queue"),
 "arxiv link for title-only": sub(1281, "howpublished = {NVIDIA teknik raporu}", "howpublished = {https://arxiv.org/abs/1909.08053}"),
 "odd position paper": exp_edit(lambda e: e[D[1284]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "title-only share": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for r in e[D[1279]][:4]]),
 "arxiv-text with link": rec(1277, 0, evidence="arxiv-text"),
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
