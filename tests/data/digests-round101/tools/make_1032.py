#!/usr/bin/env python3
"""1032: Splunk's CSV export (Search → Export → CSV) of `index=paperbot host=paperbot-prod-1 earliest=-7d`, the log
of a Hindi-speaking lab's WhatsApp paper bot (Node.js, Baileys, pino): the export's internal columns (`_bkt`, `_cd`,
`_indextime`, `_raw`, `_serial`, `_si` with its embedded newline, `_sourcetype`, `_time` in the user's IST with
milliseconds, host, index, linecount, source, sourcetype, `splunk_server`), events newest first, values quoted unless
they are plain letters and digits, quotes doubled, LF line ends. `_raw` is pino's JSON line (level, time, pid,
hostname, module, the event's fields, msg last). Group members write in Hindi; the bot saves papers from OpenReview and
arXiv links and from `/add <id>`, notes titles written without a link. The AgentBench repository and a YouTube talk are
not papers; "ReAct", "RT-2", "AgentBench" are nicknames."""
import hashlib, json, os, re, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1032)
K = dict(agentbench="2308.03688", rt2="2307.15818", gs="2308.04079", react="2210.03629", judge="2306.05685",
         attacks="2307.15043", onpolicy="2006.05990", smooth="2006.14536")
IST = timezone(timedelta(hours=5, minutes=30))
HOST, PID, GROUP = "paperbot-prod-1", 2817, "120363025187740912@g.us"
U = {"priya": "919000011122@s.whatsapp.net", "arjun": "919000033344@s.whatsapp.net",
     "neha": "919000055566@s.whatsapp.net", "rahul": "919000077788@s.whatsapp.net"}
events = []
clock = [datetime(2024, 3, 4, 10, 2, 11, 481000, tzinfo=IST)]
mid = [0]


def log(level, module, fields, msg, dt_ms):
    clock[0] += timedelta(milliseconds=dt_ms)
    rec = {"level": level, "time": int(clock[0].timestamp() * 1000), "pid": PID, "hostname": HOST, "module": module}
    rec.update(fields)
    rec["msg"] = msg
    events.append(rec)


def received(who, text, gap_ms):
    mid[0] += 1
    m = "3EB0" + hashlib.md5(f"{mid[0]}{text}".encode()).hexdigest()[:16].upper()
    log(30, "router", {"event": "message_received", "chat": GROUP, "from": U[who], "msg_id": m, "text": text}, "message received", gap_ms)
    return m


def link(m, url, kind, extra, skipped=False):
    f = {"event": "link_detected", "msg_id": m, "url": url, "kind": kind}
    f.update(extra)
    if skipped: f["skipped"] = True
    log(30, "links", f, "link skipped (not a paper)" if skipped else "paper link detected", 37)


paper_no = [40]


def fetched_saved(m, source, ident, title, fetch_ms=611):
    f = {"event": "paper_fetched", "msg_id": m, "source": source}
    f.update(ident)
    f["title"] = title
    log(30, "fetch", f, "metadata fetched", fetch_ms)
    paper_no[0] += 1
    f = {"event": "paper_saved", "msg_id": m, "paper_id": paper_no[0]}
    f.update(ident)
    f["title"] = title
    log(30, "store", f, "paper saved", 24)
    return paper_no[0]


saved = []
m = received("priya", "इस हफ्ते ReAct पढ़ें? रीज़निंग और एक्शन को एक साथ जोड़ने वाला पेपर है https://openreview.net/forum?id=WE_vluYUL-X", 0)
link(m, "https://openreview.net/forum?id=WE_vluYUL-X", "openreview", {"openreview_id": "WE_vluYUL-X"})
saved.append(fetched_saved(m, "openreview", {"openreview_id": "WE_vluYUL-X"}, T(K["react"]), 884))
m = received("arjun", "/add 2306.05685", 2_431_077)
log(30, "router", {"event": "command", "msg_id": m, "cmd": "add", "arg": "2306.05685"}, "command parsed", 3)
saved.append(fetched_saved(m, "arxiv", {"arxiv_id": "2306.05685"}, T(K["judge"]), 702))
m = received("neha", "AgentBench का कोड भी खुला है: https://github.com/THUDM/AgentBench और पेपर यहाँ है https://arxiv.org/abs/2308.03688 — एजेंट वाले सत्र में इसे भी रखें?", 19_822_455)
link(m, "https://github.com/THUDM/AgentBench", "repo", {}, skipped=True)
link(m, "https://arxiv.org/abs/2308.03688", "arxiv", {"arxiv_id": "2308.03688"})
saved.append(fetched_saved(m, "arxiv", {"arxiv_id": "2308.03688"}, T(K["agentbench"]), 655))
m = received("rahul", "रोबोटिक्स वाले सत्र के लिए RT-2 का pdf: https://arxiv.org/pdf/2307.15818.pdf", 62_310_904)
link(m, "https://arxiv.org/pdf/2307.15818.pdf", "arxiv", {"arxiv_id": "2307.15818"})
log(40, "fetch", {"event": "fetch_retry", "msg_id": m, "source": "arxiv", "arxiv_id": "2307.15818", "attempt": 1, "err": "ETIMEDOUT"}, "arxiv api timeout, retrying", 10_012)
saved.append(fetched_saved(m, "arxiv", {"arxiv_id": "2307.15818"}, T(K["rt2"]), 1_930))
m = received("priya", "किसी ने '" + T(K["attacks"]) + "' पढ़ा है? जेलब्रेक पर एक सत्र रखने की सोच रही हूँ, लिंक बाद में भेजती हूँ", 4_118_260)
log(30, "titles", {"event": "title_noted", "msg_id": m, "title": T(K["attacks"]), "needs_link": True}, "title without link noted", 41)
m = received("arjun", "/find " + T(K["onpolicy"]), 40_771_318)
log(30, "router", {"event": "command", "msg_id": m, "cmd": "find", "arg": T(K["onpolicy"])}, "command parsed", 2)
log(30, "store", {"event": "search_result", "msg_id": m, "hits": 0}, "no saved paper matches", 19)
m = received("neha", "रोबोटिक्स सत्र में RT-2 के साथ यह भी: https://arxiv.org/abs/2308.04079 — 3D दृश्य को रियल-टाइम में रेंडर करने वाला", 7_402_551)
link(m, "https://arxiv.org/abs/2308.04079", "arxiv", {"arxiv_id": "2308.04079"})
saved.append(fetched_saved(m, "arxiv", {"arxiv_id": "2308.04079"}, T(K["gs"]), 540))
m = received("rahul", T(K["smooth"]) + " भी सूची में जोड़ दो — ReLU की जगह स्मूद एक्टिवेशन, रोबस्टनेस वाले सत्र के लिए", 1_902_447)
m = received("priya", "कल की टॉक की रिकॉर्डिंग (यह पेपर नहीं है): https://www.youtube.com/watch?v=Rk4tW8mQx2c", 55_014_632)
link(m, "https://www.youtube.com/watch?v=Rk4tW8mQx2c", "video", {}, skipped=True)
log(50, "wa", {"event": "socket_closed", "code": 428, "reconnect_in_ms": 5000}, "connection closed, reconnecting", 3_600_118)
log(30, "wa", {"event": "socket_open"}, "connection open", 5_312)
log(30, "digest", {"event": "digest_sent", "chat": GROUP, "paper_ids": saved, "count": len(saved)}, "weekly digest sent", 9_801_277)


def q(v):
    v = str(v)
    return v if re.fullmatch(r"[A-Za-z0-9]+", v) else '"' + v.replace('"', '""') + '"'


HEAD = ["_bkt", "_cd", "_indextime", "_raw", "_serial", "_si", "_sourcetype", "_time", "host", "index", "linecount",
        "source", "sourcetype", "splunk_server"]
BKT = "paperbot~41~6F0D3B0A-2C57-4C11-9E61-1B7A2E4C9D10"
lines = [",".join(q(h) for h in HEAD)]
off = 187_204
offsets = []
for e in events:
    offsets.append(off)
    off += 211 + len(json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode())
for serial, (e, o) in enumerate(reversed(list(zip(events, offsets)))):
    t = datetime.fromtimestamp(e["time"] / 1000, IST)
    raw = json.dumps(e, ensure_ascii=False, separators=(",", ":"))
    idx = e["time"] // 1000 + 1 + int(hashlib.md5(raw.encode()).hexdigest()[:2], 16) % 3
    row = [BKT, f"41:{o}", idx, raw, serial, "splunk-idx01\npaperbot", "_json",
           t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+05:30" % (t.microsecond // 1000), HOST, "paperbot", 1,
           "/var/log/paperbot/app.log", "_json", "splunk-idx01"]
    lines.append(",".join(q(v) for v in row))
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
