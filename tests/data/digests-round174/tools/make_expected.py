#!/usr/bin/env python3
"""Writes round174/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round170's make_expected.py with round174's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round174's and round175's own left out).
Position 1 is left out; round174 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round175 takes the other parity).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1757 = "1757_uniza_informacny_list_predmetu_copied_from_pdf_slovak_sequence_models_and_nlp_classics.txt"
F1758 = "1758_gitlab_jku_at_readme_markdown_german_awesome_list_efficient_attention_and_recurrence.md"
F1759 = "1759_locaweb_webmail_forward_base64_utf8_brazilian_portuguese_mailman3_digest_long_context_retrieval_and_agents.eml"
F1760 = "1760_bsuir_magisterskaya_dissertatsiya_gost_7_1_references_copied_from_pdf_russian_vision_transformers_and_detection.txt"
F1761 = "1761_ebscohost_eds_multiwyszukiwarka_ris_export_polish_self_supervised_and_generalisation.ris"
F1762 = "1762_easy_project_task_list_csv_export_iso_8859_15_spanish_parameter_efficient_finetuning.csv"
F1763 = "1763_citadel_team_room_conversation_copied_text_french_llm_training_and_evaluation.txt"
F1764 = "1764_forum_html_it_vbulletin_thread_copied_text_italian_reading_recommendations_nlp_and_agents.txt"
F1765 = "1765_salesforce_marketing_cloud_view_as_web_page_saved_html_arabic_generative_models_and_ai_for_science.html"
F1766 = "1766_negative_nouw_blog_post_with_comments_copied_text_swedish_sourdough_baking_no_papers.txt"
data = {
 F1757: [("1409.3215", L), ("1706.03762", L), ("1410.5401", L), ("1409.0473", X),
         (BACKPROP, T), (LSTM, T), (CTC, T), (GPT1, T)],
 F1758: [("2009.14794", O), ("2302.10866", L), ("2007.14062", L), ("2005.00743", L), ("2004.11886", X),
         ("2103.02143", T), ("2307.08621", T), ("2010.06891", T)],
 F1759: [("1901.02860", L), ("2307.03172", L), ("2303.11366", L), ("2302.04761", L), ("2310.11511", X),
         ("2010.00904", T), ("2002.09402", T), ("1904.09751", T)],
 F1760: [("2103.14030", L), ("2201.03545", L), ("2012.07177", L), ("2106.04560", X),
         ("2010.11929", T), ("2103.14586", T), ("2103.14167", T), ("2101.01761", T)],
 F1761: [("2111.06377", L), ("2002.05709", L), ("2103.13646", L), ("2006.05576", L), ("1807.03748", X),
         ("1911.05722", T), ("2007.01434", T), ("2004.07780", T)],
 F1762: [("2106.09685", L), ("2305.14314", L), ("2110.04366", O), ("1902.00751", L), ("2303.10512", X),
         ("2101.00190", T), ("2106.10199", T), ("1801.06146", T)],
 F1763: [("2302.13971", L), ("2205.01068", L), ("1909.08053", L), ("2009.03300", L), ("2203.02155", X),
         ("2005.14165", T), ("1701.06538", T), ("2306.05685", T)],
 F1764: [("1810.04805", L), ("1907.11692", L), ("2310.06770", O), ("2305.16291", L), ("1906.08237", X),
         ("1911.02116", T), ("2206.04615", T), ("2205.06175", T)],
 F1765: [("2403.03206", L), ("2207.12598", L), ("2301.12597", L), ("2206.14858", L), ("2303.11328", X),
         ("2106.05931", T), ("2010.03409", T), ("2010.08515", T)],
 F1766: [],
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
