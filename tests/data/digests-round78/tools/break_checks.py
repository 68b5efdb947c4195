#!/usr/bin/env python3
"""Breaks a scratch copy of round78 (/tmp/round78-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. Files are edited in their own charset (799 Windows-1253, 802 Mac OS Roman)."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round78-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(797, 807)}
CS = {799: "cp1253", 802: "mac_roman"}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(CS.get(n, "utf-8"))
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count)
        open(p, "wb").write(s.encode(CS.get(n, "utf-8")))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "797 unescaped slash": sub(797, "https:\\/\\/arxiv.org\\/abs\\/2305.14314", "https://arxiv.org/abs/2305.14314"),
 "797 short ETag": sub(797, r'"ETag":"[0-9a-f]{32}"', '"ETag":"5d41402a"', regex=True),
 "797 final newline": sub(797, r"\]$", "]\n", regex=True),
 "798 Card not closed": sub(798, "  </Card>\n", ""),
 "798 LinkCard not self-closing": sub(798, "slides no Drive.\"\n/>", "slides no Drive.\"\n>"),
 "798 table row too wide": sub(798, "| 2020 | — |", "| 2020 | — | — |"),
 "798 component not imported": sub(798, "import { Aside, Badge,", "import { Aside,"),
 "799 bare LF": sub(799, "\r\n", "\n"),
 "799 wrong separator weekday": sub(799, "From ???@??? Mon Oct 07 10:02:41 2019", "From ???@??? Mon Oct 08 10:02:41 2019"),
 "799 x-flowed not closed": sub(799, "</x-flowed>", ""),
 "800 citation without anchor": sub(800, 'href="#Xhe2016deep"', 'href="#Xhe2016dep"'),
 "800 bibitem label skipped": sub(800, "\n  3<span", "\n  4<span"),
 "801 keys not sorted": sub(801, "        type: article\n        url: https://arxiv.org/abs/2101.03961", "        url: https://arxiv.org/abs/2101.03961\n        type: article"),
 "801 number-like string unquoted": sub(801, "year: '2022'", "year: 2022"),
 "801 person item as '- '": sub(801, "-   first: William", "- first: William"),
 "802 LF line end": sub(802, "\r", "\r\n"),
 "802 row of ten fields": sub(802, "Intérêt (/5);Commentaires", "Intérêt (/5) Commentaires"),
 "803 commentCount disagrees": sub(803, '"commentCount": 9', '"commentCount": 10'),
 "803 timestamp without ms": sub(803, '"2024-03-03T15:02:47.731Z"', '"2024-03-03T15:02:47Z"'),
 "804 bare ampersand": sub(804, "&amp;utm_medium=email", "&utm_medium=email"),
 "804 untracked link": sub(804, "<strong>Code:</strong>", '<strong>Code:</strong> <a href="https://git.example.de/x">x</a>'),
 "805 comment count wrong": sub(805, "Comment(2)", "Comment(3)"),
 "805 div not closed": sub(805, '<div class="description">情報系M2の研究メモと日記。画像認識、音声合成、ときどき3D。</div>', '<div class="description">情報系M2の研究メモと日記。画像認識、音声合成、ときどき3D。'),
 "806 catalogue title in the negative": sub(806, "# Son güncelleme", "# Deep Residual Learning for Image Recognition\n# Son güncelleme"),
 "806 arXiv id in the negative": sub(806, 'SKOR_ESIGI: "0.35"', 'SKOR_ESIGI: "0.35"  # 2106.09685'),
 "806 obsolete version key": sub(806, "x-varsayilan-log:", 'version: "3.9"\n\nx-varsayilan-log:'),
 "806 depends_on undefined service": sub(806, "depends_on: [label-studio, mlflow]", "depends_on: [label-studio, mlflow-ui]"),
 "806 TAB indentation": sub(806, "    restart: unless-stopped", "\trestart: unless-stopped"),
 "unlabelled catalogue id in 798": sub(798, "ComfyUI para", "ComfyUI (arXiv:2106.09685) para"),
 "other file's title in 805": sub(805, "来年度は", "Segment Anything も読みたい。来年度は"),
 "title-only paper gets a link in 800": sub(800, "pp. 770&#8211;778 (2016).", "pp. 770&#8211;778 (2016) https://arxiv.org/abs/1512.03385."),
 "expected: wrong evidence": exp_edit(lambda e: first(797)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(801)(e)[5].update(arxiv_id="1910.10683")),
 "expected: wrong title": exp_edit(lambda e: first(802)(e)[0].update(title="Supervised Contrastive Learning Revisited")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(805)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[806]].append(dict(first(797)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(803)(e).append(dict(first(804)(e)[0]))),
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
shutil.rmtree("/tmp/round78-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
