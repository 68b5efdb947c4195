#!/usr/bin/env python3
"""Writes round30/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf/html, alphaxiv.org/abs, huggingface.co/papers), O = link via an OpenReview forum URL (openreview_id
set, arxiv_id null), X = arxiv-text, T = title-only. Titles are the catalogue titles, which every digest writes in full
(some wrapped over lines, some only after decoding: 319's CSV cells, 325's HTML)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of
from alloc_keys import GLOVE, LSTM, GPT1, GPT2, CTC, LENET, ALEXNET, BACKPROP, GLOROT, DBN

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "317_wikipedia_talk_page_copied_text_asturian_language_model_article.txt": [
  ("1301.3781", L), (GLOVE, T), ("1409.3215", X), (LSTM, T), ("1802.05365", L), ("1801.06146", T), (GPT1, T),
  (GPT2, T), ("1907.11692", X), ("2204.02311", L), ("2205.01068", T), ("2303.18223", L), ("2206.07682", T)],
 "318_book_of_abstracts_pdftotext_corsican_self_supervised_vision_symposium.txt": [
  ("1911.05722", X), ("2006.07733", T), ("2011.10566", T), ("2304.02643", L), ("2103.03230", T), ("2104.14294", T),
  ("2304.07193", L), ("2103.14030", L), ("2111.06377", T), ("2106.08254", L), ("2201.03545", X), ("1912.11370", T),
  ("2010.04159", T)],
 "319_technology_radar_byor_csv_papiamento_ml_platform_team.csv": [
  ("1902.00751", L), ("2110.04366", O), ("2208.07339", L), ("2210.17323", X), ("2402.09353", X), ("2303.10512", T),
  ("2205.05638", T), ("2211.17192", T), ("2101.00190", T), ("2104.08691", T), ("2103.10385", T), ("2106.10199", T),
  ("2309.06180", L)],
 "320_policy_brief_word_plain_text_luganda_ai_agents_in_government.txt": [
  ("2210.03629", O), ("2302.04761", X), ("2303.11366", T), ("2310.08560", X), ("2304.03442", T), ("2305.16291", T),
  ("2308.03688", L), ("2310.06770", T), ("2306.05685", L), ("2310.11511", L), ("2307.03172", T), ("2206.04615", T),
  ("2207.05221", T)],
 "321_ask_a_librarian_answer_eml_sundanese_long_context_transformers.eml": [
  ("1904.10509", T), ("2001.04451", O), ("2004.05150", L), ("2007.14062", X), ("2006.16236", T), ("2009.14794", T),
  ("2011.04006", T), ("1901.02860", T), ("2306.15595", X), ("2008.07669", T), ("2111.00396", O), ("2312.00752", L)],
 "322_journal_book_review_ojs_page_copied_text_romansh_deep_learning_textbook.txt": [
  (BACKPROP, T), (LENET, T), (GLOROT, T), (DBN, T), (ALEXNET, T), ("1711.05101", X), ("2010.01412", T),
  ("1406.2661", L), ("1503.03585", L), ("1907.05600", T), ("2105.05233", X), ("2009.09761", L)],
 "323_university_news_interview_copied_text_hawaiian_speech_and_vision_language.txt": [
  ("1807.03748", T), (CTC, T), ("2102.05918", T), ("2106.13884", T), ("2204.14198", T), ("1908.10084", T),
  ("2106.07447", L), ("2103.00020", X), ("2301.12597", X), ("2304.08485", L), ("2303.15343", L), ("2006.05576", O)],
 "324_workshop_proposal_google_docs_plain_text_quechua_low_resource_pretraining.txt": [
  ("1701.06538", O), ("2101.03961", X), ("2006.16668", T), ("1909.08053", T), ("1910.02054", L), ("1910.13461", L),
  ("1906.08237", T), ("2006.03654", X), ("2010.06040", T), ("2012.08561", T), ("2006.05929", T), ("1910.03771", L)],
 "325_journal_guest_editorial_ojs_html_galley_chichewa_ml_for_science_and_health.html": [
  ("2004.07780", T), ("2007.01434", T), ("2103.14339", L), ("2103.13646", O), ("2004.11362", T), ("2106.10270", T),
  ("2106.04560", T), ("2104.00298", L), ("2010.08895", L), ("2010.03409", T), ("2106.05234", X), ("2111.04263", X)],
 "326_negative_devpost_hackathon_gallery_copied_text_wolof_ai_projects.txt": [],
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
