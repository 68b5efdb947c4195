#!/usr/bin/env python3
"""1328: a Matomo Reporting API answer (Brazilian Portuguese): the reading group of a Campinas-like AI lab ("Leituras
LIA", leituras.lia-agentes.example.br) tracks its site with Matomo; the site's maintainer (Rafael) saved April's
numbers with `curl -s -o` for the group's report: one API.getBulkRequest of Actions.getPageTitles (the seminar pages,
named by the paper each discussed), Actions.getOutlinks (expanded=1: the links members clicked, by domain) and
Actions.getSiteSearchKeywords. As remembered: PHP json_encode's compact output with `\\/` for every slash and `\\u00e1`
escapes for non-ASCII, no final newline; page-title leaf labels with their leading space; rows sorted by nb_visits
(descending; ties in label order); avg_time_on_page = round(sum_time_spent / nb_hits), bounce_rate and exit_rate as
rounded percentages; the segment string with the label percent-encoded; a domain row's nb_hits the sum of its
subtable's. Repositories, a video, slides and docs are not papers; GPT-2, CoT, MemGPT, AgentBench are nicknames."""
import json, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1328, keys, GPT2

S = " · Leituras LIA"
# label, nb_visits, nb_uniq, nb_hits, sum_time, entry_visits, entry_bounce, exit_visits
PAGES = [
 (" Início" + S, 212, 171, 268, 9310, 158, 61, 49),
 (f" Seminário 11 — {T('2201.11903')}" + S, 96, 83, 121, 19874, 31, 9, 22),
 (f" Seminário 12 — {T('2308.03688')} (arXiv:2308.03688)" + S, 88, 74, 103, 15302, 27, 8, 25),
 (" Calendário 2024/1" + S, 81, 70, 97, 3107, 22, 10, 18),
 (f" Seminário 10 — {T('2304.03442')}" + S, 74, 66, 90, 16240, 19, 6, 17),
 (f" Próxima sessão: {T('2310.08560')}" + S, 63, 58, 71, 6418, 12, 4, 20),
 (f" Seminário 9 — {T('2303.18223')}" + S, 57, 50, 69, 12051, 9, 2, 11),
 (f" Anotações — {T('2206.07682')}" + S, 41, 37, 48, 8120, 6, 2, 9),
 (" Como apresentar um artigo (guia do grupo)" + S, 38, 35, 42, 4095, 11, 5, 10),
 (f" Anotações — {T('2207.05221')}" + S, 29, 27, 33, 6905, 4, 1, 7),
 (f" Leitura extra: {GPT2}" + S, 23, 21, 26, 3340, 3, 1, 6),
 (" Página não encontrada" + S, 12, 12, 12, 31, 7, 7, 7),
]
OUT = [
 ("arxiv.org", [("https://arxiv.org/abs/2303.18223", 19, 22), ("https://arxiv.org/pdf/2304.03442", 15, 17)]),
 ("github.com", [("https://github.com/THUDM/AgentBench", 16, 18), ("https://github.com/cpacker/MemGPT", 12, 13),
                 ("https://github.com/langchain-ai/langchain", 5, 5)]),
 ("openreview.net", [(f"https://openreview.net/forum?id={OR('2201.11903')}", 13, 15)]),
 ("www.youtube.com", [("https://www.youtube.com/watch?v=pT4eVb1sKq0", 11, 11)]),
 ("docs.google.com", [("https://docs.google.com/presentation/d/1xLiAsEm1n4r10SlidesExAmPle/edit", 9, 10)]),
 ("cdn.openai.com", [("https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf", 6, 6)]),
 ("memgpt.readme.io", [("https://memgpt.readme.io/docs/index", 4, 4)]),
]
SEARCH = [("memgpt", 9, 2, 1406, 3), ("agentbench", 7, 1, 830, 2), ("cadeia de pensamento", 6, 1, 1211, 2),
          ("slides seminário 11", 4, 0, 95, 1), ("gpt-2", 3, 1, 402, 1), ("langchain", 2, 1, 60, 1)]


def pct(a, b):
    return f"{round(100 * a / b) if b else 0}%"


pages = []
for lab, v, u, h, s, ev_, eb, ex in sorted(PAGES, key=lambda r: (-r[1], r[0])):
    pages.append({"label": lab, "nb_visits": v, "nb_uniq_visitors": u, "nb_hits": h, "sum_time_spent": s,
                  "entry_nb_uniq_visitors": ev_, "entry_nb_visits": ev_, "entry_nb_actions": ev_ * 2 + eb % 3,
                  "entry_sum_visit_length": ev_ * 173, "entry_bounce_count": eb, "exit_nb_uniq_visitors": ex,
                  "exit_nb_visits": ex, "avg_time_on_page": round(s / h), "bounce_rate": pct(eb, ev_),
                  "exit_rate": pct(ex, v), "segment": "pageTitle==" + quote(lab, safe="")})
outl, sub_id = [], 2
doms = []
for dom, rows in OUT:
    sub = [{"label": u.split("://", 1)[1], "nb_visits": v, "nb_hits": h, "sum_time_spent": 0, "url": u}
           for u, v, h in sorted(rows, key=lambda r: (-r[1], r[0]))]
    doms.append((dom, sub))
for dom, sub in sorted(doms, key=lambda d: (-max(r["nb_visits"] for r in d[1]) - (len(d[1]) - 1), d[0])):
    outl.append({"label": dom, "nb_visits": max(r["nb_visits"] for r in sub) + len(sub) - 1,
                 "nb_hits": sum(r["nb_hits"] for r in sub), "sum_time_spent": 0, "idsubdatatable": sub_id,
                 "segment": "outlinkUrl=@" + quote(dom, safe=""), "subtable": sub})
    sub_id += 1
search = [{"label": k, "nb_visits": v, "nb_pages_per_search": round(pg / v + 1, 1), "sum_time_spent": s,
           "exit_nb_visits": ex, "exit_rate": pct(ex, v), "segment": "siteSearchKeyword==" + quote(k, safe="")}
          for k, v, ex, s, pg in sorted(SEARCH, key=lambda r: (-r[1], r[0]))]
body = json.dumps([pages, outl, search], ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
forms = ["\n".join(r["label"] for r in pages), "\n".join(r["url"] for d in outl for r in d["subtable"])]
write_only(F1328, body, keys(F1328), forms)
