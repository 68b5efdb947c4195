#!/usr/bin/env python3
"""651: a CouchDB 3.3 response to GET /db/_all_docs?include_docs=true: {"total_rows":N,"offset":0,"rows":[ then one row
per line ({"id","key","value":{"rev"},"doc"}) joined by ",\\r\\n", then "\\r\\n]}\\n"; ids in raw (ASCII) order, the design
doc first, revs "N-<md5 hex>", raw UTF-8, attachment stubs. A Hindi paper tracker on LLM evaluation and agents."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_raw
from make_expected import F651, keys


def rev(n, s):
    return f"{n}-{hashlib.md5(s.encode()).hexdigest()}"


def att(name, length, revpos):
    import base64
    return {name: {"content_type": "application/pdf", "revpos": revpos,
                   "digest": "md5-" + base64.b64encode(hashlib.md5(name.encode()).digest()).decode(),
                   "length": length, "stub": True}}


docs = []


def paper(i, key, status, added, note, url=None, ident=None, tags=(), n=1, pdf=None, venue=""):
    d = {"_id": i, "_rev": rev(n, i + note), "type": "paper", "title": T(key), "authors": authors(key)[:6],
         "venue": venue, "status": status, "tags": list(tags), "added": added, "notes": note}
    if url: d["url"] = url
    if ident: d["identifier"] = ident
    if pdf: d["_attachments"] = att(*pdf)
    docs.append(d)


docs.append({"_id": "_design/tracker", "_rev": rev(3, "design"), "language": "javascript",
             "views": {"by_status": {"map": "function (doc) {\n  if (doc.type === 'paper') {\n    emit(doc.status, doc.title);\n  }\n}"},
                       "by_tag": {"map": "function (doc) {\n  if (doc.tags) {\n    doc.tags.forEach(function (t) { emit(t, null); });\n  }\n}",
                                  "reduce": "_count"}},
             "validate_doc_update": "function (newDoc, oldDoc, userCtx) {\n  if (newDoc.type === 'paper' && !newDoc.title) {\n    throw({forbidden: 'title ज़रूरी है'});\n  }\n}"})
paper("paper_arena_judge", "2306.05685", "पढ़ लिया", "2024-02-12T10:31:00+05:30",
      "GPT-4 को जज बनाकर तुलना; पोज़ीशन बायस और वर्बोसिटी बायस वाला हिस्सा हमारी हिंदी बेंचमार्क योजना के लिए ज़रूरी।",
      url="https://arxiv.org/abs/2306.05685", tags=["मूल्यांकन", "llm-judge"], n=3, venue="NeurIPS 2023 Datasets and Benchmarks",
      pdf=("judging-llm.pdf", 1903211, 2))
paper("paper_bigbench", "2206.04615", "पढ़ना है", "2024-02-14T18:05:12+05:30",
      "204 टास्क; सिर्फ़ हिंदी/भारतीय भाषाओं वाले टास्क छाँटने हैं। लिंक बाद में जोड़ना।",
      tags=["मूल्यांकन", "बेंचमार्क"], venue="TMLR 2023")
paper("paper_entity_retrieval", "2010.00904", "पढ़ना है", "2024-03-01T09:40:44+05:30",
      "एंटिटी के नाम अक्षर-दर-अक्षर जनरेट करना (constrained beam search)। सुधा जी ने सुझाया, RAG सत्र के लिए।",
      tags=["रिट्रीवल"], venue="ICLR 2021")
paper("paper_llama", "2302.13971", "पढ़ लिया", "2024-01-20T21:16:09+05:30",
      "ओपन वेट वाले मॉडल; ट्रेनिंग डेटा का मिश्रण (तालिका 1) स्लाइड में डालना।",
      ident="arXiv 2302.13971", tags=["मॉडल"], n=2, venue="")
paper("paper_mmlu", "2009.03300", "चर्चा में", "2024-02-02T11:00:00+05:30",
      "57 विषय, बहुविकल्पीय प्रश्न। हिंदी अनुवाद वाला संस्करण बनाना है? — अगली बैठक में तय करें।",
      tags=["मूल्यांकन", "बेंचमार्क"], n=2, venue="ICLR 2021")
paper("paper_opt", "2205.01068", "पढ़ लिया", "2024-01-20T21:20:31+05:30",
      "लॉगबुक (ट्रेनिंग के दौरान की दिक्कतें) सबसे रोचक हिस्सा।",
      url="https://arxiv.org/pdf/2205.01068.pdf", tags=["मॉडल"], venue="")
paper("paper_react", "2210.03629", "चर्चा में", "2024-03-05T16:45:27+05:30",
      "Thought → Action → Observation लूप; HotpotQA और ALFWorld पर प्रयोग। एजेंट सत्र (22 मार्च) का मुख्य लेख।",
      url="https://openreview.net/forum?id=WE_vluYUL-X", tags=["एजेंट"], n=4, venue="ICLR 2023",
      pdf=("react-iclr2023.pdf", 1276544, 3))
paper("paper_rt2", "2307.15818", "पढ़ना है", "2024-03-07T08:12:50+05:30",
      "रोबोटिक्स वाले साथी (हमारी अपनी लैब से) इसे प्रस्तुत करेंगे।",
      url="https://arxiv.org/abs/2307.15818", tags=["एजेंट", "रोबोटिक्स"], venue="CoRL 2023")
docs.append({"_id": "res_harness", "_rev": rev(1, "res_harness"), "type": "resource", "kind": "software",
             "name": "lm-evaluation-harness (EleutherAI)", "url": "https://github.com/EleutherAI/lm-evaluation-harness",
             "notes": "यह सॉफ़्टवेयर है, लेख नहीं। हिंदी टास्क जोड़ने के लिए fork करना है।"})
docs.append({"_id": "res_leaderboard", "_rev": rev(2, "res_leaderboard"), "type": "resource", "kind": "leaderboard",
             "name": "Open LLM Leaderboard (Hugging Face)", "url": "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
             "notes": "सिर्फ़ संदर्भ के लिए; स्कोर बदलते रहते हैं।"})
docs.append({"_id": "res_lilian_agents", "_rev": rev(1, "res_lilian_agents"), "type": "resource", "kind": "blog",
             "name": "LLM Powered Autonomous Agents (Lilian Weng का ब्लॉग)", "url": "https://lilianweng.github.io/posts/2023-06-23-agent/",
             "notes": "एजेंट सत्र से पहले पढ़ने के लिए अच्छा सारांश।"})
docs.append({"_id": "session_2024-03-22", "_rev": rev(2, "session"), "type": "session", "date": "2024-03-22",
             "room": "सेमिनार कक्ष 3, कंप्यूटर विज्ञान भवन", "presenters": ["अनन्या वर्मा", "रोहित सिंह"],
             "papers": ["paper_react", "paper_rt2"], "notes": "चाय: कैंटीन से ऑर्डर (राहुल)।"})
docs.sort(key=lambda d: d["_id"].encode())
rows = [json.dumps({"id": d["_id"], "key": d["_id"], "value": {"rev": d["_rev"]}, "doc": d}, ensure_ascii=False,
                   separators=(",", ":")) for d in docs]
raw = '{"total_rows":' + str(len(docs)) + ',"offset":0,"rows":[\r\n' + ",\r\n".join(rows) + "\r\n]}\n"
write_raw(F651, raw.encode("utf-8"), [raw], keys(F651))
