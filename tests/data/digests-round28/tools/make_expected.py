#!/usr/bin/env python3
"""Writes round28/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, alphaxiv.org/abs, huggingface.co/papers), O = link via an OpenReview forum or pdf URL
(openreview_id set, arxiv_id null), X = arxiv-text, T = title-only. Titles are the catalogue titles, which every
digest writes in full (some only after whitespace normalisation: 299's hard-wrapped reference list, 303's
pdftotext column; or only after decoding: 305's Word runs and endnotes)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of
from alloc_keys import GLOVE, LSTM, LENET, ALEX, BACKPROP, AF, GPT2, GPT1, GLOROT, CTC

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "297_architecture_decision_record_adr_tools_markdown_faroese_llm_finetuning.md": [
  ("1902.00751", T), ("2101.00190", T), ("2104.08691", T), ("2103.10385", T), ("2106.10199", X), ("2110.04366", O),
  ("2205.05638", T), ("2303.10512", L), ("2402.09353", L), ("2208.07339", X), ("2210.17323", L), ("2302.13971", T)],
 "298_university_thesis_topics_page_copied_text_turkmen_nlp_and_speech_theses.txt": [
  ("1301.3781", L), (GLOVE, T), ("1409.0473", T), ("1508.07909", L), (LSTM, T), ("1810.04805", X), ("1409.3215", T),
  ("1801.06146", T), ("1911.02116", L), ("1802.05365", X), ("1908.10084", L), (CTC, T)],
 "299_tikzposter_conference_poster_latex_esperanto_efficient_long_context_models.tex": [
  ("1901.02860", T), ("2001.04451", O), ("2004.05150", L), ("2006.04768", X), ("2007.14062", T), ("2009.14794", O),
  ("2006.16236", T), ("2011.04006", T), ("2008.07669", T), ("2111.00396", T), ("2312.00752", L), ("2205.14135", X)],
 "300_excel_csv_utf8_terminology_list_scottish_gaelic_machine_learning_terms.csv": [
  (BACKPROP, T), (LENET, T), (ALEX, T), ("1406.2661", L), ("1503.03585", T), ("1907.05600", L), ("2105.05233", T),
  ("1711.05101", X), ("2010.01412", X), ("1710.03740", O), ("2006.05929", T), ("2106.01345", L), (GLOROT, T)],
 "301_gitlab_handover_notes_markdown_tatar_speech_and_language_models.md": [
  ("2009.09761", L), ("2106.07447", L), ("2309.06180", L), ("2211.17192", X), ("1910.02054", X), ("1909.08053", T),
  ("2307.09288", L), ("1910.03771", T), ("1907.11692", T), ("1910.10683", T), ("2205.01068", T), ("2003.10555", T)],
 "302_just_the_docs_course_homework_page_markdown_haitian_creole_self_supervised_vision.md": [
  ("1911.05722", T), ("2002.05709", L), ("2006.07733", X), ("2104.14294", L), ("2111.06377", L), ("2106.08254", X),
  ("2304.07193", T), ("2103.14030", T), ("2106.10270", T), ("2106.04560", T), ("2103.00020", L), ("2011.10566", T),
  ("2103.03230", L)],
 "303_turnitin_similarity_report_pdftotext_with_supervisor_notes_sindhi_vision_language_thesis.txt": [
  ("2106.13884", X), ("2204.14198", L), ("2301.12597", L), ("2304.08485", L), ("2304.02643", T), ("2010.04159", T),
  ("1905.11946", T), ("2104.00298", X), ("2102.05918", T), ("2303.15343", L), ("2201.03545", T), ("1912.11370", T)],
 "304_jrnl_plain_text_experiment_journal_odia_llm_agents_for_government_schemes.txt": [
  ("2201.11903", T), ("2210.03629", O), ("2302.04761", T), ("2303.11366", X), ("2304.03442", T), ("2305.16291", X),
  ("2308.03688", T), ("2310.06770", O), ("2310.08560", L), ("2310.11511", L), ("2306.05685", T), ("2307.03172", T),
  ("2306.15595", T)],
 "305_word_docx_essay_manuscript_chicago_endnotes_west_frisian_large_language_models.docx": [
  (GPT2, T), ("2005.14165", L), ("2009.03300", X), ("2206.04615", L), (AF, T), ("2001.08361", T), ("2203.15556", L),
  ("2206.07682", X), ("2207.05221", T), ("2303.18223", L), ("2204.02311", T), (GPT1, T)],
 "306_negative_koha_opac_reading_history_copied_text_maori_library_loans.txt": [],
}
out = {}
for f, rows in data.items():
    recs = []
    for key, ev in rows:
        e = CAT[key_of(key)]
        aid = e["arxiv_id"]
        recs.append({"arxiv_id": aid if ev in (L, X) else None,
                     "openreview_id": e["openreview_id"] if ev == O else None,
                     "title": e["title"], "evidence": "link" if ev == O else ev, "true_arxiv_id": aid})
    out[f] = recs
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
json.dump(out, open(p, "w"), indent=1, ensure_ascii=False)
open(p, "a").write("\n")
