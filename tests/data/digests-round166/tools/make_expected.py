#!/usr/bin/env python3
"""Writes round166/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS. (round164's make_expected.py with round166's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round166's and round167's own left out).
Position 1 is left out; round166 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round167 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1677 = "1677_uio_emneside_pensum_laeringskrav_copied_text_norwegian_pretrained_language_models_reading_list.txt"
F1678 = "1678_gitlab_gwdg_de_readme_markdown_german_awesome_list_efficient_attention_and_memory.md"
F1679 = "1679_apollo_lv_webmail_forward_quoted_printable_utf8_latvian_mailman3_digest_llm_agents_and_tools.eml"
F1680 = "1680_debreceni_egyetem_szakdolgozat_irodalomjegyzek_copied_from_pdf_hungarian_vision_backbones_and_robustness.txt"
F1681 = "1681_teachpress_bibtex_export_slovenian_self_supervised_representation_learning.bib"
F1682 = "1682_versionone_backlog_csv_export_lithuanian_parameter_efficient_finetuning.csv"
F1683 = "1683_xabber_groupchat_export_txt_russian_llm_training_serving_and_evaluation.txt"
F1684 = "1684_benchmark_pl_forum_thread_copied_text_polish_diffusion_and_image_generation.txt"
F1685 = "1685_selzy_newsletter_web_version_saved_html_portuguese_brazil_sequences_graphs_and_detection.html"
F1686 = "1686_negative_blog_pravda_sk_blog_post_with_comments_copied_text_slovak_beekeeping_no_papers.txt"
data = {
 F1677: [("1706.03762", L), ("1810.04805", L), ("1907.11692", L), ("1906.08237", X),
         ("1801.06146", T), ("1911.02116", T), ("2003.10555", T), ("2006.03654", T)],
 F1678: [("2103.02143", O), ("2009.14794", L), ("2007.14062", L), ("1901.02860", L), ("2005.00743", X),
         ("1410.5401", T), ("2307.08621", T), ("2002.09402", T)],
 F1679: [("2310.06770", O), ("2303.11366", L), ("2302.04761", L), ("2310.11511", L), ("2205.06175", X),
         ("2305.16291", T), ("2010.00904", T), ("2206.14858", T)],
 F1680: [("2010.11929", L), ("2103.14030", L), ("2201.03545", L), ("2106.04560", X),
         ("2104.00298", T), ("2010.08515", T), ("2004.07780", T), ("2103.14586", T)],
 F1681: [("2002.05709", L), ("2104.14294", L), ("2304.07193", L), ("1807.03748", L), ("2011.10566", X),
         ("2006.05576", T), ("2103.13646", T), ("2010.00554", T)],
 F1682: [("1902.00751", L), ("2101.00190", L), ("2305.14314", L), ("2303.10512", X),
         ("2110.04366", T), ("2106.10199", T), ("2101.01761", T), ("2111.04263", T)],
 F1683: [("2205.01068", L), ("2309.06180", L), ("2306.15595", L), ("1701.06538", L), ("2203.02155", X),
         ("1904.09751", T), ("2206.04615", T), ("2103.14625", T)],
 F1684: [("2403.03206", L), ("2207.12598", L), ("2105.05233", L), ("2303.11328", L), ("2106.05931", X),
         ("1503.03585", T), ("2010.02502", T), ("2301.12597", T)],
 F1685: [("1409.3215", L), ("2012.07177", L), ("2010.04159", L), ("2106.05234", X),
         (CTC, T), ("2103.14167", T), ("2103.14146", T), ("1711.05101", T)],
 F1686: [],
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
