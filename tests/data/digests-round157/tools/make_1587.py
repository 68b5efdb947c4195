#!/usr/bin/env python3
"""1587: a Polish NLP lab's reading collection kept in a MySQL document store, read in MySQL Shell (mysqlsh --js, X
protocol): the connection banner, db.getCollections(), count(), find().fields() results printed as documents (keys in
MySQL's JSON order: by length, then bytewise), a bound LIKE search showing one whole document, a modify() of it by its _id, then \\sql with two result tables, a
1146 error and \\q. Every answer (counts, _ids, documents, table widths, row counts) is computed from the modelled
collection."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1587)
SH = "kasia@lab-wro:~$ "
HOST = "db.nlp-wro.example.pl:33060"
PJ = f" MySQL  {HOST}+ ssl  czytelnia  JS > "
PS = f" MySQL  {HOST}+ ssl  czytelnia  SQL > "
START = 0x65f2a1c4  # server start stamp inside the generated _id values
DOCS = [  # tytul, link, status, zglosil, dodano, tagi, uwagi
    (T("2204.02311"), "https://arxiv.org/pdf/2204.02311.pdf", "przeczytane", "Marek", "2024-02-27", ["skalowanie"], "sekcja o rozumowaniu i o kosztach treningu"),
    (T("2001.08361"), "https://arxiv.org/abs/2001.08361", "przeczytane", "Kasia", "2024-02-28", ["skalowanie", "klasyka"], "prawa potęgowe: N, D, C"),
    (T("2201.11903"), "https://openreview.net/forum?id=" + OR("2201.11903"), "przeczytane", "Tomek", "2024-03-04", ["rozumowanie", "prompting"], "NeurIPS 2022; przykłady krok po kroku w prompcie"),
    (T("2307.09288"), "https://arxiv.org/abs/2307.09288v2", "w trakcie", "Ola", "2024-03-06", ["modele otwarte"], "RLHF + Ghost Attention, rozdział 3"),
    (T("2211.17192"), "arXiv:2211.17192", "do przeczytania", "Marek", "2024-03-11", ["inferencja"], "ICML 2023; Marek prezentuje 21.03"),
    (T("2206.07682"), None, "do przeczytania", "Tomek", "2024-03-12", ["skalowanie"], "TMLR 2022, bez linku w arkuszu"),
    (T("2207.05221"), None, "do przeczytania", "Ola", "2024-03-12", ["kalibracja"], "P(True), Anthropic"),
    (GPT2, None, "w trakcie", "Kasia", "2024-03-13", ["klasyka"], "GPT-2, raport OpenAI - nie ma go na arXiv"),
    ("vLLM - dokumentacja, Quickstart", "https://docs.vllm.ai/en/latest/", "do przeczytania", "Marek", "2024-03-14", ["narzędzia"], "to nie artykuł; do postawienia na gpu2"),
    ("Nagranie: seminarium zakładowe 7.03 (wideo)", "https://wideo.nlp-wro.example.pl/seminarium/2024-03-07", "przeczytane", "Ola", "2024-03-15", ["seminarium"], "wideo, nie artykuł"),
]
NAMES = ["tytul", "link", "status", "zglosil", "dodano", "tagi", "uwagi"]


def doc_id(i):
    return f"0000{START:08x}{i + 1:016x}"


def mkdoc(i, row, status=None):
    d = {"_id": doc_id(i)}
    for n, v in zip(NAMES, row):
        if v is not None: d[n] = v
    if status: d["status"] = status
    return d


def mysql_order(d):
    """MySQL stores JSON object keys sorted by length, then bytewise"""
    return {k: (mysql_order(v) if isinstance(v, dict) else v) for k, v in sorted(d.items(), key=lambda kv: (len(kv[0].encode()), kv[0].encode()))}


def show(d):
    return json.dumps(mysql_order(d), indent=4, ensure_ascii=False).split("\n")


def secs(tag):
    return f"(0.{int(hashlib.sha256(tag.encode()).hexdigest()[:6], 16) % 1700 + 300:04d} sec)"


def table(cols, rows, right=()):
    w = [max(len(str(x)) for x in [c] + [r[i] for r in rows]) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (n + 2) for n in w) + "+"
    cell = lambda i, v: (str(v).rjust(w[i]) if i in right else str(v).ljust(w[i]))
    L = [sep, "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |", sep]
    L += ["| " + " | ".join(cell(i, v) for i, v in enumerate(r)) + " |" for r in rows]
    return L + [sep]


def find(docs, pred, fields, tag):
    hit = [d for d in docs if pred(d)]
    out = []
    for d in hit:
        out += show({f: d.get(f) for f in fields} if fields else d)
    return out + [f"{len(hit)} document{'s' if len(hit) != 1 else ''} in set {secs(tag)}"]


def build():
    docs = [mkdoc(i, r) for i, r in enumerate(DOCS)]
    L = [SH + f"mysqlsh --js kasia@{HOST}/czytelnia",
         f"Please provide the password for 'kasia@{HOST}': ************",
         f"Save password for 'kasia@{HOST}'? [Y]es/[N]o/Ne[v]er (default No): n",
         "MySQL Shell 8.0.36", "",
         "Copyright (c) 2016, 2023, Oracle and/or its affiliates.",
         "Oracle is a registered trademark of Oracle Corporation and/or its affiliates.",
         "Other names may be trademarks of their respective owners.", "",
         "Type '\\help' or '\\?' for help; '\\quit' to exit.",
         f"Creating a session to 'kasia@{HOST}/czytelnia'",
         "Fetching schema names for auto-completion... Press ^C to stop.",
         "Your MySQL connection id is 418 (X protocol)",
         "Server version: 8.0.36 MySQL Community Server - GPL",
         "Default schema `czytelnia` accessible through db.",
         PJ + "db.getCollections()", "[", "    <Collection:artykuly>,", "    <Collection:spotkania>", "]",
         PJ + "db.artykuly.count()", str(len(docs)),
         PJ + 'db.artykuly.find().fields(["tytul", "status"])']
    L += find(docs, lambda d: True, ["tytul", "status"], "a")
    L += [PJ + 'db.artykuly.find("link IS NOT NULL").fields(["tytul", "link"])']
    L += find(docs, lambda d: "link" in d, ["tytul", "link"], "b")
    L += [PJ + 'db.artykuly.find("link IS NULL").fields(["tytul", "uwagi"])']
    L += find(docs, lambda d: "link" not in d, ["tytul", "uwagi"], "c")
    L += [PJ + 'db.artykuly.find("tytul LIKE :t").bind("t", "Llama 2%")']
    L += find(docs, lambda d: d["tytul"].startswith("Llama 2"), None, "d")
    k = next(i for i, d in enumerate(docs) if d["tytul"] == T("2307.09288"))
    L += [PJ + f"db.artykuly.modify(\"_id = '{doc_id(k)}'\").set(\"status\", \"przeczytane\")",
          f"Query OK, 1 item affected {secs('e')}", "", "Rows matched: 1  Changed: 1  Warnings: 0"]
    docs[k]["status"] = "przeczytane"
    L += [PJ + "\\sql", "Switching to SQL mode... Commands end with ;",
          PS + "SELECT doc->>'$.status' AS status, COUNT(*) AS n FROM artykuly GROUP BY status ORDER BY n DESC;"]
    cnt = {}
    for d in docs: cnt[d["status"]] = cnt.get(d["status"], 0) + 1
    rows = sorted(cnt.items(), key=lambda kv: -kv[1])
    L += table(["status", "n"], rows, right=(1,)) + [f"{len(rows)} rows in set {secs('f')}", ""]
    L += [PS + "SELECT doc->>'$.tytul' AS tytul, doc->>'$.zglosil' AS kto FROM artykuly WHERE doc->>'$.status' = 'przeczytane' AND doc->>'$.link' LIKE 'http%' ORDER BY doc->>'$.dodano';"]
    rows = [(d["tytul"], d["zglosil"]) for d in sorted(docs, key=lambda d: d["dodano"]) if d["status"] == "przeczytane" and d.get("link", "").startswith("http")]
    L += table(["tytul", "kto"], rows) + [f"{len(rows)} rows in set {secs('g')}", ""]
    L += [PS + "SELECT COUNT(*) FROM spotkanie;", "ERROR: 1146 (42S02): Table 'czytelnia.spotkanie' doesn't exist",
          PS + "\\q", "Bye!", SH]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
