#!/usr/bin/env python3
"""1112: a HipChat Server export's room history (`rooms/37/history.json`, Arabic), a 2018 team room where papers
were passed around; Python's json.dumps(indent=4, sort_keys=True) layout with every non-ASCII character as \\uXXXX.
UserMessage items (sender, mentions computed from the @names in the text) and NotificationMessage items from an RSS
integration (HTML). Timestamps in the export's `…Z micro` form, ids UUIDs derived from a counter."""
import json, os, sys, uuid, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1112, ALEXNET, keys

USERS = {"Omar": (1204, "عمر الحسيني"), "Lina": (1211, "لينا الخطيب"), "Karim": (1187, "كريم منصور"),
         "Huda": (1230, "هدى السعدي")}
items = []


def uid(i):
    return str(uuid.UUID(hashlib.md5(f"r37-{i}".encode()).hexdigest(), version=4))


def user(who, ts, msg):
    mentions = [{"id": USERS[m][0], "mention_name": m, "name": USERS[m][1]} for m in USERS if "@" + m in msg]
    items.append({"UserMessage": {"attachment": None, "id": uid(len(items)), "mentions": mentions, "message": msg,
                                  "sender": {"id": USERS[who][0], "mention_name": who, "name": USERS[who][1]},
                                  "timestamp": ts}})


def notif(ts, html_msg):
    items.append({"NotificationMessage": {"attachment": None, "color": "yellow", "id": uid(len(items)),
                                          "message": html_msg, "message_format": "html", "sender": "arXiv RSS",
                                          "timestamp": ts}})


user("Omar", "2018-10-02T08:41:09Z 117302", "صباح الخير. جلسة القراءة القادمة يوم الخميس الساعة 2 في قاعة الاجتماعات الصغيرة. الموضوع: الشبكات العميقة للرؤية، من البداية.")
user("Omar", "2018-10-02T08:43:55Z 904411", f"نبدأ بالكلاسيكية: {ALEXNET} (Krizhevsky وآخرون، NIPS 2012). النسخة في وقائع المؤتمر، ليست على arXiv.")
user("Lina", "2018-10-02T09:02:17Z 551020", f"ثم {T('1512.03385')} https://arxiv.org/abs/1512.03385 — أنا أقدمها. @Karim هل تأخذ ورقة PReLU؟")
user("Karim", "2018-10-02T09:10:48Z 030218", f"نعم، أقدم \"{T('1502.01852')}\". فيها أيضًا طريقة التهيئة (He init) التي نستخدمها في كل مكان.")
notif("2018-10-02T10:00:03Z 002417", '<b>cs.CL</b>: <a href="https://arxiv.org/abs/1802.05365">Deep contextualized word representations</a> (Peters et al.) — updated v2')
user("Huda", "2018-10-02T10:06:31Z 771950", "ELMo 👆 نحتاجه لجلسة الأسبوع القادم عن تمثيل الكلمات. سأجهز مقارنة مع word2vec.")
user("Huda", "2018-10-02T10:08:12Z 316644", f"للتذكير، ورقة word2vec الأصلية: {T('1301.3781')} — arXiv:1301.3781 (ICLR workshop 2013)")
user("Omar", "2018-10-03T13:22:40Z 608807", f"@Lina @Huda للترجمة الآلية نحتاج {T('1409.3215')} (https://arxiv.org/pdf/1409.3215.pdf) قبل أي شيء عن الـ attention.")
user("Lina", "2018-10-03T13:25:03Z 441300", f"وأيضًا BPE: {T('1508.07909')} لأن fairseq يعتمد عليها. الكود: github.com/rsennrich/subword-nmt")
user("Karim", "2018-10-04T16:47:19Z 092734", f"ورقة أخرى رأيتها في مؤتمر ECCV: {T('1807.03748')} — CPC من DeepMind، تعلم تمثيلات بدون تسميات. ربما لجلسة لاحقة؟")
user("Omar", "2018-10-04T16:51:58Z 375126", "فكرة جيدة، نضعها في قائمة الانتظار. وللمبتدئين: محاضرات cs231n على يوتيوب ومدونة colah عن LSTM (ليست أوراقًا لكن مفيدة).")
text = json.dumps(items, indent=4, sort_keys=True)
write_only(F1112, text, keys(F1112), forms=[json.dumps(items, ensure_ascii=False)])
