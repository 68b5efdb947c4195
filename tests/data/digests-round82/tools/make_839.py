#!/usr/bin/env python3
"""839: a Viblo post as its web API returns it (saved with curl while writing a reading-list script), as PHP's
json_encode writes it by default: one line, no spaces, `\\/` for every slash, `\\uXXXX` (lowercase hex) for every
non-ASCII character (Vietnamese text is all escapes), no final newline. `post.data` with the Markdown `contents`
(Viblo's `{@embed: …}` syntax, `$…$` math, fenced code, a table), counters, tags, user; `comments.data` with their
own Markdown. Vietnamese. Parameter-efficient fine-tuning papers; a library's docs, a video, a dataset, a Colab
notebook and a course are not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(839)

CONTENTS = f"""Xin chào các bạn! Sau bài trước về fine-tuning toàn bộ mô hình, nhiều bạn hỏi mình: *"GPU 16GB thì có fine-tune được mô hình 7B không?"*. Câu trả lời ngắn gọn: **được**, nếu dùng các phương pháp fine-tuning hiệu quả tham số (PEFT). Bài này tổng hợp các paper mình đã đọc, kèm ghi chú ngắn.

[TOC]

# 1. Vì sao cần PEFT?

Fine-tuning toàn bộ một mô hình $N$ tham số với Adam cần lưu trọng số, gradient và hai moment, tức khoảng $16N$ byte ở mixed precision. Với $N = 7 \\times 10^9$ thì đã hơn 100GB, chưa kể activation.

Ý tưởng chung của PEFT: **đóng băng** mô hình gốc, chỉ huấn luyện một phần rất nhỏ tham số (thường < 1%).

# 2. Adapter: điểm khởi đầu

Paper: [{T('1902.00751')}](https://arxiv.org/abs/1902.00751) ({au('1902.00751')}, ICML 2019)

Chèn các module nhỏ dạng bottleneck (down-projection → phi tuyến → up-projection) vào sau mỗi sublayer của Transformer. Trên GLUE chỉ thêm khoảng 3.6% tham số mỗi task mà gần bằng fine-tune toàn bộ.

> Nhược điểm: adapter thêm độ trễ khi suy luận vì nằm nối tiếp trong mạng.

# 3. Tối ưu prompt liên tục

- [{T('2101.00190')}](https://arxiv.org/pdf/2101.00190.pdf) — {au('2101.00190')}. Học một chuỗi vector "tiền tố" ở **mọi** tầng, thử trên GPT-2 và BART cho sinh văn bản.
- *{T('2103.10385')}* — cùng thời điểm, học prompt liên tục cho cả bài toán hiểu ngôn ngữ (NLU), dùng thêm một LSTM nhỏ để sinh prompt.

Hai paper này ra gần như cùng lúc nên hay bị nhầm, các bạn để ý nhé.

# 4. Chỉ fine-tune bias?

Nghe có vẻ đùa nhưng là thật: {T('2106.10199')} (arXiv:2106.10199). Chỉ cập nhật các vector bias (khoảng 0.08% tham số của BERT-base) mà vẫn cạnh tranh trên GLUE khi dữ liệu ít.

# 5. Phân rã hạng thấp và lượng tử hoá

Đây là phần mọi người quan tâm nhất.

**{T('2106.09685')}**
Link: https://arxiv.org/abs/2106.09685

Thay vì cập nhật $W_0 \\in \\mathbb{{R}}^{{d \\times k}}$, ta học $\\Delta W = BA$ với $B \\in \\mathbb{{R}}^{{d \\times r}}$, $A \\in \\mathbb{{R}}^{{r \\times k}}$, $r \\ll \\min(d, k)$. Sau khi huấn luyện có thể gộp $W = W_0 + BA$ nên **không tăng độ trễ** khi suy luận.

{{@embed: https://www.youtube.com/watch?v=dQ8fT0example}}

**{T('2305.14314')}**
Link: https://arxiv.org/abs/2305.14314v1

Kết hợp mô hình gốc lượng tử hoá 4-bit (NF4), double quantization và paged optimizer. Fine-tune được mô hình 65B trên một GPU 48GB.

```python
# cấu hình mình dùng cho mô hình 7B trên GPU 16GB (ví dụ, không phải code trong paper)
cau_hinh = {{
    "r": 8,
    "alpha": 16,
    "dropout": 0.05,
    "target_modules": ["q_proj", "v_proj"],
    "load_in_4bit": True,
}}
```

# 6. So sánh nhanh

| Phương pháp | % tham số huấn luyện | Tăng độ trễ khi suy luận | Ghi chú |
|---|---|---|---|
| Adapter | ~3.6% | Có | module nối tiếp |
| Tiền tố / prompt liên tục | ~0.1% | Không đáng kể | chiếm độ dài ngữ cảnh |
| Chỉ bias | ~0.08% | Không | đơn giản nhất |
| Hạng thấp | ~0.1–1% | Không (sau khi gộp) | phổ biến nhất hiện nay |

# 7. PEFT hay in-context learning?

Paper {T('2205.05638')} ({au('2205.05638')}) so sánh trực tiếp: với few-shot, fine-tune hiệu quả tham số vừa chính xác hơn vừa rẻ hơn khi suy luận so với nhét ví dụ vào prompt. Phương pháp của họ (IA)³ chỉ học các vector scale.

# 8. Mẹo khi huấn luyện

- Dùng optimizer AdamW với weight decay tách rời — lý do vì sao "tách rời" thì đọc paper gốc: {T('1711.05101')} của {au('1711.05101')}.
- Learning rate cho PEFT thường cao hơn full fine-tune khoảng 10 lần (1e-4 đến 3e-4).
- Dataset mình dùng để thử: bộ hỏi đáp tiếng Việt UIT-ViQuAD (dataset, không phải paper trong danh sách này).

# Tài liệu tham khảo khác

- Tài liệu thư viện PEFT của Hugging Face (docs, không phải paper)
- Notebook Colab của mình: https://colab.research.google.com/drive/1aBcD-example
- Khoá học "Fine-tuning LLM thực chiến" (khoá học, không phải paper)

Nếu thấy bài viết hữu ích, cho mình xin một upvote và clip nhé. Hẹn gặp lại ở bài sau về DPO!
"""

COMMENTS = [
 (88120, "ngoc-anh-ml", "Nguyễn Ngọc Ánh", "2024-03-12 16:05:11",
  "Bài rất hay ạ. Cho em hỏi rank $r$ nên chọn bao nhiêu cho mô hình 7B ạ?"),
 (88131, "tuan-pham-dev", "Phạm Minh Tuấn", "2024-03-12 17:40:52",
  "@ngoc-anh-ml thường $r = 8$ hoặc $16$ là đủ, tăng lên 64 ít khi cải thiện rõ. Trong paper gốc có bảng thử nhiều giá trị $r$."),
 (88176, "hoang-lab", "Lê Hoàng", "2024-03-13 08:12:30",
  "Phần so sánh với in-context learning hay quá. Mình sẽ thêm vào slide seminar của lab. Cảm ơn tác giả!"),
]

post = {
 "post": {"data": {
  "id": 172904, "title": "Fine-tuning hiệu quả tham số (PEFT): tổng hợp các paper nên đọc",
  "slug": "fine-tuning-hieu-qua-tham-so-peft-tong-hop-cac-paper-nen-doc-Ljy5VkZ3Kra",
  "url": "https://viblo.asia/p/fine-tuning-hieu-qua-tham-so-peft-tong-hop-cac-paper-nen-doc-Ljy5VkZ3Kra",
  "transliterated": "fine-tuning-hieu-qua-tham-so-peft-tong-hop-cac-paper-nen-doc", "user_id": 40211,
  "contents": CONTENTS, "contents_short": "Sau bài trước về fine-tuning toàn bộ mô hình, nhiều bạn hỏi mình: GPU 16GB thì có fine-tune được mô hình 7B không?",
  "thumbnail_url": "https://images.viblo.asia/full/7c2e1f0a-example.png", "canonical_url": None, "is_video": False,
  "published_at": "2024-03-12 14:22:05", "created_at": "2024-03-10 21:47:13", "updated_at": "2024-03-13 09:01:44",
  "edited_at": "2024-03-12 14:40:29", "points": 27, "views_count": 1843, "clips_count": 41, "comments_count": len(COMMENTS),
  "rated_value": None, "reading_time": 9, "is_shared": False, "promoted": False, "trending": True, "system": None,
  "status": "public", "scheduled_publish_at": None, "moderation": "approved", "series": None,
  "tags": {"data": [{"slug": "machine-learning", "name": "Machine Learning", "primary": True},
                    {"slug": "llm", "name": "LLM", "primary": False},
                    {"slug": "deep-learning", "name": "Deep Learning", "primary": False},
                    {"slug": "nlp", "name": "NLP", "primary": False}]},
  "user": {"data": {"id": 40211, "url": "https://viblo.asia/u/tranvanminh-ai", "avatar": "default-avatar-3.png",
                    "name": "Trần Văn Minh", "username": "tranvanminh-ai", "followers_count": 312,
                    "reputation": 2874, "posts_count": 23, "following": False}},
 }},
 "comments": {"data": [{"id": i, "hash_id": f"cm{i:x}", "contents": c, "created_at": d, "updated_at": d,
                        "level": 0 if n == 0 else 1, "points": 2 - n % 2, "user": {"data": {"username": u, "name": nm}}}
                       for n, (i, u, nm, d, c) in enumerate(COMMENTS)],
              "meta": {"pagination": {"total": len(COMMENTS), "count": len(COMMENTS), "per_page": 20, "current_page": 1, "total_pages": 1}}},
}
text = json.dumps(post, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write_only(F, text, keys(F), [json.dumps(post, ensure_ascii=False)])
