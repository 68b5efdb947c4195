#!/usr/bin/env python3
"""Writes round59/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (case, wrapping
and escaping may differ; see README). The same table is each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors) sorted by (uses, catalogue title), the uses counted
over every distinct /work/main/tests/data/*/expected.json (byte-identical files counted once; round58's and round59's
own left out). Round59 takes the even positions, round58 the odd ones; position 1 is left out; round59 uses every
even position from 2 to 144 in one run, 72 papers, 8 per positive."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F607 = "607_jspwiki_page_source_polish_self_supervised_reading_notes.txt"
F608 = "608_usememos_api_v1_list_memos_json_chinese_diffusion_paper_notes.json"
F609 = "609_rocketchat_rest_api_channels_history_json_portuguese_peft_transfer_channel.json"
F610 = "610_phabricator_phriction_remarkup_source_russian_efficient_attention_wiki.remarkup"
F611 = "611_usenet_netnews_article_rfc5536_german_llm_scaling_thread_reply.txt"
F612 = "612_slidev_slides_markdown_japanese_llm_agents_and_rl_lab_talk.md"
F613 = "613_markdeep_md_html_document_greek_vision_backbones_and_3d_notes.md.html"
F614 = "614_tumblr_api_v2_blog_posts_json_indonesian_nlp_and_llm_reading_blog.json"
F615 = "615_ro_crate_metadata_jsonld_spanish_thesis_optimisation_code_bundle.json"
F616 = "616_negative_openai_whisper_json_transcript_hindi_lab_meeting_logistics.json"
data = {
 F607: [("1911.05722", L), ("2004.11362", T), ("2011.04419", T), ("2103.03230", L), ("2006.07733", X),
        ("2010.04592", L), ("2106.08254", T), ("2010.02014", O)],
 F608: [("2307.01952", L), ("2011.13456", O), ("2302.05543", T), ("2208.01618", L), ("2303.01469", T),
        ("2006.11239", X), ("2009.09761", T), ("2208.12242", L)],
 F609: [("1902.00751", L), ("2101.00190", T), ("2305.14314", L), ("2104.08691", X), ("2402.09353", L),
        ("2011.06182", O), ("1912.11370", T), ("2006.06882", T)],
 F610: [("2001.04451", O), ("2202.10447", L), ("2103.14636", T), ("2111.00396", L), ("2006.16236", X),
        ("1409.0473", T), ("1410.5401", T), ("2004.10102", T)],
 F611: [("2205.01068", L), ("1701.06538", T), ("2001.08361", L), ("2101.03961", X), ("2203.15556", L),
        ("1910.02054", T), ("2306.11644", T), ("2206.07682", T)],
 F612: [("2307.15818", L), ("2210.03629", O), ("2308.03688", L), ("2204.01691", T), ("2106.01345", L),
        ("2006.05990", T), ("2101.03958", T), ("2201.11903", X)],
 F613: [("2004.08955", L), ("2304.02643", T), ("1512.03385", X), ("1502.01852", T), ("1905.11946", L),
        ("2308.04079", L), ("2102.05918", T), ("2303.15343", T)],
 F614: [("1301.3781", T), ("1802.05365", L), ("1908.10084", L), ("1910.13461", X), ("2011.03459", T),
        ("2303.18223", L), ("2304.08485", T), ("2307.15043", L)],
 F615: [("2010.01412", L), ("2006.14536", L), (GLOROT, T), ("2103.13462", X), ("2006.03656", L),
        ("2108.04392", T), ("2006.05929", L), (DBN, T)],
 F616: [],
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
            if e_ == O: assert e["openreview_id"], key
            if e_ in (L, X): assert aid, key
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False); fh.write("\n")
