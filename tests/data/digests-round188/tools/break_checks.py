#!/usr/bin/env python3
"""Breaks a scratch copy of round188 (/tmp/r188/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round186's harness with round188's cases; 1899 is a CR LF mail whose body is base64: it is edited decoded and
encoded again as the builder does.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r188/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1897, 1907)}
def sub(n, old, new, nth=1, regex=False):
    """replace the nth occurrence of `old` (or the first regex match) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=1, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def b64(old, new):
    """edit 1899's decoded base64 body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1899])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = base64.b64decode(b.replace("\r\n", "")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        b = base64.encodebytes(t.encode("utf-8")).decode("ascii").rstrip("\n").replace("\n", "\r\n") + "\r\n"
        open(p, "wb").write((h + "\r\n\r\n" + b).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1897 UCR programa del curso
 "1897 head": sub(1897, "FACULTAD DE INGENIERÍA", "FACULTAD DE CIENCIAS"),
 "1897 course line": sub(1897, "CI-0163 Fundamentos", "Fundamentos"),
 "1897 sigla differs": sub(1897, "Sigla: CI-0163", "Sigla: CI-0164"),
 "1897 footer number": sub(1897, "Página 2 de 3", "Página 3 de 3"),
 "1897 footer total": sub(1897, "Página 1 de 3", "Página 1 de 4"),
 "1897 section renamed": sub(1897, "4. Metodología", "4. Métodos"),
 "1897 section order": sub(1897, "2. Objetivos", "3. Objetivos"),
 "1897 hours": sub(1897, "4 horas semanales", "5 horas semanales"),
 "1897 ciclo": sub(1897, "Ciclo lectivo: I ciclo 2026", "Ciclo lectivo: 2026"),
 "1897 unit numbering": sub(1897, "Unidad 3. Modelos", "Unidad 4. Modelos"),
 "1897 topic numbering": sub(1897, "2.2 Evaluación", "2.3 Evaluación"),
 "1897 topic without dot": sub(1897, "Celdas con compuertas.", "Celdas con compuertas"),
 "1897 evaluation sum": sub(1897, "Proyecto final: 30 %", "Proyecto final: 35 %"),
 "1897 cronograma gap": sub(1897, "Semanas 8-10:", "Semanas 9-10:"),
 "1897 cronograma unit": sub(1897, "Semanas 12-14: Unidad 4", "Semanas 12-14: Unidad 5"),
 "1897 cronograma short": sub(1897, "Semanas 15-16:", "Semana 15:"),
 "1897 bibliography order": sub(1897, "Zhang, A., Lipton", "Abarca, A., Lipton"),
 "1897 bibliography year": sub(1897, "Pennington, J., Socher, R. y Manning, C. D. (2014).", "Pennington, J., Socher, R. y Manning, C. D. 2014."),
 "1897 date": sub(1897, "9 de marzo de 2026", "31 de febrero de 2026"),
 "1897 arxiv-text gets a link": sub(1897, "arXiv:1409.3215.", "https://arxiv.org/abs/1409.3215"),
 "1897 title-only gets an id": sub(1897, "Nature, 323, 533–536.", "Nature, 323, 533–536. arXiv:1501.00001"),
 "1897 labelled title lost": sub(1897, "Long Short-Term Memory", "Long Short Term Memory"),
 # 1898 git.uibk.ac.at README
 "1898 awesome badge": sub(1898, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1898 second project": sub(1898, "Fragen an", "Siehe https://git.uibk.ac.at/andere/projekt. Fragen an"),
 "1898 pipeline badge": sub(1898, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1898 anchor": sub(1898, "(#werkzeuge-und-lektüre)", "(#werkzeuge-und-lektuere)"),
 "1898 index entry missing": sub(1898, "- [Mitmachen](#mitmachen)\n", ""),
 "1898 licence not last": sub(1898, "## Lizenz", "## Lizenzen"),
 "1898 duplicate heading": sub(1898, "## Mitmachen", "## Offene Aufgaben"),
 "1898 date": sub(1898, "3. März 2026", "3. Maerz 2026"),
 "1898 row of 3 cells": sub(1898, " | 2019 |", " |"),
 "1898 year": sub(1898, "| 2020 | Externer", "| 20 | Externer"),
 "1898 code cell": sub(1898, "(https://github.com/kimiyoung/transformer-xl)", "(https://gitlab.com/kimiyoung/transformer-xl)"),
 "1898 key idea without dot": sub(1898, "relativen Positionen. |", "relativen Positionen |"),
 "1898 task item": sub(1898, "(#15)", ""),
 "1898 handle": sub(1898, "@mhuber_ibk", "@MHuber_ibk"),
 "1898 no merge request": sub(1898, "(z. B. !9)", "(z. B. 9)"),
 "1898 mermaid": sub(1898, "flowchart LR", "flow LR"),
 "1898 fence": sub(1898, "  C --> D[Retention / SSM]\n```\n", "  C --> D[Retention / SSM]\n"),
 "1898 dangling anchor": sub(1898, "(#mitmachen).", "(#beitragen)."),
 "1898 unlabelled OpenReview id": sub(1898, "Fragen an", "https://openreview.net/forum?id=AbCdEf12345 Fragen an"),
 "1898 arxiv-text gets a link": sub(1898, "(arXiv:2005.00743)", "(https://arxiv.org/abs/2005.00743)"),
 "1898 OpenReview id changed": sub(1898, "id=Ua6zuk0WRH", "id=Ua6zuk0WRI"),
 # 1899 Mulberry forward, base64
 "1899 LF line end": raw_bytes(1899, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1899 Date weekday": sub(1899, "Date: Mon, 02 Mar 2026", "Date: Tue, 02 Mar 2026"),
 "1899 Date offset": sub(1899, "09:14:51 +0000", "09:14:51 +0100"),
 "1899 From": sub(1899, "From: Imogen Fairweather <i.fairweather@oxbridge-lab.example.ac.uk>", "From: i.fairweather@oxbridge-lab.example.ac.uk"),
 "1899 X-Mailer": sub(1899, "X-Mailer: Mulberry/4.0.8 (Mac OS X)", "X-Mailer: Thunderbird"),
 "1899 header twice": sub(1899, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1899 not base64": sub(1899, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "1899 base64 broken": raw_bytes(1899, lambda b: b[:-30] + b"!!!!" + b[-26:]),
 "1899 base64 long line": raw_bytes(1899, lambda b: b.replace(b"\r\n", b"", 12)[:0] + b.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n" + b.split(b"\r\n\r\n", 1)[1].replace(b"\r\n", b"", 1)),
 "1899 Subject": sub(1899, "Subject: Fwd: llm-reading", "Subject: FW: llm-reading"),
 "1899 forward block": b64("------------ Forwarded Message ------------", "----- Original Message -----"),
 "1899 inner date after the mail": b64("Date: 27 February 2026 12:00:03 +0000", "Date: 3 March 2026 12:00:03 +0000"),
 "1899 inner not to forwarder": b64("To: i.fairweather@oxbridge", "To: someone.else@oxbridge"),
 "1899 topic numbering": b64("   2. Re: Scaling", "   3. Re: Scaling"),
 "1899 topic sender": b64("   3. Open models (Hannah Kerr)", "   3. Open models (Tom Ashdown)"),
 "1899 message subject": b64("Subject: [llm-reading] Open models", "Subject: [llm-reading] Open weights"),
 "1899 digest footer": b64("End of llm-reading Digest, Vol 4, Issue 2", "End of digest"),
 "1899 OpenReview id changed": b64("id=B1ckMDqlg", "id=B1ckMDqlh"),
 "1899 arxiv-text gets a link": b64("arXiv:2205.01068", "https://arxiv.org/abs/2205.01068"),
 "1899 title-only gets a link": b64("the encoder side: RoBERTa", "the encoder side (https://arxiv.org/abs/1907.11692): RoBERTa"),
 # 1900 UNI ISO 690
 "1900 heading": sub(1900, "\nBibliografia\n", "\nRiferimenti\n"),
 "1900 page number": sub(1900, "\n88\n", "\n90\n"),
 "1900 order": sub(1900, "ZHAI, Xiaohua", "AZHAI, Xiaohua"),
 "1900 author form": sub(1900, "GEIRHOS, Robert, et al.", "Geirhos, R. et al."),
 "1900 consultato date": sub(1900, "https://arxiv.org/abs/2106.04560 [consultato il 14 gennaio 2026]", "https://arxiv.org/abs/2106.04560 [consultato il 31 febbraio 2026]"),
 "1900 consultato late": sub(1900, "pytorch-image-models [consultato il 14 gennaio 2026]", "pytorch-image-models [consultato il 14 maggio 2026]"),
 "1900 URL without consultato": sub(1900, "http://arxiv.org/abs/2103.14030 [consultato il 14 gennaio 2026].", "http://arxiv.org/abs/2103.14030."),
 "1900 pages": sub(1900, "pp. 665-673", "pp. 673-665"),
 "1900 citation names nothing": sub(1900, "(Wightman 2019)", "(Wightman 2020)"),
 "1900 entry never cited": sub(1900, "Goodfellow et al. 2016", "un manuale"),
 "1900 no year": sub(1900, "Preprint, 2021, arXiv", "Preprint, arXiv"),
 "1900 OpenReview record gets an arXiv link": sub(1900, "id=YicbFdNTTy", "id=YicbFdNTTy https://arxiv.org/abs/2010.11929"),
 "1900 title-only gets an id": sub(1900, "pp. 665-673.", "pp. 665-673. arXiv:2004.07780."),
 # 1901 Lontar BibTeX
 "1901 head": sub(1901, "% Diekspor dari Lontar", "% Exported from"),
 "1901 export date": sub(1901, "2026-03-05 10:42", "2026-03-35 10:42"),
 "1901 count": sub(1901, "Jumlah entri: 11", "Jumlah entri: 12"),
 "1901 braces": sub(1901, "year = {2019},", "year = {2019,"),
 "1901 duplicate key": sub(1901, "@article{liu2024lost,", "@article{devlin2019bert,"),
 "1901 entry type": sub(1901, "@software{", "@program{"),
 "1901 unknown field": sub(1901, "  edition = {3rd draft},", "  edisi = {3rd draft},"),
 "1901 year": sub(1901, "year = {2020},\n  url = {https://arxiv.org/pdf", "year = {20},\n  url = {https://arxiv.org/pdf"),
 "1901 author form": sub(1901, "Jurafsky, Daniel and Martin, James H.", "Daniel Jurafsky and James H. Martin"),
 "1901 pages": sub(1901, "4171--4186", "4171-4186"),
 "1901 eprint without prefix": sub(1901, "  archiveprefix = {arXiv},\n", ""),
 "1901 missing comma": sub(1901, "  booktitle = {Proceedings of ICML},", "  booktitle = {Proceedings of ICML}"),
 "1901 arxiv-text gets a link": sub(1901, "eprint = {2009.03300}", "eprint = {2009.03300}, url = {https://arxiv.org/abs/2009.03300}"),
 "1901 title-only gets an id": sub(1901, "Nucleus sampling.", "Nucleus sampling, arXiv:1904.09751."),
 "1901 unlabelled arXiv id": sub(1901, "Buku teks; bab 10--11.", "Buku teks; bab 10--11 (lihat 2405.01234)."),
 # 1902 REDCap CSV
 "1902 BOM": raw_bytes(1902, lambda b: b"\xef\xbb\xbf" + b),
 "1902 CR LF row": raw_bytes(1902, lambda b: b.replace(b"\n", b"\r\n", 1)),
 "1902 over-quoted": sub(1902, ",WK,", ',"WK",'),
 "1902 header": sub(1902, "nominator_initials", "nominator"),
 "1902 record id": sub(1902, "\n4,,", "\n5,,"),
 "1902 timestamp": sub(1902, "2026-01-21 09:15:58", "2026-01-32 09:15:58"),
 "1902 timestamp order": sub(1902, "2026-01-26 13:55:47", "2026-01-16 13:55:47"),
 "1902 coded value": sub(1902, ",3,1,2\n", ",4,1,2\n"),
 "1902 identifier set": sub(1902, "\n1,,", "\n1,wk@example.org,"),
 "1902 link": sub(1902, "https://www.masakhane.io/", "www.masakhane.io"),
 "1902 OpenReview id changed": sub(1902, "id=0RDcd5Axok", "id=0RDcd5Axol"),
 "1902 arxiv-text gets a link": sub(1902, ',,"arXiv:2101.00190', ',https://arxiv.org/abs/2101.00190,"arXiv:2101.00190'),
 "1902 title-only gets a link": sub(1902, "Lite Transformer with Long-Short Range Attention,", "Lite Transformer with Long-Short Range Attention,https://arxiv.org/abs/2004.11886"),
 # 1903 Psi+ history
 "1903 head": sub(1903, "Журнал переписки: ", "Журнал: "),
 "1903 export line": sub(1903, "Экспортировано из Psi+ 1.5.1650", "Экспортировано из Gajim"),
 "1903 time format": sub(1903, "[24.02.2026 19:04:15]", "[24.02.2026 19:04]"),
 "1903 time order": sub(1903, "[24.02.2026 19:12:05]", "[24.02.2026 19:01:05]"),
 "1903 invalid date": sub(1903, "[24.02.2026 19:09:05]", "[30.02.2026 19:09:05]"),
 "1903 speaks before joining": sub(1903, "<grisha> Про инструменты", "<kolya> Про инструменты"),
 "1903 speaks after leaving": sub(1903, "*** grisha вышел из комнаты", "*** grisha вышел из комнаты\n[24.02.2026 19:20:00] <grisha> пока"),
 "1903 after export date": sub(1903, "Psi+ 1.5.1650, 25.02.2026", "Psi+ 1.5.1650, 23.02.2026"),
 "1903 OpenReview id changed": sub(1903, "id=VTF8yNQM66", "id=VTF8yNQM67"),
 "1903 arxiv-text gets a link": sub(1903, "arXiv:2310.11511", "https://arxiv.org/abs/2310.11511"),
 "1903 title-only gets a link": sub(1903, "Autoregressive Entity Retrieval.", "Autoregressive Entity Retrieval https://arxiv.org/abs/2010.00904."),
 # 1904 mitbbs
 "1904 head": sub(1904, "同主题阅读", "阅读"),
 "1904 board": sub(1904, "信区: DataSciences", "信区: Programming"),
 "1904 weekday": sub(1904, "(Sat Aug 14 21:03:11 2021", "(Sun Aug 14 21:03:11 2021"),
 "1904 date order": sub(1904, "Sun Aug 15 09:12:30 2021", "Sat Aug 14 09:12:30 2021"),
 "1904 Re on first": sub(1904, "标  题: 求推荐", "标  题: Re: 求推荐"),
 "1904 subject differs": sub(1904, "标  题: Re: 求推荐", "标  题: Re: 推荐"),
 "1904 quote not said": sub(1904, "【 在 bayesfan (贝叶斯粉) 的大作中提到: 】", "【 在 qingshan (青山) 的大作中提到: 】"),
 "1904 signature": sub(1904, "[FROM: 24.xx.xx.201]", "[FROM: 24.16.8.201]"),
 "1904 first-post line": sub(1904, "[首篇作者:bayesfan]", "[首篇作者:qingshan]"),
 "1904 reply line": sub(1904, "[回复本文][最新回复]", "[回复本文]"),
 "1904 arxiv-text gets a link": sub(1904, "（arXiv:2101.01761）", "（https://arxiv.org/abs/2101.01761）"),
 "1904 title-only gets an id": sub(1904, "今年最大的新闻。", "今年最大的新闻（arXiv:2107.00001）。"),
 # 1905 Bloguru
 "1905 site bar": sub(1905, "bloguru ブログル", "ブログ"),
 "1905 post date": sub(1905, "2026/02/11 22:15", "2026/02/30 22:15"),
 "1905 comment count": sub(1905, "コメント (3)", "コメント (4)"),
 "1905 comment before post": sub(1905, "みなと　2026/02/12 08:41", "みなと　2026/02/10 08:41"),
 "1905 comment order": sub(1905, "ゆずこ　2026/02/14 19:27", "ゆずこ　2026/02/12 09:27"),
 "1905 answers nobody": sub(1905, "みなとさん、", "たろうさん、"),
 "1905 tags": sub(1905, "タグ：機械学習", "機械学習"),
 "1905 copyright": sub(1905, "Copyright © bloguru All Rights Reserved.", "© bloguru"),
 "1905 arxiv-text gets a link": sub(1905, "arXiv:2106.05931", "https://arxiv.org/abs/2106.05931"),
 "1905 title-only gets a link": sub(1905, "（SimCLR、リンクは省略）", "https://arxiv.org/abs/2002.05709"),
 "1905 unlabelled catalogue title": sub(1905, "理解が深まりました。", "理解が深まりました。Attention Is All You Need も。"),
 # 1906 LinkedIn newsletter (negative)
 "1906 head": sub(1906, "Her ay yayımlanır", "Haftalık"),
 "1906 subscribers": sub(1906, "2.418 abone", "2418 kişi"),
 "1906 date": sub(1906, "Yayınlandı: 16 Şub 2026", "Yayınlandı: 30 Şub 2026"),
 "1906 comment count": sub(1906, "· 3 yorum ·", "· 4 yorum ·"),
 "1906 comment shape": sub(1906, "6 gün\n", ""),
 "1906 closing": sub(1906, "bültenine abone olun", "bültenine katılın"),
 "1906 http link": sub(1906, "https://oscar-project.org/", "http://oscar-project.org/"),
 "1906 paper title in the negative": sub(1906, "hâlâ çok iyi;", "hâlâ çok iyi (Language Models are Few-Shot Learners);"),
 "1906 arXiv id in the negative": sub(1906, "grafik arayüz isteyenler için.", "grafik arayüz isteyenler için (2404.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1906]].append(dict(e[D[1905]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1900]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1901]][0].update(title="BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1904]][0].update(true_arxiv_id="2106.07448", arxiv_id="2106.07448")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1902]][1].update(arxiv_id="2303.10512")),
 "paper in two files": exp_edit(lambda e: e[D[1898]].append(dict(e[D[1897]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1898]].append({"arxiv_id": None, "openreview_id": None, "title": "A Fast Learning Algorithm for Deep Belief Nets", "evidence": "title-only", "true_arxiv_id": None})),
 "too few papers": exp_edit(lambda e: [e[D[1903]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1902]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1899])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1900]][0].update(openreview_id="Ua6zuk0WRH")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1897]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1905]].append(dict(e[D[1905]][1]))),
 "unlisted paper dropped": exp_edit(lambda e: e[D[1901]].pop(0)),
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
