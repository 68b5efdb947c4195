#!/usr/bin/env python3
"""1075: a Hindi-speaking vision lab's Miro board for its Tuesday paper club, as Miro's REST API v2 answered
`GET https://api.miro.com/v2/boards/uXjVNf2Kq8A=/items?limit=50` (saved by a teammate's export script): compact JSON,
UTF-8 raw, no final newline; `data` (items), `total`, `size`, `limit`, `links`. Items with Miro's keys (id, type, data,
style, position, geometry, parent for items inside a frame, createdAt, createdBy, modifiedAt, modifiedBy, links):
three frames (`format` custom, `type` freeform), sticky notes (HTML `content` with `<p>`, `<strong>`, `<a href>`,
Miro's named fill colours), cards (title, description, dueDate, assigneeId, cardTheme), text items (string-valued
style), and a YouTube embed; positions `parent_top_left` inside their frame, `canvas_center` for frames. The LAVIS
repository, the YouTube talk and the Dodrio demo page are not papers; "BLIP-2", "Zero-1-to-3", "COTR",
"Deformable DETR", "Graphormer", "Dodrio", "FedDyn" are nicknames."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1075)
K = dict(zero123="2303.11328", blip2="2301.12597", cotr="2103.14167", ddetr="2010.04159", change="2103.14146",
         graphormer="2106.05234", dodrio="2103.14625", feddyn="2111.04263")
BOARD = "uXjVNf2Kq8A="
API = f"https://api.miro.com/v2/boards/{BOARD}"
USERS = {"ananya": "3458764517517818867", "rohit": "3458764521093346502", "priya": "3458764530211702345"}


def iid(seed):
    return str(3458764580000000000 + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % 10 ** 11)


def who(u):
    return {"id": USERS[u], "type": "user"}


def item(seed, typ, data, style, pos, geom, created, cu, modified, mu, parent=None):
    i = iid(seed)
    d = {"id": i, "type": typ, "data": data, "style": style,
         "position": {"x": float(pos[0]), "y": float(pos[1]), "origin": "center",
                      "relativeTo": "parent_top_left" if parent else "canvas_center"},
         "geometry": {"width": float(geom[0]), "height": float(geom[1])}}
    if parent:
        d["parent"] = {"id": iid(parent), "links": {"self": f"{API}/items/{iid(parent)}"}}
    d.update({"createdAt": created, "createdBy": who(cu), "modifiedAt": modified, "modifiedBy": who(mu),
              "links": {"self": f"{API}/items/{i}"}})
    return d


def frame(seed, title, pos, geom, created, cu):
    return item(seed, "frame", {"format": "custom", "title": title, "type": "freeform", "showContent": True},
                {"fillColor": "#ffffffff"}, pos, geom, created, cu, created, cu)


def sticky(seed, html, color, pos, parent, created, cu, modified=None, mu=None):
    return item(seed, "sticky_note", {"content": html, "shape": "square"},
                {"fillColor": color, "textAlign": "left", "textAlignVertical": "top"}, pos, (199, 228),
                created, cu, modified or created, mu or cu, parent)


def card(seed, title, desc, due, assignee, pos, parent, created, cu, modified=None, mu=None):
    return item(seed, "card", {"assigneeId": USERS[assignee], "description": desc, "dueDate": due, "title": title},
                {"cardTheme": "#2d9bf0"}, pos, (320, 94), created, cu, modified or created, mu or cu, parent)


def text(seed, html, pos, parent, created, cu, width=420):
    return item(seed, "text", {"content": html},
                {"color": "#1a1a1a", "fillColor": "transparent", "fillOpacity": "1.0", "fontFamily": "open_sans",
                 "fontSize": "14", "textAlign": "left"}, pos, (width, 60), created, cu, created, cu, parent)


items = [
 frame("f-week", "इस हफ़्ते — मंगलवार 12 मार्च", (-900, 0), (1000, 700), "2024-03-04T05:40:12Z", "ananya"),
 sticky("s-blip2", f'<p><strong>{T(K["blip2"])}</strong></p><p>प्रस्तुति: अनन्या</p>'
        '<p><a href="https://arxiv.org/abs/2301.12597">https://arxiv.org/abs/2301.12597</a></p>'
        '<p>Q-Former: जमे हुए इमेज एनकोडर और जमे हुए LLM के बीच एक छोटा पुल</p>',
        "light_yellow", (160, 180), "f-week", "2024-03-04T05:44:30Z", "ananya", "2024-03-05T09:12:08Z", "ananya"),
 sticky("s-zero123", f'<p><strong>{T(K["zero123"])}</strong></p><p>प्रस्तुति: रोहित</p>'
        '<p><a href="https://arxiv.org/abs/2303.11328">arxiv.org/abs/2303.11328</a></p>'
        '<p>एक तस्वीर से नया व्यू — कैमरा पोज़ पर कंडीशन किया गया डिफ्यूज़न</p>',
        "light_green", (420, 180), "f-week", "2024-03-04T06:02:51Z", "rohit"),
 sticky("s-lavis", '<p>कोड: LAVIS रिपॉज़िटरी (पेपर नहीं)</p>'
        '<p><a href="https://github.com/salesforce/LAVIS">github.com/salesforce/LAVIS</a></p>',
        "gray", (680, 180), "f-week", "2024-03-04T06:05:17Z", "ananya"),
 item("e-talk", "embed", {"contentType": "video", "description": "Zero-shot novel view synthesis talk", "html":
      '<iframe width="480" height="270" src="https://www.youtube.com/embed/Xb7nNq3LzQe" frameborder="0" allowfullscreen></iframe>',
      "mode": "inline", "previewUrl": "https://i.ytimg.com/vi/Xb7nNq3LzQe/hqdefault.jpg", "providerName": "YouTube",
      "providerUrl": "https://www.youtube.com/", "title": "Zero-1-to-3 — talk (YouTube)",
      "url": "https://www.youtube.com/watch?v=Xb7nNq3LzQe"}, {}, (420, 500), (480, 270),
      "2024-03-05T09:20:44Z", "rohit", "2024-03-05T09:20:44Z", "rohit", "f-week"),
 frame("f-queue", "कतार — अगले हफ़्तों के लिए", (300, 0), (1100, 700), "2024-03-04T05:41:03Z", "ananya"),
 card("c-cotr", T(K["cotr"]), "इमेज मैचिंग के लिए ट्रांसफ़ॉर्मर। arXiv:2103.14167 — ICCV 2021", "2024-03-19T00:00:00Z",
      "priya", (200, 120), "f-queue", "2024-03-04T06:30:19Z", "priya"),
 card("c-ddetr", T(K["ddetr"]), "DETR की धीमी ट्रेनिंग का हल: deformable attention. arXiv:2010.04159", "2024-03-26T00:00:00Z",
      "rohit", (200, 260), "f-queue", "2024-03-04T06:31:55Z", "rohit", "2024-03-05T10:02:37Z", "ananya"),
 card("c-change", T(K["change"]), "दो तस्वीरों में बदलाव खोजना और उनका वर्णन करना — हमारे सैटेलाइट प्रोजेक्ट से जुड़ा",
      "2024-04-02T00:00:00Z", "ananya", (200, 400), "f-queue", "2024-03-04T06:40:02Z", "ananya"),
 card("c-graph", T(K["graphormer"]), "ग्राफ़ पर ट्रांसफ़ॉर्मर (NeurIPS 2021). मॉलिक्यूल वाले साथियों के लिए",
      "2024-04-09T00:00:00Z", "priya", (200, 540), "f-queue", "2024-03-04T06:44:48Z", "priya"),
 sticky("s-vote", "<p>वोट करें 👍 — कौन सा पेपर पहले?</p><p>COTR 3 · Deformable DETR 5 · Graphormer 2</p>",
        "orange", (720, 200), "f-queue", "2024-03-05T10:05:11Z", "ananya"),
 frame("f-other", "बाकी / साइड नोट्स", (-300, 900), (1400, 420), "2024-03-04T05:42:30Z", "ananya"),
 text("t-dodrio", f"<p>विज़ुअलाइज़ेशन के लिए: <strong>{T(K['dodrio'])}</strong> — डेमो पेज देखें, इंस्टॉल की ज़रूरत नहीं</p>",
      (320, 100), "f-other", "2024-03-04T07:01:27Z", "priya"),
 text("t-feddyn", f"<p>प्रिया का प्रस्ताव (बाद में): {T(K['feddyn'])} — अस्पतालों के बीच फ़ेडरेटेड ट्रेनिंग</p>",
      (320, 220), "f-other", "2024-03-04T07:03:09Z", "priya", width=520),
 sticky("s-rule", "<p>नियम: हर प्रस्तुति 25 मिनट + 10 मिनट चर्चा। स्लाइड्स सोमवार रात तक शेयर करें।</p>",
        "light_pink", (1100, 200), "f-other", "2024-03-04T05:50:00Z", "ananya"),
]
data = {"data": items, "total": len(items), "size": len(items), "limit": 50, "links": {"self": f"{API}/items?limit=50"}}
out = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
write_only(F, out, keys(F))
