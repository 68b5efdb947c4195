#!/usr/bin/env python3
"""1829: a Romanian NLP seminar's reading list kept as a JSONiq query file for RumbleDB (`lecturi.jq`): `(: … :)`
comments (the run command among them), `let $lecturi := [ … ]` holding the list as JSON object constructors (two-space
indent, JSON strings and numbers, null for a missing link), a predicate `[$$.stare ne "citit"]` over the unboxed
array, and a result object built with `size`, a FLWOR with `order by`, and `{| … |}` over a `group by`. Papers are in
the objects as titles, link values, and one arXiv id inside a note. Ends with a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1829)
FIELDS = ["titlu", "link", "an", "stare", "prezintă", "note"]
LECTURI = [
 (T("1301.3781"), None, 2013, "citit", "Andrei", "word2vec; arXiv:1301.3781, atelierul ICLR 2013"),
 (T("1508.07909"), "https://arxiv.org/abs/1508.07909", 2016, "citit", "Ioana", "BPE, baza tokenizării de azi; ACL 2016"),
 (T("1802.05365"), "https://arxiv.org/pdf/1802.05365v2", 2018, "citit", "Mihai", "ELMo, NAACL 2018"),
 (T("1908.10084"), "http://arxiv.org/abs/1908.10084", 2019, "în lucru", "Radu", "SBERT; de comparat cu embeddingurile medii"),
 (T("1910.13461"), "https://arxiv.org/abs/1910.13461", 2020, "în lucru", "Ioana", "ACL 2020; pentru proiectul de rezumare"),
 (T("2012.08561"), None, 2020, "de citit", "Andrei", "Electric, EMNLP 2020; PDF-ul e pe Drive-ul grupului"),
 (T("2004.10102"), None, 2020, "de citit", "Mihai", "EMNLP 2020; normele vectorilor în loc de ponderi"),
 (T("2011.03459"), None, 2021, "de citit", "Radu", "ICLR 2021; grafuri de cunoștințe, poate în semestrul următor"),
 ("Hugging Face NLP Course, capitolul 6 (tokenizatoare)", "https://huggingface.co/learn/nlp-course/chapter6/1", 2022, "citit", "Ioana", "curs, nu articol"),
 ("sentence-transformers (documentația de pe SBERT.net)", "https://www.sbert.net/", 2019, "în lucru", "Radu", "bibliotecă și documentație"),
]


def build():
    objs = [dict(zip(FIELDS, r)) for r in LECTURI]
    arr = json.dumps(objs, indent=2, ensure_ascii=False)
    L = ["(: lecturi.jq — lista de lecturi a seminarului de NLP, semestrul II 2023–2024",
         "   Rulare: spark-submit rumbledb-1.21.0-for-spark-3.5.jar run lecturi.jq",
         "   Cine adaugă un articol: o intrare nouă la sfârșitul listei, \"stare\": \"de citit\".",
         "   Stările folosite: \"citit\", \"în lucru\", \"de citit\". (Ioana, martie 2024) :)",
         "",
         "let $lecturi := " + arr,
         "",
         "(: ce a mai rămas de discutat :)",
         "let $deCitit := $lecturi[][$$.stare ne \"citit\"]",
         "return {",
         "  \"seminar\": \"NLP — semestrul II\",",
         "  \"total\": size($lecturi),",
         "  \"de citit\": [",
         "    for $l in $deCitit",
         "    order by $l.an ascending",
         "    return $l.titlu || \" (\" || $l.an || \")\"",
         "  ],",
         "  \"pe stare\": {|",
         "    for $l in $lecturi[]",
         "    group by $s := $l.stare",
         "    return { $s : count($l) }",
         "  |}",
         "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
