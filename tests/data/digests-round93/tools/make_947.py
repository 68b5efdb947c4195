#!/usr/bin/env python3
"""947: a Trino CLI session copied from a terminal by a Vietnamese ML-platform team (Iceberg catalog, schema
`nhom_doc`, the team's reading table): the shell line with `trino --server … --password`, `Password: `, the prompt
`trino:<schema>> ` and its continuation prompt (blanks up to `-> ` under the prompt's `> `), ALIGNED results
(header centred, `-`/`+` rule, strings left-aligned and numbers right-aligned with one blank of padding on each side,
`NULL`), `(N rows)`, a blank line, then the query stats (`Query <yyyymmdd_hhmmss_nnnnn_xxxxx>, FINISHED, n nodes`,
`Splits: …`, `<seconds> [rows, bytes] [rows/s, bytes/s]`), `UPDATE: 1 row`, `quit`. Query ids are the coordinator's
UTC time (the team works at UTC+7). LF, a final newline. The BIG-bench repository, the Self-RAG project page, Lilian
Weng's blog post and the Open LLM Leaderboard are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(947)
K = dict(palm="2204.02311", tool="2302.04761", swe="2310.06770", minerva="2206.14858", selfrag="2310.11511",
         instruct="2203.02155", bigbench="2206.04615", curious="1904.09751")
SHELL = "[thao@mlp-edge02 ~]$ "
P = "trino:nhom_doc> "
C = " " * (len(P) - 3) + "-> "


def center(s, w):
    left = (w - len(s)) // 2
    return " " * (left + 1) + s + " " * (w - len(s) - left + 1)


def table(names, rows):
    """Trino's AlignedTablePrinter: widths over names and values, numbers right-aligned"""
    cells = [["NULL" if v is None else str(v) for v in r] for r in rows]
    w = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    out = ["|".join(center(n, w[i]) for i, n in enumerate(names)), "+".join("-" * (x + 2) for x in w)]
    for r, c in zip(rows, cells):
        out.append("|".join((" " + s.rjust(w[i]) + " ") if isinstance(r[i], int) else (" " + s.ljust(w[i]) + " ")
                            for i, s in enumerate(c)))
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return out


def size(b):
    """the CLI's data sizes: bytes below 1024, else kilobytes with at most two decimals (#.##)"""
    if b < 1024: return f"{round(b)}B"
    return f"{b / 1024:.2f}".rstrip("0").rstrip(".") + "KB"


def stats(qid, nodes, splits, secs, rows, nbytes):
    return ["", f"Query {qid}, FINISHED, {nodes} node{'' if nodes == 1 else 's'}",
            f"Splits: {splits} total, {splits} done (100.00%)",
            f"{secs:.2f} [{rows} rows, {size(nbytes)}] [{round(rows / secs)} rows/s, {size(nbytes / secs)}/s]", ""]


def stmt(lines):
    return [P + lines[0]] + [C + l for l in lines[1:]]


out = [SHELL + "trino --server https://trino.mlp.example:8443 --catalog iceberg --schema nhom_doc --user thao.nguyen --password",
       "Password: "]
out += stmt(["SHOW TABLES;"])
out += table(["Table"], [["bai_bao"], ["buoi_doc"], ["thanh_vien"]])
out += stats("20240305_021503_00412_q8t4n", 1, 1, 0.42, 3, 102)
out += stmt(["DESCRIBE bai_bao;"])
out += table(["Column", "Type", "Extra", "Comment"], [
    ["id", "bigint", "", ""],
    ["tieu_de", "varchar", "", "tiêu đề đầy đủ, chép nguyên văn"],
    ["lien_ket", "varchar", "", "link bài (arXiv/OpenReview) hoặc repo"],
    ["arxiv", "varchar", "", "mã arXiv, không kèm phiên bản"],
    ["chu_de", "varchar", "", ""],
    ["nguoi_de_xuat", "varchar", "", ""],
    ["trang_thai", "varchar", "", "chưa đọc / đang đọc / đã đọc / bỏ"],
    ["ghi_chu", "varchar", "", ""],
    ["ngay_them", "date", "", ""],
])
out += stats("20240305_021531_00415_q8t4n", 1, 1, 0.38, 9, 1044)
out += stmt(["SELECT id, tieu_de, lien_ket", "FROM bai_bao", "WHERE chu_de = 'llm'", "ORDER BY id;"])
out += table(["id", "tieu_de", "lien_ket"], [
    [101, T(K["palm"]), "https://arxiv.org/abs/2204.02311"],
    [102, T(K["instruct"]), None],
    [103, T(K["minerva"]), None],
    [104, T(K["bigbench"]), "https://github.com/google/BIG-bench"],
    [105, T(K["tool"]), "https://arxiv.org/pdf/2302.04761.pdf"],
    [106, T(K["curious"]), None],
    [107, T(K["swe"]), "https://openreview.net/forum?id=VTF8yNQM66"],
    [108, T(K["selfrag"]), "https://selfrag.github.io/"],
    [109, "Lilian Weng - blog về agent (không phải paper)", "https://lilianweng.github.io/posts/2023-06-23-agent/"],
    [110, "Open LLM Leaderboard (để so sánh điểm)", "https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard"],
])
out += stats("20240305_021644_00421_q8t4n", 4, 3, 1.27, 31, 7035)
out += stmt(["SELECT id, arxiv, nguoi_de_xuat, trang_thai", "FROM bai_bao", "WHERE arxiv IS NOT NULL AND chu_de = 'llm'",
             "ORDER BY id;"])
out += table(["id", "arxiv", "nguoi_de_xuat", "trang_thai"], [
    [101, "2204.02311", "Thảo", "đã đọc"],
    [103, "2206.14858", "Quân", "đang đọc"],
    [105, "2302.04761", "Linh", "đã đọc"],
    [108, "2310.11511", "Huy", "chưa đọc"],
])
out += stats("20240305_021752_00426_q8t4n", 4, 3, 0.91, 31, 7035)
out += stmt(["SELECT tieu_de, ghi_chu FROM bai_bao WHERE id IN (102, 106, 108);"])
out += table(["tieu_de", "ghi_chu"], [
    [T(K["instruct"]), "bài InstructGPT; đọc kỹ phần reward model, liên quan trực tiếp pipeline RLHF của mình"],
    [T(K["curious"]), "nucleus sampling; nên đọc trước khi chỉnh top_p cho bot chăm sóc khách hàng"],
    [T(K["selfrag"]), "Huy đề xuất; code + checkpoint ở trang dự án, chưa có link bài trong bảng"],
])
out += stats("20240305_021910_00433_q8t4n", 4, 3, 0.84, 31, 7035)
out += stmt(["SELECT b.ngay, b.nguoi_trinh_bay, p.tieu_de", "FROM buoi_doc b", "JOIN bai_bao p ON p.id = b.bai_id",
             "WHERE b.ngay >= DATE '2024-03-01'", "ORDER BY b.ngay;"])
out += table(["ngay", "nguoi_trinh_bay", "tieu_de"], [
    ["2024-03-07", "Lê Khánh Linh", T(K["tool"])],
    ["2024-03-14", "Trần Minh Quân", T(K["minerva"])],
    ["2024-03-21", "Võ Ngọc Anh", T(K["bigbench"])],
    ["2024-03-28", "Phạm Gia Huy", T(K["swe"])],
])
out += stats("20240305_022104_00441_q8t4n", 4, 6, 1.63, 43, 9339)
out += stmt(["UPDATE bai_bao SET trang_thai = 'đã đọc' WHERE id = 103;"])
out += ["UPDATE: 1 row"]
out += stats("20240305_022230_00447_q8t4n", 4, 5, 3.11, 31, 7035)
out += stmt(["SELECT trang_thai, count(*) AS so_bai", "FROM bai_bao", "GROUP BY trang_thai", "ORDER BY so_bai DESC;"])
out += table(["trang_thai", "so_bai"], [["chưa đọc", 14], ["đã đọc", 9], ["đang đọc", 3], ["bỏ", 2]])
out += stats("20240305_022301_00449_q8t4n", 4, 4, 0.77, 28, 2089)
out += [P + "quit", SHELL]
write_only(F, "\n".join(out) + "\n", keys(F))
