#!/usr/bin/env python3
"""Writes round154/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round154's and round155's own left out).
Position 1 is left out; round154 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round155 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOVE = "GloVe: Global Vectors for Word Representation"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
BACKPROP = "Learning representations by back-propagating errors"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1557 = "1557_masaryk_is_muni_course_syllabus_page_copied_text_czech_nlp_reading_plan.txt"
F1558 = "1558_gitgud_io_gitlab_readme_markdown_portuguese_awesome_list_llm_agents.md"
F1559 = "1559_sunrise_mail_webmail_forward_quoted_printable_french_swiss_arxiv_listing_efficient_transformers.eml"
F1560 = "1560_hust_bach_khoa_master_thesis_references_copied_from_pdf_vietnamese_vision_transformers.txt"
F1561 = "1561_grafiati_bibliography_ris_export_russian_coursework_self_supervised_and_robustness.ris"
F1562 = "1562_blue_cc_project_records_csv_export_turkish_reading_group_llm_pretraining.csv"
F1563 = "1563_symphony_chat_room_export_text_arabic_quant_desk_peft_reading.txt"
F1564 = "1564_pgr21_forum_thread_copied_text_korean_generative_models_recommendations.txt"
F1565 = "1565_mailingwork_newsletter_web_version_saved_html_german_ai_for_science_and_classics.html"
F1566 = "1566_negative_pblogs_gr_blog_post_with_comments_copied_text_greek_ml_self_study_no_papers.txt"
data = {
 F1557: [("1409.3215", L), ("1409.0473", L), ("1810.04805", L), ("1906.08237", L), ("1706.03762", X),
         (GLOVE, T), (LSTM, T), ("1801.06146", T)],
 F1558: [("2302.04761", L), ("2303.11366", L), ("2305.16291", L), ("2310.06770", O), ("2310.11511", X),
         ("2205.06175", T), ("2306.05685", T), ("2307.03172", T)],
 F1559: [("2009.14794", O), ("2010.06891", O), ("2005.00743", L), ("2004.11886", L), ("2302.10866", X),
         ("2307.08621", T), ("1901.02860", T), ("2002.09402", T)],
 F1560: [("2010.11929", O), ("2103.14030", L), ("2201.03545", L), ("2111.06377", X),
         ("2106.04560", T), ("2103.14586", T), ("2012.07177", T), (LENET, T)],
 F1561: [("1911.05722", L), ("2002.05709", L), ("1807.03748", L), ("2006.05576", O), ("2106.07447", X),
         ("2004.07780", T), ("2007.01434", T), ("2010.08515", T)],
 F1562: [("2302.13971", L), ("2005.14165", L), ("2205.01068", L), ("1701.06538", O), ("1909.08053", X),
         ("2203.02155", T), ("2009.03300", T), ("2206.04615", T)],
 F1563: [("2106.09685", L), ("2305.14314", L), ("2303.10512", L), ("2110.04366", O), ("2101.00190", X),
         ("1902.00751", T), ("1911.02116", T), ("2101.01761", T)],
 F1564: [("2204.06125", L), ("2403.03206", L), ("1907.05600", L), ("2301.12597", X),
         ("2106.05931", T), ("2303.11328", T), ("1904.09751", T), ("1907.11692", T)],
 F1565: [("2010.03409", L), ("1410.5401", L), ("2010.00904", L), ("2103.02143", O), ("2206.14858", X),
         (ALPHAFOLD, T), (BACKPROP, T), (GPT1, T)],
 F1566: [],
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
