#!/usr/bin/env python3
"""Breaks a scratch copy of round186 (/tmp/r186/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round184's harness with round186's cases; 1879 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does; 1881's lines and 1882's rows end in CR LF.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r186/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1877, 1887)}
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


def qp(old, new):
    """edit 1879's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1879])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        b = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + b).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1877 UMSA programa analítico
 "1877 head": sub(1877, "CARRERA DE INFORMÁTICA", "CARRERA DE SISTEMAS"),
 "1877 footer number": sub(1877, "Página 2 de 3", "Página 3 de 3"),
 "1877 footer total": sub(1877, "Página 1 de 3", "Página 1 de 4"),
 "1877 section renamed": sub(1877, "V. METODOLOGÍA", "V. MÉTODOS"),
 "1877 section order": sub(1877, "II. JUSTIFICACIÓN", "III. JUSTIFICACIÓN"),
 "1877 hours": sub(1877, "6 horas semanales", "8 horas semanales"),
 "1877 gestión": sub(1877, "Gestión académica: I/2026", "Gestión académica: 2026"),
 "1877 unit numbering": sub(1877, "UNIDAD 4:", "UNIDAD 5:"),
 "1877 topic numbering": sub(1877, "2.3 Variantes", "2.4 Variantes"),
 "1877 topic without dot": sub(1877, "Muestreo top-k y de núcleo.", "Muestreo top-k y de núcleo"),
 "1877 evaluation sum": sub(1877, "Proyecto final: 25 %", "Proyecto final: 30 %"),
 "1877 bibliography numbering": sub(1877, "\n7. Kevin Clark", "\n8. Kevin Clark"),
 "1877 complementaria missing": sub(1877, "\nComplementaria\n", "\n"),
 "1877 cronograma gap": sub(1877, "Semanas 9-11:", "Semanas 10-11:"),
 "1877 cronograma unit": sub(1877, "Semanas 17-18: Unidad 5", "Semanas 17-18: Unidad 6"),
 "1877 cronograma short": sub(1877, "Semanas 17-18:", "Semana 17:"),
 "1877 date": sub(1877, "La Paz, 2 de febrero de 2026", "La Paz, 30 de febrero de 2026"),
 "1877 arxiv-text gets a link": sub(1877, "arXiv:2003.10555.", "https://arxiv.org/abs/2003.10555"),
 "1877 title-only gets an id": sub(1877, "ACL, 2018.", "ACL, 2018. arXiv:1801.06146"),
 "1877 labelled title lost": sub(1877, "The Curious Case of Neural Text Degeneration", "The Curious Case of Text Degeneration"),
 # 1878 version.aalto.fi README
 "1878 awesome badge": sub(1878, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1878 second project": sub(1878, "CC0 1.0.", "CC0 1.0. https://version.aalto.fi/gitlab/muu/projekti"),
 "1878 pipeline badge": sub(1878, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1878 anchor": sub(1878, "(#päättely-ja-tarjoilu)", "(#paattely-ja-tarjoilu)"),
 "1878 index entry missing": sub(1878, "- [Osallistuminen](#osallistuminen)\n", ""),
 "1878 licence not last": sub(1878, "## Lisenssi", "## Lisenssit"),
 "1878 duplicate heading": sub(1878, "## Osallistuminen", "## Tehtävät"),
 "1878 date": sub(1878, "9. maaliskuuta 2026", "9. maaliskuu 2026"),
 "1878 row of 3 cells": sub(1878, " | 2020 |", " |"),
 "1878 year": sub(1878, "| 2021 |", "| 21 |"),
 "1878 code cell": sub(1878, "[flower](https://github.com/adap/flower)", "[flower](https://flower.ai)"),
 "1878 key idea without dot": sub(1878, "automaattinen jakaminen. |", "automaattinen jakaminen |"),
 "1878 task item": sub(1878, "- [x] Lisää PagedAttention (#3)", "- [x] Lisää PagedAttention"),
 "1878 handle": sub(1878, "@mvirtanen", "@MVirtanen"),
 "1878 no merge request": sub(1878, "(esim. !4)", "(esim. 4)"),
 "1878 mermaid": sub(1878, "flowchart LR", "flow LR"),
 "1878 fence": sub(1878, "  B --> C[Tieteellinen laskenta]\n```\n", "  B --> C[Tieteellinen laskenta]\n"),
 "1878 dangling anchor": sub(1878, "(#tehtävät).", "(#tehtavat)."),
 "1878 unlabelled OpenReview id": sub(1878, "CC0 1.0.", "CC0 1.0. https://openreview.net/forum?id=AbCdEf12345"),
 "1878 arxiv-text gets a link": sub(1878, "(arXiv:2306.15595)", "(https://arxiv.org/abs/2306.15595)"),
 # 1879 Libero Mail
 "1879 LF line end": raw_bytes(1879, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1879 Date weekday": sub(1879, "Date: Mon, 30 Mar 2026", "Date: Tue, 30 Mar 2026"),
 "1879 Date offset": sub(1879, "08:41:17 +0200", "08:41:17 +0100"),
 "1879 From": sub(1879, "<sara.colombo86@libero.it>\r\nTo:", "<sara.colombo86@gmail.com>\r\nTo:"),
 "1879 Message-ID": sub(1879, "@webmail.libero.it>", "@mail.example.it>"),
 "1879 X-Mailer": sub(1879, "X-Mailer: Libero Mail", "X-Mailer: Thunderbird"),
 "1879 header twice": sub(1879, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1879 not QP": sub(1879, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1879 QP bare equals": sub(1879, "=C3=A8", "=Q3=A8"),
 "1879 QP long line": raw_bytes(1879, lambda b: b.replace(b"=\r\n al gruppo.", b" al gruppo.", 1)),
 "1879 Subject": sub(1879, "Subject: I: lettura", "Subject: Fwd: lettura"),
 "1879 forward block": qp("---------- Messaggio inoltrato ----------", "----- Messaggio originale -----"),
 "1879 inner weekday": qp("Data: sab 28 mar", "Data: dom 28 mar"),
 "1879 inner after the mail": qp("Data: sab 28 mar 2026", "Data: mar 31 mar 2026"),
 "1879 topic numbering": qp("   2. Re: Letture", "   3. Re: Letture"),
 "1879 topic sender": qp("   4. RetNet? (Davide Ferrara)", "   4. RetNet? (Giulia Marchetti)"),
 "1879 message subject": qp("Subject: Contesti lunghi", "Subject: Contesti"),
 "1879 digest footer": qp("Fine di lettura-attenzione Digest, Vol 2, Numero 9", "Fine del digest"),
 "1879 OpenReview id changed": qp("id=Ua6zuk0WRH", "id=Ua6zuk0WRI"),
 "1879 arxiv-text gets a link": qp("(arXiv:2005.00743)", "(https://arxiv.org/abs/2005.00743)"),
 "1879 title-only gets a link": qp("e Big Bird: Transformers for Longer Sequences", "e Big Bird: Transformers for Longer Sequences https://arxiv.org/abs/2007.14062"),
 # 1880 Style Manual references
 "1880 footer number": sub(1880, "| Page 18", "| Page 20"),
 "1880 footer paper": sub(1880, "a pilot | Page 19", "a trial | Page 19"),
 "1880 references heading": sub(1880, "\nReferences\n", "\nReference list\n"),
 "1880 order": sub(1880, "Prince SJD (2023)", "Aprince SJD (2023)"),
 "1880 comma before and": sub(1880, "Zhang Y and Arora S", "Zhang Y, and Arora S"),
 "1880 initials with stops": sub(1880, "Tan M and Le QV", "Tan M. and Le QV"),
 "1880 title quotes": sub(1880, "'Scaling Vision Transformers',", "\"Scaling Vision Transformers\","),
 "1880 accessed date": sub(1880, "accessed 12 February 2026. https://www.dea", "accessed 31 February 2026. https://www.dea"),
 "1880 accessed after the paper": sub(1880, "accessed 12 February 2026. https://github", "accessed 12 May 2026. https://github"),
 "1880 URL without accessed": sub(1880, ", accessed 12 February 2026. https://arxiv.org/abs/2103.14030", ". https://arxiv.org/abs/2103.14030"),
 "1880 pages": sub(1880, "665–673", "673–665"),
 "1880 citation names nothing": sub(1880, "(Geoscience Australia 2025)", "(Geoscience Australia 2024)"),
 "1880 entry never cited": sub(1880, "(Wightman 2019)", "(timm)"),
 "1880 citation ambiguous": sub(1880, "(Liu et al. 2022)", "(Liu et al. 2021)"),
 "1880 OpenReview record gets an arXiv link": sub(1880, "id=YicbFdNTTy", "id=YicbFdNTTy https://arxiv.org/abs/2010.11929"),
 "1880 title-only gets an id": sub(1880, "2(11):665–673.", "2(11):665–673. arXiv:2004.07780."),
 # 1881 Recolecta RIS
 "1881 LF line": raw_bytes(1881, lambda b: b.replace(b"DP  - Recolecta\r\n", b"DP  - Recolecta\n", 1)),
 "1881 bad tag line": sub(1881, "PY  - 2018", "PY - 2018"),
 "1881 unknown tag": sub(1881, "KW  - PCA", "ZZ  - PCA"),
 "1881 type": sub(1881, "TY  - CONF", "TY  - PROC"),
 "1881 record not closed": sub(1881, "ER  - \r\n\r\nTY  - CONF", "\r\nTY  - CONF"),
 "1881 no blank between": sub(1881, "ER  - \r\n\r\nTY  - CONF", "ER  - \r\nTY  - CONF"),
 "1881 title twice": sub(1881, "T2  - arXiv", "TI  - Otro título\r\nT2  - arXiv"),
 "1881 year": sub(1881, "PY  - 2024", "PY  - 24"),
 "1881 author form": sub(1881, "AU  - Chen, Ting", "AU  - Ting Chen"),
 "1881 handle": sub(1881, "https://hdl.handle.net/10347/31877", "https://hdl.handle.net/minerva-31877"),
 "1881 source": sub(1881, "DP  - Recolecta", "DP  - Google Scholar"),
 "1881 order": sub(1881, "PY  - 2018", "PY  - 2022"),
 "1881 arxiv-text gets a link": sub(1881, "arXiv:2011.10566", "https://arxiv.org/abs/2011.10566"),
 "1881 unlabelled arXiv id": sub(1881, "Manual de referencia do grupo.", "Manual de referencia do grupo (2405.01234)."),
 "1881 OpenReview id changed": sub(1881, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 # 1882 CiviCRM CSV
 "1882 BOM": raw_bytes(1882, lambda b: b"\xef\xbb\xbf" + b),
 "1882 LF row end": raw_bytes(1882, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1882 over-quoted": sub(1882, ",Meeting,", ',"Meeting",'),
 "1882 header": sub(1882, "With Contact", "Target Contact"),
 "1882 id order": sub(1882, "4130,", "4110,"),
 "1882 type": sub(1882, ",Phone Call,", ",Call,"),
 "1882 status": sub(1882, ",Completed,", ",Done,"),
 "1882 date": sub(1882, "2026-02-05 13:00", "2026-02-30 13:00"),
 "1882 date order": sub(1882, "2026-02-11 15:20", "2026-01-11 15:20"),
 "1882 html unbalanced": sub(1882, "dewisol.</p>", "dewisol."),
 "1882 bare ampersand": sub(1882, "library&nbsp;for", "library & for"),
 "1882 same person": sub(1882, "Gwenllian Morgan,Owain Rees", "Gwenllian Morgan,Gwenllian Morgan"),
 "1882 title-only gets an id": sub(1882, "GPT Understands, Too &ndash;", "GPT Understands, Too (arXiv:2103.10385) &ndash;"),
 "1882 OpenReview id changed": sub(1882, "id=0RDcd5Axok", "id=0RDcd5Axol"),
 # 1883 Kakao Agit
 "1883 head": sub(1883, "멤버 5명", "멤버 다섯명"),
 "1883 date": sub(1883, "2026년 3월 6일 오전 10:08", "2026년 3월 6일 오전 13:08"),
 "1883 post order": sub(1883, "2026년 3월 9일 오전 9:30", "2026년 3월 1일 오전 9:30"),
 "1883 comment count": sub(1883, "좋아요 4 · 댓글 2", "좋아요 4 · 댓글 3"),
 "1883 comment before post": sub(1883, "이서연  2026년 3월 4일 오후 2:40", "이서연  2026년 3월 4일 오전 2:40"),
 "1883 reply to nobody": sub(1883, "@정하은 Self-RAG", "@홍길동 Self-RAG"),
 "1883 comment box": sub(1883, "댓글을 입력하세요", "댓글 입력"),
 "1883 arxiv-text gets a link": sub(1883, "(arXiv:2310.11511)", "(https://arxiv.org/abs/2310.11511)"),
 "1883 title-only gets a link": sub(1883, "A Generalist Agent도", "A Generalist Agent https://arxiv.org/abs/2205.06175 도"),
 "1883 OpenReview id changed": sub(1883, "id=VTF8yNQM66", "id=VTF8yNQM67"),
 # 1884 Julia Discourse
 "1884 category": sub(1884, "\nMachine Learning\n", "\nDomains\n"),
 "1884 date order": sub(1884, "Feb 17, 2026", "Feb 10, 2026"),
 "1884 likes form": sub(1884, "1 like\n", "1 likes\n"),
 "1884 quote not said": sub(1884, "lindqvist_e:\nIs it worth", "kowalczyk.t:\nIs it worth"),
 "1884 second solution": sub(1884, "\n3 likes\n\nsequence_sam", "\nSolution\n3 likes\n\nsequence_sam"),
 "1884 replies": sub(1884, "replies\n5", "replies\n6"),
 "1884 users": sub(1884, "users\n4", "users\n5"),
 "1884 likes": sub(1884, "likes\n22", "likes\n21"),
 "1884 links": sub(1884, "links\n3", "links\n2"),
 "1884 last reply": sub(1884, "last reply\nFeb 20, 2026", "last reply\nFeb 21, 2026"),
 "1884 arxiv-text gets a link": sub(1884, "(arXiv:2103.14167)", "(https://arxiv.org/abs/2103.14167)"),
 "1884 title-only gets an id": sub(1884, "Learning Dropout Patterns to Regularize Deep Networks is", "Learning Dropout Patterns to Regularize Deep Networks (2101.01761) is"),
 # 1885 Qzone
 "1885 head": sub(1885, "QQ空间\n", "QQ空间主页\n"),
 "1885 post date": sub(1885, "发表于 2026-02-14 21:08", "发表于 2026-02-30 21:08"),
 "1885 comment count": sub(1885, "评论(5)", "评论(4)"),
 "1885 comment before post": sub(1885, "2026-02-14 22:31 回复", "2026-02-14 20:31 回复"),
 "1885 comment order": sub(1885, "2026-02-16 20:12 回复", "2026-02-15 08:12 回复"),
 "1885 reply to nobody": sub(1885, "回复 夜行的猫：", "回复 小明："),
 "1885 footer year": sub(1885, "© 1998 - 2026", "© 1998 - 2025"),
 "1885 arxiv-text gets a link": sub(1885, "（arXiv:1503.03585）", "（https://arxiv.org/abs/1503.03585）"),
 "1885 title-only gets a link": sub(1885, "离不开 Classifier-Free Diffusion Guidance，", "离不开 Classifier-Free Diffusion Guidance（https://arxiv.org/abs/2207.12598），"),
 "1885 unlabelled catalogue title": sub(1885, "第 20 章。", "第 20 章。另见 Attention Is All You Need。"),
 # 1886 Get a Newsletter (negative)
 "1886 doctype": sub(1886, "<!DOCTYPE html>\n", ""),
 "1886 lang": sub(1886, 'lang="sv"', 'lang="en"'),
 "1886 unbalanced": sub(1886, "</ul>", ""),
 "1886 bare ampersand": sub(1886, "fem minuter &amp; hjälper", "fem minuter & hjälper"),
 "1886 issue mismatch": sub(1886, "<p>Nyhetsbrev nr 7", "<p>Nyhetsbrev nr 8"),
 "1886 weekday": sub(1886, "torsdag 9 april", "fredag 9 april"),
 "1886 footer": sub(1886, "Skickat med Get a Newsletter", "Skickat med Mailchimp"),
 "1886 http link": sub(1886, 'href="https://ollama.com/"', 'href="http://ollama.com/"'),
 "1886 paper title in the negative": sub(1886, "bara saker ni kan använda direkt.", "bara saker ni kan använda direkt (utom Generative Adversarial Networks)."),
 "1886 arXiv id in the negative": sub(1886, "gratis för forskning.", "gratis för forskning (2404.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1886]].append(dict(e[D[1885]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1880]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1881]][0].update(title="Multi-view SSL")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1884]][0].update(true_arxiv_id="2012.07178", arxiv_id="2012.07178")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1882]][1].update(arxiv_id="2303.10512")),
 "paper in two files": exp_edit(lambda e: e[D[1878]].append(dict(e[D[1877]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1878]].append({"arxiv_id": None, "openreview_id": None, "title": "A Fast Learning Algorithm for Deep Belief Nets", "evidence": "title-only", "true_arxiv_id": None})),
 "too few papers": exp_edit(lambda e: [e[D[1883]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1882]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1879])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1880]][0].update(openreview_id="Ua6zuk0WRH")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1884]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1885]].append(dict(e[D[1885]][1]))),
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
