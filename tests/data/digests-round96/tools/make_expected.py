#!/usr/bin/env python3
"""Writes round96/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping and line
wrapping may differ; see README). The same table is each builder's KEYS.

Papers (round94's rule with round96 / round97 in place of round94 / round95): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round96's and round97's own left out).
Position 1 is left out; round96 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round97 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

LSTM = "Long Short-Term Memory"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
BACKPROP = "Learning representations by back-propagating errors"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
GLOVE = "GloVe: Global Vectors for Word Representation"
LECUN = "Gradient-Based Learning Applied to Document Recognition"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F977 = "977_rabochaya_programma_rpd_pdftotext_layout_russian_course_recurrent_networks_and_memory.txt"
F978 = "978_namu_wiki_raw_namumark_source_korean_article_parameter_efficient_finetuning.txt"
F979 = "979_gmx_webmail_forward_html_quoted_printable_eml_german_arxiv_cs_cl_listing_llms_and_evaluation.eml"
F980 = "980_vietnamese_thesis_tai_lieu_tham_khao_pdftotext_vision_backbones_and_change_captioning.txt"
F981 = "981_citeulike_bibtex_export_grown_into_thesis_bib_greek_comments_pretrained_language_models.bib"
F982 = "982_microsoft_forms_excel_csv_utf8_semicolon_turkish_seminar_paper_suggestions_self_supervised.csv"
F983 = "983_yahoo_chiebukuro_question_page_copied_text_japanese_diffusion_and_image_generation.txt"
F984 = "984_revue_newsletter_issue_eml_quoted_printable_italian_ml_for_science_and_generalisation.eml"
F985 = "985_toutiao_article_page_saved_html_chinese_llm_training_and_serving_systems.html"
F986 = "986_negative_virgool_post_copied_text_persian_reading_group_routine_and_tools.txt"
data = {
 F977: [("1409.0473", L), ("2010.06891", O), ("2002.09402", O), ("1410.5401", X), ("2004.11886", X),
        (LSTM, T), (CTC, T), (BACKPROP, T)],
 F978: [("2106.09685", L), ("2303.10512", L), ("2103.10385", L), ("2106.10199", X), ("2306.15595", X),
        ("2205.05638", T), ("1711.05101", T), ("2101.01761", T)],
 F979: [("2306.05685", L), ("2206.04615", L), ("2205.01068", L), ("2302.13971", L), ("2005.14165", X),
        ("2009.03300", T), ("2205.06175", T), ("2103.14625", T)],
 F980: [("2201.03545", L), ("2103.14146", L), ("2010.11929", O), ("2301.12597", X),
        ("2010.04159", T), ("2103.14167", T), ("2104.00298", T), (LECUN, T)],
 F981: [("1706.03762", L), ("1810.04805", L), ("2006.03654", L), ("1906.08237", X),
        ("2003.10555", T), ("2010.00904", T), (GPT1, T), (GLOVE, T)],
 F982: [("2002.05709", L), ("1911.05722", L), ("2104.14294", L), ("2103.13646", O), ("2111.06377", X),
        ("2106.07447", T), ("2011.10566", T), ("2304.07193", T)],
 F983: [("1907.05600", L), ("2105.05233", L), ("2010.02502", O), ("2207.12598", X), ("2204.06125", X),
        ("1406.2661", T), ("1503.03585", T), ("2303.11328", T)],
 F984: [("2010.08895", L), ("2010.03409", L), ("2010.00554", L), ("2106.05234", L), ("2007.01434", X),
        ("2111.04263", T), ("2010.08515", T), (ALPHAFOLD, T)],
 F985: [("2307.08691", L), ("2309.06180", L), ("2307.03172", L), ("1701.06538", O), ("2006.16668", X),
        ("1909.08053", T), ("2007.14062", T), ("2302.10866", T)],
 F986: [],
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
