#!/usr/bin/env python3
"""Writes round98/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping,
wrapping and the file's encoding may differ; see README). The same table is each builder's KEYS.

Papers (round96's rule with round98 / round99 in place of round96 / round97): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round98's and round99's own left out).
Position 1 is left out; round98 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round99 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F997 = "997_usosweb_course_syllabus_page_copied_text_polish_efficient_sequence_models_and_optimisation.txt"
F998 = "998_gitcode_mirror_readme_page_copied_text_chinese_awesome_table_diffusion_and_image_generation.txt"
F999 = "999_the_bat_forward_eml_windows_1251_russian_note_arxiv_cs_cl_listing_llm_scaling_and_systems.eml"
F1000 = "1000_indonesian_skripsi_daftar_pustaka_pdftotext_vision_classics_and_automl.txt"
F1001 = "1001_openreview_show_bibtex_pasted_overleaf_references_bib_hindi_comments_llm_reasoning_agents_and_rl.bib"
F1002 = "1002_hancell_csv_cp949_korean_lab_reading_sheet_self_supervised_and_contrastive_learning.csv"
F1003 = "1003_viber_chat_history_csv_greek_nlp_study_group_representations_and_robustness.csv"
F1004 = "1004_cleverreach_newsletter_web_version_html_dutch_peft_and_transfer_learning.html"
F1005 = "1005_goo_blog_entry_page_saved_html_japanese_multimodal_3d_and_robotics.html"
F1006 = "1006_negative_thai_tqf3_course_specification_pdftotext_computer_vision_textbooks_only.txt"
data = {
 F997: [("2001.04451", O), ("2111.00396", O), ("2006.16236", L), ("2010.01412", X), ("2103.14636", X),
        ("2202.10447", T), ("2103.13462", T), ("2006.05929", T)],
 F998: [("2006.11239", L), ("2011.13456", O), ("2307.01952", L), ("2302.05543", L), ("2303.01469", X),
        ("2208.01618", T), ("2208.12242", T), ("2009.09761", T)],
 F999: [("2306.11644", L), ("2303.18223", L), ("1910.02054", L), ("2211.17192", X), ("2205.14135", X),
        ("2001.08361", T), ("2203.15556", T), ("2101.03961", T)],
 F1000: [("2004.08955", L), ("2108.04392", L), ("2006.03656", L), ("1502.01852", X),
         ("1512.03385", T), ("1905.11946", T), (GLOROT, T), (DBN, T)],
 F1001: [("2210.03629", O), ("2201.11903", O), ("2308.03688", L), ("2006.05990", X), ("2101.03958", X),
         ("2106.01345", T), ("2204.01691", T), ("2206.07682", T)],
 F1002: [("2004.11362", L), ("2006.07733", L), ("2011.06182", O), ("2010.02014", O), ("2106.08254", X),
         ("2103.03230", T), ("2010.04592", T), ("2011.04419", T)],
 F1003: [("1908.10084", L), ("1910.13461", L), ("2307.15043", L), ("1802.05365", X),
         ("1301.3781", T), ("2004.10102", T), ("2006.14536", T), ("2011.03459", T)],
 F1004: [("2305.14314", L), ("2402.09353", L), ("2101.00190", L), ("2104.08691", X),
         ("1902.00751", T), ("1910.10683", T), ("1912.11370", T), ("2006.06882", T)],
 F1005: [("2304.08485", L), ("2304.02643", L), ("2308.04079", L), ("2307.15818", L), ("2303.15343", X),
         ("2102.05918", T), ("2204.14198", T), ("2103.14338", T)],
 F1006: [],
}


def keys(f):
    return [k for k, _ in data[f]]


def ev(f):
    return {k: e for k, e in data[f]}


def by_num(n):
    return next(f for f in data if f.split("_")[0] == str(n))


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
