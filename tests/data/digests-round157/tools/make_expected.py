#!/usr/bin/env python3
"""Writes round157/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round156's and round157's own left out).
Position 1 is left out; round157 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round156 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
AGZ = "Mastering the game of Go without human knowledge"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1587 = "1587_mysql_shell_mysqlsh_js_mode_xdevapi_collection_polish_lab_reading_llm_scaling_and_reasoning.txt"
F1588 = "1588_podcastindex_api_episodes_curl_jq_spanish_paper_podcast_diffusion_generative_models.txt"
F1589 = "1589_html_xml_utils_hxselect_hxwls_session_vietnamese_course_page_vision_backbones.txt"
F1590 = "1590_dyff_yaml_diff_between_reading_list_versions_german_group_repo_efficient_attention.txt"
F1591 = "1591_xbrowsersync_backup_json_japanese_bookmarks_agents_robotics_and_rl.json"
F1592 = "1592_mindmup_mup_mind_map_json_portuguese_study_map_vision_language_and_data.mup"
F1593 = "1593_nedb_datafile_telegram_bot_store_indonesian_group_links_nlp_pretraining.db"
F1594 = "1594_archieml_google_doc_export_ukrainian_science_desk_article_efficient_finetuning_and_automl.aml"
F1595 = "1595_amsrefs_ltb_bibliography_database_hungarian_seminar_representation_and_memory.ltb"
F1596 = "1596_negative_gnu_datamash_session_persian_seminar_room_schedule_no_papers.txt"
data = {
 F1587: [("2201.11903", O), ("2307.09288", L), ("2204.02311", L), ("2001.08361", L), ("2211.17192", X),
         ("2206.07682", T), ("2207.05221", T), (GPT2, T)],
 F1588: [("2011.13456", O), ("2006.11239", L), ("2112.10752", L), ("2307.01952", L), ("2303.01469", X),
         ("2009.09761", T), ("2208.12242", T), ("2211.09800", T)],
 F1589: [("1512.03385", L), ("1905.11946", L), ("1912.11370", L), ("2106.10270", X),
         (ALEXNET, T), ("1502.01852", T), ("2004.08955", T), ("2006.06882", T)],
 F1590: [("2011.04006", O), ("2205.14135", L), ("2006.04768", L), ("2004.05150", L), ("2001.04451", X),
         ("2006.03236", T), ("1904.10509", T), ("2312.00752", T)],
 F1591: [("2210.03629", O), ("2304.03442", L), ("2307.15818", L), ("2106.01345", L), ("2310.08560", X),
         ("2204.01691", T), ("2106.02039", T), (AGZ, T)],
 F1592: [("2103.00020", L), ("2204.14198", L), ("2304.02643", L), ("2102.05918", X),
         ("2106.13884", T), ("2103.14338", T), ("2103.14339", T), ("2006.05929", T)],
 F1593: [("2008.07905", O), ("1910.10683", L), ("1802.05365", L), ("1910.03771", L), ("1508.07909", X),
         ("1301.3781", T), ("2012.08561", T), ("2010.06040", T)],
 F1594: [("2402.09353", L), ("2210.17323", L), ("2208.07339", L), ("1710.03740", X),
         ("2011.06182", T), ("2101.08809", T), ("2108.04392", T), ("2101.03958", T)],
 F1595: [("2105.06548", O), ("2006.07733", L), ("2008.07669", L), ("2111.00396", L), ("2010.04592", X),
         ("2010.02014", T), ("2103.09762", T), ("2011.03459", T)],
 F1596: [],
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
