#!/usr/bin/env python3
"""1176 (negative): a bunyan log (`paper-alert.log`; Thai): a Bangkok lab's Node.js paper-alert bot runs its weekly
job and finds nothing to post — feeds answer with no new entries, one source fails with 503, a seminar notice and a
code release are skipped as not papers, the summary says no digest this week. One JSON record per line in bunyan's
order (name, hostname, pid, [component], level, fields…, msg, time, v); v 0; levels 20/30/40/50; `err` objects only at
50 and above (bunyan's error level). No paper title, no arXiv id."""
import json, os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

rnd = random.Random(1176)
ms = [(1 * 3600 + 0 * 60 + 2) * 1000 + 118]
out = []


def L(level, msg, comp=None, lo=4, hi=900, **kw):
    ms[0] += rnd.randint(lo, hi)
    s, m = divmod(ms[0], 1000)
    d = {"name": "paper-alert", "hostname": "alert-bkk-01", "pid": 23117}
    if comp: d["component"] = comp
    d["level"] = level
    d.update(kw)
    d["msg"] = msg
    d["time"] = f"2024-05-17T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{m:03d}Z"
    d["v"] = 0
    out.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))


L(30, "เริ่มงานประจำสัปดาห์ (cron 0 8 * * 5, เวลาไทย)", version="1.7.3", node="v20.12.2")
L(20, "โหลดคีย์เวิร์ด", "config", keywords=["diffusion", "state space", "agent", "ภาษาไทย", "quantization"], channel="LINE กลุ่ม อ่านเปเปอร์ ML")
L(30, "ดึงฟีด", "fetcher", source="lab-blog-rss", url="https://blog.lab.example.ac.th/feed.xml", status=200, items=3, newItems=0)
L(30, "ดึงฟีด", "fetcher", source="reading-sheet", url="https://sheets.example.com/d/8f3kQw/export?format=csv", status=200, items=41, newItems=0)
L(40, "แถวในชีตไม่มีชื่อเรื่อง ข้ามไป", "fetcher", source="reading-sheet", rows=[17, 29])
L(30, "ข้ามรายการ: เป็นประกาศสัมมนา ไม่ใช่บทความ", "filter", title="สัมมนาประจำเดือน: เล่าประสบการณ์ฝึกงานที่บริษัท AI", url="https://blog.lab.example.ac.th/posts/seminar-may")
L(30, "ข้ามรายการ: เป็นการปล่อยโค้ด ไม่ใช่บทความ", "filter", title="thai-tokenizer v0.9 ออกแล้ว", url="https://github.com/example-lab/thai-tokenizer/releases/tag/v0.9")
L(50, "ดึงฟีดไม่สำเร็จ จะลองใหม่สัปดาห์หน้า", "fetcher", lo=2000, hi=9000, source="preprint-mirror",
  url="https://mirror.lab.example.ac.th/listing/cs.CL/new",
  err={"message": "Request failed with status code 503", "name": "AxiosError",
       "stack": "AxiosError: Request failed with status code 503\n    at settle (/srv/paper-alert/node_modules/axios/dist/node/axios.cjs:1966:12)\n    at IncomingMessage.handleStreamEnd (/srv/paper-alert/node_modules/axios/dist/node/axios.cjs:3065:11)"})
L(30, "กรองรายการซ้ำ", "dedupe", seen=212, candidates=0)
L(30, "สัปดาห์นี้ไม่มีบทความใหม่ ไม่ส่งข้อความเข้ากลุ่ม", "notifier", sent=False)
L(30, "จบงาน", durationMs=0)
last = json.loads(out[-1]); first = json.loads(out[0])
t = lambda s: sum(float(x) * f for x, f in zip(s[11:-1].split(":"), (3600000, 60000, 1000)))
last["durationMs"] = round(t(last["time"]) - t(first["time"]))
out[-1] = json.dumps(last, ensure_ascii=False, separators=(",", ":"))
text = "\n".join(out) + "\n"
write("1176_negative_bunyan_json_log_thai_paper_alert_bot_no_papers.log", text, negative=True)
