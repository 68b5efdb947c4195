#!/usr/bin/env python3
"""668: `journalctl -u paperbot.service -o json --output-fields=PRIORITY,SYSLOG_IDENTIFIER,_PID,_COMM,MESSAGE_ID,JOB_TYPE,
JOB_RESULT,UNIT,_SYSTEMD_UNIT,_TRANSPORT,MESSAGE,_HOSTNAME` (systemd 252): one compact JSON object per line (the four
address fields always first, then the chosen fields in the entry's order), every field a string
except messages holding control characters (ANSI colours, newlines), which journalctl writes as arrays of byte values;
__CURSOR (s= seqnum id, i= seqnum, b= boot id, m= monotonic, t= realtime, x= hash) agreeing with __REALTIME_TIMESTAMP and
__MONOTONIC_TIMESTAMP; stdout-transport lines of the bot and systemd's own unit messages (MESSAGE_ID, JOB_TYPE, CODE_*).
A Vietnamese paper bot for an LLM-scaling reading group."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F668, keys

SEQID = "4f1c2a9be0d34c7f8a6e51d2b3c4d5e6"
BOOT = "9a3e5b7c1d2f4e6a8b0c2d4e6f8a0b1c"
INV = "7c0e41b2a9d84f13b6e5c2a1d0f9e8b7"
T0, M0 = 1715662800_000000, 86_400_123_456   # realtime / monotonic (µs) of the first entry
seq = [0x2a41f]
lines = []


def entry(dt_us, fields, msg):
    seq[0] += 1
    rt, mono = T0 + dt_us, M0 + dt_us
    x = hashlib.sha256(f"{seq[0]}{msg}".encode()).hexdigest()[:16]
    d = {"__CURSOR": f"s={SEQID};i={seq[0]:x};b={BOOT};m={mono:x};t={rt:x};x={x}",
         "__REALTIME_TIMESTAMP": str(rt), "__MONOTONIC_TIMESTAMP": str(mono), "_BOOT_ID": BOOT}
    d.update(fields)
    printable = all(c == "\t" or ord(c) >= 32 for c in msg)
    d["MESSAGE"] = msg if printable else list(msg.encode("utf-8"))
    d["_HOSTNAME"] = "may-doc-02"
    lines.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))


def bot(dt, msg, prio=6, pid=41873):
    entry(dt, {"PRIORITY": str(prio), "_TRANSPORT": "stdout", "SYSLOG_IDENTIFIER": "paperbot", "_PID": str(pid),
               "_COMM": "python3", "_SYSTEMD_UNIT": "paperbot.service"}, msg)


def sysd(dt, msg, mid, jt, res=None, line=571, func="job_emit_done_message"):
    f = {"PRIORITY": "6", "SYSLOG_IDENTIFIER": "systemd", "MESSAGE_ID": mid, "JOB_TYPE": jt}
    if res: f["JOB_RESULT"] = res
    f.update({"UNIT": "paperbot.service", "_TRANSPORT": "journal", "_PID": "1", "_COMM": "systemd", "_SYSTEMD_UNIT": "init.scope"})
    entry(dt, f, msg)


S = 1_000_000
def q(k):
    return f"\u201c{T(k)}\u201d"


def au(k):
    a = authors(k)
    return ", ".join(a[:2]) + (" và cộng sự" if len(a) > 2 else "")


sysd(0, "Started paperbot.service - Bot đọc báo nhóm LLM (Telegram).", "39f53479d3a045ac8e11786248231fbf", "start", "done")
bot(812_301, "paperbot 0.7.2 đang khởi động (python 3.11.2, python-telegram-bot 20.7)")
bot(901_554, "Đọc cấu hình /etc/paperbot/config.toml: nhóm=\"Nhóm đọc LLM – Phòng thí nghiệm Sông Hồng\", múi giờ=Asia/Ho_Chi_Minh")
bot(1_203_117, "Kết nối SQLite /var/lib/paperbot/papers.db: 41 bản ghi, 3 đang chờ thảo luận")
bot(2 * S + 4410, "HTTP Request: POST https://api.telegram.org/bot<ẩn>/getUpdates \"HTTP/1.1 200 OK\"")
bot(63 * S + 21, "/add từ @ngoc.anh (chat -1001875512233): https://arxiv.org/abs/2001.08361")
bot(63 * S + 512_880, "HTTP Request: GET https://export.arxiv.org/api/query?id_list=2001.08361 \"HTTP/1.1 200 OK\"")
bot(63 * S + 640_002, f"Đã lưu #42: {q('2001.08361')} — {au('2001.08361')} (2020); nhãn: scaling")
bot(64 * S + 11, "Đã trả lời tin nhắn 8812 trong nhóm (thẻ bài báo + nút Bình chọn)")
bot(410 * S + 77, "/add từ @tuan.vo: https://arxiv.org/pdf/2101.03961.pdf")
bot(410 * S + 388_213, "HTTP Request: GET https://export.arxiv.org/api/query?id_list=2101.03961 \"HTTP/1.1 200 OK\"")
bot(410 * S + 501_944, f"Đã lưu #43: {q('2101.03961')} — {au('2101.03961')} (2021); nhãn: moe, scaling")
bot(1_320 * S + 5, f"/add từ @ha.linh (không có liên kết): {q('2306.11644')}")
bot(1_320 * S + 9_410, "\x1b[33mWARNING\x1b[0m paperbot.resolve: không tìm thấy id cho tiêu đề, lưu dạng chỉ có tiêu đề (cần người bổ sung)", prio=4)
bot(1_320 * S + 12_006, f"Đã lưu #44 (chỉ tiêu đề): {q('2306.11644')} — {au('2306.11644')}; nhãn: data-quality")
bot(2_745 * S + 300, "/add từ @ngoc.anh: arXiv:2203.15556 (bài Chinchilla, cho buổi 24/5)")
bot(2_745 * S + 298_117, f"Đã lưu #45: {q('2203.15556')} — {au('2203.15556')} (2022); nhãn: scaling, compute")
bot(3_100 * S + 42, "/add từ @quang.le: https://arxiv.org/abs/1910.02054v3")
bot(3_100 * S + 455_020, f"Đã lưu #46: {q('1910.02054')} — {au('1910.02054')} (2019); nhãn: hệ-thống, deepspeed")
bot(3_100 * S + 460_700, "\x1b[33mWARNING\x1b[0m paperbot.dedup: https://arxiv.org/abs/1910.02054 đã có trong danh sách cũ (#17, 2023), gộp hai bản ghi", prio=4)
bot(3_900 * S + 12, "/link từ @tuan.vo: https://github.com/microsoft/DeepSpeed — phần mềm, không phải bài báo; lưu vào mục Tài nguyên")
bot(3_900 * S + 90_331, "/link từ @tuan.vo: https://huggingface.co/blog/zero-deepspeed-fairscale (blog) — lưu vào mục Tài nguyên")
bot(4_512 * S + 8, f"/add từ @ha.linh: {q('2303.18223')} (bản khảo sát dài, chỉ đọc chương 3 và 4)")
bot(4_512 * S + 8_844, f"Đã lưu #47 (chỉ tiêu đề): {q('2303.18223')} — {au('2303.18223')}")
bot(4_513 * S + 10, f"/add từ @minh.tq: {q('2206.07682')}")
bot(4_513 * S + 7_715, f"Đã lưu #48 (chỉ tiêu đề): {q('2206.07682')} — {au('2206.07682')}; nhãn: emergent")
bot(5_020 * S + 3, "Lỗi khi gửi thẻ bài báo:\nTraceback (most recent call last):\n  File \"/opt/paperbot/paperbot/cards.py\", line 88, in render\n    img = thumbnail(pdf_path)\ntelegram.error.TimedOut: Timed out", prio=3)
bot(5_021 * S + 1, "Thử lại lần 1/3 sau 5 giây")
bot(5_026 * S + 440_190, "HTTP Request: POST https://api.telegram.org/bot<ẩn>/sendPhoto \"HTTP/1.1 200 OK\"")
bot(6_060 * S + 9, "/add từ @quang.le: https://arxiv.org/abs/1910.10683 (T5, cho phần so sánh encoder-decoder)")
bot(6_060 * S + 351_002, f"Đã lưu #49: {q('1910.10683')} — {au('1910.10683')} (2019); nhãn: pretraining")
bot(6_061 * S + 7, "/dataset từ @ha.linh: C4 (Colossal Clean Crawled Corpus) trên huggingface.co/datasets/allenai/c4 — bộ dữ liệu, lưu vào mục Tài nguyên")
bot(7_200 * S, "Nhắc lịch: buổi đọc thứ Sáu 24/5, 15:00, phòng B2-305; chủ trì @ngoc.anh; 6 bài trong hàng đợi")
bot(7_200 * S + 88_300, "Đã xuất danh sách ra /var/lib/paperbot/export/2024-05-14.md (8 mục mới, 2 mục tài nguyên)")
sysd(9_000 * S + 2, "Stopping paperbot.service - Bot đọc báo nhóm LLM (Telegram)...", "de5b426a63be47a7b6ac3eb1a3a1fdf1", "stop", None, 578, "job_log_begin_status_message")
bot(9_000 * S + 15, "Nhận SIGTERM, đang dừng (đóng kết nối SQLite, lưu hàng đợi)")
sysd(9_000 * S + 300_401, "paperbot.service: Deactivated successfully.", "7ad2d189f7e94e70a38c781354912448", "stop", None, 6447, "unit_log_success")
sysd(9_000 * S + 300_777, "Stopped paperbot.service - Bot đọc báo nhóm LLM (Telegram).", "9d1aaa27d60140bd96365438aad20286", "stop", "done")
raw = "\n".join(lines) + "\n"
forms = [bytes(json.loads(l)["MESSAGE"]).decode() for l in lines if isinstance(json.loads(l)["MESSAGE"], list)]
write_only(F668, raw, keys(F668), forms=forms)
