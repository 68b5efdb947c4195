#!/usr/bin/env python3
"""1225: a Kipalog blog post with comments (Vietnamese), saved from the browser: Kipalog's header, the post (title,
author, date, tags, clip count, body rendered from Markdown), `N bình luận` and the comments (one a reply to an
earlier one), the author box. The post slug is the title without diacritics (đ → d), words joined by `-`. Papers are
written as a blogger writes them: arXiv abs links, an `arXiv:` id, titles with journal and year only (three not on
arXiv; one with its DOI, one with a database link), and, in a comment, an OpenReview pdf link; a book, a video
series, a repository, a database, a course and a blog post are not papers. Markup reduced to a skeleton."""
import html, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1225, keys, BACKPROP, LENET, ALPHAFOLD

e = html.escape
TITLE = "Lịch sử mạng nơ-ron qua 8 bài báo: từ lan truyền ngược đến AlphaFold"


def slug(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")


def a(url, text=None):
    return f'<a href="{e(url)}">{e(text or url)}</a>'


URL = f"https://kipalog.com/posts/{slug(TITLE)}"
post = f"""<p>Dạo này mình hay được các bạn sinh viên hỏi: "Muốn hiểu deep learning từ gốc thì nên đọc gì?". Thay vì đưa một danh sách dài, mình chọn ra 8 bài báo theo dòng thời gian, mỗi bài kèm vài dòng vì sao nó quan trọng.</p>
<h2>1. Những năm 80–90: nền móng</h2>
<p><strong>{e(BACKPROP)}</strong> — Rumelhart, Hinton &amp; Williams, <em>Nature</em> 323, 1986. Bài báo chỉ vỏn vẹn 4 trang nhưng cho thấy lan truyền ngược giúp các lớp ẩn học được biểu diễn có ích.</p>
<p><strong>{e(LENET)}</strong> — LeCun và cộng sự, <em>Proceedings of the IEEE</em>, 1998. LeNet-5 và bài toán nhận dạng chữ viết tay; bài dài hơn 40 trang, đọc phần II và III là đủ.</p>
<h2>2. Bộ nhớ và khả năng suy luận</h2>
<p><strong>{e(T('1410.5401'))}</strong> — Graves, Wayne &amp; Danihelka, 2014 (arXiv:1410.5401). Mạng nơ-ron gắn thêm một bộ nhớ ngoài có thể đọc/ghi bằng cơ chế attention — tiền thân của rất nhiều ý tưởng sau này.</p>
<h2>3. Vì sao CNN lại hiệu quả?</h2>
<p><strong>{e(T('2010.08515'))}</strong> — Li, Zhang &amp; Arora, ICLR 2021. Một kết quả lý thuyết đẹp: có những bài toán mà mạng tích chập cần ít mẫu hơn hẳn mạng kết nối đầy đủ.</p>
<h2>4. Kỷ nguyên mô hình lớn</h2>
<p><strong>{e(T('2005.14165'))}</strong> — GPT-3, {a('https://arxiv.org/abs/2005.14165')}. Không cần fine-tune, chỉ cần vài ví dụ trong prompt.</p>
<h2>5. Khoa học</h2>
<p><strong>{e(T('2010.03409'))}</strong> — {a('https://arxiv.org/abs/2010.03409')}. Mạng đồ thị học mô phỏng vật lý trên lưới (vải, chất lỏng, khí động học).</p>
<p><strong>{e(ALPHAFOLD)}</strong> — Jumper và cộng sự, <em>Nature</em> 596, 2021, DOI {a('https://doi.org/10.1038/s41586-021-03819-2', '10.1038/s41586-021-03819-2')}. Cơ sở dữ liệu cấu trúc (không phải bài báo): {a('https://alphafold.ebi.ac.uk/')}</p>
<h2>Tài liệu đọc thêm (không phải bài báo)</h2>
<ul>
<li>Sách <em>Deep Learning</em> của Goodfellow, Bengio, Courville: {a('https://www.deeplearningbook.org/')}</li>
<li>Loạt video "Neural networks" của 3Blue1Brown trên YouTube</li>
<li>{a('https://github.com/karpathy/micrograd', 'karpathy/micrograd')} — tự cài đặt lan truyền ngược trong ~100 dòng Python</li>
</ul>
<p>Bài sau mình sẽ viết riêng về Transformer. Các bạn thấy thiếu bài nào thì comment nhé!</p>"""

comments = [
 (1, "tuananh_ml", "12/04/2022 21:40", None, "Bài viết hay quá anh ơi, em đang học môn Học sâu ở trường, đọc cái này dễ hình dung hơn hẳn 👍"),
 (2, "ngoc_hieu", "12/04/2022 22:15", None, f"Phần bộ nhớ mình bổ sung thêm một bài mới hơn: {e(T('2010.06891'))} — {a('https://openreview.net/pdf?id=' + OR('2010.06891'))}. Ý tưởng giống NTM nhưng cho Transformer."),
 (3, "minhduc.dev", "13/04/2022 08:03", 2, "@ngoc_hieu cảm ơn bạn, để mình thêm vào danh sách đọc tuần sau."),
 (4, "phamthao", "14/04/2022 10:27", None, "Có khoá Coursera \"Neural Networks and Deep Learning\" cũng hợp để đọc kèm ạ."),
]
cblocks = []
for n, who, when, reply, text in comments:
    rep = f'<div class="reply-to">Trả lời <a href="#comment-{reply}">#{reply}</a></div>\n' if reply else ""
    cblocks.append(f'<div class="comment" id="comment-{n}">\n<div class="comment-head"><span class="num">#{n}</span> <a class="user" href="https://kipalog.com/users/{e(who)}/mypage">@{e(who)}</a> <span class="time">{when}</span></div>\n{rep}<div class="comment-body"><p>{text}</p></div>\n</div>')

page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{e(TITLE)} - Kipalog</title>
<meta property="og:title" content="{e(TITLE)}">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
</head>
<body>
<header class="navbar"><a class="brand" href="https://kipalog.com/">Kipalog</a> <a href="https://kipalog.com/posts/new">Viết bài</a> <a href="https://kipalog.com/tags">Tags</a></header>
<main>
<article class="post">
<h1>{e(TITLE)}</h1>
<div class="post-meta"><a class="user" href="https://kipalog.com/users/hoangnam_nlp/mypage">@hoangnam_nlp</a> viết ngày <span class="time">12/04/2022 20:58</span> · <span class="clip">37 clip</span></div>
<div class="tags"><a href="https://kipalog.com/tags/machine%20learning">#machine learning</a> <a href="https://kipalog.com/tags/deep%20learning">#deep learning</a> <a href="https://kipalog.com/tags/l%E1%BB%8Bch%20s%E1%BB%AD">#lịch sử</a></div>
<div class="post-body">
{post}
</div>
</article>
<section class="comments">
<h3>{len(comments)} bình luận</h3>
{chr(10).join(cblocks)}
</section>
</main>
<aside class="author-box"><a href="https://kipalog.com/users/hoangnam_nlp/mypage">@hoangnam_nlp</a> <p>Kỹ sư NLP ở Hà Nội. Thích đọc paper cũ.</p></aside>
<footer>Kipalog © 2022</footer>
</body>
</html>
"""
write_only(F1225, page, keys(F1225), forms=[html.unescape(page)])
