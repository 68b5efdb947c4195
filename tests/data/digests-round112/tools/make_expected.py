#!/usr/bin/env python3
"""Writes round112/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping and line
breaks may differ; see README). The same table is each builder's KEYS.

Papers (round110's rule with round112 / round113 in place of round110 / round111): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round112's and round113's own left out).
Position 1 is left out; round112 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round113 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GO = "Mastering the game of Go without human knowledge"
CTC = ("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks")
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1137 = "1137_ilias_course_page_seminarplan_saved_html_german_reading_seminar_nlp_pretraining.html"
F1138 = "1138_gitlink_awesome_list_raw_readme_html_tables_chinese_llm_agents_and_decision_making.md"
F1139 = "1139_rediffmail_forward_eml_quoted_printable_hindi_note_arxiv_listing_efficient_attention.eml"
F1140 = "1140_taln_french_paper_references_pdftotext_retrieval_augmented_generation.txt"
F1141 = "1141_paperlib_bibtex_export_arabic_comments_self_supervised_and_robustness.bib"
F1142 = "1142_coda_doc_table_csv_download_portuguese_reading_sheet_llm_training_and_serving.csv"
F1143 = "1143_jandi_topic_chat_export_txt_korean_team_vision_backbones_and_detection.txt"
F1144 = "1144_smartemailing_newsletter_web_version_html_czech_mixed_ml_digest.html"
F1145 = "1145_exblog_excite_blog_entry_saved_html_japanese_diffusion_and_generation.html"
F1146 = "1146_negative_pikabu_post_copied_text_russian_how_to_keep_up_with_ml_no_papers.txt"
data = {
 F1137: [("1810.04805", L), ("1907.11692", L), ("2003.10555", L), ("2006.03654", L), ("1906.08237", X),
         ("2012.08561", T), ("1801.06146", T), ("1911.02116", T)],
 F1138: [("2310.08560", L), ("2303.11366", L), ("2310.06770", O), ("2305.16291", X),
         ("2302.04761", T), ("2205.06175", T), ("2106.02039", T), (GO, T)],
 F1139: [("2307.08621", L), ("2005.00743", L), ("1901.02860", L), ("2009.14794", O), ("2103.02143", X),
         ("2007.14062", T), ("2002.09402", T), ("2105.06548", T)],
 F1140: [("2002.08909", L), ("2310.11511", L), ("2010.00904", X), ("2206.04615", X),
         ("1508.07909", T), ("1409.3215", T), ("1706.03762", T), (CTC, T)],
 F1141: [("1807.03748", L), ("2002.05709", L), ("2103.13646", L), ("2006.05576", O), ("2304.07193", X),
         ("2004.07780", T), ("2103.14339", T), ("2010.08515", T)],
 F1142: [("2204.02311", L), ("2309.06180", L), ("2106.10199", L), ("1710.03740", O), ("2203.02155", X),
         ("1711.05101", T), ("2110.04366", T), ("2303.10512", T)],
 F1143: [("2103.14030", L), ("2201.03545", L), ("2010.04159", L), ("2010.11929", O), ("2103.14167", X),
         ("2106.04560", T), ("2012.07177", T), ("2103.14586", T)],
 F1144: [("2106.13884", L), ("2301.12597", L), ("2206.14858", L), ("2106.05234", X),
         ("2103.14625", T), ("2101.08809", T), ("2101.01761", T), ("2103.14146", T)],
 F1145: [("2403.03206", L), ("2303.11328", L), ("2207.12598", L), ("2010.02502", O), ("2105.05233", X),
         ("1503.03585", T), ("2106.05931", T), ("1904.09751", T)],
 F1146: [],
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
