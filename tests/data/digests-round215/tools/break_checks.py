#!/usr/bin/env python3
"""Breaks a scratch copy of round215 (/tmp/r215/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round213's harness, with round215's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r215/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2167, 2177)}


def text(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        with open(p, "wb") as fh:
            fh.write(f(s).encode("utf-8"))
    return fn


def sub(n, old, new, count=1, regex=False):
    def f(s):
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            return re.sub(old, new, s, count=count, flags=re.S | re.M)
        assert old in s, (n, old)
        return s.replace(old, new, count if count else -1)
    return text(n, f)


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        with open(p) as fh: e = json.load(fh)
        f(e)
        with open(p, "w") as fh: json.dump(e, fh, indent=1, ensure_ascii=False)
    return fn


sys.path.insert(0, os.path.join(HERE, "tools"))
from catalogue import T as T_

ALL = range(2167, 2177)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2167 pandoc defaults
 "2167 from not first": sub(2167, "from: markdown+smart+pipe_tables+footnotes\nto: latex\n", "to: latex\nfrom: markdown+smart+pipe_tables+footnotes\n"),
 "2167 unknown key": sub(2167, "pdf-engine: lualatex", "pdf-engines: lualatex"),
 "2167 tab": sub(2167, "  - kapitel/01-grundlagen.md", "\t- kapitel/01-grundlagen.md"),
 "2167 odd indentation": sub(2167, "  lang: de-DE", "   lang: de-DE"),
 "2167 quote not closed": sub(2167, 'author: "Lukas Heinemann"', 'author: "Lukas Heinemann'),
 "2167 not a boolean": sub(2167, "citeproc: true", "citeproc: ja"),
 "2167 key twice": sub(2167, "toc-depth: 2\n", "toc-depth: 2\nstandalone: true\n"),
 "2167 input not .md": sub(2167, "kapitel/04-fazit.md", "kapitel/04-fazit"),
 # 2168 Sphinx conf.py
 "2168 syntax error": sub(2168, 'release = "2024.05"', 'release = "2024.05'),
 "2168 no release": sub(2168, 'release = "2024.05"\n', ""),
 "2168 extlinks extension missing": sub(2168, '    "sphinx.ext.extlinks",\n', ""),
 "2168 extlinks without %s": sub(2168, '"https://arxiv.org/abs/%s", "arXiv:%s"', '"https://arxiv.org/abs/", "arXiv:%s"'),
 "2168 not a substitution": sub(2168, ".. |riserva| replace::", ".. riserva replace::"),
 "2168 substitution twice": sub(2168, ".. |riserva| replace::", ".. |lettura1| replace::"),
 "2168 unassigned name": sub(2168, '"manuale.tex", "Manuale del laboratorio", author,', '"manuale.tex", "Manuale del laboratorio", authors,'),
 "2168 assigned twice": sub(2168, 'html_title = "Manuale del laboratorio"', 'project = "Manuale del laboratorio"'),
 # 2169 DESCRIPTION
 "2169 blank line": sub(2169, "License: GPL (>= 3)\n", "\nLicense: GPL (>= 3)\n"),
 "2169 field twice": sub(2169, "Type: Package", "Title: Package"),
 "2169 unknown field": sub(2169, "LazyData: true", "LazyDatos: true"),
 "2169 bad version": sub(2169, "Version: 0.4.2", "Version: v0.4.2"),
 "2169 Authors@R not closed": sub(2169, 'person("Laboratorio Optima", role = "cph")', 'person("Laboratorio Optima", role = "cph"'),
 "2169 no cre": sub(2169, 'role = c("aut", "cre")', 'role = c("aut")'),
 "2169 bad reference": sub(2169, "<arXiv:2103.13462>", "<arxiv 2103.13462>"),
 "2169 bad import": sub(2169, "torch (>= 0.12.0)", "torch >= 0.12.0"),
 "2169 continuation without indent": sub(2169, "\n    en miniatura", "\nen miniatura"),
 # 2170 Pyomo
 "2170 syntax error": sub(2170, '"score": 4,\n    },\n    "trajectory"', '"score": 4,\n    ,\n    "trajectory"'),
 "2170 unknown pyomo name": sub(2170, "    Binary,\n", "    Binary,\n    Solve,\n"),
 "2170 name not imported": sub(2170, "    maximize,\n", ""),
 "2170 component not defined": sub(2170, "model.score = Param(", "model.scores = Param("),
 "2170 score out of range": sub(2170, '"score": 2,', '"score": 7,'),
 "2170 paper field": sub(2170, '"url": "",  # Nature', '"link": "",  # Nature'),
 "2170 rule name": sub(2170, "rule=doel_rule", "rule=doel"),
 # 2171 SMT-LIB
 "2171 paren not closed": sub(2171, "(assert (viikolla dora))", "(assert (viikolla dora)"),
 "2171 unknown command": sub(2171, "(check-sat)", "(check-sats)"),
 "2171 undeclared": sub(2171, "(assert (< linear flash))", "(assert (< linear flashh))"),
 "2171 declared twice": sub(2171, "(declare-const expire Int)", "(declare-const linear Int)"),
 "2171 no set-logic": sub(2171, "(set-logic ALL)\n", ""),
 "2171 get-model first": sub(2171, "(check-sat)\n(get-model)", "(get-model)\n(check-sat)"),
 "2171 quoted symbol not closed": sub(2171, "\n|)\n", "\n)\n"),
 "2171 string not closed": sub(2171, '(define-fun aihe () String "', '(define-fun aihe () String '),
 # 2172 mix.exs
 "2172 end missing": sub(2172, "    ]\n  end\nend\n", "    ]\nend\n"),
 "2172 bracket": sub(2172, "extra_applications: [:logger, :runtime_tools]", "extra_applications: [:logger, :runtime_tools"),
 "2172 string not closed": sub(2172, 'elixir: "~> 1.15",', 'elixir: "~> 1.15,'),
 "2172 undefined function": sub(2172, "aliases: aliases(),", "aliases: alias_list(),"),
 "2172 attribute not set": sub(2172, "source_url: @source_url,", "source_url: @repo_url,"),
 "2172 bad requirement": sub(2172, '{:jason, "~> 1.4"}', '{:jason, "1.4"}'),
 "2172 dependency twice": sub(2172, '{:req, "~> 0.4.14"}', '{:jason, "~> 0.4.14"}'),
 "2172 reading entry comma": sub(2172, "week: 5]\n  ]", "week: 5],\n  ]"),
 "2172 not a mix project": sub(2172, "  use Mix.Project\n", "  use Mix.Config\n"),
 # 2173 fly.toml
 "2173 not TOML": sub(2173, "app = 'kepszoveg-kereso'", "app = 'kepszoveg-kereso"),
 "2173 port not integer": sub(2173, "internal_port = 8080", "internal_port = '8080'"),
 "2173 port differs": sub(2173, "PORT = '8080'", "PORT = '3000'"),
 "2173 limits": sub(2173, "soft_limit = 20", "soft_limit = 40"),
 "2173 check duration": sub(2173, "interval = '30s'", "interval = '30'"),
 "2173 unknown key": sub(2173, "kill_signal = 'SIGINT'", "kill_signals = 'SIGINT'"),
 "2173 vm memory": sub(2173, "memory = '2gb'", "memory = '2 GB'"),
 "2173 seed not a URL": sub(2173, "\nhttp://arxiv.org/abs/2304.02643\n", "\narxiv.org/abs/2304.02643\n"),
 # 2174 serverless.yml
 "2174 service not first": sub(2174, "service: sampler-demo\nframeworkVersion: '3'\n", "frameworkVersion: '3'\nservice: sampler-demo\n"),
 "2174 no handler": sub(2174, "    handler: handlers/consistency.handler\n", ""),
 "2174 bad handler": sub(2174, "handler: handlers/sde.handler", "handler: handlers/sde"),
 "2174 method": sub(2174, "path: /sample/ddpm\n          method: post", "path: /sample/ddpm\n          method: send"),
 "2174 custom undefined": sub(2174, "MODEL_BUCKET: ${self:custom.bucket}", "MODEL_BUCKET: ${self:custom.bukket}"),
 "2174 timeout too long": sub(2174, "timeout: 900", "timeout: 1200"),
 "2174 schedule": sub(2174, "schedule: rate(1 day)", "schedule: daily"),
 "2174 quote not closed": sub(2174, T_("2208.01618") + "'", T_("2208.01618")),
 "2174 odd indentation": sub(2174, "  runtime: python3.11", "   runtime: python3.11"),
 # 2175 rollup.config.mjs
 "2175 string not closed": sub(2175, "format: 'iife',", "format: 'iife,"),
 "2175 bracket": sub(2175, "nodeResolve({ browser: true }),\n      commonjs(),\n      postcss({ extract", "nodeResolve({ browser: true ),\n      commonjs(),\n      postcss({ extract"),
 "2175 not imported": sub(2175, "import terser from '@rollup/plugin-terser';\n", ""),
 "2175 two export default": sub(2175, "const production =", "export default {};\nconst production ="),
 "2175 missing comma": sub(2175, "name: 'WidgetBacaan',", "name: 'WidgetBacaan'"),
 "2175 bad format": sub(2175, "format: 'es',", "format: 'esmodule',"),
 "2175 block comment not closed": sub(2175, " * Rekaman presentasi: https://video.citra-lab.example.id/presentasi/2024-04\n */", " * Rekaman presentasi: https://video.citra-lab.example.id/presentasi/2024-04\n *"),
 "2175 entry shape": sub(2175, "catatan: 'bagian NAS, minggu ke-8' },\n];", "catatan: 'bagian NAS, minggu ke-8' }\n];"),
 # 2176 .gitattributes
 "2176 pattern without attributes": sub(2176, "noter/ export-ignore", "noter/"),
 "2176 partial LFS": sub(2176, "*.key filter=lfs diff=lfs merge=lfs -text", "*.key filter=lfs diff=lfs"),
 "2176 bad eol": sub(2176, "*.bat text eol=crlf", "*.bat text eol=cr"),
 "2176 pattern twice": sub(2176, "*.jpg binary", "*.png binary"),
 "2176 catalogue title in the negative": sub(2176, "# --- Slides og figurer ---", "# --- Slides og figurer --- (" + T_("1512.03385") + ")"),
 "2176 catalogue title in lower case": sub(2176, "# --- Slides og figurer ---", "# --- Slides og figurer --- " + T_("2304.02643").lower()),
 "2176 arXiv id in the negative": sub(2176, "# CIFAR-10, MNIST og DaNE", "# CIFAR-10 (arXiv:2006.11239), MNIST og DaNE"),
 # text breaks of the labels
 "title cut (2167)": sub(2167, "Scaling Laws for Neural Language Models", "Scaling Laws for Language Models"),
 "link removed (2173)": sub(2173, "https://arxiv.org/abs/2106.13884", "https://example.org/frozen.pdf"),
 "arXiv id removed (2175)": sub(2175, "(arXiv:2004.08955)", "(arXiv)"),
 "OpenReview link removed (2171)": sub(2171, "https://openreview.net/forum?id=", "openreview "),
 "OpenReview link made a group link (2174)": sub(2174, "https://openreview.net/forum?id=PxTIG12RRHS", "https://openreview.net/group?id=ICLR.cc/2021XX"),
 "id added to a title-only paper (2172)": sub(2172, "# Εκτός λίστας (μόνο για συζήτηση): " + T_("2307.15043"), "# Εκτός λίστας (μόνο για συζήτηση): " + T_("2307.15043") + " arXiv:2307.15043"),
 "link beside an OpenReview record (2170)": sub(2170, '"url": "https://openreview.net/forum?id=', '"url": "https://arxiv.org/abs/2210.03629 https://openreview.net/forum?id='),
 "unlabelled title (2169)": sub(2169, "X-Seminario-Video:", "X-Seminario-Nota: " + T_("2006.11239") + "\nX-Seminario-Video:"),
 "unlabelled title in lower case (2168)": sub(2168, "# -- Options for HTML output", "# " + T_("1910.10683").lower() + "\n# -- Options for HTML output"),
 "unlabelled catalogue title in sentence case (2174)": sub(2174, "# 읽기 모임 참고", "# " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n# 읽기 모임 참고"),
 "unlabelled arXiv id (2171)": sub(2171, ";   oppikirja:", ";   ks. myos arXiv:2305.10601\n;   oppikirja:"),
 "unlabelled OpenReview link (2167)": sub(2167, "# Daten: The Pile", "# https://openreview.net/forum?id=Abc123XyZ9\n# Daten: The Pile"),
 "arXiv-text id given a link (2168)": sub(2168, "(arXiv:1802.05365)", "(https://arxiv.org/abs/1802.05365)"),
 "title-only id as link (2173)": sub(2173, "SEED_NOTE = 'Következő kör: " + T_("2011.04419"), "SEED_NOTE = 'Következő kör: " + T_("2011.04419") + " https://arxiv.org/abs/2011.04419"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2174]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2171])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2172]][5].update(openreview_id="3rRgu7OGgBI")),
 "missing field": exp_edit(lambda e: e[D[2167]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2170]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2169]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2173]].append(dict(e[D[2173]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2175]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2168]][0].update(title="Subword Units")),
 "label in the negative": exp_edit(lambda e: e[D[2176]].append(dict(e[D[2167]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2174]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2175]][0].update(arxiv_id="1512.03386")),
 "paper in two files": exp_edit(lambda e: e[D[2171]].append(dict(e[D[2173]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2172]].pop(3)),
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
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
