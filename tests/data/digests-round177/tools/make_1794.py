#!/usr/bin/env python3
"""1794: a Vietnamese lab's merged reading list, cleaned in OpenRefine (suggestions from the group chat, a Google Form
and e-mail, deduplicated and clustered) and exported with Export > Templating… left at its defaults: the prefix
`{\\n  "rows" : [\\n`, one row template per row (`    {`, then `      "<column>" : {{jsonize(cells["<column>"].value)}}`
for every column, joined by commas, then `    }`), the separator `,\\n`, the suffix `\\n  ]\\n}` (so no final newline).
jsonize writes a string as a JSON string, a number as a number, an empty cell as null. Computed here from the
modelled project: the rows in the project's order, the year column as numbers (parsed on import), empty cells as null.
The values avoid the characters OpenRefine's older jsonize (org.json) would escape (U+0080–U+009F, U+2000–U+20FF)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1794)
COLS = ["Tiêu đề", "Liên kết", "Năm", "Người đề xuất", "Nguồn", "Ghi chú"]
ROWS = [
 (T("2111.00396"), f"https://openreview.net/forum?id={OR('2111.00396')}", 2022, "Nguyễn Minh Anh", "nhóm Zalo", "ICLR 2022, bài gốc của S4; đọc kèm blog The Annotated S4"),
 (T("2008.07669"), None, 2020, "Trần Quốc Bảo", "Google Form", "NeurIPS 2020, arXiv:2008.07669; nền tảng toán cho S4"),
 (T("2312.00752"), "https://arxiv.org/abs/2312.00752", 2023, "Nguyễn Minh Anh", "nhóm Zalo", "so sánh với Transformer trên chuỗi dài"),
 (T("2402.09353"), "https://arxiv.org/pdf/2402.09353", 2024, "Lê Thu Hà", "email", "ICML 2024; thay LoRA trong dự án tinh chỉnh"),
 (T("2103.09762"), "https://arxiv.org/abs/2103.09762", 2021, "Phạm Đức Huy", "Google Form", "ICLR 2021; học liên tục, chiếu gradient"),
 (T("2008.07905"), None, 2021, "Trần Quốc Bảo", "email", "ACL 2021; dịch máy không tự hồi quy cho cặp Việt-Anh"),
 (T("2012.08561"), None, 2020, "Lê Thu Hà", "nhóm Zalo", "EMNLP 2020; mô hình dựa trên năng lượng thay cho MLM"),
 (T("2103.14338"), None, 2021, "Võ Thanh Tâm", "Google Form", "ICCV 2021? chưa chắc; nhóm thị giác đề xuất, để cuối danh sách"),
 ("The Annotated S4 (blog của Sasha Rush, không phải bài báo)", "https://srush.github.io/annotated-s4/", None, "Nguyễn Minh Anh", "nhóm Zalo", "mã JAX từng bước"),
 ("CS25: Transformers United (khóa học Stanford, video)", "https://web.stanford.edu/class/cs25/", None, "Phạm Đức Huy", "email", "không phải bài báo; xem buổi về state space"),
]


def jsonize(v):
    if v is None: return "null"
    if isinstance(v, int): return str(v)
    assert not any(0x80 <= ord(c) < 0xA0 or 0x2000 <= ord(c) < 0x2100 for c in v), v
    return json.dumps(v, ensure_ascii=False)


def build():
    rows = []
    for r in ROWS:
        rows.append("    {" + ",".join(f'\n      "{c}" : {jsonize(v)}' for c, v in zip(COLS, r)) + "\n    }")
    return '{\n  "rows" : [\n' + ",\n".join(rows) + "\n  ]\n}"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
