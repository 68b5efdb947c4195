#!/usr/bin/env python3
"""1808: a French lab's reading index in Elasticsearch, queried with ES|QL through curl and pasted from the terminal:
POST /_query?pretty (the response's `columns` with name/type, then `values` rows in column order, null for a missing
field, Elasticsearch's pretty layout: two-space indent and ` : ` between key and value), then the same index counted
with STATS … BY through `?format=txt` (the text table: header and rows padded to each column's width, `|` between,
a dashed rule; each column at least 15 wide, the header centred). Computed here from the modelled documents: the WHERE filter, the SORT order, the KEEP columns, the
counts. Ends on a bare prompt without a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1808)
PS = "camille@labo-pc:~$ "
HOST = "https://es.labo.example.fr:9200"
COLS = [("titre", "text"), ("lien", "keyword"), ("annee", "integer"), ("rapporteur", "keyword"), ("remarque", "text")]
DOCS = [  # titre, lien, annee, rapporteur, remarque, type
 (T("1904.10509"), None, 2019, "Hugo", "motifs creux fixes; lire avant Longformer", "article"),
 (T("2004.05150"), "https://arxiv.org/abs/2004.05150", 2020, "Inès", "fenêtre glissante + attention globale", "article"),
 (T("2006.04768"), None, 2020, "Hugo", "arXiv:2006.04768 — projection de rang faible", "article"),
 (T("2006.16236"), "https://arxiv.org/pdf/2006.16236", 2020, "Mathis", "noyau phi(x) = elu(x) + 1", "article"),
 (T("2011.04006"), f"https://openreview.net/forum?id={OR('2011.04006')}", 2021, "Inès", "ICLR 2021, le banc d'essai LRA", "article"),
 (T("2103.14636"), None, 2021, "Camille", "survol, utile pour l'état de l'art", "article"),
 (T("2202.10447"), None, 2022, "Mathis", "FLASH, attention à une tête + GAU", "article"),
 (T("2205.14135"), "https://arxiv.org/abs/2205.14135v2", 2022, "Camille", "exacte mais consciente des E/S", "article"),
 ("The Annotated Transformer", "http://nlp.seas.harvard.edu/annotated-transformer/", 2022, "Hugo", "billet de blog avec code, pas un article", "blog"),
 ("xFormers", "https://github.com/facebookresearch/xformers", 2023, "Mathis", "dépôt de code", "code"),
]
Q1 = 'FROM lectures | WHERE theme == \\"attention efficace\\" | KEEP titre, lien, annee, rapporteur, remarque | SORT annee ASC, titre ASC | LIMIT 20'
Q2 = 'FROM lectures | WHERE theme == \\"attention efficace\\" | STATS n = COUNT(*) BY type | SORT n DESC'


def es_pretty(v):
    return json.dumps(v, indent=2, ensure_ascii=False, separators=(",", " : "))


def txt_table(cols, rows):
    w = [max(15, len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    head = "|".join(" " * ((w[i] - len(c)) // 2) + c + " " * (w[i] - len(c) - (w[i] - len(c)) // 2) for i, c in enumerate(cols))
    rule = "+".join("-" * w[i] for i in range(len(cols)))
    return [head, rule] + ["|".join(str(r[i]).ljust(w[i]) for i in range(len(cols))) for r in rows]


def build():
    rows = sorted(DOCS, key=lambda d: (d[2], d[0]))
    resp = {"columns": [{"name": n, "type": t} for n, t in COLS], "values": [list(d[:5]) for d in rows]}
    L = [PS + "# lectures du groupe : index « lectures » sur le serveur du labo (ES 8.13)",
         PS + f"curl -s -u camille -H 'Content-Type: application/json' -X POST '{HOST}/_query?pretty' -d '{{\"query\": \"{Q1}\"}}'",
         "Enter host password for user 'camille':"]
    L += es_pretty(resp).split("\n")
    cnt = {}
    for d in DOCS: cnt[d[5]] = cnt.get(d[5], 0) + 1
    stats = sorted(cnt.items(), key=lambda kv: -kv[1])
    L += [PS + f"curl -s -u camille -H 'Content-Type: application/json' -X POST '{HOST}/_query?format=txt' -d '{{\"query\": \"{Q2}\"}}'",
          "Enter host password for user 'camille':"]
    L += txt_table(["n", "type"], [(n, t) for t, n in stats])
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
