#!/usr/bin/env python3
"""Writes round156/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round156's and round157's own left out).
Position 1 is left out; round156 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round157 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GLOVE = "GloVe: Global Vectors for Word Representation"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
BACKPROP = "Learning representations by back-propagating errors"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1577 = "1577_ois2_ut_ee_study_information_system_course_syllabus_copied_text_estonian_speech_and_language_reading_plan.txt"
F1578 = "1578_code_europa_eu_gitlab_readme_markdown_italian_awesome_list_ml_for_science.md"
F1579 = "1579_proximus_mail_webmail_forward_base64_dutch_flemish_mailman_digest_efficient_transformers.eml"
F1580 = "1580_ugm_gadjah_mada_master_thesis_references_copied_from_pdf_indonesian_change_detection_vision.txt"
F1581 = "1581_quillbot_citation_generator_bibtex_export_spanish_tfm_self_supervised_vision.bib"
F1582 = "1582_projectplace_board_cards_csv_export_semicolon_swedish_study_group_peft.csv"
F1583 = "1583_8x8_work_team_chat_export_text_romanian_startup_llm_pretraining.txt"
F1584 = "1584_murobbs_muropaketti_forum_thread_copied_text_finnish_diffusion_models.txt"
F1585 = "1585_webgalamb_newsletter_web_version_saved_html_hungarian_llm_agents_and_memory.html"
F1586 = "1586_negative_blogas_lt_blog_post_with_comments_copied_text_lithuanian_data_analyst_self_study_no_papers.txt"
data = {
 F1577: [("1409.0473", L), ("2003.10555", L), ("2006.03654", L), ("2106.07447", L), ("1907.11692", X),
         (GLOVE, T), (LSTM, T), (CTC, T)],
 F1578: [("2111.04263", L), ("2010.08895", L), ("2010.03409", L), ("2106.05234", L), ("2010.00554", X),
         (ALPHAFOLD, T), (BACKPROP, T), ("2103.14625", T)],
 F1579: [("2007.14062", L), ("2307.08691", L), ("2309.06180", L), ("2009.14794", L), ("2302.10866", X),
         ("2307.08621", T), ("2004.11886", T), ("2103.02143", T)],
 F1580: [("2010.04159", L), ("2103.14146", L), ("2106.04560", L), ("2103.14167", X),
         (LENET, T), ("1406.2661", T), ("2104.00298", T), ("2007.01434", T)],
 F1581: [("2304.07193", L), ("2011.10566", L), ("2006.05576", O), ("1911.05722", L), ("2111.06377", X),
         ("2104.14294", T), ("1807.03748", T), ("2103.13646", T)],
 F1582: [("2106.09685", L), ("2305.14314", L), ("2106.10199", L), ("2205.05638", L), ("1711.05101", X),
         ("1902.00751", T), ("2103.10385", T), ("2101.00190", T)],
 F1583: [("2302.13971", L), ("2205.01068", L), ("2006.16668", L), ("1909.08053", X),
         ("2005.14165", T), ("1701.06538", T), ("2009.03300", T), (GPT1, T)],
 F1584: [("2010.02502", O), ("2105.05233", L), ("2207.12598", L), ("2403.03206", L), ("1907.05600", X),
         ("1503.03585", T), ("2204.06125", T), ("2106.05931", T)],
 F1585: [("2303.11366", L), ("2310.06770", L), ("2310.11511", L), ("2306.15595", L), ("2307.03172", X),
         ("2306.05685", T), ("2010.06891", T), ("1410.5401", T)],
 F1586: [],
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
