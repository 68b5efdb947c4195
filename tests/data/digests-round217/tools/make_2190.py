#!/usr/bin/env python3
"""2190: a kitty terminal `kitty.conf` (fonts, cursor, scrollback, tab bar, colours, `map` lines with `open_url`,
`launch` and `new_tab`, an `include`) of an invented Swedish researcher whose reading list sits in `map … open_url`
lines and `#` comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) and an OpenReview forum link, `arXiv:2006.16236`
in a comment, titles alone in comments; non-papers (the kitty docs, a repository, a benchmark suite, a book, a talk).
LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2190)
TXT = fill(r'''# vim:fileencoding=utf-8:foldmethod=marker
#
# kitty.conf -- Linnea Sjöberg-Alm (linnea.sjoberg@tillstand-lab.example.se)
# Dokumentation: https://sw.kovidgoyal.net/kitty/conf/
# Dotfiles: https://github.com/lsjoberg/dotfiles (grenen "laptop")

#: Fonts {{{

font_family      JetBrains Mono
bold_font        auto
italic_font      auto
bold_italic_font auto
font_size 11.5

#: }}}

#: Cursor och scrollback {{{

cursor_shape beam
cursor_blink_interval 0
scrollback_lines 20000
scrollback_pager less --chop-long-lines --RAW-CONTROL-CHARS +INPUT_LINE_NUMBER

#: }}}

#: Flikar {{{

tab_bar_edge top
tab_bar_style powerline
tab_powerline_style slanted
enabled_layouts tall,stack

#: }}}

#: Färger {{{

background_opacity 0.96
include themes/nord.conf

#: }}}

#: Kortkommandon {{{

kitty_mod ctrl+shift
map kitty_mod+enter new_window_with_cwd
map kitty_mod+t     new_tab_with_cwd
map kitty_mod+f5    load_config_file

# Läsecirkeln "tillståndsrum" (F-tangenterna öppnar pappret i webbläsaren):
# F1 [[T:2111.00396]]
# F2 [[T:2312.00752]]
# F3 [[T:2008.07669]]
# F4 [[T:2001.04451]] (granskningarna på OpenReview)
map f1 open_url https://arxiv.org/abs/2111.00396
map f2 open_url https://arxiv.org/pdf/2312.00752v2
map f3 open_url http://arxiv.org/abs/2008.07669
map f4 open_url https://openreview.net/forum?id=rkgNKkHtvB
map f6 launch --type=tab --tab-title anteckningar nvim ~/anteckningar/tillstandsrum.md

# Ännu utan tangent (Johan tar dem vecka 18):
#   [[T:2006.16236]], arXiv:2006.16236
#   [[T:2202.10447]]
#   [[T:2011.04006]] -- jämför med vår körning av LRA-koden (github.com/google-research/long-range-arena)
#   [[T:2105.06548]]
# Bakgrund: Gu & Dao-föredraget på YouTube, samt boken "Linear Systems Theory" (Hespanha).
# Seminarieinspelning: https://video.tillstand-lab.example.se/seminarier/2024-05

#: }}}

#: Övrigt {{{

enable_audio_bell no
confirm_os_window_close 0
shell_integration enabled
allow_remote_control socket-only
listen_on unix:/tmp/kitty-linnea

#: }}}
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
