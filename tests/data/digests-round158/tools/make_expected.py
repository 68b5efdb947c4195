#!/usr/bin/env python3
"""Writes round158/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round158's and round159's own left out).
Position 1 is left out; round158 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round159 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
LENET = "Gradient-Based Learning Applied to Document Recognition"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1597 = "1597_luis_latvijas_universitate_course_description_copied_text_latvian_nlp_course_reading_plan.txt"
F1598 = "1598_gitlab_inria_fr_readme_markdown_french_awesome_list_vision_architectures_and_robustness.md"
F1599 = "1599_otenet_webmail_forward_quoted_printable_iso_8859_7_greek_note_sympa_digest_efficient_transformers.eml"
F1600 = "1600_dokuz_eylul_yuksek_lisans_tezi_kaynaklar_copied_from_pdf_turkish_change_captioning_vision.txt"
F1601 = "1601_fidus_writer_bibliography_biblatex_export_portuguese_self_supervised_vision_and_speech.bib"
F1602 = "1602_instagantt_gantt_tasks_csv_export_czech_study_group_finetuning.csv"
F1603 = "1603_bwmessenger_room_chat_export_plain_text_german_lab_llm_agents_and_alignment.txt"
F1604 = "1604_bug_hr_forum_thread_copied_text_croatian_diffusion_and_generative_models.txt"
F1605 = "1605_redlink_newsletter_web_version_saved_html_polish_ai_for_science_and_reasoning.html"
F1606 = "1606_negative_blogg_no_blog_post_with_comments_copied_text_norwegian_student_summer_job_no_papers.txt"
data = {
 F1597: [("1409.3215", L), ("1706.03762", L), ("1810.04805", L), ("2003.10555", L), ("1906.08237", X),
         ("2006.03654", T), (GLOVE, T), (GPT1, T)],
 F1598: [("2010.11929", O), ("2103.14030", L), ("2201.03545", L), ("2103.14586", L), ("2010.08515", X),
         ("2004.07780", T), ("2104.00298", T), (LENET, T)],
 F1599: [("2005.00743", L), ("2007.14062", L), ("2307.08691", L), ("2309.06180", L), ("1901.02860", X),
         ("2002.09402", T), ("2302.10866", T), ("2306.15595", T)],
 F1600: [("2012.07177", L), ("2010.04159", L), ("2301.12597", L), ("2103.14146", X),
         ("2103.14167", T), ("2007.01434", T), ("2103.14625", T), ("1904.09751", T)],
 F1601: [("2002.05709", L), ("2104.14294", L), ("2304.07193", L), ("2011.10566", L), ("2106.07447", X),
         ("2103.13646", T), (CTC, T), ("2101.01761", T)],
 F1602: [("2110.04366", O), ("2303.10512", L), ("2106.10199", L), ("2205.05638", L), ("1711.05101", X),
         ("2103.10385", T), ("1801.06146", T), ("1911.02116", T)],
 F1603: [("2302.04761", L), ("2305.16291", L), ("2302.13971", L), ("2203.02155", X),
         ("2205.06175", T), ("2005.14165", T), ("2006.16668", T), ("2306.05685", T)],
 F1604: [("2010.02502", L), ("2105.05233", L), ("2207.12598", L), ("2303.11328", L), ("1907.05600", X),
         ("1503.03585", T), ("2204.06125", T), ("1406.2661", T)],
 F1605: [("2010.08895", L), ("2106.05234", L), ("2206.14858", L), ("2010.00554", X),
         ("2206.04615", T), (ALPHAFOLD, T), ("2111.04263", T), ("2010.00904", T)],
 F1606: [],
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
