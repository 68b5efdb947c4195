# ~/.pryrc -- Nguyễn Thị Minh Thư <thu.nguyen@ngonngu-lab.example.vn>
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
  # Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks
  "sbert" => "https://arxiv.org/abs/1908.10084",
  # Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer
  "t5" => "https://arxiv.org/pdf/1910.10683v4",
  # The Power of Scale for Parameter-Efficient Prompt Tuning (anh Huy trình bày)
  "prompt" => "http://arxiv.org/abs/2104.08691",
  # Efficiently Modeling Long Sequences with Structured State Spaces -- bản OpenReview có cả phần thảo luận
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
#   Deep contextualized word representations (arXiv:1802.05365)
#   BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension
#   Efficient Estimation of Word Representations in Vector Space
#   Universal and Transferable Adversarial Attacks on Aligned Language Models -- nhóm an toàn mượn buổi 13/12
# Sách: Jacob Eisenstein, "Introduction to Natural Language Processing", chương 14.
# Ghi hình buổi trước: https://video.ngonngu-lab.example.vn/nhom-doc/2024-11
