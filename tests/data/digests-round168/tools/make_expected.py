#!/usr/bin/env python3
"""Writes round168/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round166's make_expected.py with round168's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round168's and round169's own left out).
Position 1 is left out; round168 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round169 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GLOVE = "GloVe: Global Vectors for Word Representation"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1697 = "1697_umu_se_kurssida_litteraturlista_copied_text_swedish_deep_learning_foundations.txt"
F1698 = "1698_gitlab_fel_cvut_cz_readme_markdown_czech_awesome_list_efficient_attention.md"
F1699 = "1699_yousee_mail_forward_base64_utf8_danish_sympa_digest_llm_agents_and_reasoning.eml"
F1700 = "1700_sveuciliste_u_rijeci_diplomski_rad_literatura_copied_from_pdf_croatian_vision_backbones_and_robustness.txt"
F1701 = "1701_bibcnrs_ris_export_french_self_supervised_learning_and_domain_generalization.ris"
F1702 = "1702_aha_roadmaps_list_report_csv_export_spanish_parameter_efficient_finetuning.csv"
F1703 = "1703_avaya_spaces_chat_export_txt_italian_llm_scaling_training_and_evaluation.txt"
F1704 = "1704_hwbox_gr_forum_thread_copied_text_greek_pretrained_language_models.txt"
F1705 = "1705_focussend_newsletter_web_version_saved_html_chinese_generative_models_and_ai_for_science.html"
F1706 = "1706_negative_rantapallo_blog_post_with_comments_copied_text_finnish_lapland_hiking_no_papers.txt"
data = {
 F1697: [("1406.2661", L), ("1409.3215", L), ("1410.5401", L), ("1904.09751", L), ("1409.0473", X),
         (BACKPROP, T), (LSTM, T), (GLOVE, T)],
 F1698: [("2009.14794", O), ("2307.08691", L), ("2302.10866", L), ("2004.11886", L), ("2103.02143", X),
         ("2307.08621", T), ("2005.00743", T), ("2010.06891", T)],
 F1699: [("2303.11366", L), ("2310.06770", L), ("2310.11511", L), ("2305.16291", L), ("2302.04761", X),
         ("2206.14858", T), ("2205.06175", T), ("2307.03172", T)],
 F1700: [("2010.11929", L), ("2103.14030", L), ("2201.03545", L), ("2106.04560", X),
         ("2103.14586", T), ("2010.08515", T), ("2004.07780", T), (LENET, T)],
 F1701: [("2006.05576", O), ("2111.06377", L), ("1911.05722", L), ("2002.05709", L), ("1807.03748", X),
         ("2106.07447", T), ("2012.07177", T), ("2007.01434", T)],
 F1702: [("2106.09685", L), ("2305.14314", L), ("2101.00190", L), ("1902.00751", L), ("2205.05638", X),
         ("2103.10385", T), ("2110.04366", T), ("2303.10512", T)],
 F1703: [("2302.13971", L), ("2205.01068", L), ("1909.08053", L), ("2306.05685", L), ("2203.02155", X),
         ("2006.16668", T), ("1701.06538", T), ("2009.03300", T)],
 F1704: [("2005.14165", L), ("1907.11692", L), ("1906.08237", L), ("1911.02116", X),
         (GPT1, T), ("1801.06146", T), ("1901.02860", T), ("2002.09402", T)],
 F1705: [("2403.03206", L), ("2204.06125", L), ("2303.11328", L), ("2010.08895", L), ("2106.05931", X),
         ("1907.05600", T), ("2010.03409", T), (ALPHAFOLD, T)],
 F1706: [],
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
