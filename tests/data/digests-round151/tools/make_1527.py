#!/usr/bin/env python3
"""1527: a Swedish language-technology group's Pike session (Hilfe, the incremental Pike frontend) over its TSV reading
list: Hilfe's banner, `> ` / `>> ` inputs, `(n) Result: …` answers for expressions only (declarations and statements
print none), arrays and strings in sprintf("%O") form — tabs as \\t, Latin-1 characters as octal escapes (\\344 for ä)
after utf8_to_string — and write() lines that go through string_to_utf8. Every answer is computed from the modelled
file."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1527)
PS = "anna@sprakbanken-ws3:~/läslista$ "
HEAD = ("titel", "länk", "ansvarig", "anteckning")
ROWS = [
    (T("1910.10683"), "https://arxiv.org/abs/1910.10683", "Anna", "T5 – läs 3.1 om C4 och 3.7 om skalning"),
    (T("1910.13461"), "https://arxiv.org/pdf/1910.13461", "Björn", "BART, jämför brusfunktionerna med T5"),
    (T("2008.07905"), "https://openreview.net/forum?id=ZaYZfu8pT_N", "Elin", "GLAT, icke-autoregressiv MT (ACL 2021)"),
    (T("1802.05365"), "https://arxiv.org/abs/1802.05365v2", "Johan", "ELMo; NAACL 2018"),
    (T("1508.07909"), "arXiv:1508.07909", "Björn", "BPE; jämför med SentencePiece-modellen vi tränade"),
    (T("2004.10102"), "-", "Åsa", "normer i stället för vikter, EMNLP 2020"),
    (T("2010.06040"), "-", "Elin", "hittar bara inlämningen, länk saknas"),
    (T("1301.3781"), "-", "Anna", "word2vec-klassikern, till introt"),
    ("spaCy 3: Language Processing Pipelines (dokumentation)", "https://spacy.io/usage/processing-pipelines", "Johan", "ingen artikel, för labben"),
    ("Hugging Face NLP Course, kap. 6: The 🤗 Tokenizers library", "https://huggingface.co/learn/nlp-course/chapter6/1", "Åsa", "kurs, inte artikel"),
    ("Föredrag: Svenska språkmodeller i praktiken (inspelning)", "https://www.youtube.com/watch?v=q3VbXn2kTfM", "Anna", "video från höstens workshop"),
]


def pike_O(s):
    """sprintf("%O") of a Pike string: quotes, \\t \\n \\" \\\\ escapes, octal for 128..255 (wide characters not used)"""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\t": out.append("\\t")
        elif ch == "\n": out.append("\\n")
        elif ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif 128 <= o <= 255: out.append("\\%o" % o)
        elif o > 255: raise SystemExit(f"wide character {ch!r} shown with %O")
        else: out.append(ch)
    return '"' + "".join(out) + '"'


def result(n, value_lines):
    pre = f"({n}) Result: "
    return [pre + value_lines[0]] + [" " * len(pre) + l for l in value_lines[1:]]


def arr_O(items):
    return [f"({{ /* {len(items)} elements */"] + [f"    {pike_O(x)}{',' if i < len(items) - 1 else ''}" for i, x in enumerate(items)] + ["})"]


def tsv():
    return "\n".join("\t".join(r) for r in [HEAD] + ROWS) + "\n"


def build():
    raw = tsv().encode("utf-8")
    rader = [l for l in tsv().split("\n") if l]
    f = [r.split("\t") for r in rader[1:]]
    L, n = [PS + "pike", "Pike v8.0 release 1738 running Hilfe v3.5 (Incremental Pike Frontend)"], 0

    def expr(src, lines):
        nonlocal n
        n += 1
        L.append("> " + src)
        L.extend(result(n, lines))
    L.append('> string raw = Stdio.read_file("läslista.tsv");')
    expr("sizeof(raw);", [str(len(raw))])
    L.append('> array(string) rader = utf8_to_string(raw) / "\\n" - ({ "" });')
    expr("sizeof(rader);", [str(len(rader))])
    expr("rader[0];", [pike_O(rader[0])])
    L.append('> array(array(string)) f = map(rader[1..], `/, "\\t");')
    expr("column(f, 2);", arr_O([r[2] for r in f]))
    L.append("> foreach (f; int i; array(string) r)")
    L.append('>> write(string_to_utf8(sprintf("%2d %-6s %s\\n", i + 1, r[2], r[0])));')
    for i, r in enumerate(f):
        L.append(f"{i + 1:2d} {r[2]:<6s} {r[0]}")
    expr("column(f, 1);", arr_O([r[1] for r in f]))
    expr('sizeof(filter(column(f, 1), `==, "-"));', [str(sum(1 for r in f if r[1] == "-"))])
    expr('sizeof(filter(column(f, 1), has_prefix, "https://arxiv.org/"));', [str(sum(1 for r in f if r[1].startswith("https://arxiv.org/")))])
    expr("f[4];", arr_O(f[4]))
    expr("f[6][3];", [pike_O(f[6][3])])
    L.append("> quit")
    L.append("Exiting.")
    L.append(PS)
    return "\n".join(L) + "\n", tsv()


if __name__ == "__main__":
    text, data = build()
    write_only(F, text, keys(F), forms=[data])
