#!/usr/bin/env python3
"""Breaks a scratch copy of round71 (/tmp/round71-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round71-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(727, 737)}


def sub(n, old, new, count=1, enc="utf-8"):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        s = b[2:].decode("utf-16-le") if enc == "utf-16" else b.decode(enc)
        assert old in s, (n, old)
        s = s.replace(old, new, count)
        open(p, "wb").write(b"\xff\xfe" + s.encode("utf-16-le") if enc == "utf-16" else s.encode(enc))
    return fn


def raw_sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        assert old in b, (n, old)
        open(p, "wb").write(b.replace(old, new, 1))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "727 block line not indented": sub(727, "\n  ## Mục tiêu buổi này", "\n## Mục tiêu buổi này"),
 "727 single backslash": sub(727, "\\\\sqrt", "\\sqrt"),
 "727 keys out of order": sub(727, 'isStarred: true\nisTrashed: false\n', 'isTrashed: false\nisStarred: true\n'),
 "728 LF line end": sub(728, "\"SortBy\"=\"added-desc\"\r\n", "\"SortBy\"=\"added-desc\"\n", enc="utf-16"),
 "728 unescaped backslash in a path": sub(728, "C:\\\\Users\\\\eleni.k", "C:\\Users\\eleni.k", enc="utf-16"),
 "728 no BOM": raw_sub(728, b"\xff\xfeW\x00", b"W\x00"),
 "728 hex continuation without indent": sub(728, ",\\\r\n  00,4c,00", ",\\\r\n00,4c,00", enc="utf-16"),
 "729 end comment names the wrong statement": sub(729, "> # end of PgfCatalog", "> # end of FontCatalog"),
 "729 unescaped apostrophe in a string": sub(729, "wer\\qs mag", "wer's mag"),
 "729 statement not closed": sub(729, "  > # end of PgfFont\n > # end of Pgf\n> # end of PgfCatalog", " > # end of Pgf\n> # end of PgfCatalog"),
 "730 bulk length off by one": raw_sub(730, b"$6\r\nSELECT", b"$7\r\nSELECT"),
 "730 EXEC missing": raw_sub(730, b"*1\r\n$4\r\nEXEC\r\n", b""),
 "730 timestamp going back": raw_sub(730, b"#TS:1709859603", b"#TS:1709850000"),
 "731 card not 80 columns": sub(731, "NOBJ    =                48213 / jumlah galaksi", "NOBJ    =                48213 / jumlah galaksi "),
 "731 NAXIS1 wrong": sub(731, "NAXIS1  =                 1569", "NAXIS1  =                 1568"),
 "731 value left-aligned": sub(731, "NAXIS2  =                48213 /", "NAXIS2  = 48213                /"),
 "732 column too short": sub(732, '"repositorio"), titulo', '"repositorio", "blog"), titulo'),
 "732 line break inside a string": sub(732, '"Tengyu Ma", ', '"Tengyu\nMa", '),
 "733 memo without a stamp": sub(733, "= 担当表\n[2024-03-05 09:40]\n", "= 担当表\n"),
 "733 impossible reminder date": sub(733, "[2024-04-30]! ", "[2024-04-31]! "),
 "734 stage closer missing": sub(734, "[Pipeline] }\n[Pipeline] // stage\n[Pipeline] withEnv", "[Pipeline] }\n[Pipeline] withEnv"),
 "734 no Finished line": sub(734, "Finished: SUCCESS\n", ""),
 "735 raw slash": sub(735, "https:\\/\\/docs.nerf.studio", "https://docs.nerf.studio"),
 "735 bkmrk id changed": sub(735, '"bkmrk-\\u062c\\u062f\\u0648\\u0644', '"bkmrk-x\\u062c\\u062f\\u0648\\u0644'),
 "735 html tag not closed": sub(735, "<\\/strong>", "", 2),
 "736 catalogue title in the negative": sub(736, "//  Sahibi:", "//  Deep Residual Learning for Image Recognition\n//  Sahibi:"),
 "736 arXiv id in the negative": sub(736, "// ör. /mnt/veri/trhaber-2023", "// ör. /mnt/veri/trhaber-2023 (2106.09685)"),
 "736 bracket left open": sub(736, "  siniflar:: siniflar,", "  siniflar:: [siniflar,"),
 "unlabelled catalogue id in 733": sub(733, "予備日（ライブラリ紹介", "予備日（arXiv:2203.15556 ライブラリ紹介"),
 "other file's title in 727": sub(727, "## Việc cần làm", "## Việc cần làm (Consistency Models)"),
 "title-only paper gets a link in 734": sub(734, "— подбор числа токенов", "https://arxiv.org/abs/2203.15556 — подбор числа токенов"),
 "expected: wrong evidence": exp_edit(lambda e: first(727)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(729)(e)[0].update(arxiv_id="2106.09685")),
 "expected: wrong title": exp_edit(lambda e: first(728)(e)[2].update(title="Consistency Model")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(735)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[736]].append(dict(first(727)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(731)(e).append(dict(first(730)(e)[0]))),
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
shutil.rmtree("/tmp/round71-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
