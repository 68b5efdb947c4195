#!/usr/bin/env python3
"""1790: a Czech PhD student's terminal (pasted) against her lab's MediaWiki with Semantic MediaWiki: the `ask` API
through curl (`-G --data-urlencode`, the wiki's session cookie) for the seminar pages on efficient attention, page 1
printed by jq, page 2 (offset=5) as jq @tsv rows. The answer is SMW's QueryResultSerializer (version 2):
`query-continue-offset` when more results wait, then `query` with `printrequests` (the page column in mode 2, one
entry a `?property` in mode 1 with its label, key, type id), `results` keyed by page name (printouts in printrequest
order, fulltext, fullurl, namespace, exists, displaytitle), `serializer`, `version`, `meta` (hash, count, offset,
source, time). Computed from the modelled pages: the sort by seminar date, the page split, counts and offsets, date
values (`raw` 1/Y/M/D and the UTC-midnight timestamp), page URLs (spaces as underscores, percent-encoded as MediaWiki
writes them), the query hash (md5 of the query string)."""
import calendar, datetime as dt, hashlib, json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1790)
PS = "tereza@pracovna:~/seminar$ "
API = "https://wiki.example.cz/w/api.php"
ART = "https://wiki.example.cz/wiki/"
NS = {"Článek": 3000, "Uživatel": 2}
D0 = dt.date(2024, 2, 21)
# (page, Název, Odkaz, arXiv, Typ, Referuje)
P = [
 ("Sparse Transformers", T("1904.10509"), "https://arxiv.org/abs/1904.10509", None, "článek", "Tereza Dvořáková"),
 ("Reformer", T("2001.04451"), f"https://openreview.net/forum?id={OR('2001.04451')}", None, "článek", "Jakub Král"),
 ("Longformer", T("2004.05150"), "https://arxiv.org/abs/2004.05150", None, "článek", "Petr Svoboda"),
 ("Linformer", T("2006.04768"), None, "2006.04768", "článek", "Lucie Černá"),
 ("Annotated Transformer", "The Annotated Transformer (blog skupiny Harvard NLP)", "http://nlp.seas.harvard.edu/annotated-transformer/", None, "blog", "Jakub Král"),
 ("Funnel-Transformer", T("2006.03236"), None, None, "článek", "Tereza Dvořáková"),
 ("Long Range Arena", T("2011.04006"), None, None, "článek", "Petr Svoboda"),
 ("FlashAttention", T("2205.14135"), "https://arxiv.org/pdf/2205.14135v2", None, "článek", "Lucie Černá"),
 ("Expire-Span", T("2105.06548"), None, None, "článek", "Jakub Král"),
 ("xFormers", "xFormers (knihovna Meta AI, GitHub)", "https://github.com/facebookresearch/xformers", None, "repozitář", "Tereza Dvořáková"),
]
# printrequests: (label, property key, type id)
PR = [("Název", "Název", "_txt"), ("Odkaz", "Odkaz", "_uri"), ("arXiv", "ArXiv", "_txt"), ("Typ", "Typ", "_txt"),
      ("Referuje", "Referuje", "_wpg"), ("Datum semináře", "Datum_semináře", "_dat")]
QUERY = "[[Kategorie:Článek]][[Téma::Efektivní attention]]|?Název|?Odkaz|?ArXiv=arXiv|?Typ|?Referuje|?Datum semináře|sort=Datum semináře|order=asc"
LIMIT = 5


def url(title):
    """MediaWiki's wfUrlencode of a page title: spaces as underscores, `:` and `/` (and a few others) kept"""
    return ART + quote(title.replace(" ", "_"), safe=":/;@$!*(),~")


def page(ns, name):
    t = f"{ns}:{name}"
    return {"fulltext": t, "fullurl": url(t), "namespace": NS[ns], "exists": "1", "displaytitle": ""}


def result(i):
    name, title, link, ax, typ, who = P[i]
    d = D0 + dt.timedelta(days=7 * i)
    vals = {"Název": [title], "Odkaz": [link] if link else [], "arXiv": [ax] if ax else [], "Typ": [typ],
            "Referuje": [page("Uživatel", who)],
            "Datum semináře": [{"timestamp": str(calendar.timegm(d.timetuple())), "raw": f"1/{d.year}/{d.month}/{d.day}"}]}
    pg = page("Článek", name)
    return pg["fulltext"], {"printouts": {lab: vals[lab] for lab, _, _ in PR}, **pg}


def answer(offset, t):
    q = QUERY + f"|limit={LIMIT}" + (f"|offset={offset}" if offset else "")
    res = dict(result(i) for i in range(offset, min(offset + LIMIT, len(P))))
    body = {"printrequests": [{"label": "", "key": "", "redi": "", "typeid": "_wpg", "mode": 2}] +
                             [{"label": lab, "key": k, "redi": "", "typeid": ty, "mode": 1, "format": ""} for lab, k, ty in PR],
            "results": res, "serializer": "SMW\\Serializers\\QueryResultSerializer", "version": 2,
            "meta": {"hash": hashlib.md5(q.encode()).hexdigest(), "count": len(res), "offset": offset, "source": "", "time": t}}
    out = {}
    if offset + LIMIT < len(P): out["query-continue-offset"] = offset + LIMIT
    out["query"] = body
    return q, out


def curl(q):
    return (f"curl -sG '{API}' -b ~/.wiki-cookies --data-urlencode 'action=ask' --data-urlencode 'query={q}' "
            "--data-urlencode 'format=json'")


def build():
    q1, a1 = answer(0, "0.021734")
    q2, a2 = answer(LIMIT, "0.017916")
    L = [PS + "# seznam na webovou stránku semináře: co už proběhlo a co chybí (Téma::Efektivní attention)"]
    L += [PS + curl(q1) + " | jq"] + json.dumps(a1, indent=2, ensure_ascii=False).split("\n")
    jqf = ('.query.results[] | [.fulltext, .printouts["Datum semináře"][0].raw, .printouts["Název"][0], '
           '(.printouts.Odkaz[0] // .printouts.arXiv[0] // "-")] | @tsv')
    L += [PS + curl(q2) + f" | jq -r '{jqf}'"]
    for name, r in a2["query"]["results"].items():
        p = r["printouts"]
        L.append("\t".join([name, p["Datum semináře"][0]["raw"], p["Název"][0], (p["Odkaz"] or p["arXiv"] or ["-"])[0]]))
    L += [PS + "# LRA, Funnel a Expire-Span nemají odkaz ani arXiv, doplnit do wiki", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
