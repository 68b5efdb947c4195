#!/usr/bin/env python3
"""Writes round159/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round158's and round159's own left out).
Position 1 is left out; round159 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round158 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1607 = "1607_trafilatura_cli_with_metadata_and_links_french_lab_blog_llm_scaling_and_reasoning.txt"
F1608 = "1608_auphonic_api_production_curl_jq_catalan_paper_podcast_diffusion_models.txt"
F1609 = "1609_tsv_utils_filter_summarize_pretty_session_dutch_nlp_group_pretraining_and_nmt.txt"
F1610 = "1610_cue_sheet_reading_group_recording_italian_efficient_attention_and_state_spaces.cue"
F1611 = "1611_cmaptools_cxl_concept_map_greek_course_deep_learning_foundations.cxl"
F1612 = "1612_vimoutliner_otl_outline_russian_thesis_related_work_representation_learning.otl"
F1613 = "1613_multimarkdown_note_with_citations_swedish_agents_rl_and_search.md"
F1614 = "1614_falkon_browser_bookmarks_json_chinese_vision_language_and_3d.json"
F1615 = "1615_tokyo_cabinet_tchmgr_session_korean_bot_cache_efficient_finetuning_and_systems.txt"
F1616 = "1616_negative_bbdb_emacs_contacts_file_hebrew_conference_contacts_no_papers.bbdb"
data = {
 F1607: [("2201.11903", O), ("2203.15556", L), ("2211.17192", L), ("2307.15043", L), ("2306.11644", X),
         ("2206.07682", T), ("2207.05221", T), ("2303.18223", T)],
 F1608: [("2006.11239", L), ("2112.10752", L), ("2302.05543", L), ("2208.12242", L), ("2303.01469", X),
         ("2009.09761", T), ("2208.01618", T), ("2211.09800", T)],
 F1609: [("2008.07905", O), ("1910.10683", L), ("1910.13461", L), ("1908.10084", L), ("1301.3781", X),
         ("1802.05365", T), ("2010.06040", T), ("2004.10102", T)],
 F1610: [("2111.00396", O), ("2205.14135", L), ("2006.16236", L), ("1904.10509", L), ("2008.07669", X),
         ("2202.10447", T), ("2006.03236", T), ("2103.14636", T)],
 F1611: [("1512.03385", L), ("1905.11946", L), ("2010.01412", L), ("1502.01852", X),
         (ALEXNET, T), (GLOROT, T), (DBN, T), ("2103.13462", T)],
 F1612: [("2006.07733", L), ("2103.03230", L), ("2004.11362", L), ("2010.04592", X),
         ("2106.08254", T), ("2011.04419", T), ("2006.14536", T), ("2103.09762", T)],
 F1613: [("2106.01345", L), ("2304.03442", L), ("2308.03688", L), ("2204.01691", X),
         ("2006.05990", T), ("2101.03958", T), ("2006.03656", T), ("2011.03459", T)],
 F1614: [("2304.08485", L), ("2303.15343", L), ("2308.04079", L), ("2204.14198", L), ("1912.11370", X),
         ("2106.10270", T), ("2103.14338", T), ("2006.05929", T)],
 F1615: [("2402.09353", L), ("2210.17323", L), ("2208.07339", L), ("1910.02054", L), ("2101.03961", X),
         ("2104.08691", T), ("2011.06182", T), ("1910.03771", T)],
 F1616: [],
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
