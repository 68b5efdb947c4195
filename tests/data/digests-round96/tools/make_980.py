#!/usr/bin/env python3
"""980: the back matter of a Vietnamese master's thesis (luận văn thạc sĩ) as `pdftotext` (default reading-order mode,
no -layout) gives it from the thesis PDF exported by Word: no indentation, lines broken where the PDF breaks them,
pages ended by form feeds, the page number alone on the last line of each page. The pages: the end of chapter 5
(Kết luận và hướng phát triển), «DANH MỤC CÔNG TRÌNH KHOA HỌC CỦA TÁC GIẢ», «TÀI LIỆU THAM KHẢO» written by the
Vietnamese convention — references grouped by language (Tiếng Việt, then Tiếng Anh), numbered [1]… continuously,
Vietnamese authors ordered by given name (the last word), foreign authors by surname, `Tác giả (năm), “Tên bài”, nơi
đăng, tập(số), tr./pp. …` —, a «Tài nguyên trực tuyến» list, and the start of «PHỤ LỤC» (a table whose cells pdftotext
puts one per line). Papers: two arXiv URLs and one OpenReview forum URL after references, one `arXiv preprint
arXiv:…`, four titles only (one not on arXiv). Not papers: the textbooks, the LEVIR-CC data set page, timm, the
PyTorch documentation, the author's own (invented) Vietnamese conference paper."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN

F = by_num(980)
K = dict(convnext="2201.03545", changes="2103.14146", vit="2010.11929", blip2="2301.12597", ddetr="2010.04159",
         cotr="2103.14167", effv2="2104.00298")
W = 88


def lines(text, width=W):
    """a justified paragraph as pdftotext gives it: the PDF's lines, no indentation"""
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    return out + [cur]


def page(ls, n):
    return "\n".join(ls + ["", str(n)]) + "\n"


pages = []
p67 = ["5.2. Hướng phát triển"] + lines(
    "Mặc dù mô hình đề xuất đạt kết quả khả quan trên tập LEVIR-CC, luận văn vẫn còn một số hạn chế. Thứ nhất, bộ mã "
    "hóa ảnh hiện chỉ dùng ConvNeXt-T khởi tạo từ ImageNet-1K; việc thay bằng bộ mã hóa thị giác của các mô hình "
    "ngôn ngữ – thị giác lớn (như BLIP-2) có thể cải thiện chất lượng câu mô tả, đặc biệt với các thay đổi nhỏ như "
    "đường giao thông nông thôn.") + lines(
    "Thứ hai, mô-đun định vị thay đổi mới dừng ở mức bản đồ nhiệt. Hướng tiếp theo là kết hợp một đầu dò kiểu "
    "Deformable DETR để vừa sinh câu mô tả vừa khoanh vùng từng công trình thay đổi, tương tự bài toán nhiều thay "
    "đổi đã được nghiên cứu trên dữ liệu mô phỏng.") + lines(
    "Cuối cùng, tác giả dự kiến công bố mã nguồn và các mô hình đã huấn luyện, đồng thời xây dựng một tập dữ liệu "
    "nhỏ gồm các cặp ảnh vệ tinh khu vực đồng bằng sông Cửu Long có chú thích tiếng Việt để đánh giá khả năng mô tả "
    "thay đổi bằng tiếng Việt.")
pages.append(page(p67, 67))

p68 = ["DANH MỤC CÔNG TRÌNH KHOA HỌC CỦA TÁC GIẢ"] + lines(
    '1. Trần Minh Khoa, Lê Thị Hồng Nhung (2023), “Mô tả thay đổi trên cặp ảnh viễn thám bằng mô hình Transformer '
    'hai nhánh”, Kỷ yếu Hội thảo Quốc gia về Công nghệ Thông tin Ứng dụng lần thứ XII (bản mẫu), tr. 214–221.') + lines(
    '2. Trần Minh Khoa, Nguyễn Thanh Bình, Lê Thị Hồng Nhung (2024), “Định vị vùng thay đổi có giám sát yếu cho ảnh '
    'viễn thám độ phân giải cao”, Tạp chí Khoa học và Công nghệ Thông tin (bản mẫu), 9(1), tr. 45–53 (đã nhận đăng).')
pages.append(page(p68, 68))

au = {
    "vit": "Dosovitskiy A., Beyer L., Kolesnikov A., et al.",
    "cotr": "Jiang W., Trulls E., Hosang J., Tagliasacchi A., Yi K. M.",
    "lecun": "LeCun Y., Bottou L., Bengio Y., Haffner P.",
    "blip2": "Li J., Li D., Savarese S., Hoi S.",
    "convnext": "Liu Z., Mao H., Wu C.-Y., Feichtenhofer C., Darrell T., Xie S.",
    "changes": "Qiu Y., Yamamoto S., Nakashima K., et al.",
    "effv2": "Tan M., Le Q. V.",
    "ddetr": "Zhu X., Su W., Lu L., Li B., Wang X., Dai J.",
}
vi_refs = [
    'Nguyễn Thanh Bình (2021), Giáo trình Xử lý ảnh số, Nhà xuất bản Đại học Quốc gia, TP. Hồ Chí Minh.',
    'Lê Thị Hồng Nhung, Phạm Văn Đức (2022), “Phát hiện biến động lớp phủ đô thị từ ảnh Sentinel-2 bằng mạng '
    'tích chập”, Tạp chí Khoa học Công nghệ Thông tin và Truyền thông (bản mẫu), 4(2), tr. 33–41.',
    'Hoàng Minh Tuấn (2020), Học sâu và ứng dụng trong thị giác máy tính, Nhà xuất bản Khoa học và Kỹ thuật, Hà Nội.',
]
en_refs = [
    f'{au["vit"]} (2021), “{T(K["vit"])}”, International Conference on Learning Representations (ICLR), '
    f'https://openreview.net/forum?id=YicbFdNTTy.',
    f'{au["cotr"]} (2021), “{T(K["cotr"])}”, Proceedings of the IEEE/CVF International Conference on Computer Vision '
    f'(ICCV), pp. 6207–6217.',
    f'{au["lecun"]} (1998), “{LECUN}”, Proceedings of the IEEE, 86(11), pp. 2278–2324.',
    f'{au["blip2"]} (2023), “{T(K["blip2"])}”, arXiv preprint arXiv:{K["blip2"]}.',
    f'{au["convnext"]} (2022), “{T(K["convnext"])}”, Proceedings of the IEEE/CVF Conference on Computer Vision and '
    f'Pattern Recognition (CVPR), pp. 11976–11986, https://arxiv.org/abs/{K["convnext"]}.',
    f'{au["changes"]} (2021), “{T(K["changes"])}”, Proceedings of the IEEE/CVF International Conference on Computer '
    f'Vision (ICCV), pp. 1971–1980, https://arxiv.org/abs/{K["changes"]}.',
    f'{au["effv2"]} (2021), “{T(K["effv2"])}”, Proceedings of the 38th International Conference on Machine Learning '
    f'(ICML), PMLR 139, pp. 10096–10106.',
    f'{au["ddetr"]} (2021), “{T(K["ddetr"])}”, International Conference on Learning Representations (ICLR).',
]
web = [
    "LEVIR-CC: bộ dữ liệu mô tả thay đổi ảnh viễn thám, https://github.com/Chen-Yang-Liu/LEVIR-CC-Dataset, truy cập "
    "ngày 12/01/2024.",
    "PyTorch Image Models (timm), https://github.com/huggingface/pytorch-image-models, truy cập ngày 12/01/2024.",
    "Tài liệu PyTorch 2.1, https://pytorch.org/docs/2.1/, truy cập ngày 12/01/2024.",
]
refs, n = ["TÀI LIỆU THAM KHẢO", "Tiếng Việt"], 0
for r in vi_refs:
    n += 1; refs += lines(f"[{n}] {r}")
refs.append("Tiếng Anh")
for r in en_refs[:4]:
    n += 1; refs += lines(f"[{n}] {r}")
pages.append(page(refs, 69))
refs = []
for r in en_refs[4:]:
    n += 1; refs += lines(f"[{n}] {r}")
refs.append("Tài nguyên trực tuyến")
for r in web:
    n += 1; refs += lines(f"[{n}] {r}")
pages.append(page(refs, 70))

app = ["PHỤ LỤC", "Phụ lục A. Siêu tham số huấn luyện"] + lines(
    "Bảng A.1 liệt kê các siêu tham số dùng cho mọi thí nghiệm ở chương 4, trừ khi có ghi chú khác. Tất cả thí "
    "nghiệm được chạy trên một máy chủ có hai GPU NVIDIA RTX A6000 (48 GB).") + [
    "Bảng A.1. Siêu tham số huấn luyện mô hình đề xuất",
    "Tham số", "Giá trị",
    "Bộ mã hóa ảnh", "ConvNeXt-T (ImageNet-1K)",
    "Số lớp bộ giải mã", "3",
    "Kích thước ảnh đầu vào", "256 × 256",
    "Bộ tối ưu", "AdamW, β1 = 0,9, β2 = 0,999",
    "Tốc độ học", "1 × 10−4, giảm theo cosin",
    "Kích thước lô", "32",
    "Số epoch", "40",
    "Độ dài câu tối đa", "40 token",
]
pages.append(page(app, 71))

text = unicodedata.normalize("NFC", "\f".join(pages) + "\f")
write_only(F, text, keys(F))
