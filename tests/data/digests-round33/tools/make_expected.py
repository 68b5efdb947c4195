#!/usr/bin/env python3
"""Writes round33/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, with or without vN, export.arxiv.org), O = link via an OpenReview forum/pdf URL (openreview_id
set, arxiv_id null), X = arxiv-text (a bare arXiv:ID, an eprint field, a 10.48550 DOI), T = title-only. Titles are
the catalogue titles, which every digest writes in full (case may differ). The same table is each builder's KEYS."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GO = "Mastering the game of Go without human knowledge"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F347 = "347_awesome_list_table_markdown_english_transformers_for_decision_making.md"
F348 = "348_arxiv_listing_email_forwarded_thunderbird_eml_english_cs_daily.eml"
F349 = "349_paper_references_ieee_style_pdftotext_english_vision_pretraining.txt"
F350 = "350_bibtex_jabref_library_bib_english_memory_efficient_transformers.bib"
F351 = "351_github_discussion_thread_markdown_english_multilingual_nlp_reading.md"
F352 = "352_csdn_blog_post_markdown_chinese_aigc_image_editing.md"
F353 = "353_hatena_blog_html_japanese_diffusion_and_3d_generation.html"
F354 = "354_x_thread_unrolled_thread_reader_spanish_llm_history.txt"
F355 = "355_zotero_csv_export_english_efficient_training_automl.csv"
F356 = "356_negative_meetup_newsletter_mailchimp_plain_text_english.txt"
data = {
 F347: [("2106.01345", L), ("2106.02039", T), ("2204.01691", L), ("2205.06175", X), ("2307.15818", T),
        ("2006.05990", T), ("2101.03958", L), (GO, T), ("2103.09762", T), ("1410.5401", X)],
 F348: [("2103.14146", L), ("2103.14167", L), ("2103.14338", L), ("2103.14586", L), ("2103.14625", L),
        ("2103.14636", L), ("2006.14536", T), ("2012.07177", X), ("2101.01761", T)],
 F349: [("1512.03385", T), ("1502.01852", T), ("1905.11946", T), ("2004.08955", X), ("2010.11929", O),
        ("2002.05709", T), ("2010.04592", L), ("2011.04419", T), ("2006.06882", T), ("2011.06182", O),
        ("2010.08515", X)],
 F350: [("2002.09402", O), ("2004.11886", T), ("2005.00743", T), ("2006.03236", X), ("2010.06891", O),
        ("2103.02143", T), ("2105.06548", L), ("2202.10447", X), ("2004.10102", T), ("2006.04768", X),
        ("2302.10866", T), ("2307.08621", L)],
 F351: [("1409.0473", T), ("1508.07909", T), ("1911.02116", L), ("2003.10555", T), ("2008.07905", O),
        ("2010.00904", X), ("2002.08909", L), ("2011.03459", T), ("1904.09751", T), ("2009.03300", X)],
 F352: [("2112.10752", L), ("2204.06125", T), ("2208.01618", T), ("2208.12242", L), ("2211.09800", T),
        ("2302.05543", X), ("2307.01952", T), ("2403.03206", L), ("2207.12598", T)],
 F353: [("2006.11239", L), ("2010.02502", O), ("2011.13456", T), ("2106.05931", T), ("2303.01469", X),
        ("2010.02014", T), ("2303.11328", L), ("2308.04079", T), ("1907.05600", T)],
 F354: [("1706.03762", L), ("1810.04805", T), ("1910.10683", T), ("2001.08361", L), ("2005.14165", T),
        ("2203.15556", X), ("2203.02155", T), ("2201.11903", O), ("2302.13971", L), ("2307.09288", T),
        ("2306.11644", T), ("2206.14858", X), ("2307.15043", L)],
 F355: [("2106.09685", L), ("2305.14314", T), ("2205.14135", T), ("2307.08691", X), ("1710.03740", O),
        ("2006.03656", L), ("2101.08809", T), ("2108.04392", T), ("2010.00554", T), ("2103.13462", X)],
 F356: [],
}


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
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
