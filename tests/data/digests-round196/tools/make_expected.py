#!/usr/bin/env python3
"""Writes round196/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (titles are compared
case-blind). The same table is each builder's KEYS. (round194's make_expected.py with round196's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json and /work/rounds/*/expected.json (byte-identical files counted once; round196's
and round197's own left out). Position 1 is left out; round196 takes every even position from 4 to 146 in one run, 72
papers, 8 per positive (round197 takes the other parity).

DEVIATIONS (titles written otherwise than the catalogue writes them, beyond letter case): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
AF2 = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1977 = "1977_royal_university_of_bhutan_module_descriptor_copied_from_pdf_english_dzongkha_neural_architecture_classics.txt"
F1978 = "1978_shaw_webmail_forward_eml_base64_canadian_english_punjabi_list_digest_training_systems_and_scale.eml"
F1979 = "1979_isnad_atif_sistemi_tez_kaynakca_copied_from_pdf_turkish_vision_backbones_and_robustness.txt"
F1980 = "1980_gitlab_aau_dk_awesome_list_readme_danish_language_model_pretraining.md"
F1981 = "1981_mail_ru_agent_group_chat_history_export_txt_russian_peft_and_finetuning.txt"
F1982 = "1982_nvidia_developer_forums_topic_copied_text_english_efficient_attention_on_jetson.txt"
F1983 = "1983_labkey_server_list_tsv_export_norwegian_simulation_lab_generative_models.tsv"
F1984 = "1984_university_of_seychelles_research_newsletter_html_english_kreol_seselwa_llm_agents_and_evaluation.html"
F1985 = "1985_reflejos_cuban_blog_post_with_comments_copied_text_cuban_spanish_self_supervised_learning.txt"
F1986 = "1986_negative_swissbib_basket_bibtex_export_swiss_german_french_ml_books_and_software_no_papers.bib"
data = {
 F1977: [("1409.3215", L), ("1409.0473", L), ("1410.5401", L), ("1901.02860", X),
         (BP, T), (LSTM, T), ("2106.05234", T), ("2103.14625", T)],
 F1978: [("2309.06180", L), ("2307.08691", L), ("2006.16668", L), ("1701.06538", O), ("1909.08053", X),
         ("2307.03172", T), ("2111.04263", T), ("2010.00554", T)],
 F1979: [("2103.14030", L), ("2106.04560", L), ("2104.00298", L), ("2012.07177", L), ("2103.14586", X),
         (LENET, T), ("2103.14146", T), ("2007.01434", T)],
 F1980: [("2003.10555", L), ("2005.14165", L), ("1907.11692", L), ("2302.13971", X),
         (GLOVE, T), (GPT1, T), ("2205.01068", T), ("1904.09751", T)],
 F1981: [("2106.09685", L), ("2305.14314", L), ("2110.04366", O), ("2205.05638", L), ("2101.00190", X),
         ("1902.00751", T), ("2103.10385", T), ("2203.02155", T)],
 F1982: [("2010.06891", O), ("2009.14794", L), ("2307.08621", L), ("2302.10866", L), ("2306.15595", X),
         ("2004.11886", T), ("2103.02143", T), ("2005.00743", T)],
 F1983: [("2105.05233", L), ("2204.06125", L), ("2403.03206", L), ("2010.08895", L), ("1907.05600", X),
         ("1406.2661", T), ("2106.05931", T), ("2010.03409", T)],
 F1984: [("2310.06770", O), ("2302.04761", L), ("2303.11366", L), ("2306.05685", L), ("2206.14858", X),
         ("2009.03300", T), ("2310.11511", T), (AF2, T)],
 F1985: [("2006.05576", O), ("2104.14294", L), ("2011.10566", L), ("2111.06377", L), ("1911.05722", X),
         ("1807.03748", T), ("2004.07780", T), ("2106.07447", T)],
 F1986: [],
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
