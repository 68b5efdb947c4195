#!/usr/bin/env python3
"""Writes round38/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL:
arxiv.org abs/pdf, with or without vN / .pdf), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id
null), X = arxiv-text (an arXiv id without a URL: "arXiv:ID", "arXiv preprint arXiv:ID" in a BibTeX journal field, a
cell or a typed "arXiv 2306.11644"), T = title-only. Titles are the catalogue titles, which every digest writes in
full (case may differ); TITLE_AS_WRITTEN would record a digest's deviating form (round 38 has none). The same table
is each builder's KEYS."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F397 = "397_reading_plan_markdown_checklist_time_estimates_english_self_supervised_learning.md"
F398 = "398_awesome_list_github_readme_rendered_html_table_english_long_sequence_models.html"
F399 = "399_arxiv_listing_emails_2019_plain_format_mbox_english_pretraining_classics.mbox"
F400 = "400_references_vancouver_style_word_paste_english_medical_imaging_methods.txt"
F401 = "401_bibtex_dblp_and_google_scholar_mixed_english_nlp_pretraining_retrieval.bib"
F402 = "402_spreadsheet_tsv_export_german_headers_doi_column_peft_and_scaling.tsv"
F403 = "403_bluesky_thread_copied_text_portuguese_llm_reasoning_and_evaluation.txt"
F404 = "404_csdn_blog_post_copied_text_chinese_diffusion_and_image_editing.txt"
F405 = "405_zenn_article_markdown_tables_japanese_vision_backbones_and_detection.md"
F406 = "406_negative_github_issue_thread_copied_text_english_training_divergence_bug.txt"
data = {
 F397: [("2011.10566", L), ("2103.03230", T), ("2004.11362", T), ("2006.05576", O), ("2102.05918", T),
        ("2106.07447", L), ("2106.08254", X), ("2111.06377", T), ("2304.07193", L), ("2304.08485", T)],
 F398: [("1410.5401", T), ("2008.07669", L), ("2007.14062", L), ("2010.06891", O), ("2103.02143", T),
        ("2111.00396", O), ("2202.10447", T), ("2302.10866", L), ("2307.08691", X), ("2103.14636", T),
        ("2307.03172", T)],
 F399: [("1711.05101", L), ("1901.02860", L), ("1807.03748", L), ("1905.11946", L), ("1906.08237", L),
        ("1907.05600", L), ("1907.11692", L), ("1908.10084", L), ("1911.05722", L)],
 F400: [(BACKPROP, T), (LSTM, T), (GLOROT, T), ("2103.13462", L), ("2010.01412", T), ("2103.09762", X),
        ("2006.03656", L), ("2108.04392", T), ("2101.03958", X), ("2106.05234", T), ("2010.03409", T),
        (ALPHAFOLD, T)],
 F401: [("1301.3781", L), ("1409.0473", X), (GPT1, T), ("2012.08561", T), ("2006.03654", L), ("2010.00904", T),
        ("2002.08909", T), ("2011.03459", X), ("2004.10102", T), ("2006.03236", T), ("2004.11886", L)],
 F402: [("2106.10199", T), ("2101.00190", T), ("2104.08691", T), ("2110.04366", O), ("2103.10385", T),
        ("2205.05638", T), ("2208.07339", L), ("2211.17192", X), ("2006.16668", L), ("2101.03961", T)],
 F403: [("2201.11903", L), ("2206.07682", T), ("2207.05221", T), ("2009.03300", T), ("2206.14858", L),
        ("2204.02311", T), ("2307.09288", T), ("2306.11644", X), ("2307.15043", L), ("2303.11366", T),
        ("2310.06770", T)],
 F404: [("1406.2661", T), ("1503.03585", T), ("2006.11239", L), ("2105.05233", T), ("2204.06125", T),
        ("2303.01469", X), ("2302.05543", L), ("2208.12242", T), ("2211.09800", L), ("2303.11328", T)],
 F405: [("2201.03545", T), ("2010.11929", O), ("2010.04159", T), ("2106.04560", T), ("2304.02643", L),
        ("2004.08955", X), ("2012.07177", T), ("2103.14167", L), ("2103.14146", L)],
 F406: [],
}
# titles a digest writes with a recorded deviation (validate.py's DEVIATIONS): (file, key) -> title as written
TITLE_AS_WRITTEN = {}


def keys(f):
    return [k for k, _ in data[f]]


def ev(f):
    return {k: e for k, e in data[f]}


if __name__ == "__main__":
    out = {}
    for f, rows in data.items():
        recs = []
        for key, e_ in rows:
            e = CAT[key_of(key)]
            aid = e["arxiv_id"]
            if e_ == O: assert e["openreview_id"], key
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": TITLE_AS_WRITTEN.get((f, key), e["title"]), "evidence": "link" if e_ == O else e_,
                         "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False); fh.write("\n")
