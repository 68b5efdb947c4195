#!/usr/bin/env python3
"""Writes round130/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (letter case and
escaping may differ; see README). The same table is each builder's KEYS.

Papers (round128's rule with round130 / round131 in place of round128 / round129): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round130's and round131's own left out).
Position 1 is left out; round130 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round131 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
LENET = "Gradient-Based Learning Applied to Document Recognition"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1317 = "1317_bologna_bilgi_paketi_oibs_ders_detay_page_saved_html_turkish_sequence_models_course.html"
F1318 = "1318_cogapp_generated_awesome_list_readme_korean_self_supervised_and_vision_language.md"
F1319 = "1319_walla_mail_forward_eml_base64_hebrew_note_arxiv_cs_listing_diffusion_and_generative_models.eml"
F1320 = "1320_icontec_ntc_5613_references_word_plain_text_export_colombian_spanish_thesis_nlp_pretraining.txt"
F1321 = "1321_jurism_ris_export_japanese_notes_speech_science_and_graph_learning.ris"
F1322 = "1322_odoo_project_tasks_csv_export_arabic_team_llm_systems_and_scale.csv"
F1323 = "1323_convos_irc_web_client_channel_log_russian_reading_channel_llm_agents_and_evaluation.log"
F1324 = "1324_acymailing_newsletter_archive_view_page_html_greek_peft_and_training.html"
F1325 = "1325_bloggang_viewdiary_blog_entry_with_comments_saved_html_thai_vision_backbones_and_detection.html"
F1326 = "1326_negative_zhidao_question_page_copied_text_chinese_deep_learning_beginner_no_papers.txt"
data = {
 F1317: [("1706.03762", L), ("1409.0473", L), ("2002.09402", O), ("2010.06891", O), ("2007.14062", X),
         (BACKPROP, T), (LSTM, T), ("2004.11886", T)],
 F1318: [("2002.05709", L), ("1911.05722", L), ("2104.14294", L), ("2103.13646", O), ("2111.06377", X),
         ("2304.07193", T), ("2011.10566", T), ("2301.12597", T)],
 F1319: [("2105.05233", L), ("2207.12598", L), ("1503.03585", L), ("2010.02502", O), ("2204.06125", X),
         ("1406.2661", T), ("1907.05600", T), ("2303.11328", T)],
 F1320: [("1810.04805", L), ("2006.03654", L), ("1801.06146", L), ("1906.08237", X),
         (GLOVE, T), (GPT1, T), ("1911.02116", T), ("2003.10555", T)],
 F1321: [("2106.07447", L), ("2010.08895", L), ("2106.05234", L), ("2010.03409", X),
         (CTC, T), (ALPHAFOLD, T), ("2111.04263", T), ("2010.00554", T)],
 F1322: [("2309.06180", L), ("2307.08691", L), ("2006.16668", L), ("1909.08053", L), ("2306.15595", X),
         ("2302.13971", T), ("2005.14165", T), ("2302.10866", T)],
 F1323: [("2305.16291", L), ("2306.05685", L), ("2307.03172", L), ("2009.03300", L), ("2206.04615", X),
         ("2205.06175", T), ("2010.00904", T), ("2103.14625", T)],
 F1324: [("2106.09685", L), ("2303.10512", L), ("2106.10199", L), ("2205.05638", L), ("2103.10385", X),
         ("1711.05101", T), ("2101.01761", T), ("2010.08515", T)],
 F1325: [("2201.03545", L), ("2010.04159", L), ("2104.00298", L), ("2010.11929", O), ("2103.14167", X),
         (LENET, T), ("2007.01434", T), ("2103.14146", T)],
 F1326: [],
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
