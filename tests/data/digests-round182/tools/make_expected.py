#!/usr/bin/env python3
"""Writes round182/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round180's make_expected.py with round182's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json and /work/rounds/*/expected.json (byte-identical files counted once; round182's
and round183's own left out). Position 1 is left out; round182 takes every even position from 4 to 146 in one run, 72
papers, 8 per positive (round183 takes the other parity).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1837 = "1837_obudai_egyetem_tantargyi_adatlap_copied_text_hungarian_neural_network_foundations_course.txt"
F1838 = "1838_gitlab_in2p3_fr_readme_markdown_french_awesome_list_ml_for_physics_and_scale.md"
F1839 = "1839_register_it_webmail_forward_eml_quoted_printable_italian_note_feedrabbit_digest_llm_agents_and_evaluation.eml"
F1840 = "1840_tu_eindhoven_afstudeerverslag_nen_iso_690_literatuurlijst_copied_from_pdf_dutch_vision_backbones_and_robustness.txt"
F1841 = "1841_rebus_list_reading_list_ris_export_welsh_notes_language_model_pretraining.ris"
F1842 = "1842_espocrm_tasks_csv_export_ukrainian_peft_and_instruction_tuning.csv"
F1843 = "1843_skred_group_chat_copied_text_french_self_supervised_representations.txt"
F1844 = "1844_forum_ru_board_thread_copied_text_russian_generative_models_and_games.txt"
F1845 = "1845_emblue_newsletter_web_version_saved_html_argentine_spanish_efficient_attention_and_long_context.html"
F1846 = "1846_negative_blogger_de_blog_post_with_comments_copied_text_german_home_server_no_papers.txt"
data = {
 F1837: [("1409.0473", L), ("1409.3215", L), ("1901.02860", L), ("1410.5401", X),
         (BACKPROP, T), (LSTM, T), (LENET, T), (GLOVE, T)],
 F1838: [("1701.06538", O), ("2010.08895", L), ("2010.03409", L), ("2006.16668", L), ("1909.08053", X),
         (ALPHAFOLD, T), ("2111.04263", T), ("2206.14858", T)],
 F1839: [("2310.06770", O), ("2303.11366", L), ("2310.11511", L), ("2306.05685", L), ("2009.03300", X),
         ("2302.04761", T), ("2305.16291", T), ("2307.03172", T)],
 F1840: [("2104.00298", L), ("2103.14030", L), ("2103.14586", L), ("2007.01434", L), ("2106.04560", X),
         ("2010.08515", T), ("2004.07780", T), ("2004.11886", T)],
 F1841: [("2005.14165", L), ("2302.13971", L), ("1907.11692", L), ("1911.02116", X),
         (GPT1, T), ("1801.06146", T), ("1906.08237", T), ("2205.01068", T)],
 F1842: [("2110.04366", O), ("2106.09685", L), ("2305.14314", L), ("2101.00190", L), ("2205.05638", X),
         ("1902.00751", T), ("2103.10385", T), ("2203.02155", T)],
 F1843: [("2006.05576", O), ("2104.14294", L), ("2111.06377", L), ("2106.07447", L), ("2011.10566", X),
         ("1911.05722", T), ("1807.03748", T), ("2012.07177", T)],
 F1844: [("1406.2661", L), ("1907.05600", L), ("2204.06125", L), ("2403.03206", L), ("2106.05931", X),
         ("2303.11328", T), ("1904.09751", T), ("2010.00554", T)],
 F1845: [("2103.02143", O), ("2307.08691", L), ("2302.10866", L), ("2307.08621", L), ("2306.15595", X),
         ("2009.14794", T), ("2005.00743", T), ("2010.06891", T)],
 F1846: [],
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
