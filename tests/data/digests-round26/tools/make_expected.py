#!/usr/bin/env python3
"""Writes round26/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, alphaxiv.org/abs, huggingface.co/papers), O = link via an OpenReview forum or pdf URL
(openreview_id set, arxiv_id null), X = arxiv-text, T = title-only. Titles are the catalogue titles, which every
digest writes in full (some only in a decoded form: 277's base64 parts and folded iCalendar lines, 278's LyX line
breaks, 283's lynx wrapping)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
GPT2 = "Language Models are Unsupervised Multitask Learners"
AF = "Highly accurate protein structure prediction with AlphaFold"
ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"
GLOVE = "GloVe: Global Vectors for Word Representation"
LECUN = "Gradient-Based Learning Applied to Document Recognition"
BP = "Learning representations by back-propagating errors"
data = {
 "277_google_calendar_invitation_eml_kannada_language_models_reading_group.eml": [
  ("1508.07909", L), ("1901.02860", X), (GPT2, T), ("2005.14165", T), ("1904.09751", T), ("2006.03654", L),
  ("2010.06040", O), ("2006.03236", T), ("2012.08561", T), ("1908.10084", X), ("2002.08909", L), ("2010.00904", T), ("1910.03771", L)],
 "278_lyx_document_belarusian_thesis_related_work_efficient_attention.lyx": [
  ("2103.14636", T), ("2004.05150", X), ("2007.14062", X), ("2001.04451", T), ("2006.04768", L), ("2006.16236", T),
  ("2009.14794", O), ("2008.07905", T), ("2011.04006", T), ("2010.06891", O), ("2105.06548", T), ("2004.10102", T),
  ("2103.14625", L)],
 "279_word_plain_text_export_armenian_grant_proposal_scientific_ml.txt": [
  ("2010.08895", L), ("2010.03409", L), ("2106.05234", L), (AF, T), ("2008.07669", T), ("2011.03459", X),
  ("2010.00554", L), ("2103.09762", X), ("2111.04263", T), ("2010.01412", T), ("2010.08515", T), ("2103.13462", T)],
 "280_talis_aspire_reading_list_copied_text_maltese_computer_vision_course.txt": [
  (ALEX, T), ("1912.11370", T), ("1911.05722", L), ("2002.05709", T), ("2006.07733", T), ("2104.14294", L),
  ("2111.06377", L), ("2010.04159", T), ("2012.07177", X), ("2304.02643", L), ("2103.14167", X), ("2103.14146", T),
  ("2103.14338", T)],
 "281_libguides_research_guide_copied_text_isizulu_ai_key_papers.txt": [
  (BP, T), (LECUN, T), ("1301.3781", L), (GLOVE, T), ("1409.0473", T), ("1406.2661", T), ("1907.05600", X),
  ("2105.05233", T), ("2010.02014", O), ("2106.07447", L), ("2009.09761", T), ("2103.14339", X)],
 "282_huggingface_paper_page_copied_text_burmese_align_vision_language.txt": [
  ("2102.05918", L), ("2103.00020", T), ("2303.15343", X), ("2304.08485", L), ("2301.12597", L), ("2106.04560", L),
  ("2106.10270", X), ("2106.13884", T), ("2204.14198", T), ("2304.07193", T), ("2106.08254", T), ("2103.14030", T)],
 "283_lynx_dump_personal_homepage_reading_page_gujarati_efficient_llms.txt": [
  ("2104.08691", L), ("2103.10385", T), ("2106.10199", T), ("2110.04366", O), ("2303.10512", X), ("2205.05638", T),
  ("2208.07339", L), ("2210.17323", L), ("2211.17192", L), ("2306.15595", X), ("1710.03740", T), ("2302.13971", T)],
 "284_obsidian_kanban_board_markdown_somali_automl_rl_reading_group.md": [
  ("2006.03656", T), ("2101.08809", L), ("2108.04392", X), ("2006.05929", T), ("2101.03958", L), ("2006.05990", L),
  ("2106.02039", X), ("2106.01345", L), ("2101.01761", T), ("1905.11946", T), ("2104.00298", L), ("1711.05101", T)],
 "285_marimo_notebook_py_punjabi_llm_agents_evaluation_reading_group.py": [
  ("2302.04761", L), ("2210.03629", O), ("2303.11366", T), ("2308.03688", X), ("2310.06770", O), ("2310.08560", L),
  ("2310.11511", T), ("2304.03442", T), ("2305.16291", X), ("2009.03300", T), ("2306.05685", T), ("2206.04615", T)],
 "286_negative_phd_job_advert_copied_text_kyrgyz_speech_recognition.txt": [],
}
out = {}
for f, rows in data.items():
    recs = []
    for key, ev in rows:
        e = CAT[key]
        aid = e["arxiv_id"]
        recs.append({"arxiv_id": aid if ev in (L, X) else None,
                     "openreview_id": e["openreview_id"] if ev == O else None,
                     "title": e["title"], "evidence": "link" if ev == O else ev, "true_arxiv_id": aid})
    out[f] = recs
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
json.dump(out, open(p, "w"), indent=1, ensure_ascii=False)
open(p, "a").write("\n")
