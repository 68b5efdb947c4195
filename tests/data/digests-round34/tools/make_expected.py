#!/usr/bin/env python3
"""Writes round34/expected.json from the compact table below (catalogue key, evidence). L = link (arXiv-form URL:
arxiv.org abs/pdf, with or without vN, also inside a redirect URL), O = link via an OpenReview forum/pdf URL
(openreview_id set, arxiv_id null), X = arxiv-text (a bare arXiv:ID, an "arXiv preprint" line, a 10.48550 DOI),
T = title-only. Titles are the catalogue titles, which every digest writes in full (case may differ). The same
table is each builder's KEYS."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

GLOVE = "GloVe: Global Vectors for Word Representation"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
GPT2 = "Language Models are Unsupervised Multitask Learners"
BACKPROP = "Learning representations by back-propagating errors"
LENET = "Gradient-Based Learning Applied to Document Recognition"
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
LSTM = "Long Short-Term Memory"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"
CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F357 = "357_google_scholar_alert_eml_english_long_sequence_models.eml"
F358 = "358_slack_channel_export_pasted_text_english_llm_training_and_serving.txt"
F359 = "359_course_syllabus_html_english_self_supervised_learning.html"
F360 = "360_mediawiki_reading_group_wikitext_english_vision_backbones.wiki"
F361 = "361_ris_export_english_parameter_efficient_finetuning.ris"
F362 = "362_velog_post_markdown_korean_vision_language_models.md"
F363 = "363_qiita_article_markdown_japanese_llm_agents.md"
F364 = "364_wechat_article_copied_text_chinese_pretrained_language_models.txt"
F365 = "365_hacker_news_thread_copied_text_english_classic_deep_learning_papers.txt"
F366 = "366_negative_discord_export_text_english_community_events.txt"
data = {
 F357: [("1904.10509", L), ("2001.04451", O), ("2004.05150", L), ("2006.16236", T), ("2007.14062", L),
        ("2009.14794", T), ("2011.04006", T), ("2008.07669", T), ("2111.00396", O), ("2312.00752", L),
        ("1901.02860", T)],
 F358: [("1701.06538", O), ("1909.08053", L), ("1910.02054", X), ("2006.16668", T), ("2101.03961", X),
        ("2208.07339", T), ("2210.17323", L), ("2211.17192", L), ("2309.06180", L), ("2306.15595", T),
        ("2307.03172", L), ("2204.02311", T), ("2205.01068", T)],
 F359: [("1807.03748", L), ("1911.05722", L), ("2004.11362", T), ("2006.05576", O), ("2006.07733", L),
        ("2011.10566", T), ("2103.03230", X), ("2104.14294", T), ("2111.06377", L), ("2106.08254", T),
        ("2103.13646", O)],
 F360: [("2103.14030", L), ("2201.03545", L), ("2104.00298", T), ("2106.04560", X), ("2106.10270", L),
        ("2010.04159", T), ("2006.05929", L), ("2007.01434", T), ("2004.07780", T), ("2010.01412", L),
        ("1912.11370", T), ("2103.14339", T)],
 F361: [("1902.00751", L), ("2101.00190", L), ("2103.10385", T), ("2104.08691", X), ("2106.10199", X),
        ("2110.04366", O), ("2205.05638", T), ("2303.10512", L), ("2402.09353", L), ("1910.03771", T)],
 F362: [("2102.05918", T), ("2103.00020", L), ("2106.13884", T), ("2204.14198", L), ("2301.12597", X),
        ("2303.15343", T), ("2304.08485", L), ("2304.02643", T), ("2304.07193", T)],
 F363: [("2210.03629", O), ("2302.04761", L), ("2303.11366", L), ("2304.03442", T), ("2305.16291", T),
        ("2308.03688", T), ("2310.06770", O), ("2310.08560", L), ("2310.11511", X), ("2306.05685", T),
        ("2303.18223", T)],
 F364: [("1301.3781", L), (GLOVE, T), ("1409.3215", T), ("1802.05365", L), ("1801.06146", T), (GPT1, T),
        (GPT2, T), ("1906.08237", L), ("1907.11692", X), ("1910.13461", X), ("2006.03654", L),
        ("2010.06040", O), ("2012.08561", T)],
 F365: [("1406.2661", L), ("1711.05101", L), ("1503.03585", L), ("2105.05233", X), (BACKPROP, T), (LENET, T),
        (ALEXNET, T), (LSTM, T), (DBN, T), (GLOROT, T), (CTC, T)],
 F366: [],
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
