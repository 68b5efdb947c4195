#!/usr/bin/env python3
"""Writes round35/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL:
arxiv.org abs/pdf, with or without vN / .pdf), O = link via an OpenReview forum/pdf URL (openreview_id set, arxiv_id
null), X = arxiv-text (a bare arXiv:ID or "arXiv ID" without a URL), T = title-only. Titles are the catalogue titles,
which every digest writes in full (case may differ). The same table is each builder's KEYS."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GO = "Mastering the game of Go without human knowledge"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F367 = "367_reddit_thread_old_reddit_copied_text_english_llm_behaviour.txt"
F368 = "368_obsidian_daily_note_markdown_english_agents_and_rl.md"
F369 = "369_german_lab_meeting_protocol_etherpad_text_efficient_transformers.txt"
F370 = "370_semantic_scholar_feed_eml_english_representation_learning.eml"
F371 = "371_leaderboard_page_html_english_imagenet_classification.html"
F372 = "372_hugo_blog_recap_markdown_english_papers_read_in_2024_generative_models.md"
F373 = "373_telegram_channel_export_json_russian_ml_for_science.json"
F374 = "374_french_lab_meeting_minutes_markdown_llm_foundations.md"
F375 = "375_zenn_scrap_copied_text_japanese_diffusion_and_efficient_training.txt"
F376 = "376_negative_ics_calendar_english_summer_school_schedule.ics"
data = {
 F367: [("1904.09751", L), ("2002.08909", T), ("2010.00904", X), ("2206.04615", T), ("2206.07682", L),
        ("2206.14858", T), ("2207.05221", L), ("2306.11644", T), ("2307.15043", L), ("1908.10084", T)],
 F368: [("2006.05990", T), ("2101.03958", L), ("2106.02039", X), ("2204.01691", L), ("2205.06175", T),
        ("2307.15818", L), ("1410.5401", T), (GO, T), ("2010.00554", T)],
 F369: [("2002.09402", O), ("2004.10102", T), ("2004.11886", L), ("2005.00743", T), ("2006.03236", X),
        ("2010.06891", O), ("2103.02143", O), ("2105.06548", T), ("2202.10447", L), ("2302.10866", T),
        ("2307.08621", L)],
 F370: [("2010.04592", L), ("2011.04419", T), ("2011.06182", O), ("2010.02014", O), ("2106.07447", L),
        ("2103.09762", T), ("2111.04263", T), ("2008.07905", O), ("2103.14636", X)],
 F371: [("1502.01852", L), ("2004.08955", L), ("2006.14536", T), ("2101.01761", T), ("2006.03656", T),
        ("2012.07177", L), ("2006.06882", T), ("2103.14586", L), ("2101.08809", T), ("2108.04392", T)],
 F372: [("2009.09761", T), ("2106.05931", T), ("2204.06125", L), ("2208.01618", T), ("2208.12242", L),
        ("2211.09800", X), ("2302.05543", L), ("2303.01469", T), ("2303.11328", T), ("2307.01952", L),
        ("2403.03206", X), ("2308.04079", T)],
 F373: [("2010.08515", T), ("2103.13462", T), ("2011.03459", L), ("2106.05234", X), ("2010.03409", L),
        ("2010.08895", L), (ALPHAFOLD, T), ("2103.14146", T), ("2103.14167", L), ("2103.14338", T),
        ("2103.14625", T)],
 F374: [("1706.03762", T), ("1810.04805", L), ("1910.10683", X), ("2005.14165", L), ("2001.08361", T),
        ("2203.15556", L), ("2203.02155", T), ("2201.11903", O), ("2302.13971", T), ("2307.09288", X),
        ("2009.03300", T)],
 F375: [("2006.11239", L), ("2010.02502", O), ("2011.13456", O), ("1907.05600", T), ("2112.10752", L),
        ("2207.12598", X), ("2205.14135", T), ("2307.08691", L), ("2106.09685", T), ("2305.14314", T)],
 F376: [],
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
            if e_ == O: assert e["openreview_id"], key
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False); fh.write("\n")
