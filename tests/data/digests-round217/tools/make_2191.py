#!/usr/bin/env python3
"""2191: a `~/.zshrc` (oh-my-zsh layout: ZSH, ZSH_THEME, plugins, source, exports, setopt / HISTSIZE, aliases, two
functions, a `typeset -A` reading table) of an invented Turkish NLP student whose reading list sits in aliases, an
associative array and `#` comments: arXiv links (`/abs/`, `/pdf/…v4`) and an OpenReview forum link in aliases and
the table, `arXiv:1908.10084` in a comment, titles alone in comments and an `echo`; non-papers (oh-my-zsh, the
Hugging Face docs, a repository, a book, a dataset, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2191)
TXT = fill(r'''# ~/.zshrc -- Elif Karataş Yıldırım (elif.yildirim@dilmodeli-lab.example.com.tr)
# Yedek: https://github.com/elifky/dotfiles

# Path to your oh-my-zsh installation.
export ZSH="$HOME/.oh-my-zsh"

ZSH_THEME="robbyrussell"
plugins=(git z fzf conda-zsh-completion)

source $ZSH/oh-my-zsh.sh

# --- ortam ---
export EDITOR=nvim
export LANG=tr_TR.UTF-8
export HF_HOME="$HOME/.cache/huggingface"
export PATH="$HOME/.local/bin:$PATH"

HISTSIZE=50000
SAVEHIST=50000
setopt HIST_IGNORE_DUPS SHARE_HISTORY

# --- kısayollar ---
alias ll='ls -lah'
alias gs='git status -sb'
alias gpu='watch -n 2 nvidia-smi'
alias hfdocs='xdg-open https://huggingface.co/docs/transformers/index'

# --- okuma grubu: ön eğitim (her cuma) ---
# [[T:1910.10683]]
alias t5='xdg-open https://arxiv.org/abs/1910.10683'
# [[T:1508.07909]]
alias bpe='xdg-open https://arxiv.org/pdf/1508.07909v4'
# [[T:2008.07905]]
alias glat='xdg-open "https://openreview.net/forum?id=ZaYZfu8pT_N"'

typeset -A okuma
okuma=(
  t5   "https://arxiv.org/abs/1910.10683"
  bpe  "https://arxiv.org/pdf/1508.07909v4"
  glat "https://openreview.net/forum?id=ZaYZfu8pT_N"
)

# oku <anahtar>: makaleyi tarayıcıda açar, anahtar yoksa listeyi basar
oku() {
  if [[ -n "$1" && -n "${okuma[$1]}" ]]; then
    xdg-open "${okuma[$1]}"
  else
    print -l ${(k)okuma}
  fi
}

# sıradaki hafta (henüz link yok, Burak PDF'leri paylaşacak):
sirada() {
  echo "1) [[T:gpt2]]"
  echo "2) [[T:2012.08561]]"
  echo "3) [[T:2104.08691]]"
}
# ayrıca: [[T:2010.06040]] -- Selin'in sunumu
# cümle gömmeleri için [[T:1908.10084]] (arXiv:1908.10084) ve sentence-transformers kütüphanesi
# Kitap: Jurafsky & Martin, "Speech and Language Processing". Veri: OSCAR Türkçe alt kümesi.
# Sunum kaydı: https://video.dilmodeli-lab.example.com.tr/okuma/2024-05

# conda
[ -f "$HOME/miniconda3/etc/profile.d/conda.sh" ] && source "$HOME/miniconda3/etc/profile.d/conda.sh"
''', {"gpt2": GPT2})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
