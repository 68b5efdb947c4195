#!/usr/bin/env python3
"""1271: `cargo run` with `dbg!` output (Greek): a Thessaloniki-like student writes a small Rust CLI `anagnosi`
that loads the group's reading list `diavasma.toml` into `Vec<Paper>` and prints "title <url>"; the terminal (cargo's
compile lines and a warning, the `dbg!` lines on stderr, the program's stdout, and the panic on the first paper with
no url) was pasted into the group's chat. dbg! writes `[src/main.rs:L:C] <expr> = <value>` with `{:#?}`: structs
as `Name {` … `}`, four-space indent, a trailing comma after every field and element, `Some(` … `)` on its own lines,
`None`, `[]` for an empty Vec, strings in Rust's Debug escaping (`\\"`, `\\\\`, `\\n`; Greek printed raw). url fields
with an arXiv or OpenReview link are links; `arxiv: Some("2008.07669")` with `url: None` is arxiv-text; four papers
with neither are title-only; a GitHub repository and a blog post ("The Annotated S4") are entries but not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1271, keys


class S(str):
    pass


class Some:
    def __init__(self, v): self.v = v


def rs(s):
    out = []
    for c in s:
        if c == '"': out.append('\\"')
        elif c == "\\": out.append("\\\\")
        elif c == "\n": out.append("\\n")
        elif c == "\t": out.append("\\t")
        elif c == "\r": out.append("\\r")
        elif ord(c) < 32 or ord(c) == 127: out.append("\\u{%x}" % ord(c))
        else: out.append(c)
    return '"' + "".join(out) + '"'


def dbg(v, ind=0):
    p = " " * ind
    if v is None: return "None"
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return rs(v)
    if isinstance(v, Some): return "Some(\n" + p + "    " + dbg(v.v, ind + 4) + ",\n" + p + ")"
    if isinstance(v, list):
        if not v: return "[]"
        return "[\n" + "".join(p + "    " + dbg(x, ind + 4) + ",\n" for x in v) + p + "]"
    if isinstance(v, tuple):  # (struct name, [(field, value)])
        name, fields = v
        return name + " {\n" + "".join(f"{p}    {k}: {dbg(x, ind + 4)},\n" for k, x in fields) + p + "}"
    raise TypeError(v)


def paper(title, url=None, arxiv=None, note="", year=0, tags=()):
    return ("Paper", [("titlos", title), ("url", Some(url) if url else None), ("arxiv", Some(arxiv) if arxiv else None),
                      ("simeiosi", note), ("etos", Some(year) if year else None), ("etiketes", list(tags))])


papers = [
 paper(T("2205.14135"), "https://arxiv.org/abs/2205.14135", None, "Παρουσίαση: Μαρία, 21/5", 2022, ["attention", "gpu"]),
 paper(T("2111.00396"), "https://openreview.net/forum?id=uYLFoz1vlAC", None, "Η έκδοση του ICLR 2022 (OpenReview)", 2022, ["ssm"]),
 paper(T("2006.16236"), "https://arxiv.org/pdf/2006.16236v3", None, "Γραμμική προσοχή — διαβάζουμε μόνο τις ενότητες 3.1–3.3", 2020, ["attention"]),
 paper("Dao-AILab/flash-attention", "https://github.com/Dao-AILab/flash-attention", None, "Κώδικας, όχι άρθρο — για το εργαστήριο της Πέμπτης", 0, []),
 paper(T("2008.07669"), None, "2008.07669", "Δεν βρήκα σύνδεσμο, μόνο τον αριθμό arXiv", 2020, ["ssm", "rnn"]),
 paper("The Annotated S4", "https://srush.github.io/annotated-s4/", None, "Blog του Sasha Rush με κώδικα JAX — όχι άρθρο", 0, ["ssm"]),
 paper(T("2202.10447"), None, None, "FLASH; ο Γιώργος έχει το PDF", 2022, ["attention"]),
 paper(T("2103.14636"), None, None, "Επισκόπηση \"για αρχάριους\" — από τη λίστα του κ. Παπαδόπουλου", 0, ["survey"]),
 paper(T("1904.10509"), None, None, "Κλασικό, OpenAI 2019", 2019, ["attention", "sparse"]),
 paper(T("2006.03236"), None, None, "NeurIPS 2020", 2020, []),
]
MAIN_DBG, COUNT_DBG, PANIC = (31, 5), (33, 5), (36, 48)
out = ["nikos@thinkpad:~/anagnosi$ cargo run -- diavasma.toml",
       "   Compiling anagnosi v0.1.0 (/home/nikos/anagnosi)",
       "warning: unused import: `std::collections::HashMap`",
       " --> src/main.rs:1:5",
       "  |",
       "1 | use std::collections::HashMap;",
       "  |     ^^^^^^^^^^^^^^^^^^^^^^^^^",
       "  |",
       "  = note: `#[warn(unused_imports)]` on by default",
       "",
       "warning: `anagnosi` (bin \"anagnosi\") generated 1 warning (run `cargo fix --bin \"anagnosi\"` to apply 1 suggestion)",
       "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 2.41s",
       "     Running `target/debug/anagnosi diavasma.toml`",
       f"[src/main.rs:{MAIN_DBG[0]}:{MAIN_DBG[1]}] &papers = " + dbg(papers)]
nourl = sum(1 for _, f in papers if f[1][1] is None)
out.append(f"[src/main.rs:{COUNT_DBG[0]}:{COUNT_DBG[1]}] papers.iter().filter(|p| p.url.is_none()).count() = {nourl}")
for _, f in papers:
    if f[1][1] is None: break
    out.append(f"{f[0][1]} <{f[1][1].v}>")
out += [f"thread 'main' panicked at src/main.rs:{PANIC[0]}:{PANIC[1]}:", "called `Option::unwrap()` on a `None` value",
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", "nikos@thinkpad:~/anagnosi$ "]
text = "\n".join(out) + "\n"
write_only(F1271, text, keys(F1271))
