#!/usr/bin/env python3
"""Breaks a scratch copy of round64 (/tmp/round64-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round64-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(657, 667)}
DISTRACTOR = next(e["title"] for e in json.load(open("/work/shared/catalogue.json")) if e.get("role") == "distractor" and len(e.get("title") or "") > 20)


def sub(n, old, new, count=1):
    """replace text in a digest (662 is read and written as UTF-16 LE with its BOM, 659 as ASCII bytes)"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        if n == 662:
            s = open(p, "rb").read()[2:].decode("utf-16-le")
        else:
            s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        s = s.replace(old, new, count)
        if n == 662:
            open(p, "wb").write(b"\xff\xfe" + s.encode("utf-16-le"))
        else:
            open(p, "w", encoding="utf-8", newline="").write(s)
    return fn


def resub(n, pat, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        s2 = re.sub(pat, new, s, count=1)
        assert s2 != s, (n, pat)
        open(p, "w", encoding="utf-8", newline="").write(s2)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "657 resolved missing for a resolved state": sub(657, '"State","value":{"name":"Открыто"', '"State","value":{"name":"Прочитано"'),
 "657 $type not last": sub(657, '{"name":"фон","$type":"Tag"}', '{"$type":"Tag","name":"фон"}'),
 "657 unlabelled catalogue title": sub(657, "Пицца за счёт лаборатории", "Attention Is All You Need"),
 "658 hint not closed": sub(658, "{% endhint %}\n", ""),
 "658 table row width": sub(658, "| NeurIPS 2017 |", "| NeurIPS | 2017 |"),
 "658 arxiv-text id removed": sub(658, "arXiv 2007.14062", "arXiv"),
 "659 bare LF": sub(659, "\r\nX-Virus-Scanned", "\nX-Virus-Scanned"),
 "659 Message-ID time != Date": resub(659, r"\.(\d{13})\.JavaMail", ".1710229999507.JavaMail"),
 "659 Thread-Topic != Subject": sub(659, "Thread-Topic: cs daily Subj-class mailing 2c02103 13", "Thread-Topic: cs daily Subj-class mailing 2c02103 14"),
 "659 closing boundary lost": resub(659, r"\r\n--=_[0-9a-f-]+--\r\n$", "\r\n"),
 "660 LF line end": sub(660, "\r\nStreszczenie\r\n", "\nStreszczenie\r\n"),
 "660 references out of sequence": sub(660, "5.\tLiu X", "6.\tLiu X"),
 "660 title dropped": sub(660, "Sequence to sequence learning with neural networks", "Sutskever et al."),
 "661 key not Surname.Year": sub(661, "@inproceedings{Pham.2021,", "@inproceedings{Pham.2020,"),
 "661 comma after the last field": sub(661, "zitieren.}\r\n}", "zitieren.},\r\n}"),
 "661 OpenReview id for another paper": sub(661, "Lehrbuch, Kapitel 19", "https://openreview.net/forum?id=B1ckMDqlg Lehrbuch, Kapitel 19"),
 "662 unquoted line break": sub(662, '"บทความหลักของสัปดาห์แรก\nสรุปอยู่ในไดรฟ์กลุ่ม"', "บทความหลักของสัปดาห์แรก\nสรุปอยู่ในไดรฟ์กลุ่ม"),
 "662 row width": sub(662, "ความคืบหน้า 37.50%", "ความคืบหน้า\t37.50%"),
 "662 date not in the Buddhist era": sub(662, "23/2/2567", "23/2/2024"),
 "663 postcount": sub(663, '"postcount":7', '"postcount":8'),
 "663 link without rel ugc": sub(663, 'rel=\\"nofollow ugc\\"', 'rel=\\"nofollow\\"'),
 "663 link for a title-only paper": sub(663, "No tengo el enlace a mano", "https://arxiv.org/abs/2206.14858"),
 "664 raw ampersand": sub(664, "&amp;utm_medium", "&utm_medium"),
 "664 Layout ids": sub(664, 'name="Layout_3" id="Layout_3"', 'name="Layout_3" id="Layout_4"'),
 "664 unmerged placeholder": sub(664, "Ciao Chiara,", "Ciao {{ contact.FIRSTNAME }},"),
 "665 INIT_DATA entry mismatch": sub(665, '"entry_id":12843519276', '"entry_id":12843519277'),
 "665 section unbalanced": sub(665, "</section>\n", "\n"),
 "665 distractor title": sub(665, "来月はCVPRの締切明けなので", DISTRACTOR + " 来月はCVPRの締切明けなので"),
 "666 tab indentation": sub(666, "  replicas: 1", "\treplicas: 1"),
 "666 claim not defined": sub(666, "claimName: datasets-ro", "claimName: datasets"),
 "666 catalogue title in negative": sub(666, "# 텐서보드", "# Attention Is All You Need"),
 "666 arXiv id in negative": sub(666, "image: tensorflow/tensorflow:2.15.0", "image: tensorflow/tensorflow:2.15.0  # 2106.09685"),
 "expected: wrong evidence": exp_edit(lambda e: first(657)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(661)(e)[4].update(arxiv_id="2104.14294")),
 "expected: wrong title": exp_edit(lambda e: first(664)(e)[0].update(title="Stable Diffusion 3")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(659)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[666]].append(dict(first(657)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(665)(e).append(dict(first(660)(e)[0]))),
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
shutil.rmtree("/tmp/round64-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
