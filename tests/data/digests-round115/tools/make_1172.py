#!/usr/bin/env python3
"""1172: a Chroma query answer (`POST /api/v1/collections/{id}/query`, saved with curl; Hindi): a Bengaluru lab's
note collection `llm-padhai` asked with one query text for LLM scaling / alignment notes, n_results 10. FastAPI
writes it compact with raw UTF-8 and no final newline; one inner list per query; metadata values are scalars only
(a note without a link simply has no `url` / `arxiv` key); distances ascending; `embeddings`, `uris`, `data` null and
`included` names the returned fields."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1172, keys

A = "https://arxiv.org/abs/"
R = [  # id, distance, metadata, document
 ("note-0412", 0.3187, {"title": T("2203.02155"), "url": A + "2203.02155", "added_by": "priya", "week": 14, "kind": "paper"},
  "InstructGPT: SFT → reward model → PPO. 1.3B मॉडल को 175B से ज़्यादा पसंद किया गया — यही मुख्य बात। हमारे RLHF प्रयोगों का आधार।"),
 ("note-0398", 0.3402, {"title": T("2206.07682"), "added_by": "arjun", "week": 12, "kind": "paper"},
  "उभरती क्षमताएँ: स्केल बढ़ने पर अचानक दिखने वाली क्षमताएँ। मीट्रिक चुनने पर कितना निर्भर है, इस पर बहस ज़रूरी।"),
 ("note-0420", 0.3655, {"title": T("2307.09288"), "url": A + "2307.09288", "added_by": "kavya", "week": 15, "kind": "paper"},
  "Llama 2 — ओपन वेट्स, chat संस्करण में सुरक्षा RLHF। परिशिष्ट में डेटा/रेड-टीमिंग विवरण पढ़ें।"),
 ("note-0377", 0.3819, {"title": T("2204.02311"), "url": "https://arxiv.org/pdf/2204.02311", "added_by": "arjun", "week": 10, "kind": "paper"},
  "PaLM 540B, Pathways पर प्रशिक्षण। chain-of-thought के साथ तर्क वाले बेंचमार्क पर बड़ा उछाल।"),
 ("note-0431", 0.4026, {"title": T("2206.14858"), "arxiv": "arXiv:2206.14858", "added_by": "rohit", "week": 16, "kind": "paper"},
  "Minerva: गणित के लिए PaLM को arXiv/गणित वेब पन्नों पर आगे प्रशिक्षित किया। majority voting से MATH पर सुधार।"),
 ("note-0385", 0.4270, {"title": T("2207.05221"), "added_by": "priya", "week": 11, "kind": "paper"},
  "कैलिब्रेशन: मॉडल P(True) से बता सकता है कि उसका जवाब सही है या नहीं। अभी लिंक नहीं जोड़ा।"),
 ("note-0440", 0.4391, {"title": "Stanford CS324: Large Language Models (कोर्स नोट्स)", "url": "https://stanford-cs324.github.io/winter2022/", "added_by": "kavya", "week": 16, "kind": "course"},
  "कोर्स, पेपर नहीं। स्केलिंग और हानियों वाले व्याख्यान नए सदस्यों के लिए।"),
 ("note-0366", 0.4512, {"title": T("1904.09751"), "added_by": "rohit", "week": 9, "kind": "paper"},
  "nucleus (top-p) sampling। डिकोडिंग पर पुराना पर अब भी ज़रूरी पेपर।"),
 ("note-0402", 0.4688, {"title": T("2110.04366"), "url": "https://openreview.net/forum?id=" + OR("2110.04366"), "added_by": "arjun", "week": 13, "kind": "paper"},
  "adapter, prefix tuning और LoRA को एक ही ढाँचे में देखना — ICLR 2022। हमारे फ़ाइन-ट्यूनिंग बजट के लिए उपयोगी।"),
 ("note-0445", 0.4803, {"title": "Hugging Face ब्लॉग: Illustrating RLHF", "url": "https://huggingface.co/blog/rlhf", "added_by": "priya", "week": 17, "kind": "blog"},
  "ब्लॉग पोस्ट — पेपर नहीं, पर चित्र अच्छे हैं।"),
]
doc = {"ids": [[r[0] for r in R]], "distances": [[r[1] for r in R]], "embeddings": None,
       "metadatas": [[r[2] for r in R]], "documents": [[r[3] for r in R]], "uris": None, "data": None,
       "included": ["distances", "metadatas", "documents"]}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
write_only(F1172, text, keys(F1172))
