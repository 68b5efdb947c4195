#!/usr/bin/env python3
"""Writes round144/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (letter case,
TeX braces and line breaks may differ; see README). The same table is each builder's KEYS.

Papers (round142's rule with round144 / round145 in place of round142 / round143): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round144's and round145's own left out).
Position 1 is left out; round144 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round145 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
LENET = "Gradient-Based Learning Applied to Document Recognition"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1457 = "1457_campusmate_j_web_syllabus_page_copied_text_japanese_graduate_nlp_pretraining_course.txt"
F1458 = "1458_naver_cloud_sourcecommit_repository_readme_markdown_korean_awesome_list_diffusion_models.md"
F1459 = "1459_onet_poczta_forward_eml_base64_polish_note_freelists_ecartis_digest_llms_and_agents.eml"
F1460 = "1460_scientia_sinica_informationis_style_references_copied_from_pdf_chinese_survey_efficient_transformers.txt"
F1461 = "1461_anara_unriddle_library_bibtex_export_greek_notes_vision_backbones.bib"
F1462 = "1462_testograf_survey_responses_csv_export_semicolon_russian_reading_group_peft_and_long_context.csv"
F1463 = "1463_team_plus_chat_history_export_txt_traditional_chinese_lab_group_self_supervised_and_speech.txt"
F1464 = "1464_daynhauhoc_discourse_topic_copied_text_vietnamese_thread_deep_learning_reading_mix.txt"
F1465 = "1465_rav_messer_newsletter_web_version_saved_html_hebrew_ai_for_science.html"
F1466 = "1466_negative_fastcomments_widget_on_hindi_tech_blog_post_copied_text_no_papers.txt"
data = {
 F1457: [("1810.04805", L), ("1906.08237", L), ("1911.02116", L), ("2006.03654", L), ("1901.02860", X),
         ("1801.06146", T), ("2003.10555", T), (GLOVE, T)],
 F1458: [("2010.02502", O), ("2207.12598", L), ("2105.05233", L), ("2303.11328", L), ("1907.05600", X),
         ("1406.2661", T), ("1503.03585", T), ("2204.06125", T)],
 F1459: [("2203.02155", L), ("2302.04761", L), ("2305.16291", L), ("2306.05685", L), ("2302.13971", X),
         ("2005.14165", T), ("2206.04615", T), (GPT1, T)],
 F1460: [("2002.09402", O), ("2302.10866", L), ("2006.16668", X), ("2307.08691", X),
         ("1706.03762", T), ("2007.14062", T), ("2004.11886", T), ("2309.06180", T)],
 F1461: [("2010.11929", O), ("2104.00298", L), ("2103.14586", L), ("2010.04159", L), ("2010.08515", X),
         ("2201.03545", T), ("2103.14167", T), (LENET, T)],
 F1462: [("2110.04366", O), ("2106.09685", L), ("2303.10512", L), ("2306.15595", L), ("2106.10199", X),
         ("2205.05638", T), ("2103.10385", T), ("2307.03172", T)],
 F1463: [("2103.13646", O), ("2002.05709", L), ("2304.07193", L), ("2106.07447", L), ("2011.10566", X),
         ("2104.14294", T), (CTC, T), ("2301.12597", T)],
 F1464: [("1904.09751", L), ("2205.06175", L), ("1711.05101", L), ("2010.00904", X),
         ("2101.01761", T), ("2103.14146", T), ("2103.14625", T), (LSTM, T)],
 F1465: [("2010.08895", L), ("2010.03409", L), ("2106.05234", L), ("2007.01434", L), ("2010.00554", X),
         (ALPHAFOLD, T), ("2111.04263", T), (BACKPROP, T)],
 F1466: [],
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
