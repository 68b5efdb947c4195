#!/usr/bin/env python3
"""1745: the source of a page on a Vietnamese lab's WikkaWiki (NhomDocTuGiamSat, copied from the edit box):
Wikka markup — ======headings====== (six to two `=` on both sides), **bold**, //italic//, ##monospace##,
[[url text]] and [[WikiPage]] links, list lines indented with `~` (`~- ` bullets, `~1) ` numbers), ---- rules,
the {{toc}} action, Category WikiWords at the end; saved with a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, CTC

F = by_num(1745)
TEXT = f"""======Nhóm đọc: Học tự giám sát (HK2 2023–2024)======
{{{{toc}}}}

Trang này do **Nguyễn Minh Anh** cập nhật. Nhóm họp **thứ Năm, 14:00**, phòng B1-402 (hoặc Zoom, link trong NhomDocChung). Ai trình bày thì thêm slide vào thư mục chung và ghi tên vào danh sách bên dưới.

=====Lịch trình bày=====
~1) 07/03 – **Anh**: [[https://arxiv.org/abs/2002.05709 {T("2002.05709")}]] (SimCLR). Đọc kỹ phần augmentation và bảng 5.
~1) 14/03 – **Phúc**: {T("2011.10566")}, arXiv:2011.10566 – không cần negative pairs, chú ý stop-gradient.
~1) 21/03 – **Hà**: [[https://arxiv.org/pdf/2104.14294v2 {T("2104.14294")}]] (DINO)
~1) 28/03 – **Hà + Tuấn**: [[https://arxiv.org/abs/2304.07193 {T("2304.07193")}]] (DINOv2) – tập trung vào phần dữ liệu LVD-142M
~1) 04/04 – //nghỉ lễ Giỗ Tổ//
~1) 11/04 – **Tuấn**: [[https://openreview.net/forum?id=uB5x7Y2qsFR {T("2103.13646")}]] – liên quan trực tiếp đến đề tài nhãn nhiễu của Tuấn

=====Danh sách chờ=====
~- {T("2006.05576")} – góc nhìn lý thuyết thông tin, hợp với ai thích toán
~- {T("2106.07447")} – tự giám sát cho tiếng nói; có thể mời nhóm xử lý tiếng nói bên khoa Điện tử
~- {T(CTC)} – bài kinh điển (ICML 2006), nên đọc trước nếu làm ASR với HuBERT
~- ""<span style="color:gray">"" Gợi ý thêm? Ghi vào đây. ""</span>""

----
=====Tài liệu tham khảo khác=====
~- Thư viện: [[https://github.com/facebookresearch/vissl VISSL]] (có sẵn cấu hình SimCLR, SwAV, DINO)
~- Bài giảng video của Yann LeCun về self-supervised learning (NYU Deep Learning, tuần 10)
~- Cấu hình máy chủ GPU: xem MayChuGPU, đặt lịch qua ##https://lich.example.edu.vn/gpu##

//Lưu ý: không tải dữ liệu ImageNet lên Drive chung, dùng bản trên máy chủ ở ##/data/imagenet##.//

----
CategoryNhomDoc CategoryHocTuGiamSat
"""


if __name__ == "__main__":
    write_only(F, TEXT, keys(F))
