#!/usr/bin/env python3
"""Writes round155/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round154's and round155's own left out).
Position 1 is left out; round155 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round154 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
AGZ = "Mastering the game of Go without human knowledge"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1567 = "1567_mailpit_api_v1_messages_curl_jq_czech_reading_list_test_mails_efficient_attention.txt"
F1568 = "1568_librey_metasearch_json_api_curl_greek_student_diffusion_generative_models.txt"
F1569 = "1569_links2_text_browser_dump_hindi_course_page_parameter_efficient_tuning.txt"
F1570 = "1570_nashorn_jjs_javascript_repl_chinese_lab_reading_list_large_language_models.txt"
F1571 = "1571_harelba_q_text_as_data_sql_over_csv_russian_reading_sheet_nlp_classics.txt"
F1572 = "1572_rdfa_lite_schema_org_scholarly_article_html_korean_lab_page_vision_models.html"
F1573 = "1573_mylifeorganized_xml_export_hebrew_reading_tasks_llm_agents_and_systems.xml"
F1574 = "1574_diaro_diary_app_xml_backup_arabic_research_diary_self_supervised_learning.xml"
F1575 = "1575_vym_view_your_mind_map_xml_thai_mind_map_rl_and_optimisation.xml"
F1576 = "1576_negative_chicken_scheme_csi_repl_turkish_course_schedule_no_papers.txt"
data = {
 F1567: [("2011.04006", O), ("2008.07905", O), ("2006.16236", L), ("2006.04768", L), ("2001.04451", X),
         ("2004.05150", T), ("2312.00752", T), ("2202.10447", T)],
 F1568: [("2011.13456", O), ("2112.10752", L), ("2302.05543", L), ("2307.01952", X),
         ("2208.01618", T), ("2211.09800", T), ("2308.04079", T), ("2010.02014", T)],
 F1569: [("2104.08691", L), ("2208.07339", L), ("1908.10084", L), ("1910.03771", X),
         ("2101.08809", T), ("2004.10102", L), ("1710.03740", T), ("2012.08561", T)],
 F1570: [("2204.02311", L), ("2307.09288", L), ("2303.18223", L), ("2001.08361", L), ("2203.15556", X),
         ("2306.11644", T), ("2207.05221", T), (GPT2, T)],
 F1571: [("2101.03961", L), ("1910.02054", L), ("1910.13461", L), ("2106.08254", L), ("1508.07909", X),
         (ALEXNET, T), (GLOROT, T), (DBN, T)],
 F1572: [("2103.00020", L), ("2102.05918", L), ("2106.13884", L), ("2304.02643", X),
         ("2106.10270", T), ("2103.03230", T), ("2004.08955", T), ("2011.04419", T)],
 F1573: [("2210.03629", O), ("2308.03688", L), ("2307.15043", L), ("2304.03442", L), ("2310.08560", X),
         ("2304.08485", T), ("2307.15818", T), ("2103.09762", T)],
 F1574: [("2010.06040", O), ("2108.04392", L), ("2006.05990", L), ("2004.11362", X),
         ("2006.06882", T), ("2303.15343", T), ("2103.13462", T), ("2103.14339", L)],
 F1575: [("2105.06548", O), ("2010.01412", L), ("2106.02039", L), ("2006.03656", X),
         (AGZ, T), ("2008.07669", T), ("2006.14536", T), ("2103.14636", T)],
 F1576: [],
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
