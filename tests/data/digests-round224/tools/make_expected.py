#!/usr/bin/env python3
"""Writes round224/expected.json from the compact table below (catalogue key, evidence). L = link (an arXiv-form URL),
O = link via an OpenReview forum URL (openreview_id set, arxiv_id null), X = arxiv-text (an arXiv id without an
arXiv-form URL), T = title-only. Titles are the catalogue titles, which every digest writes in full (titles are compared
case-blind). The same table is each builder's KEYS. (round222's make_expected.py with round224's table.)

Papers: the candidates are the catalogue papers (not distractors; both catalogues merged and deduplicated as
tools/catalogue.py does) sorted by (uses, catalogue title), the uses counted over every distinct
/work/main/tests/data/*/expected.json and /work/rounds/*/expected.json (byte-identical files counted once; round224's
and round225's own left out). Positions 1 and 2 are left out; round224 takes every even position from 4 to 146 in one
run, 72 papers, 8 per positive (round225 takes the odd ones from 3).

DEVIATIONS (titles written otherwise than the catalogue writes them, beyond letter case): none."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of

CTC = "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
GLOVE = "GloVe: Global Vectors for Word Representation"
LECUN = "Gradient-Based Learning Applied to Document Recognition"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
GPT1 = "Improving Language Understanding by Generative Pre-Training"
BACKPROP = "Learning representations by back-propagating errors"
LSTM = "Long Short-Term Memory"
DEVIATIONS = {}
L, T, O, X = "link", "title-only", "link-or", "arxiv-text"
F2257 = "2257_nord_universitet_bodo_leganto_reading_list_copied_text_norwegian_bokmal_from_backprop_to_language_agents.txt"
F2258 = "2258_shahjalal_university_sylhet_bitbucket_readme_textile_awesome_list_bengali_english_self_supervised_representations.textile"
F2259 = "2259_jalal_abad_state_university_mail_ru_forward_eml_base64_kyrgyz_russian_diffusion_and_score_models.eml"
F2260 = "2260_hochschule_mittweida_bachelorarbeit_din_iso_690_2013_pdftotext_german_efficient_attention_and_long_context.txt"
F2261 = "2261_szechenyi_istvan_egyetem_gyor_sciwheel_bibtex_export_hungarian_notes_language_pretraining_and_sequences.bib"
F2262 = "2262_cukurova_universitesi_adana_instagram_group_chat_json_export_mojibake_turkish_llm_scale_and_systems.json"
F2263 = "2263_universitas_mataram_lombok_kompasiana_article_with_comments_copied_text_indonesian_science_and_graphs.txt"
F2264 = "2264_hogent_woltlab_burning_board_thread_copied_text_dutch_flemish_vision_detection_and_robustness.txt"
F2265 = "2265_politechnika_bialostocka_freshmail_newsletter_web_version_copied_text_polish_parameter_efficient_finetuning.txt"
F2266 = "2266_negative_stellenbosch_university_azure_boards_tree_query_csv_export_afrikaans_english_tools_books_data_no_papers.csv"
data = {
 F2257: [("2310.06770", O), ("2303.11366", L), ("1410.5401", L), ("2306.05685", L), ("2310.11511", X),
         (BACKPROP, T), (LSTM, T), ("2009.03300", T)],
 F2258: [("2006.05576", O), ("1911.05722", L), ("2104.14294", L), ("1807.03748", L), ("2111.06377", X),
         ("2304.07193", T), ("2011.10566", T), ("2106.07447", T)],
 F2259: [("2010.02502", O), ("1503.03585", L), ("2105.05233", L), ("1907.05600", L), ("2207.12598", X),
         ("2204.06125", T), ("2403.03206", T), ("2106.05931", T)],
 F2260: [("2103.02143", O), ("2009.14794", O), ("2302.10866", L), ("2306.15595", L), ("2307.08621", X),
         ("2007.14062", T), ("2004.11886", T), ("2307.03172", T)],
 F2261: [("2010.06891", O), ("1409.0473", L), ("2003.10555", L), ("1907.11692", L), ("2006.03654", X),
         (CTC, T), (GLOVE, T), (GPT1, T)],
 F2262: [("1701.06538", O), ("2005.14165", L), ("2309.06180", L), ("2006.16668", L), ("2307.08691", X),
         ("2302.13971", T), ("1909.08053", T), ("2205.01068", T)],
 F2263: [("2010.08895", L), ("2010.03409", L), ("2106.05234", L), ("1406.2661", L), ("2010.00554", X),
         (ALPHAFOLD, T), ("2111.04263", T), ("2103.14625", T)],
 F2264: [("2103.13646", O), ("2010.04159", L), ("2104.00298", L), ("2103.14167", L), ("2106.04560", X),
         (LECUN, T), ("2007.01434", T), ("2103.14146", T)],
 F2265: [("2106.09685", L), ("2305.14314", L), ("1902.00751", L), ("2205.05638", L), ("2106.10199", X),
         ("1711.05101", T), ("2103.10385", T), ("2101.00190", T)],
 F2266: [],
}


def keys(f):
    return [k for k, _ in data[f]]


def ev(f):
    return {k: e for k, e in data[f]}


def by_num(n):
    return next(f for f in data if f.startswith(str(n)))


if __name__ == "__main__":
    out = {}
    for f, rows in data.items():
        recs = []
        for key, e_ in rows:
            e = CAT[key_of(key)]
            aid = e["arxiv_id"]
            if e_ == O: assert e["openreview_id"], key
            if e_ in (L, X): assert aid, key
            recs.append({"arxiv_id": aid if e_ in (L, X) else None,
                         "openreview_id": e["openreview_id"] if e_ == O else None,
                         "title": e["title"], "evidence": "link" if e_ == O else e_, "true_arxiv_id": aid})
        out[f] = recs
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected.json")
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False); fh.write("\n")
