#!/usr/bin/env python3
"""Breaks a scratch copy of round217 (/tmp/r217/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round215's harness, with round217's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r217/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2187, 2197)}


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

ALL = range(2187, 2197)
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} CRLF": text(n, lambda s: s.replace("\n", "\r\n")) for n in ALL},
 **{f"{n} final newline": text(n, lambda s: s[:-1]) for n in ALL},
 **{f"{n} trailing blank": text(n, lambda s: s.replace("\n", " \n", 1)) for n in ALL},
 # 2187 helmfile.yaml
 "2187 unknown top-level key": sub(2187, "helmDefaults:\n", "helmDefault:\n"),
 "2187 tab": sub(2187, "    namespace: treino", "\tnamespace: treino"),
 "2187 odd indentation": sub(2187, "    chart: grafana/grafana", "     chart: grafana/grafana"),
 "2187 chart from no repository": sub(2187, "chart: grafana/grafana", "chart: bitnami/grafana"),
 "2187 bad version": sub(2187, "version: 0.2.0", "version: v0.2"),
 "2187 needs unknown release": sub(2187, "      - inferencia/vllm-gateway", "      - inferencia/vllm-gw"),
 "2187 release without namespace": sub(2187, "  - name: red-team\n    namespace: avaliacao\n", "  - name: red-team\n"),
 "2187 set without value": sub(2187, "      - name: speculative.numTokens\n        value: 5\n", "      - name: speculative.numTokens\n"),
 "2187 quote not closed": sub(2187, 'value: "2024.06"', 'value: "2024.06'),
 "2187 installed not boolean": sub(2187, "installed: false", "installed: nao"),
 # 2188 kustomization.yaml
 "2188 kind first": sub(2188, "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n", "kind: Kustomization\napiVersion: kustomize.config.k8s.io/v1beta1\n"),
 "2188 wrong apiVersion": sub(2188, "kustomize.config.k8s.io/v1beta1", "kustomize.config.k8s.io/v1"),
 "2188 unknown key": sub(2188, "\nimages:\n", "\nimage:\n"),
 "2188 namespace not DNS": sub(2188, "namespace: czytelnia-prod", "namespace: Czytelnia_Prod"),
 "2188 literal not KEY=value": sub(2188, "      - TYDZIEN_STARTU=2024-W10", "      - TYDZIEN_STARTU: 2024-W10"),
 "2188 literal key twice": sub(2188, "      - TYDZIEN_STARTU=2024-W10", "      - LEKTURA_01=2024-W10"),
 "2188 bad behavior": sub(2188, "behavior: replace", "behavior: overwrite"),
 "2188 bad patch op": sub(2188, "- op: replace", "- op: set"),
 "2188 patch without target": sub(2188, "  - path: replicas.yaml\n    target:\n      kind: Deployment\n      name: czytelnia-api\n", "  - path: replicas.yaml\n"),
 "2188 key twice": sub(2188, "\nresources:\n", "\nnamespace: drugi\nresources:\n"),
 # 2189 i3 config
 "2189 no header": sub(2189, "# i3 config file (v4)\n", "# i3 config\n"),
 "2189 unknown command": sub(2189, "floating_modifier $mod", "floating_mod $mod"),
 "2189 variable not set": sub(2189, "bindsym $mod+3 workspace number $ws3", "bindsym $mod+3 workspace number $ws4"),
 "2189 mode not closed": sub(2189, '        bindsym Return mode "default"\n}\n', '        bindsym Return mode "default"\n'),
 "2189 mode undefined": sub(2189, "bindsym $mod+r mode $cteni", "bindsym $mod+r mode $citani"),
 "2189 bindsym without command": sub(2189, "bindsym $mod+Shift+q kill", "bindsym $mod+Shift+q"),
 "2189 quotes not paired": sub(2189, "-B 'Ano' 'i3-msg exit'\"", "-B 'Ano 'i3-msg exit'\""),
 "2189 bad bar option": sub(2189, "        position top", "        placement top"),
 "2189 set without value": sub(2189, "set $mod Mod4", "set $mod"),
 # 2190 kitty.conf
 "2190 unknown option": sub(2190, "tab_bar_edge top", "tab_bar_side top"),
 "2190 option twice": sub(2190, "enable_audio_bell no", "enable_audio_bell no\nfont_size 12"),
 "2190 unknown action": sub(2190, "map kitty_mod+t     new_tab_with_cwd", "map kitty_mod+t     open_tab"),
 "2190 open_url without URL": sub(2190, "map f3 open_url http://arxiv.org/abs/2008.07669", "map f3 open_url arxiv.org/abs/2008.07669"),
 "2190 key mapped twice": sub(2190, "map f6 launch", "map f1 launch"),
 "2190 font size": sub(2190, "font_size 11.5", "font_size large"),
 "2190 cursor shape": sub(2190, "cursor_shape beam", "cursor_shape bar"),
 "2190 fold not closed": sub(2190, "listen_on unix:/tmp/kitty-linnea\n\n#: }}}\n", "listen_on unix:/tmp/kitty-linnea\n"),
 "2190 bell not yes/no": sub(2190, "enable_audio_bell no", "enable_audio_bell off"),
 # 2191 .zshrc
 "2191 quote not closed": sub(2191, "alias gs='git status -sb'", "alias gs='git status -sb"),
 "2191 brace not closed": sub(2191, "    print -l ${(k)okuma}\n  fi\n}\n", "    print -l ${(k)okuma}\n  fi\n"),
 "2191 fi missing": sub(2191, "  fi\n}", "\n}"),
 "2191 alias twice": sub(2191, "alias ll='ls -lah'", "alias gs='ls -lah'"),
 "2191 alias unquoted": sub(2191, "alias gpu='watch -n 2 nvidia-smi'", "alias gpu=watch -n 2 nvidia-smi"),
 "2191 plugins after source": sub(2191, "plugins=(git z fzf conda-zsh-completion)\n\nsource $ZSH/oh-my-zsh.sh\n", "source $ZSH/oh-my-zsh.sh\n\nplugins=(git z fzf conda-zsh-completion)\n"),
 "2191 table without typeset": sub(2191, "typeset -A okuma\n", ""),
 "2191 table entry": sub(2191, '  bpe  "https://arxiv.org/pdf/1508.07909v4"', "  bpe"),
 "2191 HISTSIZE": sub(2191, "HISTSIZE=50000", "HISTSIZE=many"),
 "2191 function twice": sub(2191, "sirada() {", "oku() {"),
 # 2192 .vimrc
 "2192 unknown command": sub(2192, "syntax on", "syntx on"),
 "2192 plug end missing": sub(2192, "call plug#end()\n", ""),
 "2192 Plug shape": sub(2192, "Plug 'tpope/vim-fugitive'", "Plug 'vim-fugitive'"),
 "2192 augroup not ended": sub(2192, "augroup END\n", ""),
 "2192 function lower case": sub(2192, "function! LectureDuJour() abort", "function! lectureDuJour() abort"),
 "2192 endfunction missing": sub(2192, "endfunction\n", ""),
 "2192 mapping without <CR>": sub(2192, "nnoremap <leader>l :Lecture<CR>", "nnoremap <leader>l :Lecture"),
 "2192 abbreviation twice": sub(2192, "iabbrev llv ", "iabbrev flam "),
 "2192 key mapped twice": sub(2192, "nnoremap <leader>p4", "nnoremap <leader>p3"),
 "2192 command used before defined": sub(2192, "command! Lecture call LectureDuJour()\nnnoremap <leader>l :Lecture<CR>", "nnoremap <leader>l :Lecture<CR>\ncommand! Lecture call LectureDuJour()"),
 # 2193 W&B sweep
 "2193 bad method": sub(2193, "method: bayes", "method: optuna"),
 "2193 unknown key": sub(2193, "early_terminate:\n", "early_stop:\n"),
 "2193 bad goal": sub(2193, "goal: maximize", "goal: max"),
 "2193 bad distribution": sub(2193, "distribution: log_uniform_values", "distribution: loguniform"),
 "2193 min above max": sub(2193, "min: 0.0001", "min: 0.1"),
 "2193 unknown parameter field": sub(2193, "  epochs:\n    value: 100", "  epochs:\n    default: 100"),
 "2193 values not a list": sub(2193, 'values: ["ce", "supcon"]', 'values: "ce, supcon"'),
 "2193 bad macro": sub(2193, "  - ${args}", "  - ${arguments}"),
 "2193 early terminate type": sub(2193, "type: hyperband", "type: median"),
 "2193 program not .py": sub(2193, "program: train.py", "program: train"),
 # 2194 setup.cfg
 "2194 not INI": sub(2194, "[options]\n", "[options\n"),
 "2194 unknown section": sub(2194, "[flake8]", "[flake9]"),
 "2194 unknown metadata key": sub(2194, "license = MIT", "licence = MIT"),
 "2194 version": sub(2194, "version = 0.6.1", "version = 0.6.1-beta"),
 "2194 project_urls entry": sub(2194, "    Tracker = https://github.com/hieunang-lab/chuthich/issues", "    Tracker: github.com/hieunang-lab/chuthich/issues"),
 "2194 requirement": sub(2194, "    einops>=0.7", "    einops >= 0.7"),
 "2194 find without section": sub(2194, "[options.packages.find]\nwhere = src\n", ""),
 "2194 entry point": sub(2194, "chuthich-bench = chuthich.bench:main", "chuthich-bench = chuthich.bench.main"),
 "2194 key twice": sub(2194, "license = MIT", "version = 1.0"),
 "2194 classifier": sub(2194, "    Intended Audience :: Education", "    intended audience - education"),
 # 2195 .latexmkrc
 "2195 missing semicolon": sub(2195, "$max_repeat = 6;", "$max_repeat = 6"),
 "2195 string not closed": sub(2195, "$out_dir = 'build';", "$out_dir = 'build;"),
 "2195 brace not closed": sub(2195, "    return system(\"makeglossaries -d '$path' '$base_name'\");\n}\n", "    return system(\"makeglossaries -d '$path' '$base_name'\");\n"),
 "2195 unknown variable": sub(2195, "$bibtex_use = 2;", "$bibtex_use = 2;\n$biber_mode = 1;"),
 "2195 pdf mode": sub(2195, "$pdf_mode = 4;", "$pdf_mode = 9;"),
 "2195 lualatex without %S": sub(2195, "-file-line-error %O %S';", "-file-line-error';"),
 "2195 sub undefined": sub(2195, "sub makeglossaries {", "sub make_glossaries {"),
 "2195 default file": sub(2195, "@default_files = ('teza.tex');", "@default_files = ('teza');"),
 "2195 bare word statement": sub(2195, "$clean_ext = 'bbl nav snm vrb';", "$clean_ext = 'bbl nav snm vrb';\nclean_all;"),
 # 2196 .dockerignore
 "2196 pattern twice": sub(2196, "*.pem\n", "*.pem\n.env\n"),
 "2196 space in pattern": sub(2196, "wheels/\n", "wheels/ modeller/\n"),
 "2196 exception re-includes nothing": sub(2196, "!data/README.txt", "!docs/README.txt"),
 "2196 indented pattern": sub(2196, ".venv/\n", "  .venv/\n"),
 "2196 catalogue title in the negative": sub(2196, "# Notater og hemmeligheter", "# Notater og hemmeligheter (" + T_("1512.03385") + ")"),
 "2196 catalogue title in lower case": sub(2196, "# Notater og hemmeligheter", "# Notater og hemmeligheter, " + T_("2304.02643").lower()),
 "2196 arXiv id in the negative": sub(2196, "# Datasett (MNIST,", "# Datasett (arXiv:2006.11239, MNIST,"),
 # text breaks of the labels
 "title cut (2188)": sub(2188, T_("2001.08361"), "Scaling Laws for Language Models"),
 "link removed (2192)": sub(2192, "https://arxiv.org/abs/2204.14198", "https://example.org/flamingo.pdf"),
 "arXiv id removed (2193)": sub(2193, "（arXiv:2108.04392）", "（arXiv）"),
 "OpenReview link removed (2190)": sub(2190, "https://openreview.net/forum?id=rkgNKkHtvB", "https://openreview.net/"),
 "OpenReview link made a group link (2195)": sub(2195, "https://openreview.net/forum?id=PxTIG12RRHS", "https://openreview.net/group?id=ICLR.cc/2021"),
 "id added to a title-only paper (2187)": sub(2187, T_("1910.02054") + " (estágio 2", T_("1910.02054") + " arXiv:1910.02054 (estágio 2"),
 "link beside an OpenReview record (2189)": sub(2189, "https://openreview.net/forum?id=WE_vluYUL-X,", "https://arxiv.org/abs/2210.03629 https://openreview.net/forum?id=WE_vluYUL-X,"),
 "unlabelled title (2194)": sub(2194, "[tool:pytest]", "# " + T_("2006.11239") + "\n[tool:pytest]"),
 "unlabelled title in lower case (2191)": sub(2191, "# conda\n", "# " + T_("2005.14165").lower() + "\n# conda\n"),
 "unlabelled title in sentence case (2193)": sub(2193, "# 次回候補", "# " + T_("2005.14165")[0] + T_("2005.14165")[1:].lower() + "\n# 次回候補"),
 "unlabelled arXiv id (2190)": sub(2190, "# Seminarieinspelning:", "# se även arXiv:2305.10601\n# Seminarieinspelning:"),
 "unlabelled OpenReview link (2188)": sub(2188, "# Seminarium:", "# https://openreview.net/forum?id=Abc123XyZ9\n# Seminarium:"),
 "arXiv-text id given a link (2191)": sub(2191, "(arXiv:1908.10084)", "(https://arxiv.org/abs/1908.10084)"),
 "title-only id as link (2192)": sub(2192, "iabbrev alig " + T_("2102.05918"), "iabbrev alig " + T_("2102.05918") + " https://arxiv.org/abs/2102.05918"),
 "title cut in a no-arXiv title (2194)": sub(2194, "Understanding the difficulty of training deep feedforward neural networks", "Understanding the difficulty of training deep networks"),
 # expected.json breaks
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2188]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2190])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[2190]][6].update(openreview_id="qVyeW-grC2k")),
 "missing field": exp_edit(lambda e: e[D[2187]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[2189]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[2194]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[2193]].append(dict(e[D[2193]][1]))),
 "bad evidence value": exp_edit(lambda e: e[D[2195]][1].update(evidence="url")),
 "wrong title": exp_edit(lambda e: e[D[2191]][2].update(title="Subword Units")),
 "label in the negative": exp_edit(lambda e: e[D[2196]].append(dict(e[D[2187]][1]))),
 "link record without id": exp_edit(lambda e: e[D[2192]][1].update(arxiv_id=None)),
 "arxiv_id differs from true": exp_edit(lambda e: e[D[2193]][0].update(arxiv_id="1905.11947")),
 "paper in two files": exp_edit(lambda e: e[D[2190]].append(dict(e[D[2192]][1]))),
 "record dropped (paper unlabelled)": exp_edit(lambda e: e[D[2195]].pop(3)),
 "paper at an even position": exp_edit(lambda e: e[D[2188]].append({"arxiv_id": None, "openreview_id": None, "title": T_("1512.03385"), "evidence": "title-only", "true_arxiv_id": "1512.03385"})),
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
