#!/usr/bin/env python3
"""676 (negative): a Weka ARFF file written by liac-arff 2.5 (arff.dumps): "% " description lines, @RELATION,
@ATTRIBUTE lines (NUMERIC, REAL, STRING, nominal {a, b}), a blank line, @DATA, one comma-separated row per instance,
strings single-quoted only when they hold whitespace, quotes, commas, % or backslashes (escaped inside), ? for missing.
Thai description and notes: runtime measurements of GPU jobs on a faculty cluster; no papers (the builder refuses any
catalogue title and anything arXiv-shaped)."""
import os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F676

DESC = """ชุดข้อมูล: เวลาประมวลผลงาน GPU บนคลัสเตอร์ "เจ้าพระยา" ของคณะวิศวกรรมศาสตร์ มหาวิทยาลัยสยามตะวันออก
เก็บระหว่าง 1–14 พฤษภาคม 2567 จาก sacct ของ Slurm และ nvidia-smi (สุ่มตัวอย่างทุก 30 วินาที)
ผู้จัดทำ: ฝ่ายระบบคอมพิวเตอร์สมรรถนะสูง (hpc-support@chaophraya.example.ac.th)
จุดประสงค์: ใช้สอนวิชา "การเรียนรู้ของเครื่องเบื้องต้น" บทที่ 4 (ต้นไม้ตัดสินใจ / การถดถอย) ด้วย Weka 3.8
หมายเหตุ: ชื่อผู้ใช้ถูกแทนด้วยรหัสกลุ่มวิจัย ไม่มีข้อมูลส่วนบุคคล
คลาสเป้าหมาย: status (COMPLETED, FAILED, TIMEOUT, OOM)
ค่าที่หายไปแทนด้วย ? (เช่น งานที่ถูกยกเลิกก่อนวัดหน่วยความจำ)
ใบอนุญาต: CC BY 4.0 — อ้างอิงได้ตามหน้า wiki ของศูนย์ https://wiki.chaophraya.example.ac.th/datasets/gpu-jobs"""

ATTRS = [("job_id", "STRING"), ("submit_time", "STRING"), ("group", "{vision, nlp, speech, rl, bio}"),
         ("partition", "{a100, v100, rtx3090}"), ("n_gpus", "NUMERIC"), ("framework", "{pytorch, jax, tensorflow}"),
         ("dataset", "STRING"), ("batch_size", "NUMERIC"), ("mixed_precision", "{yes, no}"), ("queue_wait_min", "REAL"),
         ("runtime_min", "REAL"), ("peak_mem_gb", "REAL"), ("gpu_util_pct", "REAL"), ("note", "STRING"),
         ("status", "{COMPLETED, FAILED, TIMEOUT, OOM}")]
QUOTE = re.compile(r"[\"'\\\s%,\x00-\x19]")


def enc(v):
    if v is None: return "?"
    if isinstance(v, (int, float)): return repr(v)
    if QUOTE.search(v) or v == "":
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"
    return v


rnd = random.Random(6567)
DATASETS = {"vision": ["imagenet-1k", "cifar-10", "coco-2017"], "nlp": ["thai-wiki-dump", "wisesight-sentiment", "oscar-th"],
            "speech": ["commonvoice-th", "gowajee"], "rl": ["atari-57", "mujoco-halfcheetah"], "bio": ["pdb-subset", "uniref50-sample"]}
NOTES = ["", "", "", "ทดลองปรับ learning rate", "รันซ้ำหลังแก้ dataloader", "หน่วยความจำไม่พอ ลด batch แล้ว",
         "ถูก preempt โดยงานสอน", "ใช้ checkpoint จากรอบก่อน", "ทดสอบ DeepSpeed ZeRO-2", "ติดตั้ง CUDA 12.1 ใหม่", "งานของนักศึกษาฝึกงาน"]
rows = []
for i in range(150):
    g = rnd.choice(list(DATASETS))
    part = rnd.choice(["a100", "a100", "v100", "rtx3090"])
    ng = rnd.choice([1, 1, 2, 4, 8]) if part == "a100" else rnd.choice([1, 2, 4])
    fw = rnd.choice(["pytorch", "pytorch", "pytorch", "jax", "tensorflow"])
    bs = rnd.choice([16, 32, 64, 128, 256, 512])
    mp = rnd.choice(["yes", "yes", "no"])
    rt = round(rnd.uniform(3, 2880), 1)
    st = rnd.choices(["COMPLETED", "FAILED", "TIMEOUT", "OOM"], [70, 12, 8, 10])[0]
    if st == "TIMEOUT": rt = 2880.0
    mem = None if st == "FAILED" and rnd.random() < 0.5 else round(rnd.uniform(4, 80 if part == "a100" else 32 if part == "v100" else 24), 1)
    if st == "OOM": mem = 80.0 if part == "a100" else 32.0 if part == "v100" else 24.0
    util = None if mem is None else round(rnd.uniform(18, 99), 1)
    day, sec = 1 + i * 13 // 150, rnd.randrange(86400)
    note = rnd.choice(NOTES) if st == "COMPLETED" else rnd.choice(NOTES[5:8] + ["ตรวจสอบ log ที่ /scratch/" + g])
    rows.append([f"j{2405 * 1000 + i:07d}", f"2024-05-{day:02d} {sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}", g, part, ng,
                 fw, rnd.choice(DATASETS[g]), bs, mp, round(rnd.expovariate(1 / 25), 1), rt, mem, util, note, st])
out = [("% " + l) for l in DESC.split("\n")] + ["@RELATION chaophraya_gpu_jobs_2567_05", ""]
out += [f"@ATTRIBUTE {n} {t}" for n, t in ATTRS] + ["", "@DATA"]
out += [",".join(enc(v) for v in r) for r in rows]
write(F676, "\n".join(out) + "\n", negative=True)
