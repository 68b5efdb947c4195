#!/usr/bin/env python3
"""Writes round31/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, huggingface.co/papers), O = link via an OpenReview forum URL (openreview_id set, arxiv_id null),
X = arxiv-text, T = title-only. Titles are the catalogue titles, which every digest writes in full (some wrapped
over lines in 327 and 333, some only after decoding: 329's CSV cells, 331's HTML, 334's TeX)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of
from alloc_keys import ALPHAGOZERO, ALPHAFOLD

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "327_consultation_response_pdftotext_layout_sesotho_generative_ai_copyright.txt": [
  ("2006.11239", L), ("2010.02502", O), ("2011.13456", T), ("2112.10752", T), ("2307.01952", L), ("2204.06125", T),
  ("2207.12598", X), ("2106.05931", T), ("2010.02014", T), ("2303.01469", T)],
 "328_oral_exam_questions_markdown_venetian_computer_vision_course.md": [
  ("2302.05543", L), ("2208.12242", T), ("2208.01618", L), ("2211.09800", T), ("2403.03206", T), ("2303.11328", X),
  ("2308.04079", T), ("2103.14167", T), ("2103.14338", X), ("2103.14146", T)],
 "329_copyedit_query_sheet_csv_aragonese_efficient_attention_article.csv": [
  ("2006.04768", L), ("2205.14135", T), ("2307.08691", X), ("2202.10447", T), ("2302.10866", L), ("2307.08621", T),
  ("2103.02143", O), ("2005.00743", T), ("2103.14636", T), ("2004.11886", X)],
 "330_exhibition_panel_texts_plain_text_ladino_machine_translation_history.txt": [
  ("1409.0473", T), ("1508.07909", X), ("1706.03762", T), ("2008.07905", O), ("1410.5401", T), ("2002.09402", O),
  ("2010.06891", T), ("2105.06548", L), ("2103.14625", L), ("2004.10102", T), ("2006.03236", T)],
 "331_grant_final_report_libreoffice_html_friulian_language_model_project.html": [
  ("1810.04805", T), ("1911.02116", L), ("2003.10555", T), ("1910.10683", T), ("2001.08361", X), ("2203.15556", T),
  ("2005.14165", T), ("2302.13971", L), ("2307.09288", L), ("1710.03740", O), ("2306.11644", T)],
 "332_research_ethics_application_copied_text_tetum_llm_tutor_chatbot_study.txt": [
  ("2203.02155", T), ("2106.09685", X), ("2305.14314", L), ("2002.08909", T), ("2010.00904", X), ("2201.11903", O),
  ("2206.14858", T), ("2009.03300", T), ("1904.09751", T), ("2307.15043", L)],
 "333_letter_to_the_editor_eml_tok_pisin_ai_and_robots.eml": [
  (ALPHAGOZERO, T), ("2006.05990", T), ("2101.03958", T), ("2106.01345", L), ("2106.02039", T), ("2204.01691", X),
  ("2307.15818", L), ("2205.06175", T), (ALPHAFOLD, T), ("2010.00554", X)],
 "334_internship_report_latex_sardinian_product_image_retrieval.tex": [
  ("1502.01852", T), ("1905.11946", X), ("2004.08955", T), ("2010.08515", X), ("2002.05709", L), ("2010.04592", T),
  ("2011.04419", T), ("2011.06182", O), ("2006.06882", T), ("2012.07177", L)],
 "335_hpc_allocation_proposal_copied_text_sicilian_automl_robustness.txt": [
  ("2006.03656", T), ("2101.08809", L), ("2108.04392", X), ("2101.01761", T), ("2103.09762", T), ("2006.14536", X),
  ("2010.11929", O), ("2103.14586", L), ("2103.13462", T), ("2011.03459", T)],
 "336_negative_art_exhibition_list_of_works_copied_text_cornish_machine_made_art.txt": [],
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
with open(p, "w", encoding="utf-8", newline="\n") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
