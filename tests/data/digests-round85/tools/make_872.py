#!/usr/bin/env python3
"""872: a logfmt service log as Go's log/slog TextHandler writes it (`journalctl -u digestbot -o cat` style: no
journal prefix), one record a line: `time=` (RFC 3339 with milliseconds and +07:00), `level=` (DEBUG / INFO / WARN /
ERROR), `msg=`, then key=value attributes; a value quoted with Go's strconv.Quote only when it is empty or holds a
space, `=`, `"` or a non-printable rune (Thai text without spaces stays bare), durations like `412ms` / `1.207s`,
groups as dotted keys (`http.status=429`). A Thai lab's Discord bot that gathers papers posted in a channel into a
weekly diffusion-models digest: it resolves arXiv and OpenReview links, notes an arXiv id typed as text, keeps
titles typed without a link as titles only, and skips a video, a repository and a blog post (not papers)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(872)
K = dict(sde="2011.13456", sdxl="2307.01952", cn="2302.05543", ldm="2112.10752", cm="2303.01469",
         ddpm="2006.11239", ti="2208.01618", db="2208.12242")


def q(v):
    s = str(v)
    if s == "" or any(c in ' ="' or not c.isprintable() for c in s):
        out = '"'
        for c in s:
            if c == '"': out += '\\"'
            elif c == "\\": out += "\\\\"
            elif c == "\n": out += "\\n"
            elif c == "\t": out += "\\t"
            elif not c.isprintable(): out += f"\\u{ord(c):04x}"
            else: out += c
        return out + '"'
    return s


lines = []
clock = [(8 * 3600 + 59 * 60 + 58) * 1000]  # milliseconds since midnight, 2024-03-08


def log(dt, level, msg, **kv):
    clock[0] += round(dt * 1000)
    t, ms = divmod(clock[0], 1000)
    stamp = f"2024-03-08T{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}.{ms:03d}+07:00"
    lines.append(" ".join([f"time={stamp}", f"level={level}", f"msg={q(msg)}"]
                          + [f"{k.replace('__', '.')}={q(v)}" for k, v in kv.items()]))


CH = "อ่านเปเปอร์-diffusion"
log(0, "INFO", "เริ่มทำงาน", version="1.4.2", go="go1.22.1", config="/etc/digestbot/config.toml", week="2024-W10")
log(0.214, "INFO", "เชื่อมต่อ Discord แล้ว", guild="แล็บวิชันคอมพิวเตอร์", channel=CH, shard=0)
log(0.003, "DEBUG", "โหลดสถานะเดิม", path="/var/lib/digestbot/state.json", pending=0)
log(1.871, "INFO", "ได้รับข้อความ", msg_id="1215470031822917632", author="ploy.s", links=1)
log(0.002, "DEBUG", "ดึงข้อมูลเมตา", url="https://arxiv.org/abs/2307.01952", source="arxiv")
log(0.412, "INFO", "ได้ข้อมูลแล้ว", id="2307.01952", title=T(K["sdxl"]), authors=au(K["sdxl"], 2), duration="412ms")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["sdxl"]), by="ploy.s")
log(38.02, "INFO", "ได้รับข้อความ", msg_id="1215470190316265472", author="krit_t", links=1)
log(0.002, "DEBUG", "ดึงข้อมูลเมตา", url="https://openreview.net/forum?id=PxTIG12RRHS", source="openreview")
log(1.207, "INFO", "ได้ข้อมูลแล้ว", forum="PxTIG12RRHS", title=T(K["sde"]), venue="ICLR 2021 Oral", duration="1.207s")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["sde"]), by="krit_t",
    note="ของเก่าแต่คลาสสิก อ่านคู่กับตัวที่ไม่มีลิงก์ข้างล่าง")
log(62.5, "INFO", "ได้รับข้อความ", msg_id="1215470452103864320", author="nattaya", links=0)
log(0.001, "WARN", "ข้อความไม่มีลิงก์หรือรหัส arXiv เก็บเป็นชื่อเรื่องอย่างเดียว", title=T(K["ddpm"]), by="nattaya")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["ddpm"]), by="nattaya", link="")
log(120.3, "INFO", "ได้รับข้อความ", msg_id="1215470961531146240", author="ploy.s", links=2)
log(0.002, "DEBUG", "ดึงข้อมูลเมตา", url="https://arxiv.org/abs/2302.05543v2", source="arxiv")
log(0.388, "WARN", "ถูกจำกัดอัตรา รอแล้วลองใหม่", url="https://arxiv.org/abs/2302.05543v2", http__status=429,
    retry_in="3s", attempt=1)
log(3.004, "DEBUG", "ดึงข้อมูลเมตา", url="https://arxiv.org/abs/2302.05543v2", source="arxiv", attempt=2)
log(0.351, "INFO", "ได้ข้อมูลแล้ว", id="2302.05543", title=T(K["cn"]), authors=au(K["cn"], 3, ""), duration="351ms")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["cn"]), by="ploy.s")
log(0.002, "INFO", "ข้ามลิงก์ที่ไม่ใช่เปเปอร์", url="https://github.com/huggingface/diffusers", kind="repo",
    reason="คลังโค้ด ไม่ใช่บทความ")
log(305.9, "INFO", "ได้รับข้อความ", msg_id="1215472245806186496", author="arthit", links=0)
log(0.002, "INFO", "พบรหัส arXiv ในข้อความ (ไม่มีลิงก์)", ref="arXiv:2303.01469", by="arthit")
log(0.001, "DEBUG", "ดึงข้อมูลเมตา", ref="arXiv:2303.01469", source="arxiv-api")
log(0.466, "INFO", "ได้ข้อมูลแล้ว", ref="arXiv:2303.01469", title=T(K["cm"]), authors=au(K["cm"], 2), duration="466ms")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["cm"]), by="arthit",
    note="สุ่มตัวอย่างขั้นเดียว เทียบกับ DDIM")
log(415.2, "INFO", "ได้รับข้อความ", msg_id="1215473987017183232", author="nattaya", links=1)
log(0.001, "INFO", "ข้ามลิงก์ที่ไม่ใช่เปเปอร์", url="https://video.example.com/watch?v=diffusion-th-ep3", kind="video",
    reason="วิดีโอสอน (ภาษาไทย) ไม่ใช่บทความ")
log(840.75, "INFO", "ได้รับข้อความ", msg_id="1215477510534524928", author="krit_t", links=1)
log(0.002, "DEBUG", "ดึงข้อมูลเมตา", url="https://arxiv.org/pdf/2112.10752.pdf", source="arxiv")
log(5.001, "ERROR", "ดึงข้อมูลเมตาไม่สำเร็จ", url="https://arxiv.org/pdf/2112.10752.pdf",
    err="Get \"https://arxiv.org/pdf/2112.10752.pdf\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
    attempt=1)
log(10.0, "DEBUG", "ดึงข้อมูลเมตา", url="https://arxiv.org/pdf/2112.10752.pdf", source="arxiv", attempt=2)
log(0.902, "INFO", "ได้ข้อมูลแล้ว", id="2112.10752", title=T(K["ldm"]), authors=au(K["ldm"], 2), duration="902ms")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["ldm"]), by="krit_t")
log(1203.4, "INFO", "ได้รับข้อความ", msg_id="1215482562636492800", author="mint.w", links=0)
log(0.001, "WARN", "ข้อความไม่มีลิงก์หรือรหัส arXiv เก็บเป็นชื่อเรื่องอย่างเดียว", title=T(K["ti"]), by="mint.w")
log(0.001, "WARN", "ค้นหาด้วยชื่อเรื่องไม่สำเร็จ", title=T(K["ti"]),
    err="search disabled: daily quota exhausted (500/500)")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["ti"]), by="mint.w", link="")
log(44.8, "INFO", "ได้รับข้อความ", msg_id="1215482750432260096", author="mint.w", links=0)
log(0.001, "WARN", "ข้อความไม่มีลิงก์หรือรหัส arXiv เก็บเป็นชื่อเรื่องอย่างเดียว", title=T(K["db"]), by="mint.w")
log(0.001, "INFO", "เพิ่มในสรุปประจำสัปดาห์", week="2024-W10", title=T(K["db"]), by="mint.w", link="",
    note="คู่กับอันก่อนหน้า ปรับแต่งให้จำวัตถุเฉพาะ")
log(96.1, "INFO", "ได้รับข้อความ", msg_id="1215483153563586560", author="arthit", links=1)
log(0.001, "INFO", "ข้ามลิงก์ที่ไม่ใช่เปเปอร์", url="https://blog.example.ai/th/diffusion-explained", kind="blog",
    reason="บล็อกโพสต์ ไม่ใช่บทความ")
log(12.6, "DEBUG", "บันทึกสถานะ", path="/var/lib/digestbot/state.json", pending=8)
log(25638.584, "INFO", "ถึงเวลาสร้างสรุปประจำสัปดาห์", week="2024-W10", cron="0 17 * * FRI")
log(0.031, "INFO", "สร้างสรุปประจำสัปดาห์แล้ว", week="2024-W10", papers=8, title_only=3,
    path="/var/lib/digestbot/digests/2024-W10.md")
log(0.655, "INFO", "โพสต์สรุปในช่องแล้ว", channel=CH, msg_id="1215600211460784128", chars=3712)
log(0.002, "DEBUG", "ล้างรายการรอ", week="2024-W10", cleared=8)
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
