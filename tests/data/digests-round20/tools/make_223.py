#!/usr/bin/env python3
"""Builds digests/223_wikidata_sparql_results_json_rl_and_science_papers.json: the answer of the Wikidata Query
Service (https://query.wikidata.org/sparql, Accept: application/sparql-results+json) to a reading-group query for
scholarly articles (P31 Q13442814) on reinforcement learning and ML for science, selecting ?item ?itemLabel ?title
(P1476) ?arxiv (P818) ?published (P577) ?venueLabel (P1433) ?fulltext (P953), ORDER BY ?published. Written as
Blazegraph writes SPARQL 1.1 JSON results: two-space indent, `"key" : value`, arrays as `[ {` … `}, {` … `} ]`,
bindings only for bound variables (in head order), literals as {"xml:lang", "type", "value"} or {"datatype", "type",
"value"}, the label service's fallback (an item without an English label gets its Q-id as an untagged literal), UTF-8
kept, no final newline.

Evidence: FNO's and Decision Transformer's P953 full-work URLs (arXiv pdf / abs) (link; Decision Transformer has a
second row, its NeurIPS item without the URL: one record); the P818 arXiv ids of the on-policy RL study, EigenGame,
MeshGraphNets and the evolved RL algorithms (arxiv-text); AlphaGo Zero and AlphaFold (Nature, not on arXiv),
Gradient Projection Memory, the trajectory transformer (its current arXiv title; the item has no label, so
?itemLabel is its Q-id), Graphormer and Gato with no arXiv id in Wikidata (title-only). The Q-ids are invented."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "223_wikidata_sparql_results_json_rl_and_science_papers.json")
VARS = ["item", "itemLabel", "title", "arxiv", "published", "venueLabel", "fulltext"]
ICLR, NEURIPS, ICML = "International Conference on Learning Representations", "Conference on Neural Information Processing Systems", "International Conference on Machine Learning"
# Q-id, label (None: no English label), title, arxiv, date, venue, fulltext
ROWS = [
    (42312271, "Mastering the game of Go without human knowledge", "Mastering the game of Go without human knowledge", None, "2017-10-19", "Nature", None),
    (96121734, "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
     "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study", "2006.05990", "2020-06-10", None, None),
    (100317205, "EigenGame: PCA as a Nash Equilibrium", "EigenGame: PCA as a Nash Equilibrium", "2010.00554", "2020-10-01", ICLR, None),
    (100342981, "Learning Mesh-Based Simulation with Graph Networks", "Learning Mesh-Based Simulation with Graph Networks", "2010.03409", "2020-10-07", ICLR, None),
    (100437776, "Fourier Neural Operator for Parametric Partial Differential Equations",
     "Fourier Neural Operator for Parametric Partial Differential Equations", None, "2020-10-18", None, "https://arxiv.org/pdf/2010.08895"),
    (104702215, "Evolving Reinforcement Learning Algorithms", "Evolving Reinforcement Learning Algorithms", "2101.03958", "2021-01-11", ICLR, None),
    (106599410, "Gradient Projection Memory for Continual Learning", "Gradient Projection Memory for Continual Learning", None, "2021-03-17", ICLR, None),
    (107378042, "Decision Transformer: Reinforcement Learning via Sequence Modeling",
     "Decision Transformer: Reinforcement Learning via Sequence Modeling", None, "2021-06-02", None, "https://arxiv.org/abs/2106.01345"),
    (107380119, None, "Offline Reinforcement Learning as One Big Sequence Modeling Problem", None, "2021-06-03", None, None),
    (107446618, "Do Transformers Really Perform Bad for Graph Representation?", "Do Transformers Really Perform Bad for Graph Representation?", None, "2021-06-09", NEURIPS, None),
    (107626003, "Highly accurate protein structure prediction with AlphaFold", "Highly accurate protein structure prediction with AlphaFold", None, "2021-07-15", "Nature", None),
    (111190548, "Decision Transformer: Reinforcement Learning via Sequence Modeling",
     "Decision Transformer: Reinforcement Learning via Sequence Modeling", None, "2021-12-06", NEURIPS, None),
    (112086301, "A Generalist Agent", "A Generalist Agent", None, "2022-05-12", "Transactions on Machine Learning Research", None),
]


def bindings(r):
    q, label, title, arxiv, date, venue, full = r
    b = {"item": {"type": "uri", "value": f"http://www.wikidata.org/entity/Q{q}"},
         "itemLabel": {"xml:lang": "en", "type": "literal", "value": label} if label else {"type": "literal", "value": f"Q{q}"},
         "title": {"xml:lang": "en", "type": "literal", "value": title}}
    if arxiv:
        b["arxiv"] = {"type": "literal", "value": arxiv}
    b["published"] = {"datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "type": "literal", "value": date + "T00:00:00Z"}
    if venue:
        b["venueLabel"] = {"xml:lang": "en", "type": "literal", "value": venue}
    if full:
        b["fulltext"] = {"type": "uri", "value": full}
    return b


def blaze(o, ind=""):
    """Jackson-style pretty printer used by Blazegraph's SPARQL JSON writer"""
    if isinstance(o, dict):
        inner = ind + "  "
        return "{\n" + ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)} : {blaze(v, inner)}" for k, v in o.items()) + "\n" + ind + "}"
    if isinstance(o, list):
        if all(isinstance(x, str) for x in o):
            return "[ " + ", ".join(json.dumps(x, ensure_ascii=False) for x in o) + " ]"
        return "[ " + ", ".join(blaze(x, ind) for x in o) + " ]"
    return json.dumps(o, ensure_ascii=False)


DATA = {"head": {"vars": VARS}, "results": {"bindings": [bindings(r) for r in ROWS]}}

if __name__ == "__main__":
    TEXT = blaze(DATA)
    check_no_distractor(TEXT, "223")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
