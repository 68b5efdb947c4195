#!/usr/bin/env python3
"""1113: a terminal copy of an arangosh session (Portuguese, Brazil): start-up banner, `db.artigos.count()`, an AQL
listing, `db.artigos.document()`, a `save` of one document and two edges, an INBOUND traversal, the cursor line.
Values are printed in arangosh's layout (`{ ` / `[ ` with a trailing space, `"k" : v`, `, ` line ends, two-space
indents); counts, _id / _key / _rev, the listing's sort and the traversal's result are computed here."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1113, AGZ, keys

P = "127.0.0.1:8529@leituras> "
B64 = "_-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rev(k):
    h = hashlib.sha1(k.encode()).digest()
    return "_h" + "".join(B64[b % 64] for b in h[:6]) + "---"


def ap(v, ind=0):
    pad = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v: return "{ }"
        items = [f'{pad}{json.dumps(k, ensure_ascii=False)} : {ap(x, ind + 1)}' for k, x in v.items()]
        return "{ \n" + ", \n".join(items) + " \n" + "  " * ind + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ \n" + ", \n".join(pad + ap(x, ind + 1) for x in v) + " \n" + "  " * ind + "]"
    return json.dumps(v, ensure_ascii=False)


DOCS = {}


def doc(key, **f):
    DOCS[key] = {"_key": key, "_id": f"artigos/{key}", "_rev": rev("a/" + key), **f}


doc("hippo", titulo=T("2008.07669"), ano=2020, tema="ssm", link=None, notas="base teórica do S4; ler só seções 2 e 3")
doc("s4", titulo=T("2111.00396"), ano=2021, tema="ssm", link=f"https://openreview.net/forum?id={OR('2111.00396')}",
    notas="ICLR 2022, outstanding paper honorable mention")
doc("mamba", titulo=T("2312.00752"), ano=2023, tema="ssm", link="https://arxiv.org/abs/2312.00752",
    notas="seleção dependente da entrada + scan paralelo em hardware; repositório state-spaces/mamba")
doc("expire", titulo=T("2105.06548"), ano=2021, tema="memoria", link=None, notas="Expire-Span (ICML 2021)")
doc("dt", titulo=T("2106.01345"), ano=2021, tema="rl-seq", link="https://arxiv.org/abs/2106.01345",
    notas="return-to-go como token; reproduzimos no D4RL hopper")
doc("tt", titulo=T("2106.02039"), ano=2021, tema="rl-seq", link="arXiv:2106.02039", notas="Trajectory Transformer, beam search")
doc("alphazero", titulo=AGZ, ano=2017, tema="rl", link=None, notas="Nature 550; sem versão no arXiv")
EDGES = [("s4", "hippo", "estende"), ("mamba", "s4", "estende"), ("mamba", "hippo", "cita"), ("tt", "dt", "concorrente"),
         ("dt", "alphazero", "cita")]

out = []


def cmd(c, result):
    out.append(P + c + "\n" + result + "\n")


banner = r"""rafael@lab-seq:~$ arangosh --server.endpoint tcp://127.0.0.1:8529 --server.database leituras --server.username rafael
Please specify a password: 
                                       _     
  __ _ _ __ __ _ _ __   __ _  ___  ___| |__  
 / _` | '__/ _` | '_ \ / _` |/ _ \/ __| '_ \ 
| (_| | | | (_| | | | | (_| | (_) \__ \ | | |
 \__,_|_|  \__,_|_| |_|\__, |\___/|___/_| |_|
                       |___/                 

arangosh (ArangoDB 3.11.7 [linux] 64bit, using jemalloc, build tags/v3.11.7-0, VPack 0.2.1, RocksDB 7.2.0, ICU 64.2, V8 7.1.302.28, OpenSSL 3.0.12 24 Oct 2023)
Copyright (c) ArangoDB GmbH

Command-line history will be persisted when the shell is exited. You can use `--console.history false` to turn this off
Connected to ArangoDB 'http+tcp://127.0.0.1:8529, version: 3.11.7 [SINGLE, server], database: 'leituras', username: 'rafael'

Type 'tutorial' for a tutorial or 'help' to see common examples
"""
cmd("db.artigos.count()", str(len(DOCS)))
rows = sorted(DOCS.values(), key=lambda d: (d["ano"], d["_key"]))
cmd("db._query(`FOR a IN artigos SORT a.ano, a._key RETURN { chave: a._key, titulo: a.titulo, ano: a.ano, link: a.link }`).toArray()",
    ap([{"chave": d["_key"], "titulo": d["titulo"], "ano": d["ano"], "link": d["link"]} for d in rows]))
cmd('db.artigos.document("mamba")', ap(DOCS["mamba"]))
new = {"_key": "retnet", "titulo": T("2307.08621"), "ano": 2023, "tema": "ssm", "link": "arXiv:2307.08621",
       "notas": "RetNet, Microsoft; comparar retenção com o scan do Mamba"}
cmd('db.artigos.save({ _key: "retnet", titulo: ' + json.dumps(new["titulo"]) + ', ano: 2023, tema: "ssm", link: "arXiv:2307.08621", notas: '
    + json.dumps(new["notas"], ensure_ascii=False) + ' })',
    ap({"_id": "artigos/retnet", "_key": "retnet", "_rev": rev("a/retnet")}))
DOCS["retnet"] = {"_key": "retnet", "_id": "artigos/retnet", "_rev": rev("a/retnet"), **{k: v for k, v in new.items() if k != "_key"}}
ekeys = []
for i, (a, b, tp) in enumerate([("retnet", "s4", "compara"), ("retnet", "mamba", "compara")]):
    k = str(88411 + i * 7)
    EDGES.append((a, b, tp))
    cmd(f'db.cita.save({{ _from: "artigos/{a}", _to: "artigos/{b}", tipo: "{tp}" }})',
        ap({"_id": f"cita/{k}", "_key": k, "_rev": rev("c/" + k)}))
# INBOUND traversal 1..2 from s4: who points (directly or in two hops) at s4
lvl1 = [a for a, b, _ in EDGES if b == "s4"]
lvl2 = [a for x in lvl1 for a, b, _ in EDGES if b == x]
seen = []
for k in lvl1 + lvl2:
    if k not in seen: seen.append(k)
res = sorted(DOCS[k]["titulo"] for k in seen)
cmd('db._query(`FOR v IN 1..2 INBOUND "artigos/s4" cita SORT v.titulo RETURN DISTINCT v.titulo`)',
    f"[object ArangoQueryCursor, count: {len(res)}, cached: false, hasMore: false]\n\n" + ap(res))
text = banner + "".join(out) + P
write_only(F1113, text, keys(F1113))
