#!/usr/bin/env python3
"""617: a TickTick backup CSV (Settings → Account → Generate Backup; "Dida365/TickTick" data backup): three quoted
preamble records (Date, Version 7.1, the multi-line Status legend), the 24-column header, every field quoted, LF line
ends, checklist items in Content as "▫" (open) / "▪" (done) lines, RRULE repeats, TRIGGER reminders, subtasks by
parentId. A Vietnamese reading plan for parameter-efficient fine-tuning, one list per week."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F617, keys

HEAD = ["Folder Name", "List Name", "Title", "Kind", "Tags", "Content", "Is Check list", "Start Date", "Due Date",
        "Reminder", "Repeat", "Priority", "Status", "Created Time", "Completed Time", "Order", "Timezone",
        "Is All Day", "Is Floating", "Column Name", "Column Order", "View Mode", "taskId", "parentId"]
TZ = "Asia/Ho_Chi_Minh"
rows = []
_id = [0]


def tid():
    _id[0] += 1
    return f"65f0c3a2e4b0{_id[0]:012x}"


def task(folder, lst, title, kind="TEXT", tags="", content="", start="", due="", rem="", rep="", prio="0",
         status="0", created="", done="", order=None, allday="true", col="", colorder="", view="list", parent=""):
    i = tid()
    rows.append([folder, lst, title, kind, tags, content, "Y" if kind == "CHECKLIST" else "N", start, due, rem, rep,
                 prio, status, created, done, str(order if order is not None else -1099511627776 * len(rows)), TZ,
                 allday, "false", col, colorder, view, i, parent])
    return i


F = "Nghiên cứu"
W1, W2, W3, W4, ADM = "PEFT – Tuần 1: Adapter", "PEFT – Tuần 2: Prompt", "PEFT – Tuần 3: LoRA & lượng tử hoá", \
    "PEFT – Tuần 4: Ít mẫu & tổng kết", "Việc hành chính"

task("", "Inbox", "Hỏi anh Khoa về quota GPU tháng 4", content="Cụm A100 hết slot đến 02/04? Nếu vậy chạy QLoRA trên 4090 ở lab.",
     due="2024-03-18T17:00:00+0000", rem="TRIGGER:-PT30M", prio="3", created="2024-03-11T02:14:09+0000",
     allday="false")
p = task(F, W1, "Đọc: " + T("1902.00751"), kind="CHECKLIST", tags="doc-paper,adapter",
         content="\n".join([
             f"{T('1902.00751')}",
             f"{au('1902.00751')} — ICML 2019",
             "https://arxiv.org/abs/1902.00751",
             "▪Đọc phần 2 (kiến trúc adapter, bottleneck)",
             "▪Xem bảng GLUE: 3,6% tham số vs full fine-tuning",
             "▫Ghi chú: đặt adapter sau attention VÀ sau FFN",
             "▫So sánh với thư viện adapters (AdapterHub) — không phải paper, chỉ là code",
         ]),
         start="2024-03-11T00:00:00+0000", due="2024-03-13T00:00:00+0000", prio="5", status="1",
         created="2024-03-10T15:02:44+0000", done="2024-03-13T14:20:31+0000", col="Đang đọc", colorder="0")
task(F, W1, "Cài môi trường: transformers + peft + bitsandbytes", content="conda env `peft24`, CUDA 12.1. Ghi lại phiên bản vào README của repo nhóm.",
     due="2024-03-12T00:00:00+0000", prio="1", status="1", created="2024-03-10T15:05:10+0000",
     done="2024-03-12T03:41:07+0000", parent=p)
task(F, W1, "Đọc thêm (tuỳ chọn): " + T("2006.06882"), tags="doc-paper,transfer",
     content=f"{au('2006.06882')}, NeurIPS 2020.\nKhông hẳn PEFT nhưng giúp hiểu khi nào pre-training có ích / khi nào self-training tốt hơn. Chị Hạnh gợi ý đọc trước buổi thảo luận.",
     due="2024-03-15T00:00:00+0000", prio="0", created="2024-03-10T15:07:52+0000")
p = task(F, W2, "Đọc: " + T("2101.00190"), kind="CHECKLIST", tags="doc-paper,prompt",
         content="\n".join([
             f"{T('2101.00190')} ({au('2101.00190')}, ACL 2021)",
             "▫Prefix gắn vào mọi lớp, không chỉ embedding",
             "▫Reparametrize bằng MLP khi huấn luyện — tại sao ổn định hơn?",
             "▫Thử lại trên tập tóm tắt tiếng Việt (VietNews) nếu kịp",
         ]),
         start="2024-03-18T00:00:00+0000", due="2024-03-19T00:00:00+0000", prio="5",
         created="2024-03-10T15:10:03+0000", col="Cần đọc", colorder="1")
task(F, W2, "Đọc: " + T("2104.08691"), kind="CHECKLIST", tags="doc-paper,prompt",
     content="\n".join([
         f"{T('2104.08691')}",
         f"{au('2104.08691')}, EMNLP 2021 — arXiv:2104.08691",
         "▫Hình 1: khoảng cách với model tuning thu hẹp khi model lớn (T5-XXL)",
         "▫Khởi tạo prompt bằng vocab vs random",
         "▫Prompt ensembling",
     ]),
     start="2024-03-19T00:00:00+0000", due="2024-03-20T00:00:00+0000", prio="3", created="2024-03-10T15:11:40+0000",
     col="Cần đọc", colorder="1", parent=p)
task(F, W2, "Đọc: " + T("2103.10385"), tags="doc-paper,prompt",
     content=f"{au('2103.10385')} (P-tuning). Đọc kèm với bài prefix ở trên; chú ý prompt encoder LSTM. PDF có trong thư mục Zotero nhóm, không cần tải lại.",
     start="2024-03-20T00:00:00+0000", due="2024-03-21T00:00:00+0000", prio="3", created="2024-03-10T15:12:55+0000",
     col="Cần đọc", colorder="1")
task(F, W2, "Chuẩn bị slide thảo luận tuần 2", content="Tối đa 10 slide. Mẫu slide ở Google Drive > Nhóm đọc > 2024.",
     due="2024-03-22T02:00:00+0000", rem="TRIGGER:P0DT9H0M0S", rep="", prio="1", created="2024-03-10T15:14:21+0000",
     allday="false")
p = task(F, W3, "Đọc: " + T("2106.09685"), kind="CHECKLIST", tags="doc-paper,lora",
         content="\n".join([
             T("2106.09685"),
             f"{au('2106.09685')} — ICLR 2022",
             "Link: https://arxiv.org/abs/2106.09685",
             "▫Giải thích vì sao ΔW = BA, rank r nhỏ (r=4, 8)",
             "▫Áp dụng cho W_q, W_v — thử thêm W_k, W_o",
             "▫Không tăng độ trễ suy luận (merge trọng số)",
         ]),
         start="2024-03-25T00:00:00+0000", due="2024-03-26T00:00:00+0000", prio="5",
         created="2024-03-10T15:16:30+0000", col="Cần đọc", colorder="1")
task(F, W3, "Đọc: " + T("2305.14314"), kind="CHECKLIST", tags="doc-paper,lora,quantization",
     content="\n".join([
         f"{T('2305.14314')} ({au('2305.14314')}, NeurIPS 2023)",
         "https://arxiv.org/pdf/2305.14314.pdf",
         "▫NF4, double quantization, paged optimizers",
         "▫Chạy thử notebook của bitsandbytes (docs HF, không phải paper)",
     ]),
     start="2024-03-26T00:00:00+0000", due="2024-03-27T00:00:00+0000", prio="5", created="2024-03-10T15:18:02+0000",
     col="Cần đọc", colorder="1", parent=p)
task(F, W3, "Thí nghiệm: LoRA r=8 vs r=16 trên PhoBERT", kind="CHECKLIST", tags="thi-nghiem",
     content="▫Dữ liệu: UIT-VSFC (phân loại cảm xúc)\n▫3 seed mỗi cấu hình\n▫Ghi kết quả vào bảng tính chung\n▫Đo VRAM bằng nvidia-smi",
     start="2024-03-27T00:00:00+0000", due="2024-03-29T00:00:00+0000", prio="3", created="2024-03-10T15:20:47+0000",
     col="Thí nghiệm", colorder="2")
task(F, W3, "Xem lại khoá học DeepLearning.AI “Finetuning LLMs”", content="Khoá học ngắn, không phải paper — chỉ để sinh viên năm 3 bắt kịp.",
     prio="0", created="2024-03-10T15:22:16+0000")
p = task(F, W4, "Đọc: " + T("2205.05638"), kind="CHECKLIST", tags="doc-paper,ia3",
         content="\n".join([
             T("2205.05638"),
             f"{au('2205.05638')}, NeurIPS 2022",
             "https://arxiv.org/abs/2205.05638",
             "▫(IA)^3: nhân vector học được vào key, value, FFN",
             "▫So sánh chi phí FLOPs với in-context learning",
             "▫Công thức T-Few: thêm unlikelihood loss + length normalization",
         ]),
         start="2024-04-01T00:00:00+0000", due="2024-04-02T00:00:00+0000", prio="5",
         created="2024-03-10T15:24:09+0000", col="Cần đọc", colorder="1")
task(F, W4, "Bảng tổng kết: số tham số huấn luyện của từng phương pháp", kind="NOTE",
     content="Adapter ~3–4%, prefix ~0,1%, prompt tuning <0,01%, LoRA ~0,1–0,5%, (IA)^3 ~0,01%.\nNguồn: bảng trong từng bài + blog của Sebastian Raschka (blog, không trích như paper).",
     prio="0", created="2024-03-10T15:26:33+0000", col="Ghi chú", colorder="3")
task(F, W4, "Buổi tổng kết + phân công đề tài luận văn", due="2024-04-05T02:30:00+0000", rem="TRIGGER:-PT1H",
     rep="", prio="3", created="2024-03-10T15:28:50+0000", allday="false")
task("", ADM, "Nộp báo cáo tiến độ học kỳ cho khoa", due="2024-03-29T10:00:00+0000", rem="TRIGGER:-P1D", prio="5",
     created="2024-03-02T08:11:35+0000", allday="false")
task("", ADM, "Họp nhóm hằng tuần", due="2024-03-15T07:00:00+0000", rem="TRIGGER:-PT15M",
     rep="RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR", prio="1", created="2024-01-05T04:00:12+0000", allday="false")
task("", ADM, "Gia hạn thẻ thư viện", status="1", created="2024-02-20T01:33:00+0000", done="2024-03-01T03:02:19+0000",
     prio="0")
task("", ADM, "Đặt phòng seminar B4-302 cho tháng 4", content="Gửi email cho cô Lan ở văn phòng khoa (lan.nguyen@khoa-cntt.example).",
     due="2024-03-20T00:00:00+0000", prio="1", created="2024-03-08T09:45:27+0000")

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["Date: 2024-03-14+0000"])
w.writerow(["Version: 7.1"])
w.writerow(["Status: \n0 Normal\n1 Completed\n2 Archived"])
w.writerow(HEAD)
for r in rows:
    w.writerow(r)
text = buf.getvalue()
write_only(F617, text, keys(F617))
