#!/usr/bin/env python3
"""1708: a Portuguese PhD student's terminal with csvtk (shenwei356/csvtk, a CSV/TSV toolkit in Go), pasted: `headers`,
`dim`, `freq` piped to `pretty`, and `grep`/`cut` over her reading tracker `leituras.csv`, once as raw CSV and twice
through `pretty`. Every printed value is computed from the modelled table: the header numbering, the dimensions, the
status counts (sorted by name with -n), the rows a grep keeps (in file order), Go's encoding/csv quoting (a field is
quoted when it holds a comma, a quote, a line break, or starts with a blank) and pretty's left-aligned columns padded
to the widest cell and joined by three blanks (the last column unpadded). The file ends on a bare prompt without a
final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1708)
PS = "joana@portatil:~/doutoramento$ "
COLS = ["id", "titulo", "ano", "estado", "url", "nota"]
ROWS = [
    ("khosla20", T("2004.11362"), "2020", "lido", "https://arxiv.org/abs/2004.11362", "base do capítulo 2; comparar com SimCLR"),
    ("verma21", T("2011.04419"), "2021", "a ler", "https://arxiv.org/pdf/2011.04419v2", "mixup como aumento independente do domínio"),
    ("zhang20", T("2004.08955"), "2020", "lido", "https://arxiv.org/abs/2004.08955", "backbone das experiências com radiografias, ResNeSt-50"),
    ("smit21", T("2103.14339"), "2021", "a ler", "https://arxiv.org/pdf/2103.14339v3.pdf", "mais próximo do nosso problema de anotação"),
    ("zoph20", T("2006.06882"), "2020", "lido", "", "li a versão do NeurIPS (arXiv:2006.06882); self-training > pré-treino com aumentos fortes"),
    ("peng20", T("2101.08809"), "2020", "por ler", "", "sugestão do orientador, para a parte de AutoML"),
    ("wang21", T("2108.04392"), "2021", "por ler", "", ""),
    ("andrychowicz21", T("2006.05990"), "2021", "por ler", "", "só as secções de hiperparâmetros"),
]


def go_csv(fields):
    def q(s):
        if s == "" or not (any(c in s for c in ',"\r\n') or s[0] in " \t"): return s
        return '"' + s.replace('"', '""') + '"'
    return ",".join(q(f) for f in fields)


def pretty(rows):
    w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    return ["   ".join(c.ljust(w[j]) if j < len(r) - 1 else c for j, c in enumerate(r)) for r in rows]


def build():
    L = []

    def cmd(c, out): L.append(PS + c); L.extend(out)
    cmd("csvtk headers leituras.csv", ["# leituras.csv"] + [f"{i}\t{c}" for i, c in enumerate(COLS, 1)])
    cmd("csvtk dim leituras.csv", pretty([["file", "num_cols", "num_rows"], ["leituras.csv", str(len(COLS)), str(len(ROWS))]]))
    cnt = {}
    for r in ROWS: cnt[r[3]] = cnt.get(r[3], 0) + 1
    cmd("csvtk freq -f estado -n leituras.csv | csvtk pretty",
        pretty([["estado", "frequency"]] + [[k, str(cnt[k])] for k in sorted(cnt)]))
    ix = lambda names: [COLS.index(n) for n in names]
    sel = ix(["titulo", "url"])
    cmd("csvtk cut -f titulo,url leituras.csv | csvtk grep -f url -r -p arxiv | csvtk pretty",
        pretty([["titulo", "url"]] + [[r[j] for j in sel] for r in ROWS if "arxiv" in r[4]]))
    sel = ix(["titulo", "nota"])
    cmd("csvtk grep -f estado -p lido leituras.csv | csvtk cut -f titulo,nota",
        [go_csv(["titulo", "nota"])] + [go_csv([r[j] for j in sel]) for r in ROWS if r[3] == "lido"])
    sel = ix(["id", "titulo", "ano"])
    cmd("csvtk grep -f estado -p 'por ler' leituras.csv | csvtk cut -f id,titulo,ano | csvtk pretty",
        pretty([["id", "titulo", "ano"]] + [[r[j] for j in sel] for r in ROWS if r[3] == "por ler"]))
    cmd("# falta acrescentar o tutorial de contrastive learning da Lilian Weng e o repositório do solo-learn", [])
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
