#!/usr/bin/env python3
"""Writes round148/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping and case
may differ; see README). The same table is each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round148's and round149's own left out).
Position 1 is left out; round148 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round149 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1497 = "1497_atenea_upc_moodle_course_page_copied_text_catalan_deep_learning_reading_plan_classics.txt"
F1498 = "1498_mos_hub_repository_readme_markdown_russian_awesome_list_large_language_models.md"
F1499 = "1499_citromail_forward_eml_base64_hungarian_note_simplelists_digest_parameter_efficient_tuning.eml"
F1500 = "1500_jkics_journal_paper_references_copied_from_pdf_korean_efficient_attention_and_long_sequences.txt"
F1501 = "1501_parsifal_systematic_review_bibtex_export_greek_notes_self_supervised_vision.bib"
F1502 = "1502_aipo_todo_csv_export_japanese_lab_reading_tasks_llm_agents_and_tools.csv"
F1503 = "1503_ruliu_infoflow_group_chat_export_txt_chinese_generative_models_and_ai_for_science.txt"
F1504 = "1504_arab_hardware_forum_thread_copied_text_arabic_pretrained_language_models_and_moe.txt"
F1505 = "1505_sendx_newsletter_web_version_saved_html_hindi_robustness_and_generalization.html"
F1506 = "1506_negative_oknation_blog_post_with_comments_copied_text_thai_self_study_ml_no_papers.txt"
data = {
 F1497: [("1406.2661", L), ("1409.0473", L), ("1410.5401", L), ("1409.3215", X),
         (BACKPROP, T), (LSTM, T), (LENET, T), (GLOVE, T)],
 F1498: [("2302.13971", L), ("2005.14165", L), ("2307.03172", L), ("1904.09751", L), ("2203.02155", X),
         (GPT1, T), ("2306.15595", T), ("2306.05685", T)],
 F1499: [("2110.04366", O), ("2106.09685", L), ("2305.14314", L), ("2205.01068", L), ("2101.00190", X),
         ("1902.00751", T), ("2205.05638", T), ("2103.10385", T)],
 F1500: [("2103.02143", O), ("2307.08691", L), ("2009.14794", L), ("2302.10866", L), ("1901.02860", X),
         ("2010.06891", T), ("2005.00743", T), ("2004.11886", T)],
 F1501: [("2006.05576", O), ("2104.14294", L), ("2011.10566", L), ("2103.14030", L), ("2111.06377", X),
         ("1911.05722", T), ("1807.03748", T), ("2104.00298", T)],
 F1502: [("2310.06770", O), ("2303.11366", L), ("2302.04761", L), ("1909.08053", L), ("2305.16291", X),
         ("2310.11511", T), ("2009.03300", T), ("2206.14858", T)],
 F1503: [("1907.05600", L), ("2204.06125", L), ("2303.11328", L), ("2010.03409", L), ("2403.03206", X),
         ("2106.05931", T), ("2010.08895", T), (ALPHAFOLD, T)],
 F1504: [("1701.06538", O), ("1907.11692", L), ("1906.08237", L), ("2106.07447", L), ("1911.02116", X),
         ("1801.06146", T), ("2006.16668", T), ("2307.08621", T)],
 F1505: [("2106.04560", L), ("2012.07177", L), ("2007.01434", L), ("2111.04263", L), ("2103.14586", X),
         ("2004.07780", T), ("2010.08515", T), ("2010.00554", T)],
 F1506: [],
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
