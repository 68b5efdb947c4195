#!/usr/bin/env python3
"""912: `aws logs tail /aws/lambda/paper-of-the-day --since 5d > potd-tail.log`, saved by a Thai student who runs a
"paper of the day" bot for her lab's LINE group on AWS Lambda (Python 3.12, ap-southeast-1): the CLI's default
(detailed) format `<event time, ISO 8601 with microseconds, +00:00> <log stream> <message>`; log streams
`YYYY/MM/DD/[$LATEST]<32 hex>`, one per execution environment; the Lambda platform lines (`INIT_START Runtime
Version: … \\tRuntime Version ARN: …`, `START RequestId: <uuid> Version: $LATEST`, `END RequestId: <uuid>`, `REPORT
RequestId: <uuid>\\tDuration: … ms\\tBilled Duration: … ms\\tMemory Size: 256 MB\\tMax Memory Used: … MB\\t[Init
Duration: … ms\\t]`) and the Python runtime's logging format `[LEVEL]\\t<UTC time, ms, Z>\\t<request id>\\t<message>`;
a scheduled run every morning at 08:00 Bangkok time (01:00 UTC) and webhook runs when someone in the group types a
command; a cold start opens a new stream. LF, a final newline. The LINE API, the S3 queue and the code repository
are not papers."""
import datetime as dt, hashlib, math, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAFOLD

F = by_num(912)
K = dict(fno="2010.08895", rt2="2307.15818", hubert="2106.07447", graphormer="2106.05234", mesh="2010.03409",
         dodrio="2103.14625", electra="2003.10555")
ARN = "arn:aws:lambda:ap-southeast-1::runtime:" + hashlib.sha256(b"python312-runtime-912").hexdigest()
GROUP = "C7d1e4a0b9f2c83e5a6d0b1f4e7c9a2d3"
L = []


def h(s, n=32):
    return hashlib.sha256(("912-" + s).encode()).hexdigest()[:n]


def rid(s):
    return str(uuid.UUID(bytes=hashlib.md5(("912-" + s).encode()).digest(), version=4))


class Inv:
    def __init__(self, stream, start, name, cold, mem):
        self.stream, self.t, self.id, self.cold, self.mem = stream, start, rid(name), cold, mem

    def ev(self, msg, dms=0):
        self.t += dt.timedelta(milliseconds=dms)
        L.append((self.t, self.stream, msg))

    def log(self, level, msg, dms):
        self.t += dt.timedelta(milliseconds=dms)
        ts = self.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.t.microsecond // 1000:03d}Z"
        L.append((self.t, self.stream, f"[{level}]\t{ts}\t{self.id}\t{msg}"))


def run(day, hh, mm, ss, name, cold, lines, mem=88, init_ms=512.37, extra_ms=0.41):
    t0 = dt.datetime(2024, 3, day, hh, mm, ss, 118000 + day * 3000)
    stream = RUN_STREAMS.setdefault(cold, f"2024/03/{day:02d}/[$LATEST]{h(cold)}")
    inv = Inv(stream, t0, name, cold, mem)
    if name == cold:
        inv.ev(f"INIT_START Runtime Version: python:3.12.v18\tRuntime Version ARN: {ARN}")
        start = t0 + dt.timedelta(milliseconds=round(init_ms))
        inv.t = start
    start = inv.t
    inv.ev(f"START RequestId: {inv.id} Version: $LATEST")
    for level, msg, dms in lines:
        inv.log(level, msg, dms)
    inv.ev(f"END RequestId: {inv.id}", 3)
    dur = (inv.t - start).total_seconds() * 1000 + extra_ms
    assert inv.t.microsecond % 1000 == 0
    rep = (f"REPORT RequestId: {inv.id}\tDuration: {dur:.2f} ms\tBilled Duration: {math.ceil(dur)} ms\t"
           f"Memory Size: 256 MB\tMax Memory Used: {mem} MB\t")
    if name == cold:
        rep += f"Init Duration: {init_ms:.2f} ms\t"
    inv.ev(rep)


RUN_STREAMS = {}
Q = "โหลดคิวจาก s3://potd-lab-queue/queue.json"
PUSH = f"LINE push ไปยังกลุ่ม {GROUP}: HTTP 200"


def daily(day, k_or_title, url, summary, left, cold, warn=None, retry=False, mem=88, code=None):
    title = T(k_or_title) if k_or_title in K.values() else k_or_title
    lines = [("INFO", "เริ่มงานประจำวัน (EventBridge: potd-daily-0800)", 41), ("INFO", f"{Q}: เหลือ {left} รายการ", 188)]
    if warn:
        lines.append(("WARNING", warn, 12))
    msg = f'เปเปอร์ประจำวัน: "{title}"' + (f" {url}" if url else " (ไม่มีลิงก์)")
    lines.append(("INFO", msg, 6))
    lines.append(("INFO", f"สรุปที่ส่ง: {summary}", 2))
    if code:
        lines.append(("INFO", f"แนบลิงก์โค้ด (ไม่ใช่เปเปอร์): {code}", 1))
    if retry:
        lines.append(("WARNING", f"LINE push ไปยังกลุ่ม {GROUP}: HTTP 429 (rate limit) จะลองใหม่ใน 2 วินาที", 233))
        lines.append(("INFO", PUSH, 2214))
    else:
        lines.append(("INFO", PUSH, 241))
    lines.append(("INFO", f"บันทึกคิวกลับไปที่ s3://potd-lab-queue/queue.json: เหลือ {left - 1} รายการ", 97))
    run(day, 1, 0, 3, f"daily-{day}", cold, lines, mem=mem)


# 4 March: cold start, FNO; then a /คิว command from the group on the same warm environment
daily(4, K["fno"], "https://arxiv.org/abs/2010.08895",
      "แทนตัวดำเนินการเชิงปริพันธ์ด้วยการคูณในโดเมนฟูเรียร์ แก้ PDE ตระกูลเดียวกันได้ทุกความละเอียด เร็วกว่าตัวแก้เชิงตัวเลขหลายร้อยเท่า",
      7, "daily-4", code="https://github.com/neuraloperator/neuraloperator")
run(4, 1, 12, 40, "queue-4", "daily-4", [
    ("INFO", "webhook: ข้อความจากผู้ใช้ U5b0c2e1f… ในกลุ่ม: \"/คิว\"", 18),
    ("INFO", f"{Q}: เหลือ 6 รายการ", 171),
    ("INFO", f'คิว 1/6: "{T(K["rt2"])}" https://arxiv.org/abs/2307.15818', 1),
    ("INFO", f'คิว 2/6: "{ALPHAFOLD}" (Nature 2021 ไม่มีบน arXiv)', 0),
    ("INFO", f'คิว 3/6: "{T(K["hubert"])}" https://arxiv.org/abs/2106.07447', 0),
    ("INFO", f'คิว 4/6: "{T(K["graphormer"])}" https://arxiv.org/pdf/2106.05234', 0),
    ("INFO", f'คิว 5/6: "{T(K["dodrio"])}" (ยังไม่มีลิงก์)', 0),
    ("INFO", f'คิว 6/6: "{T(K["electra"])}" (ยังไม่มีลิงก์)', 0),
    ("INFO", "LINE reply: HTTP 200", 203),
], mem=89)
# 5 March: cold start, RT-2; a member adds a paper by its arXiv id
daily(5, K["rt2"], "https://arxiv.org/abs/2307.15818",
      "ฝึกโมเดลภาษา-ภาพขนาดใหญ่ร่วมกับข้อมูลหุ่นยนต์ ให้ส่งออกคำสั่งควบคุมเป็นโทเค็นข้อความ หุ่นยนต์จึงใช้ความรู้จากเว็บกับงานใหม่ได้",
      6, "daily-5", mem=87)
run(5, 1, 9, 55, "add-5", "daily-5", [
    ("INFO", "webhook: ข้อความจากผู้ใช้ Ua93d7f60… ในกลุ่ม: \"/เพิ่ม arXiv:2010.03409\"", 15),
    ("INFO", "ดึงชื่อเรื่องจาก arXiv API สำหรับ arXiv:2010.03409", 2),
    ("INFO", f'เพิ่มในคิว: arXiv:2010.03409 "{T(K["mesh"])}" ลำดับที่ 4 ในคิว (ผู้เสนอ: พี่ต้น)', 612),
    ("INFO", "บันทึกคิวกลับไปที่ s3://potd-lab-queue/queue.json: เหลือ 6 รายการ", 88),
    ("INFO", "LINE reply: HTTP 200", 196),
], mem=90)
# 6 March: AlphaFold has no arXiv id
daily(6, ALPHAFOLD, None,
      "AlphaFold 2 ทำนายโครงสร้างสามมิติของโปรตีนได้แม่นใกล้เคียงการทดลอง ใช้ Evoformer กับข้อมูล MSA และโมดูลโครงสร้าง",
      6, "daily-6", warn=f'ไม่มี arXiv id สำหรับ "{ALPHAFOLD}" (Nature 596, 2021) จะส่งแบบไม่มีลิงก์', mem=86)
# 7 March: HuBERT, LINE rate limit and a retry
daily(7, K["hubert"], "https://arxiv.org/abs/2106.07447",
      "เรียนรู้ตัวแทนเสียงพูดแบบไม่ใช้ป้ายกำกับ ด้วยการทำนายหน่วยซ่อนที่ได้จากการจัดกลุ่มแบบออฟไลน์ในช่วงเฟรมที่ถูกปิดบัง",
      5, "daily-7", retry=True, mem=88)
# 8 March: Graphormer, then the queue again
daily(8, K["graphormer"], "https://arxiv.org/pdf/2106.05234",
      "ใส่การเข้ารหัสความเป็นศูนย์กลาง ระยะทางเชิงกราฟ และข้อมูลเส้นเชื่อมลงใน Transformer มาตรฐาน ได้ผลดีบน OGB-LSC",
      4, "daily-8", mem=88)
run(8, 2, 31, 7, "queue-8", "queue-8", [
    ("INFO", "webhook: ข้อความจากผู้ใช้ U5b0c2e1f… ในกลุ่ม: \"/คิว\"", 21),
    ("INFO", f"{Q}: เหลือ 3 รายการ", 164),
    ("INFO", f'คิว 1/3: "{T(K["mesh"])}" arXiv:2010.03409', 1),
    ("INFO", f'คิว 2/3: "{T(K["dodrio"])}" (ยังไม่มีลิงก์)', 0),
    ("INFO", f'คิว 3/3: "{T(K["electra"])}" (ยังไม่มีลิงก์)', 0),
    ("INFO", "LINE reply: HTTP 200", 188),
], mem=85, init_ms=487.91)
L.sort(key=lambda x: x[0])
text = "".join(f"{t.strftime('%Y-%m-%dT%H:%M:%S.%f')}+00:00 {s} {m}\n" for t, s, m in L)
write_only(F, text, keys(F))
