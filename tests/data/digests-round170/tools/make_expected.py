#!/usr/bin/env python3
"""Writes round170/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round168's make_expected.py with round170's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round170's and round171's own left out).
Position 1 is left out; round170 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round171 takes others).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GLOVE = "GloVe: Global Vectors for Word Representation"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1717 = "1717_udg_edu_pla_docent_bibliografia_copied_text_catalan_speech_and_sequence_models.txt"
F1718 = "1718_git_science_uu_nl_gitlab_readme_markdown_dutch_awesome_list_efficient_transformers.md"
F1719 = "1719_rackspace_webmail_forward_quoted_printable_utf8_vietnamese_mailman_digest_llm_evaluation_and_long_context.eml"
F1720 = "1720_khnure_kvalifikatsiina_robota_dstu_references_copied_from_pdf_ukrainian_detection_and_change_description.txt"
F1721 = "1721_ex_libris_primo_ve_bibtex_export_romanian_self_supervised_vision.bib"
F1722 = "1722_adobe_workfront_task_report_csv_export_korean_parameter_efficient_finetuning.csv"
F1723 = "1723_zoom_team_chat_export_txt_japanese_llm_training_and_serving.txt"
F1724 = "1724_shiftdelete_forum_thread_copied_text_turkish_reading_recommendations.txt"
F1725 = "1725_inwise_newsletter_web_version_saved_html_hebrew_diffusion_models_and_ai_for_science.html"
F1726 = "1726_negative_kumparan_user_story_with_comments_copied_text_indonesian_bromo_trip_no_papers.txt"
data = {
 F1717: [("1706.03762", L), ("1410.5401", L), ("2106.07447", L), ("1409.0473", X),
         (CTC, T), (LSTM, T), (BACKPROP, T), (GLOVE, T)],
 F1718: [("2009.14794", O), ("2307.08691", L), ("2302.10866", L), ("2007.14062", L), ("2103.02143", X),
         ("2004.11886", T), ("2010.06891", T), ("2307.08621", T)],
 F1719: [("2303.11366", L), ("2307.03172", L), ("2306.15595", L), ("2206.04615", L), ("2009.03300", X),
         ("2010.00904", T), ("2306.05685", T), ("2103.14625", T)],
 F1720: [("2010.04159", L), ("2103.14167", L), ("2104.00298", L), ("2301.12597", X),
         (LENET, T), ("2103.14146", T), ("2101.01761", T), ("1406.2661", T)],
 F1721: [("2103.13646", L), ("2304.07193", L), ("2104.14294", L), ("2111.06377", L), ("1807.03748", X),
         ("2011.10566", T), ("1911.05722", T), ("2007.01434", T)],
 F1722: [("2106.09685", L), ("2305.14314", L), ("2101.00190", L), ("1902.00751", L), ("2205.05638", X),
         ("2106.10199", T), ("2103.10385", T), ("1711.05101", T)],
 F1723: [("1909.08053", L), ("2302.13971", L), ("2205.01068", L), ("2309.06180", L), ("2006.16668", X),
         ("1701.06538", T), ("2005.14165", T), ("2111.04263", T)],
 F1724: [("1810.04805", L), ("1907.11692", L), ("2003.10555", L), ("2006.03654", X),
         (GPT1, T), ("2106.05234", T), ("2010.03409", T), ("2010.00554", T)],
 F1725: [("2010.02502", O), ("2105.05233", L), ("2207.12598", L), ("2204.06125", L), ("1503.03585", X),
         ("1907.05600", T), ("2010.08895", T), (ALPHAFOLD, T)],
 F1726: [],
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
