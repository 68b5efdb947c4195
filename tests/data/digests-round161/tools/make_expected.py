#!/usr/bin/env python3
"""Writes round161/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round160's and round161's own left out).
Position 1 is left out; round161 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round160 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
AGZ = "Mastering the game of Go without human knowledge"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1627 = "1627_postlight_parser_cli_json_spanish_lab_blog_llm_scaling_and_frontier_models.txt"
F1628 = "1628_sapling_sl_smartlog_and_log_polish_reading_notes_repo_efficient_attention_and_long_context.txt"
F1629 = "1629_treepad_lite_hjt_outline_brazilian_portuguese_dissertation_foundations_and_optimisation.hjt"
F1630 = "1630_rawdog_output_html_feed_aggregator_czech_lab_planet_self_supervised_learning.html"
F1631 = "1631_glow_rendered_markdown_terminal_turkish_reading_list_generative_models_and_safety.txt"
F1632 = "1632_sqsh_session_freetds_vietnamese_nlp_reading_table_pretraining_and_representations.txt"
F1633 = "1633_itunes_library_xml_podcasts_japanese_paper_podcast_vision_language_and_3d.xml"
F1634 = "1634_editorjs_saved_json_ukrainian_blog_post_llm_agents_reasoning_and_rl.json"
F1635 = "1635_invidious_api_playlist_videos_curl_jq_hungarian_talks_automl_and_data_efficiency.txt"
F1636 = "1636_negative_abook_addressbook_finnish_summer_school_contacts_no_papers.abook"
data = {
 F1627: [("2307.09288", L), ("2204.02311", L), ("2001.08361", L), ("2203.15556", L), ("2101.03961", X),
         (GPT2, T), ("2303.18223", T), ("2306.11644", T)],
 F1628: [("2006.04768", L), ("2011.04006", L), ("2004.05150", L), ("2312.00752", L), ("2001.04451", X),
         ("2105.06548", T), ("2202.10447", T), ("2006.16236", T)],
 F1629: [("1512.03385", L), ("2004.08955", L), ("2010.01412", L), ("1710.03740", X),
         ("1910.02054", T), (GLOROT, T), ("2103.13462", T), ("1502.01852", T)],
 F1630: [("2004.11362", L), ("2006.07733", L), ("2010.04592", L), ("2106.08254", L), ("2103.03230", X),
         ("2011.04419", T), ("2006.14536", T), ("2006.06882", T)],
 F1631: [("2011.13456", O), ("2307.01952", L), ("2302.05543", L), ("2307.15043", L), ("2303.01469", X),
         ("2010.02014", T), ("2208.01618", T), (DBN, T)],
 F1632: [("1508.07909", L), ("1908.10084", L), ("1910.13461", L), ("1802.05365", X),
         ("2012.08561", T), ("2104.08691", T), ("2004.10102", T), ("2011.06182", T)],
 F1633: [("2103.00020", L), ("2304.08485", L), ("2303.15343", L), ("2304.02643", L), ("2307.15818", X),
         ("2102.05918", T), ("2106.13884", T), ("2308.04079", T)],
 F1634: [("2210.03629", O), ("2201.11903", L), ("2310.08560", L), ("2106.01345", L), ("2308.03688", X),
         ("2106.02039", T), (AGZ, T), ("2006.05990", T)],
 F1635: [("2101.08809", L), ("2006.05929", L), ("1912.11370", L), ("2103.14636", L), ("2108.04392", X),
         ("2006.03656", T), ("2103.14339", T), ("2011.03459", T)],
 F1636: [],
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
