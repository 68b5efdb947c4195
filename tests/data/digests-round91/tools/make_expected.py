#!/usr/bin/env python3
"""Writes round91/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping may
differ; see README). The same table is each builder's KEYS.

Papers (round89's rule with round90 / round91 in place of round88 / round89): the candidates are the catalogue papers
(not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round90's and round91's own left out).
Position 1 is left out; round91 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round90 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GPT2 = "Language Models are Unsupervised Multitask Learners"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F927 = "927_apache_hive_beeline_session_chinese_data_platform_reading_table_llm_training_and_inference_systems.txt"
F928 = "928_drafts_app_json_export_hebrew_phone_notes_self_supervised_and_transfer_learning.json"
F929 = "929_pocketbase_records_list_api_json_hindi_lab_reading_app_llm_abilities_alignment_and_agents.json"
F930 = "930_zola_content_page_toml_front_matter_ukrainian_blog_efficient_attention_and_long_sequences.md"
F931 = "931_scrivener_3_scrivx_project_binder_spanish_thesis_diffusion_and_controllable_generation.scrivx"
F932 = "932_google_meet_recording_chat_sbv_turkish_reading_group_multimodal_embodied_and_3d.sbv"
F933 = "933_mantisbt_csv_export_bom_crlf_polish_seminar_tracker_vision_classics_and_training.csv"
F934 = "934_pm2_logs_nostream_output_korean_reading_queue_app_peft_nmt_automl_and_continual.log"
F935 = "935_bsd_mailx_session_japanese_lab_server_mailbox_nlp_pretraining_classics.txt"
F936 = "936_negative_ms_project_mspdi_xml_arabic_thesis_plan_literature_review_tasks.xml"
data = {
 F927: [("2205.14135", L), ("1910.02054", L), ("2210.17323", L), ("2101.03961", X), ("2211.17192", X),
        ("2203.15556", T), ("2208.07339", T), ("2306.11644", T)],
 F928: [("2006.07733", L), ("2106.08254", L), ("2011.06182", O), ("2103.03230", X),
        ("2010.04592", T), ("2011.04419", T), ("1912.11370", T), ("2106.10270", T)],
 F929: [("2201.11903", O), ("2308.03688", L), ("2307.09288", L), ("2304.03442", L), ("2303.18223", X),
        ("2206.07682", T), ("2207.05221", T), ("2307.15043", T)],
 F930: [("2111.00396", O), ("2011.04006", O), ("2006.04768", L), ("1904.10509", L), ("2006.16236", X),
        ("2202.10447", T), ("2103.14636", T), ("2008.07669", T)],
 F931: [("2302.05543", L), ("2208.12242", L), ("2211.09800", L), ("2112.10752", X), ("2006.11239", X),
        ("2208.01618", T), ("2303.01469", T), ("2009.09761", T)],
 F932: [("2103.00020", L), ("2304.08485", L), ("2308.04079", L), ("2204.01691", L), ("2106.01345", X),
        ("2204.14198", T), ("2103.14338", T), ("2006.05990", T)],
 F933: [("1512.03385", L), ("1905.11946", L), ("2006.05929", L), ("1502.01852", X), ("2103.13462", X),
        (GLOROT, T), (DBN, T), (ALEXNET, T)],
 F934: [("2104.08691", L), ("2008.07905", O), ("2011.03459", L), ("2103.09762", L), ("2402.09353", X),
        ("2004.10102", T), ("2006.03656", T), ("2101.03958", T)],
 F935: [("1910.13461", L), ("2010.06040", O), ("1910.03771", L), ("1910.10683", X), ("1301.3781", X),
        (GPT2, T), ("1802.05365", T), ("2006.03236", T)],
 F936: [],
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
