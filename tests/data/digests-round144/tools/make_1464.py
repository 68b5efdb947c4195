#!/usr/bin/env python3
"""1464: a question thread on Dạy Nhau Học (daynhauhoc.com, a Vietnamese programming forum on Discourse), copied from
the browser: the title, category and tags, the posts (username, display name, date `D Thg M`, body, quotes as
`user:` blocks, like counts `N Lượt thích`, `Trả lời`), the solved box on the first post (`Giải pháp` naming a
reply), the topic map (created / last reply / replies / views / users / likes / links) and `Chủ đề gợi ý`. Not
papers: d2l's Vietnamese edition, CS231n, fast.ai, Karpathy's Zero to Hero videos, Machine Learning cơ bản, the
Dodrio demo, the nanoGPT and fairseq repositories; LSTM, AdamW, GPT-2, nucleus sampling, Gato, GENRE, dropout are
names."""
import datetime as dt, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1464, keys, LSTM


def vd(d):
    return f"{d.day} Thg {d.month}"


TITLE = "Người mới học Deep Learning nên đọc những paper nào trước?"
POSTS = [
 ("minhkhoa.ng", "Nguyễn Minh Khoa", dt.date(2024, 3, 5), 4, [
  "Chào mọi người, em là sinh viên năm 3, đã học xong khoá Machine Learning cơ bản và đang đọc bản dịch tiếng Việt của "
  "“Đắm mình vào Học Sâu” (d2l). Em muốn tập đọc paper gốc nhưng không biết bắt đầu từ đâu.",
  "",
  f"Hiện tại em mới đọc được “{T(LSTM)}” của Hochreiter & Schmidhuber (1997) nhưng thấy khá nặng toán.",
  "Mọi người có thể gợi ý một danh sách theo thứ tự không ạ? Em cảm ơn!"]),
 ("tranquochuy", "Trần Quốc Huy", dt.date(2024, 3, 5), 9, [
  "Đọc paper “đúng lúc” quan trọng hơn đọc nhiều. Mình gợi ý hai bài ngắn, viết dễ hiểu, áp dụng ngay được:",
  "",
  f"- {T('1711.05101')} (AdamW) – https://arxiv.org/abs/1711.05101",
  "  Hiểu vì sao weight decay trong Adam khác L2 regularization, sau đó bạn sẽ thấy AdamW ở khắp nơi.",
  f"- {T('1904.09751')} – https://arxiv.org/abs/1904.09751",
  "  Bài về nucleus sampling (top-p). Đọc xong thử chỉnh top_p trong nanoGPT của Karpathy là thấy ngay.",
  "",
  "Trước đó nên xem series Neural Networks: Zero to Hero của Karpathy trên YouTube."]),
 ("lethuha", "Lê Thu Hà", dt.date(2024, 3, 6), 3, [
  "minhkhoa.ng:",
  "Mọi người có thể gợi ý một danh sách theo thứ tự không ạ?",
  "",
  "Nếu bạn thích RL và agent thì đọc thêm bài Gato của DeepMind:",
  f"“{T('2205.06175')}” https://arxiv.org/abs/2205.06175",
  "Không cần hiểu hết, chỉ cần nắm ý “một mô hình, nhiều tác vụ”."]),
 ("phamduc_nlp", "Phạm Văn Đức", dt.date(2024, 3, 6), 2, [
  "Bên NLP thì mình hay giới thiệu bài GENRE cho các bạn mới, vì ý tưởng rất gọn: sinh ra tên thực thể thay vì phân loại.",
  f"{T('2010.00904')} (arXiv:2010.00904). Code trong repo fairseq của Meta."]),
 ("tranquochuy", "Trần Quốc Huy", dt.date(2024, 3, 7), 5, [
  "Bổ sung thêm hai bài thú vị mà ít người biết, không cần nhiều toán:",
  f"- {T('2101.01761')} (Pham & Le, AAAI 2021) – học luôn cả mẫu dropout.",
  f"- {T('2103.14146')} (ICCV 2021) – bài của một nhóm bên Nhật về mô tả thay đổi giữa hai ảnh.",
  "Hai bài này mình in ra đọc trên giấy, không có link sẵn, bạn tự tìm tên là ra."]),
 ("vy.hoang", "Hoàng Thảo Vy", dt.date(2024, 3, 8), 1, [
  "Nếu khó hình dung attention thì có một công cụ trực quan hoá rất hay:",
  f"“{T('2103.14625')}”, có bản demo chạy trên trình duyệt: https://poloclub.github.io/dodrio/"]),
 ("minhkhoa.ng", "Nguyễn Minh Khoa", dt.date(2024, 3, 8), 2, [
  "Cảm ơn mọi người rất nhiều! Em sẽ đọc theo thứ tự AdamW → nucleus sampling → GENRE, rồi quay lại LSTM sau.",
  "Em đánh dấu bài của anh Huy là giải pháp nhé."]),
 ("admin_dnh", "Dạy Nhau Học", dt.date(2024, 3, 9), 0, [
  "Chủ đề đã được đánh dấu là đã giải quyết. Chủ đề sẽ tự động đóng sau 30 ngày kể từ trả lời cuối cùng."]),
]
SOL = 1  # the accepted answer: the second post (index 1)
L = [TITLE, "Hỏi đáp  machine-learning  deep-learning  paper", ""]
for i, (u, name, d, likes, body) in enumerate(POSTS):
    L += [u, name, vd(d), ""] + body
    if i == 0:
        su, _, sd, _, _ = POSTS[SOL]
        L += ["", "Giải pháp", f"{su}: trả lời ngày {vd(sd)}", "Đi tới bài viết"]
    if i == SOL:
        L += ["", "✓ Giải pháp"]
    L += [""] + ([f"{likes} Lượt thích"] if likes else []) + ["Trả lời", ""]
body_all = "\n".join(L)
links = len(set(re.findall(r"https?://\S+", body_all)))
users = len({p[0] for p in POSTS})
L += ["tạo", vd(POSTS[0][2]), "trả lời cuối", vd(POSTS[-1][2]),
      str(len(POSTS) - 1), "trả lời", "1,2k", "lượt xem", str(users), "người dùng",
      str(sum(p[3] for p in POSTS)), "lượt thích", str(links), "liên kết", "",
      "Chủ đề gợi ý", "",
      "Chủ đề\tTrả lời\tLượt xem\tHoạt động",
      "Lộ trình tự học Machine Learning cho người đi làm\t23\t5,8k\tThg 1",
      "Hỏi về khoá CS231n và fast.ai, nên học cái nào trước?\t11\t2,1k\t12 Thg 2",
      "Chia sẻ tài liệu Xác suất thống kê cho AI\t6\t967\t28 Thg 2"]
write_only(F1464, "\n".join(L) + "\n", keys(F1464))
