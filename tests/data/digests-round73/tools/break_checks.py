#!/usr/bin/env python3
"""Breaks a scratch copy of round73 (/tmp/round73-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round73-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(747, 757)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        assert old in s, (n, old)
        open(p, "wb").write(s.replace(old, new, count).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "747 front matter keys out of order": sub(747, "updated: 1709887316420\ncreated: 1709624403117", "created: 1709624403117\nupdated: 1709887316420"),
 "747 wiki link to a non-note": sub(747, "[[reading.conventions]]", "[[Reading Conventions]]"),
 "747 block anchor repeated": sub(747, "^tuan-3", "^tuan-2"),
 "748 not well-formed": sub(748, "</text:bibliography-mark>", "</text:bibliography>"),
 "748 undefined style": sub(748, 'text:style-name="Text_20_body">Per la detection', 'text:style-name="Corpo_testo">Per la detection'),
 "748 paragraph-count stale": sub(748, '<text:p text:style-name="Text_20_body"></text:p>\n', ""),
 "748 mark missing from bibliography": sub(748, "[Qiu2021]</text:span>", "[Qiu2O21]</text:span>"),
 "749 unknown command": sub(749, "\\q{copie retardée}", "\\quotation{copie retardée}"),
 "749 cross reference to nothing": sub(749, "\\k{sun}", "\\k{sun2023}"),
 "749 brace left open": sub(749, "{\\cw{m2ia/modeles-sequences}}", "{\\cw{m2ia/modeles-sequences}"),
 "749 bibliography id twice": sub(749, "\\B{packer}", "\\B{sun}"),
 "749 heading inside a paragraph": sub(749, "\n\n\\H{ssm-plus}", "\n\\H{ssm-plus}"),
 "750 hunk count wrong": sub(750, "@@ -19,6 +19,13 @@", "@@ -19,6 +19,12 @@"),
 "750 wrong weekday": sub(750, "date:        Tue Mar 05 20:12:33 2024 +0800", "date:        Wed Mar 05 20:12:33 2024 +0800"),
 "750 rev skipped": sub(750, "changeset:   21:", "changeset:   20:"),
 "751 time going back": sub(751, 'time="2024-03-05T21:13:14+09:00"', 'time="2024-03-05T20:13:14+09:00"'),
 "751 two elements on a line": sub(751, '</message>\n<status type="away"', '</message><status type="away"'),
 "751 unescaped ampersand": sub(751, "세미나실 &amp; 줌", "세미나실 & 줌"),
 "752 LF line end": sub(752, "\r\nitem.4.arxiv=1710.03740\r\n", "\nitem.4.arxiv=1710.03740\r\n"),
 "752 unescaped colon": sub(752, "https\\://arxiv.org/abs/2101.08809", "https://arxiv.org/abs/2101.08809"),
 "752 lower-case unicode escape": sub(752, "\\u043A\\u043E\\u0434,peft", "\\u043a\\u043e\\u0434,peft"),
 "752 list.count wrong": sub(752, "list.count=11", "list.count=12"),
 "753 keys not sorted": sub(753, "'seen' => 0,\n      'starred' => 1,", "'starred' => 1,\n      'seen' => 0,"),
 "753 raw non-ASCII": sub(753, "Skr\\x{f3}t", "Skrót"),
 "753 bad indentation": sub(753, "\n    'lang' => 'pl',", "\n   'lang' => 'pl',"),
 "753 unescaped $ in a double-quoted string": sub(753, "pizza za \\$0", "pizza za $0"),
 "754 wrong weekday": sub(754, "On since Mon Mar  4 22:13", "On since Tue Mar  4 22:13"),
 "754 no Plan line": sub(754, "No mail.\nNo Plan.\n", "No mail.\n"),
 "755 not DRF form (spaces)": sub(755, '{"count":10,', '{"count": 10,'),
 "755 snapshot of another URL": sub(755, "web/20240224125256/https://arxiv.org/abs/2006.04768", "web/20240224125256/https://arxiv.org/abs/2006.04769"),
 "756 catalogue title in the negative": sub(756, "#  उपयोग:", "#  Attention Is All You Need\n#  उपयोग:"),
 "756 arXiv id in the negative": sub(756, 'default = "asia-south1"', 'default = "asia-south1" # 2106.09685'),
 "756 heredoc not closed": sub(756, "\n  EOT\n", "\n  EOF\n"),
 "unlabelled catalogue id in 750": sub(750, "（课程）", "（课程，arXiv:2203.15556）"),
 "other file's title in 747": sub(747, "## Việc cần làm", "## Việc cần làm (Mixed Precision Training)"),
 "title-only paper gets a link in 754": sub(754, "（{}）".format("") if False else "Pathways の話は軽く。", "Pathways の話は軽く。https://arxiv.org/abs/2204.02311 "),
 "expected: wrong evidence": exp_edit(lambda e: first(747)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(749)(e)[1].update(arxiv_id="2307.08621")),
 "expected: wrong title": exp_edit(lambda e: first(748)(e)[2].update(title="A ConvNet for the 2010s")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(755)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[756]].append(dict(first(747)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(751)(e).append(dict(first(750)(e)[0]))),
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
shutil.rmtree("/tmp/round73-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
