#!/usr/bin/env python3
"""1668: a Czech computational-linguistics PhD student's reading list kept as Turtle (`cteni.ttl`) and queried with
roqet (Redland's Rasqal query utility), pasted from a terminal: `cat` of a SPARQL query with Czech comments, the
query run with `-r table` (Rasqal's ASCII table: a dashed rule, the header, a `=` rule, the rows, a dashed rule), a
second and third query in roqet's default `result: [var=value, …]` lines, and a COUNT query. Values are printed as
Rasqal prints literals (`uri<…>`, `string("…"@lang)`, `integer(n)`); the column widths, the result counts and the
COUNT are computed from the modelled graph."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1668)
PS = "ondrej@ufal-ntb:~/disertace/cteni$ "
LOC = "http://cteni.example.cz/c/"
# the modelled graph: articles (IRI, title key, state, identifier literal or None, year)
ART = [
    ("https://arxiv.org/abs/1910.13461", "1910.13461", "přečteno", None, 2020),
    ("https://arxiv.org/abs/1910.10683", "1910.10683", "přečteno", None, 2020),
    ("https://arxiv.org/abs/2004.10102", "2004.10102", "přečteno", None, 2020),
    (LOC + "11", "1802.05365", "přečteno", "arXiv:1802.05365", 2018),
    ("https://arxiv.org/abs/1910.03771", "1910.03771", "přečteno", None, 2020),
    (LOC + "17", "1301.3781", "k přečtení", None, 2013),
    (LOC + "18", "2008.07905", "k přečtení", None, 2021),
    (LOC + "21", "2010.06040", "k přečtení", None, 2020),
]
OTHER = [(LOC + "kniha-slp3", "Speech and Language Processing (3. vydání, draft)", "k přečtení", "bibo:Book"),
         (LOC + "sw-udpipe", "UDPipe 2", "k přečtení", "schema:SoftwareApplication")]

Q1 = """# přečtené články pro kapitolu 2 (předtrénování), seřazené podle roku
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX bibo:    <http://purl.org/ontology/bibo/>
PREFIX ct:      <http://cteni.example.cz/ns#>

SELECT ?clanek ?nazev ?rok
WHERE {
  ?clanek a bibo:AcademicArticle ;
          dcterms:title ?nazev ;
          dcterms:issued ?rok ;
          ct:stav "přečteno"@cs .
}
ORDER BY ?rok ?nazev"""


def lit(s, lang="en"):
    return f'string("{s}"@{lang})'


def table(vars_, rows):
    w = [max(len(v), *(len(r[i]) for r in rows)) for i, v in enumerate(vars_)]
    line = lambda cells: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cells)) + " |"
    total = len(line(vars_))
    return ["-" * total, line(vars_), "=" * total] + [line(r) for r in rows] + ["-" * total]


def run_head(src):
    return [f"roqet: Running query from file {src}" if src else "roqet: Querying from query string",
            "roqet: Query has a variable bindings result"]


def build():
    L = [PS + "cat precteno.rq"] + Q1.split("\n")
    read = sorted([a for a in ART if a[2] == "přečteno"], key=lambda a: (a[4], T(a[1])))
    rows = [(f"uri<{a[0]}>", lit(T(a[1])), f"integer({a[4]})") for a in read]
    L += [PS + "roqet -i sparql -D cteni.ttl -r table precteno.rq"] + run_head("precteno.rq")
    L += table(["clanek", "nazev", "rok"], rows) + [f"roqet: Query returned {len(rows)} results"]
    q2 = "SELECT ?clanek ?id WHERE { ?clanek dcterms:identifier ?id . FILTER NOT EXISTS { ?clanek ct:pdf ?soubor } }"
    ids = [a for a in ART if a[3]]
    L += [PS + f"roqet -i sparql -D cteni.ttl -e 'PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX ct: <http://cteni.example.cz/ns#> {q2}'"]
    L += run_head(None) + [f'result: [clanek=uri<{a[0]}>, id=string("{a[3]}")]' for a in ids] + [f"roqet: Query returned {len(ids)} results"]
    todo = [(a[0], T(a[1]), "en") for a in ART if a[2] == "k přečtení"] + [(o[0], o[1], "cs") for o in OTHER]
    L += [PS + "roqet -i sparql -D cteni.ttl kprecteni.rq"] + run_head("kprecteni.rq")
    L += [f"result: [co=uri<{u}>, nazev={lit(t, lg)}]" for u, t, lg in todo] + [f"roqet: Query returned {len(todo)} results"]
    L += [PS + "roqet -i sparql -D cteni.ttl -e 'PREFIX bibo: <http://purl.org/ontology/bibo/> SELECT (COUNT(?c) AS ?n) WHERE { ?c a bibo:AcademicArticle }'"]
    L += run_head(None) + [f"result: [n=integer({len(ART)})]", "roqet: Query returned 1 results", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
