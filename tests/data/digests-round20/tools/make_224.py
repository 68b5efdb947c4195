#!/usr/bin/env python3
"""Builds digests/224_koreader_metadata_pdf_lua_czech_llm_survey_highlights.lua: the KOReader sidecar file
(<book>.sdr/metadata.pdf.lua) of a Czech student reading the LLM survey (arXiv 2303.18223, v13 pdf) on a Kobo
e-reader: the "-- we can read Lua syntax here!" line, "return " and the settings table as KOReader's dump() writes it
(keys sorted, numbers before strings, four-space indent, `["key"] = value,` one per line, empty tables as {}, strings
with Lua's %q: \\" and \\\\ escaped, a newline written as a backslash followed by a real newline, UTF-8 bytes kept;
integers bare, other numbers with %.14g), then a newline. Keys: annotations (the 2024 format: chapter, color,
datetime, datetime_updated when edited, drawer, note, page, pboxes, pos0/pos1 with page/rotation/x/y/zoom, text),
doc_pages, doc_path, doc_props, highlight_drawer, kopt_* reflow settings, last_page, partial_md5_checksum,
percent_finished, stats, summary.

Evidence: the survey itself through its file name "2303.18223v13.pdf" and the PDF's title in doc_props/stats
(arxiv-text); OPT's abs link and Llama 2's Hugging Face link in notes (link); "PaLM: … (arXiv 2204.02311)" and
"Minerva: … arXiv:2206.14858" in notes (arxiv-text); GPT-3, GPT-2 (not on arXiv), scaling laws, Chinchilla (in a
two-line note), LLaMA and T5 in Czech notes (title-only). The highlighted passages are invented survey-like
sentences; people, rooms, dates, the checksum and coordinates are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "224_koreader_metadata_pdf_lua_czech_llm_survey_highlights.lua")
PAGES, LAST = 144, 37
TITLE = "A Survey of Large Language Models"
AUTHORS = "Wayne Xin Zhao, Kun Zhou, Junyi Li, Tianyi Tang, Xiaolei Wang, Yupeng Hou, Yingqian Min, Beichen Zhang, Junjie Zhang, Zican Dong, Yifan Du, Chen Yang, Yushuo Chen, Zhipeng Chen, Jinhao Jiang, Ruiyang Ren, Yifan Li, Xinyu Tang, Zikang Liu, Peiyu Liu, Jian-Yun Nie, Ji-Rong Wen"
ZOOM = 1.3916666666667

# page, chapter, datetime, y, text, note (None), updated
ANN = [
    (3, "1 Introduction", "2024-03-02 21:14:08", 412.6,
     "the research on LLMs has been largely advanced by both academia and industry, and a remarkable progress is the launch of ChatGPT",
     "GPT-3 = Language Models are Few-Shot Learners; GPT-2 = Language Models are Unsupervised Multitask Learners "
     "(jen PDF od OpenAI, na arXivu není).", None),
    (5, "2.1 Background for LLMs", "2024-03-02 21:40:51", 233.9,
     "the model performance has a strong dependence relation on the model size, dataset size, and the amount of training compute",
     "Původní zákony škálování: Scaling Laws for Neural Language Models (Kaplan a kol.).\n"
     "Porovnat s Training Compute-Optimal Large Language Models – Chinchilla tvrdí, že data byla podhodnocená.",
     "2024-03-05 07:58:12"),
    (11, "3.1 Publicly Available Model Checkpoints or APIs", "2024-03-04 22:03:37", 188.4,
     "the training logbook and the code are released, which is valuable for reproducing large-scale pre-training",
     "OPT: Open Pre-trained Transformer Language Models, https://arxiv.org/abs/2205.01068 – logbook z tréninku je zlatý důl.", None),
    (11, "3.1 Publicly Available Model Checkpoints or APIs", "2024-03-04 22:06:10", 511.0,
     "trained exclusively on publicly available datasets, the smaller models are competitive with much larger ones",
     "LLaMA: Open and Efficient Foundation Language Models – jen veřejná data, 1,4T tokenů.", None),
    (12, "3.1 Publicly Available Model Checkpoints or APIs", "2024-03-04 22:11:45", 140.2,
     "the chat models are further aligned with human preferences through supervised fine-tuning and RLHF",
     "Llama 2: Open Foundation and Fine-Tuned Chat Models → https://huggingface.co/papers/2307.09288 (RLHF je v kap. 3)", None),
    (14, "3.1 Publicly Available Model Checkpoints or APIs", "2024-03-06 20:27:19", 377.5,
     "a 540B-parameter model trained on a high-quality corpus of 780 billion tokens",
     "PaLM: Scaling Language Modeling with Pathways (arXiv 2204.02311) – 540B, systém Pathways.", None),
    (21, "4.2.1 Typical Architectures", "2024-03-08 19:52:03", 296.8,
     "the encoder-decoder architecture is adopted by only a small number of LLMs", 
     "T5 (Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer) – encoder-decoder, zmínit na semináři.", None),
    (29, "5.1 Instruction Tuning", "2024-03-10 21:18:44", 602.3,
     "instruction tuning can help LLMs to generalize to unseen tasks", None, None),
    (36, "6.3 Complex Reasoning", "2024-03-12 06:49:30", 254.1,
     "further training on scientific and mathematical data substantially improves quantitative reasoning",
     "Minerva: Solving Quantitative Reasoning Problems with Language Models, arXiv:2206.14858 – matematika, kap. 7.", None),
]


def annotation(a):
    page, chap, dt, y, text, note, upd = a
    h = 11.6
    lines = max(1, len(text) // 92 + 1)
    d = {"chapter": chap, "color": "yellow", "datetime": dt}
    if upd:
        d["datetime_updated"] = upd
    d["drawer"] = "lighten"
    if note:
        d["note"] = note
    d["page"] = page
    d["pboxes"] = [{"h": h, "w": 237.4 if i < lines - 1 else 121.8, "x": 72.3 if i == 0 else 70.9, "y": round(y + i * 12.9, 1)} for i in range(lines)]
    d["pos0"] = {"page": page, "rotation": 0, "x": 73.4, "y": round(y + 4.2, 1), "zoom": ZOOM}
    d["pos1"] = {"page": page, "rotation": 0, "x": 192.7, "y": round(y + (lines - 1) * 12.9 + 4.2, 1), "zoom": ZOOM}
    d["text"] = text
    return d


anns = [annotation(a) for a in ANN]
DATA = {
    "annotations": anns,
    "doc_pages": PAGES,
    "doc_path": "/mnt/onboard/Papers/2303.18223v13.pdf",
    "doc_props": {"authors": AUTHORS, "description": "", "keywords": "", "language": "", "series": "", "title": TITLE},
    "highlight_drawer": "lighten",
    "kopt_contrast": 1.0,
    "kopt_font_size": 1.0,
    "kopt_page_margin": 0.05,
    "kopt_text_wrap": 0,
    "kopt_zoom_mode_type": 2,
    "last_page": LAST,
    "partial_md5_checksum": "4f0c9a7e21b83d65c0e9f1a2b7d4c836",
    "percent_finished": LAST / PAGES,
    "stats": {"authors": AUTHORS, "highlights": len(anns), "language": "", "notes": sum(1 for a in anns if "note" in a),
              "pages": PAGES, "performance_in_pages": {}, "series": "", "title": TITLE},
    "summary": {"modified": "2024-03-12", "note": "Přehled je dlouhý, čtu po kapitolách. Na seminář (čt 14:00, místnost S9) "
                "připravit kap. 3–4 a tabulku modelů.", "rating": 4, "status": "reading"},
}


def lua_q(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\0":
            out.append("\\000")
        else:
            out.append(ch)
    return "".join(out) + '"'


def lua_num(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and abs(v) < 1e15):
        return str(int(v))
    return "%.14g" % v


def lua_dump(o, indent=0):
    if isinstance(o, list):
        o = {i: v for i, v in enumerate(o, 1)}
    if isinstance(o, dict):
        keys = sorted(o, key=lambda k: (0, k, "") if isinstance(k, int) else (1, 0, k))
        if not keys:
            return "{}"
        pad = "    " * (indent + 1)
        body = "".join(f"\n{pad}[{lua_num(k) if isinstance(k, int) else lua_q(k)}] = {lua_dump(o[k], indent + 1)}," for k in keys)
        return "{" + body + "\n" + "    " * indent + "}"
    if isinstance(o, str):
        return lua_q(o)
    return lua_num(o)


if __name__ == "__main__":
    TEXT = "-- we can read Lua syntax here!\nreturn " + lua_dump(DATA) + "\n"
    check_no_distractor(TEXT, "224")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
