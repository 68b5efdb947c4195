#!/usr/bin/env python3
"""2130: a gcov annotated source file (`scan_attn.c.gcov` as `gcov -o build src/scan_attn.c` writes it: the
`-:    0:Source:` / `Graph:` / `Data:` / `Runs:` lines, then every source line with its count — `-` for lines without
code, `#####` for lines never run, a number otherwise — and its line number) of an invented Hungarian C kernel for
attention and state-space scans: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in the C
comments, one `arXiv:NNNN.NNNNN` in a comment, titles alone in comments; non-papers (a book, the gcc docs, the
repository, a talk). Counts are computed from a fixed per-line table; line numbers by the builder. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2130)
# each source line: count marker (None = no code "-", 0 = "#####", n = runs) and text
SRC = fill(r'''-|/* scan_attn.c -- figyelem- és állapottér-kernelek a gyakorló könyvtárhoz
-| * Karbantartó: Szabó Réka <reka.szabo@figyelem-lab.example.hu>
-| * Tároló: https://github.com/figyelem-lab/scan-attn
-| * Lefedettség: gcc --coverage, lásd https://gcc.gnu.org/onlinedocs/gcc/Gcov.html
-| * Könyv: Hennessy & Patterson, "Computer Architecture: A Quantitative Approach"
-| * Előadás: https://video.figyelem-lab.example.hu/eloadas/2024-03
-| *
-| * Források:
-| *   [[T:2205.14135]]
-| *     https://arxiv.org/abs/2205.14135
-| *   [[T:2312.00752]]
-| *     https://arxiv.org/pdf/2312.00752v2
-| *   [[T:2111.00396]]
-| *     https://openreview.net/forum?id=[[ID:OR]]
-| *   benchmark: [[T:2011.04006]] (http://arxiv.org/abs/2011.04006)
-| */
-|#include <math.h>
-|#include <stddef.h>
-|#include "scan_attn.h"
-|
-|/* HiPPO-mátrix (LegS), [[T:2008.07669]], arXiv:2008.07669 */
12|void hippo_legs(float *A, size_t n)
-|{
1548|    for (size_t i = 0; i < n; i++)
99072|        for (size_t j = 0; j < n; j++)
97536|            A[i * n + j] = i > j ? -sqrtf((2 * i + 1) * (2 * j + 1)) : (i == j ? -(float)(i + 1) : 0.0f);
12|}
-|
-|/* Csempézett softmax online normalizálással (a FlashAttention-féle ciklus). */
240|void tiled_softmax(const float *s, float *out, size_t len)
-|{
240|    float m = -INFINITY, l = 0.0f;
61680|    for (size_t k = 0; k < len; k++) {
61440|        float mn = s[k] > m ? s[k] : m;
61440|        l = l * expf(m - mn) + expf(s[k] - mn);
61440|        m = mn;
-|    }
61680|    for (size_t k = 0; k < len; k++)
61440|        out[k] = expf(s[k] - m) / l;
240|}
-|
-|/* TODO: alacsony rangú vetítés, mint a "[[T:2006.04768]]" cikkben;
-| * ritka minták: [[T:1904.10509]];
-| * sorozat-összenyomás: [[T:2006.03236]]. Egyik sincs még tesztelve. */
0|void lowrank_project(const float *k, float *kp, size_t len, size_t r)
-|{
0|    (void)k; (void)kp; (void)len; (void)r;
0|}
''', {"OR": "uYLFoz1vlAC"})


def build():
    rows = [line.split("|", 1) for line in SRC.rstrip("\n").split("\n")]
    out = ["        -:    0:Source:src/scan_attn.c", "        -:    0:Graph:build/scan_attn.gcno",
           "        -:    0:Data:build/scan_attn.gcda", "        -:    0:Runs:1"]
    for n, (c, text) in enumerate(rows, 1):
        mark = "-" if c == "-" else ("#####" if c == "0" else c)
        out.append(f"{mark:>9}:{n:>5}:{text}")
    return "\n".join(out) + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
