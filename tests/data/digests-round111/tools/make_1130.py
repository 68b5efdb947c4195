#!/usr/bin/env python3
"""1130: Azure Cosmos DB Data Explorer, the results of `SELECT * FROM c WHERE c.type = "paper" ORDER BY c.session`
saved from the Results pane (Arabic): a Riyadh vision lab's reading-circle container `halaqat`, partition key
/circle. JSON.stringify(…, null, 4) layout with raw UTF-8; each item carries Cosmos DB's system properties, computed
here: _rid (database 4 bytes + container 4 bytes + document 8 bytes, base64), _self from the three rids, _etag
whose last group is _ts in hex, _attachments, _ts."""
import base64, json, os, struct, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1130, keys

DB = bytes.fromhex("93974000")
COLL = DB + bytes.fromhex("9d7161f4")
b64 = lambda b: base64.b64encode(b).decode()
docs = [
 ("2024-01-09", "ريم العتيبي", "2002.05709", "https://arxiv.org/abs/2002.05709", None,
  "SimCLR: تعلّم تبايني بسيط؛ الأهم في الورقة أن التعزيزات (augmentations) وحجم الدفعة هما ما يصنع الفرق."),
 ("2024-01-16", "فيصل الدوسري", "2011.10566", None, None,
  "SimSiam بدون أزواج سالبة ولا ذاكرة؛ إيقاف التدرّج (stop-gradient) يمنع الانهيار. سنقارنه بـ SimCLR."),
 ("2024-01-23", "نورة القحطاني", "2104.14294", "https://arxiv.org/pdf/2104.14294.pdf", None,
  "DINO: خرائط الانتباه تظهر حدود الأجسام دون أي تسميات. الكود: github.com/facebookresearch/dino"),
 ("2024-01-30", "عبدالله الشمري", "2304.07193", None, "arXiv:2304.07193",
  "DINOv2: ميزات عامة جاهزة للاستخدام؛ ناقشنا تنقية البيانات (LVD-142M)."),
 ("2024-02-06", "ريم العتيبي", "2111.06377", "https://arxiv.org/abs/2111.06377", None,
  "MAE: حجب 75% من الرقع ثم إعادة البناء؛ المشفّر يرى الرقع الظاهرة فقط."),
 ("2024-02-13", "فيصل الدوسري", "2103.13646", "https://openreview.net/forum?id=uB5x7Y2qsFR", None,
  "C2D: تدريب ذاتي الإشراف قبل التعلّم مع تسميات مشوّشة — مفيد لبيانات المستشفى عندنا."),
 ("2024-02-20", "نورة القحطاني", "2301.12597", None, None,
  "BLIP-2 (" + au("2301.12597", 2) + "): Q-Former يربط مشفّر صور مجمّد بنموذج لغوي مجمّد."),
 ("2024-02-27", "عبدالله الشمري", "2103.14586", None, None,
  "متانة ViT أمام التشويش والحجب مقارنةً بـ ResNet؛ قراءة اختيارية."),
]
items = []
for i, (date, who, k, link, ref, summ) in enumerate(docs):
    ts = 1704440000 + i * 604800 + i * 3917
    rid = COLL + struct.pack("<Q", i + 1)
    d = {"id": "paper-" + date.replace("-", ""), "type": "paper", "circle": "vision", "session": date, "presenter": who,
         "title": T(k), "link": link}
    if ref: d["ref"] = ref
    d["summary"] = summ
    d["read"] = i < 6
    d["_rid"] = b64(rid)
    d["_self"] = f"dbs/{b64(DB)}/colls/{b64(COLL)}/docs/{b64(rid)}/"
    d["_etag"] = f"\"{(0xa41c + i * 0x1d3):08x}-0000-0d00-0000-{ts:08x}0000\""
    d["_attachments"] = "attachments/"
    d["_ts"] = ts
    items.append(d)
write_only(F1130, json.dumps(items, indent=4, ensure_ascii=False), keys(F1130))
