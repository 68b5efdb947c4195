#!/usr/bin/env python3
"""1313: p7zip output (Vietnamese): a Hanoi-like lab's reading group on efficient LLMs sends each week's papers as one
7z archive; Hà listed this week's archive with `7z l` and printed its index with `7z x -so … 2>/dev/null`, and pasted
both into the group's Zalo-like chat. `7z l` as p7zip 16.02 prints it: the banner (locale, CPU), "Scanning the drive for
archives", the archive's properties (Physical Size = 32-byte start header + packed streams + headers), the listing
(date, time, attributes, size, compressed — shown only on the first file of the solid block —, name; folders `D....`),
the totals line. PDFs are named by arXiv id (`2402.09353v1.pdf`, the name arXiv gives a download) or by a slug; the
index (`muc-luc.md`, Vietnamese Markdown) names every paper with its full title, with arXiv / OpenReview links, an
`arXiv:` id, or no link. Slides, bitsandbytes and a video are not papers; DoRA, GPTQ, LLM.int8(), phi-1 are
nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1313, keys

D = "doc-tuan-20"
INDEX = f"""# Tài liệu đọc – Tuần 20 (nhóm đọc LLM hiệu quả)

Người tổng hợp: Nguyễn Thu Hà · cập nhật 13/05/2024 · buổi đọc: thứ Năm 16/05, 14:00, phòng 304-C9

## Bắt buộc

1. **{T('2402.09353')}** — https://arxiv.org/abs/2402.09353 (file `2402.09353v1.pdf`) — Minh trình bày
2. **{T('2210.17323')}** — https://arxiv.org/abs/2210.17323 (file `2210.17323v2.pdf`)
3. **{T('2208.07339')}** — https://arxiv.org/pdf/2208.07339 (file `2208.07339v2.pdf`)
4. **{T('1710.03740')}** — bản ICLR 2018: https://openreview.net/forum?id={OR('1710.03740')} (file `mixed-precision-training-iclr2018.pdf`)
5. **{T('2211.17192')}** — arXiv:2211.17192 (file `2211.17192v2.pdf`) — Quân trình bày

## Đọc thêm (chưa có link)

- {T('2104.08691')} — file `prompt-tuning.pdf`
- {T('2306.11644')} — phi-1, dữ liệu "chất lượng sách giáo khoa"; file `textbooks.pdf`
- {T('1910.03771')} — bài báo về thư viện (bản demo EMNLP 2020); file `hf-transformers-emnlp2020.pdf`

## Không phải bài báo

- Slide buổi 3 (lượng tử hoá) — `slide/buoi-3-luong-tu-hoa.pptx`
- Ghi chú của Quân về giải mã suy đoán — `slide/ghi-chú.txt`
- bitsandbytes: https://github.com/bitsandbytes-foundation/bitsandbytes
- Video: Lượng tử hoá LLM trong 20 phút — https://www.youtube.com/watch?v=Hq3nBf0kT7w
"""
FILES = [  # name, date, size
 (f"{D}/muc-luc.md", "2024-05-13 21:02:11", len(INDEX.encode())),
 (f"{D}/2402.09353v1.pdf", "2024-05-10 08:41:37", 1584221),
 (f"{D}/2210.17323v2.pdf", "2024-05-10 08:43:02", 703447),
 (f"{D}/2208.07339v2.pdf", "2024-05-10 08:44:19", 1276930),
 (f"{D}/mixed-precision-training-iclr2018.pdf", "2024-05-11 10:15:56", 981652),
 (f"{D}/2211.17192v2.pdf", "2024-05-11 10:17:40", 1102388),
 (f"{D}/prompt-tuning.pdf", "2024-05-12 19:30:05", 1650714),
 (f"{D}/textbooks.pdf", "2024-05-12 19:31:48", 2389120),
 (f"{D}/hf-transformers-emnlp2020.pdf", "2024-05-12 19:33:27", 538009),
 (f"{D}/slide/buoi-3-luong-tu-hoa.pptx", "2024-05-09 16:20:44", 5873316),
 (f"{D}/slide/ghi-chú.txt", "2024-05-13 20:55:02", 2147),
]
DIRS = [(f"{D}/slide", "2024-05-13 20:55:02"), (D, "2024-05-13 21:02:11")]
PACKED, HEADERS = 15218873, 917
phys = 32 + PACKED + HEADERS
P = "ha@nhom-doc:~/Tải về$ "
out = [P + f"7z l {D}.7z", "",
       "7-Zip [64] 16.02 : Copyright (c) 1999-2016 Igor Pavlov : 2016-05-21",
       "p7zip Version 16.02 (locale=vi_VN.UTF-8,Utf16=on,HugeFiles=on,64 bits,8 CPUs Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz (806EC),ASM,AES-NI)",
       "", "Scanning the drive for archives:", f"1 file, {phys} bytes ({phys // 1048576} MiB)", "", f"Listing archive: {D}.7z", "", "--",
       f"Path = {D}.7z", "Type = 7z", f"Physical Size = {phys}", f"Headers Size = {HEADERS}", "Method = LZMA2:24", "Solid = +", "Blocks = 1", "",
       "   Date      Time    Attr         Size   Compressed  Name",
       "------------------- ----- ------------ ------------  ------------------------"]
for i, (n, t, s) in enumerate(FILES):
    out.append(f"{t} ....A {s:12d} {(str(PACKED) if i == 0 else ''):>12}  {n}")
for n, t in DIRS:
    out.append(f"{t} D.... {0:12d} {0:12d}  {n}")
out.append("------------------- ----- ------------ ------------  ------------------------")
last = max(t for _, t, _ in FILES)
out.append(f"{last}       {sum(s for _, _, s in FILES):12d} {PACKED:12d}  {len(FILES)} files, {len(DIRS)} folders")
out += [P + f"7z x -so {D}.7z {D}/muc-luc.md 2>/dev/null"]
out += INDEX.rstrip("\n").split("\n")
out.append(P)
text = "\n".join(out) + "\n"
write_only(F1313, text, keys(F1313))
