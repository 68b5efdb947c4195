#!/usr/bin/env python3
"""Writes round116/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping and
BibTeX case-protecting braces may differ; see README). The same table is each builder's KEYS.

Papers (round115's rule with round116 / round117 in place of round114 / round115): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round116's and round117's own left out).
Position 1 is left out; round116 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round117 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GPT2 = "Language Models are Unsupervised Multitask Learners"
AGZ = "Mastering the game of Go without human knowledge"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1177 = "1177_scholar_inbox_digest_email_forwarded_german_reading_circle_llms_and_agents.eml"
F1178 = "1178_ieeetran_reference_list_pdftotext_portuguese_dissertation_vision_backbones_and_ssl.txt"
F1179 = "1179_better_bibtex_export_arabic_annotes_efficient_transformers.bib"
F1180 = "1180_seatable_base_csv_export_hindi_reading_tracker_efficient_inference_and_finetuning.csv"
F1181 = "1181_icq_group_chat_history_export_russian_state_spaces_and_rl.txt"
F1182 = "1182_okwave_qa_thread_html_japanese_vision_language_and_classic_vision.html"
F1183 = "1183_getresponse_newsletter_html_polish_nlp_pretraining_issue.html"
F1184 = "1184_overblog_blog_post_html_french_diffusion_reading_list.html"
F1185 = "1185_chaoxing_xuexitong_course_plan_html_chinese_automl_and_analysis_seminar.html"
F1186 = "1186_negative_shields_badge_awesome_list_markdown_korean_nlp_tools_no_papers.md"
data = {
 F1177: [("2201.11903", O), ("2303.18223", L), ("2308.03688", L), ("2304.03442", L), ("2310.08560", X),
         ("2307.09288", T), ("2204.02311", T), ("2204.01691", T)],
 F1178: [("2103.03230", L), ("2006.07733", L), ("2106.08254", X), ("2010.04592", X), ("1912.11370", X),
         ("1512.03385", T), ("1502.01852", T), ("1905.11946", T)],
 F1179: [("2011.04006", O), ("2105.06548", O), ("2004.05150", L), ("2205.14135", L), ("1904.10509", X),
         ("2006.04768", T), ("2103.14636", T), ("2006.03236", T)],
 F1180: [("1710.03740", O), ("2011.06182", O), ("2402.09353", L), ("2210.17323", L), ("2211.17192", X),
         ("2008.07905", T), ("2208.07339", T), ("1910.03771", T)],
 F1181: [("2111.00396", O), ("2312.00752", L), ("2106.01345", L), ("2008.07669", X), ("2101.03958", X),
         (AGZ, T), ("2103.09762", T), ("2106.02039", T)],
 F1182: [("2103.00020", L), ("2204.14198", L), ("2308.04079", L), ("2106.10270", X),
         (ALEXNET, T), (DBN, T), ("2106.13884", T), ("2103.14338", T)],
 F1183: [("2010.06040", O), ("1910.10683", L), ("1910.13461", L), ("1802.05365", X),
         (GPT2, T), ("1301.3781", T), ("1508.07909", T), ("2012.08561", T)],
 F1184: [("2006.11239", L), ("2112.10752", L), ("2302.05543", L), ("2208.12242", X), ("2303.01469", X),
         ("2208.01618", T), ("2211.09800", T), ("2009.09761", T)],
 F1185: [("2006.05929", L), ("2101.08809", L), ("2206.07682", L), ("2006.03656", X), ("2103.14339", X),
         ("2207.05221", T), ("2011.03459", T), ("2004.10102", T)],
 F1186: [],
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
