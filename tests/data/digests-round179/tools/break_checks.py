#!/usr/bin/env python3
"""Breaks a scratch copy of round179 (/tmp/round179-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round177's harness, with round179's cases; every digest is UTF-8; the pasted terminals 1807, 1808 and
1814 end on a bare prompt without a final newline, 1813 (JSON.stringify's one line) has none; the others end with
one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round179-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1807, 1817)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def drop_first_line(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8").read()
        open(p, "w", encoding="utf-8").write(s.split("\n", 1)[1])
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1807 Deno REPL
 "1807 banner": sub(1807, "exit using ctrl+d, ctrl+c, or close()", "exit using ctrl+d or close()"),
 "1807 length": sub(1807, "> liste.length\n10\n", "> liste.length\n11\n"),
 "1807 filtered array": sub(1807, '  "Textbooks Are All You Need",\n', ""),
 "1807 padEnd": sub(1807, "offen     Textbooks", "offen    Textbooks"),
 "1807 groupBy count": sub(1807, "offen: 4 }", "offen: 5 }"),
 "1807 groupBy quoting": sub(1807, "{ gelesen: 4", '{ "gelesen": 4'),
 "1807 loop undefined": sub(1807, "Code zum Nachbauen\nundefined\n", "Code zum Nachbauen\n"),
 "1807 no close": sub(1807, "> close()\n", ""),
 "1807 bare prompt": append(1807, "\n"),
 # 1808 ES|QL
 "1808 pretty layout": sub(1808, '"columns" : [', '"columns": ['),
 "1808 column not kept": sub(1808, '"name" : "remarque"', '"name" : "note"'),
 "1808 integer type": sub(1808, "      2019,", '      "2019",'),
 "1808 sort order": sub(1808, "      2019,", "      2023,"),
 "1808 row width": sub(1808, '      "Hugo",\n      "motifs', '      "motifs'),
 "1808 txt layout": sub(1808, "8              |article", "8             |article"),
 "1808 txt counts": sub(1808, "8              |article", "7              |article"),
 "1808 password prompt": sub(1808, "Enter host password for user 'camille':\n{", "{"),
 "1808 type": sub(1808, '"type" : "integer"', '"type" : "int"'),
 # 1809 Power Apps
 "1809 first line": sub(1809, "App As appinfo:", "App:"),
 "1809 record fields": sub(1809, 'Jaar: 2020, Status: "Gelezen", Door: "Sanne"', 'Jaar: 2020, Door: "Sanne"'),
 "1809 Jaar": sub(1809, "Jaar: 2020,", 'Jaar: "2020",'),
 "1809 string": sub(1809, 'voor de ""pose""-sessie', 'voor de "pose"-sessie'),
 "1809 bracket": sub(1809, "            )\n        );", "            \n        );"),
 "1809 Blank": sub(1809, "Link: Blank(), Jaar: 2023", "Link: Leeg(), Jaar: 2023"),
 "1809 filter value": sub(1809, 'Status = "Te lezen")', 'Status = "Nog lezen")'),
 "1809 indent": sub(1809, "    Theme: =PowerAppsTheme", "  Theme: =PowerAppsTheme"),
 "1809 formula =": sub(1809, "BackEnabled: =false", "BackEnabled: false"),
 # 1810 Leptos
 "1810 use line": sub(1810, "use leptos::*;", "use leptos::prelude::*;"),
 "1810 field order": sub(1810, '        arxiv: None,\n        presenter: "김민준",\n        memo: "음성', '        presenter: "김민준",\n        arxiv: None,\n        memo: "음성'),
 "1810 Option": sub(1810, 'url: Some("https://arxiv.org/abs/2006.07733")', 'url: "https://arxiv.org/abs/2006.07733"'),
 "1810 weekly": sub(1810, '"2024-03-14"', '"2024-03-15"'),
 "1810 braces": sub(1810, "                }).collect_view()}", "                }).collect_view()"),
 "1810 tag nesting": sub(1810, "<td>{p.presenter}</td>", "<td>{p.presenter}"),
 "1810 unquoted text": sub(1810, '<th>"날짜"</th>', "<th>날짜</th>"),
 "1810 string": sub(1810, 'memo: "상관 행렬을 단위 행렬로"', 'memo: "상관 행렬을 단위 행렬로'),
 # 1811 Pico
 "1811 header key": sub(1811, "Template: page", "Layout: page"),
 "1811 placeholder": sub(1811, "%meta.title%", "%page_title%"),
 "1811 date": sub(1811, "| 13/2/2024 |", "| 14/2/2024 |"),
 "1811 table row": sub(1811, "(NIPS 2012) | Chiara |", "(NIPS 2012) Chiara |"),
 "1811 header end": sub(1811, "Robots: noindex,nofollow\n---\n", "Robots: noindex,nofollow\n"),
 "1811 link": sub(1811, "](https://arxiv.org/abs/1512.03385)", "](arxiv.org/abs/1512.03385)"),
 # 1812 cheatmd
 "1812 title": drop_first_line(1812),
 "1812 attribute placement": sub(1812, "## Эмбеддинги слов\n{: .col-2}", "## Эмбеддинги слов\n\nТекст.\n{: .col-2}"),
 "1812 class": sub(1812, "{: .list-4}", "{: .list-5}"),
 "1812 list count": sub(1812, "- `:cache_dir`\n", ""),
 "1812 fence": sub(1812, 'rate: 0.15)\n```\n', 'rate: 0.15)\n'),
 "1812 table": sub(1812, "| [arXiv](https://arxiv.org/pdf/1910.13461) |", "| [arXiv](https://arxiv.org/pdf/1910.13461) | x |"),
 # 1813 GitHub Issues notebook
 "1813 final newline": append(1813, "\n"),
 "1813 compact": sub(1813, '[{"kind":1,', '[{"kind": 1,'),
 "1813 kind/language": sub(1813, '{"kind":2,"language":"github-issues","value":"$repo=', '{"kind":1,"language":"github-issues","value":"$repo='),
 "1813 undefined variable": sub(1813, "$repo $paper label:ρομποτική", "$repo $papers label:ρομποτική"),
 "1813 qualifier": sub(1813, "is:closed sort:updated-desc", "is:closed order:updated-desc"),
 "1813 cell keys": sub(1813, '{"kind":1,"language":"markdown","value":"# ', '{"kind":1,"language":"markdown","id":1,"value":"# '),
 # 1814 PSPP
 "1814 frequency": sub(1814, "│Valid kész       │        3│", "│Valid kész       │        4│"),
 "1814 percent": sub(1814, "  33.3%│        33.3%", "  33.4%│        33.3%"),
 "1814 cumulative": sub(1814, "             55.6%│", "             55.5%│"),
 "1814 field count": sub(1814, ';6;"kész";"DeepSpeed alapja"', ';6;"kész"'),
 "1814 F field": sub(1814, ';6;"kész"', ';hat;"kész"'),
 "1814 FREQUENCIES var": sub(1814, "FREQUENCIES /VARIABLES=allapot.", "FREQUENCIES /VARIABLES=statusz."),
 "1814 data change": sub(1814, ';13;"olvasandó";"LLaVA', ';13;"kész";"LLaVA'),
 "1814 bare prompt": append(1814, "\n"),
 # 1815 Midori XBEL
 "1815 XML": sub(1815, "</xbel>", "</xbell>"),
 "1815 DOCTYPE": sub(1815, "<!DOCTYPE xbel PUBLIC", "<!DOCTYPE xml PUBLIC"),
 "1815 href": sub(1815, 'href="https://arxiv.org/abs/2006.03236"', 'href="arxiv.org/abs/2006.03236"'),
 "1815 metadata owner": sub(1815, 'owner="http://www.twotoasts.de"', 'owner="http://midori.example"'),
 "1815 folder title": sub(1815, "  <title>Multimodal &amp; audio</title>\n", ""),
 "1815 indent": sub(1815, "\n    <desc>ICLR 2021</desc>", "\n   <desc>ICLR 2021</desc>"),
 # 1816 Guix
 "1816 parens": sub(1816, '"emacs-org"))', '"emacs-org")'),
 "1816 form": sub(1816, "(specifications->manifest", "(packages->manifest"),
 "1816 package spec": sub(1816, '"python@3.10"', '"Python 3.10"'),
 "1816 duplicate": sub(1816, '"emacs-org"))', '"emacs-org"\n  "git"))'),
 "1816 catalogue title in the negative": sub(1816, ";; Bruk: guix shell", ";; Deep Residual Learning for Image Recognition; bruk: guix shell"),
 "1816 arXiv-shaped id in the negative": sub(1816, "(gpu01.ifi.example.no)", "(gpu01, 2402.12345)"),
 # labels
 "title-only paper gets an id in 1807": sub(1807, "phi-1, Datenqualität", "arXiv 2306.11644, Datenqualität"),
 "title-only paper gets a link in 1813": sub(1813, "— θεωρία, ICML 2021", "— https://arxiv.org/abs/2103.13462"),
 "unlabelled catalogue id in 1811": sub(1811, "capitoli 7 e 8", "capitoli 7 e 8, vedi 2201.03545"),
 "other file's title in 1810": sub(1810, "발표 자료는 랩 드라이브에", "Segment Anything 발표 자료는 랩 드라이브에"),
 "labelled title lost in 1808": sub(1808, "Linformer: Self-Attention with Linear Complexity", "Linformer", count=0),
 "unlabelled OpenReview id in 1809": sub(1809, "basis voor alles hierna", "https://openreview.net/forum?id=qVyeW-grC2k"),
 "distractor title in 1812": sub(1812, "- Курс Stanford CS224N", "- Dataset Distillation; курс Stanford CS224N"),
 "arxiv-text id lost in 1815": sub(1815, "arXiv 2008.07669", "arXiv"),
 "link lost in 1814": sub(1814, '"https://arxiv.org/abs/1910.02054"', '"https://example.org/zero.pdf"'),
 "OpenReview link cut in 1812": sub(1812, "forum?id=cYr2OPNyTz7", "forum?id=cYr2O"),
 "arxiv-text gets a link in 1811": sub(1811, "— arXiv:2106.10270", "— https://arxiv.org/abs/2106.10270"),
 "label in the negative": exp_edit(lambda e: e[D[1816]].append(dict(e[D[1815]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1810]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1809]][1].update(title="Latent Diffusion")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1814]][0].update(true_arxiv_id="1910.02055", arxiv_id="1910.02055")),
 "paper in two files": exp_edit(lambda e: e[D[1807]].append(dict(e[D[1808]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1815]].append({"arxiv_id": None, "openreview_id": None, "title": "The Curious Case of Neural Text Degeneration", "evidence": "title-only", "true_arxiv_id": "1904.09751"})),
 "too few papers": exp_edit(lambda e: [e[D[1811]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1813]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1812])),
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
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
shutil.rmtree(os.path.dirname(SCR), ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
