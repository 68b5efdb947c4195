#!/usr/bin/env python3
"""Breaks a scratch copy of round81 (/tmp/round81-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round81-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(827, 837)}


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
 "827 unbalanced brace": sub(827, "public final class KernelAttenzione {", "public final class KernelAttenzione {{"),
 "827 @param not in the signature": sub(827, "@param nHash numero di round di hashing", "@param nRound numero di round di hashing"),
 "827 {@link} to an undefined name": sub(827, "{@link BufferPool}", "{@link PoolDiBuffer}"),
 "827 Javadoc not before a declaration": sub(827, "    public static final int SOGLIA_TILE = 512;", "\n    // soglia\n    public static final int SOGLIA_TILE = 512;"),
 "828 Count wrong": sub(828, '"Count": 14', '"Count": 15'),
 "828 N not a string": sub(828, '"N": "7"', '"N": 7'),
 "828 not the CLI layout": sub(828, '    "Count"', '  "Count"'),
 "829 tab indentation": sub(829, "  %header.naglowek-strony", "\t%header.naglowek-strony"),
 "829 unknown tag": sub(829, "%ol.lista-artykulow", "%olx.lista-artykulow"),
 "829 indentation jump": sub(829, "    %h1= current_page.data.title", "        %h1= current_page.data.title"),
 "830 raw colon in rich text": sub(830, "&#58;", ":"),
 "830 etag and version disagree": sub(830, '"etag":"\\"5\\""', '"etag":"\\"6\\""'),
 "830 final newline": lambda root: open(os.path.join(root, "digests", D[830]), "a").write("\n"),
 "831 wrong weekday": sub(831, "Tuesday, March 5, 2024", "Monday, March 5, 2024"),
 "831 source numbering skips": sub(831, "\n3             Syfte", "\n4             Syfte"),
 "831 record length wrong": sub(831, r"(;vetenskap) (\d+)\n", r"\1 999\n", regex=True),
 "832 string length wrong": sub(832, "# length: 79\n", "# length: 80\n"),
 "832 cell size wrong": sub(832, "# rows: 12\n# columns: 4", "# rows: 12\n# columns: 5"),
 "833 not oldest first": sub(833, '"created_on": "2024-03-05T12:31:19.903548+00:00"', '"created_on": "2024-03-01T12:31:19.903548+00:00"'),
 "833 not Bitbucket's separators": sub(833, '"pagelen": 50', '"pagelen":50'),
 "834 string byte length wrong": sub(834, 's:5:"ja_JP"', 's:6:"ja_JP"'),
 "834 array count wrong": sub(834, "reading_list|a:8:", "reading_list|a:9:"),
 "835 xref to an undefined id": sub(835, '<xref ref="bib-dbn"/>', '<xref ref="bib-dbn2"/>'),
 "835 not well-formed": sub(835, "</abstract>", ""),
 "836 transaction does not balance": sub(836, "liabilities:creditcard:groep          -1.255,80 EUR", "liabilities:creditcard:groep          -1.255,00 EUR"),
 "836 undeclared account": sub(836, "    expenses:opleiding                       650,00 EUR", "    expenses:cursussen                       650,00 EUR"),
 "836 catalogue title in the negative": sub(836, "; Vragen voor", "; Long Short-Term Memory\n; Vragen voor"),
 "836 arXiv id in the negative": sub(836, "(NWO-XS-24)", "(NWO-XS-24) 2106.09685"),
 "unlabelled catalogue id in 829": sub(829, "Termin do potwierdzenia", "Termin (arXiv:2106.09685) do potwierdzenia"),
 "other file's title in 833": sub(833, "Hecho en 3f9c2a1.", "Hecho en 3f9c2a1 (Segment Anything)."),
 "title-only paper gets a link in 828": sub(828, '"needs_ethics_review": {', '"link": {\n            "S": "https://arxiv.org/abs/2307.15043"\n        },\n        "needs_ethics_review": {'),
 "labelled title lost in 831": sub(831, "In Search of Lost Domain Generalization", "In Search of Domain Generalization", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(827)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(829)(e)[5].update(arxiv_id="2106.07447")),
 "expected: wrong title": exp_edit(lambda e: first(830)(e)[1].update(title="QLoRA")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(832)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[836]].append(dict(first(827)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(828)(e).append(dict(first(834)(e)[0]))),
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
shutil.rmtree("/tmp/round81-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
