#!/usr/bin/env python3
"""747: a Dendron vault note (notes/reading.2024.ssl-robustness.md): YAML front matter as Dendron writes it (id of 23
lower-case letters / digits, title, desc: '', updated / created as epoch milliseconds), then Markdown with Dendron's
wiki links [[alias|note.hierarchy]], note references ![[note#heading]], #tags, @user tags and ^block anchors.
Vietnamese reading group on self-supervised learning and robustness."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(747)
A = lambda k: f"https://arxiv.org/abs/{k}"

text = f"""---
id: q7m2x9k4v1n8b3c6z0w5r2t
title: Ssl Robustness
desc: 'Nhóm đọc HK2 2023-2024: học tự giám sát và độ bền vững'
updated: 1709887316420
created: 1709624403117
traitIds:
  - journalNote
---

Ghi chú chung của nhóm đọc (phòng B3-402, thứ Sáu 15:00). Xem lịch ở [[Lịch nhóm đọc|reading.2024.schedule]] và
quy ước ghi chép ở [[reading.conventions]]. Người điều phối: @thao.pham, thư ký: @khoa.le.

> [!NOTE] Quy ước
> Mỗi bài có một ghi chú con `reading.2024.ssl-robustness.<slug>`; ở đây chỉ giữ bảng tổng hợp và link gốc.
> Đừng dán PDF vào vault (dùng thư mục `assets/` của Dendron nếu thật sự cần hình).

## Bảng tổng hợp

| Tuần | Bài | Người trình bày | Trạng thái |
| --- | --- | --- | --- |
| 1 | [{T("1807.03748")}]({A("1807.03748")}) | @khoa.le | ✅ xong |
| 2 | [{T("2002.05709")}]({A("2002.05709")}) | @thao.pham | ✅ xong |
| 3 | {T("2006.05576")} | @minh.dang | ⏳ đang chuẩn bị |
| 4 | {T("2304.07193")} (arXiv 2304.07193) | @lan.vu | ⏳ |
| 5 | {T("2103.13646")} | @khoa.le | — |
| 6 | [{T("2103.14339")}]({A("2103.14339")}) | @an.tran | — |
| 7 | {T("2004.07780")} | @thao.pham | — |
| 8 | [{T("2103.14586")}]({A("2103.14586")}) | @minh.dang | — |

#ssl #robustness #hk2-2024

## Tuần 1 – CPC ^tuan-1

{au("1807.03748")}. Ý chính: dự đoán biểu diễn tương lai trong không gian tiềm ẩn bằng hàm mất mát InfoNCE.
- Câu hỏi của @lan.vu: InfoNCE là cận dưới của thông tin tương hỗ — chặt tới mức nào khi batch nhỏ?
- Liên hệ với âm thanh (LibriSpeech) và ảnh (ImageNet-1k) — đều là **bộ dữ liệu**, không phải bài báo.
- Bài blog nên đọc trước: "Contrastive Representation Learning" trên Lil'Log (blog, không ghi vào bảng).

## Tuần 2 – khung contrastive đơn giản ^tuan-2

Bài: {T("2002.05709")}
Tác giả: {au("2002.05709", 4, "")}
- Tăng cường dữ liệu mạnh (crop + color jitter) quan trọng hơn kiến trúc.
- Projection head phi tuyến, nhiệt độ τ = 0.1 là điểm tốt trong bảng 5.
- Thử lại bằng thư viện `lightly` (phần mềm) trên CIFAR-10; notebook ở [[reading.2024.ssl-robustness.simclr-lab]].

![[reading.2024.ssl-robustness.simclr-lab#ket-qua]]

## Tuần 3 – góc nhìn đa khung nhìn ^tuan-3

{T("2006.05576")}
{au("2006.05576", 4, "")}. @minh.dang chưa tìm được bản PDF chính thức, tạm dùng bản in từ thư viện trường.
- Phân tích lý thuyết thông tin: biểu diễn tự giám sát giữ thông tin "dùng chung" giữa các khung nhìn.
- TODO: so sánh với phần lý thuyết của tuần 1 (cận InfoNCE).

## Tuần 4 – đặc trưng thị giác không cần nhãn ^tuan-4

{T("2304.07193")} — arXiv 2304.07193.
Nhóm tác giả rất đông ({au("2304.07193", 3)}). Trọng tâm: quy trình tuyển chọn dữ liệu tự động (LVD-142M) và
chưng cất từ ViT-g xuống các mô hình nhỏ.
- @lan.vu sẽ demo checkpoint qua `torch.hub` (phần mềm) và so sánh k-NN trên tập dữ liệu của phòng.

## Tuần 5 – nhãn nhiễu ^tuan-5

{T("2103.13646")}
{au("2103.13646", 3)}. Dùng tiền huấn luyện tự giám sát để tách mẫu sạch / mẫu nhiễu ("warm-up obstacle").
- Bộ dữ liệu thử: CIFAR-N và Clothing1M (dữ liệu, không phải bài).

## Tuần 6 – gán nhãn chọn lọc cho ảnh y tế ^tuan-6

[{T("2103.14339")}]({A("2103.14339")})
{au("2103.14339", 3)}. Kết hợp meta-learning và học tăng cường sâu để chọn ảnh X-quang cần gán nhãn.
- Dữ liệu: CheXpert (bộ dữ liệu) — @an.tran hỏi xem có bản tiếng Việt của bộ nhãn không.

## Tuần 7–8 – độ bền vững ^tuan-7

- {T("2004.07780")} — {au("2004.07780", 3)}. Bài tổng quan / quan điểm; đọc cùng phần "shortcut" trong khoá CS330
  (khoá học, không phải bài báo).
- [{T("2103.14586")}]({A("2103.14586")}) — {au("2103.14586", 3)}. Đo độ nhạy của ViT với nhiễu patch,
  so sánh với ResNet.
- Bảng xếp hạng RobustBench (leaderboard) chỉ dùng để tham khảo số liệu.

## Việc cần làm

- [x] Đặt phòng B3-402 cho cả học kỳ
- [x] Tạo [[reading.2024.ssl-robustness.simclr-lab]]
- [ ] @minh.dang: tìm bản chính thức cho tuần 3
- [ ] @khoa.le: chuẩn bị slide tuần 5 (mẫu ở [[templates.slides]])
- [ ] Cập nhật kho `solo-learn` (repo) lên bản mới để chạy lại linear probe

## Liên kết khác

- Kho mã của nhóm: `git@git.hcmtu.example.edu.vn:ml-lab/ssl-reading.git`
- Tài liệu Dendron: https://wiki.dendron.so/notes/FnK2ws6w1uaS1YzBUY3BR (hướng dẫn, không phải bài báo)
- Ghi chú tuần trước: [[Nhật ký 2024-03-01|daily.journal.2024.03.01]]
"""
write_only(F, text, keys(F))
