#!/usr/bin/env python3
"""Writes round32/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, huggingface.co/papers), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id
null), X = arxiv-text, T = title-only. Titles are the catalogue titles, which every digest writes in full (some
wrapped over lines, some only after decoding: 337's quoted-printable, 339's GBK, 341's base64 parts, 342's
Windows-1252, 343's TeX). The same table is each builder's KEYS (the builders import it)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of
from alloc_keys import *

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F337 = "337_weekly_status_report_eml_quoted_printable_english_llm_inference.eml"
F338 = "338_systematic_review_screening_sheet_tsv_english_peft_methods.tsv"
F339 = "339_thesis_proposal_kaiti_baogao_word_text_gbk_chinese_self_supervised_vision.txt"
F340 = "340_graduate_admission_research_plan_pdftotext_japanese_vision_language.txt"
F341 = "341_cold_email_to_prospective_advisor_gmail_eml_korean_llm_agents.eml"
F342 = "342_paper_presentation_grade_sheet_excel_csv_spanish_nlp_course.csv"
F343 = "343_oral_exam_literature_agreement_latex_german_scalable_transformers.tex"
F344 = "344_project_scoping_note_markdown_french_industrial_digital_twin.md"
F345 = "345_panel_moderator_script_google_docs_text_portuguese_deep_learning_history.txt"
F346 = "346_negative_experiment_tracker_runs_export_csv_english_model_training.csv"
data = {
 F337: [("2208.07339", L), ("2210.17323", T), ("2211.17192", X), ("2309.06180", L), ("2306.15595", T),
        ("2307.03172", T), ("2312.00752", T), ("2111.00396", O), ("2008.07669", T), ("2006.16236", X),
        ("2306.05685", T)],
 F338: [("1902.00751", T), ("2101.00190", L), ("2104.08691", T), ("2103.10385", X), ("2106.10199", T),
        ("2110.04366", O), ("2205.05638", T), ("2303.10512", L), ("2402.09353", X), ("1801.06146", T),
        ("1910.03771", T), ("1908.10084", T), ("2103.14339", T)],
 F339: [("2004.11362", T), ("2006.05576", O), ("1911.05722", T), ("2006.07733", T), ("2011.10566", L),
        ("2103.03230", T), ("2104.14294", X), ("2111.06377", L), ("2106.08254", T), ("2304.07193", X),
        ("1807.03748", T)],
 F340: [("2102.05918", T), ("2103.00020", T), ("2106.13884", X), ("2204.14198", T), ("2301.12597", L),
        ("2303.15343", X), ("2304.08485", L), ("2103.14030", T), ("2304.02643", T), ("2106.04560", T),
        ("2106.10270", L), ("2201.03545", T)],
 F341: [("2210.03629", O), ("2302.04761", T), ("2303.11366", L), ("2304.03442", T), ("2305.16291", T),
        ("2308.03688", X), ("2310.06770", O), ("2310.08560", T), ("2310.11511", L), ("2303.18223", T),
        ("2206.07682", T), ("2207.05221", X), ("2206.04615", T)],
 F342: [(GPT1, T), (GPT2, T), ("1802.05365", T), ("1901.02860", L), ("1906.08237", T), ("1907.11692", L),
        ("1910.13461", T), ("2006.03654", X), ("2012.08561", T), ("2010.06040", O), (GLOVE, T), ("1301.3781", X),
        ("2106.07447", L)],
 F343: [("1701.06538", O), ("1909.08053", T), ("1910.02054", X), ("2006.16668", T), ("2101.03961", L),
        ("2204.02311", T), ("2205.01068", T), ("2004.05150", L), ("1904.10509", T), ("2001.04451", O),
        ("2009.14794", T), ("2007.14062", X), ("2011.04006", T)],
 F344: [("2010.08895", L), ("2010.03409", T), ("2106.05234", T), ("2111.04263", X), ("2007.01434", T),
        ("2004.07780", T), ("2006.05929", T), ("2010.01412", L), ("1711.05101", T), ("2104.00298", X),
        ("1912.11370", T), ("2010.04159", T), ("2103.13646", O)],
 F345: [(BACKPROP, T), (DBN, T), (LENET, T), (ALEXNET, T), (GLOROT, T), (LSTM, T), (CTC, T), ("1406.2661", X),
        ("1503.03585", L), ("1907.05600", T), ("2105.05233", L), ("1409.3215", T), ("2009.09761", X)],
 F346: [],
}


def keys(f):
    return [k for k, _ in data[f]]


def ev(f):
    return {k: e for k, e in data[f]}


if __name__ == "__main__":
    out = {}
    for f, rows in data.items():
        recs = []
        for key, e_ in rows:
            e = CAT[key_of(key)]
            aid = e["arxiv_id"]
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
