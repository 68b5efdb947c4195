#!/usr/bin/env python3
"""Breaks a scratch copy of round54 (/tmp/round54-scratch, deleted afterwards) one case at a time and shows that
validate.py reports at least one ERROR for each; the unbroken copy must have none. -v prints each case's ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
TMP = "/tmp/round54-scratch"
V = "-v" in sys.argv


def fname(n):
    return next(f for f in os.listdir(os.path.join(SRC, "digests")) if f.startswith(str(n)))


def _rw(n, fn):
    def f(d):
        p = os.path.join(d, "digests", fname(n)); s = open(p, encoding="utf-8", newline="").read()
        s2 = fn(s); assert s2 != s, n
        open(p, "w", encoding="utf-8", newline="").write(s2)
    return f


def rep(n, old, new, count=1):
    def g(s):
        assert old in s, (n, old); return s.replace(old, new, count)
    return _rw(n, g)


def rx(n, pat, new):
    return _rw(n, lambda s: re.sub(pat, new, s, count=1, flags=re.M))


def exp(fn):
    def f(d):
        p = os.path.join(d, "expected.json"); e = json.load(open(p)); fn(e)
        json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return f


def first(e, n):
    return e[fname(n)]


CASES = [
 # label checks
 ("label: a record dropped (557)", exp(lambda e: first(e, 557).pop(0))),
 ("label: wrong evidence link->title-only (558)", exp(lambda e: first(e, 558)[0].update(evidence="title-only", arxiv_id=None))),
 ("label: title-only made arxiv-text (559)", exp(lambda e: first(e, 559)[5].update(evidence="arxiv-text", arxiv_id=first(e, 559)[5]["true_arxiv_id"]))),
 ("label: wrong true_arxiv_id (560)", exp(lambda e: first(e, 560)[0].update(true_arxiv_id="1409.0474"))),
 ("label: title changed (561)", exp(lambda e: first(e, 561)[0].update(title=first(e, 561)[0]["title"] + " Revisited"))),
 ("label: openreview id wrong (561)", exp(lambda e: first(e, 561)[1].update(openreview_id="r1gs9JgRX"))),
 ("label: a paper in two files (562 gets 563's first)", exp(lambda e: first(e, 562).append(dict(first(e, 563)[0])))),
 ("label: label in the negative (566)", exp(lambda e: first(e, 566).append(dict(first(e, 565)[4])))),
 ("label: paper at an even position", exp(lambda e: first(e, 564)[7].update(title="Denoising Diffusion Probabilistic Models", true_arxiv_id="2006.11239"))),
 ("label: fewer than 8 papers (564)", exp(lambda e: [first(e, 564).pop() for _ in range(2)])),
 ("label: title-only share too low (563)", exp(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(e, 563)[5:]])),
 # text-level leaks
 ("text: another file's title in 558", rep(558, "CategoryGruppoLettura", "Neural Turing Machines\nCategoryGruppoLettura")),
 ("text: unlabelled arXiv id in 561", rep(561, "Hyena 연산자", "arXiv:2104.14294 Hyena 연산자")),
 ("text: unlabelled valid-shaped id in 562", rep(562, "Od tego warto zacząć", "Zob. 2403.01234. Od tego warto zacząć")),
 ("text: unlabelled OpenReview id in 565", rep(565, "<h2>往期读书会</h2>", '<h2>往期读书会</h2><a href="https://web.archive.org/web/20230611084512/https://openreview.net/forum?id=AbCdEf123">x</a>')),
 ("text: title-only paper gets its arXiv URL (564)", rep(564, "(Hendrycks et al., ICLR 2021)", "(Hendrycks et al., ICLR 2021, arxiv.org/abs/2009.03300)")),
 ("text: a labelled title removed (560)", _rw(560, lambda s: s.replace("Segment Anything", "SAM"))),
 ("text: catalogue title in the negative (566)", rep(566, '"views":1874', '"views":1874,"x":"Attention Is All You Need"')),
 ("text: arXiv-shaped number in the negative (566)", rep(566, '"views":1874', '"views":1874,"x":"2104.05521"')),
 # 557 GanttProject
 ("557: dependency on a missing task", rep(557, '<depend id="2"', '<depend id="99"')),
 ("557: milestone with a duration", rep(557, 'meeting="true" start="2024-03-15" duration="0"', 'meeting="true" start="2024-03-15" duration="2"')),
 ("557: webLink not URL-encoded", rx(557, r'webLink="https%3A%2F%2Farxiv\.org%2Fabs%2F2101\.03961"', 'webLink="https://arxiv.org/abs/2101.03961"')),
 ("557: allocation to a missing resource", rep(557, 'resource-id="2"', 'resource-id="9"')),
 ("557: broken XML", rep(557, "</tasks>", "</task>")),
 ("557: task starts on a Saturday", rep(557, 'start="2024-03-18" duration="2"', 'start="2024-03-16" duration="2"')),
 # 558 MoinMoin
 ("558: no #format wiki", rep(558, "#format wiki\n", "")),
 ("558: table row short", rep(558, "|| CVPR 2021 || [[https://openaccess", "|| [[https://openaccess")),
 ("558: link brackets open", rep(558, "[[ElisaFontana]]", "[[ElisaFontana]")),
 ("558: heading markers differ", rep(558, "== Immagine-testo ==", "== Immagine-testo =")),
 # 559 enscript
 ("559: page count in trailer", rep(559, "%%Trailer\n%%Pages: 2", "%%Trailer\n%%Pages: 3")),
 ("559: pagenumstr wrong", rep(559, "/pagenumstr (2) def", "/pagenumstr (3) def")),
 ("559: unescaped parenthesis", rx(559, r"^\(Hieronder \\\(ingekort\\\)", "(Hieronder (ingekort)")),
 ("559: line position off the grid", rx(559, r"^5 707 M$", "5 705 M")),
 ("559: record outside the window", rep(559, "Date: Fri, 26 Mar 2021 17:42:08 GMT", "Date: Fri, 26 Mar 2021 18:42:08 GMT")),
 ("559: record id mismatch", rep(559, "(arXiv:2103.14146) s", "(arXiv:2103.14164) s")),
 ("559: non-ASCII byte in PostScript", rep(559, "Caf\\351", "Café")),
 # 560 MLA
 ("560: LF paragraph", rep(560, "Obras citadas\r\n", "Obras citadas\n")),
 ("560: works cited out of order", rep(560, "Weizenbaum, Joseph.", "Aweizenbaum, Joseph.")),
 ("560: in-text citation without entry", rep(560, "(Ortega Salas)", "(Quintana)")),
 ("560: comment anchor missing", rep(560, "influencia: la arquitectura que domina hoy los modelos de lenguaje generaliza esa intuición.[b]", "influencia: la arquitectura que domina hoy los modelos de lenguaje generaliza esa intuición.")),
 ("560: no BOM", lambda d: open(os.path.join(d, "digests", fname(560)), "wb").write(open(os.path.join(SRC, "digests", fname(560)), "rb").read()[3:])),
 # 561 EndNote
 ("561: field indent", rep(561, "   journal = {Neural Computation}", "  journal = {Neural Computation}")),
 ("561: type vs entry type", rep(561, "@book{RN25", "@misc{RN25")),
 ("561: lower-case doi", rep(561, "   DOI = {", "   doi = {")),
 ("561: duplicate key", rep(561, "@inproceedings{RN12", "@inproceedings{RN11")),
 ("561: unbalanced brace", rep(561, "   year = {1997},", "   year = {1997,")),
 # 562 SurveyMonkey
 ("562: metadata header renamed", rep(562, "Respondent ID,Collector ID", "Respondent,Collector ID")),
 ("562: end before start", rep(562, "03/04/2024 08:16:02 AM", "03/04/2024 07:16:02 AM")),
 ("562: multi-select cell with another label", rep(562, ",Kwantyzacja,,,,,Tak,NF4", ",Adaptery,,,,,Tak,NF4")),
 ("562: collector id malformed", rep(562, ",431877206,", ",43187720,")),
 # 563 Gerrit
 ("563: no XSSI prefix", rep(563, ")]}'\n", "")),
 ("563: = not escaped", rep(563, "change\\u003d8342", "change=8342")),
 ("563: ref does not fit number", rep(563, "refs/changes/42/8342/3", "refs/changes/34/8342/3")),
 ("563: Patch Set number vs revision", rep(563, "Patch Set 2: Code-Review+1", "Patch Set 3: Code-Review+1")),
 ("563: Change-Id footer differs", rx(563, r"Change-Id: I([0-9a-f])", r"Change-Id: Iz")),
 # 564 Nostr
 ("564: content edited, id stale", rep(564, "Fim do fio", "Fim do fio!")),
 ("564: key order", _rw(564, lambda s: s.replace('{"kind":7,"id"', '{"id"', 1).replace('"pubkey"', '"kind":7,"pubkey"', 1) if '{"kind":7,"id"' in s else s + "x")),
 ("564: events not newest first", _rw(564, lambda s: "\n".join(reversed(s.rstrip("\n").split("\n"))) + "\n")),
 ("564: sig shortened", rx(564, r'"sig":"([0-9a-f]{127})[0-9a-f]"', r'"sig":"\1"')),
 # 565 Wayback
 ("565: link not rewritten", rep(565, 'href="/web/20230611084512/https://vislab.example.edu.cn/people.html"', 'href="https://vislab.example.edu.cn/people.html"')),
 ("565: another timestamp", rep(565, "/web/20230611084512cs_/", "/web/20230611084513cs_/")),
 ("565: css without cs_", rep(565, "/web/20230611084512cs_/", "/web/20230611084512/")),
 ("565: FILE ARCHIVED date", rep(565, "FILE ARCHIVED ON 08:45:12 Jun 11, 2023", "FILE ARCHIVED ON 08:45:12 Jun 12, 2023")),
 ("565: toolbar end marker missing", rep(565, "<!-- END WAYBACK TOOLBAR INSERT -->", "")),
 ("565: bad nesting", rep(565, "</tbody>", "</thead>")),
 # 566 Telegraph
 ("566: url vs path", rep(566, '"url":"https:\\/\\/telegra.ph\\/Derekter', '"url":"https:\\/\\/telegra.ph\\/Dereker')),
 ("566: tag not allowed", rep(566, '{"tag":"h3"', '{"tag":"h2"')),
 ("566: unescaped slash", rep(566, "https:\\/\\/t.me", "https://t.me")),
 ("566: not ok", rep(566, '{"ok":true', '{"ok":false')),
]


def fresh():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    shutil.copytree(os.path.join(SRC, "digests"), os.path.join(TMP, "digests"))
    for x in ("expected.json", "validate.py"): shutil.copy(os.path.join(SRC, x), TMP)


def run():
    out = subprocess.run([sys.executable, os.path.join(TMP, "validate.py")], capture_output=True, text=True)
    return [l for l in (out.stdout + out.stderr).splitlines() if l.startswith(("ERROR", "Traceback"))]


fresh()
base = run()
print(f"unbroken copy: {len(base)} errors")
ok, total = not base, 0
for name, fn in CASES:
    fresh(); fn(TMP); errs = run(); total += len(errs)
    print(f"{'ok  ' if errs else 'MISS'} {name}: {len(errs)} error(s)")
    if V: [print("     ", e[:160]) for e in errs]
    ok &= bool(errs)
shutil.rmtree(TMP, ignore_errors=True)
print(f"cases {len(CASES)} errors {total} — {'every case caught' if ok else 'SOME CASES MISSED'}")
sys.exit(0 if ok else 1)
