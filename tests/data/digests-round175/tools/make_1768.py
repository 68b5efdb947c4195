#!/usr/bin/env python3
"""1768: a Russian master's student's terminal (pasted, ru_RU.UTF-8 locale): psql on a PostgreSQL database with the
Apache AGE extension, asking Cypher questions of the citation graph of her thesis chapter (`cypher('…', $$ … $$) AS
(…)`). Every answer is computed here from the modelled graph: psql's aligned layout (border 1: header centred, cells
padded to the column width, the last column's cells unpadded; dashes `-+-`), the Russian row-count footer with its
plural form ((1 строка), (4 строки), (8 строк)), agtype values (strings double-quoted, integers bare, SQL NULL empty),
vertex/edge ids as AGE makes them (label id << 48 | sequence: Paper 3, CITES 4, Resource 5), and agtype maps printed
with their keys in jsonb order (shorter keys first, then bytewise)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1768)
PS = "dasha@noutbuk:~/diplom$ "
DB = "diplom"
G = "bibliografiya"
# (key, title, year, url, arxiv, note)
PAPERS = [
 ("bpe", T("1508.07909"), 2016, "https://arxiv.org/abs/1508.07909", None, "BPE, токенизация подсловами; раздел 2.1"),
 ("gpt2", GPT2, 2019, None, None, "технический отчёт OpenAI, PDF с сайта; не на arXiv"),
 ("sbert", T("1908.10084"), 2019, None, "1908.10084", "эмбеддинги предложений, EMNLP 2019"),
 ("bart", T("1910.13461"), 2020, "https://arxiv.org/pdf/1910.13461v1", None, "шумоподавляющее предобучение; раздел 2.3"),
 ("hf", T("1910.03771"), 2020, None, None, "EMNLP 2020, демо-трек; библиотека, которой пользуюсь"),
 ("norms", T("2004.10102"), 2020, None, None, "EMNLP 2020; научрук советовал для главы 3"),
 ("fem", T("2010.06040"), 2020, "https://openreview.net/forum?id=cYr2OPNyTz7", None, "маскирование по всему словарю; отзывы рецензентов полезны"),
 ("electric", T("2012.08561"), 2020, None, None, "EMNLP 2020; энергетическая модель вместо MLM"),
]
RESOURCES = [
 ("Stanford CS224N: Natural Language Processing with Deep Learning", "https://web.stanford.edu/class/cs224n/"),
 ("Hugging Face NLP Course", "https://huggingface.co/learn/nlp-course"),
]
CITES = [("bart", "gpt2"), ("bart", "bpe"), ("gpt2", "bpe"), ("hf", "gpt2"), ("hf", "bart"), ("electric", "gpt2"),
         ("electric", "bart"), ("fem", "bart"), ("norms", "bpe"), ("norms", "gpt2")]
BASE = {"Paper": 3, "CITES": 4, "Resource": 5}


def gid(label, i):
    return (BASE[label] << 48) | (i + 1)


def props(k):
    _, t, y, u, ax, n = next(p for p in PAPERS if p[0] == k)
    d = {"title": t, "year": y, "note": n}
    if u: d["url"] = u
    if ax: d["arxiv"] = ax
    return d


def agmap(d):
    """an agtype map as AGE prints it: keys in jsonb order (length, then bytes), `": "` and `, ` separators"""
    ks = sorted(d, key=lambda k: (len(k.encode()), k.encode()))
    return "{" + ", ".join(f"{json.dumps(k)}: {agval(d[k])}" for k in ks) + "}"


def agval(v):
    if v is None: return ""
    if isinstance(v, dict): return agmap(v)
    return json.dumps(v, ensure_ascii=False)


def vertex(k):
    i = [p[0] for p in PAPERS].index(k)
    return '{"id": %d, "label": "Paper", "properties": %s}::vertex' % (gid("Paper", i), agmap(props(k)))


def edge(j):
    a, b = CITES[j]
    ia, ib = [p[0] for p in PAPERS].index(a), [p[0] for p in PAPERS].index(b)
    return '{"id": %d, "label": "CITES", "end_id": %d, "start_id": %d, "properties": {}}::edge' % (gid("CITES", j), gid("Paper", ib), gid("Paper", ia))


def rows_word(n):
    if n % 10 == 1 and n % 100 != 11: w = "строка"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: w = "строки"
    else: w = "строк"
    return f"({n} {w})"


def table(heads, rows):
    w = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(heads)]
    out = [" " + " | ".join(" " * ((w[i] - len(h)) // 2) + h + " " * ((w[i] - len(h) + 1) // 2) for i, h in enumerate(heads))]
    out.append("-+-".join("-" * x for x in w).join(["-", "-"]))
    for r in rows:
        out.append(" " + " | ".join(c.ljust(w[i]) if i < len(heads) - 1 else c for i, c in enumerate(r)))
    return out + [rows_word(len(rows)), ""]


def q(cy, cols):
    return f"SELECT * FROM cypher('{G}', $$ {cy} $$) AS ({', '.join(c + ' agtype' for c in cols)});"


def build():
    P = DB + "=# "
    L = [PS + "# граф цитирований для главы 2 (Apache AGE), проверяю перед встречей с научруком"]
    L += [PS + f"psql -P pager=off -d {DB}", "psql (16.2 (Ubuntu 16.2-1.pgdg22.04+1))", 'Введите "help", чтобы получить справку.', ""]
    L += [P + "LOAD 'age';", "LOAD", "", P + 'SET search_path = ag_catalog, "$user", public;', "SET", ""]
    srt = sorted(PAPERS, key=lambda p: (p[2], p[1]))
    L += [P + q("MATCH (p:Paper) RETURN p.year, p.title, p.url ORDER BY p.year, p.title", ["year", "title", "url"])]
    L += table(["year", "title", "url"], [[str(p[2]), agval(p[1]), agval(p[3])] for p in srt])
    L += [P + q("MATCH (:Paper)-[c:CITES]->(:Paper) RETURN count(c)", ["n"])]
    L += table(["n"], [[str(len(CITES))]])
    L += [P + q(f"MATCH (a:Paper)-[:CITES]->(b:Paper {{title: '{GPT2}'}}) RETURN a.title ORDER BY a.title", ["cites_gpt2"])]
    cg = sorted(next(p[1] for p in PAPERS if p[0] == a) for a, b in CITES if b == "gpt2")
    L += table(["cites_gpt2"], [[agval(t)] for t in cg])
    L += [P + q("MATCH (p:Paper) WHERE p.arxiv IS NOT NULL RETURN p", ["p"])]
    L += table(["p"], [[vertex(p[0])] for p in PAPERS if p[4]])
    L += [P + q("MATCH (a:Paper {year: 2020})-[c:CITES]->(b:Paper {year: 2016}) RETURN c", ["c"])]
    yr = {p[0]: p[2] for p in PAPERS}
    L += table(["c"], [[edge(j)] for j, (a, b) in enumerate(CITES) if yr[a] == 2020 and yr[b] == 2016])
    L += [P + q("MATCH (r:Resource) RETURN r.name, r.url", ["name", "url"])]
    L += table(["name", "url"], [[agval(n), agval(u)] for n, u in RESOURCES])
    L += [P + "\\q"]
    L += [PS + "# у GPT-2, HF Transformers, Electric и статьи про нормы внимания нет ссылок, добавить вручную", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
