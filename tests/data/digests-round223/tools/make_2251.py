#!/usr/bin/env python3
"""2251: a ranger file-manager configuration (`~/.config/ranger/rc.conf`: `set option value`, `alias`, `map key
command` lines with `shell -f` and ranger's `%s` / `%f` macros, `#` comments) of an invented Turkish engineer whose
efficient-attention reading group sits in `,1`–`,4` maps that run `xdg-open`: an OpenReview forum link and arXiv
links (`/abs/`, `/pdf/…v2`, `http://`) under comments holding their titles, `arXiv:2202.10447` beside a title,
titles alone in comments; non-papers (ranger's wiki, a blog post, a book, the group's repository and a talk
recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2251)
TXT = fill(r'''# ~/.config/ranger/rc.conf -- Elif Karaca Yıldırım <elif.karaca@verimli-lab.example.com.tr>
# Tam liste için: ranger --copy-config=rc. Burada yalnızca değiştirdiklerim var.
# Belgeler: https://github.com/ranger/ranger/wiki

# ---- görünüm ----
set column_ratios 1,3,4
set show_hidden false
set draw_borders both
set line_numbers relative
set dirname_in_tabs true
set update_title true
set colorscheme default

# ---- önizleme (kitty içinde resim önizleme çalışıyor) ----
set preview_images true
set preview_images_method kitty
set use_preview_script true
set vcs_aware true

# ---- sıralama ve silme ----
set sort natural
set sort_directories_first true
set confirm_on_delete multiple

# ---- kısaltmalar ----
alias e edit
alias q quit
alias qa quitall

# ---- kısayollar ----
map gm cd ~/makaleler
map gd cd ~/Downloads
map gp cd ~/projeler/verimli
map ,z shell -f zathura %s
map ,t shell -f kitty --directory %d
map DD shell mv %s ~/.local/share/Trash/files/
map <C-n> console mkdir%space

# ---- okuma grubu (verimli dikkat, salı 14:00, toplantı odası 3) ----
# ,1 ile ,4 arası makaleyi tarayıcıda açar. Sırayı Emre belirliyor.
# ,1  [[T:2001.04451]]
map ,1 shell -f xdg-open https://openreview.net/forum?id=rkgNKkHtvB
# ,2  [[T:2006.04768]]
map ,2 shell -f xdg-open https://arxiv.org/abs/2006.04768
# ,3  [[T:2004.05150]]
map ,3 shell -f xdg-open https://arxiv.org/pdf/2004.05150v2
# ,4  [[T:2011.04006]]
map ,4 shell -f xdg-open http://arxiv.org/abs/2011.04006
# ,g  grubun deposu
map ,g shell -f xdg-open https://github.com/verimli-lab/okuma-grubu

# Sonraki dönem (henüz kısayol yok):
#   [[T:2202.10447]] -- arXiv:2202.10447
#   [[T:2006.16236]]
#   [[T:2103.14636]]
#   [[T:2004.10102]]
# Yeni gelenler için: Jay Alammar'ın "The Illustrated Transformer" yazısı ve
# Alammar & Grootendorst, "Hands-On Large Language Models" (3. bölüm).
# Geçen oturumun kaydı: https://video.verimli-lab.example.com.tr/okuma/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
