#!/usr/bin/env python3
"""1042: the CSV a Vietnamese university computer-vision club downloaded from Tally ("Download CSV" on the form's
Submissions tab) for its paper-proposal form of the spring term: UTF-8 without BOM, LF rows, minimal quoting (cells
with a comma, a quote or a line break quoted, quotes doubled), the first three columns Tally's own (Submission ID and
Respondent ID as six-character ids, Submitted at as `YYYY-MM-DD HH:MM:SS` in UTC, oldest first), then the questions
in form order; a checkbox question exported as its chosen options joined by ", "; a long answer with line breaks.
Members write the paper names as they like (the full title asked for, sometimes with a nickname in front or a
doubled blank), the link cell holds an abs URL, a versioned pdf URL, a URL without scheme, a bare `arXiv:…`, a bare
id or only the venue, or is empty. One respondent submits twice. A course, a software repository and "ViT" asked
without a paper are not papers; "LeNet", "DETR", "Q-Former", "DARTS" are nicknames."""
import csv, datetime, hashlib, io, os, string, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LENET

F = by_num(1042)
K = dict(blip2="2301.12597", ddetr="2010.04159", resnest="2004.08955", effv2="2104.00298", nas="2108.04392",
         cotr="2103.14167", changes="2103.14146")
HEAD = ["Submission ID", "Respondent ID", "Submitted at", "Họ và tên", "Email", "MSSV",
        "Tên bài báo (ghi đầy đủ tiêu đề)", "Link bài báo (arXiv / OpenReview / trang hội nghị)",
        "Vì sao bạn muốn cả CLB đọc bài này?", "Bạn có muốn tự trình bày không?", "Tuần phù hợp"]
DOM = "student.dhsh.example.edu.vn"
ALNUM = string.ascii_letters + string.digits


def tid(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(ALNUM[b % len(ALNUM)] for b in h[:6])


START = datetime.datetime(2024, 2, 26, 1, 12, 40)
ROWS = [
    # (minutes after START, name, mssv, title, link, reason, present, weeks)
    (0, "Nguyễn Minh Khoa", "2152014", T(K["blip2"]), "https://arxiv.org/abs/2301.12597",
     "Muốn hiểu cách nối một ViT đóng băng với LLM qua Q-Former mà chỉ train phần ở giữa. Nhóm đồ án của mình đang "
     "làm captioning tiếng Việt nên rất liên quan.", "Có", "Tuần 3, Tuần 4"),
    (47, "Trần Thị Ngọc Anh", "2152377", T(K["ddetr"]), "https://arxiv.org/pdf/2010.04159v4",
     "DETR gốc hội tụ rất chậm, bài này sửa bằng deformable attention chỉ nhìn vài điểm quanh điểm tham chiếu. "
     "Đọc xong có thể so với YOLO.", "Có", "Tuần 5"),
    (190, "Lê Hoàng Phúc", "2052291", "EfficientNetV2: Smaller Models and Faster  Training", "arXiv:2104.00298",
     "Backbone nhẹ cho đồ án tốt nghiệp, muốn hiểu progressive learning (tăng dần kích thước ảnh khi train).",
     "Không", "Tuần 4, Tuần 6"),
    (1033, "Phạm Gia Huy", "2152190", T(K["resnest"]), "arxiv.org/abs/2004.08955",
     "Split-attention khá giống SE/SK, nhưng kết quả trên COCO tốt. Bài ngắn, hợp cho buổi 45 phút.", "Có", "Tuần 6"),
    (1410, "Võ Thanh Tâm", "2052418", T(K["cotr"]), "ICCV 2021 (chưa tìm được link chuẩn)",
     "Mình làm ghép ảnh panorama, cần so khớp điểm. Bài này dùng transformer để hỏi \"điểm này ở ảnh kia nằm đâu\".",
     "Có", "Tuần 7"),
    (2895, "Đặng Quốc Bảo", "2152505", T(K["changes"]), "",
     "Phát hiện và mô tả nhiều thay đổi giữa hai ảnh cùng lúc.\nCó dataset mới, có thể dùng cho đề tài giám sát "
     "công trình.\nNhờ ai có link thì bổ sung giúp.", "Không", "Tuần 8"),
    (3001, "Hồ Mỹ Duyên", "2252061", "LeNet - " + LENET, "Proceedings of the IEEE, 1998",
     "Bài kinh điển (LeNet-5), dài gần 50 trang nhưng phần 2 rất đáng đọc cho các bạn năm nhất mới vào CLB.",
     "Có", "Tuần 2"),
    (4322, "Bùi Đức Trí", "2052133", T(K["nas"]), "2108.04392 (ICLR 2021 outstanding paper)",
     "Chỉ ra rằng magnitude của alpha trong DARTS không phản ánh độ mạnh của phép toán. Hay cho ai làm NAS.",
     "Không", "Tuần 7, Tuần 8"),
    (5170, "Ngô Văn Lợi", "2252300", "Khóa CS231n (Stanford) – phần object detection",
     "https://www.youtube.com/playlist?list=PLk2eHc9xQ7Vn4T0sWbM1yJfR8uZpA3dLg",
     "Không phải bài báo nhưng các bạn mới nên xem trước buổi về DETR.", "Không", "Tuần 5"),
    (6088, "Nguyễn Minh Khoa", "2152014", "YOLOv8", "https://github.com/ultralytics/ultralytics",
     "Bổ sung: nếu buổi về detection còn thời gian thì demo YOLOv8 (repo, không có paper chính thức).", "Có",
     "Tuần 5"),
    (7342, "Trần Bảo Ngọc", "2252417", "ViT", "",
     "Mình muốn đọc về ViT nhưng không biết nên chọn bài nào, ai gợi ý giúp với ạ", "Không", "Tuần 3"),
]
out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
for mins, name, mssv, title, link, why, present, weeks in ROWS:
    at = START + datetime.timedelta(minutes=mins, seconds=(mins * 37) % 60)
    user = "".join(c for c in unicodedata.normalize("NFD", name.split()[-1].lower().replace("đ", "d"))
                   if not unicodedata.combining(c)) + "." + mssv
    w.writerow([tid("sub" + str(mins)), tid("resp" + mssv), at.strftime("%Y-%m-%d %H:%M:%S"), name,
                f"{user}@{DOM}", mssv, title, link, why, present, weeks])
text = out.getvalue()
write_only(F, text, keys(F))
