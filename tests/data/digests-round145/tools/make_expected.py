#!/usr/bin/env python3
"""Writes round145/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping may
differ; see README). The same table is each builder's KEYS.

Papers (round143's rule with round144 / round145 in place of round142 / round143): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round144's and round145's own left out).
Position 1 is left out; round145 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round144 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1467 = "1467_textlint_stylish_report_over_rinko_reading_list_markdown_japanese_agents_and_multimodal.txt"
F1468 = "1468_languagetool_http_api_v2_check_json_via_curl_and_jq_ukrainian_newsletter_llms.txt"
F1469 = "1469_mit_gnu_scheme_repl_session_association_list_vietnamese_self_supervised_and_classics.txt"
F1470 = "1470_argo_workflows_cli_list_get_logs_weekly_digest_workflow_korean_llm_systems.txt"
F1471 = "1471_commafeed_rest_api_category_entries_json_arabic_feed_reader_diffusion_models.txt"
F1472 = "1472_mineru_magic_pdf_content_list_json_chinese_seminar_handout_efficient_attention_content_list.json"
F1473 = "1473_weblate_rest_api_translation_units_json_greek_newsletter_translation_nlp.txt"
F1474 = "1474_kanbn_board_index_and_task_files_head_output_hindi_vision_backbones_reading.txt"
F1475 = "1475_victorialogs_logsql_queries_via_curl_json_lines_thai_reading_bot_rl_and_automl.txt"
F1476 = "1476_negative_saltstack_state_apply_highstate_output_georgian_ml_course_minions_no_papers.txt"
data = {
 F1467: [("2308.03688", L), ("2304.03442", L), ("2304.08485", L), ("2204.14198", L), ("2307.15043", X),
         ("2103.00020", T), ("2204.01691", T), ("2308.04079", T)],
 F1468: [("2201.11903", O), ("2203.15556", L), ("2307.09288", L), ("2306.11644", L), ("2206.07682", X),
         ("2303.18223", T), ("2207.05221", T), (GPT2, T)],
 F1469: [("2006.07733", L), ("2103.03230", L), ("2010.04592", L), ("2103.09762", L), ("2011.04419", X),
         ("2006.05929", T), (GLOROT, T), (DBN, T)],
 F1470: [("1910.02054", L), ("2205.14135", L), ("2210.17323", L), ("2402.09353", L), ("2208.07339", X),
         ("2211.17192", T), ("2104.08691", T), ("2004.05150", T)],
 F1471: [("2006.11239", L), ("2112.10752", L), ("2302.05543", L), ("2303.01469", L), ("2208.01618", X),
         ("2208.12242", T), ("2211.09800", T), ("2009.09761", T)],
 F1472: [("2111.00396", O), ("2011.04006", O), ("2006.04768", L), ("1904.10509", L), ("2008.07669", X),
         ("2006.16236", T), ("2202.10447", T), ("2103.14636", T)],
 F1473: [("2008.07905", O), ("2010.06040", O), ("1910.13461", L), ("1910.10683", L), ("1301.3781", X),
         ("1802.05365", T), ("2006.03236", T), ("1910.03771", T)],
 F1474: [("2011.06182", O), ("1512.03385", L), ("2106.08254", L), ("1502.01852", X),
         ("1912.11370", T), ("1905.11946", T), ("2106.10270", T), (ALEXNET, T)],
 F1475: [("2006.05990", L), ("2106.01345", L), ("2006.03656", L), ("2101.03958", X), ("2011.03459", X),
         ("2103.13462", T), ("2103.14338", T), ("2004.10102", T)],
 F1476: [],
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
