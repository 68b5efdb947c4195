#!/usr/bin/env python3
"""916 (negative): an HTTPie 3 session copied from the terminal by a Hindi-speaking student who looks after her
reading group's Grist document: `http … "Authorization:Bearer $GRIST_API_KEY"` commands and HTTPie's default
terminal output — the status line, the response headers sorted by name, a blank line, the JSON body formatted with
HTTPie's defaults (4-space indent, keys sorted, non-ASCII shown as is), a blank line. Grist's REST answers: `tables`
(`id`, `fields`), `records` (`id`, `fields`; Date columns as Unix seconds), and a 404 `{"error": …}` for a table
that does not exist (the group keeps no paper table: the reading list lives in a Zotero group). Express headers:
`Content-Length` of the compact JSON, a weak ETag `W/"<length in hex>-<27 base64 characters>"`. The sessions, rooms
and members name no paper, and nothing in the file is arXiv-shaped."""
import base64, datetime as dt, email.utils, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "916_negative_httpie_session_grist_records_api_hindi_reading_group_sessions_and_rooms.txt"
PROMPT = "neha@thinkpad-e14:~/pathan-samooh$ "
BASE = "https://grist.pathshala.example/api/docs/8rKq2VWm5xNp3sTcYd7Ae1"
AUTH = '"Authorization:Bearer $GRIST_API_KEY"'
out = []
clock = [dt.datetime(2024, 3, 7, 10, 14, 52, tzinfo=dt.timezone.utc)]


def respond(cmd, status, body, secs):
    clock[0] += dt.timedelta(seconds=secs)
    compact = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    tag = base64.b64encode(hashlib.sha1(compact).digest()).decode()[:27]
    out.append(PROMPT + cmd)
    out.append({200: "HTTP/1.1 200 OK", 404: "HTTP/1.1 404 Not Found"}[status])
    hdr = {"Connection": "keep-alive", "Content-Length": str(len(compact)),
           "Content-Type": "application/json; charset=utf-8",
           "Date": email.utils.format_datetime(clock[0], usegmt=True), "ETag": f'W/"{len(compact):x}-{tag}"'}
    out.extend(f"{k}: {v}" for k, v in sorted(hdr.items(), key=lambda x: x[0].lower()))
    out.append("")
    out.append(json.dumps(body, ensure_ascii=False, indent=4, sort_keys=True))
    out.append("")


def day(m, d):
    return int(dt.datetime(2024, m, d, tzinfo=dt.timezone.utc).timestamp())


respond(f"http {BASE}/tables {AUTH}", 200, {"tables": [
    {"id": "Sessions", "fields": {"tableRef": 1, "onDemand": False, "primaryViewId": 1, "summarySourceTable": 0,
                                  "rawViewSectionRef": 2, "recordCardViewSectionRef": 3}},
    {"id": "Sadasya", "fields": {"tableRef": 2, "onDemand": False, "primaryViewId": 2, "summarySourceTable": 0,
                                 "rawViewSectionRef": 5, "recordCardViewSectionRef": 6}},
    {"id": "Kaksha", "fields": {"tableRef": 3, "onDemand": False, "primaryViewId": 3, "summarySourceTable": 0,
                                "rawViewSectionRef": 8, "recordCardViewSectionRef": 9}},
]}, 0)


def sess(i, m, d, who, topic, room, state, note):
    return {"id": i, "fields": {"Tarikh": day(m, d), "Prastutakarta": who, "Vishay": topic, "Kaksha": room,
                                "Sthiti": state, "Tippani": note}}


respond(f"http {BASE}/tables/Sessions/records {AUTH} sort==Tarikh limit==6", 200, {"records": [
    sess(1, 2, 15, "आदित्य वर्मा", "सेल्फ़-अटेंशन और स्थितीय एन्कोडिंग: बुनियादी बातें", "LH-3", "हो गया",
         "स्लाइड्स ड्राइव पर हैं। अगली बार समय 45 मिनट से ज़्यादा न हो।"),
    sess(2, 2, 22, "नेहा गुप्ता", "विसरण (डिफ़्यूज़न) मॉडल: मूल विचार", "LH-3", "हो गया",
         "गणित वाला हिस्सा अगली बैठक में दोहराना है।"),
    sess(3, 2, 29, "इरफ़ान ख़ान", "कंट्रास्टिव तरीक़ों से प्रतिनिधित्व सीखना", "सेमिनार कक्ष", "हो गया", ""),
    sess(4, 3, 7, "प्रिया नायर", "बड़े भाषा मॉडलों का मूल्यांकन कैसे करें", "LH-2", "आज",
         "कमरा बदलकर LH-2 किया गया। पढ़ने की सूची Zotero समूह में है, यहाँ नहीं।"),
    sess(5, 3, 14, "", "होली की छुट्टी — बैठक नहीं", "", "रद्द", ""),
    sess(6, 3, 21, "राहुल सिंह", "ग्राफ़ न्यूरल नेटवर्क का परिचय", "LH-3", "तय", "विषय पर आधारित एक लेख राहुल चुनेंगे।"),
]}, 9)
respond(f"http {BASE}/tables/Papers/records {AUTH}", 404, {"error": 'Table not found "Papers"'}, 14)
respond(f"http {BASE}/tables/Kaksha/records {AUTH}", 200, {"records": [
    {"id": 1, "fields": {"Naam": "LH-2", "Bhavan": "व्याख्यान भवन", "Kshamata": 60, "Projector": True}},
    {"id": 2, "fields": {"Naam": "LH-3", "Bhavan": "व्याख्यान भवन", "Kshamata": 80, "Projector": True}},
    {"id": 3, "fields": {"Naam": "सेमिनार कक्ष", "Bhavan": "कंप्यूटर विज्ञान विभाग, दूसरी मंज़िल", "Kshamata": 25,
                         "Projector": False}},
]}, 21)
out.append(PROMPT)
write(F, "\n".join(out) + "\n", negative=True)
