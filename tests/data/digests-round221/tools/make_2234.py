#!/usr/bin/env python3
"""2234: a Pry start-up file (`~/.pryrc`, Ruby: Pry.config settings, pry-byebug aliases, a begin/rescue require, a
frozen DOC_TUAN hash and a `doc` block command that opens an entry) of an invented Vietnamese NLP researcher whose
reading group sits in the hash: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v4`, `http://`) with their
titles in the comment above each, `arXiv:1802.05365` in a comment, titles alone in comments; non-papers (the Pry wiki,
awesome_print, a book, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2234)
TXT = fill(r'''# ~/.pryrc -- Nguyễn Thị Minh Thư <thu.nguyen@ngonngu-lab.example.vn>
# Pry đọc file này mỗi lần mở (cả `rails console` khi có pry-rails).
# Tham khảo: https://github.com/pry/pry/wiki/Pry-rc

Pry.config.editor = "nvim"
Pry.config.color = true
Pry.config.pager = false
Pry.config.history_file = File.expand_path("~/.local/share/pry/history")
Pry.config.prompt_name = "thu"

# pry-byebug: gõ tắt cho nhanh
if defined?(PryByebug)
  Pry.commands.alias_command "c", "continue"
  Pry.commands.alias_command "s", "step"
  Pry.commands.alias_command "n", "next"
  Pry.commands.alias_command "f", "finish"
end

begin
  require "awesome_print"
  AwesomePrint.pry!
rescue LoadError
  warn "awesome_print chưa cài: gem install awesome_print"
end

# Nhóm đọc NLP (thứ Sáu 14:00, phòng 402) -- gõ `doc t5` trong pry để mở bài.
DOC_TUAN = {
  # [[T:1908.10084]]
  "sbert" => "https://arxiv.org/abs/1908.10084",
  # [[T:1910.10683]]
  "t5" => "https://arxiv.org/pdf/1910.10683v4",
  # [[T:2104.08691]] (anh Huy trình bày)
  "prompt" => "http://arxiv.org/abs/2104.08691",
  # [[T:2111.00396]] -- bản OpenReview có cả phần thảo luận
  "s4" => "https://openreview.net/forum?id=uYLFoz1vlAC",
  "repo" => "https://github.com/ngonngu-lab/nhom-doc"
}.freeze

Pry::Commands.block_command "doc", "Mở bài đọc của nhóm: doc <tên>" do |ten|
  url = DOC_TUAN[ten.to_s]
  if url
    system("xdg-open", url)
  else
    output.puts "Có: #{DOC_TUAN.keys.join(', ')}"
  end
end

# Đọc sau (chưa có trong DOC_TUAN):
#   [[T:1802.05365]] (arXiv:1802.05365)
#   [[T:1910.13461]]
#   [[T:1301.3781]]
#   [[T:2307.15043]] -- nhóm an toàn mượn buổi 13/12
# Sách: Jacob Eisenstein, "Introduction to Natural Language Processing", chương 14.
# Ghi hình buổi trước: https://video.ngonngu-lab.example.vn/nhom-doc/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
