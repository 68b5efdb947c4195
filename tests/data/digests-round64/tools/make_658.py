#!/usr/bin/env python3
"""658: a GitBook page as GitBook's Git Sync writes it to the repository (README.md of a group): YAML front matter
(description folded with >-, layout block), one "# " title, GitBook blocks {% hint style %}, {% tabs %} / {% tab %},
{% code title overflow %}, {% embed url %}, {% content-ref %}, <figure><img><figcaption>, <mark>, <details>, pipe
tables with escaped pipes, \\_ escapes in prose. A Vietnamese awesome table of efficient / long-context attention."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F658, keys


def tc(key):
    return T(key).replace("|", "\\|")


text = f"""---
description: >-
  Danh sách tuyển chọn các bài báo về attention hiệu quả và ngữ cảnh dài, dùng
  cho nhóm đọc của Phòng thí nghiệm Xử lý Ngôn ngữ Sông Hàn (học kỳ 2,
  2023–2024).
cover: ../.gitbook/assets/banner-doc-bao.png
coverY: 0
layout:
  cover:
    visible: true
    size: hero
  title:
    visible: true
  description:
    visible: true
  tableOfContents:
    visible: true
  outline:
    visible: true
  pagination:
    visible: true
---

# Awesome attention hiệu quả

{{% hint style="info" %}}
Trang này được đồng bộ từ GitHub (nhánh `main`, thư mục `doc-bao/`). Nếu muốn thêm bài, hãy mở pull request thay vì sửa trực tiếp trên GitBook — mọi chỉnh sửa trên web sẽ bị ghi đè ở lần đồng bộ sau.
{{% endhint %}}

## Cách dùng danh sách

Mỗi hàng là một bài báo. Cột **Trạng thái** dùng các ký hiệu: ✅ đã thảo luận, 🕒 đang đọc, ⬜ chưa đọc. Tên file ghi chú theo mẫu `ghi\\_chu\\_<ten\\_bai>.md` trong thư mục `notes/`.

<figure><img src="../.gitbook/assets/do-phuc-tap-attention.png" alt="So sánh độ phức tạp bộ nhớ của các biến thể attention"><figcaption><p>Hình 1. Độ phức tạp bộ nhớ theo độ dài chuỗi (vẽ lại từ số liệu của nhóm, không phải hình trong bài báo).</p></figcaption></figure>

## Bảng 1 — Nền tảng

| # | Bài báo | Tác giả | Hội nghị / năm | Liên kết | Trạng thái |
| - | ------- | ------- | -------------- | -------- | ---------- |
| 1 | {tc('1706.03762')} | {au('1706.03762')} | NeurIPS 2017 | (bản in trong thư viện nhóm) | ✅ |
| 2 | {tc('1901.02860')} | {au('1901.02860')} | ACL 2019 | [arXiv](https://arxiv.org/abs/1901.02860) | ✅ |
| 3 | {tc('2002.09402')} | {au('2002.09402')} | 2020 | — | 🕒 |

## Bảng 2 — Attention tuyến tính và thưa

| # | Bài báo | Tác giả | Hội nghị / năm | Liên kết | Trạng thái |
| - | ------- | ------- | -------------- | -------- | ---------- |
| 4 | {tc('2009.14794')} | {au('2009.14794')} | ICLR 2021 | [OpenReview](https://openreview.net/forum?id=Ua6zuk0WRH) | ✅ |
| 5 | {tc('2007.14062')} | {au('2007.14062')} | NeurIPS 2020 | arXiv 2007.14062 | 🕒 |
| 6 | {tc('2005.00743')} | {au('2005.00743')} | ICML 2021 | <mark style="color:red;">thiếu link</mark> | ⬜ |

## Bảng 3 — Kernel và kiến trúc thay thế

| # | Bài báo | Tác giả | Năm | Liên kết | Trạng thái |
| - | ------- | ------- | --- | -------- | ---------- |
| 7 | {tc('2307.08691')} | {au('2307.08691')} | 2023 | [https://arxiv.org/pdf/2307.08691](https://arxiv.org/pdf/2307.08691) | ⬜ |
| 8 | {tc('2307.08621')} | {au('2307.08621')} | 2023 | [arxiv.org/abs/2307.08621](https://arxiv.org/abs/2307.08621) | ⬜ |

{{% hint style="warning" %}}
Bảng 3 cần GPU có Tensor Core để chạy lại thí nghiệm. Máy `song-han-02` (2× A100 40GB) đã được đặt lịch cho nhóm vào thứ Năm hằng tuần.
{{% endhint %}}

## Tài nguyên không phải bài báo

{{% tabs %}}
{{% tab title="Blog & video" %}}
* The Illustrated Transformer — blog của Jay Alammar (bài giới thiệu, không phải bài báo).
* Bài giảng "Efficient Transformers" trong khóa CS25 của Stanford (video):

{{% embed url="https://www.youtube.com/watch?v=example-cs25" %}}
Video bài giảng — xem trước buổi 3.
{{% endembed %}}
{{% endtab %}}

{{% tab title="Thư viện" %}}
* `flash-attn` (PyPI) — cài bằng `pip install flash-attn --no-build-isolation`.
* `xformers` — thư viện của Meta, có `memory_efficient_attention`.
* Long Range Arena — benchmark (bộ dữ liệu + bảng xếp hạng), không tính là bài đọc.
{{% endtab %}}
{{% endtabs %}}

## Đoạn mã kiểm tra nhanh

{{% code title="kiem_tra_attention.py" overflow="wrap" lineNumbers="true" %}}
```python
import torch
from flash_attn import flash_attn_func

q = k = v = torch.randn(2, 4096, 16, 64, device="cuda", dtype=torch.float16)
out = flash_attn_func(q, k, v, causal=True)
print(out.shape)  # torch.Size([2, 4096, 16, 64])
```
{{% endcode %}}

<details>

<summary>Ghi chú buổi 1 (đã thảo luận)</summary>

Cả nhóm thống nhất rằng segment-level recurrence trong bài số 2 là ý tưởng cần nắm trước khi đọc bài số 3. Bạn Phương sẽ trình bày phần relative positional encoding vào buổi sau.

</details>

## Trang liên quan

{{% content-ref url="lich-doc-bao.md" %}}
[lich-doc-bao.md](lich-doc-bao.md)
{{% endcontent-ref %}}

{{% content-ref url="../huong-dan/gop-y.md" %}}
[gop-y.md](../huong-dan/gop-y.md)
{{% endcontent-ref %}}
"""
write_only(F658, text, keys(F658), [text.replace("\\|", "|").replace("\\_", "_")])
