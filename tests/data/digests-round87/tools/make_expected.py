#!/usr/bin/env python3
"""Writes round87/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (wrapping and
escaping may differ; see README). The same table is each builder's KEYS.

Papers (round85's rule with round86 / round87 in place of round84 / round85): the candidates are the catalogue papers
(not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round86's and round87's own left out).
Position 1 is left out; round87 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round86 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GPT2 = "Language Models are Unsupervised Multitask Learners"
ALPHAGOZERO = "Mastering the game of Go without human knowledge"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F887 = "887_oracle_sqlplus_spool_file_ukrainian_db_lab_reading_table_nlp_pretraining.lst"
F888 = "888_kintone_rest_api_records_json_japanese_team_paper_app_efficient_finetuning_and_tooling.json"
F889 = "889_plurk_api_get_plurks_json_traditional_chinese_timeline_image_generation_and_vision_language.json"
F890 = "890_qdrant_points_search_response_jq_korean_lab_rag_index_llm_agents_and_retrieval.json"
F891 = "891_singlefile_saved_page_html_polish_seminar_schedule_ssl_robustness_and_rl.html"
F892 = "892_bigbluebutton_public_chat_save_txt_german_reading_circle_efficient_attention.txt"
F893 = "893_buku_bookmark_manager_tag_search_output_spanish_vision_backbones.txt"
F894 = "894_ollama_run_cli_session_persian_sequence_models_history.txt"
F895 = "895_heroku_logs_output_hindi_telegram_digest_bot_large_language_models.log"
F896 = "896_negative_nushell_session_turkish_reading_group_folder_and_schedule.txt"
data = {
 F887: [("1810.04805", L), ("1907.11692", L), ("2010.06040", O), ("1906.08237", X), ("2012.08561", X),
        ("1801.06146", T), ("1911.02116", T), ("1508.07909", T)],
 F888: [("2208.07339", L), ("2303.10512", L), ("2110.04366", O), ("2106.10199", X), ("1710.03740", T),
        ("2101.08809", T), ("2101.01761", T), ("1910.03771", T)],
 F889: [("2211.09800", L), ("2403.03206", L), ("2103.00020", L), ("2301.12597", L), ("2207.12598", X),
        ("2106.05931", T), ("2303.11328", T), ("2106.13884", T)],
 F890: [("2302.04761", L), ("2310.11511", L), ("2305.16291", L), ("2310.06770", O), ("2002.08909", X),
        ("2310.08560", T), ("2303.11366", T), ("2010.00904", T)],
 F891: [("2002.05709", L), ("1807.03748", L), ("2205.06175", L), ("2006.05576", O), ("2004.07780", X),
        (ALPHAGOZERO, T), ("2010.08515", T), ("2103.14339", T)],
 F892: [("2006.04768", L), ("2004.05150", L), ("1901.02860", L), ("2009.14794", O), ("2007.14062", X),
        ("2011.04006", T), ("2103.02143", T), ("2005.00743", T)],
 F893: [("2201.03545", L), ("2103.14030", L), ("2103.14167", L), ("2010.11929", O), ("2012.07177", X),
        (ALEXNET, T), ("2106.04560", T), ("2103.14586", T)],
 F894: [("2312.00752", L), ("1706.03762", L), ("2105.06548", O), ("2307.08621", X), ("1409.3215", T),
        (CTC, T), ("2002.09402", T), ("2106.02039", T)],
 F895: [("2307.09288", L), ("2204.02311", L), ("2203.02155", L), ("2206.04615", L), ("2206.14858", X),
        (GPT2, T), ("2207.05221", T), ("1904.09751", T)],
 F896: [],
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
