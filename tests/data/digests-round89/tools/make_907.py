#!/usr/bin/env python3
"""907: a SQL Server `sqlcmd` session (the ODBC sqlcmd of mssql-tools18 on Linux) copied from the terminal by a
Brazilian ML-infrastructure engineer who keeps the team's reading table in a database `LabLeituras`: the shell line,
`Password: `, numbered input prompts (`1> `, `2> ` … until `GO`, back to `1> ` after every batch), result sets in
sqlcmd's default layout (the column name left-aligned over a dash rule as wide as the column's display width — 11
for int, n for (n)varchar(n), 10 for date — one blank between columns, every value padded to that width, including the
last column, so the lines keep their trailing blanks; int right-aligned; NULL shown as `NULL`), a blank line and
`(N rows affected)` / `(1 row affected)`, DML feedback as a blank line and `(1 row affected)`, an error as `Msg 208,
Level 16, State 1, Server …, Line 1` and its message, `1> exit` last. LF, a final newline. The GitHub repository,
the vLLM documentation and the internal wiki page are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(907)
K = dict(meg="1909.08053", gshard="2006.16668", moe="1701.06538", scal="2001.08361", lite="2004.11886",
         paged="2309.06180", fa2="2307.08691", pi="2306.15595")
out = ["lucas@ml-infra-07:~$ sqlcmd -S sql-lab01.ipedados.example -d LabLeituras -U lucas.pereira -C", "Password: "]


def batch(*lines):
    for n, l in enumerate(list(lines) + ["GO"], 1):
        out.append(f"{n}> {l}")


def result(cols, rows):
    """cols: (name, width, 'r' | 'l'); rows: tuples of str or None (NULL)"""
    out.append(" ".join(n.ljust(w) for n, w, _ in cols))
    out.append(" ".join("-" * w for _, w, _ in cols))
    for r in rows:
        cells = []
        for (n, w, a), v in zip(cols, r):
            v = "NULL" if v is None else v
            assert len(v) <= w, (n, v)
            cells.append(v.rjust(w) if a == "r" else v.ljust(w))
        out.append(" ".join(cells))
    out.append("")
    out.append(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'} affected)")


def dml():
    out.append("")
    out.append("(1 row affected)")


INT, TIT, AX, RESP, DATE, LINK, NOTA, AUTOR = 11, 100, 12, 20, 10, 80, 200, 20
batch("SELECT COUNT(*) AS total, SUM(CASE WHEN lido_em IS NULL THEN 1 ELSE 0 END) AS pendentes",
      "FROM dbo.Leituras;")
result([("total", INT, "r"), ("pendentes", INT, "r")], [("7", "3")])
batch("SELECT TOP 3 * FROM dbo.Leitura;")
out += ["Msg 208, Level 16, State 1, Server SQL-LAB01, Line 1", "Invalid object name 'dbo.Leitura'."]
batch("SELECT id, titulo, arxiv, responsavel, lido_em", "FROM dbo.Leituras", "ORDER BY id;")
ROWS = [
    ("1", T(K["meg"]), K["meg"], "Lucas", "2024-01-18"),
    ("2", T(K["gshard"]), None, "Rafael", "2024-01-25"),
    ("3", T(K["moe"]), None, "Bianca", "2024-02-01"),
    ("4", T(K["scal"]), K["scal"], "Rafael", "2024-02-08"),
    ("5", T(K["lite"]), None, "Júlia", None),
    ("6", T(K["paged"]), K["paged"], "Lucas", None),
    ("7", T(K["fa2"]), K["fa2"], "Bianca", None),
]
result([("id", INT, "r"), ("titulo", TIT, "l"), ("arxiv", AX, "l"), ("responsavel", RESP, "l"), ("lido_em", DATE, "l")],
       ROWS)
batch("UPDATE dbo.Leituras SET lido_em = '2024-03-07' WHERE id = 5;")
dml()
batch("INSERT INTO dbo.Leituras (titulo, arxiv, link, tema, responsavel)",
      f"VALUES (N'{T(K['pi'])}', NULL, NULL, N'contexto longo', N'Bianca');")
dml()
batch("SELECT id, link FROM dbo.Leituras WHERE link IS NOT NULL ORDER BY id;")
result([("id", INT, "r"), ("link", LINK, "l")], [
    ("3", "https://openreview.net/forum?id=B1ckMDqlg"),
    ("6", "https://arxiv.org/abs/2309.06180"),
    ("7", "https://arxiv.org/abs/2307.08691"),
])
batch("SELECT n.leitura_id, n.autor, n.nota", "FROM dbo.Notas AS n", "ORDER BY n.criada_em;")
result([("leitura_id", INT, "r"), ("autor", AUTOR, "l"), ("nota", NOTA, "l")], [
    ("1", "Lucas", "Base do nosso tensor parallel. Código de referência: https://github.com/NVIDIA/Megatron-LM "
                   "(repositório, não é artigo)."),
    ("2", "Rafael", "Ler só as seções 2 e 3 (anotações de sharding); o resto é muito específico de TPU."),
    ("3", "Bianca", "Os comentários dos revisores no OpenReview ajudam a entender o balanceamento de carga dos experts."),
    ("4", "Rafael", "Usamos as curvas para dimensionar o modelo de 1,3B. Resumo no wiki: "
                    "https://wiki.ipedados.example/infra/escala-2024 (página interna)"),
    ("5", "Júlia", "Atenção curta + convolução para rodar em borda; comparar com o nosso modelo de 60M parâmetros."),
    ("6", "Lucas", "É o que o vLLM implementa (docs: https://docs.vllm.ai, documentação). Throughput 2 a 4 vezes maior "
                   "nos nossos testes."),
    ("7", "Bianca", "O kernel já vem no flash-attn 2.5; testar na A100 antes de atualizar o cluster."),
])
batch("SELECT id, titulo, responsavel", "FROM dbo.Leituras", "WHERE lido_em IS NULL", "ORDER BY id;")
result([("id", INT, "r"), ("titulo", TIT, "l"), ("responsavel", RESP, "l")], [
    ("6", T(K["paged"]), "Lucas"),
    ("7", T(K["fa2"]), "Bianca"),
    ("8", T(K["pi"]), "Bianca"),
])
out.append("1> exit")
write_only(F, "\n".join(out) + "\n", keys(F))
