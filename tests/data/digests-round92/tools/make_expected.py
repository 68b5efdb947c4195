#!/usr/bin/env python3
"""Writes round92/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (wrapping over
lines, doubled spaces, BibTeX braces, MIME and ISO-2022-JP encodings may differ; see README). The same table is each
builder's KEYS.

Papers (round90's rule with round92 / round93 in place of round90 / round91): the candidates are the catalogue papers
(not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round92's and round93's own left out).
Position 1 is left out; round92 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round93 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

LSTM = "Long Short-Term Memory"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F937 = "937_blackboard_learn_ultra_course_page_copied_text_arabic_syllabus_sequence_models_and_memory.txt"
F938 = "938_github_wiki_page_markdown_source_vietnamese_awesome_table_self_supervised_and_contrastive_vision.md"
F939 = "939_foxmail_forward_eml_gb18030_chinese_note_arxiv_cs_cl_listing_llm_evaluation_and_agents.eml"
F940 = "940_sciencedirect_references_copied_text_hindi_notes_vision_training_classics_and_robustness.txt"
F941 = "941_acm_dl_bibtex_export_mixed_references_bib_german_comments_diffusion_and_generative_models.bib"
F942 = "942_typeform_responses_csv_export_italian_paper_proposals_peft_and_transfer_learning.csv"
F943 = "943_dou_forum_topic_page_copied_text_ukrainian_thread_multimodal_embodied_and_3d.txt"
F944 = "944_mag2_mail_magazine_eml_iso_2022_jp_japanese_llm_scaling_and_training_systems.eml"
F945 = "945_brunch_story_post_saved_html_korean_year_in_papers_nlp_automl_and_rl.html"
F946 = "946_negative_xelatex_compile_log_thai_thesis_undefined_citations_and_overfull_boxes.log"
data = {
 F937: [("2010.06891", O), ("2001.04451", O), ("1409.0473", L), ("2006.16236", L), ("1410.5401", X),
        (LSTM, T), ("2202.10447", T), ("2103.14636", T)],
 F938: [("2111.06377", L), ("1911.05722", L), ("2006.07733", L), ("2010.04592", L), ("2103.03230", X),
        ("2004.11362", T), ("2011.04419", T), ("2106.08254", T)],
 F939: [("2303.18223", L), ("2308.03688", L), ("2307.03172", L), ("2201.11903", O), ("2210.03629", X),
        ("2009.03300", T), ("1908.10084", T), ("2307.15043", T)],
 F940: [("2004.08955", L), ("2006.05929", L), ("2010.01412", X), ("2006.14536", X),
        ("1512.03385", T), ("1502.01852", T), (GLOROT, T), (DBN, T)],
 F941: [("2011.13456", O), ("2010.02014", O), ("2307.01952", L), ("2302.05543", L), ("2208.01618", X),
        ("2006.11239", T), ("2303.01469", T), ("2009.09761", T)],
 F942: [("2011.06182", O), ("2101.00190", L), ("2305.14314", L), ("2402.09353", L), ("2104.08691", X),
        ("1902.00751", T), ("1912.11370", T), ("2006.06882", T)],
 F943: [("2307.15818", L), ("2204.01691", L), ("2304.08485", L), ("2308.04079", L), ("2303.15343", X),
        ("2304.02643", T), ("2102.05918", T), ("2106.01345", T)],
 F944: [("1701.06538", O), ("1909.08053", L), ("1910.02054", L), ("2203.15556", L), ("2101.03961", X),
        ("2001.08361", T), ("2205.01068", T), ("2306.11644", T)],
 F945: [("1910.13461", L), ("2004.10102", L), ("2108.04392", L), ("2006.05990", L), ("2011.03459", X),
        ("1802.05365", T), ("2006.03656", T), ("2103.13462", T)],
 F946: [],
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
