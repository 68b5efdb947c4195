#!/usr/bin/env python3
"""793: `adb logcat -v threadtime` output saved while debugging a Thai reading-list app: `--------- beginning of main`
/ `system` / `crash` buffer markers, lines `MM-DD HH:MM:SS.mmm  PID  TID L TAG     : message` (PID / TID right-aligned
in five columns, tag padded to eight), system tags (ActivityManager, ActivityTaskManager, Choreographer,
WM-WorkerWrapper, OkHttp), OkHttp request / response logging with a Gson body (`\\u003d` for `=`), the app's own Thai
debug lines. Papers on vision-language models, adaptation and AutoML."""
import datetime, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(793)
APP = 12873
out = []
t = [datetime.datetime(2024, 3, 5, 21, 14, 2, 118000)]


def L(pid, tid, lvl, tag, msg, ms=7):
    t[0] += datetime.timedelta(milliseconds=ms)
    stamp = t[0].strftime("%m-%d %H:%M:%S.") + f"{t[0].microsecond // 1000:03d}"
    for m in msg.split("\n"):
        out.append(f"{stamp} {pid:5d} {tid:5d} {lvl} {tag:<8s}: {m}")


def gson(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    for c, e in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"), ("'", "\\u0027")):
        s = s.replace(c, e)
    return s


out.append("--------- beginning of main")
L(1532, 1588, "I", "ActivityTaskManager", "START u0 {act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp=th.example.lab.readinglist/.ui.MainActivity bnds=[540,1290][810,1610]} from uid 10151")
L(1532, 1600, "I", "ActivityManager", f"Start proc {APP}:th.example.lab.readinglist/u0a287 for pre-top-activity {{th.example.lab.readinglist/th.example.lab.readinglist.ui.MainActivity}}", 41)
L(APP, APP, "I", "readinglist", "Late-enabling -Xcheck:jni", 3)
L(APP, APP, "D", "ReadingApp", "เริ่มแอป เวอร์ชัน 0.9.3-debug (build 58), ฐานข้อมูล v4", 212)
L(APP, APP, "D", "ReadingRepo", "โหลดรายการจากฐานข้อมูลในเครื่อง: 6 รายการ, ยังไม่ซิงก์ 2 รายการ", 35)
out.append("--------- beginning of system")
L(1532, 1611, "W", "ActivityManager", "Slow operation: 61ms so far, now at startProcess: done updating pids map", 4)
L(APP, 12911, "I", "WM-WorkerWrapper", "Worker result SUCCESS for Work [ id=5f0c1a2e-77d4-4b9e-9a61-3c2e8d0b7f14, tags={ th.example.lab.readinglist.sync.SyncWorker } ]", 96)
L(APP, 12915, "I", "okhttp.OkHttpClient", "--> GET https://api.readinglist.example.co.th/v2/lists/vlm-adapt/items?since=2024-02-26&lang=th", 22)
L(APP, 12915, "I", "okhttp.OkHttpClient", "Authorization: ██", 1)
L(APP, 12915, "I", "okhttp.OkHttpClient", "--> END GET", 1)
L(APP, 12915, "I", "okhttp.OkHttpClient", "<-- 200 https://api.readinglist.example.co.th/v2/lists/vlm-adapt/items?since=2024-02-26&lang=th (384ms)", 384)
L(APP, 12915, "I", "okhttp.OkHttpClient", "content-type: application/json; charset=utf-8", 1)
items = [
 {"id": 4101, "kind": "paper", "title": T("2304.08485"), "authors": au("2304.08485", 3), "url": "https://arxiv.org/abs/2304.08485",
  "note": "ข้อมูลคำสั่งสร้างด้วย GPT-4 แล้วจูนต่อ; อ่านส่วนที่ 3 ก่อน", "addedBy": "ปวีณา"},
 {"id": 4102, "kind": "paper", "title": T("2103.00020"), "authors": au("2103.00020", 3), "url": "https://arxiv.org/abs/2103.00020",
  "note": "พื้นฐาน contrastive image-text", "addedBy": "ธนกร"},
 {"id": 4105, "kind": "paper", "title": T("2106.13884"), "authors": au("2106.13884", 3), "url": "https://arxiv.org/pdf/2106.13884v2",
  "note": "แช่แข็ง LM แล้วฝึกเฉพาะ vision encoder", "addedBy": "ปวีณา"},
 {"id": 4107, "kind": "paper", "title": T("2402.09353"), "authors": au("2402.09353", 3), "url": "https://arxiv.org/abs/2402.09353",
  "note": "แยก magnitude/direction ของน้ำหนักก่อนทำ low-rank", "addedBy": "กิตติพัฒน์"},
 {"id": 4110, "kind": "repo", "title": "huggingface/peft", "authors": None, "url": "https://github.com/huggingface/peft",
  "note": "ไลบรารี PEFT (ไม่ใช่บทความ)", "addedBy": "ธนกร"},
 {"id": 4111, "kind": "dataset", "title": "Thai VQA (ชุดข้อมูลภายในแล็บ)", "authors": None, "url": "https://data.example.co.th/dataset?id=thvqa-2024",
  "note": "ยังไม่เปิดสาธารณะ", "addedBy": "ปวีณา"},
]
body = gson({"list": "vlm-adapt", "count": len(items), "items": items, "next": None})
L(APP, 12915, "I", "okhttp.OkHttpClient", body, 2)
L(APP, 12915, "I", "okhttp.OkHttpClient", f"<-- END HTTP ({len(body.encode('utf-8'))}-byte body)", 1)
L(APP, 12911, "D", "SyncWorker", "ซิงก์สำเร็จ: ใหม่ 4 บทความ, 1 repo, 1 dataset (ไม่นับ repo/dataset เป็นบทความ)", 18)
L(APP, APP, "I", "Choreographer", "Skipped 37 frames!  The application may be doing too much work on its main thread.", 57)
L(APP, APP, "D", "ItemDetail", f"เปิดรายละเอียด id=4120 ชื่อ=\"{T('2204.14198')}\" arxiv=arXiv:2204.14198 ลิงก์=null", 2130)
L(APP, APP, "W", "ItemDetail", "ไม่มี url สำหรับ id=4120 — แสดงเฉพาะ arXiv id เป็นข้อความ", 3)
L(APP, APP, "D", "ReadingRepo", f"บันทึกโน้ตด้วยมือ id=4121 ชื่อ=\"{T('2103.13462')}\" ผู้เขียน=\"{au('2103.13462', 1)}\" (ไม่มีลิงก์)", 4870)
L(APP, APP, "D", "ReadingRepo", f"บันทึกโน้ตด้วยมือ id=4122 ชื่อ=\"{T('2006.03656')}\" ผู้เขียน=\"{au('2006.03656', 3)}\" (ไม่มีลิงก์)", 6311)
L(APP, 12988, "E", "PdfImport", "นำเข้า PDF ล้มเหลว: /storage/emulated/0/Download/scan_0312_final.pdf", 9120)
L(APP, 12988, "E", "PdfImport", "java.io.IOException: Unexpected end of stream (xref table not found)\n"
  "\tat th.example.lab.readinglist.pdf.PdfMeta.readXref(PdfMeta.kt:88)\n"
  "\tat th.example.lab.readinglist.pdf.PdfMeta.parse(PdfMeta.kt:41)\n"
  "\tat th.example.lab.readinglist.pdf.PdfImportWorker.doWork(PdfImportWorker.kt:57)\n"
  "\tat androidx.work.CoroutineWorker$startWork$1.invokeSuspend(CoroutineWorker.kt:68)", 1)
L(APP, 12988, "D", "PdfImport", f"fallback: ใช้ชื่อจากผู้ใช้แทน ชื่อ=\"{T('2103.14339')}\"", 14)
L(APP, APP, "D", "ListAdapter", "submitList: 11 รายการ (บทความ 9, repo 1, dataset 1)", 40)
L(1532, 1612, "I", "ActivityTaskManager", "Displayed th.example.lab.readinglist/.ui.DetailActivity: +412ms", 395)
L(APP, APP, "D", "ShareHelper", "แชร์รายการไปที่ LINE: \"รายการอ่าน VLM สัปดาห์นี้ (9 บทความ)\"", 8210)
L(APP, APP, "I", "readinglist", "Background concurrent copying GC freed 38211(2188KB) AllocSpace objects, 12(420KB) LOS objects, 49% free, 4712KB/9424KB, paused 112us,24us total 61.372ms", 1503)
L(1532, 1611, "I", "ActivityManager", f"Killing {APP}:th.example.lab.readinglist/u0a287 (adj 905): empty #17", 60411)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
