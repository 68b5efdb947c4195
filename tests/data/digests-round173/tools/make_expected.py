#!/usr/bin/env python3
"""Writes round173/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round172's and round173's own left out).
Position 1 is left out; round173 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round172 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1747 = "1747_nodejs_node_repl_session_vietnamese_reading_list_script_llm_scaling_and_training.txt"
F1748 = "1748_simple_tab_groups_backup_json_czech_browser_tabs_contrastive_and_vision_language.json"
F1749 = "1749_spotify_web_api_show_episodes_curl_jq_portuguese_podcast_diffusion_models.txt"
F1750 = "1750_teedy_document_api_curl_jq_spanish_lab_archive_optimisation_and_robustness.txt"
F1751 = "1751_vue_sfc_single_file_component_japanese_lab_site_reading_group_agents_and_rl.vue"
F1752 = "1752_srcbook_typescript_notebook_src_md_polish_attention_benchmarks_efficient_sequence_models.src.md"
F1753 = "1753_evidence_dev_page_sql_markdown_swedish_reading_dashboard_efficient_adaptation.md"
F1754 = "1754_nbb_clojurescript_repl_session_turkish_thesis_reading_list_nlp_representations.txt"
F1755 = "1755_parse_server_rest_api_curl_finnish_reading_app_backend_vision_and_3d.txt"
F1756 = "1756_negative_numbat_unit_calculator_session_ukrainian_gpu_energy_budget_no_papers.txt"
data = {
 F1747: [("2001.08361", L), ("2203.15556", L), ("2101.03961", L), ("1910.02054", L), ("2206.07682", X),
         ("2306.11644", T), ("2303.18223", T), ("2201.11903", T)],
 F1748: [("2102.05918", L), ("2303.15343", L), ("2103.03230", L), ("2006.07733", L), ("2004.11362", X),
         ("2011.04419", T), ("2010.04592", T), ("2106.08254", T)],
 F1749: [("2006.11239", L), ("2112.10752", L), ("2302.05543", L), ("2011.13456", O), ("2307.01952", X),
         ("2208.01618", T), ("2303.01469", T), ("2208.12242", T)],
 F1750: [("1512.03385", L), ("2010.01412", L), ("2307.15043", L), ("1502.01852", X),
         (GLOROT, T), (DBN, T), ("2103.13462", T), ("2006.14536", T)],
 F1751: [("2304.08485", L), ("2204.01691", L), ("2106.01345", L), ("2304.03442", L), ("2308.03688", X),
         ("2006.05990", T), ("2101.03958", T), ("2204.14198", T)],
 F1752: [("2205.14135", L), ("2006.16236", L), ("1904.10509", L), ("2111.00396", O), ("2008.07669", X),
         ("2202.10447", T), ("2103.14636", T), ("2006.03236", T)],
 F1753: [("2104.08691", L), ("2402.09353", L), ("2210.17323", L), ("2211.17192", X),
         ("2006.03656", T), ("2011.06182", T), ("2006.05929", T), ("2103.09762", T)],
 F1754: [("1910.13461", L), ("1910.10683", L), ("1908.10084", L), ("2011.03459", L), ("1301.3781", X),
         ("1802.05365", T), ("2004.10102", T), ("2008.07905", T)],
 F1755: [("2304.02643", L), ("2308.04079", L), ("1905.11946", L), ("2106.10270", L), ("1912.11370", X),
         ("2103.14338", T), ("2010.02014", T), ("2009.09761", T)],
 F1756: [],
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
