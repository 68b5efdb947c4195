#!/usr/bin/env python3
"""1180: a SeaTable base exported as CSV (Hindi): a Pune-like lab's “पढ़ने की सूची” table for efficient inference and
fine-tuning. Header row = the table's columns in view order (an auto-number `क्रम`, text, URL, single select, collaborator
shown by name, multiple select joined by “, ”, date, long text); comma-separated, fields quoted only when needed (comma,
quote, line break), doubled quotes inside, LF records and a final LF, no BOM. The link column holds what people pasted:
an arXiv abs or pdf URL, an OpenReview forum URL, a bare “arXiv:…” id, or nothing; two rows are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1180, keys

H = ["क्रम", "शीर्षक", "लिंक", "स्थिति", "ज़िम्मेदार", "टैग", "जोड़ा गया", "टिप्पणी"]
rows = [
 (T("1710.03740"), "https://openreview.net/forum?id=" + OR("1710.03740"), "पूरा हुआ", "अनन्या", "training, fp16", "2024-01-08",
  "FP16 + loss scaling + FP32 master weights. हमारी सारी ट्रेनिंग स्क्रिप्ट इसी पर टिकी हैं।"),
 (T("2208.07339"), "", "पूरा हुआ", "विक्रम", "quantization, inference", "2024-01-15",
  "outlier features वाला हिस्सा ध्यान से पढ़ें। लिंक बाद में जोड़ना है।"),
 (T("2210.17323"), "https://arxiv.org/pdf/2210.17323.pdf", "पूरा हुआ", "विक्रम", "quantization, inference", "2024-01-22",
  "3/4-bit, एक GPU पर 175B. \"one-shot\" quantization — कोई retraining नहीं।"),
 ("bitsandbytes (लाइब्रेरी)", "https://github.com/TimDettmers/bitsandbytes", "पूरा हुआ", "विक्रम", "tools", "2024-01-22",
  "पेपर नहीं, लाइब्रेरी है — int8/4-bit के लिए।"),
 (T("2211.17192"), "arXiv:2211.17192", "पढ़ रहे हैं", "रोहन", "inference, decoding", "2024-02-05",
  "draft model + verification; आउटपुट distribution वही रहता है।\nवैसा ही विचार DeepMind वाले speculative sampling में भी।"),
 (T("2008.07905"), "", "पढ़ना है", "रोहन", "decoding, NMT", "2024-02-12",
  "non-autoregressive NMT; GLAT. अनुवाद टीम ने सुझाया।"),
 (T("2011.06182"), "https://openreview.net/forum?id=" + OR("2011.06182"), "पढ़ना है", "अनन्या", "fine-tuning", "2024-02-19",
  "contrastive + classifier head, दोनों साथ में।"),
 (T("2402.09353"), "https://arxiv.org/abs/2402.09353", "पढ़ रहे हैं", "मेघा", "fine-tuning, peft", "2024-02-26",
  "LoRA को magnitude और direction में बाँटता है। हमारे Hindi-instruct प्रयोग के लिए सबसे ज़रूरी।"),
 (T("1910.03771"), "", "पढ़ना है", "मेघा", "tools", "2024-03-04",
  "लाइब्रेरी वाला पेपर; उद्धरण के लिए चाहिए।"),
 ("vLLM docs — PagedAttention", "https://docs.vllm.ai/en/latest/", "पढ़ना है", "रोहन", "tools, inference", "2024-03-04",
  "डॉक्स, पेपर नहीं।"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(H)
for i, r in enumerate(rows, 1):
    w.writerow([str(i)] + list(r))
text = buf.getvalue()
write_only(F1180, text, keys(F1180))
