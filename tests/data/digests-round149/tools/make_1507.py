#!/usr/bin/env python3
"""1507: a Polish seminar student's terminal: a reading-list TSV, jq building a Carrot2 DCS request, the Lingo
clustering answer printed by curl (Jackson's pretty printer via ?indent, no final newline, so the next prompt follows
the closing brace), and a jq summary of the clusters."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1507)
P = "ola@pracownia-nlp:~/seminarium$ "
ROWS = [  # title, link column, note (Polish, with the English terms students keep)
    (T("2001.04451"), "https://openreview.net/forum?id=" + OR("2001.04451"), "LSH attention + warstwy odwracalne, dużo mniej memory; ICLR 2020"),
    (T("2011.04006"), "https://openreview.net/pdf?id=" + OR("2011.04006"), "benchmark LRA: sześć zadań, porównanie wariantów, które nazywa efficient transformers"),
    (T("2006.04768"), "https://arxiv.org/abs/2006.04768", "projekcja K i V do niskiego wymiaru, czyli linear attention w praktyce"),
    (T("2004.05150"), "https://arxiv.org/pdf/2004.05150", "sparse attention: okno przesuwne + globalne tokeny, długie dokumenty"),
    (T("2006.16236"), "arXiv:2006.16236", "kernelowa linear attention zapisana jako RNN; link dopisze Kuba"),
    (T("1904.10509"), "-", "faktoryzowana sparse attention (strided/fixed); brak linku, szukać po tytule"),
    (T("2202.10447"), "-", "FLASH i GAU: gated linear attention; brak linku"),
    (T("2105.06548"), "-", "Expire-Span: memory z wygasaniem, tokeny same decydują kiedy zapomnieć; brak linku"),
    ("xFormers (repozytorium)", "https://github.com/facebookresearch/xformers", "biblioteka: memory-efficient i sparse attention, kernele; to nie artykuł"),
    ("The Annotated Transformer (blog)", "https://nlp.seas.harvard.edu/annotated-transformer/", "blog z kodem krok po kroku, na rozgrzewkę"),
    ("Stanford CS25, wykład o długim kontekście (nagranie)", "https://www.youtube.com/watch?v=Qm7xK2fR0aE", "nagranie, 1:12:40, slajdy w opisie"),
    ("Long Range Arena – tabela wyników (Papers with Code)", "https://paperswithcode.com/sota/long-range-modeling-on-lra", "leaderboard, stan na 12.03.2024"),
]
# (labels, documents, score): Lingo-like clusters; every label occurs in each of its documents' title or snippet
CLUSTERS = [
    (["Linear Attention"], [2, 4, 6], 0.8431),
    (["Sparse Attention"], [3, 5, 8], 0.7718),
    (["Efficient Transformer"], [0, 1], 0.6925),
    (["Memory"], [0, 7, 8], 0.5402),
]


def jackson(v, ind=0):
    """Jackson's DefaultPrettyPrinter: objects one entry a line (two spaces), `"k" : v`; arrays inline `[ a, b ]`,
    an array of objects `[ {` … `}, {` … `} ]`; empty `[ ]`"""
    pad = "  " * ind
    if isinstance(v, dict):
        if not v: return "{ }"
        return "{\n" + ",\n".join(f'{pad}  {json.dumps(k)} : {jackson(x, ind + 1)}' for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v: return "[ ]"
        return "[ " + ", ".join(jackson(x, ind) for x in v) + " ]"
    return json.dumps(v, ensure_ascii=False)


def build():
    tsv = "".join("\t".join(r) + "\n" for r in ROWS)
    resp = {"clusters": [{"labels": lb, "documents": d, "clusters": [], "score": s} for lb, d, s in CLUSTERS]}
    summ = [f"{', '.join(lb)} [{len(d)}]: " + " | ".join(ROWS[i][0] for i in d) for lb, d, s in CLUSTERS]
    out = [P + "wc -l lista.tsv", f"{len(ROWS)} lista.tsv", P + "cat lista.tsv"]
    out.append(tsv.rstrip("\n"))
    out.append(P + """jq -Rn '{language: "English", algorithm: "Lingo", documents: [inputs | split("\\t") | {title: .[0], snippet: .[2]}]}' lista.tsv > zapytanie.json""")
    out.append(P + "jq '.documents | length' zapytanie.json")
    out.append(str(len(ROWS)))
    out.append(P + "curl -s -H 'Content-Type: application/json' --data-binary @zapytanie.json 'http://localhost:8080/service/cluster?indent' | tee wynik.json")
    out.append(jackson(resp) + P + """jq -r --slurpfile q zapytanie.json '.clusters[] | "\\(.labels | join(", ")) [\\(.documents | length)]: \\([.documents[] as $i | $q[0].documents[$i].title] | join(" | "))"' wynik.json""")
    out += summ
    out.append(P + "# 9-11 (blog, wykład, leaderboard) poza klastrami, jak się spodziewałam; w czwartek pokażę to na seminarium")
    out.append(P)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
