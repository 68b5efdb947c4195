#!/usr/bin/env python3
"""Writes round167/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round166's and round167's own left out).
Position 1 is left out; round167 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round166 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1687 = "1687_radian_r_console_session_italian_scaling_table_llm_scaling_and_adaptation.txt"
F1688 = "1688_jira_cli_issue_list_and_view_german_team_backlog_efficient_transformers.txt"
F1689 = "1689_xwmx_nb_cli_bookmarks_session_french_reading_notebook_self_supervised_transfer.txt"
F1690 = "1690_ankiconnect_api_notes_curl_korean_flashcards_nlp_pretraining.txt"
F1691 = "1691_pdfpc_notes_file_dutch_talk_notes_llm_reasoning_agents_and_safety.pdfpc"
F1692 = "1692_org_journal_monthly_file_swedish_phd_diary_foundations_and_optimisation.org"
F1693 = "1693_lepiter_page_json_hungarian_knowledge_base_rl_and_automl.lepiter"
F1694 = "1694_numpydoc_documented_module_chinese_sampler_library_diffusion_models.py"
F1695 = "1695_tagspaces_folder_metadata_tsm_json_greek_pdf_folder_vision_multimodal.json"
F1696 = "1696_negative_cheat_cheatsheet_indonesian_gpu_cluster_no_papers.txt"
data = {
 F1687: [("2001.08361", L), ("2203.15556", L), ("2204.02311", L), ("2101.03961", L), ("2104.08691", X),
         ("2306.11644", T), ("2303.18223", T), ("2402.09353", T)],
 F1688: [("2001.04451", O), ("2006.16236", L), ("2202.10447", L), ("1910.02054", L), ("2211.17192", X),
         ("2105.06548", T), ("2103.14636", T), ("2111.00396", T)],
 F1689: [("2011.06182", O), ("2106.08254", L), ("2103.03230", L), ("2004.11362", L), ("2006.07733", X),
         ("2006.06882", T), ("2011.04419", T), ("2010.04592", T)],
 F1690: [("1910.13461", L), ("1910.10683", L), ("1908.10084", L), ("1508.07909", L), ("1802.05365", X),
         ("1301.3781", T), ("2012.08561", T), ("2004.10102", T)],
 F1691: [("2210.03629", L), ("2201.11903", L), ("2308.03688", L), ("2307.15818", L), ("2204.01691", X),
         ("2206.07682", T), ("2307.15043", T), ("2011.03459", T)],
 F1692: [("1512.03385", L), ("1502.01852", L), ("2010.01412", L), ("2010.02014", L), ("2006.14536", X),
         (GLOROT, T), (DBN, T), ("2103.13462", T)],
 F1693: [("2106.01345", L), ("2106.02039", L), ("2101.08809", L), ("2006.05929", L), ("2101.03958", X),
         ("2006.05990", T), ("2108.04392", T), ("2006.03656", T)],
 F1694: [("2006.11239", L), ("2011.13456", L), ("2302.05543", L), ("2307.01952", L), ("2303.01469", X),
         ("2208.01618", T), ("2208.12242", T), ("2009.09761", T)],
 F1695: [("2304.02643", L), ("2102.05918", L), ("2303.15343", L), ("2304.08485", L), ("2308.04079", X),
         ("2004.08955", T), ("1905.11946", T), ("1912.11370", T)],
 F1696: [],
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
