#!/usr/bin/env python3
"""727: a Boostnote (legacy, 0.16) note file, notes/<uuid>.cson, as the app writes it (CSON via season: keys in the
app's order, a ''' block string indented two spaces, backslashes doubled, empty lines kept as two spaces). Vietnamese
reading-group note on efficient attention and state-space models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(727)
A = lambda k: f"https://arxiv.org/abs/{k}"

md = f"""# Nhóm đọc tuần 11 — attention hiệu quả & mô hình không gian trạng thái

> Ghi chú của Thảo (cập nhật sau buổi thứ Năm). Ai sửa thì nhớ ghi tên ở cuối mục nhé.
> Phòng họp: B3-204, 16:00–17:30. Link Meet gửi trong nhóm Zalo, không dán ở đây.

## Mục tiêu buổi này

- Hiểu vì sao self-attention tốn $O(n^2)$ bộ nhớ và các hướng giảm chi phí: thưa, tuyến tính, kernel IO-aware, SSM.
- So sánh thực nghiệm trên bộ Long Range Arena của nhóm (bản fork nội bộ, không phải bản gốc).
- Chọn **2 bài** để anh Quân trình bày lại ở seminar khoa.

## Danh sách đọc

| # | Bài | Người đọc | Trạng thái |
|---|-----|-----------|------------|
| 1 | [{T("1904.10509")}]({A("1904.10509")}) | Thảo | ✅ đã trình bày |
| 2 | {T("2006.16236")} | Khánh | ✅ |
| 3 | {T("2006.03236")} (arXiv 2006.03236) | Linh | ⏳ đang đọc |
| 4 | [{T("2202.10447")}]({A("2202.10447")}) | Quân | ⏳ |
| 5 | [{T("2205.14135")}]({A("2205.14135")}) | Huy | ✅ |
| 6 | {T("2008.07669")} | Thảo | ⏳ |
| 7 | [{T("2111.00396")}](https://openreview.net/forum?id={OR("2111.00396")}) | Quân | 📌 bắt buộc |
| 8 | {T("2103.14636")} | cả nhóm | đọc lướt |

Bài 8 là survey, dùng để tra thuật ngữ; không cần trình bày.

## Ghi chú từng bài

### 1. Sparse attention theo mẫu cố định

{T("1904.10509")} — {au("1904.10509", 4, "")}.

- Ý chính: mỗi token chỉ nhìn một phần (strided + fixed pattern), độ phức tạp khoảng $O(n\\\\sqrt{{n}})$.
- Thảo: phần recompute attention để tiết kiệm bộ nhớ khi backward là ý hay, nhưng kernel riêng khó dùng lại.
- Câu hỏi mở: pattern cố định có hợp với dữ liệu ảnh 2D của nhóm không?

### 2. Attention tuyến tính = RNN

*{T("2006.16236")}* ({au("2006.16236", 2)}, ICML 2020).

- Thay softmax bằng feature map $\\\\phi(x) = \\\\mathrm{{elu}}(x) + 1$, nhờ tính kết hợp của phép nhân ma trận nên chi phí tuyến tính theo độ dài.
- Khi giải mã tự hồi quy thì giống hệt một RNN với trạng thái là ma trận $d \\\\times d$.
- Khánh chạy thử trên tập dịch máy nhỏ: nhanh hơn ~3 lần khi sinh, BLEU giảm khoảng 1 điểm.

### 3. Funnel

Bài "{T("2006.03236")}" của {au("2006.03236", 4, "")} — Linh tra bản arXiv:2006.03236, đọc được nửa.

- Nén dần chuỗi ẩn (pooling theo độ dài) như U-Net, phần decoder khôi phục lại khi cần dự đoán từng token.
- Linh hỏi: có dùng được cho encoder của mô hình nhận dạng giọng nói không? → để tuần sau.

### 4. Gated attention unit

Link: <{A("2202.10447")}>

- Quân: GAU + chunked linear attention; phần "mixed chunk" hơi khó hiểu, sẽ vẽ lại hình cho cả nhóm.
- Số liệu tốc độ so với Transformer++ trên TPU, chưa chắc tái lập được trên GPU của lab.

### 5. Kernel attention chính xác, nhận biết IO

- Huy trình bày: tiling + recompute, không bao giờ ghi ma trận $n \\\\times n$ ra HBM.
- Đã thử thư viện `flash-attn` 2.5 trên A100 của phòng máy: bản cài từ pip cần CUDA 11.8+, xem ghi chú cài đặt ở note "Cài môi trường GPU".
- Kết quả benchmark nội bộ (seq 4k, head dim 64):

```
seq_len   baseline(ms)   io-aware(ms)   mem(GB)
1024      3.1            1.2            0.9
4096      41.7           9.8            2.1
8192      OOM            38.5           4.0
```

### 6 & 7. HiPPO và S4

- Đọc theo thứ tự: {T("2008.07669")} trước, rồi mới đến S4 ({T("2111.00396")}).
- Thảo: phần chiếu đa thức Legendre (LegS) là nền tảng; nên đọc kỹ mục 2–3, phụ lục có thể bỏ.
- Quân ghi chú trên bản OpenReview (có cả phần review và phản hồi của tác giả — đáng đọc).
- Công thức rời rạc hoá: $\\\\bar{{A}} = (I - \\\\Delta/2 \\\\cdot A)^{{-1}}(I + \\\\Delta/2 \\\\cdot A)$ (bilinear).
- TODO: chạy lại notebook minh hoạ kernel tích chập của SSM, nhánh `s4-demo` trong repo lab.

### 8. Survey

{T("2103.14636")} — {au("2103.14636", 3, "")}. Dùng làm bảng tra cứu; mục "Practical guidelines" hữu ích khi chọn phương pháp.

## Không phải bài báo (tài liệu tham khảo thêm)

- Blog "The Annotated Transformer" (Harvard NLP) — ôn lại attention gốc.
- Khoá học CS25 "Transformers United" — video buổi về long context.
- Repo `state-spaces/s4` và `HazyResearch/flash-attention` trên GitHub.
- Leaderboard Long Range Arena (Papers with Code) — chỉ để xem số, không trích dẫn.
- Sách "Dive into Deep Learning", chương 11 (Attention Mechanisms and Transformers).

## Việc cần làm

- [x] Thảo: gửi slide bài 1 lên Drive
- [x] Huy: đẩy script benchmark lên nhánh `bench/attn`
- [ ] Linh: đọc xong bài 3, chuẩn bị 10 phút
- [ ] Quân: vẽ lại hình GAU, chuẩn bị S4 cho seminar khoa (ngày 28/3)
- [ ] Khánh: thử attention tuyến tính với causal mask trên tập ASR tiếng Việt

---
Sửa lần cuối: Quân (thêm link OpenReview), Huy (bảng benchmark).
"""

def cson_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

body = "\n".join("  " + l for l in md.rstrip("\n").split("\n"))
text = (f'createdAt: "2024-03-11T02:14:07.388Z"\n'
        f'updatedAt: "2024-03-15T10:42:51.906Z"\n'
        f'type: "MARKDOWN_NOTE"\n'
        f'folder: "d41c07a92be35f6e18c4"\n'
        f'title: {cson_str("Nhóm đọc tuần 11 — attention hiệu quả & mô hình không gian trạng thái")}\n'
        f'tags: [\n  "nhom-doc"\n  "attention"\n  "ssm"\n]\n'
        f"content: '''\n{body}\n'''\n"
        f'linesHighlighted: []\n'
        f'isStarred: true\n'
        f'isTrashed: false\n'
        f'isPinned: false\n')
decoded = md.replace("\\\\", "\\")
write_only(F, text, keys(F), forms=[decoded])
