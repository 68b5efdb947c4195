#!/usr/bin/env python3
"""Writes round178/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round176's make_expected.py with round178's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round178's and round179's own left out).
Position 1 is left out; round178 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round179 takes the other parity).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1797 = "1797_upv_ehu_gaur_ikasgaiaren_gida_copied_text_basque_nlp_and_sequence_models_classics.txt"
F1798 = "1798_gitlab_uhasselt_be_readme_markdown_dutch_flemish_awesome_list_long_context_and_efficient_attention.md"
F1799 = "1799_ttnet_mail_forward_eml_quoted_printable_utf8_turkish_note_mailman_digest_llm_agents_and_tools.eml"
F1800 = "1800_tallinna_ulikool_magistritoo_evs_iso_690_kasutatud_kirjandus_copied_from_pdf_estonian_vision_backbones_and_detection.txt"
F1801 = "1801_leitir_is_ris_export_icelandic_self_supervised_and_generalisation.ris"
F1802 = "1802_pipedrive_activities_csv_export_lithuanian_parameter_efficient_finetuning.csv"
F1803 = "1803_vk_messenger_group_chat_copied_text_russian_llm_pretraining_at_scale.txt"
F1804 = "1804_softpedia_forum_topic_copied_text_romanian_diffusion_and_generative_models.txt"
F1805 = "1805_maropost_newsletter_web_version_saved_html_quebec_french_ai_for_science_and_graphs.html"
F1806 = "1806_negative_satori_lv_blog_post_with_comments_copied_text_latvian_sauna_no_papers.txt"
data = {
 F1797: [("1706.03762", L), ("1810.04805", L), ("1801.06146", L), ("1901.02860", X),
         (BACKPROP, T), (LSTM, T), (CTC, T), ("1711.05101", T)],
 F1798: [("2002.09402", O), ("2007.14062", L), ("2307.08691", L), ("2302.10866", L), ("2004.11886", X),
         ("2306.15595", T), ("2307.03172", T), ("2309.06180", T)],
 F1799: [("2302.04761", L), ("2203.02155", L), ("2305.16291", L), ("2205.06175", L), ("2306.05685", X),
         ("2206.04615", T), ("2010.00904", T), ("1904.09751", T)],
 F1800: [("2201.03545", L), ("2304.07193", L), ("2103.14167", L), ("2010.04159", X),
         ("2104.00298", T), ("2103.14146", T), ("2103.14586", T), (LENET, T)],
 F1801: [("2002.05709", L), ("2104.14294", L), ("2011.10566", L), ("2103.13646", O), ("2106.07447", X),
         ("2007.01434", T), ("2101.01761", T), ("2010.08515", T)],
 F1802: [("2110.04366", O), ("2303.10512", L), ("2106.10199", L), ("2106.09685", L), ("2205.05638", X),
         ("2103.10385", T), ("2006.03654", T), ("2003.10555", T)],
 F1803: [("2005.14165", L), ("2302.13971", L), ("1911.02116", L), ("2010.11929", O), ("2006.16668", X),
         (GPT1, T), (GLOVE, T), ("1906.08237", T)],
 F1804: [("2207.12598", L), ("1503.03585", L), ("1406.2661", L), ("2010.02502", O), ("2105.05233", X),
         ("1907.05600", T), ("2204.06125", T), ("2303.11328", T)],
 F1805: [("2106.05234", L), ("2010.08895", L), ("2010.03409", L), ("2301.12597", L), ("2010.00554", X),
         (ALPHAFOLD, T), ("2111.04263", T), ("2103.14625", T)],
 F1806: [],
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
