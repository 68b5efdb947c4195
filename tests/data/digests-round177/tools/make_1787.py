#!/usr/bin/env python3
"""1787: a Ukrainian master's student's terminal (pasted): GNU ed on her plain-text reading list (`ed -p '*'`, so every
command line starts with the `*` prompt). ed prints the byte count of the file it reads, `,n` lists the buffer with
line numbers and a tab, a failed search answers `?` (and `h` explains it: `No match`), `/re/s/…/…/p` changes and prints
the next matching line, `/re/a` appends after it until a lone `.`, `g/re/n` lists the matching lines, `$=` prints the
line count, `w` the bytes written; then `grep -c` on the saved file. Every answer is computed here by running the
session's commands on the modelled buffer (UTF-8 byte counts, ed's current-line rules, searches wrapping around)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1787)
PS = "oksana@noutbuk:~/mahisterska$ "
FILE = "literatura.txt"
BUF = [
 "Література до магістерської, розділ 2 (попереднє навчання мовних моделей)",
 "Позначки: [x] прочитано, [~] читаю, [ ] ще ні",
 f"[x] {T('1301.3781')} — arXiv:1301.3781 — word2vec, для вступу",
 f"[x] {T('1508.07909')} — https://arxiv.org/abs/1508.07909 — BPE, розділ 2.1",
 f"[~] {T('1802.05365')} — https://arxiv.org/abs/1802.05365v2 — ELMo, порівняти з BERT",
 f"[ ] {GPT2} — звіт OpenAI (2019), PDF у теці, на arXiv немає",
 f"[ ] {T('1910.10683')} — https://arxiv.org/pdf/1910.10683v4 — T5, лише розділи 2-3",
 f"[ ] {T('1908.10084')} — EMNLP 2019, для розділу про ембединги речень",
 f"[ ] {T('1910.03771')} — EMNLP 2020 (демо-трек), посилатися як на бібліотеку",
 "Не статті:",
 "- Stanford CS224N, лекції 9-10: https://web.stanford.edu/class/cs224n/",
 "- Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), розд. 10-11: https://web.stanford.edu/~jurafsky/slp3/",
]
NEW = f"[ ] {T('2010.06040')} — https://openreview.net/forum?id={OR('2010.06040')} — порадив науковий керівник, читати разом з ELMo"
# the commands typed at ed's `*` prompt (input-mode lines follow `a`)
CMDS = [",n", "/Radford/", "h", "/Unsupervised Multitask/s/\\[ \\]/[~]/p", ("/HuggingFace/a", [NEW]),
        "g/^\\[x\\]/n", "g/arxiv\\.org/n", "$=", "w", "q"]


def bre(p):
    """the basic regular expressions this session types -> Python: `\\[`, `\\]`, `\\.` literal, `^`, `.`, other
    characters literal"""
    out, i = "", 0
    while i < len(p):
        if p[i] == "\\": out += re.escape(p[i + 1]); i += 2; continue
        out += p[i] if p[i] in "^.$" else re.escape(p[i]); i += 1
    return out


def nbytes(buf):
    return sum(len(l.encode("utf-8")) + 1 for l in buf)


def search(buf, cur, pat):
    n = len(buf)
    for k in range(1, n + 1):
        i = (cur - 1 + k) % n + 1
        if re.search(bre(pat), buf[i - 1]): return i
    return None


def run():
    buf, cur, err, out = list(BUF), len(BUF), "", []
    out.append(str(nbytes(buf)))
    for c in CMDS:
        inp = []
        if isinstance(c, tuple): c, inp = c
        out.append("*" + c)
        if c == ",n":
            out += [f"{i}\t{l}" for i, l in enumerate(buf, 1)]; cur = len(buf)
        elif c == "h":
            out.append(err)
        elif c == "$=":
            out.append(str(len(buf)))
        elif c == "w":
            out.append(str(nbytes(buf)))
        elif c == "q":
            pass
        elif c.startswith("g/"):
            pat = c[2:c.rindex("/")]
            for i, l in enumerate(buf, 1):
                if re.search(bre(pat), l): out.append(f"{i}\t{l}"); cur = i
        else:
            m = re.fullmatch(r"/((?:[^/\\]|\\.)*)/(.*)", c)
            i = search(buf, cur, m[1])
            if i is None: out.append("?"); err = "No match"; continue
            cur, rest = i, m[2]
            if rest == "":
                out.append(buf[i - 1])
            elif rest == "a":
                out += inp + ["."]
                buf[i:i] = inp; cur = i + len(inp)
            else:
                sm = re.fullmatch(r"s/((?:[^/\\]|\\.)*)/([^/]*)/(p?)", rest)
                buf[i - 1] = re.sub(bre(sm[1]), lambda _: sm[2], buf[i - 1], count=1)
                if sm[3]: out.append(buf[i - 1])
    return out, buf


def build():
    out, buf = run()
    L = [PS + f"ed -p '*' {FILE}"] + out
    L += [PS + f"grep -c '^\\[ \\]' {FILE}", str(sum(1 for l in buf if l.startswith("[ ]")))]
    L += [PS + "# GPT-2, Sentence-BERT і HF Transformers ще без посилань — знайти в бібліотеці", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
