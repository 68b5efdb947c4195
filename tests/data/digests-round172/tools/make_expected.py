#!/usr/bin/env python3
"""Writes round172/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round172's and round173's own left out).
Position 1 is left out; round172 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round173 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
LENET = "Gradient-Based Learning Applied to Document Recognition"
GLOVE = "GloVe: Global Vectors for Word Representation"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1737 = "1737_mayan_edms_rest_api_documents_curl_jq_swedish_lab_archive_robustness_theory_and_science.txt"
F1738 = "1738_hexapdf_info_pdf_metadata_session_japanese_reading_folder_efficient_attention_and_long_context.txt"
F1739 = "1739_codebraid_pandoc_markdown_source_portuguese_dissertation_notes_peft_and_training.md"
F1740 = "1740_mcabber_xmpp_client_history_file_czech_chat_with_colleague_llm_agents_and_tools.txt"
F1741 = "1741_opera_hotlist_adr_bookmarks_file_polish_vision_backbones_and_detection.adr"
F1742 = "1742_quickstatements_v1_wikidata_batch_finnish_wikicite_volunteer_nlp_pretraining.txt"
F1743 = "1743_twig_template_lab_website_spanish_reading_group_page_diffusion_models.html.twig"
F1744 = "1744_novelwriter_nwd_document_ukrainian_popular_science_book_chapter_generation_and_multimodal.nwd"
F1745 = "1745_wikkawiki_page_source_vietnamese_lab_wiki_self_supervised_and_speech.txt"
F1746 = "1746_negative_bartib_time_tracker_activity_file_turkish_lab_engineer_no_papers.bartib"
data = {
 F1737: [("2004.07780", L), ("2103.14586", L), ("2010.08515", L), ("2010.08895", L), ("2010.00554", X),
         ("2106.05234", T), ("2111.04263", T), (ALPHAFOLD, T)],
 F1738: [("1706.03762", L), ("2007.14062", L), ("2309.06180", L), ("2002.09402", O), ("1901.02860", X),
         ("2005.00743", T), ("2306.15595", T), ("2307.08691", T)],
 F1739: [("2303.10512", L), ("2106.10199", L), ("2205.05638", L), ("2103.10385", L), ("2110.04366", X),
         ("1801.06146", T), ("2101.01761", T), ("1711.05101", T)],
 F1740: [("2310.06770", L), ("2302.04761", L), ("2305.16291", L), ("2310.11511", L), ("2205.06175", X),
         ("2010.00904", T), ("2206.14858", T), ("2206.04615", T)],
 F1741: [("2103.14030", L), ("2201.03545", L), ("2010.04159", L), ("2106.04560", X),
         ("2010.11929", T), ("2104.00298", T), ("2012.07177", T), (LENET, T)],
 F1742: [("1810.04805", L), ("1906.08237", L), ("2003.10555", L), ("1911.02116", X),
         ("1409.3215", T), ("2006.03654", T), ("2006.16668", T), (GLOVE, T)],
 F1743: [("1503.03585", L), ("2105.05233", L), ("2207.12598", L), ("2403.03206", L), ("1907.05600", X),
         ("2106.05931", T), ("2204.06125", T), ("2010.02502", T)],
 F1744: [("1406.2661", L), ("2203.02155", L), ("2301.12597", L), ("1904.09751", L), ("2303.11328", X),
         ("2103.14625", T), ("2103.14167", T), ("2103.14146", T)],
 F1745: [("2002.05709", L), ("2104.14294", L), ("2304.07193", L), ("2103.13646", O), ("2011.10566", X),
         ("2006.05576", T), ("2106.07447", T), (CTC, T)],
 F1746: [],
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
