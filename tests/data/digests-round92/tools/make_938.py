#!/usr/bin/env python3
"""938: the Markdown source of a page in a GitHub repository's wiki (the `<repo>.wiki.git` clone, page file
`Bang-tong-hop-SSL.md`), kept by a Vietnamese self-supervised-learning reading group in Hanoi: no front matter and no
H1 (GitHub shows the file name as the page title), a `>` note, Gollum links `[[Link text|Page-Name]]` (in tables `[[Page-Name]]`, as a pipe
would split the cell) to other wiki pages, an awesome-style table `Năm | Bài báo | Hội nghị | Paper | Code | Ghi chú` with nicknames in bold before the full
titles, `[arXiv](…)` / `[PDF](…)` cells, GitHub repositories with shields.io star badges, a second table of sessions,
a Gollum image link, "Đọc thêm (không phải paper)", and a wiki-link footer line. The papers: four with arXiv URLs,
one with its arXiv id as text, three by title only; Lilian Weng's blog post, the solo-learn and lightly repositories,
the VISSL docs and a YouTube talk are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(938)
K = dict(mae="2111.06377", moco="1911.05722", byol="2006.07733", hardneg="2010.04592", barlow="2103.03230",
         supcon="2004.11362", dacl="2011.04419", beit="2106.08254")


def badge(repo):
    return f"![stars](https://img.shields.io/github/stars/{repo}?style=social)"


rows = [
    ("2019", "**MoCo** — " + T(K["moco"]).replace("Representation Learning", "Representation  Learning"), "CVPR 2020",
     "[arXiv](https://arxiv.org/abs/1911.05722)", f"[moco](https://github.com/facebookresearch/moco) {badge('facebookresearch/moco')}",
     "hàng đợi (queue) + momentum encoder; v2 thêm MLP head"),
    ("2020", "**SupCon** — " + T(K["supcon"]), "NeurIPS 2020", "—",
     "[google-research/supcon](https://github.com/google-research/google-research/tree/master/supcon)",
     "có nhãn nhưng vẫn contrastive; Minh đọc rồi, chưa có link paper trong bảng ⚠️"),
    ("2020", "**BYOL** — " + T(K["byol"]), "NeurIPS 2020", "[PDF](https://arxiv.org/pdf/2006.07733.pdf)",
     f"[byol](https://github.com/deepmind/deepmind-research/tree/master/byol)",
     "không cần negative!! tại sao không collapse → xem buổi 3"),
    ("2020", "**HCL** — " + T(K["hardneg"]), "ICLR 2021", "[arXiv](https://arxiv.org/abs/2010.04592)",
     f"[HCL](https://github.com/joshr17/HCL) {badge('joshr17/HCL')}", "lấy mẫu negative khó, sửa vài dòng loss"),
    ("2020", "**DACL** — " + T(K["dacl"]), "ICML 2021", "—", "—",
     "mixup làm augmentation cho dữ liệu không phải ảnh (bảng, âm thanh)"),
    ("2021", "**Barlow Twins** — " + T(K["barlow"]), "ICML 2021", "`arXiv:2103.03230`",
     f"[barlowtwins](https://github.com/facebookresearch/barlowtwins) {badge('facebookresearch/barlowtwins')}",
     "ma trận tương quan chéo → gần ma trận đơn vị"),
    ("2021", "**BEiT** — " + T(K["beit"]), "ICLR 2022", "—",
     "[unilm/beit](https://github.com/microsoft/unilm/tree/master/beit)", "masked image modeling với tokenizer của DALL·E"),
    ("2021", "**MAE** — " + T(K["mae"]), "CVPR 2022", "[arXiv](https://arxiv.org/abs/2111.06377)",
     f"[mae](https://github.com/facebookresearch/mae) {badge('facebookresearch/mae')}", "che 75% patch, decoder nhẹ ✨"),
]


def table(head, align, body):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(out)


sessions = [
    ("1", "07/03/2024", "MoCo + SupCon", "Minh", "[[Buoi-1-MoCo]]"),
    ("2", "14/03/2024", "Hard negatives (HCL)", "Thảo", "[[Buoi-2-HCL]]"),
    ("3", "21/03/2024", "BYOL — vì sao không collapse?", "Khoa", "chưa có"),
    ("4", "28/03/2024", "Barlow Twins + DACL", "Lan Anh", "chưa có"),
    ("5", "04/04/2024", "BEiT và MAE", "Minh + Đức", "chưa có"),
]

text = "\n".join([
    "> Trang này do nhóm đọc paper **SSL Hà Nội** cùng sửa. Ai thêm paper thì ghi rõ tên đầy đủ + link, "
    "và viết vài chữ vào ô *Edit message* để còn biết ai sửa gì 🙏",
    "> Xem thêm: [[Trang chủ|Home]] · [[Lịch đọc|Lich-doc]] · [[Hướng dẫn trình bày|Huong-dan-trinh-bay]]",
    "",
    "## Bảng tổng hợp",
    "",
    "Sắp xếp theo năm arXiv. Cột *Paper* để trống (—) nghĩa là chưa ai dán link, cứ tìm theo tên.",
    "",
    table(["Năm", "Bài báo", "Hội nghị", "Paper", "Code", "Ghi chú"],
          [":---:", "---", "---", "---", "---", "---"], rows),
    "",
    "## Lịch các buổi",
    "",
    table(["Buổi", "Ngày", "Chủ đề", "Người trình bày", "Ghi chép"], [":---:", "---", "---", "---", "---"], sessions),
    "",
    "Phòng họp: P.304 nhà B1, 19:30–21:00 tối thứ Năm (hoặc Google Meet nếu mưa to 🌧️).",
    "",
    "[[https://raw.githubusercontent.com/wiki/ssl-hanoi/reading-group/images/ssl-map.png|alt=Sơ đồ các nhánh SSL]]",
    "",
    "### Ghi chú nhanh",
    "",
    "- Buổi 2 Thảo nói: nếu đọc HCL thì nên xem lại phần InfoNCE trong MoCo trước, không thì khó theo.",
    "- BYOL và Barlow Twins nên đọc liền nhau — một bên dùng predictor + EMA, một bên dùng hàm loss để chống collapse.",
    "- Khoa hỏi: " + T(K["dacl"]) + " có áp dụng được cho dữ liệu chuỗi thời gian ở lab không? → "
    "để ý phần mixup trong không gian ẩn.",
    "- MAE vs BEiT: MAE dự đoán pixel, BEiT dự đoán token rời rạc. Đức sẽ làm bảng so sánh linear probe / fine-tune.",
    "",
    "## Đọc thêm (không phải paper)",
    "",
    "- Blog của Lilian Weng, *Self-Supervised Representation Learning*: "
    "https://lilianweng.github.io/posts/2019-11-10-self-supervised/",
    "- Thư viện [solo-learn](https://github.com/vturrisi/solo-learn) — có sẵn BYOL, Barlow Twins, MoCo v2+ … "
    "dùng để chạy lại trên CIFAR-100.",
    "- [lightly](https://github.com/lightly-ai/lightly) và tài liệu VISSL (Meta) nếu muốn thử nhanh.",
    "- Talk của Yann LeCun về \"dark matter of intelligence\" trên YouTube (nghe cho vui).",
    "",
    "---",
    "Sửa lần cuối bởi @ducnguyen-ai · [[Quay về Trang chủ|Home]]",
]) + "\n"
write_only(F, text, keys(F))
