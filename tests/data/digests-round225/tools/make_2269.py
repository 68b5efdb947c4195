#!/usr/bin/env python3
"""2269: a mycli configuration (`~/.myclirc`: configobj INI — `[main]` with the default file's settings and some of its
comments, `[colors]`, `[favorite_queries]` with quoted SQL and `$1` / `$2` arguments, `[alias_dsn]`, `#` comments) of
an invented Vietnamese NLP lab member who keeps the reading group's schedule in a MySQL table and her saved queries
here: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) inside saved queries under comments
holding the titles, `arXiv 1508.07909` beside a title, titles alone; non-papers (mycli's site, a book, a dataset, a
repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2269)
TXT = fill(r'''# vi: ft=dosini
# ~/.myclirc -- Nguyễn Thị Thu Hà <thuha.nguyen@ngonngu-lab.example.vn>
# mycli 1.27. Bản gốc: https://www.mycli.net/config (đã cắt bớt phần chú thích tiếng Anh).
[main]

# Enables context sensitive auto-completion.
smart_completion = True

# Nhiều dòng: kết thúc câu lệnh bằng dấu ;
multi_line = True

# Cảnh báo trước DROP / DELETE / UPDATE không có WHERE.
destructive_warning = True

log_file = ~/.mycli.log
log_level = INFO
# audit_log = ~/.mycli-audit.log

timing = True
beep_after_seconds = 0

# Possible values: ascii, double, github, psql, plain, simple, grid, fancy_grid, pipe, orgtbl, rst, vertical, tsv, csv.
table_format = psql
syntax_style = monokai
key_bindings = vi
wider_completion_menu = False

# \u - Username, \h - Hostname, \d - Database name
prompt = '\u@\h:\d> '
prompt_continuation = '-> '
less_chatty = True
auto_vertical_output = True
keyword_casing = upper
enable_pager = True

[colors]
completion-menu.completion.current = 'bg:#ffffff #000000'
completion-menu.completion = 'bg:#008888 #ffffff'
completion-menu.meta.completion.current = 'bg:#44aaaa #000000'
completion-menu.meta.completion = 'bg:#448888 #ffffff'
scrollbar = 'bg:#00aaaa'
bottom-toolbar = 'bg:#222222 #aaaaaa'

# Truy vấn hay dùng: gọi bằng \f tên [tham số], xem danh sách bằng \f
# Bảng nhom_doc.buoi_doc (ngay, nguoi_trinh_bay, tieu_de, url, trang_thai) -- anh Minh tạo năm ngoái.
[favorite_queries]
tuan_nay = "SELECT ngay, nguoi_trinh_bay, tieu_de, url FROM buoi_doc WHERE ngay >= CURDATE() ORDER BY ngay LIMIT 3;"
them_bai = "INSERT INTO buoi_doc (ngay, nguoi_trinh_bay, tieu_de, url) VALUES ('$1', '$2', '$3', '$4');"
da_doc = "UPDATE buoi_doc SET trang_thai = 'da_doc' WHERE url = '$1';"
cua_toi = "SELECT ngay, tieu_de FROM buoi_doc WHERE nguoi_trinh_bay = 'Hà' ORDER BY ngay DESC;"
# Buổi 7 (anh Minh):
#   [[T:2008.07905]]
buoi7 = "SELECT * FROM ghi_chu WHERE url = 'https://openreview.net/forum?id=ZaYZfu8pT_N' ORDER BY tao_luc;"
# Buổi 8 (Hà):
#   [[T:1301.3781]]
buoi8 = "SELECT * FROM ghi_chu WHERE url = 'https://arxiv.org/abs/1301.3781' ORDER BY tao_luc;"
# Buổi 9:
#   [[T:2010.06040]]
buoi9 = "SELECT * FROM ghi_chu WHERE url = 'https://arxiv.org/pdf/2010.06040v2' ORDER BY tao_luc;"
# Buổi 10:
#   [[T:2012.08561]]
#   nền tảng cho buổi này: [[T:1508.07909]] (arXiv 1508.07909)
buoi10 = "SELECT * FROM ghi_chu WHERE url = 'http://arxiv.org/abs/2012.08561' ORDER BY tao_luc;"
# Chưa nhập vào bảng (học kỳ sau):
#   [[T:1802.05365]]
#   [[T:1910.03771]]
#   [[T:2011.03459]]
# Sách nền: Jacob Eisenstein, "Introduction to Natural Language Processing" (MIT Press).
# Dữ liệu cho bài tập: kho ngữ liệu VLSP; mô hình tiếng Việt: https://github.com/VinAIResearch/PhoBERT
# Ghi hình buổi 7: https://video.ngonngu-lab.example.vn/nhom-doc/2024-11

[alias_dsn]
nhom_doc = mysql://thuha@db.ngonngu-lab.example.vn:3306/nhom_doc
local = mysql://root@localhost:3306/thu_nghiem
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
