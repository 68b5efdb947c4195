#!/usr/bin/env python3
"""Writes round131/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping may
differ; see README). The same table is each builder's KEYS.

Papers (round129's rule with round130 / round131 in place of round128 / round129): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round130's and round131's own left out).
Position 1 is left out; round131 takes every odd position from 3 to 145 in one run, 72 papers, 8 per positive
(round130 takes the even positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GPT2 = "Language Models are Unsupervised Multitask Learners"
ALPHAGO0 = "Mastering the game of Go without human knowledge"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1327 = "1327_transmission_show_torrent_paper_pack_multiline_comment_and_magnet_russian_vision_backbones_and_training.txt"
F1328 = "1328_matomo_reporting_api_bulk_request_page_titles_outlinks_site_search_json_brazilian_portuguese_llm_agents.json"
F1329 = "1329_pickletools_disassembly_protocol_4_reading_cache_pickle_korean_nlp_pretraining.txt"
F1330 = "1330_shiori_print_bookmark_manager_cli_plain_and_json_turkish_rl_and_classic_deep_learning.txt"
F1331 = "1331_tshark_verbose_http_json_dissection_loopback_capture_persian_llm_efficiency_reading_app.txt"
F1332 = "1332_floccus_xbel_bookmarks_file_webdav_sync_hebrew_self_supervised_and_vision_language.xbel"
F1333 = "1333_pyserini_lucenesearcher_python_repl_bm25_session_traditional_chinese_efficient_attention_index.txt"
F1334 = "1334_basket_note_pads_basket_xml_link_notes_czech_diffusion_models_board.basket"
F1335 = "1335_parquet_tools_inspect_and_show_psql_tables_thai_state_spaces_and_continual_learning.txt"
F1336 = "1336_negative_zeek_http_log_header_and_zeek_cut_session_greek_lab_mirror_traffic_no_papers.txt"
data = {
 F1327: [("1512.03385", L), ("1502.01852", L), ("1905.11946", L), ("2011.06182", O), ("1912.11370", X),
         (ALEXNET, T), ("2106.10270", T), ("2308.04079", T)],
 F1328: [("2303.18223", L), ("2304.03442", L), ("2201.11903", O), ("2308.03688", X),
         (GPT2, T), ("2206.07682", T), ("2207.05221", T), ("2310.08560", T)],
 F1329: [("1910.13461", L), ("1802.05365", L), ("2008.07905", O), ("2010.06040", O), ("1301.3781", X),
         ("1910.10683", T), ("2011.03459", T), ("2307.15043", T)],
 F1330: [("2006.05990", L), ("2106.01345", L), ("2204.01691", L), ("2101.03958", X),
         (ALPHAGO0, T), (GLOROT, T), (DBN, T), ("2103.13462", T)],
 F1331: [("1910.02054", L), ("2402.09353", L), ("2210.17323", L), ("1710.03740", O), ("2211.17192", X),
         ("2208.07339", T), ("2307.09288", T), ("1910.03771", T)],
 F1332: [("2103.03230", L), ("2006.07733", L), ("2103.00020", L), ("2304.08485", L), ("2106.08254", X),
         ("2010.04592", T), ("2204.14198", T), ("2106.13884", T)],
 F1333: [("2004.05150", L), ("2006.04768", L), ("2011.04006", O), ("2205.14135", L), ("2004.10102", X),
         ("2103.14636", T), ("1904.10509", T), ("2006.03236", T)],
 F1334: [("2302.05543", L), ("2006.11239", L), ("2112.10752", L), ("2303.01469", L), ("2208.01618", X),
         ("2208.12242", T), ("2211.09800", T), ("2009.09761", T)],
 F1335: [("2312.00752", L), ("2111.00396", O), ("2006.05929", L), ("2103.09762", L), ("2006.03656", X),
         ("2008.07669", T), ("2103.14338", T), ("2103.14339", T)],
 F1336: [],
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
