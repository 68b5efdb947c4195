#!/usr/bin/env python3
"""Writes round138/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (escaping may
differ; see README). The same table is each builder's KEYS.

Papers (round137's rule with round138 / round139 in place of round136 / round137): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round138's and round139's own left out).
Position 1 is left out; round138 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round139 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
AF2 = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1397 = "1397_rps_rencana_pembelajaran_semester_pdftotext_layout_indonesian_deep_learning_course.txt"
F1398 = "1398_rentry_co_raw_markdown_crlf_brazilian_portuguese_awesome_list_local_llms.md"
F1399 = "1399_google_alerts_digest_gmail_forward_eml_quoted_printable_hebrew_note_diffusion_models.eml"
F1400 = "1400_thaijo_ojs_article_page_references_copied_text_thai_pretrained_encoders.txt"
F1401 = "1401_readpaper_library_bibtex_export_chinese_notes_self_supervised_vision_and_speech.bib"
F1402 = "1402_kobotoolbox_csv_export_semicolon_quote_all_greek_reading_group_paper_proposals_vision.csv"
F1403 = "1403_daou_office_messenger_chat_save_txt_bom_crlf_korean_team_room_llm_agents_and_long_context.txt"
F1404 = "1404_dvach_2ch_hk_thread_page_copied_text_russian_local_llm_finetuning_thread.txt"
F1405 = "1405_acmailer_backnumber_page_saved_html_japanese_lab_mail_magazine_science_and_graphs.html"
F1406 = "1406_negative_loxblog_post_with_comments_saved_html_persian_reading_group_blog_no_papers.html"
data = {
 F1397: [("1406.2661", L), ("1706.03762", L), ("2201.03545", L), ("2010.11929", O), ("1711.05101", X),
         (LENET, T), ("1409.3215", T), ("2101.01761", T)],
 F1398: [("2203.02155", L), ("2309.06180", L), ("2307.08691", L), ("2306.15595", L), ("2006.16668", X),
         ("2310.11511", T), ("2302.04761", T), ("1904.09751", T)],
 F1399: [("2403.03206", L), ("2106.05931", L), ("2010.02502", O), ("2207.12598", X),
         ("2105.05233", T), ("1503.03585", T), ("1907.05600", T), ("2204.06125", T)],
 F1400: [("1810.04805", L), ("1911.02116", L), ("2006.03654", L), ("2003.10555", X),
         ("1801.06146", T), ("1906.08237", T), (GLOVE, T), ("2103.10385", T)],
 F1401: [("2002.05709", L), ("2104.14294", L), ("2006.05576", O), ("2103.13646", O), ("2304.07193", X),
         ("2011.10566", T), ("2106.07447", T), ("2010.00554", T)],
 F1402: [("2106.04560", L), ("2103.14030", L), ("2010.04159", L), ("2104.00298", L), ("2012.07177", X),
         ("2103.14167", T), ("2103.14586", T), ("2103.14146", T)],
 F1403: [("2310.06770", O), ("2305.16291", L), ("2205.06175", L), ("2007.14062", L), ("2206.14858", X),
         ("2206.04615", T), ("2002.09402", T), ("2005.00743", T)],
 F1404: [("2110.04366", O), ("2303.10512", L), ("1901.02860", L), ("2301.12597", L), ("2106.10199", X),
         ("2205.05638", T), ("2303.11328", T), ("2004.07780", T)],
 F1405: [("2010.00904", L), ("2106.05234", L), ("2010.08895", L), ("2111.04263", X),
         (CTC, T), (AF2, T), ("2103.14625", T), ("2010.08515", T)],
 F1406: [],
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
