#!/usr/bin/env python3
"""Writes round29/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, huggingface.co/papers), O = link via an OpenReview forum URL (openreview_id set, arxiv_id null),
X = arxiv-text, T = title-only. Titles are the catalogue titles, which every digest writes in full (some only after
decoding: 310's quoted-printable body, 313's GIFT escapes, or after whitespace normalisation / in lower case)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of
from alloc_keys import GO, DBN, AF

L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
data = {
 "307_hotcrp_offline_review_form_breton_efficient_attention_workshop.txt": [
  ("1904.10509", T), ("2103.02143", O), ("2005.00743", X), ("2006.03236", X), ("2004.11886", T), ("2202.10447", T),
  ("2302.10866", L), ("2307.08621", L), ("2307.08691", L), ("2103.14636", T), ("2004.10102", T), ("2006.04768", T)],
 "308_github_pull_request_page_copied_text_uyghur_moe_layer_for_nlp_toolkit.txt": [
  ("1701.06538", O), ("2006.16668", L), ("2101.03961", X), ("1904.09751", T), ("1906.08237", T), ("1910.13461", L),
  ("2006.03654", T), ("2012.08561", T), ("2003.10555", X), ("2106.09685", L), ("2305.14314", T), ("2010.06040", T)],
 "309_zsh_extended_history_javanese_diffusion_image_experiments.zsh_history": [
  ("2010.02502", T), ("2112.10752", L), ("2207.12598", T), ("2204.06125", T), ("2208.01618", L), ("2208.12242", L),
  ("2211.09800", X), ("2302.05543", T), ("2303.01469", X), ("2307.01952", L), ("2403.03206", T), ("2303.11328", T),
  ("2308.04079", L)],
 "310_editor_decision_letter_eml_quoted_printable_assamese_game_playing_ai_article.eml": [
  (GO, T), (DBN, T), ("2205.06175", L), ("2204.01691", X), ("2307.15818", L), ("2106.02039", T), ("2106.01345", L),
  ("2006.05990", T), ("2101.03958", X), ("2010.00554", T), ("1410.5401", T), ("2203.02155", L)],
 "311_apple_podcasts_episode_page_copied_text_igbo_large_language_models_episode.txt": [
  ("2306.11644", T), ("2206.14858", L), ("2307.15043", L), ("2002.08909", T), ("2010.00904", X), ("2005.14165", T),
  ("2201.11903", O), ("2302.13971", T), ("2307.09288", L), ("2001.08361", X), ("2203.15556", T), ("2009.03300", T)],
 "312_recommendation_letter_portal_confirmation_copy_cebuano_phd_applicant.txt": [
  ("1807.03748", T), ("2004.11362", T), ("2010.04592", X), ("2011.04419", T), ("2006.05576", O), ("2103.13646", L),
  ("2011.06182", T), ("2103.14339", L), ("2004.07780", T), ("2007.01434", X), ("2010.02014", T), ("2002.05709", L)],
 "313_moodle_gift_question_bank_export_occitan_deep_learning_for_vision.txt": [
  ("1502.01852", T), ("2004.08955", L), ("2012.07177", T), ("2101.01761", X), ("2006.14536", T), ("2006.06882", T),
  ("2010.08515", L), ("2108.04392", T), ("2006.03656", X), ("2101.08809", L), ("2103.14586", T), ("1905.11946", L)],
 "314_omegat_project_save_tmx_translation_memory_yiddish_ml_in_science_lecture.tmx": [
  ("2010.08895", L), ("2010.03409", T), ("2106.05234", X), ("2011.03459", T), ("2111.04263", T), ("2103.09762", L),
  ("2103.13462", T), ("2103.14146", X), ("2103.14338", T), ("2103.14167", L), ("2106.05931", L), (AF, T)],
 "315_shared_task_call_for_participation_mailing_list_text_shona_low_resource_mt.txt": [
  ("2008.07905", O), ("2010.06891", T), ("2105.06548", T), ("2002.09402", X), ("2103.14625", L), ("1508.07909", X),
  ("1911.02116", L), ("1910.10683", L), ("1409.0473", T), ("1710.03740", T), ("1810.04805", T), ("2205.14135", T)],
 "316_negative_meetup_event_page_copied_text_samoan_ai_lightning_talks.txt": [],
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
