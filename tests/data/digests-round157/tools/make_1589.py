#!/usr/bin/env python3
"""1589: a Vietnamese student reads a course week page with html-xml-utils: curl | hxnormalize -x into a file, then
hxselect for the title, the h2 headings, the required readings (whole <li> elements, markup kept), the optional
readings (-c, text only), hxwls for every URL (document order) and a grep count, the note and the footer. Every output
is computed from the modelled page (the same model makes the document the commands read)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(1589)
PS = "minh@may-lab:~/cv2024$ "
URL = "https://cs.dhsh.example.edu.vn/~tranthilan/cv2024/tuan03.html"
TITLE = "IT4568 – Thị giác máy tính nâng cao – Tuần 3"
HEAD_LINKS = [("../style.css", None)]
MENU = [("../index.html", "Trang chủ"), ("../lich.html", "Lịch học"), ("tuan02.html", "« Tuần 2"), ("tuan04.html", "Tuần 4 »")]
H1 = "Tuần 3: Kiến trúc mạng xương sống (backbone)"
SECTIONS = [
    ("Bài đọc bắt buộc", "ol", 'id="bat-buoc"', [
        ("https://arxiv.org/abs/1512.03385", T("1512.03385"), " — K. He, X. Zhang, S. Ren, J. Sun. CVPR 2016."),
        ("https://arxiv.org/pdf/1905.11946.pdf", T("1905.11946"), " — M. Tan, Q. V. Le. ICML 2019."),
        ("https://arxiv.org/abs/1912.11370v3", T("1912.11370"), " — A. Kolesnikov và cộng sự. ECCV 2020."),
        (None, T("2106.10270"), " — A. Steiner và cộng sự. TMLR 2022, arXiv:2106.10270 (bản PDF trên LMS)."),
    ]),
    ("Đọc thêm (không bắt buộc)", "ul", 'class="tham-khao"', [
        (None, ALEXNET, " (NIPS 2012) — bài AlexNet, đọc để hiểu bối cảnh lịch sử."),
        (None, T("1502.01852"), " (ICCV 2015) — PReLU và cách khởi tạo “He init”."),
        (None, T("2004.08955"), " (CVPR Workshops 2022)"),
        (None, T("2006.06882"), " (NeurIPS 2020) — so sánh pre-training và self-training trên COCO."),
    ]),
    ("Tài nguyên", "ul", 'class="tai-nguyen"', [
        ("https://github.com/huggingface/pytorch-image-models", "timm (pytorch-image-models)", " — thư viện, không phải bài báo"),
        ("https://www.image-net.org/", "ImageNet", " — bộ dữ liệu"),
        ("https://cs231n.github.io/convolutional-networks/", "Ghi chú CS231n", " — bài giảng"),
    ]),
]
NOTE = ('Nộp tóm tắt 1 trang cho 2 bài bắt buộc trước 23:59 thứ Sáu qua <a href="https://lms.dhsh.example.edu.vn/course/view.php?id=412">LMS</a>. '
        'Câu hỏi thảo luận &amp; Q&amp;A: nhóm Zalo của lớp.')
FOOTER = "Cập nhật lần cuối: 12/03/2024 — TS. Trần Thị Lan, Khoa Công nghệ Thông tin"


def li(href, text, tail):
    return "<li>" + (f'<a href="{href}">{text}</a>' if href else text) + tail + "</li>"


def hrefs():
    out = [h for h, _ in HEAD_LINKS] + [h for h, _ in MENU]
    for _, _, _, items in SECTIONS:
        out += [h for h, _, _ in items if h]
    return out + ["https://lms.dhsh.example.edu.vn/course/view.php?id=412"]


def build():
    L = [PS + f"curl -s '{URL}' | hxnormalize -x -l 1000 > tuan03.xhtml",
         PS + "hxselect -c 'title' < tuan03.xhtml; echo", TITLE,
         PS + "hxselect -c -s '\\n' 'h2' < tuan03.xhtml"] + [s[0] for s in SECTIONS]
    L += [PS + "hxselect -s '\\n' 'ol#bat-buoc > li' < tuan03.xhtml"] + [li(*i) for i in SECTIONS[0][3]]
    L += [PS + "hxselect -c -s '\\n' 'ul.tham-khao > li' < tuan03.xhtml"] + [i[1] + i[2] for i in SECTIONS[1][3]]
    L += [PS + "hxwls tuan03.xhtml"] + hrefs()
    L += [PS + "hxwls tuan03.xhtml | grep -c arxiv", str(sum("arxiv" in h for h in hrefs()))]
    L += [PS + "hxselect -c 'div#ghi-chu > p' < tuan03.xhtml; echo", NOTE,
          PS + "hxselect -c 'p.footer' < tuan03.xhtml; echo", FOOTER, PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
