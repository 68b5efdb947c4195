#!/usr/bin/env python3
"""1311: a txtai session in the Python REPL (Hindi): a Bengaluru-like lab's vision-language reading group keeps its
list as `suchi.json` (id, text = title — Hindi note, url); Priya indexed it with txtai (content=True, a multilingual
sentence-transformers model) and pasted the REPL into the group's notes: the banner, the list printed with a loop,
`Embeddings(…)`, `index`, `count`, two `search` calls (a Hindi query with a limit, an SQL query with `similar()` and
a score bound, selecting url) and `save`. Results as Python prints them: a list of dicts on one line, single-quoted
strings, float32 scores widened to double. The OpenCLIP library and a lecture recording are not papers; CLIP,
Flamingo, ALIGN, SigLIP, SupCon, DACL and Frozen are nicknames."""
import os, struct, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1311, keys

DATA = [
 {"id": "p01", "text": f"{T('2103.00020')} — CLIP: छवि और पाठ का साझा स्थान, zero-shot वर्गीकरण", "url": "https://arxiv.org/abs/2103.00020"},
 {"id": "p02", "text": f"{T('2102.05918')} (arXiv:2102.05918) — ALIGN: शोरयुक्त alt-text के एक अरब जोड़े", "url": None},
 {"id": "p03", "text": f"{T('2204.14198')} — Flamingo: कुछ उदाहरणों से दृश्य प्रश्नोत्तर", "url": "https://arxiv.org/abs/2204.14198"},
 {"id": "p04", "text": f"{T('2106.13884')} — Frozen: जमे हुए भाषा मॉडल के साथ छवि एन्कोडर; लिंक अभी नहीं मिला", "url": None},
 {"id": "p05", "text": f"{T('2303.15343')} — SigLIP: softmax की जगह sigmoid हानि", "url": "https://arxiv.org/abs/2303.15343"},
 {"id": "p06", "text": f"{T('2004.11362')} — SupCon: लेबल के साथ कॉन्ट्रास्टिव सीखना", "url": "https://arxiv.org/pdf/2004.11362"},
 {"id": "p07", "text": f"{T('2011.04419')} — DACL: हर प्रकार के डेटा के लिए mixup से कॉन्ट्रास्टिव सीखना", "url": None},
 {"id": "p08", "text": f"{T('2006.06882')} — प्री-ट्रेनिंग बनाम सेल्फ-ट्रेनिंग; अगली बैठक के लिए", "url": None},
 {"id": "p09", "text": "OpenCLIP — CLIP का खुला कार्यान्वयन (लाइब्रेरी, लेख नहीं)", "url": "https://github.com/mlfoundations/open_clip"},
 {"id": "p10", "text": "व्याख्यान: दृष्टि-भाषा मॉडल का परिचय (रिकॉर्डिंग, 2 घंटे)", "url": "https://www.youtube.com/watch?v=Vq8kRtz5Lm4"},
]


Q1 = "छवि और पाठ को जोड़ने वाले मॉडल"
R1 = sorted([(0.6712, "p01"), (0.6208, "p02"), (0.5931, "p05")], reverse=True)
Q2 = "select id, text, url, score from txtai where similar('contrastive learning') and score >= 0.35"
R2 = [(0.6124, "p06"), (0.5377, "p07"), (0.4459, "p01"), (0.3862, "p05")]
f32 = lambda x: struct.unpack("f", struct.pack("f", x))[0]
by = {d["id"]: d for d in DATA}
res1 = [{"id": i, "text": by[i]["text"], "score": f32(s)} for s, i in R1]
res2 = [{"id": i, "text": by[i]["text"], "url": by[i]["url"], "score": f32(s)} for s, i in R2]
P = ">>> "
out = ["(venv) priya@drishti-lab:~/padhai$ python3",
       "Python 3.11.9 (main, Apr  6 2024, 17:59:24) [GCC 11.4.0] on linux",
       'Type "help", "copyright", "credits" or "license" for more information.',
       P + "import json", P + "from txtai import Embeddings",
       P + 'data = json.load(open("suchi.json", encoding="utf-8"))', P + "len(data)", str(len(DATA)),
       P + 'for d in data: print(d["id"], d["text"], d["url"] or "-")', "... "]
out += [f"{d['id']} {d['text']} {d['url'] or '-'}" for d in DATA]
out += [P + 'embeddings = Embeddings(path="sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2", content=True)',
        P + "embeddings.index(data)", P + "embeddings.count()", str(len(DATA)),
        P + f'embeddings.search("{Q1}", 3)', repr(res1),
        P + f'embeddings.search("{Q2}")', repr(res2),
        P + 'embeddings.save("suchi-index")', P + "exit()", "(venv) priya@drishti-lab:~/padhai$ "]
text = "\n".join(out) + "\n"
write_only(F1311, text, keys(F1311))
