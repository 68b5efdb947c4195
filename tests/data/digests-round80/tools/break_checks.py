#!/usr/bin/env python3
"""Breaks a scratch copy of round80 (/tmp/round80-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round80-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(817, 827)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count)
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
 "817 raw < (not Go-escaped)": sub(817, "\\u003c!-- Templat", "<!-- Templat"),
 "817 issues not newest first": sub(817, '"created_at":"2024-03-05T08:12:55+07:00"', '"created_at":"2024-01-05T08:12:55+07:00"'),
 "817 html_url disagrees with number": sub(817, "rencana-baca-2024/issues/7\"", "rencana-baca-2024/issues/70\""),
 "818 unclosed callout": sub(818, "{% endcallout %}\n\n[[toc]]", "\n[[toc]]"),
 "818 table row with a missing cell": sub(818, "| NeurIPS 2020 | ", "| "),
 "818 no front matter": sub(818, "---\nlayout:", "layout:"),
 "819 unstuffed rule in the forward": sub(819, "- " + "-" * 78 + "\n\\\\\narXiv:2208.07339", "-" * 78 + "\n\\\\\narXiv:2208.07339"),
 "819 link line size disagrees": sub(819, ",  1934kb)", ",  1943kb)"),
 "819 line over 80 columns": sub(819, "Programma voor de komende weken", "Programma voor de komende weken, zoals afgesproken op de vorige bijeenkomst in zaal 2.14"),
 "820 unbalanced group": sub(820, "{\\fldrslt \\cf2 \\ul \\ulc2 https://arxiv.org/abs/2106.04560}}", "{\\fldrslt \\cf2 \\ul \\ulc2 https://arxiv.org/abs/2106.04560}"),
 "820 raw non-ASCII": sub(820, "\\'93Scaling", "\u201cScaling"),
 "820 final newline": lambda root: open(os.path.join(root, "digests", D[820]), "a").write("\n"),
 "821 undefined macro": sub(821, "booktitle = neurips", "booktitle = nips"),
 "821 unescaped %": sub(821, "0.3 \\% av", "0.3 % av"),
 "821 author not Last, First": sub(821, "author = {Zhang, Qingru and", "author = {Qingru Zhang and"),
 "821 entry not closed": sub(821, "lågrangsmetoder i samma ekvation. Figur 1 \\& tabell 2 till presentationen.}\n}", "lågrangsmetoder i samma ekvation. Figur 1 \\& tabell 2 till presentationen.}"),
 "822 doubled quote (not MySQL)": sub(822, '\\"neden işe yarıyor?\\"', '""neden işe yarıyor?""'),
 "822 NULL written as empty": sub(822, '"NeurIPS 2014","okundu"', '"NeurIPS 2014",,"okundu"'),
 "822 ids not ascending": sub(822, '"9","makale"', '"2","makale"'),
 "823 unescaped slash": sub(823, "https:\\/\\/arxiv.org\\/abs\\/2304.03442", "https://arxiv.org/abs/2304.03442"),
 "823 dateInserted goes back": sub(823, '"dateInserted":"2024-03-03T12:41:08+00:00"', '"dateInserted":"2024-03-01T12:41:08+00:00"'),
 "823 comment url wrong": sub(823, "#Comment_9440", "#Comment_9441"),
 "824 paper link click-tracked": sub(824, '<a clicktracking=off href="https://arxiv.org/abs/2310.11511"', '<a href="https://arxiv.org/abs/2310.11511"'),
 "824 duplicate data-muid": sub(824, r'data-muid="[0-9a-f-]{36}"', 'data-muid="00000000-0000-0000-0000-000000000000"', count=2, regex=True),
 "824 second open pixel": sub(824, "</body>", '<img src="https://u4187265.ct.sendgrid.net/wf/open?upn=abc" alt=""/></body>'),
 "825 article link not through GoToLink": sub(825, "https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Farxiv.org%2Fabs%2F2204.14198", "https://arxiv.org/abs/2204.14198"),
 "825 shown URL differs from target": sub(825, ">https://arxiv.org/abs/2112.10752v2</a>", ">https://arxiv.org/abs/2112.10752v1</a>"),
 "826 statement without ;": sub(826, "client_max_body_size 512m;", "client_max_body_size 512m"),
 "826 upstream never used": sub(826, "upstream minio_api", "upstream minio_s3"),
 "826 catalogue title in the negative": sub(826, "# จบไฟล์", "# Attention Is All You Need\n# จบไฟล์"),
 "826 arXiv id in the negative": sub(826, "keepalive 16; }", "keepalive 16; } # 2106.09685"),
 "unlabelled catalogue id in 817": sub(817, "(arXiv:1508.07909)", "(arXiv:1508.07909, lihat juga arXiv:2106.09685)"),
 "other file's title in 825": sub(825, "<p>如有错误欢迎", "<p>另见 Random Feature Attention。如有错误欢迎"),
 "title-only paper gets a link in 821": sub(821, "Continual Learning}},\n\tbooktitle = iclr,", "Continual Learning}},\n\turl = {https://arxiv.org/abs/2103.09762},\n\tbooktitle = iclr,"),
 "expected: wrong evidence": exp_edit(lambda e: first(818)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(820)(e)[0].update(arxiv_id="2106.10270")),
 "expected: wrong title": exp_edit(lambda e: first(822)(e)[1].update(title="Mamba")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(825)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[826]].append(dict(first(817)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(819)(e).append(dict(first(824)(e)[0]))),
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
shutil.rmtree("/tmp/round80-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
