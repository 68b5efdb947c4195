#!/usr/bin/env python3
"""Writes round146/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (letter case and
line breaks may differ; see README). The same table is each builder's KEYS.

Papers (round144's rule with round146 / round147 in place of round144 / round145): the candidates are the catalogue
papers (not distractors) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round146's and round147's own left out).
Position 1 is left out; round146 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round147 takes the odd positions).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1477 = "1477_aws_codecatalyst_source_repository_readme_markdown_japanese_awesome_list_diffusion_and_generative.md"
F1478 = "1478_atlas_cz_webmail_forward_eml_quoted_printable_czech_note_jiscmail_listserv_digest_llm_agents.eml"
F1479 = "1479_savitribai_phule_pune_university_marathi_thesis_references_copied_from_pdf_nlp_pretraining.txt"
F1480 = "1480_periodicos_capes_meu_espaco_ris_export_portuguese_tags_and_notes_vision_backbones.ris"
F1481 = "1481_porsline_survey_responses_csv_export_jalali_dates_persian_reading_group_peft_and_llms.csv"
F1482 = "1482_brity_messenger_chat_room_export_txt_korean_study_group_self_supervised_and_speech.txt"
F1483 = "1483_kaldata_forum_topic_copied_text_bulgarian_thread_efficient_attention_and_memory.txt"
F1484 = "1484_pulseem_newsletter_web_version_saved_html_hebrew_llm_systems_and_retrieval.html"
F1485 = "1485_blognone_member_blog_post_with_comments_copied_text_thai_transformers_beyond_nlp.txt"
F1486 = "1486_negative_tutor_lms_course_page_copied_text_turkish_summer_school_syllabus_no_papers.txt"
data = {
 F1477: [("2010.02502", O), ("2403.03206", L), ("2303.11328", L), ("2105.05233", L), ("2106.05931", X),
         ("2207.12598", T), ("1503.03585", T), ("2301.12597", T)],
 F1478: [("2310.06770", O), ("2303.11366", L), ("2302.04761", L), ("2305.16291", L), ("2203.02155", X),
         ("2205.06175", T), ("2009.03300", T), ("2206.04615", T)],
 F1479: [("1906.08237", L), ("2006.03654", L), ("1911.02116", X), ("1907.11692", X),
         ("1810.04805", T), ("1801.06146", T), ("2003.10555", T), ("1706.03762", T)],
 F1480: [("2111.06377", L), ("2103.14030", L), ("2010.04159", L), ("2010.11929", L), ("2012.07177", X),
         ("2201.03545", T), ("2106.04560", T), ("2103.14167", T)],
 F1481: [("2110.04366", O), ("1902.00751", L), ("2305.14314", L), ("2303.10512", L), ("2101.00190", X),
         ("2106.10199", T), ("2205.01068", T), ("1909.08053", T)],
 F1482: [("2103.13646", O), ("2002.05709", L), ("1911.05722", L), ("2304.07193", L), ("1807.03748", X),
         ("2006.05576", T), ("2004.07780", T), (CTC, T)],
 F1483: [("2010.06891", O), ("2009.14794", L), ("2307.08621", L), ("1901.02860", L), ("2103.02143", X),
         ("2007.14062", T), ("1410.5401", T), ("2002.09402", T)],
 F1484: [("1701.06538", O), ("2310.11511", L), ("2309.06180", L), ("2206.14858", L), ("2010.00904", X),
         ("1409.3215", T), ("1409.0473", T), ("1904.09751", T)],
 F1485: [("2106.05234", L), ("2103.14625", L), ("2005.00743", L), ("2103.14586", X),
         ("2101.01761", T), ("1711.05101", T), ("2010.08515", T), ("2103.14146", T)],
 F1486: [],
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
