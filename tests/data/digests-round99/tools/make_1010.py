#!/usr/bin/env python3
"""1010: a Cloud Shell copy of `gcloud logging read` run by a Thai lab member on the project of the group's LINE paper
bot (a Cloud Run service): the prompt (`user@cloudshell:~ (project)$`), the command with its filter, --freshness and
--limit, and the entries in gcloud's default YAML format, newest first: `---` before each LogEntry, keys sorted,
timestamps single-quoted, numeric-looking strings quoted, long strings folded past column 80 as PyYAML does (see
the emitter below). Structured stdout entries of the bot (jsonPayload with event / message / Thai texts; severity lifted;
a paper's arXiv id, OpenReview id, title and URL when saved; a daily digest with its titles; no-link warnings; a LINE
API 429) and request-log entries (httpRequest) of the webhook. Lilian Weng's agents blog post and a YouTube video are
links the bot skips (not papers); no paper is named by a nickname alone."""
import hashlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

# the subset of PyYAML's safe_dump that gcloud's --format=yaml printer produces for log entries (block style, keys
# sorted, indentless sequences, allow_unicode, best_width 80: plain or single-quoted scalars folded at the first
# single space past column 80, continuation lines two columns in)
BOOL = re.compile(r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")
INT = re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")
FLOAT = re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
TS = re.compile(r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$")
WIDTH = 80


def plain_ok(s):
    if not s or s != s.strip() or "\n" in s or ": " in s or " #" in s or s.endswith(":") or "  " in s:
        return False
    if s[0] in "#,[]{}&*!|>'\"%@`" or (s[0] in "-?:" and (len(s) == 1 or s[1] == " ")):
        return False
    return not any(r.match(s) for r in (BOOL, INT, FLOAT, NULL, TS))


def fold(body, col, indent):
    """write `body` (words split on single spaces) from column `col`; a space seen past column 80 becomes a line break"""
    words = body.split(" ")
    out, c = words[0], col + len(words[0])
    for w in words[1:]:
        if c > WIDTH:
            out += "\n" + " " * indent + w
            c = indent + len(w)
        else:
            out += " " + w
            c += 1 + len(w)
    return out


def scalar(v, col, indent):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, int): return str(v)
    if plain_ok(v): return fold(v, col, indent)
    assert "\n" not in v and "  " not in v and not v.startswith(" ") and not v.endswith(" "), v
    return "'" + fold(v.replace("'", "''"), col + 1, indent) + "'"


def emit(d, indent=0):
    lines = []
    for k in sorted(d):
        v, pad = d[k], " " * indent
        if isinstance(v, dict):
            if not v: lines.append(f"{pad}{k}: {{}}"); continue
            lines.append(f"{pad}{k}:")
            lines.extend(emit(v, indent + 2))
        elif isinstance(v, list):
            if not v: lines.append(f"{pad}{k}: []"); continue
            lines.append(f"{pad}{k}:")
            for item in v:
                lines.append(f"{pad}- " + scalar(item, indent + 2, indent + 2))
        else:
            lines.append(f"{pad}{k}: " + scalar(v, indent + len(k) + 2, indent + 2))
    return lines


def document(d):
    return "---\n" + "\n".join(emit(d)) + "\n"

F = by_num(1010)
K = dict(reflexion="2303.11366", toolformer="2302.04761", voyager="2305.16291", swe="2310.06770", selfrag="2310.11511",
         gato="2205.06175", minerva="2206.14858", bigbench="2206.04615")
PROJ, SVC, REV = "paper-bot-th-413207", "line-paper-bot", "line-paper-bot-00017-wuv"
P = f"nok_s@cloudshell:~ ({PROJ})$ "
GROUP = "C7f3a91d04be25c6e8a0b1f4d7c29e8a5"
USERS = {"pim": "U4b1e7c02a9d3f5e8b6c0a1d2e3f4a5b6", "nok": "U90c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9",
         "tee": "Ue1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1"}
INST = "00f46b9285" + hashlib.sha256(b"inst-a").hexdigest() + hashlib.sha256(b"inst-b").hexdigest()[:46]
entries = []
seq = [0]


def base(ts, log, sev, recv_ms):
    seq[0] += 1
    h = hashlib.sha1(f"{ts}{seq[0]}".encode()).hexdigest()
    return {"insertId": h[:24], "labels": {"instanceId": INST}, "logName": f"projects/{PROJ}/logs/run.googleapis.com%2F{log}",
            "receiveTimestamp": ts[:19] + ".%09dZ" % recv_ms, "resource": {"type": "cloud_run_revision", "labels": {
                "configuration_name": SVC, "location": "asia-southeast1", "project_id": PROJ, "revision_name": REV,
                "service_name": SVC}}, "severity": sev, "timestamp": ts}


def app(ts, sev, payload, recv):
    e = base(ts, "stdout", sev, recv)
    e["jsonPayload"] = payload
    entries.append(e)


def req(ts, latency, size, status, recv, trace):
    e = base(ts, "requests", "INFO" if status < 400 else "WARNING", recv)
    e["httpRequest"] = {"latency": latency, "protocol": "HTTP/1.1", "remoteIp": "147.92.150.193", "requestMethod": "POST",
                        "requestSize": str(size), "requestUrl": f"https://{SVC}-5fkq3ysxoa-as.a.run.app/callback",
                        "responseSize": "229", "serverIp": "216.239.36.53", "status": status, "userAgent": "LineBotWebhook/2.0"}
    e["spanId"] = hashlib.md5(trace.encode()).hexdigest()[:16]
    e["trace"] = f"projects/{PROJ}/traces/{hashlib.sha1(trace.encode()).hexdigest()[:32]}"
    e["traceSampled"] = True
    entries.append(e)


def msg(ts, who, mid, text, recv):
    app(ts, "INFO", {"event": "message_received", "message": "ได้รับข้อความจากกลุ่ม", "group_id": GROUP,
                     "user_id": USERS[who], "message_id": mid, "text": text}, recv)


def classified(ts, mid, url, kind, recv, **ids):
    app(ts, "INFO", {"event": "link_classified", "message": "จัดประเภทลิงก์แล้ว", "message_id": mid, "url": url,
                     "kind": kind, **ids}, recv)


def saved(ts, mid, key, recv, **paper):
    app(ts, "INFO", {"event": "paper_saved", "message": "บันทึกบทความลงชีตแล้ว", "message_id": mid,
                     "sheet_row": paper.pop("row"), "paper": {"title": T(K[key]), **paper}}, recv)


def nolink(ts, mid, text, recv):
    app(ts, "WARNING", {"event": "no_link_found", "message": "ไม่พบลิงก์บทความในข้อความ ไม่ได้บันทึก", "message_id": mid,
                        "text_len": len(text)}, recv)


# 9 March (UTC; Bangkok is +07:00)
t1 = "อ่านอันนี้กันไหมครับ " + T(K["reflexion"]) + " https://arxiv.org/abs/2303.11366 เอเจนต์สะท้อนความผิดพลาดตัวเองเป็นข้อความ ไม่ต้องอัปเดตน้ำหนัก"
req("2024-03-09T03:12:40.118223Z", "0.412907s", 1874, 200, 481203556, "r1")
msg("2024-03-09T03:12:40.402871Z", "pim", "497210388510228731", t1, 501877310)
classified("2024-03-09T03:12:40.455106Z", "497210388510228731", "https://arxiv.org/abs/2303.11366", "arxiv", 503112540, arxiv_id="2303.11366")
saved("2024-03-09T03:12:41.009348Z", "497210388510228731", "reflexion", 512004873, arxiv_id="2303.11366",
      url="https://arxiv.org/abs/2303.11366", row=41)
t2 = "บล็อกสรุปเรื่องเอเจนต์ดีมาก (ไม่ใช่เปเปอร์นะ) https://lilianweng.github.io/posts/2023-06-23-agent/"
msg("2024-03-09T03:20:15.771904Z", "tee", "497211147325603918", t2, 804412177)
classified("2024-03-09T03:20:15.820337Z", "497211147325603918", "https://lilianweng.github.io/posts/2023-06-23-agent/", "other", 846990124)
t3 = ("คาบหน้าใครพรีเซนต์ " + T(K["gato"]) + " ครับ เห็นในลิสต์แต่ยังไม่มีชื่อคนรับ")
msg("2024-03-09T07:41:02.336510Z", "nok", "497237383961002474", t3, 377805621)
nolink("2024-03-09T07:41:02.338992Z", "497237383961002474", t3, 379002114)
# 10 March
t4 = T(K["toolformer"]) + " ตัวนี้คลาสสิกแล้ว https://arxiv.org/pdf/2302.04761.pdf"
msg("2024-03-10T02:05:33.120447Z", "pim", "497348122600719305", t4, 135227019)
classified("2024-03-10T02:05:33.168215Z", "497348122600719305", "https://arxiv.org/pdf/2302.04761.pdf", "arxiv", 187442890, arxiv_id="2302.04761")
saved("2024-03-10T02:05:33.790662Z", "497348122600719305", "toolformer", 801346002, arxiv_id="2302.04761",
      url="https://arxiv.org/abs/2302.04761", row=42)
t5 = T(K["swe"]) + " รีวิวจาก ICLR อ่านสนุก https://openreview.net/forum?id=VTF8yNQM66"
msg("2024-03-10T04:48:19.905136Z", "tee", "497364539157384722", t5, 922570318)
classified("2024-03-10T04:48:19.951772Z", "497364539157384722", "https://openreview.net/forum?id=VTF8yNQM66", "openreview", 960014383,
           openreview_id="VTF8yNQM66")
saved("2024-03-10T04:48:20.663091Z", "497364539157384722", "swe", 681230447, openreview_id="VTF8yNQM66",
      url="https://openreview.net/forum?id=VTF8yNQM66", row=43)
t6 = T(K["selfrag"]) + " (arXiv 2310.11511) ใครมีสไลด์บ้างครับ ขอยืมหน่อย"
msg("2024-03-10T09:30:51.442018Z", "nok", "497392886301174540", t6, 449316820)
nolink("2024-03-10T09:30:51.444870Z", "497392886301174540", t6, 451008934)
app("2024-03-10T09:30:52.101559Z", "ERROR", {"event": "line_api_error", "message": "ส่งข้อความตอบกลับไม่สำเร็จ จะลองใหม่",
    "endpoint": "https://api.line.me/v2/bot/message/reply", "status": 429, "retry_in_s": 2,
    "error": "The API rate limit has been exceeded. Try again later."}, 120447836)
# 11 March
t7 = ("ขอเพิ่มในลิสต์เดือนหน้า: " + T(K["bigbench"]) + " กับ " + T(K["minerva"])
      + " สองอันนี้ยาวหน่อย แบ่งกันอ่านได้")
msg("2024-03-11T01:15:07.663924Z", "pim", "497484712950338211", t7, 691205557)
nolink("2024-03-11T01:15:07.666301Z", "497484712950338211", t7, 693402118)
t8 = "คลิปสอนใช้ Minecraft เป็น env https://www.youtube.com/watch?v=Kq9mFj2uS0c แล้วก็ตัวเปเปอร์ " + T(K["voyager"]) + " https://arxiv.org/abs/2305.16291v2"
req("2024-03-11T02:02:44.286607Z", "0.537112s", 2241, 200, 311980245, "r8")
msg("2024-03-11T02:02:44.571332Z", "tee", "497489447829117005", t8, 590114372)
classified("2024-03-11T02:02:44.603117Z", "497489447829117005", "https://www.youtube.com/watch?v=Kq9mFj2uS0c", "other", 622458031)
classified("2024-03-11T02:02:44.619850Z", "497489447829117005", "https://arxiv.org/abs/2305.16291v2", "arxiv", 640901276, arxiv_id="2305.16291")
saved("2024-03-11T02:02:45.318776Z", "497489447829117005", "voyager", 340017259, arxiv_id="2305.16291",
      url="https://arxiv.org/abs/2305.16291", row=44)
digest = [T(K[k]) for k in ("reflexion", "toolformer", "swe", "voyager")]
app("2024-03-11T05:00:04.027419Z", "INFO", {"event": "daily_digest_sent", "message": "ส่งสรุปบทความประจำวันเข้ากลุ่มแล้ว",
    "group_id": GROUP, "count": len(digest), "titles": digest}, 52311908)
entries.sort(key=lambda e: e["timestamp"], reverse=True)
LIMIT = 25
assert len(entries) <= LIMIT, len(entries)
flt = f'resource.type="cloud_run_revision" AND resource.labels.service_name="{SVC}"'
text = P + f"gcloud logging read '{flt}' --freshness=3d --limit={LIMIT}\n" + "".join(map(document, entries)) + P + "\n"
forms = [e["jsonPayload"].get("text", "") for e in entries if "jsonPayload" in e]
write_only(F, text, keys(F), forms)
