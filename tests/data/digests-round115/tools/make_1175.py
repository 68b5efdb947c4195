#!/usr/bin/env python3
"""1175: a MeisterTask project CSV export (`Doc-bai-bao-NLP.csv`; Vietnamese): a Hanoi team's board «Đọc bài báo —
dịch máy & suy luận nhanh». UTF-8 with BOM, CRLF records, minimal quoting (notes with commas, quotes or line breaks
quoted; line breaks inside a note are LF); sections Cần đọc / Đang đọc / Đã trình bày; `Completed at` set exactly for
completed tasks and not before `Created at`; tags comma-separated."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_encoded
from make_expected import F1175, keys

A = "https://arxiv.org/abs/"
H = ["Name", "Notes", "Section", "Status", "Assignee", "Tags", "Due date", "Created at", "Completed at"]
R = [
 (T("1409.3215"), "Bài kinh điển: LSTM encoder–decoder, đảo ngược câu nguồn.\nChưa có link, ai có bản PDF thì đính kèm.", "Đã trình bày", "completed", "Nguyễn Minh Anh", "dịch máy, kinh điển", "2024-03-08", "2024-03-01 09:12", "2024-03-08 16:40"),
 (T("1508.07909"), "BPE cho từ hiếm. " + A + "1508.07909\nLiên quan trực tiếp tới tokenizer tiếng Việt của nhóm.", "Đã trình bày", "completed", "Trần Quốc Bảo", "dịch máy, tokenizer", "2024-03-15", "2024-03-01 09:15", "2024-03-15 17:05"),
 (T("2008.07905"), "GLAT — dịch không tự hồi quy, \"glancing sampling\". Tìm bản ACL 2021 rồi gắn link sau.", "Đang đọc", "open", "Lê Thu Hà", "dịch máy, NAT", "2024-04-19", "2024-03-20 10:02", ""),
 (T("1910.03771"), "Bài báo của thư viện transformers (EMNLP demo). Tài liệu: https://huggingface.co/docs/transformers", "Đã trình bày", "completed", "Phạm Đức Long", "công cụ", "2024-03-22", "2024-03-04 14:30", "2024-03-22 15:55"),
 (T("1710.03740"), "Huấn luyện FP16 + loss scaling. https://openreview.net/forum?id=" + OR("1710.03740"), "Đã trình bày", "completed", "Trần Quốc Bảo", "huấn luyện, hiệu năng", "2024-03-29", "2024-03-04 14:31", "2024-03-29 16:20"),
 (T("2211.17192"), "Giải mã suy đoán (speculative decoding): mô hình nháp + kiểm tra song song.\nhttps://arxiv.org/pdf/2211.17192", "Đang đọc", "open", "Nguyễn Minh Anh", "suy luận", "2024-04-26", "2024-04-02 08:47", ""),
 (T("2210.17323"), "Lượng tử hoá 3–4 bit sau huấn luyện. " + A + "2210.17323", "Cần đọc", "open", "Lê Thu Hà", "suy luận, lượng tử hoá", "2024-05-03", "2024-04-02 08:50", ""),
 (T("2208.07339"), "arXiv:2208.07339 — int8 với xử lý riêng các outlier. Đọc cùng lúc với GPTQ.", "Cần đọc", "open", "Phạm Đức Long", "suy luận, lượng tử hoá", "2024-05-10", "2024-04-02 08:52", ""),
 ("Cài bitsandbytes trên máy chủ GPU", "Không phải bài báo: cài thư viện https://github.com/TimDettmers/bitsandbytes để chạy thử int8.", "Cần đọc", "open", "Phạm Đức Long", "hạ tầng", "", "2024-04-03 11:20", ""),
 ("Đặt phòng họp thứ Sáu", "Phòng 402, 15:00–16:30.", "Đã trình bày", "completed", "Nguyễn Minh Anh", "", "", "2024-02-28 08:00", "2024-02-28 08:05"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(H)
for r in R: w.writerow(r)
text = "\ufeff" + buf.getvalue()
write_encoded(F1175, text, "utf-8", keys(F1175))
