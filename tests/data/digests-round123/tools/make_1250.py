#!/usr/bin/env python3
"""1250: a GDB session (Russian): a Novosibirsk-like student's C program `chitalka` prints the group's reading list
from `spisok.tsv` and crashes; the student ran it under gdb in a Docker container (LANG unset, so gdb's host charset
is ASCII) and pasted the whole terminal into the group chat's thread. The program's own output writes the Russian
notes as raw UTF-8; gdb prints every byte ≥ 0x80 inside a string as an octal escape (`\\320\\237`), stops a string
after 200 elements (`"…"...`), shows a char[24] array's trailing NULs as `'\\000' <repeats N times>` when more than
ten, and prints structs on one line until `set print pretty on`. The crash: strlen on a NULL url (an entry with only an
arXiv id). Urls printed by the program or held in `url` (arXiv, OpenReview) are links; `arxiv = "NNNN.NNNNN"` with a
NULL url is arxiv-text; three entries have neither; a repository and a course are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1250, keys

E = [  # title, url, arxiv, note (Russian), year
 (T("1910.10683"), "https://arxiv.org/abs/1910.10683", "", "T5: читали 7 мая, докладчик Артём", 2019),
 (T("1802.05365"), "https://arxiv.org/abs/1802.05365", "", "ELMo, контекстные эмбеддинги; сравнить с word2vec", 2018),
 (T("2008.07905"), "https://openreview.net/forum?id=ZaYZfu8pT_N", "", "неавторегрессионный перевод, версия с OpenReview", 2020),
 (T("2006.03236"), None, "2006.03236", "ссылки нет, только arXiv-номер; Полина обещала сделать обзор на 21 мая вместе с вопросами к семинару и списком экспериментов", 2020),
 (T("1508.07909"), None, "1508.07909", "BPE; ссылки нет, только номер", 2015),
 (T("1301.3781"), None, "", "только название, PDF у Ильи", 2013),
 (T("2010.06040"), None, "", "только название", 2020),
 (T("2012.08561"), None, "", "только название; это Electric от авторов ELECTRA", 2020),
 ("facebookresearch/fairseq", "https://github.com/facebookresearch/fairseq", "", "репозиторий, не статья", 0),
 ("CS224N: Natural Language Processing with Deep Learning", "https://web.stanford.edu/class/cs224n/", "", "курс, не статья", 0),
]
HEAP = 0x5555555596b0
addr = {}
for i, (t, u, a, z, g) in enumerate(E):
    for j, s in enumerate((t, u, z)):
        if s is not None:
            addr[(i, j)] = HEAP; HEAP += (len(s.encode()) + 1 + 15) // 16 * 16 + 16


def gstr(s, limit=200):
    b = s.encode()
    cut = len(b) > limit
    out = "".join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\' else ("\\" + chr(c) if chr(c) in '"\\' else f"\\{c:03o}") for c in b[:limit])
    return f'"{out}"' + ("..." if cut else "")


def garr(a, n=24):
    pad = n - len(a) - 1
    if not a: return f"'\\000' <repeats {n - 1} times>"
    return f'"{a}", \'\\000\' <repeats {pad} times>' if pad > 10 else '"' + a + "\\000" * pad + '"'


def fields(i):
    t, u, a, z, g = E[i]
    return [("title", f"0x{addr[(i, 0)]:x} {gstr(t)}"), ("url", f"0x{addr[(i, 1)]:x} {gstr(u)}" if u else "0x0"),
            ("arxiv", garr(a)), ("zametka", f"0x{addr[(i, 2)]:x} {gstr(z)}"), ("god", str(g))]


def flat(i):
    return "{" + ", ".join(f"{k} = {v}" for k, v in fields(i)) + "}"


def pretty(i, ind=""):
    return "{\n" + ",\n".join(f"{ind}  {k} = {v}" for k, v in fields(i)) + f"\n{ind}}}"


SPISOK = 0x5555555592a0
crash = 3
L = ["root@7c1e94b2d0af:/src/chitalka# gdb -q ./chitalka",
     "Reading symbols from ./chitalka...",
     "(gdb) run spisok.tsv",
     "Starting program: /src/chitalka/chitalka spisok.tsv",
     "[Thread debugging using libthread_db enabled]",
     'Using host libthread_db library "/lib/x86_64-linux-gnu/libthread_db.so.1".',
     f"zagruzheno zapisej: {len(E)}"]
for i in range(crash):
    t, u, a, z, g = E[i]
    L.append(f"[{i}] {t} ({g})")
    L.append(f"    {u}  # {z}")
e = SPISOK + 48 * crash
L += ["", "Program received signal SIGSEGV, Segmentation fault.",
      "__strlen_avx2 () at ../sysdeps/x86_64/multiarch/strlen-avx2.S:76",
      "76\t../sysdeps/x86_64/multiarch/strlen-avx2.S: No such file or directory.",
      "(gdb) bt",
      "#0  __strlen_avx2 () at ../sysdeps/x86_64/multiarch/strlen-avx2.S:76",
      f"#1  0x000055555555537e in shirina (e=0x{e:x}) at chitalka.c:34",
      f"#2  0x0000555555555402 in pechat (i={crash}, e=0x{e:x}) at chitalka.c:41",
      "#3  0x00005555555556b9 in main (argc=2, argv=0x7fffffffe5f8) at chitalka.c:88",
      "(gdb) frame 2",
      f"#2  0x0000555555555402 in pechat (i={crash}, e=0x{e:x}) at chitalka.c:41",
      "41\t    size_t w = shirina(e);",
      "(gdb) p *e",
      f"$1 = {flat(crash)}",
      "(gdb) p e->url",
      "$2 = 0x0",
      "(gdb) p n",
      f"$3 = {len(E)}",
      "(gdb) set print pretty on",
      "(gdb) p spisok[4]",
      f"$4 = {pretty(4)}",
      "(gdb) p spisok[5]@3",
      "$5 = {" + ", ".join(pretty(i, "  ") for i in (5, 6, 7)) + "}",
      "(gdb) p spisok[8].url",
      f"$6 = 0x{addr[(8, 1)]:x} {gstr(E[8][1])}",
      "(gdb) p spisok[9].title",
      f"$7 = 0x{addr[(9, 0)]:x} {gstr(E[9][0])}",
      "(gdb) quit",
      "A debugging session is active.",
      "",
      "\tInferior 1 [process 4187] will be killed.",
      "",
      "Quit anyway? (y or n) y",
      "root@7c1e94b2d0af:/src/chitalka# "]
text = "\n".join(L) + "\n"
write_only(F1250, text, keys(F1250))
