#!/usr/bin/env python3
"""Writes round160/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum or pdf URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full. The same table is
each builder's KEYS.

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json (byte-identical files counted once; round160's and round161's own left out).
Position 1 is left out; round160 takes every even position from 4 to 146 in one run, 72 papers, 8 per positive
(round161 takes the odd ones).

DEVIATIONS (titles written otherwise than the catalogue writes them): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F1617 = "1617_ubb_cluj_fisa_disciplinei_copied_from_pdf_romanian_sequence_models_course.txt"
F1618 = "1618_git_wur_nl_gitlab_readme_markdown_dutch_awesome_list_pretrained_language_models.md"
F1619 = "1619_netvigator_webmail_forward_base64_big5_chinese_mailman_digest_efficient_transformers.eml"
F1620 = "1620_sofia_university_diplomna_rabota_literatura_copied_from_pdf_bulgarian_vision_transformers_and_detection.txt"
F1621 = "1621_finna_favourites_ris_export_finnish_self_supervised_vision.ris"
F1622 = "1622_ganttic_tasks_csv_export_semicolon_estonian_parameter_efficient_finetuning.csv"
F1623 = "1623_groupme_data_export_message_json_spanish_lab_llm_agents.json"
F1624 = "1624_ubuntu_it_forum_phpbb_thread_copied_text_italian_diffusion_and_sampling.txt"
F1625 = "1625_agillic_newsletter_web_version_saved_html_danish_ai_for_science_and_evaluation.html"
F1626 = "1626_negative_dennik_n_blog_post_with_comments_copied_text_slovak_teacher_chatbots_no_papers.txt"
data = {
 F1617: [("1409.0473", L), ("1409.3215", L), ("1706.03762", L), ("1810.04805", L), ("1410.5401", X),
         (BACKPROP, T), (LSTM, T), (CTC, T)],
 F1618: [("1701.06538", O), ("1907.11692", L), ("1911.02116", L), ("2205.01068", L), ("1906.08237", X),
         ("2006.03654", T), ("1801.06146", T), ("1909.08053", T)],
 F1619: [("2004.11886", L), ("2103.02143", L), ("2009.14794", L), ("2007.14062", L), ("1901.02860", X),
         ("2010.06891", T), ("2005.00743", T), ("2002.09402", T)],
 F1620: [("2103.14030", L), ("2201.03545", L), ("2010.04159", L), ("2106.04560", X),
         ("2010.11929", T), ("2103.14167", T), ("2012.07177", T), ("2103.14586", T)],
 F1621: [("2111.06377", L), ("1911.05722", L), ("2002.05709", L), ("2304.07193", L), ("1807.03748", X),
         ("2006.05576", T), ("2103.13646", T), ("2101.01761", T)],
 F1622: [("2106.09685", L), ("2305.14314", L), ("2303.10512", L), ("2101.00190", L), ("1711.05101", X),
         ("1902.00751", T), ("2110.04366", T), ("2106.10199", T)],
 F1623: [("2310.06770", O), ("2302.04761", L), ("2303.11366", L), ("2310.11511", L), ("2203.02155", X),
         ("2305.16291", T), ("2205.06175", T), ("2307.03172", T)],
 F1624: [("2403.03206", L), ("2207.12598", L), ("2010.02502", L), ("2303.11328", L), ("2106.05931", X),
         ("1503.03585", T), ("2301.12597", T), ("1904.09751", T)],
 F1625: [("2010.03409", L), ("2206.14858", L), ("2307.08621", L), ("2009.03300", L), ("2010.00904", X),
         ("2206.04615", T), ("2010.08515", T), ("2004.07780", T)],
 F1626: [],
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
