#!/usr/bin/env python3
"""Breaks a scratch copy of round67 (/tmp/round67-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round67-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(687, 697)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, count))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "687 path attributes reordered": sub(687, '   prop-mods="false"\n   text-mods="true"\n   kind="file"\n   action="A">/trunk/czytelnia/plan.md', '   action="A"\n   prop-mods="false"\n   text-mods="true"\n   kind="file">/trunk/czytelnia/plan.md'),
 "687 revision out of order": sub(687, 'revision="408"', 'revision="410"'),
 "687 raw ampersand in msg": sub(687, "poprawka &amp;&amp; zamiast", "poprawka && zamiast"),
 "687 unlabelled catalogue id": sub(687, "Tag po pierwszej połowie semestru.", "Tag po pierwszej połowie semestru (por. 2001.04451)."),
 "688 offset wrong": sub(688, '"line_number":7,"absolute_offset":163', '"line_number":7,"absolute_offset":164'),
 "688 spaces in JSON": sub(688, '{"type":"begin","data":{"path":{"text":"notes/misc/decoding.md"}}}', '{"type": "begin", "data": {"path": {"text": "notes/misc/decoding.md"}}}'),
 "688 submatch offsets": sub(688, '{"match":{"text":"論文"},"start":2,"end":8}', '{"match":{"text":"論文"},"start":3,"end":9}'),
 "688 link for a title-only paper": sub(688, "PDF は OpenAI のサイトのみ", "PDF は https://arxiv.org/abs/2206.14858 のみ"),
 "689 raw apostrophe": sub(689, "compare with &apos;", "compare with '"),
 "689 relative location without filename": sub(689, '<location filename="../src/aboutdialog.cpp" line="12"/>', '<location line="+12"/>'),
 "689 two numerus forms": sub(689, "            <numerusform>%n статей у бібліотеці</numerusform>\n", ""),
 "690 empty tnode": sub(690, '</tnodes>', '<t tx="lvargas.20240520090027.99"></t>\n</tnodes>'),
 "690 head changed": sub(690, "<find_panel_settings/>\n", ""),
 "690 title dropped": sub(690, "Score-based Generative Modeling in Latent Space</vh>", "Score-based Generative Modeling</vh>"),
 "691 odoc brace unbalanced": sub(691, "{!Feedback} 模块；暂无链接。}", "{!Feedback} 模块；暂无链接。"),
 "691 sig without end": sub(691, "  val value : t -> float\nend", "  val value : t -> float\n"),
 "691 OpenReview id of another paper": sub(691, "仅用于 {!Checkpoint.load_hf}", "见 https://openreview.net/forum?id=B1ckMDqlg 仅用于 {!Checkpoint.load_hf}"),
 "692 xref without scope": sub(692, 'href="https://arxiv.org/abs/1907.11692" scope="external" format="html"', 'href="https://arxiv.org/abs/1907.11692"'),
 "692 strow missing a cell": sub(692, "                    <stentry>يوسف</stentry>\n", ""),
 "692 catalogue title of another file": sub(692, "مقرر CS224N (تسجيلات 2023).", "مقرر CS224N (تسجيلات 2023) و Longformer: The Long-Document Transformer."),
 "693 bad indentation": sub(693, "\n    <annotation type=\"6\">", "\n   <annotation type=\"6\">"),
 "693 highlight without quads": sub(693, '      <quad ax="0.11" ay="0.32" bx="0.89" by="0.32" cx="0.89" cy="0.35" dx="0.11" dy="0.35" feather="1"/>\n', ""),
 "693 arXiv id on a title-only paper": sub(693, "(Pham &amp; Le)", "(Pham &amp; Le; 2006.05576)"),
 "694 W size off": sub(694, "Kontakt: <nowiki>", "Kontakt:  <nowiki>"),
 "694 raw space in L card": sub(694, "L Kroužek\\sčtení", "L Kroužek čtení"),
 "695 bad relationType": sub(695, 'relationType="IsSupplementedBy"', 'relationType="IsSupplementBy"'),
 "695 arXiv identifier malformed": sub(695, ">arXiv:2106.10199</relatedIdentifier>", ">2106.10199v</relatedIdentifier>"),
 "695 indentation": sub(695, "\n  <publisher>", "\n   <publisher>"),
 "696 datablock not closed": sub(696, "EOD\n\n# εποχή", "\n# εποχή"),
 "696 undefined datablock": sub(696, "plot $wer using 1:2", "plot $werr using 1:2"),
 "696 catalogue title in negative": sub(696, "# Σημειώσεις για την επόμενη αναφορά:", "# Σημειώσεις (Attention Is All You Need):"),
 "696 arXiv id in negative": sub(696, "Τελευταία αλλαγή: 2024-05-10", "Τελευταία αλλαγή: 2024-05-10, βλ. 2106.09685"),
 "expected: wrong evidence": exp_edit(lambda e: first(687)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(688)(e)[1].update(arxiv_id="2206.14858")),
 "expected: wrong title": exp_edit(lambda e: first(690)(e)[0].update(title="Latent Diffusion Models")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(694)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[696]].append(dict(first(687)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(695)(e).append(dict(first(692)(e)[0]))),
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
shutil.rmtree("/tmp/round67-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
