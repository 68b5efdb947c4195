#!/usr/bin/env python3
"""Writes round162/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round162's and round163's own left out).
Position 1 is left out; round162 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round163 takes the odd ones).

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
F1637 = "1637_upatras_perigramma_mathimatos_copied_from_pdf_greek_deep_learning_foundations.txt"
F1638 = "1638_gitlab_epfl_ch_readme_markdown_french_awesome_list_large_language_models.md"
F1639 = "1639_eunet_webmail_forward_quoted_printable_utf8_serbian_listserv_digest_efficient_attention.eml"
F1640 = "1640_istanbul_teknik_universitesi_tez_kaynaklar_copied_from_pdf_turkish_remote_sensing_vision_transformers.txt"
F1641 = "1641_bibedt_bibtex_file_polish_self_supervised_representation_learning.bib"
F1642 = "1642_merlin_project_csv_export_german_parameter_efficient_finetuning.csv"
F1643 = "1643_sendbird_data_export_messages_json_korean_startup_research_channel_generative_models_and_agents.json"
F1644 = "1644_portugal_a_programar_invision_forum_thread_copied_text_portuguese_local_llm_serving.txt"
F1645 = "1645_rule_io_newsletter_web_version_saved_html_swedish_ai_for_science_and_benchmarks.html"
F1646 = "1646_negative_blog_is_blog_post_with_comments_copied_text_icelandic_phones_in_schools_no_papers.txt"
data = {
 F1637: [("1409.0473", L), ("1409.3215", L), ("1406.2661", L), ("1410.5401", X),
         (BACKPROP, T), (LSTM, T), (LENET, T), (GLOVE, T)],
 F1638: [("2003.10555", L), ("1907.11692", L), ("2005.14165", L), ("2302.13971", L), ("2205.01068", X),
         (GPT1, T), ("2203.02155", T), ("1904.09751", T)],
 F1639: [("2103.02143", O), ("2004.11886", L), ("2009.14794", L), ("2302.10866", L), ("1901.02860", X),
         ("2005.00743", T), ("2010.06891", T), ("2307.08621", T)],
 F1640: [("2103.14030", L), ("2106.04560", L), ("2103.14586", L), ("2104.00298", X),
         ("2012.07177", T), ("2007.01434", T), ("2004.07780", T), ("2103.14146", T)],
 F1641: [("2006.05576", O), ("2104.14294", L), ("2011.10566", L), ("2111.06377", L), ("1807.03748", X),
         ("1911.05722", T), ("2106.07447", T), ("2010.00554", T)],
 F1642: [("2106.09685", L), ("2305.14314", L), ("2101.00190", L), ("2205.05638", L), ("1902.00751", X),
         ("2103.10385", T), ("2110.04366", T), ("2111.04263", T)],
 F1643: [("2105.05233", L), ("2403.03206", L), ("2302.04761", L), ("2310.11511", L), ("1907.05600", X),
         ("2204.06125", T), ("2106.05931", T), ("2303.11366", T)],
 F1644: [("2307.08691", L), ("2309.06180", L), ("2306.15595", L), ("1909.08053", L), ("2006.16668", X),
         ("1701.06538", T), ("2307.03172", T), ("2103.14625", T)],
 F1645: [("2010.08895", L), ("2010.03409", L), ("2206.14858", L), ("2306.05685", L), ("2009.03300", X),
         (ALPHAFOLD, T), ("2106.05234", T), ("2310.06770", T)],
 F1646: [],
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
