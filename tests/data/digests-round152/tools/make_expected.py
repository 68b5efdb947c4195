#!/usr/bin/env python3
"""Writes round152/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping, case and
line breaks may differ; see README). The same table is each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round152's and round153's own left out).
Position 1 is left out; round152 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round153 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1537 = "1537_technion_course_syllabus_page_copied_text_hebrew_reading_plan_nlp_pretraining.txt"
F1538 = "1538_tencent_gongfeng_git_code_readme_markdown_chinese_awesome_list_llm_agents_and_tools.md"
F1539 = "1539_active_mail_webmail_forward_eml_iso_2022_jp_and_base64_japanese_fml_list_post_efficient_attention.eml"
F1540 = "1540_ikee_auth_diploma_thesis_references_copied_from_pdf_greek_vision_transformers_and_detection.txt"
F1541 = "1541_jenni_ai_library_bibtex_export_ukrainian_coursework_self_supervised_learning.bib"
F1542 = "1542_avalform_form_responses_csv_export_persian_journal_club_diffusion_and_generative.csv"
F1543 = "1543_whaller_sphere_conversation_export_txt_french_lab_peft_and_serving.txt"
F1544 = "1544_thaiadmin_smf_forum_thread_copied_text_thai_decoding_speech_and_evaluation.txt"
F1545 = "1545_emailchef_newsletter_web_version_saved_html_italian_ai_for_science_and_theory.html"
F1546 = "1546_negative_maayboli_blog_post_with_comments_copied_text_marathi_self_taught_ml_no_papers.txt"
data = {
 F1537: [("1409.3215", L), ("1706.03762", L), ("1810.04805", L), ("2003.10555", L), ("1907.11692", X),
         ("1906.08237", T), ("1801.06146", T), ("1911.02116", T)],
 F1538: [("2310.06770", O), ("2303.11366", L), ("2302.04761", L), ("2305.16291", L), ("2203.02155", X),
         ("2310.11511", T), ("2205.06175", T), ("2206.14858", T)],
 F1539: [("2103.02143", O), ("2009.14794", O), ("1901.02860", L), ("2307.08691", L), ("2007.14062", X),
         ("2005.00743", T), ("2307.08621", T), ("2002.09402", T)],
 F1540: [("2010.11929", O), ("2103.14030", L), ("2201.03545", L), ("2106.04560", X), ("2012.07177", X),
         ("2104.00298", T), ("2010.04159", T), ("2103.14586", T)],
 F1541: [("2006.05576", O), ("2002.05709", L), ("2104.14294", L), ("1807.03748", L), ("2304.07193", X),
         ("2011.10566", T), ("2103.13646", T), ("2004.07780", T)],
 F1542: [("2010.02502", O), ("2403.03206", L), ("2207.12598", L), ("1406.2661", L), ("2105.05233", X),
         ("2106.05931", T), ("2303.11328", T), ("1503.03585", T)],
 F1543: [("2110.04366", O), ("2303.10512", L), ("2309.06180", L), ("2106.10199", X),
         ("2205.05638", T), ("2103.10385", T), ("2006.16668", T), ("2006.03654", T)],
 F1544: [("2306.15595", L), ("1904.09751", L), ("2301.12597", L), ("1711.05101", L), ("2010.00904", X),
         (CTC, T), ("2206.04615", T), ("2103.14625", T)],
 F1545: [("2010.08895", L), ("2106.05234", L), ("2010.00554", L), ("2103.14167", L), ("2111.04263", X),
         ("2101.01761", T), ("2010.08515", T), ("2103.14146", T)],
 F1546: [],
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
