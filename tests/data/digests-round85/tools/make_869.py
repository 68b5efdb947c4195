#!/usr/bin/env python3
"""869: a Lektor page source (`content/blog/doc-hk2-tien-huan-luyen/contents.lr`, Lektor 3.3) as the admin editor
saves it: fields `name: value`, a multi-line field as `name:` + a blank line + the text, fields separated by lines
of `---`; the flow field `body` holds blocks headed `#### block ####` whose own fields are separated by `----`, a
literal `---` inside text escaped as `----` (and inside a block as `-----`); Markdown in the text blocks. A Vietnamese
NLP lab's reading-list post (pre-training and embeddings) with custom `paper` blocks (title, authors, link, note),
a quote block and a video block; the video, a course, the lab's repository and a blog post are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(869)
K = dict(glat="2008.07905", sbert="1908.10084", bart="1910.13461", t5="1910.10683", elmo="1802.05365",
         w2v="1301.3781", norm="2004.10102", cqa="2011.03459")


def esc(value):
    """Lektor's metaformat escape: a line of three or more dashes gets one more dash"""
    return "\n".join(l + "-" if len(l) >= 3 and set(l) == {"-"} else l for l in value.split("\n"))


def field(name, value):
    value = esc(value)
    if "\n" in value:
        return f"{name}:\n\n{value}"
    return f"{name}: {value}"


def block(kind, fields):
    body = "\n---\n".join(field(k, v) for k, v in fields)
    return f"#### {kind} ####\n{body}"


def paper(title, authors, note, link=None, venue=None):
    fs = [("title", title), ("authors", authors)]
    if venue: fs.append(("venue", venue))
    if link: fs.append(("link", link))
    fs.append(("note", note))
    return block("paper", fs)


blocks = [
 block("text", [("text", "Chào cả nhà! Học kỳ 2 nhóm đọc sẽ đi lại một vòng **biểu diễn từ và tiền huấn luyện**: từ "
                 "vector từ tĩnh, qua biểu diễn theo ngữ cảnh, tới các mô hình seq2seq. Mỗi buổi một bạn trình bày "
                 "(30 phút) + thảo luận. Lịch ở cuối bài; ai đổi buổi thì nhắn trong nhóm chat trước thứ Hai.\n\n"
                 "Quy ước như mọi khi: bài nào có link thì đọc bản trên arXiv/OpenReview, bài nào chưa có link thì "
                 "tự tìm theo đúng tên bài.\n\n"
                 "---\n\n"
                 "## Phần 1 — Vector từ và biểu diễn theo ngữ cảnh"), ("class", "default")]),
 paper(T(K["w2v"]), au(K["w2v"], 4, ""),
       "Buổi 1 (14/3), Minh Anh trình bày. Hai kiến trúc CBOW và skip-gram; so sánh với bảng analogies. Ai chưa "
       "quen thì xem trước video bên dưới.", venue="ICLR Workshop 2013"),
 paper(T(K["elmo"]), au(K["elmo"], 3),
       "Buổi 2 (21/3), anh Tuấn. Mã số arXiv:1802.05365 — chưa kịp dán link, ai rảnh sửa giúp. Chú ý phần "
       "trộn các tầng biLM (trọng số s_j, γ) và bảng 6 về từng tầng.", venue="NAACL 2018"),
 paper(T(K["sbert"]), au(K["sbert"], 2, ""),
       "Buổi 3 (28/3), Hà Linh. Mạng siamese trên BERT cho embedding câu; nhóm mình đang dùng cho tìm kiếm ngữ "
       "nghĩa tiếng Việt nên đọc kỹ phần pooling.", link="https://arxiv.org/abs/1908.10084"),
 block("quote", [("text", "Một vector cho mỗi từ là quá ít;\nmột vector cho mỗi ngữ cảnh mới đủ."),
                 ("source", "ghi chú của anh Tuấn sau buổi đọc năm ngoái")]),
 block("video", [("url", "https://video.example.vn/watch?v=w2v-giang-bai"),
                 ("caption", "Video bài giảng (không phải bài báo): word2vec giải thích bằng tiếng Việt, 42 phút.")]),
 block("text", [("text", "## Phần 2 — Tiền huấn luyện seq2seq và dịch không tự hồi quy\n\n"
                 "Hai bài khung cho phần này. Bài T5 dài, chia hai buổi: "
                 f"[{T(K['t5'])}](https://arxiv.org/pdf/1910.10683.pdf) — buổi 4 đọc mục 1–3, buổi 5 đọc mục 4 "
                 "trở đi. Bảng so sánh mục tiêu tiền huấn luyện ở mục 3.3 là phần nên in ra."), ("class", "default")]),
 paper(T(K["bart"]), au(K["bart"], 3),
       "Buổi 6 (25/4), Khoa. Các kiểu làm nhiễu (text infilling, sentence permutation…), so sánh với T5.",
       link="https://arxiv.org/abs/1910.13461v1", venue="ACL 2020"),
 paper(T(K["glat"]), au(K["glat"], 4),
       "Buổi 7 (2/5), Quỳnh. Dịch không tự hồi quy một lượt; xem bản trên OpenReview cho phần thảo luận với "
       "phản biện.", link="https://openreview.net/forum?id=ZaYZfu8pT_N", venue="ACL 2021"),
 block("text", [("text", "## Phần 3 — Đọc thêm (không bắt buộc)\n\n"
                 f"- *{T(K['norm'])}* ({au(K['norm'], 2)}) — phân tích attention bằng chuẩn vector, hợp với ai "
                 "làm khả diễn giải.\n"
                 f"- *{T(K['cqa'])}* — không hẳn NLP thuần, nhưng nhóm đồ thị tri thức của thầy Phong muốn "
                 "mình đọc chung một buổi.\n"
                 "- Khóa học (không phải bài báo): CS224N của Stanford, bài giảng 1–2, cho bạn mới vào nhóm.\n"
                 "- Mã nguồn: [repo bài tập của nhóm](https://git.example.vn/nlp-hoalac/doc-hk2) có notebook "
                 "huấn luyện skip-gram nhỏ trên báo tiếng Việt.\n"
                 "- Bài blog: [\"Tokenizer cho tiếng Việt: âm tiết hay từ?\"](https://blog.example.vn/tokenizer-tieng-viet) "
                 "của Khoa.\n\n"
                 "Hẹn gặp cả nhà ở phòng 402, nhà C1, 15h thứ Năm hằng tuần."), ("class", "default")]),
]

fields = [
 ("_model", "blog-post"),
 ("title", "Danh sách đọc học kỳ 2: biểu diễn từ và tiền huấn luyện"),
 ("author", "Trần Thị Quỳnh"),
 ("pub_date", "2024-03-08"),
 ("tags", "nhom-doc\nnlp\ntien-huan-luyen"),
 ("summary", "Lịch nhóm đọc học kỳ 2 (14/3–2/5): vector từ, biểu diễn theo ngữ cảnh, embedding câu, seq2seq."),
 ("body", "\n".join(blocks)),
 ("_discoverable", "yes"),
]
text = "\n---\n".join(field(k, v) for k, v in fields) + "\n"
write_only(F, text, keys(F))
