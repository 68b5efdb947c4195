#!/usr/bin/env python3
"""Writes round150/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping and case
may differ; see README). The same table is each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round150's and round151's own left out).
Position 1 is left out; round150 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round151 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1517 = "1517_itc_lms_utokyo_course_page_copied_text_japanese_reading_plan_deep_learning_classics.txt"
F1518 = "1518_hamgit_repository_readme_markdown_persian_awesome_list_large_language_models.md"
F1519 = "1519_mail_kz_webmail_forward_eml_quoted_printable_kazakh_note_mailman_list_digest_long_context_and_serving.eml"
F1520 = "1520_computacion_y_sistemas_journal_references_copied_from_pdf_spanish_vision_backbones_and_detection.txt"
F1521 = "1521_lidos_literaturverwaltung_ris_export_german_notes_self_supervised_representations.ris"
F1522 = "1522_tencent_survey_wenjuan_qq_responses_csv_export_chinese_reading_group_generative_models.csv"
F1523 = "1523_mts_link_webinar_ru_meeting_chat_export_txt_russian_seminar_parameter_efficient_finetuning.txt"
F1524 = "1524_pytorch_kr_discourse_topic_copied_text_korean_thread_nlp_pretraining_and_moe.txt"
F1525 = "1525_lianamailer_newsletter_web_version_saved_html_finnish_ai_for_science_and_generalization.html"
F1526 = "1526_negative_sachalayatan_blog_post_with_comments_copied_text_bengali_self_taught_ml_no_papers.txt"
data = {
 F1517: [("1409.0473", L), ("1410.5401", L), ("1706.03762", L), ("1406.2661", X),
         (BACKPROP, T), (LENET, T), (LSTM, T), (CTC, T)],
 F1518: [("2005.14165", L), ("2302.13971", L), ("2205.01068", L), ("2206.04615", L), ("2009.03300", X),
         (GPT1, T), ("2306.05685", T), ("2307.03172", T)],
 F1519: [("2002.09402", O), ("2010.06891", O), ("2007.14062", L), ("2307.08691", L), ("2309.06180", X),
         ("2004.11886", T), ("2302.10866", T), ("2306.15595", T)],
 F1520: [("2010.11929", O), ("2201.03545", L), ("2010.04159", L), ("2103.14167", L), ("1711.05101", X),
         ("2104.00298", T), ("2103.14146", T), ("2101.01761", T)],
 F1521: [("2103.13646", O), ("2002.05709", L), ("1911.05722", L), ("2111.06377", L), ("2104.14294", X),
         ("2011.10566", T), ("2106.07447", T), ("2304.07193", T)],
 F1522: [("2010.02502", O), ("1907.05600", L), ("2207.12598", L), ("2204.06125", L), ("2105.05233", X),
         ("1503.03585", T), ("2301.12597", T), ("2103.14625", T)],
 F1523: [("2106.09685", L), ("2305.14314", L), ("2303.10512", L), ("2106.10199", X), ("2101.00190", X),
         ("1902.00751", T), ("2103.10385", T), ("2205.05638", T)],
 F1524: [("1701.06538", O), ("1810.04805", L), ("2003.10555", L), ("2006.03654", L), ("2006.16668", X),
         (GLOVE, T), ("1909.08053", T), ("2010.00904", T)],
 F1525: [("2010.08895", L), ("2010.03409", L), ("2106.05234", L), ("2205.06175", L), ("2111.04263", X),
         (ALPHAFOLD, T), ("2010.00554", T), ("2007.01434", T)],
 F1526: [],
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
