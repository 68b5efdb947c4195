#!/usr/bin/env python3
"""1687: an Italian PhD student's radian session (radian: an alternative console for R), pasted from a terminal: the
banner, `read.csv` of a small table of scaling papers, `nrow`, a column subset printed as R prints a data.frame
(row names left-aligned, every column right-aligned to its widest cell), `table()` of the reading status, and
`writeLines`/`cat` of titles, links and notes. Every printed value is computed from the modelled table; radian
leaves a blank line after each command's output. The file ends on a bare prompt without a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1687)
PS = "r$> "
# (chiave, key, anno, parametri in miliardi, token in miliardi, stato, url, nota)
ROWS = [
    ("kaplan20", "2001.08361", 2020, 1.5, 23, "letto", "https://arxiv.org/abs/2001.08361", ""),
    ("hoffmann22", "2203.15556", 2022, 70, 1400, "letto", "https://arxiv.org/pdf/2203.15556v1", "la regola dei ~20 token per parametro: rifare il grafico 3"),
    ("chowdhery22", "2204.02311", 2022, 540, 780, "in lettura", "https://arxiv.org/abs/2204.02311", ""),
    ("fedus21", "2101.03961", 2021, 1571, 570, "letto", "https://arxiv.org/pdf/2101.03961.pdf", "MoE: contare i parametri attivi, non quelli totali"),
    ("lester21", "2104.08691", 2021, 11, 1000, "letto", "", f"{T('2104.08691')} (arXiv:2104.08691): su T5-XXL il divario con il fine-tuning sparisce"),
    ("gunasekar23", "2306.11644", 2023, 1.3, 7, "da leggere", "", ""),
    ("zhao23", "2303.18223", 2023, None, None, "da leggere", "", "rassegna, serve solo per le tabelle riassuntive"),
    ("liu24", "2402.09353", 2024, 7, None, "da leggere", "", ""),
]


def fmt_col(xs):
    """R formats a numeric column with one common number of decimals (here 0 or 1); NA stays NA"""
    d = 1 if any(x is not None and not float(x).is_integer() for x in xs) else 0
    return ["NA" if x is None else f"{x:.{d}f}" for x in xs]


def df_print(cols, rows):
    """R's print.data.frame: row names left-aligned, columns right-aligned to the widest of header and cells"""
    rn = [str(i + 1) for i in range(len(rows))]
    rw = max(len(r) for r in rn)
    w = [max(len(c), *(len(r[j]) for r in rows)) for j, c in enumerate(cols)]
    out = [" " * rw + "".join(" " + c.rjust(w[j]) for j, c in enumerate(cols))]
    for n, r in zip(rn, rows):
        out.append(n.ljust(rw) + "".join(" " + v.rjust(w[j]) for j, v in enumerate(r)))
    return out


def table_print(counts):
    names = sorted(counts)
    w = [max(len(n), len(str(counts[n]))) for n in names]
    return ["", " ".join(n.rjust(w[i]) for i, n in enumerate(names)) + " ",
            " ".join(str(counts[n]).rjust(w[i]) for i, n in enumerate(names)) + " "]


def build():
    L = ['R version 4.3.2 (2023-10-31) -- "Eye Holes"', "Platform: x86_64-pc-linux-gnu (64-bit)", ""]

    def cmd(c, out):
        L.append(PS + c)
        L.extend(out)
        L.append("")
    cmd('letture <- read.csv("letture_scaling.csv", stringsAsFactors = FALSE)', [])
    cmd("nrow(letture)", [f"[1] {len(ROWS)}"])
    cmd('letture[, c("chiave", "anno", "param_mld", "token_mld", "stato")]',
        df_print(["chiave", "anno", "param_mld", "token_mld", "stato"],
                 [list(z) for z in zip([r[0] for r in ROWS], [str(r[2]) for r in ROWS], fmt_col([r[3] for r in ROWS]),
                                       fmt_col([r[4] for r in ROWS]), [r[5] for r in ROWS])]))
    cnt = {}
    for r in ROWS: cnt[r[5]] = cnt.get(r[5], 0) + 1
    cmd("table(letture$stato)", table_print(cnt))
    link = [r for r in ROWS if r[6]]
    out = []
    for r in link: out += [T(r[1]), "  " + r[6]]
    cmd('with(subset(letture, url != ""), writeLines(paste0(titolo, "\\n  ", url)))', out)
    cmd('cat(letture$titolo[letture$stato == "da leggere"], sep = "\\n")',
        [T(r[1]) for r in ROWS if r[5] == "da leggere"])
    cmd('writeLines(letture$nota[letture$nota != ""])', [r[7] for r in ROWS if r[7]])
    cmd('# il CSV ha anche la colonna "titolo": per Mistral e Gemma aggiungo le righe domani', [])
    cmd("library(ggplot2)", [])
    cmd('ggplot(subset(letture, !is.na(token_mld)), aes(param_mld, token_mld, label = chiave)) + geom_point() + geom_text(vjust = -0.6) + scale_x_log10() + scale_y_log10()', [])
    cmd('ggsave("scaling_token_param.pdf", width = 6, height = 4)', [])
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
