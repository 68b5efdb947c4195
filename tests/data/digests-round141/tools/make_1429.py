#!/usr/bin/env python3
"""1429: an evcxr session (Korean memos): a student keeps the group's sequence-model reading list as a Vec of structs
in the Rust REPL: a derive and a struct on one line, the vec! pasted over several lines (evcxr shows no continuation
prompt), `list.len()`, a filter collected to a Vec (Debug on one line), a borrow error (E0596) then `let mut`, a sort
by title (Rust's byte order), a `for` printing `title -> link`, and `{:#?}` of the first two (Rust's pretty Debug:
four-space indents, trailing commas, `Some(` on its own line). Every printed value is computed from the modelled
vec. Not papers: the mamba repository, the flash-attn install docs, the Longformer repository. Nicknames: LSH, LRA,
GAU, S4, Mamba (written with its full title)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1429, keys

LIST = [  # title, link or None, memo
 (T("2001.04451"), f"https://openreview.net/forum?id={OR('2001.04451')}", "LSH 어텐션 + 가역 레이어, 5/14 발표"),
 (T("2011.04006"), f"https://openreview.net/forum?id={OR('2011.04006')}", "LRA 벤치마크 — 우리 실험 세팅 기준"),
 (T("2006.04768"), "https://arxiv.org/abs/2006.04768", "저랭크 투영, k=256"),
 (T("2312.00752"), "https://arxiv.org/pdf/2312.00752", "선택적 SSM, 하드웨어 친화 스캔"),
 (T("2006.16236"), None, "arXiv:2006.16236 (ICML 2020), 선형 어텐션의 원조"),
 (T("2004.05150"), "https://github.com/allenai/longformer", "코드만 먼저 봄, 논문 링크는 나중에"),
 (T("2202.10447"), None, "GAU 구조. 구현은 다음 주"),
 (T("2103.14636"), None, "서베이 — 3장 표만 정리"),
 ("state-spaces/mamba 저장소 README", "https://github.com/state-spaces/mamba", "설치 순서 (causal-conv1d 먼저)"),
 ("flash-attn 설치 문서", "https://github.com/Dao-AILab/flash-attention#installation-and-features", "CUDA 12.1, 서버에서 빌드 40분"),
]


def dbg(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lit(x):
    return "None" if x is None else f"Some({dbg(x)})"


def pretty(items):
    o = "[\n"
    for t, l, m in items:
        o += "    Paper {\n" + f"        title: {dbg(t)},\n"
        o += ("        link: None,\n" if l is None else f"        link: Some(\n            {dbg(l)},\n        ),\n")
        o += f"        memo: {dbg(m)},\n    }},\n"
    return o + "]\n"


P = "minji@seq-lab:~$ "
out = P + "evcxr\nWelcome to evcxr. For help, type :help\n"
out += ">> #[derive(Debug)] struct Paper { title: &'static str, link: Option<&'static str>, memo: &'static str }\n"
out += ">> let list = vec![\n" + "".join(f"    Paper {{ title: {dbg(t)}, link: {lit(l)}, memo: {dbg(m)} }},\n" for t, l, m in LIST) + "];\n"
out += ">> list.len()\n" + f"{len(LIST)}\n"
out += ">> list.iter().filter(|p| p.link.is_none()).map(|p| p.title).collect::<Vec<_>>()\n"
out += "[" + ", ".join(dbg(t) for t, l, _ in LIST if l is None) + "]\n"
CMD = "list.sort_by_key(|p| p.title);"
out += ">> " + CMD + "\n"
out += ("[E0596] Error: cannot borrow `list` as mutable, as it is not declared as mutable\n"
        "   ╭─[command:1:1]\n   │\n 1 │ " + CMD + "\n   │ ──┬─\n   │   ╰─── cannot borrow as mutable\n───╯\n")
out += ">> let mut list = list;\n>> " + CMD + "\n"
S = sorted(LIST, key=lambda r: r[0].encode())
out += '>> for p in &list { if let Some(u) = p.link { println!("{} -> {}", p.title, u); } }\n'
out += "".join(f"{t} -> {l}\n" for t, l, _ in S if l)
out += '>> println!("{:#?}", &list[..2]);\n' + pretty(S[:2])
out += ">> :quit\n" + P + "\n"
write_only(F1429, out, keys(F1429))
