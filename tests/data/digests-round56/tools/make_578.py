#!/usr/bin/env python3
"""578: a Jekyll site's `_data/papers.yml` — the data file behind an awesome-list site ("Awesome Attention Hiệu Quả")
that a Liquid template renders as tables: a header comment, `sections:` with `id` / `name` / `intro` and `items:`
holding title, authors, venue, year, links (paper / code / openreview / slides), tags, stars, a Vietnamese note;
YAML quoting where a value needs it (colons, #, leading [), block scalars `>-` and `|`."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import F578, keys

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def item(title, authors, venue, year, links=None, tags=(), stars=None, note=None, added="2024-05-02"):
    out = [f"      - title: {q(title)}", f"        authors: [{', '.join(q(a) for a in authors)}]",
           f"        venue: {q(venue)}", f"        year: {year}"]
    if links:
        out.append("        links:")
        out += [f"          {k}: {v}" for k, v in links]
    else:
        out.append("        links: {}")
    out.append(f"        tags: [{', '.join(tags)}]")
    if stars is not None: out.append(f"        stars: {stars}")
    if note:
        out.append("        note: >-")
        out += ["          " + l for l in note]
    out.append(f"        added: {added}")
    return "\n".join(out)

A = lambda i: "https://arxiv.org/abs/" + i
P = lambda i: "https://arxiv.org/pdf/" + i
au = lambda k, n=3: CAT[k]["authors"][:n] + (["et al."] if len(CAT[k]["authors"]) > n else [])
head = """# _data/papers.yml — dữ liệu cho trang https://attn-hieuqua.example.io (Jekyll 4, template _layouts/list.html)
# Mỗi mục sẽ được render thành một dòng trong bảng. Quy ước:
#   - title: đúng tên bài báo (copy từ trang gốc, KHÔNG viết tắt)
#   - links.paper: ưu tiên trang abs; nếu chưa có bản preprint thì để trống và ghi venue
#   - tags: chọn trong _data/tags.yml (linear, sparse, ssm, benchmark, kernel, tool, survey)
#   - note: 1–3 câu tiếng Việt, không copy abstract
# Chạy `bundle exec jekyll serve --livereload` để xem thử; CI kiểm tra YAML bằng yamllint (.yamllint.yml).
# Người duy trì: Trần Minh Khoa (@tmkhoa), Lê Thu Hà (@lethuha). PR mới xin gắn label "thêm-bài".

meta:
  title: "Awesome Attention Hiệu Quả"
  description: >-
    Danh sách tuyển chọn các bài báo, mã nguồn và tài nguyên về attention hiệu quả,
    mô hình chuỗi dài và state space model. Cập nhật hàng tháng.
  updated: 2024-06-18
  license: CC0-1.0
  badges:
    - {alt: "Awesome", img: "https://awesome.re/badge.svg", href: "https://awesome.re"}
    - {alt: "PRs Welcome", img: "https://img.shields.io/badge/PRs-welcome-brightgreen.svg", href: "CONTRIBUTING.md"}

sections:
"""
sec1 = """  - id: linear
    name: "Attention tuyến tính & xấp xỉ hạng thấp"
    intro: |
      Nhóm phương pháp thay softmax attention bằng kernel hoặc phép chiếu hạng thấp để đạt độ phức tạp O(n).
      Đọc theo thứ tự từ trên xuống nếu bạn mới bắt đầu.
    items:
""" + "\n".join([
 item(T("2006.16236"), au("2006.16236", 4), "ICML", 2020, [("paper", A("2006.16236")), ("code", "https://github.com/idiap/fast-transformers")],
      ["linear", "kernel"], 1600, ["Viết lại attention dưới dạng RNN khi dùng feature map φ(x)=elu(x)+1; phần suy luận tự hồi quy", "rất đáng đọc kỹ."]),
 item(T("2006.04768"), au("2006.04768"), "preprint", 2020, [("paper", "\"arXiv:2006.04768\"")], ["linear"], None,
      ["Chiếu K, V xuống k chiều cố định. Lưu ý: không dùng được trực tiếp cho decoder tự hồi quy."]),
 item(T("2006.03236"), au("2006.03236", 4), "NeurIPS", 2020, None, ["pooling"], None,
      ["Nén dần chiều dài chuỗi giống pooling trong CNN, decoder khôi phục lại token cho pretraining."]),
])
sec2 = """  - id: sparse
    name: "Attention thưa & cửa sổ trượt"
    intro: |
      Giữ softmax nhưng chỉ tính trên một mẫu (pattern) cố định hoặc cửa sổ cục bộ + vài token toàn cục.
    items:
""" + "\n".join([
 item(T("1904.10509"), au("1904.10509", 4), "preprint", 2019, [("paper", P("1904.10509")), ("blog", "https://openai.com/index/sparse-transformer/")],
      ["sparse"], None, ["Strided và fixed pattern; bài gốc dùng cho ảnh, âm thanh và văn bản."]),
 item(T("2004.05150"), au("2004.05150"), "preprint", 2020, [("code", "https://github.com/allenai/longformer")], ["sparse", "long-doc"], 2000,
      ["Cửa sổ trượt + dilated + global attention; có bản LED cho encoder-decoder."]),
])
sec3 = """  - id: ssm
    name: "State space model"
    intro: |
      Không còn là attention, nhưng là đối thủ chính trên các bài toán chuỗi dài nên chúng tôi giữ ở đây.
    items:
""" + "\n".join([
 item(T("2312.00752"), au("2312.00752", 2), "preprint", 2023, [("paper", A("2312.00752")), ("code", "https://github.com/state-spaces/mamba")],
      ["ssm", "selective"], 12000, ["Tham số SSM phụ thuộc vào input (selective scan) + kernel quét song song trên GPU.", "Đọc kèm phần phụ lục về hardware-aware scan."], "2024-01-09"),
])
sec4 = """  - id: kernels
    name: "Kernel GPU & benchmark"
    intro: |
      Nhớ rằng attention chính xác nhưng tối ưu IO nhiều khi nhanh hơn các xấp xỉ ở độ dài vừa phải.
    items:
""" + "\n".join([
 item(T("2205.14135"), au("2205.14135", 4), "NeurIPS", 2022, [("code", "https://github.com/Dao-AILab/flash-attention"), ("slides", "https://attn-hieuqua.example.io/assets/slides/io-aware.pdf")],
      ["kernel", "exact"], 11000, ["Tiling + recomputation để không phải ghi ma trận n×n ra HBM. Bản v2/v3 xem repo."]),
 item(T("2011.04006"), au("2011.04006", 4), "ICLR", 2021, [("openreview", "https://openreview.net/forum?id=qVyeW-grC2k"), ("code", "https://github.com/google-research/long-range-arena")],
      ["benchmark"], 700, ["Sáu tác vụ (ListOps, Text, Retrieval, Image, Pathfinder, Path-X). Nhiều bài sau dùng làm thước đo chuẩn."]),
])
sec5 = """  - id: tools
    name: "Công cụ & tài nguyên khác (không phải bài báo)"
    intro: |
      Thư viện, bài giảng, blog. Không tính vào thống kê số bài báo ở trang chủ.
    items:
      - {title: "xFormers", kind: library, link: "https://github.com/facebookresearch/xformers"}
      - {title: "The Annotated Transformer (blog)", kind: blog, link: "https://nlp.seas.harvard.edu/annotated-transformer/"}
      - {title: "Bài giảng: Attention hiệu quả (tiếng Việt, 2 giờ)", kind: video, link: "https://www.youtube.com/watch?v=Xk3mP9qLrT0"}
      - {title: "Bảng xếp hạng LRA tổng hợp", kind: leaderboard, link: "https://attn-hieuqua.example.io/lra/"}
      - {title: "Ghi chú đọc nhóm #12 (Google Doc)", kind: notes, link: "https://docs.google.com/document/d/1vQx9ExampleDocIdAbCdEf/edit"}
"""
text = head + "\n".join([sec1, sec2, sec3, sec4]) + "\n" + sec5
write_only(F578, text, keys(F578))
