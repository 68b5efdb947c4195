#!/usr/bin/env python3
"""Breaks a scratch copy of round138 (/tmp/round138-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round135's harness, with round138's cases; 1396 is CR LF; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round138-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1397, 1407)}


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


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1397 RPS pdftotext
 "1397 footer page number wrong": sub(1397, "Halaman 2 dari 5", "Halaman 3 dari 5"),
 "1397 page count wrong": sub(1397, "Halaman 5 dari 5", "Halaman 5 dari 6"),
 "1397 form feed lost": sub(1397, "Halaman 1 dari 5\n\f", "Halaman 1 dari 5\n"),
 "1397 no final form feed": sub(1397, r"\f$", "", regex=True),
 "1397 tab in output": sub(1397, "Pustaka                 Utama:", "Pustaka\t\tUtama:"),
 "1397 weight changed": sub(1397, r"(\n7 {7}Menerapkan.*? )5\n", r"\g<1>6\n", regex=True),
 "1397 week row dropped": sub(1397, r"\n14 .*?\n\n", "\n", regex=True),
 "1397 exam not in week 8": sub(1397, "8       Ujian Tengah", "8       Evaluasi Tengah"),
 "1397 Pustaka number skipped": sub(1397, "[P9] Pham", "[P12] Pham"),
 "1397 trailing spaces": sub(1397, "Tgl Penyusunan\n", "Tgl Penyusunan   \n"),
 # 1398 rentry
 "1398 LF line ends": sub(1398, "\r\n", "\n", count=0),
 "1398 final line end": append(1398, "\r\n"),
 "1398 centred line not closed": sub(1398, "# Awesome LLMs locais (PT-BR) <-", "# Awesome LLMs locais (PT-BR)"),
 "1398 admonition body not indented": sub(1398, "\r\n    ROCm funciona", "\r\nROCm funciona"),
 "1398 table row too wide": sub(1398, "| a base de quase tudo |", "| a base de quase tudo | extra |"),
 "1398 table separator lost": sub(1398, "| --- | --- | --- |\r\n", ""),
 "1398 colour span not closed": sub(1398, "%orange% Atenção: %%", "%orange% Atenção:"),
 "1398 TOC marker lost": sub(1398, "[TOC2]", "[TOC]"),
 "1398 broken link": sub(1398, "](https://github.com/LostRuins/koboldcpp)", "](github.com/LostRuins/koboldcpp)"),
 # 1399 eml
 "1399 LF line ends": sub(1399, "\r\n", "\n", count=0),
 "1399 QP line too long": sub(1399, "=\r\n", "", count=1),
 "1399 raw non-ASCII in QP": sub(1399, "=D7=94=D7=99=D7=99 ", "היי "),
 "1399 bad QP escape": sub(1399, "=D7=94=D7=99=D7=99 ", "=D7=94=Q7=99=D7=99 "),
 "1399 invalid UTF-8 after QP": sub(1399, "=D7=94=D7=99=D7=99 ", "=D7=D7=99=D7=99 "),
 "1399 closing delimiter lost": sub(1399, r"--\r\n$", "\r\n", regex=True),
 "1399 Date weekday wrong": sub(1399, "Date: Mon, 11 Mar 2024", "Date: Tue, 11 Mar 2024"),
 "1399 not multipart/alternative": sub(1399, "multipart/alternative", "multipart/mixed"),
 "1399 part not quoted-printable": sub(1399, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1399 a redirect dropped in the HTML part": sub(1399, r"(Content-Type: text/html.*?)rct=3Dj", r"\1rct=3Dk", regex=True),
 "1399 Message-ID header lost": sub(1399, r"Message-ID: <[^>]+>\r\n", "", regex=True),
 "1399 section count wrong": sub(1399, "=D7=A0=D7=98 - 4 =D7=AA", "=D7=A0=D7=98 - 5 =D7=AA"),
 # 1400 ThaiJO
 "1400 references out of order": sub(1400, r"(Devlin, J\..*?)\n\n(He, P\..*?)\n\n", r"\2\n\n\1\n\n", regex=True),
 "1400 Thai reference after English": sub(1400, r"(ปิยะพงษ์ .*?)\n\n(Clark, K\..*?)\n\n", r"\2\n\n\1\n\n", regex=True),
 "1400 reference without a year": sub(1400, "Howard, J., & Ruder, S. (2018).", "Howard, J., & Ruder, S. 2018."),
 "1400 bad DOI": sub(1400, "https://doi.org/10.3115/v1/D14-1162", "https://doi.org/D14-1162"),
 "1400 how-to-cite DOI differs": sub(1400, "12(1), 61–78. https://doi.org/10.14456/jcsi-ex.2024.4", "12(1), 61–78. https://doi.org/10.14456/jcsi-ex.2024.5"),
 "1400 abstract block lost": sub(1400, "\nAbstract\n", "\nEnglish abstract\n"),
 "1400 two references on one line": sub(1400, "45–58.\n\nปิยะพงษ์", "45–58. ปิยะพงษ์"),
 # 1401 BibTeX
 "1401 count in header wrong": sub(1401, "% 条目数：10", "% 条目数：11"),
 "1401 duplicate key": sub(1401, "@inproceedings{chen2021exploring,", "@inproceedings{chen2020simple,"),
 "1401 unbalanced braces": sub(1401, "  year={2021},\n  url={https://arxiv.org/pdf", "  year={2021,\n  url={https://arxiv.org/pdf"),
 "1401 missing booktitle": sub(1401, "  booktitle={International Conference on Machine Learning},\n", ""),
 "1401 single-dash pages": sub(1401, "pages={1597--1607}", "pages={1597-1607}"),
 "1401 key not surnameYEARword": sub(1401, "@article{hsu2021hubert,", "@article{HuBERT,"),
 "1401 missing comma": sub(1401, "  year={2020},\n  organization", "  year={2020}\n  organization"),
 # 1402 Kobo
 "1402 LF records": sub(1402, "\r\n", "\n", count=0),
 "1402 unquoted field": sub(1402, '"Backbones";"1";"0"', 'Backbones;"1";"0"'),
 "1402 choice columns disagree": sub(1402, '"Backbones";"1";"0";"0";"0";"0"', '"Backbones";"0";"1";"0";"0";"0"'),
 "1402 _index skipped": sub(1402, '"";"3"\r\n', '"";"4"\r\n'),
 "1402 uuid not version 4": sub(1402, r'"([0-9a-f]{8}-[0-9a-f]{4}-)4', r'"\g<1>1', regex=True),
 "1402 end before start": sub(1402, '"2024-02-05T09:14:31.002+02:00"', '"2024-02-05T09:10:31.002+02:00"'),
 "1402 submission time not UTC": sub(1402, '"2024-02-05T07:14:34"', '"2024-02-05T09:14:34"'),
 "1402 row too short": sub(1402, '"";"vKq8cT3ZpMj2RwX9aYbN4e";"";"1"', '"";"vKq8cT3ZpMj2RwX9aYbN4e";"1"'),
 # 1403 Daou
 "1403 BOM lost": sub(1403, "\ufeff", ""),
 "1403 LF line ends": sub(1403, "\r\n", "\n", count=0),
 "1403 weekday wrong": sub(1403, "3월 11일 월요일", "3월 11일 화요일"),
 "1403 time goes back": sub(1403, "[이준호] [오전 10:04]", "[이준호] [오전 9:04]"),
 "1403 speaker not in the room": sub(1403, "[최유진] [오전 10:20]", "[한지민] [오전 10:20]"),
 "1403 room size wrong": sub(1403, "LLM 스터디 (5명)", "LLM 스터디 (6명)"),
 "1403 malformed message line": sub(1403, "[박서연] [오전 9:41]", "[박서연] 오전 9:41"),
 # 1404 thread
 "1404 weekday wrong": sub(1404, "20/03/24 Срд 19:01:06", "20/03/24 Чтв 19:01:06"),
 "1404 counter skipped": sub(1404, "№702114569 2", "№702114569 3"),
 "1404 time goes back": sub(1404, "20/03/24 Срд 19:07:02", "20/03/24 Срд 18:07:02"),
 "1404 reply to a later post": sub(1404, ">>702114569\n5-6 часов", ">>702114999\n5-6 часов"),
 "1404 Ответы line wrong": sub(1404, "Ответы: >>702114569 >>702114822", "Ответы: >>702114569"),
 "1404 footer count wrong": sub(1404, "16 / 3 / 11", "17 / 3 / 11"),
 "1404 malformed header": sub(1404, "Аноним 20/03/24 Срд 19:01:06 №702114569 2", "Аноним 20.03.24 Срд 19:01:06 №702114569 2"),
 # 1405 acmailer
 "1405 saved-from length wrong": sub(1405, "url=(0064)", "url=(0065)"),
 "1405 unclosed tag": sub(1405, "<div id=\"header\">\n<h1>", "<div id=\"header\">\n<div><h1>"),
 "1405 list order wrong": sub(1405, "2024/02/16", "2024/03/16"),
 "1405 open issue not the URL's": sub(1405, "backnumber.cgi?id=37 -->", "backnumber.cgi?id=36 -->"),
 "1405 auto-link text differs": sub(1405, 'target="_blank">https://arxiv.org/abs/2106.05234</a>', 'target="_blank">arxiv.org/abs/2106.05234</a>'),
 "1405 CR line ends": sub(1405, "\n", "\r\n", count=0),
 # 1406 Loxblog
 "1406 comment count wrong": sub(1406, "نظرات (۵)", "نظرات (۶)"),
 "1406 comment id skipped": sub(1406, 'id="comment-3403"', 'id="comment-3404"'),
 "1406 session not a week apart": sub(1406, "۱۴۰۳/۰۲/۰۸", "۱۴۰۳/۰۲/۰۹"),
 "1406 invalid Jalali date": sub(1406, "۱۴۰۳/۰۱/۱۷ - ۰۹:۳۲", "۱۴۰۳/۰۱/۳۴ - ۰۹:۳۲"),
 "1406 comment dates go back": sub(1406, "۱۴۰۳/۰۱/۱۹ - ۲۲:۱۸", "۱۴۰۳/۰۱/۱۵ - ۲۲:۱۸"),
 "1406 post weekday wrong": sub(1406, "تاریخ : پنج‌شنبه", "تاریخ : جمعه"),
 "1406 unbalanced tag": sub(1406, "<div id=\"comments\">", "<div id=\"comments\"><div>"),
 "1406 catalogue title in the negative": sub(1406, "مرور جبر خطی و احتمال", "Attention Is All You Need"),
 "1406 arXiv-shaped id in the negative": sub(1406, "scikit-learn ۱.۴", "scikit-learn 2403.01234"),
 # labels
 "title-only paper gets an id in 1400": sub(1400, "Advances in Neural Information Processing Systems, 32, 5753–5763.", "Advances in Neural Information Processing Systems, 32, 5753–5763. arXiv:1906.08237"),
 "title-only paper gets a link in 1405": sub(1405, "https://poloclub.github.io/dodrio/", "https://arxiv.org/abs/2103.14625", count=0),
 "unlabelled catalogue id in 1398": sub(1398, "https://ollama.com", "https://arxiv.org/abs/1706.03762"),
 "other file's title in 1402": sub(1402, "Για αρχή, κλασικό.", "Segment Anything"),
 "labelled title lost in 1403": sub(1403, "Synthesizer: Rethinking Self-Attention in Transformer Models", "Synthesizer", count=0),
 "unlabelled OpenReview id in 1404": sub(1404, "https://llama-tred.example.org/wiki/", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1401": sub(1401, "自监督学习串讲：从对比学习到掩码建模（组会录像）", "Recurrent Memory Transformer"),
 "arxiv-text id lost in 1397": sub(1397, "arXiv:1711.05101", "arXiv"),
 "link lost in 1402": sub(1402, "https://arxiv.org/abs/2106.04560", "https://github.com/google-research/big_vision", count=0),
 "OpenReview link cut in 1401": sub(1401, "forum?id=-bdp_8Itjwp", "forum?id=-bdp", count=0),
 "arxiv-text gets a link in 1404": sub(1404, "arXiv:2106.10199", "https://arxiv.org/abs/2106.10199"),
 "unknown valid-shaped id in 1400": sub(1400, "ดาวน์โหลดการอ้างอิง", "ดาวน์โหลดการอ้างอิง 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1406]].append(dict(e[D[1405]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1400]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1402]][1].update(title="Swin Transformer: Hierarchical Vision Transformer")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1399]][0].update(true_arxiv_id="2403.03207", arxiv_id="2403.03207")),
 "paper in two files": exp_edit(lambda e: e[D[1398]].append(dict(e[D[1397]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1403]].append({"arxiv_id": None, "openreview_id": None, "title": "REALM: Retrieval-Augmented Language Model Pre-Training", "evidence": "title-only", "true_arxiv_id": "2002.08909"})),
 "too few papers": exp_edit(lambda e: [e[D[1401]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1404]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1405])),
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
