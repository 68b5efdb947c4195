#!/usr/bin/env python3
"""542: a Linear CSV export (Settings → Import/Export → Export CSV) of a Vietnamese NLP lab's team "NLP": Linear's
column set (ID, Team, Title, Description, Status, Estimate, Priority, Project ID, Project, Creator, Assignee, Labels,
Cycle Number / Name / Start / End, Created, Updated, Started, Triaged, Completed, Canceled, Archived, Due Date, Parent
issue, Initiatives, Project Milestone ID / Milestone, SLA Status, Roadmaps), dates in JavaScript's Date.toString()
form, multi-line Markdown descriptions, CRLF rows, quoting only where needed. The reading project holds one issue per
paper plus sub-issues and lab chores. Papers: arXiv abs / pdf URLs in descriptions (link, one as a Markdown link),
"arXiv 2206.14858" (arxiv-text), titles in issue titles or descriptions with OpenAI's PDF, a venue or nothing
(title-only). Not papers: the BIG-bench repository, lm-evaluation-harness, a Vietnamese news crawl, GPU quota, a
guest talk, the lab's Zalo group."""
import csv, hashlib, io, os, sys, uuid
from datetime import datetime, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F542, keys, GPT2

COLS = ["ID", "Team", "Title", "Description", "Status", "Estimate", "Priority", "Project ID", "Project", "Creator",
        "Assignee", "Labels", "Cycle Number", "Cycle Name", "Cycle Start", "Cycle End", "Created", "Updated", "Started",
        "Triaged", "Completed", "Canceled", "Archived", "Due Date", "Parent issue", "Initiatives",
        "Project Milestone ID", "Project Milestone", "SLA Status", "Roadmaps"]


def js(s):
    if not s: return ""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a %b %d %Y %H:%M:%S") + " GMT+0000 (Coordinated Universal Time)"


def u(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest(), version=4))


PROJ = ("Đọc báo cáo LLM – HK2 2023-2024", u("proj"))
CYC = {14: ("Chu kỳ 14", "2024-03-04 00:00:00", "2024-03-18 00:00:00"), 15: ("Chu kỳ 15", "2024-03-18 00:00:00", "2024-04-01 00:00:00")}
MS = {"Nền tảng": u("ms1"), "Mô hình lớn": u("ms2"), "Đánh giá": u("ms3")}
rows = []


def issue(n, title, desc, status, est, prio, creator, assignee, labels, cycle, created, updated, started="",
          completed="", canceled="", due="", parent="", ms="", project=True):
    c = CYC.get(cycle)
    rows.append({"ID": f"NLP-{n}", "Team": "NLP", "Title": title, "Description": desc, "Status": status,
                 "Estimate": est, "Priority": prio, "Project ID": PROJ[1] if project else "",
                 "Project": PROJ[0] if project else "", "Creator": creator, "Assignee": assignee, "Labels": labels,
                 "Cycle Number": cycle or "", "Cycle Name": c[0] if c else "", "Cycle Start": js(c[1]) if c else "",
                 "Cycle End": js(c[2]) if c else "", "Created": js(created), "Updated": js(updated),
                 "Started": js(started), "Triaged": "", "Completed": js(completed), "Canceled": js(canceled),
                 "Archived": "", "Due Date": due, "Parent issue": parent, "Initiatives": "",
                 "Project Milestone ID": MS[ms] if ms else "", "Project Milestone": ms, "SLA Status": "", "Roadmaps": ""})


H, L_, M, N, K = "Hà Thu Trang", "Lê Minh Quân", "Mai Anh Tuấn", "Nguyễn Bảo Ngọc", "Phạm Đức Khải"
issue(201, f"Đọc: {T('1409.3215')}",
      f"Bài nền tảng cho cả học kỳ.\n\n**{T('1409.3215')}** — Sutskever, Vinyals, Le (NIPS 2014)\n\n- Đọc kỹ phần đảo ngược câu nguồn\n- So với attention ở buổi sau",
      "Done", "2", "Medium", H, L_, "paper, nền tảng", 14, "2024-03-01 02:14:09", "2024-03-07 10:02:51",
      started="2024-03-04 01:30:00", completed="2024-03-07 10:02:51", ms="Nền tảng")
issue(202, "Đọc báo cáo GPT-2",
      f"{GPT2}\nBáo cáo kỹ thuật của OpenAI (2019), không có trên arXiv:\nhttps://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf\n\nTập trung vào zero-shot trên các tác vụ và WebText.",
      "Done", "1", "Low", H, N, "paper, nền tảng", 14, "2024-03-01 02:16:40", "2024-03-08 04:41:13",
      started="2024-03-05 03:00:00", completed="2024-03-08 04:41:13", ms="Nền tảng")
issue(203, f"Đọc: {T('1904.09751')}",
      "Nucleus sampling (top-p). ICLR 2020.\n\nThí nghiệm nhỏ: so sánh greedy / beam / top-k / top-p trên mô hình tiếng Việt của lab, 200 prompt từ tập tin tức.",
      "In Progress", "3", "Medium", H, K, "paper, giải mã", 14, "2024-03-01 02:19:22", "2024-03-12 08:25:37",
      started="2024-03-11 02:00:00", due="2024-03-15", ms="Nền tảng")
issue(204, "Viết script so sánh các chiến lược giải mã",
      "Dùng `transformers` generate(), seed cố định. Kết quả đưa vào sheet chung.",
      "Todo", "2", "Medium", K, K, "code", 14, "2024-03-11 02:05:10", "2024-03-11 02:05:10", parent="NLP-203", ms="Nền tảng")
issue(205, "Llama 2",
      f"{T('2307.09288')}\nhttps://arxiv.org/abs/2307.09288\n\nPhần RLHF (mục 3) và phần an toàn (mục 4). Người trình bày: Quân.",
      "In Review", "3", "High", H, L_, "paper, mô hình lớn", 14, "2024-03-01 02:22:51", "2024-03-13 09:10:04",
      started="2024-03-06 02:00:00", due="2024-03-14", ms="Mô hình lớn")
issue(206, f"Đọc: {T('2204.02311')}",
      "PDF: https://arxiv.org/pdf/2204.02311\n\nChú ý: Pathways, parallelism, phần discontinuous improvements (BIG-bench).",
      "Todo", "3", "Medium", H, M, "paper, mô hình lớn", 15, "2024-03-01 02:25:17", "2024-03-09 07:44:58",
      due="2024-03-21", ms="Mô hình lớn")
issue(207, "InstructGPT – trình bày buổi 6",
      f"[{T('2203.02155')}](https://arxiv.org/abs/2203.02155)\n\nSo sánh pipeline SFT → RM → PPO với Llama 2 (NLP-205).",
      "Todo", "3", "High", H, N, "paper, căn chỉnh", 15, "2024-03-01 02:27:03", "2024-03-09 07:45:30",
      due="2024-03-28", ms="Mô hình lớn")
issue(208, f"Đọc: {T('2206.14858')}",
      "Minerva — arXiv 2206.14858\nĐọc phần đánh giá MATH / MMLU-STEM và majority voting. Có thể thử với bộ đề thi THPT môn Toán của nhóm.",
      "Backlog", "2", "Low", M, "", "paper, đánh giá", "", "2024-03-05 08:40:12", "2024-03-05 08:40:12", ms="Đánh giá")
issue(209, "BIG-bench",
      f"{T('2206.04615')}\nTMLR 2023. Repo (dữ liệu tác vụ): https://github.com/google/BIG-bench\n\nXem có tác vụ nào dịch được sang tiếng Việt không.",
      "Backlog", "2", "Low", M, "", "paper, đánh giá", "", "2024-03-05 08:44:39", "2024-03-06 01:12:18", ms="Đánh giá")
issue(210, "Cài lm-evaluation-harness trên cụm GPU",
      "Phiên bản 0.4.x, cấu hình cho các tác vụ tiếng Việt (ViMMRC, tin tức). Không phải bài báo, chỉ là công cụ.",
      "In Progress", "2", "Medium", M, M, "hạ tầng", 14, "2024-03-06 03:10:55", "2024-03-12 11:31:02",
      started="2024-03-07 02:00:00", ms="Đánh giá")
issue(211, "Xin thêm quota GPU tháng 4 (4×A100)", "Gửi email cho phòng máy trước ngày 20/3.",
      "Todo", "1", "Urgent", H, H, "hành chính", 15, "2024-03-08 01:02:44", "2024-03-08 01:02:44", due="2024-03-20", project=False)
issue(212, "Crawl lại tập tin tức 2023 (báo điện tử)", "Bỏ trùng lặp bằng MinHash, lưu vào /data/news-vi-2023.",
      "Canceled", "3", "Low", K, K, "dữ liệu", "", "2024-02-20 04:30:00", "2024-03-02 09:00:00",
      canceled="2024-03-02 09:00:00", project=False)
issue(213, "Mời diễn giả khách mời (tháng 4)", "Chủ đề: đánh giá LLM tiếng Việt. Đã nhắn qua nhóm Zalo của lab.",
      "Todo", "", "No priority", H, H, "sự kiện", "", "2024-03-10 13:20:31", "2024-03-10 13:20:31", project=False)
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=COLS, lineterminator="\r\n")
w.writeheader()
for r in rows: w.writerow(r)
text = buf.getvalue()
write_only(F542, text, keys(F542))
