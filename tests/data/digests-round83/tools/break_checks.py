#!/usr/bin/env python3
"""Breaks a scratch copy of round83 (/tmp/round83-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round81's harness, with round83's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round83-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(847, 857)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "847 BOM dropped": sub(847, "\ufeff", ""),
 "847 a bare LF": sub(847, "using System;\r\n", "using System;\n"),
 "847 <param> not in the signature": sub(847, '<param name="recompensa">', '<param name="premio">'),
 "847 doc comment not well-formed": sub(847, "&amp; horizonte", "& horizonte"),
 "847 unbalanced brace": sub(847, "        #region Configuração", "        {\r\n        #region Configuração"),
 "848 time goes backwards": sub(848, "  when: 1709309824\n", "  when: 1709309800\n"),
 "848 unescaped backslash": sub(848, "- cmd: ls\n", "- cmd: ls \\d\n"),
 "848 when missing": sub(848, "- cmd: git status\n  when: 1709309824\n", "- cmd: git status\n"),
 "849 box row narrower": sub(849, "│ 已读    │", "│ 已读   │"),
 "849 unknown type": sub(849, "│ int32 │", "│ intXX │"),
 "849 line mode not aligned": sub(849, "\n  title = ", "\n title = "),
 "850 each block not closed": sub(850, "{/each}", ""),
 "850 element not closed": sub(850, "</aside>", ""),
 "851 not message_to_json layout": sub(851, '  "runs": [', '"runs": ['),
 "851 run_uuid != run_id": sub(851, '"run_uuid": "5fcb', '"run_uuid": "5fcc'),
 "851 runs not newest first": sub(851, '"start_time": 1710136800000', '"start_time": 1700136800000'),
 "853 push-ID time != createdAt": sub(853, '"createdAt":1707814863211', '"createdAt":1707814863212'),
 "853 null stored": sub(853, '"version":3', '"version":null'),
 "853 not the export layout": sub(853, '{"groups":', '{"groups": '),
 "852 unbalanced brace": sub(852, "public struct AtencionPorBloques: MecanismoDeAtencion {", "public struct AtencionPorBloques: MecanismoDeAtencion {{"),
 "852 parameter not in the signature": sub(852, "- Parameter tamanoBloque:", "- Parameter tamano:"),
 "852 doc comment not before a declaration": sub(852, "/// Número de filas por bloque.\n", "/// Número de filas por bloque.\n\n"),
 "852 unknown callout": sub(852, "/// - Warning: Solo vale", "/// - Cuidado: Solo vale"),
 "854 not the playground layout": sub(854, '\n  "data"', '\n "data"'),
 "854 endCursor not the last cursor": sub(854, '"endCursor": "', '"endCursor": "x'),
 "854 image not in Hashnode's form": sub(854, ' align=\\"center\\")', ')'),
 "854 ObjectId time after publishedAt": sub(854, '"publishedAt": "2024-03-18T14:30:00.000Z"', '"publishedAt": "2024-03-18T12:30:00.000Z"'),
 "855 row count wrong": sub(855, "(8 rows)", "(9 rows)"),
 "855 value not right-aligned": sub(855, "  akil-yurutme |  1 |   okundu", "  akil-yurutme |  1 | okundu  "),
 "855 banner missing": sub(855, "[cqlsh 6.1.0", "[cqlsh6.1.0"),
 "855 expanded record misaligned": sub(855, "\n id       | 4", "\n id      | 4"),
 "title-only paper gets a link in 854": sub(854, "두 번째 논문의 링크가 필요하신 분은", "https://arxiv.org/abs/2208.01618 두 번째 논문의 링크가 필요하신 분은"),
 "856 Host * not last": lambda root: open(os.path.join(root, "digests", D[856]), "a").write("\nHost extra\n    User x\n"),
 "856 unknown keyword": sub(856, "    Compression no", "    Compresion no"),
 "856 catalogue title in the negative": sub(856, "# Важливо:", "# Mixed Precision Training\n# Важливо:"),
 "856 arXiv id in the negative": sub(856, "Port 2222", "Port 2222\n    # 2106.09685"),
 "unlabelled catalogue id in 849": sub(849, "NAACL 2018 最佳论文。", "NAACL 2018 最佳论文。另见 arXiv:1706.03762。"),
 "other file's title in 850": sub(850, "(Überblick, Stand Januar 2024).", "(Überblick zu Deep Residual Learning for Image Recognition)."),
 "labelled title lost in 853": sub(853, "Gradient Projection Memory for Continual Learning", "Gradient Projection Memory", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(847)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(850)(e)[5].update(arxiv_id="1912.11370")),
 "expected: wrong title": exp_edit(lambda e: first(851)(e)[1].update(title="LLM.int8()")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(852)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[856]].append(dict(first(847)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(848)(e).append(dict(first(855)(e)[0]))),
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
shutil.rmtree("/tmp/round83-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
