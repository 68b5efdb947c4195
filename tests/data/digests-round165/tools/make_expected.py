#!/usr/bin/env python3
"""Writes round165/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round164's and round165's own left out).
Position 1 is left out; round165 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round164 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
AGZ = "Mastering the game of Go without human knowledge"
ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1667 = "1667_xapers_search_session_polish_phd_library_diffusion_models.txt"
F1668 = "1668_roqet_sparql_query_session_czech_reading_list_nlp_pretraining.txt"
F1669 = "1669_toot_cli_timeline_spanish_reading_club_llms_and_reasoning.txt"
F1670 = "1670_selfoss_api_items_curl_portuguese_starred_feeds_efficient_attention.txt"
F1671 = "1671_vimb_bookmark_file_finnish_reading_bookmarks_self_supervised_transfer.txt"
F1672 = "1672_presenterm_slides_markdown_japanese_reading_seminar_agents_and_rl.md"
F1673 = "1673_runme_notebook_markdown_russian_runbook_efficient_llms.md"
F1674 = "1674_manuskript_outline_item_turkish_book_chapter_deep_learning_foundations.md"
F1675 = "1675_jsdoc_commented_module_vietnamese_demo_portal_vision_multimodal.js"
F1676 = "1676_negative_calca_document_ukrainian_gpu_budget_no_papers.calca"
data = {
 F1667: [("2302.05543", L), ("2208.01618", L), ("2303.01469", L), ("2112.10752", L), ("2006.11239", X),
         ("2009.09761", T), ("2208.12242", T), ("2211.09800", T)],
 F1668: [("1910.13461", L), ("1910.10683", L), ("2004.10102", L), ("1910.03771", L), ("1802.05365", X),
         ("1301.3781", T), ("2008.07905", T), ("2010.06040", T)],
 F1669: [("2307.15043", L), ("2303.18223", L), ("2307.09288", L), ("2201.11903", L), ("2206.07682", X),
         (GPT2, T), ("2207.05221", T), ("2011.03459", T)],
 F1670: [("2205.14135", L), ("1904.10509", L), ("2006.04768", L), ("2111.00396", O), ("2004.05150", X),
         ("2103.14636", T), ("2011.04006", T), ("2008.07669", T)],
 F1671: [("2106.08254", L), ("2103.03230", L), ("2006.07733", L), ("2011.06182", O), ("2010.04592", X),
         ("1912.11370", T), ("2106.10270", T), ("1905.11946", T)],
 F1672: [("2106.01345", L), ("2304.03442", L), ("2310.08560", L), ("2308.03688", L), ("2006.05990", X),
         ("2006.03656", T), ("2101.03958", T), (AGZ, T)],
 F1673: [("2210.17323", L), ("2208.07339", L), ("2402.09353", L), ("1910.02054", L), ("2211.17192", X),
         ("2312.00752", T), ("1710.03740", T), ("2006.03236", T)],
 F1674: [("1512.03385", L), ("1502.01852", L), ("2103.13462", L), ("2103.09762", L), ("2006.05929", X),
         (GLOROT, T), (DBN, T), (ALEX, T)],
 F1675: [("2103.00020", L), ("2304.08485", L), ("2308.04079", L), ("2204.14198", L), ("2204.01691", X),
         ("2103.14338", T), ("2103.14339", T), ("2106.13884", T)],
 F1676: [],
}


def keys(f):
    return [k for k, _ in data[f]]


def ev(f):
    return {k: e for k, e in data[f]}


def by_num(n):
    return next(f for f in data if f.startswith(str(n)))


if __name__ == "__main__":
    out = {}
    for f, rows in data.items():
        recs = []
        for key, e_ in rows:
            e = CAT[key_of(key)]
            aid = e["arxiv_id"]
            if e_ == O: assert e["openreview_id"], key
            if e_ in (L, X): assert aid, key
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False); fh.write("\n")
