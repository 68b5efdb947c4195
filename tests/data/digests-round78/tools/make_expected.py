#!/usr/bin/env python3
"""Writes round78/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (wrapping and
escaping may differ; see README). The same table is each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors) sorted by (uses, catalogue title), the uses counted
over every distinct /work/main/tests/data/*/expected.json (byte-identical files counted once; round78's and round79's
own left out). Position 1 is left out; round78 takes every odd position from 3 to 145 in one run, 72 papers, 8 per
positive (round79 works in parallel and shares no paper)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F797 = "797_nextcloud_deck_api_stacks_json_php_escaped_vietnamese_reading_plan_peft_and_llm_finetuning.json"
F798 = "798_astro_starlight_mdx_docs_page_portuguese_awesome_table_diffusion_and_generative_models.mdx"
F799 = "799_eudora_mbx_mailbox_windows_1253_crlf_greek_forwarded_arxiv_listings_efficient_attention_and_training.mbx"
F800 = "800_pnas_style_references_make4ht_xhtml_hebrew_seminar_paper_deep_learning_foundations.html"
F801 = "801_pybtex_convert_bibyaml_export_polish_notes_llm_scaling_and_pretraining.yaml"
F802 = "802_excel_mac_csv_macintosh_macroman_cr_french_reading_sheet_self_supervised_vision.csv"
F803 = "803_dcard_api_post_and_comments_json_traditional_chinese_thread_vision_language_and_robustness.json"
F804 = "804_hubspot_marketing_email_web_version_german_newsletter_agents_and_reasoning.html"
F805 = "805_seesaa_blog_entry_page_html_japanese_post_vision_architectures_automl_3d_audio.html"
F806 = "806_negative_docker_compose_yaml_turkish_comments_lab_annotation_and_tracking_stack.yml"
data = {
 F797: [("2305.14314", L), ("2402.09353", L), ("2101.00190", L), ("2205.01068", L), ("2104.08691", X),
        ("1902.00751", T), ("2306.11644", T), ("1908.10084", T)],
 F798: [("2011.13456", O), ("2006.11239", L), ("2302.05543", L), ("2307.01952", L), ("2303.01469", X),
        ("2208.01618", T), ("2208.12242", T), ("2010.02014", T)],
 F799: [("1910.02054", L), ("2006.16236", L), ("2211.17192", L), ("2001.04451", O), ("2111.00396", X),
        ("1701.06538", T), ("2103.14636", T), ("2202.10447", T)],
 F800: [("1301.3781", L), ("2010.01412", L), ("2103.13462", L), ("1802.05365", X), (GLOROT, T), (DBN, T),
        ("1512.03385", T), ("1502.01852", T)],
 F801: [("2001.08361", L), ("2203.15556", L), ("2101.03961", L), ("2206.07682", L), ("2303.18223", X),
        ("1910.10683", T), ("1910.13461", T), ("2004.10102", T)],
 F802: [("2004.11362", L), ("2106.08254", L), ("2006.07733", L), ("2011.06182", O), ("2103.03230", X),
        ("2006.06882", T), ("2011.04419", T), ("2010.04592", T)],
 F803: [("2304.02643", L), ("2303.15343", L), ("2304.08485", L), ("2102.05918", L), ("2307.15043", X),
        ("2006.14536", T), ("2006.05929", T), ("2011.03459", T)],
 F804: [("2210.03629", O), ("2201.11903", O), ("2307.15818", L), ("2308.03688", L), ("2106.01345", X),
        ("2006.05990", T), ("2101.03958", T), ("2204.01691", T)],
 F805: [("2308.04079", L), ("1905.11946", L), ("2009.09761", L), ("2108.04392", X), ("2004.08955", T),
        ("2006.03656", T), ("1912.11370", T), ("2103.14338", T)],
 F806: [],
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
