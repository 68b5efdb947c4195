#!/usr/bin/env python3
"""Writes round86/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (wrapping,
escaping and encoding may differ; see README). The same table is each builder's KEYS.

Papers (round85's rule with round86 / round87 in place of round85 / round84): the candidates are the catalogue papers
(not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round86's and round87's own left out).
Position 1 is left out; round86 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round87 takes the odd positions)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT1 = "Improving Language Understanding by Generative Pre-Training"
BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F877 = "877_proton_mail_export_eml_forwarded_arxiv_cs_cl_listing_spanish_note_nlp_pretraining_and_llm_evaluation.eml"
F878 = "878_open_eclass_course_page_chrome_saved_html_greek_syllabus_deep_learning_foundations.html"
F879 = "879_nextra_mdx_docs_page_hindi_awesome_table_vision_backbones_and_diffusion.mdx"
F880 = "880_icml_style_references_copied_from_evince_persian_notes_llm_scaling_and_training_systems.txt"
F881 = "881_arxiv_export_bibtex_citations_pasted_bib_turkish_comments_finetuning_and_transfer.bib"
F882 = "882_wps_spreadsheets_csv_gbk_crlf_chinese_reading_sheet_self_supervised_learning.csv"
F883 = "883_geeknews_ask_thread_copied_text_korean_robustness_nas_and_graph_papers.txt"
F884 = "884_theletter_newsletter_post_saved_html_japanese_multimodal_agents_and_robotics.html"
F885 = "885_teletype_in_blog_post_copied_text_russian_efficient_attention_and_long_context.txt"
F886 = "886_negative_threema_chat_export_txt_crlf_german_reading_group_logistics.txt"
data = {
 F877: [("2303.18223", L), ("2306.05685", L), ("2306.11644", L), ("2009.03300", X), (GPT1, T),
        ("1910.13461", T), ("1908.10084", T), ("2004.10102", T)],
 F878: [("1409.0473", L), ("2103.13462", L), ("1910.02054", L), ("1410.5401", X), (BACKPROP, T), (LSTM, T),
        (GLOROT, T), (DBN, T)],
 F879: [("2304.02643", L), ("2307.01952", L), ("2011.13456", O), ("2302.05543", L), ("2106.08254", X),
        ("2004.08955", T), ("2208.01618", T), ("2308.04079", T)],
 F880: [("2302.13971", L), ("2001.08361", L), ("1701.06538", O), ("1909.08053", X), ("2205.01068", X),
        ("2005.14165", T), ("2101.03961", T), ("2203.15556", T)],
 F881: [("2106.09685", L), ("2305.14314", L), ("2011.06182", O), ("2101.00190", X), ("1902.00751", T),
        ("2104.08691", T), ("1912.11370", T), ("2006.06882", T)],
 F882: [("1911.05722", L), ("2006.07733", L), ("2111.06377", L), ("2010.02014", O), ("2103.03230", X),
        ("2004.11362", T), ("2011.04419", T), ("2106.07447", T)],
 F883: [("2007.01434", L), ("2010.01412", L), ("2307.15043", L), ("2010.03409", L), ("2006.03656", X),
        ("2006.14536", T), ("2108.04392", T), ("2011.03459", T)],
 F884: [("2304.08485", L), ("2307.15818", L), ("2210.03629", O), ("2201.11903", L), ("2303.15343", X),
        ("2102.05918", T), ("2308.03688", T), ("2006.05990", T)],
 F885: [("2302.10866", L), ("2010.06891", O), ("2001.04451", O), ("2006.16236", L), ("2202.10447", X),
        ("2004.11886", T), ("2103.14636", T), ("2307.03172", T)],
 F886: [],
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
