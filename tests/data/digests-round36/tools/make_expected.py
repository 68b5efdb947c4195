#!/usr/bin/env python3
"""Writes round36/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL:
arxiv.org abs/pdf, with or without vN / .pdf, or hf.co/papers), O = link via an OpenReview forum/pdf URL
(openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without a URL: "arXiv:ID", a BibTeX eprint, a bare
10.48550 DOI, an arXiv badge), T = title-only. Titles are the catalogue titles, which every digest writes in full
(case may differ), except where TITLE_AS_WRITTEN records the digest's form (a deviation listed in validate.py's
DEVIATIONS). The same table is each builder's KEYS."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
GO = "Mastering the game of Go without human knowledge"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F377 = "377_reading_plan_week_prose_markdown_english_sequence_models.md"
F378 = "378_awesome_list_bullets_badges_markdown_english_representation_learning.md"
F379 = "379_arxiv_listing_email_2024_forwarded_gmail_text_english_efficient_transformers.txt"
F380 = "380_references_harvard_style_pdf_paste_english_image_classification.txt"
F381 = "381_bibtex_zotero_better_biblatex_english_agents_rl_to_llms.bib"
F382 = "382_notion_csv_export_emoji_multiline_english_llm_evaluation.csv"
F383 = "383_x_thread_copied_text_italian_nlp_to_llm_inference.txt"
F384 = "384_zhihu_column_post_copied_text_chinese_multimodal_generation.txt"
F385 = "385_note_com_post_copied_text_japanese_papers_read_2021.txt"
F386 = "386_negative_newsletter_plain_text_english_tools_and_deadlines.txt"
data = {
 F377: [("1409.0473", T), ("1409.3215", T), (CTC, T), ("1410.5401", T), ("1901.02860", T),
        ("1904.10509", X), ("2004.05150", L), ("2006.04768", T), ("2008.07669", L), ("2111.00396", O)],
 F378: [("1807.03748", L), ("1911.05722", T), ("2006.07733", T), ("2011.10566", L), ("2004.11362", L),
        ("2006.05576", O), ("2010.04592", L), ("2102.05918", T), ("2303.15343", T), ("2007.01434", T),
        ("2006.05929", X)],
 F379: [("2312.00752", L), ("2006.03236", L), ("2004.11886", L), ("2005.00743", L), ("2010.06891", L),
        ("2202.10447", L), ("2004.10102", L), ("2103.14636", L), ("2012.08561", L), ("1906.08237", T)],
 F380: [(ALEXNET, T), (GLOROT, T), ("1502.01852", T), ("1512.03385", T), ("1905.11946", L), ("1912.11370", L),
        ("2004.08955", X), ("2012.07177", T), ("2103.14030", T), ("2106.04560", X), ("2106.10270", L),
        ("2201.03545", L)],
 F381: [("2101.03958", L), ("2205.06175", L), ("2106.01345", X), ("2106.02039", T), (GO, T), ("2307.15818", T),
        ("2006.05990", L), ("2304.03442", T), ("2303.11366", L), ("2302.04761", X)],
 F382: [("2303.18223", L), ("2206.04615", T), ("2206.07682", T), ("2306.05685", T), ("2207.05221", T),
        ("2307.15043", L), ("2204.02311", T), ("2310.06770", O), ("2310.08560", X), ("2310.11511", L)],
 F383: [("1301.3781", L), ("1802.05365", T), ("1910.13461", T), ("1910.03771", T), ("1904.09751", T),
        ("2211.17192", L), ("2210.17323", X), ("2205.05638", T)],
 F384: [("2302.05543", L), ("2208.01618", T), ("2105.05233", T), ("2208.12242", L), ("2204.06125", T),
        ("2303.11328", T), ("2301.12597", X), ("2304.08485", L)],
 F385: [("2103.14167", L), ("2103.14146", T), ("2103.13462", T), ("2106.05234", X), ("2010.08895", L),
        ("2010.03409", T), ("2103.09762", T), ("2006.03656", L), ("2108.04392", T)],
 F386: [],
}
# titles the digest writes with a recorded deviation (validate.py's DEVIATIONS): (file, key) -> title as written
TITLE_AS_WRITTEN = {(F384, "2303.11328"): "Zero-1-to-3：Zero-shot One Image to 3D Object"}


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
