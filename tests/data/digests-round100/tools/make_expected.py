#!/usr/bin/env python3
"""Writes round100/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL, a BibTeX `eprint` included), T = title-only. Titles are the catalogue titles, which every digest
writes in full (escaping, wrapping, quoted-printable and the file's encoding may differ; see README). The same table is
each builder's KEYS.

Papers (round98's rule with round100 / round101 in place of round98 / round99): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round100's and round101's own left out).
Position 1 is left out; round100 takes every even position from 2 to 144 in one run, 72 papers, 8 per positive
(round101 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
GPT2 = "Language Models are Unsupervised Multitask Learners"
AGZ = "Mastering the game of Go without human knowledge"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1017 = "1017_guia_docente_pdftotext_layout_spanish_master_course_mt_decoding_and_retrieval.txt"
F1018 = "1018_github_gist_page_copied_text_with_comments_russian_awesome_table_efficient_attention.txt"
F1019 = "1019_claws_mail_forward_eml_iso_8859_9_quoted_printable_turkish_note_arxiv_listing_llm_agents.eml"
F1020 = "1020_korean_masters_thesis_chamgo_munheon_pdftotext_vision_transformers_and_backbones.txt"
F1021 = "1021_inspire_hep_bibtex_mixed_references_bib_italian_comments_memory_recurrence_and_state_spaces.bib"
F1022 = "1022_excel_csv_shift_jis_cp932_japanese_lab_rinko_sheet_continual_automl_and_representation.csv"
F1023 = "1023_hsoub_io_community_thread_copied_text_arabic_llm_scaling_and_quantization.txt"
F1024 = "1024_groups_io_newsletter_eml_quoted_printable_hindi_pretrained_lms_and_finetuning.eml"
F1025 = "1025_tencent_cloud_developer_community_article_saved_html_chinese_diffusion_and_multimodal.html"
F1026 = "1026_negative_blockdit_post_copied_text_thai_ai_learning_resources_no_papers.txt"
data = {
 F1017: [("1409.3215", L), ("1508.07909", L), ("2008.07905", O), ("1904.09751", X),
         ("2002.08909", T), ("1910.03771", T), ("2207.05221", T), ("2004.07780", T)],
 F1018: [("1904.10509", L), ("2006.04768", L), ("2011.04006", O), ("2009.14794", O), ("2005.00743", X),
         ("2006.03236", T), ("2004.05150", T), ("2103.02143", T)],
 F1019: [("2310.11511", L), ("2303.11366", L), ("2304.03442", L), ("2310.06770", O), ("2305.16291", X),
         ("2302.04761", T), ("2205.06175", T), ("2106.02039", T)],
 F1020: [("2201.03545", L), ("2106.04560", L), ("2010.11929", O), ("2103.14030", X), ("2106.10270", X),
         (ALEXNET, T), ("2103.14586", T), ("2010.08515", T)],
 F1021: [("2312.00752", L), ("2307.08621", L), ("2105.06548", O), ("1706.03762", X), ("1901.02860", X),
         ("2008.07669", T), ("2310.08560", T), ("2002.09402", T)],
 F1022: [("1807.03748", L), ("2012.07177", L), ("2006.05576", O), ("2101.01761", X),
         ("2103.09762", T), ("2101.08809", T), ("2103.14339", T), (AGZ, T)],
 F1023: [("2210.17323", L), ("2208.07339", L), ("1710.03740", O), ("2307.09288", X),
         (GPT2, T), ("2204.02311", T), ("2206.14858", T), ("2203.02155", T)],
 F1024: [("1907.11692", L), ("1911.02116", L), ("2110.04366", O), ("2303.10512", X),
         ("2010.06040", T), ("2012.08561", T), ("1801.06146", T), ("1906.08237", T)],
 F1025: [("2112.10752", L), ("2403.03206", L), ("2103.00020", L), ("2303.11328", L), ("2211.09800", X),
         ("2106.05931", T), ("2106.13884", T), ("2002.05709", T)],
 F1026: [],
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
