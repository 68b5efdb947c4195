#!/usr/bin/env python3
"""Writes round136/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (letter case and
escaping may differ; see README). The same table is each builder's KEYS.

Papers (round134's rule with round136 / round137 in place of round134 / round135): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round136's and round137's own left out).
Position 1 is left out; round136 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round137 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

LSTM = "Long Short-Term Memory"
BACKPROP = "Learning representations by back-propagating errors"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1377 = "1377_dokeos_course_description_page_saved_html_only_spanish_deep_learning_foundations.html"
F1378 = "1378_stagit_static_git_file_page_of_readme_simplified_chinese_awesome_long_context_and_serving.html"
F1379 = "1379_edison_mail_forward_eml_base64_utf8_georgian_note_arxiv_cs_cv_listing_vision.eml"
F1380 = "1380_anlp_nenji_taikai_references_copied_from_pdf_japanese_nlp_pretraining.txt"
F1381 = "1381_biborb_bibtex_export_hindi_notes_parameter_efficient_finetuning.bib"
F1382 = "1382_softmaker_planmaker_csv_semicolon_bom_crlf_ukrainian_llm_scaling_reading_plan.csv"
F1383 = "1383_teamup_chat_room_export_txt_korean_lab_diffusion_and_scientific_ml.txt"
F1384 = "1384_question2answer_thread_copied_text_arabic_self_supervised_and_speech.txt"
F1385 = "1385_ymlp_newsletter_archive_page_saved_html_polish_lab_digest_mixed_topics.html"
F1386 = "1386_negative_xoops_news_article_with_comments_saved_html_czech_lab_blog_no_papers.html"
data = {
 F1377: [("1409.0473", L), ("1706.03762", L), ("1406.2661", L), ("1711.05101", X),
         (BACKPROP, T), (LSTM, T), (LENET, T), ("1410.5401", T)],
 F1378: [("2007.14062", L), ("2307.08691", L), ("2103.02143", O), ("2009.14794", O), ("2309.06180", X),
         ("2306.15595", T), ("2307.03172", T), ("2302.10866", T)],
 F1379: [("2304.07193", L), ("2104.14294", L), ("2010.04159", L), ("2103.13646", O), ("2103.14167", X),
         ("2104.00298", T), ("2103.14146", T), ("2007.01434", T)],
 F1380: [("2006.03654", L), ("2005.14165", L), ("2010.00904", L), ("1907.11692", X),
         ("1810.04805", T), ("2003.10555", T), (GPT1, T), (GLOVE, T)],
 F1381: [("2106.09685", L), ("2305.14314", L), ("1902.00751", L), ("2101.01761", L), ("2101.00190", X),
         ("2106.10199", T), ("2205.05638", T), ("2103.10385", T)],
 F1382: [("2302.13971", L), ("2205.01068", L), ("1909.08053", L), ("1701.06538", O), ("2006.16668", X),
         ("2009.03300", T), ("2206.04615", T), ("2306.05685", T)],
 F1383: [("1503.03585", L), ("2207.12598", L), ("2105.05233", L), ("2010.02502", O), ("1907.05600", X),
         ("2204.06125", T), ("2010.08895", T), ("2010.03409", T)],
 F1384: [("2106.07447", L), ("1911.05722", L), ("2011.10566", L), ("2111.06377", L), ("1807.03748", X),
         (CTC, T), ("2301.12597", T), ("2010.00554", T)],
 F1385: [("2303.11366", L), ("2106.05234", L), ("2307.08621", L), ("2010.06891", O), ("2111.04263", X),
         (ALPHAFOLD, T), ("2103.14625", T), ("2004.11886", T)],
 F1386: [],
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
