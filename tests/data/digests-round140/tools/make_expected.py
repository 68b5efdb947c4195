#!/usr/bin/env python3
"""Writes round140/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (letter case and
line breaks may differ; see README). The same table is each builder's KEYS.

Papers (round139's rule with round140 / round141 in place of round138 / round139): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round140's and round141's own left out).
Position 1 is left out; round140 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round141 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1417 = "1417_antiword_doc_to_text_robocha_prohrama_ukrainian_syllabus_nlp_from_rnns_to_transformers.txt"
F1418 = "1418_gitblit_repository_readme_markdown_vietnamese_awesome_list_parameter_efficient_finetuning.md"
F1419 = "1419_academia_edu_recommendations_email_aol_forward_eml_base64_arabic_note_robustness_and_generalisation.eml"
F1420 = "1420_cse_style_citation_sequence_references_copied_from_thesis_pdf_hindi_llm_pretraining.txt"
F1421 = "1421_scinapse_collection_bibtex_export_korean_notes_self_supervised_representations.bib"
F1422 = "1422_ntask_task_list_csv_export_crlf_polish_reading_tasks_efficient_attention.csv"
F1423 = "1423_teamnote_group_chat_export_txt_cantonese_llm_agents_and_evaluation.txt"
F1424 = "1424_signate_competition_forum_thread_copied_text_japanese_synthetic_data_vision.txt"
F1425 = "1425_letterloop_group_newsletter_issue_web_page_copied_text_greek_memory_and_llm_reading.txt"
F1426 = "1426_negative_coral_talk_comment_stream_on_news_blog_post_copied_text_hebrew_no_papers.txt"
data = {
 F1417: [("1409.3215", L), ("1706.03762", L), ("1810.04805", L), ("1801.06146", L), ("1409.0473", X),
         (BACKPROP, T), (LSTM, T), (GPT1, T)],
 F1418: [("2110.04366", O), ("2106.09685", L), ("2305.14314", L), ("1911.02116", L), ("2303.10512", X),
         ("1902.00751", T), ("2101.00190", T), ("2106.10199", T)],
 F1419: [("2103.13646", O), ("2007.01434", L), ("2106.04560", L), ("2004.07780", X),
         ("2103.14586", T), ("2010.08515", T), ("2101.01761", T), ("2010.03409", T)],
 F1420: [("1701.06538", O), ("2205.01068", L), ("1907.11692", L), ("2302.13971", X),
         ("2005.14165", T), ("2203.02155", T), ("1906.08237", T), ("1909.08053", T)],
 F1421: [("2006.05576", O), ("2111.06377", L), ("2002.05709", L), ("2301.12597", L), ("1807.03748", X),
         ("1911.05722", T), ("2201.03545", T), (CTC, T)],
 F1422: [("2103.02143", O), ("2302.10866", L), ("2307.08621", L), ("2009.14794", L), ("2005.00743", X),
         ("2004.11886", T), ("2007.14062", T), ("1901.02860", T)],
 F1423: [("2310.06770", O), ("2303.11366", L), ("2302.04761", L), ("2306.05685", X),
         ("2305.16291", T), ("2009.03300", T), ("2310.11511", T), ("2010.00904", T)],
 F1424: [("2010.11929", O), ("2012.07177", L), ("2403.03206", L), ("2303.11328", L), ("2207.12598", X),
         ("2103.14030", T), ("2103.14167", T), ("2106.05931", T)],
 F1425: [("2010.06891", O), ("2205.06175", L), ("2307.03172", L), ("2206.14858", X),
         ("1410.5401", T), ("2002.09402", T), ("2206.04615", T), ("1904.09751", T)],
 F1426: [],
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
