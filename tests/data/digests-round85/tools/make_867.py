#!/usr/bin/env python3
"""867: a clickhouse-client session (ClickHouse 23.8 LTS, interactive, copied from the terminal): banner, password
prompt, `Connecting to database … as user …`, a server warning, `host :) ` prompts, the query echoed after a blank
line, `Query id: <uuid>`, results in PrettyCompact (column names drawn into the top rule, numbers right-aligned and
their names right-aligned too, `ᴺᵁᴸᴸ` for NULL), one result in `FORMAT Vertical` (`Row 1:` + a `─` rule, names padded
to one column), `N rows in set. Elapsed: … sec.` with `Processed …` when rows were read, an INSERT answered `Ok.`,
and a server exception (`Code: 47. DB::Exception: … (UNKNOWN_IDENTIFIER)`). A Russian reading group's table of LLM
scaling and systems papers; a blog post, a course, a video and a repository sit in another table and are not papers."""
import hashlib, os, re, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(867)
K = dict(kap="2001.08361", sw="2101.03961", zero="1910.02054", chin="2203.15556", surv="2303.18223",
         emerg="2206.07682", tb="2306.11644", spec="2211.17192")
NULL = "ᴺᵁᴸᴸ"
HOST = "ch-chitalka"


def qid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("867" + s).encode()).digest(), version=4))


def is_num(v):
    return v.replace(".", "", 1).isdigit()


def pretty_compact(cols, rows):
    w = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(cols)]
    right = [all(is_num(r[i]) for r in rows) and bool(rows) for i in range(len(cols))]
    top = "┌" + "┬".join(("─" * (w[i] - len(c)) + "─" + c + "─") if right[i] else ("─" + c + "─" * (w[i] - len(c)) + "─")
                          for i, c in enumerate(cols)) + "┐"
    body = ["│" + "│".join(" " + (r[i].rjust(w[i]) if right[i] else r[i].ljust(w[i])) + " " for i in range(len(cols))) + "│"
            for r in rows]
    bot = "└" + "┴".join("─" * (w[i] + 2) for i in range(len(cols))) + "┘"
    return "\n".join([top] + body + [bot])


def vertical(cols, rows):
    out, n = [], max(len(c) for c in cols)
    for k, r in enumerate(rows, 1):
        head = f"Row {k}:"
        out += [head, "─" * len(head)]
        out += [f"{c}:{' ' * (n - len(c) + 1)}{v}" for c, v in zip(cols, r)]
        out.append("")
    return "\n".join(out[:-1])


def rows_line(n, el, proc=None):
    s = f"{n} row{'' if n == 1 else 's'} in set. Elapsed: {el} sec."
    if proc: s += " Processed " + proc
    return s + " "


parts = []


def fmt(q):
    """the query as the client echoes it (formatAST, multi-line): one line per selected expression, one per clause"""
    m = re.match(r"SELECT (.*?) FROM (\w+)(?: WHERE (.*?))?(?: GROUP BY (.*?))?(?: ORDER BY (.*?))?(?: FORMAT (\w+))?$", q)
    if not m: return q
    cols, t, w, g, o, f = m.groups()
    cs = [c.strip() for c in re.split(r",\s*(?![^()]*\))", cols)]
    out = ("SELECT\n" + ",\n".join("    " + c for c in cs)) if len(cs) > 1 else "SELECT " + cs[0]
    out += "\nFROM " + t
    if w: out += "\nWHERE " + (" AND ".join(f"({c})" for c in w.split(" AND ")) if " AND " in w else w)
    if g: out += "\nGROUP BY " + g
    if o: out += "\nORDER BY " + o
    if f: out += "\nFORMAT " + f
    return out


def query(q, result, n, el, proc=None, echo=None):
    parts.append(f"{HOST} :) {q}\n\n{echo or fmt(q)}\n\nQuery id: {qid(q)}\n\n" + (result + "\n\n" if result else "")
                 + rows_line(n, el, proc) + "\n\n")


head = """anna@noutbuk:~$ clickhouse-client --host ch.chitalka.example.ru --user anna --database chitalka --password
ClickHouse client version 23.8.9.54 (official build).
Password for user (anna): 
Connecting to database chitalka at ch.chitalka.example.ru:9000 as user anna.
Connected to ClickHouse server version 23.8.9 revision 54465.

Warnings:
 * Linux transparent hugepages are set to "always". Check /sys/kernel/mm/transparent_hugepage/enabled

"""

query("SHOW TABLES", pretty_compact(["name"], [["materials"], ["papers"], ["seminars"]]), 3, "0.002")

desc = [
 ["id", "UInt16", "", "", "", "", ""],
 ["title", "String", "", "", "название как в статье, без сокращений", "ZSTD(3)", ""],
 ["url", "Nullable(String)", "", "", "arxiv/openreview, если есть", "", ""],
 ["ref", "Nullable(String)", "", "", "ссылка текстом (arXiv:…), если url пуст", "", ""],
 ["topic", "LowCardinality(String)", "", "", "", "", ""],
 ["status", "Enum8('хочу' = 1, 'читаю' = 2, 'прочитано' = 3)", "DEFAULT", "'хочу'", "", "", ""],
 ["added", "Date", "DEFAULT", "today()", "", "", ""],
 ["who", "LowCardinality(String)", "", "", "кто предложил", "", ""],
 ["note", "String", "DEFAULT", "''", "", "ZSTD(3)", ""],
]
query("DESCRIBE TABLE papers", pretty_compact(["name", "type", "default_type", "default_expression", "comment",
                                               "codec_expression", "ttl_expression"], desc), 9, "0.003")

lst = [
 ["38", T(K["kap"]), "прочитано", "2024-01-15"],
 ["39", T(K["zero"]), "прочитано", "2024-01-15"],
 ["41", T(K["sw"]), "читаю", "2024-01-29"],
 ["44", T(K["chin"]), "читаю", "2024-02-05"],
 ["46", T(K["emerg"]), "хочу", "2024-02-12"],
 ["47", T(K["surv"]), "хочу", "2024-02-12"],
 ["52", T(K["tb"]), "хочу", "2024-02-26"],
]
query("SELECT id, title, status, added FROM papers WHERE topic = 'масштабирование' ORDER BY added ASC, id ASC",
      pretty_compact(["id", "title", "status", "added"], lst), 7, "0.004", "61.00 rows, 7.93 KB (15.02 thousand rows/s., 1.95 MB/s.)")

# a typo in a column name: the server's exception
parts.append(f"""{HOST} :) SELECT id, avtor FROM papers WHERE id = 41

{fmt("SELECT id, avtor FROM papers WHERE id = 41")}

Query id: {qid('avtor')}

0 rows in set. Elapsed: 0.003 sec. 

Received exception from server (version 23.8.9):
Code: 47. DB::Exception: Missing columns: 'avtor' while processing query: 'SELECT id, avtor FROM papers WHERE id = 41', required columns: 'id' 'avtor', maybe you meant: 'id' 'added'. (UNKNOWN_IDENTIFIER)

""")

vrows = [
 ["38", T(K["kap"]), "https://arxiv.org/abs/2001.08361", NULL,
  f"{au(K['kap'], 2)} Степенные законы по N, D и C; у нас семинар 22.01 (Лёша). Графики из раздела 3 перерисовать для доклада."],
 ["39", T(K["zero"]), "https://arxiv.org/pdf/1910.02054.pdf", NULL,
  "Стадии 1–3 (оптимизатор / градиенты / параметры). Сравнить с тем, что у нас в конфиге DeepSpeed на кластере."],
 ["41", T(K["sw"]), "https://arxiv.org/abs/2101.03961v3", NULL,
  "Маршрутизация top-1, capacity factor, нестабильность в bf16 — прочитать разделы 2.4 и 3 до четверга."],
 ["44", T(K["chin"]), NULL, "arXiv:2203.15556",
  "Ссылку на PDF пока не вставили, только номер. Главное: токенов ~20 на параметр, сравнить с первой статьёй (id 38)."],
]
query("SELECT id, title, url, ref, note FROM papers WHERE id IN (38, 39, 41, 44) FORMAT Vertical",
      vertical(["id", "title", "url", "ref", "note"], vrows), 4, "0.003", "61.00 rows, 7.93 KB (18.40 thousand rows/s., 2.39 MB/s.)")

ins = ("INSERT INTO papers (id, title, topic, who, note) VALUES (53, '" + T(K["spec"])
       + "', 'масштабирование', 'Вика', 'инференс: черновая модель + проверка большой; ссылку добавлю позже')")
query(ins, "Ok.", 1, "0.011", echo=ins.split(" VALUES")[0] + " VALUES")

query("SELECT id, title, url, ref FROM papers WHERE topic = 'масштабирование' AND added >= '2024-02-12' ORDER BY id ASC",
      pretty_compact(["id", "title", "url", "ref"], [
          ["46", T(K["emerg"]), NULL, NULL], ["47", T(K["surv"]), NULL, NULL], ["52", T(K["tb"]), NULL, NULL],
          ["53", T(K["spec"]), NULL, NULL]]), 4, "0.003", "62.00 rows, 8.08 KB (20.11 thousand rows/s., 2.62 MB/s.)")

query("SELECT status, count() FROM papers WHERE topic = 'масштабирование' GROUP BY status ORDER BY status ASC",
      pretty_compact(["status", "count()"], [["хочу", "4"], ["читаю", "2"], ["прочитано", "2"]]), 3, "0.004",
      "62.00 rows, 1.18 KB (14.77 thousand rows/s., 281.30 KB/s.)")

query("SELECT kind, title, url FROM materials WHERE topic = 'масштабирование' ORDER BY kind ASC",
      pretty_compact(["kind", "title", "url"], [
          ["блог", "Как считать FLOPs для трансформера (пост в блоге)", "https://blog.example.org/flops-transformer"],
          ["видео", "Запись доклада «Масштабирование без магии», осенняя школа", "https://video.example.ru/v/8814"],
          ["курс", "Курс «Эффективные системы глубинного обучения», лекции 4–6", "https://courses.example.ru/effdl"],
          ["репозиторий", "DeepSpeed (код, примеры конфигов ZeRO)", "https://github.com/microsoft/DeepSpeed"],
      ]), 4, "0.002", "11.00 rows, 1.02 KB (5.31 thousand rows/s., 492.75 KB/s.)")

query("SELECT toDate(starts_at) AS day, speaker, paper_id, comment FROM seminars WHERE day >= '2024-01-01' ORDER BY day ASC",
      pretty_compact(["day", "speaker", "paper_id", "comment"], [
          ["2024-01-22", "Алексей Гурьев", "38", "законы масштабирования, слайды в общей папке"],
          ["2024-02-01", "Анна Белкина", "39", "разбор стадий и памяти на GPU"],
          ["2024-02-08", "Вика Тихонова", "41", "смесь экспертов; перенесли с 01.02"],
          ["2024-02-15", "Алексей Гурьев", "44", "compute-optimal, сравнение с id 38"],
          ["2024-03-07", "Дина Садыкова", "46", "эмерджентность: спорный раздел про метрики"],
      ]), 5, "0.003", "9.00 rows, 1.31 KB (3.02 thousand rows/s., 439.93 KB/s.)")

text = head + "".join(parts) + f"{HOST} :) exit\nBye.\n"
write_only(F, text, keys(F))
