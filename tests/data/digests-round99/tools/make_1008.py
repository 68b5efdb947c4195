#!/usr/bin/env python3
"""1008: a terminal copy of an `iex -S mix` session of a Brazilian developer (Rafael, `rafa@leitura-dev`) working on
«Leitura», the Phoenix app where his NLP group keeps its reading list (table `artigos`, schema
Leitura.Biblioteca.Artigo with titulo / autores / arxiv_id / url / status (Ecto.Enum) / nota / apresentador and
timestamps). The Erlang/OTP and IEx banners, `iex(N)>` prompts (`...(N)>` for continued input), Ecto's debug log lines
as Phoenix's dev config prints them (`[debug] QUERY OK source="artigos" db=…ms …`, the SQL with its parameter list,
the `↳` caller line), results printed by IEx's inspect (structs one field per line, lists filled to 80 columns, an
`#Ecto.Query<…>`), an Ecto.NoResultsError with its query and stacktrace, IO.puts listings, and the BREAK menu at the
end. A Hugging Face course chapter is in the table (not a paper) and the xlm-roberta-base model page on Hugging Face
is printed (a model, not a paper); "ELECTRA" alone in a note is a nickname."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1008)
K = dict(roberta="1907.11692", deberta="2006.03654", bert="1810.04805", xlnet="1906.08237", electric="2012.08561",
         electra="2003.10555", xlmr="1911.02116", txl="1901.02860")
SH = "rafa@leitura-dev:~/src/leitura$ "
MOD = "Leitura.Biblioteca.Artigo"
W = 80


def s_(x):
    if x is None: return "nil"
    if isinstance(x, bool): return "true" if x else "false"
    if isinstance(x, int): return str(x)
    if isinstance(x, tuple) and x[0] == "atom": return ":" + x[1]
    if isinstance(x, tuple) and x[0] == "raw": return x[1]
    if isinstance(x, str): return '"' + x.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(x, tuple): return "{" + ", ".join(map(s_, x)) + "}"
    raise TypeError(x)


def flex(items, indent=0):
    """IEx's list layout: items filled to 80 columns, continuation lines one space in from the bracket"""
    parts = [s_(i) for i in items]
    one = "[" + ", ".join(parts) + "]"
    if indent + len(one) <= W: return one
    lines, cur = [], "["
    for k, p in enumerate(parts):
        piece = p + ("," if k < len(parts) - 1 else "]")
        if cur.strip() in ("[", "") or indent + len(cur) + 1 + len(piece) > W and cur not in ("[", " "):
            if cur not in ("[",) and cur.strip():
                lines.append(cur.rstrip())
                cur = " " + piece
            else:
                cur = cur + piece
        else:
            cur = cur + " " + piece
    lines.append(cur)
    return ("\n" + " " * indent).join(lines)


def struct(a):
    rows = ['  __meta__: #Ecto.Schema.Metadata<:loaded, "artigos">']
    for k in ("id", "titulo", "autores", "arxiv_id", "url", "status", "nota", "apresentador", "inserted_at", "updated_at"):
        v = a[k]
        val = flex(v, 2 + len(k) + 2) if isinstance(v, list) else s_(v)
        rows.append(f"  {k}: {val}")
    return "%" + MOD + "{\n" + ",\n".join(rows) + "\n}"


def N(t):
    return ("raw", f"~N[{t}]")


def A(x):
    return ("atom", x)


CALLER = "↳ :elixir.eval_external_handler/3, at: src/elixir.erl:396"
COLS = ", ".join(f'a0."{c}"' for c in ("id", "titulo", "autores", "arxiv_id", "url", "status", "nota", "apresentador", "inserted_at", "updated_at"))


def log(timing, sql, params):
    return f'[debug] QUERY OK source="artigos" {timing}\n{sql} [{", ".join(map(s_, params))}]\n{CALLER}'


ROWS = {
    3: dict(id=3, titulo=T(K["bert"]), autores=["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"],
            arxiv_id="1810.04805", url=None, status=A("lido"), nota="Base de tudo. Reler a seção 3.1 (MLM) antes da aula.",
            apresentador="Camila", inserted_at=N("2024-02-05 14:02:31"), updated_at=N("2024-02-19 17:40:12")),
    5: dict(id=5, titulo=T(K["roberta"]), autores=["Yinhan Liu", "Myle Ott", "Naman Goyal"], arxiv_id="1907.11692",
            url="https://arxiv.org/abs/1907.11692", status=A("lendo"),
            nota="Mascaramento dinâmico + sem NSP. Tabela 4 é a que importa pra gente.", apresentador="Beatriz",
            inserted_at=N("2024-02-05 14:06:58"), updated_at=N("2024-03-04 10:15:27")),
    6: dict(id=6, titulo=T(K["xlnet"]), autores=["Zhilin Yang", "Zihang Dai", "Yiming Yang"], arxiv_id="1906.08237",
            url=None, status=A("lendo"), nota=None, apresentador=None,
            inserted_at=N("2024-02-05 14:09:40"), updated_at=N("2024-02-05 14:09:40")),
}
lendo = [(5, T(K["roberta"])), (6, T(K["xlnet"])), (10, T(K["electra"]))]
lido = [(3, T(K["bert"])), (9, T(K["deberta"])), (11, "Curso Hugging Face, cap. 7 — tarefas principais de NLP")]
x = dict(ROWS[6])
x.update(apresentador="Rafael", nota="Depende do Transformer-XL (recorrência por segmento). Apresento dia 18/03.",
         updated_at=N("2024-03-11 13:02:47"))
electric = dict(id=15, titulo=T(K["electric"]), autores=["Kevin Clark", "Minh-Thang Luong", "Quoc V. Le"],
                arxiv_id=None, url=None, status=A("quero_ler"),
                nota="Mesmo grupo do ELECTRA, versão como modelo de energia. Ver se vale a pena na aula.",
                apresentador=None, inserted_at=N("2024-03-11 13:05:12"), updated_at=N("2024-03-11 13:05:12"))
quero = [T(K["txl"]), T(K["xlmr"]), T(K["electric"])]
ids = [("1810.04805", None), ("1907.11692", "https://arxiv.org/abs/1907.11692"), ("1906.08237", None),
       ("2006.03654", "https://arxiv.org/pdf/2006.03654v6")]

out = [SH + "iex -S mix",
       "Erlang/OTP 26 [erts-14.2.2] [source] [64-bit] [smp:8:8] [ds:8:8:10] [async-threads:1] [jit:ns]",
       "",
       "Interactive Elixir (1.16.1) - press Ctrl+C to exit (type h() ENTER for help)"]
n = 0


def cmd(inp, result):
    global n
    n += 1
    ls = inp.split("\n")
    out.append(f"iex({n})> " + ls[0])
    out.extend(f"...({n})> " + l for l in ls[1:])
    out.append(result)


cmd("alias Leitura.Repo", "Leitura.Repo")
cmd("alias Leitura.Biblioteca.Artigo", MOD)
cmd("import Ecto.Query", "Ecto.Query")
cmd("Repo.aggregate(Artigo, :count)",
    log("db=2.4ms decode=1.1ms queue=0.9ms idle=1488.3ms", 'SELECT count(*) FROM "artigos" AS a0', []) + "\n13")
cmd("q = from a in Artigo, where: a.status == :lendo, order_by: a.id",
    f"#Ecto.Query<from a0 in {MOD}, where: a0.status == :lendo,\n order_by: [asc: a0.id]>")
cmd('for a <- Repo.all(q), do: IO.puts("#{a.id}  #{a.titulo}")',
    log("db=1.7ms queue=0.6ms idle=1972.0ms", f'SELECT {COLS} FROM "artigos" AS a0 WHERE (a0."status" = $1) ORDER BY a0."id"', ["lendo"])
    + "\n" + "\n".join(f"{i}  {t}" for i, t in lendo) + "\n" + flex([("raw", ":ok")] * len(lendo)))
cmd("Repo.get!(Artigo, 5)",
    log("db=1.2ms queue=0.5ms idle=1834.9ms", f'SELECT {COLS} FROM "artigos" AS a0 WHERE (a0."id" = $1)', [5]) + "\n" + struct(ROWS[5]))
cmd("Repo.get!(Artigo, 8)",
    log("db=0.9ms queue=0.4ms idle=1611.2ms", f'SELECT {COLS} FROM "artigos" AS a0 WHERE (a0."id" = $1)', [8])
    + f"\n** (Ecto.NoResultsError) expected at least one result but got none in query:\n\nfrom a0 in {MOD},\n  where: a0.id == ^8\n\n"
    "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:164: Ecto.Repo.Queryable.one!/3\n    iex:8: (file)")
cmd('for a <- Repo.all(from a in Artigo, where: a.status == :lido, order_by: a.id),\n  do: IO.puts("#{a.id}  #{a.titulo}")',
    log("db=1.5ms queue=0.5ms idle=1290.7ms", f'SELECT {COLS} FROM "artigos" AS a0 WHERE (a0."status" = $1) ORDER BY a0."id"', ["lido"])
    + "\n" + "\n".join(f"{i}  {t}" for i, t in lido) + "\n" + flex([("raw", ":ok")] * len(lido)))
cmd('Repo.get_by!(Artigo, arxiv_id: "1906.08237") |>\n  Ecto.Changeset.change(apresentador: "Rafael", nota: "' + x["nota"] + '") |>\n  Repo.update!()',
    log("db=1.1ms queue=0.5ms idle=1977.4ms", f'SELECT {COLS} FROM "artigos" AS a0 WHERE (a0."arxiv_id" = $1)', ["1906.08237"])
    + "\n" + log("db=3.0ms queue=0.6ms idle=1979.1ms", 'UPDATE "artigos" SET "nota" = $1, "apresentador" = $2, "updated_at" = $3 WHERE "id" = $4',
                 [x["nota"], "Rafael", x["updated_at"], 6]) + "\n" + struct(x))
cmd('Repo.insert!(%Artigo{\n  titulo: "' + electric["titulo"] + '",\n  autores: ["Kevin Clark", "Minh-Thang Luong", "Quoc V. Le"],\n'
    '  status: :quero_ler,\n  nota: "' + electric["nota"] + '"\n})',
    log("db=4.2ms queue=0.7ms idle=1316.6ms",
        'INSERT INTO "artigos" ("titulo","autores","status","nota","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id"',
        [electric["titulo"], ("raw", '["Kevin Clark", "Minh-Thang Luong", "Quoc V. Le"]'), "quero_ler", electric["nota"],
         electric["inserted_at"], electric["updated_at"]]) + "\n" + struct(electric))
cmd("from(a in Artigo, where: a.status == :quero_ler, order_by: a.id, select: a.titulo) |> Repo.all()",
    log("db=1.3ms queue=0.5ms idle=1520.8ms", 'SELECT a0."titulo" FROM "artigos" AS a0 WHERE (a0."status" = $1) ORDER BY a0."id"', ["quero_ler"])
    + "\n" + flex(quero))
cmd("Repo.all(from a in Artigo, where: not is_nil(a.arxiv_id), order_by: a.id, select: {a.arxiv_id, a.url})",
    log("db=1.0ms queue=0.4ms idle=1711.5ms", 'SELECT a0."arxiv_id", a0."url" FROM "artigos" AS a0 WHERE (NOT (a0."arxiv_id" IS NULL)) ORDER BY a0."id"', [])
    + "\n" + flex(ids))
cmd('IO.puts("pra testar depois (modelo, não artigo): https://huggingface.co/xlm-roberta-base")',
    "pra testar depois (modelo, não artigo): https://huggingface.co/xlm-roberta-base\n:ok")
out.append("")
out.append("BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo")
out.append("       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution")
out.append("a")
out.append(SH)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
