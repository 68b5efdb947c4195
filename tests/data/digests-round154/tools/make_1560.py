#!/usr/bin/env python3
"""1560: the reference section copied from the PDF of a HUST (Đại học Bách khoa Hà Nội) master's thesis, Vietnamese:
the end of the conclusion with numbered citations, «TÀI LIỆU THAM KHẢO» split into Tiếng Việt / Tiếng Anh, IEEE-like
entries, the running head and page numbers as the PDF copy leaves them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, initials, key_of, write_only
from make_expected import by_num, keys
F = by_num(1560)
HEAD = "Luận văn thạc sĩ – Trường Công nghệ Thông tin và Truyền thông, Đại học Bách khoa Hà Nội"


def ini(k, n=3):
    a = CAT[key_of(k)]["authors"]
    s = ", ".join(initials(x) for x in a[:n])
    return s + (" et al." if len(a) > n else "")


refs = [
    "Nguyễn Văn Hùng, Trần Thị Mai, “Nhận dạng biển số xe bằng mạng nơ-ron tích chập,” Tạp chí Khoa học và Công nghệ Trường Đại học Bách khoa Hà Nội, số 158, tr. 41–47, 2022.",
    "Lê Minh Tuấn, Học sâu và ứng dụng trong thị giác máy tính, Hà Nội: NXB Bách khoa Hà Nội, 2021.",
    f"{ini(key_of('Gradient-Based Learning Applied to Document Recognition'), 4)}, “{T(key_of('Gradient-Based Learning Applied to Document Recognition'))},” Proceedings of the IEEE, vol. 86, no. 11, pp. 2278–2324, 1998.",
    f"{ini('2010.11929')}, “{T('2010.11929')},” in International Conference on Learning Representations (ICLR), 2021. [Online]. Available: https://openreview.net/forum?id=YicbFdNTTy",
    f"{ini('2103.14030')}, “{T('2103.14030')},” in Proc. IEEE/CVF ICCV, 2021, pp. 10012–10022. [Online]. Available: https://arxiv.org/abs/2103.14030",
    f"{ini('2201.03545')}, “{T('2201.03545')},” in Proc. IEEE/CVF CVPR, 2022, pp. 11976–11986. [Online]. Available: https://arxiv.org/abs/2201.03545",
    f"{ini('2111.06377')}, “{T('2111.06377')},” arXiv preprint arXiv:2111.06377, 2021.",
    f"{ini('2106.04560')}, “{T('2106.04560')},” in Proc. IEEE/CVF CVPR, 2022, pp. 12104–12113.",
    f"{ini('2103.14586')}, “{T('2103.14586')},” in Proc. IEEE/CVF ICCV, 2021, pp. 10231–10241.",
    f"{ini('2012.07177')}, “{T('2012.07177')},” in Proc. IEEE/CVF CVPR, 2021, pp. 2918–2928.",
    "R. Wightman, “PyTorch Image Models,” GitHub repository, 2019. [Online]. Available: https://github.com/huggingface/pytorch-image-models",
    "Phòng thí nghiệm Thị giác máy tính BK-Vision, “Bộ dữ liệu ảnh giao thông đô thị Hà Nội,” 2023. [Online]. Available: https://bkvision.example.vn/datasets/hanoi-traffic",
]
VN, EN = refs[:2], refs[2:]


def wrap(s, width=96):
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = (line + " " + w) if line else w
    return out + [line]


lines = ["5.2. Hướng phát triển",
         "Trong tương lai, luận văn sẽ thử nghiệm thêm các kiến trúc lai giữa CNN và Transformer [6], [8], kết hợp",
         "tiền huấn luyện tự giám sát kiểu mặt nạ [7] và tăng cường dữ liệu copy-paste [10] cho bài toán phát hiện",
         "phương tiện giao thông. Ngoài ra cần đánh giá độ bền vững [9] trên dữ liệu Hà Nội [12] so với ViT [4], Swin",
         "[5] và mạng LeNet kinh điển [3] đã trình bày ở Chương 2, dùng thư viện timm [11] như các công trình [1], [2].",
         "", "62", "", HEAD, "", "TÀI LIỆU THAM KHẢO", "", "Tiếng Việt"]
n = 0
pages = [[]]
for block, label in ((VN, None), (EN, "Tiếng Anh")):
    if label: pages[-1] += ["", label]
    for r in block:
        n += 1
        w = wrap(f"[{n}] {r}")
        if len(pages[-1]) + len(w) > 22:
            pages.append([])
        pages[-1] += w
out = lines + pages[0]
for i, p in enumerate(pages[1:], 1):
    out += ["", str(62 + i), "", HEAD, ""] + p
out += ["", str(62 + len(pages)), ""]
text = "\n".join(out)
write_only(F, text, keys(F))
