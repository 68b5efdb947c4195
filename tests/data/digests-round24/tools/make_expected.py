#!/usr/bin/env python3
"""Writes round24/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL),
O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id null), X = arxiv-text, T = title-only. Titles
are the catalogue titles, which every digest writes in full (some only in a decoded form: 261's PlantUML \\n breaks
and multi-line node, 262's JSON escapes, 265's CDATA HTML)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GO = "Mastering the game of Go without human knowledge"
AF = "Highly accurate protein structure prediction with AlphaFold"
ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"
BP = "Learning representations by back-propagating errors"
data = {
 "257_perplexity_thread_markdown_export_kazakh_image_generation_seminar.md": [
  ("2208.01618", L), ("2208.12242", T), ("2302.05543", L), ("2211.09800", T), ("2307.01952", L), ("2102.05918", X),
  ("2106.13884", T), ("2303.11328", L), ("2009.09761", X), ("2308.04079", T), ("2103.14338", T), ("1904.09751", T)],
 "258_zenodo_json_github_release_metadata_basque_text_encoders_toolkit.zenodo.json": [
  ("2006.03654", L), ("1906.08237", T), ("1907.11692", X), ("1908.10084", L), ("1910.03771", L), ("2003.10555", X),
  ("2006.03236", T), ("2012.08561", T), ("2010.06040", O), ("2002.08909", T), ("2010.00904", T), ("2004.10102", T),
  ("1508.07909", T)],
 "259_piazza_class_post_copied_text_deep_learning_project_reading_list.txt": [
  ("1502.01852", L), ("1912.11370", X), ("2004.08955", T), ("2006.06882", T), ("2010.01412", L), ("2012.07177", L),
  ("2004.07780", T), ("2006.14536", T), ("2007.01434", L), (BP, T), ("2101.01761", T), ("2010.08515", T), ("2006.05929", X)],
 "260_google_forms_responses_csv_welsh_efficient_transformers_reading_group.csv": [
  ("1904.10509", L), ("2001.04451", O), ("1901.02860", L), ("2004.11886", X), ("2005.00743", T), ("2006.04768", L),
  ("2008.07669", T), ("2010.06891", O), ("1410.5401", T), ("2105.06548", T), ("2008.07905", T), ("2006.16668", X),
  ("2103.14636", T)],
 "261_plantuml_mindmap_albanian_self_supervised_reading_map.puml": [
  ("1911.05722", L), ("2002.05709", L), ("2010.04592", T), ("2004.11362", X), ("2011.04419", T), ("2103.03230", T),
  ("2006.07733", X), ("2104.14294", L), ("2006.05576", T), ("2010.02014", T), ("2103.13646", O), ("2011.06182", O),
  ("2303.15343", T)],
 "262_moodle_forum_export_json_nepali_rl_and_science_week7.json": [
  ("2106.01345", L), ("2106.02039", X), ("2006.05990", T), ("2101.03958", T), ("2010.08895", L), ("2010.03409", L),
  (AF, T), ("2106.05234", L), ("2010.00554", X), (DBN, T), (CTC, T), (GO, T)],
 "263_lesswrong_post_with_comments_copied_text_emergence_reading_list.txt": [
  ("2001.08361", L), ("2203.15556", L), ("2204.02311", T), ("2205.01068", T), ("2206.07682", L), ("2206.04615", X),
  ("2009.03300", T), ("2207.05221", L), ("2206.14858", T), ("2306.11644", X), ("2306.05685", L), ("2307.15043", T),
  ("2303.18223", T)],
 "264_zotero_note_markdown_export_macedonian_vision_transformers_annotations.md": [
  ("2106.10270", X), ("2106.04560", T), ("2103.14586", T), (ALEX, T), ("2111.06377", L), ("2304.02643", L),
  ("2010.04159", L), ("2103.14167", L), ("2103.14146", T), ("2103.14339", X), ("2103.14625", T)],
 "265_disqus_comments_export_xml_afrikaans_ml_blog_two_threads.xml": [
  ("2106.10199", L), ("2110.04366", O), ("2106.07447", T), ("1710.03740", O), ("2101.08809", L), ("2006.03656", T),
  ("2108.04392", X), ("2103.09762", T), ("2111.04263", X), ("2103.13462", T), ("2011.03459", T)],
 "266_negative_json_resume_mongolian_ml_engineer_cv.json": [],
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
