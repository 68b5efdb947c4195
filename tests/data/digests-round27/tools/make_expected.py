#!/usr/bin/env python3
"""Writes round27/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, alphaxiv.org/abs, huggingface.co/papers), O = link via an OpenReview forum or pdf URL
(openreview_id set, arxiv_id null), X = arxiv-text, T = title-only. Titles are the catalogue titles, which every
digest writes in full (some only after whitespace normalisation: 287's hard wrapping, 288's pandoc wrapping and grid
table cells, 293's slide lines; or with a different letter case, which the rules ignore)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
AGZ = "Mastering the game of Go without human knowledge"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
data = {
 "287_phd_annual_progress_report_plain_text_bosnian_efficient_long_context_lms.txt": [
  ("1904.10509", L), ("2103.14636", T), ("1410.5401", T), ("2002.09402", O), ("2105.06548", O), ("2202.10447", X),
  ("2302.10866", X), ("2307.08621", L), ("2010.06891", T), ("2103.02143", T), ("2004.11886", T), ("2005.00743", T),
  ("2006.03236", T)],
 "288_word_docx_to_pandoc_markdown_luxembourgish_neurips_trip_report_llms.md": [
  ("2203.15556", L), ("2001.08361", L), ("2204.02311", L), ("2205.01068", T), ("2101.03961", L), ("2006.16668", T),
  ("2307.09288", L), ("2206.07682", T), ("2207.05221", T), ("2307.15043", X), ("2206.14858", X), ("2303.18223", T),
  ("2306.11644", T)],
 "289_google_classroom_material_page_copied_text_lao_computer_vision_course.txt": [
  (GLOROT, T), ("1502.01852", L), ("2201.03545", L), ("2004.08955", X), ("1912.11370", T), ("2004.07780", T),
  ("2103.14586", T), ("2006.14536", X), ("2007.01434", T), ("2006.06882", T), ("2012.07177", L), ("2103.14167", L)],
 "290_google_sites_reading_group_page_copied_text_isixhosa_self_supervised_learning.txt": [
  ("1807.03748", X), ("2004.11362", T), ("2010.04592", T), ("2011.10566", L), ("2103.03230", X), ("2006.05576", O),
  ("2011.04419", T), ("2011.06182", T), ("2103.13646", O), ("2010.02014", T), (DBN, T), ("2102.05918", T),
  ("2303.15343", L)],
 "291_personal_to_read_txt_scratch_file_pashto_image_generation.txt": [
  ("2302.05543", L), ("2204.06125", T), ("2208.12242", L), ("2211.09800", X), ("2208.01618", T), ("2403.03206", X),
  ("2307.01952", L), ("2303.11328", T), ("2308.04079", L), ("2303.01469", L), ("2106.05931", T), ("2103.14338", T)],
 "292_github_readme_translation_kinyarwanda_unofficial_electra_reimplementation.md": [
  ("2003.10555", L), ("2012.08561", L), ("1907.11692", L), ("2006.03654", L), ("2010.06040", O), ("1910.13461", X),
  ("1906.08237", X), ("1911.02116", T), ("1801.06146", T), ("1802.05365", T), ("1910.10683", T), ("1909.08053", T),
  ("1910.03771", L)],
 "293_google_lens_ocr_text_of_lecture_slide_photos_malayalam_sequence_models.txt": [
  ("1409.3215", X), (CTC, T), ("2106.07447", L), (GPT1, T), ("1904.09751", T), ("1908.10084", X), ("2002.08909", X),
  ("2010.00904", T), ("2008.07905", O), ("1701.06538", O), ("2004.10102", T), ("2103.14625", T)],
 "294_latex_exam_class_final_exam_tajik_ml_for_science_rl_automl.tex": [
  ("2010.08895", L), ("2010.03409", X), ("2010.00554", T), ("2010.08515", T), ("2011.03459", X), ("2006.05990", L),
  (AGZ, T), ("2101.03958", T), ("2006.03656", T), ("2101.08809", L), ("2101.01761", T), ("2103.13462", T)],
 "295_thesis_examiner_report_plain_text_sorani_kurdish_robot_transformer_policies.txt": [
  ("2205.06175", X), ("2204.01691", X), ("2307.15818", L), ("2103.14339", T), ("2106.02039", L), ("2106.05234", T),
  ("2108.04392", T), ("1910.02054", T), ("2103.09762", T), ("2111.04263", L), ("2103.14146", T)],
 "296_negative_phd_defence_announcement_copied_text_malagasy_rice_mapping.txt": [],
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
