#!/usr/bin/env python3
"""1366 (NEGATIVE): a post of a Hanoi-like university AI club's site built on NukeViet (the Vietnamese CMS; its news
module serves the club's blog) with its comments, saved by Chrome as "Webpage, Complete": the mark of the web with the
address's length, resources rewritten to `./<title>_files/`, NukeViet's `alias-id.html` addresses, breadcrumb, the
post's time and hit counter, the tags, the comment module (name, `dd/mm/yyyy hh:mm`, likes, replies indented) and the
footer. The post recaps a club meeting that chose no paper: only software and versions (PyTorch 2.2, Transformers
4.38, vLLM, llama.cpp), models and their cards (PhoGPT, Vistral), datasets, leaderboards, courses (CS231n, CS224N,
Coursera), a textbook, a Kaggle competition, talks, conferences as events, people, rooms, dates, student and post ids —
no catalogue title and nothing arXiv-shaped (the builder refuses both)."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1366

E = lambda s: html.escape(s, quote=False)
HOST = "https://aiclub.truong-vidu.example.edu.vn"
TITLE = "Tổng kết buổi sinh hoạt CLB AI tháng 3/2024: chọn đề tài đọc cho học kỳ mới"
PID, ALIAS = 187, "tong-ket-buoi-sinh-hoat-clb-ai-thang-3-2024-chon-de-tai-doc-cho-hoc-ky-moi"
URL = f"{HOST}/news/hoat-dong/{ALIAS}-{PID}.html"
PAGE_TITLE = f"{TITLE} - Hoạt động - CLB Trí tuệ nhân tạo"
FILES = f"./{PAGE_TITLE.replace('/', '_').replace(':', '_')}_files"  # Chrome names the folder after the whole <title>
POST = [
    "Tối thứ Năm 14/03/2024, CLB AI đã tổ chức buổi sinh hoạt định kỳ tại phòng 405 nhà B1 với hơn 40 bạn tham gia. Mục tiêu của buổi này là chọn chủ đề đọc cho học kỳ 2 năm học 2023–2024.",
    "<strong>1. Điểm lại học kỳ trước.</strong> Nhóm đã hoàn thành loạt bài thực hành với PyTorch 2.2 và thư viện Transformers 4.38 của Hugging Face. Bạn Minh Anh (MSSV 20215432) chia sẻ kinh nghiệm chạy PhoGPT-4B-Chat và Vistral-7B-Chat bằng llama.cpp trên laptop 16 GB RAM, còn bạn Quang Huy demo vLLM trên máy chủ của phòng lab.",
    "<strong>2. Các hướng đề xuất.</strong> Có ba hướng được đưa ra: (a) mô hình ngôn ngữ lớn cho tiếng Việt, xem bảng xếp hạng VMLU và Open LLM Leaderboard; (b) thị giác máy tính, ôn lại khóa CS231n của Stanford; (c) xử lý ngôn ngữ tự nhiên cơ bản theo khóa CS224N và cuốn sách \"Dive into Deep Learning\" (bản tiếng Việt: \"Đắm mình vào Học Sâu\").",
    "<strong>3. Kết quả biểu quyết.</strong> Hướng (a) được nhiều phiếu nhất (23/41 phiếu). Tuy nhiên cả nhóm <em>chưa chốt bài báo cụ thể</em> nào: mỗi tiểu nhóm sẽ tự đề xuất 2–3 bài và gửi lên nhóm Zalo trước ngày 24/03. Buổi sau sẽ bỏ phiếu lần hai.",
    "<strong>4. Thông báo khác.</strong> CLB sẽ tham gia cuộc thi Kaggle \"LLM - Detect AI Generated Text\" (đã kết thúc nhưng vẫn nộp muộn được để luyện tập), và cử 3 bạn đi nghe hội thảo VLSP 2023 (bản ghi đã có trên YouTube). Ai đăng ký khóa \"Machine Learning Specialization\" trên Coursera có thể xin hỗ trợ học phí qua thầy Tuấn.",
    "Slide của buổi sinh hoạt và bộ dữ liệu mẫu (UIT-VSFC, 16.175 câu phản hồi sinh viên) được để trong thư mục chung của CLB. Hẹn gặp mọi người vào 19h00 thứ Năm 28/03/2024!",
]
COMMENTS = [  # (id, name, time, likes, text, parent)
    (1021, "Nguyễn Thảo Vy", "14/03/2024 22:17", 5, "Buổi hôm nay vui quá! Cho em hỏi slide có link ở đâu ạ?", None),
    (1022, "Ban chủ nhiệm CLB", "14/03/2024 22:40", 2, "Slide ở thư mục chung trên Drive của CLB nhé em, mục \"SH-2024-03\".", 1021),
    (1023, "Lê Đức Mạnh", "15/03/2024 08:05", 3, "Em đề xuất nhóm (a) xem thêm mô hình SeaLLM và bảng xếp hạng VMLU, có cả code đánh giá trên GitHub.", None),
    (1024, "Phạm Hồng Nhung", "15/03/2024 09:31", 1, "Có ai muốn lập nhóm học CS224N online không? Em rảnh tối thứ Ba và thứ Sáu.", None),
    (1025, "Trần Quang Huy", "15/03/2024 10:02", 0, "Mình tham gia với Nhung nhé. Còn cấu hình vLLM hôm qua mình để ở repo clb-ai/demo-vllm.", 1024),
]


def comment(c, depth):
    cid, name, t, likes, text, parent = c
    return (f'<div class="comment-item{" reply" if depth else ""}" id="cm{cid}" style="margin-left:{40 * depth}px">\n'
            f'<img class="avatar" src="{FILES}/no_avatar.png" alt="{E(name)}" width="40" height="40">\n'
            f'<div class="comment-body"><span class="name">{E(name)}</span> <span class="time">{t}</span>\n'
            f'<p>{E(text)}</p>\n'
            f'<span class="like"><em class="fa fa-thumbs-o-up"></em> {likes}</span> <a href="#" class="reply-link" data-id="{cid}">Trả lời</a></div>\n</div>')


cm = []
for c in COMMENTS:
    if c[5] is None:
        cm.append(comment(c, 0))
        cm += [comment(r, 1) for r in COMMENTS if r[5] == c[0]]
body = "\n".join(f"<p>{p}</p>" for p in POST)
page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(PAGE_TITLE)}</title>
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(TITLE)}">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" href="{FILES}/bootstrap.min.css">
<link rel="stylesheet" href="{FILES}/style.css">
<script src="{FILES}/jquery.min.js"></script>
</head>
<body>
<div id="header"><a href="{HOST}/"><img src="{FILES}/logo.png" alt="CLB Trí tuệ nhân tạo"></a></div>
<nav class="breadcrumbs"><a href="{HOST}/">Trang nhất</a> » <a href="{HOST}/news/">Tin Tức</a> » <a href="{HOST}/news/hoat-dong/">Hoạt động</a></nav>
<div class="news_column panel panel-default">
<div class="panel-body">
<h1 class="title">{E(TITLE)}</h1>
<ul class="list-inline"><li><em class="fa fa-clock-o"></em> Thứ năm - 14/03/2024 21:30</li><li><em class="fa fa-eye"></em> Đã xem: 356</li></ul>
<div class="hometext"><strong>Buổi sinh hoạt tháng 3 đã bàn về định hướng đọc của học kỳ mới; danh sách bài báo sẽ được chốt vào buổi sau.</strong></div>
<div id="news-bodyhtml" class="bodytext">
{body}
</div>
<p class="text-right"><strong>Tác giả bài viết: Ban truyền thông CLB</strong></p>
<div class="keywords"><em class="fa fa-tags"></em> Từ khóa: <a href="{HOST}/news/tag/sinh-hoat-clb">sinh hoạt CLB</a>, <a href="{HOST}/news/tag/llm">LLM</a>, <a href="{HOST}/news/tag/hoc-ky-2">học kỳ 2</a></div>
</div>
</div>
<div id="idcomment" class="panel panel-default">
<div class="panel-heading">Ý kiến bạn đọc ({len(COMMENTS)})</div>
<div class="panel-body">
{chr(10).join(cm)}
<form method="post" action="{HOST}/comment/post/"><input type="hidden" name="module" value="news"><input type="hidden" name="id" value="{PID}">
<textarea name="content" placeholder="Nhập nội dung bình luận"></textarea><button type="submit">Gửi bình luận</button></form>
</div>
</div>
<div id="footer">© 2024 CLB Trí tuệ nhân tạo – Trường Đại học (ví dụ) · Phòng 405, nhà B1 · Email: aiclub.truong-vidu.example.edu.vn<br>Powered by <a href="https://nukeviet.vn/">NukeViet CMS</a></div>
</body></html>"""
write(F1366, page, negative=True)
