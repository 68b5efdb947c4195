# ~/.zshrc -- Elif Karataş Yıldırım (elif.yildirim@dilmodeli-lab.example.com.tr)
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
# Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer
alias t5='xdg-open https://arxiv.org/abs/1910.10683'
# Neural Machine Translation of Rare Words with Subword Units
alias bpe='xdg-open https://arxiv.org/pdf/1508.07909v4'
# Glancing Transformer for Non-Autoregressive Neural Machine Translation
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
  echo "1) Language Models are Unsupervised Multitask Learners"
  echo "2) Pre-Training Transformers as Energy-Based Cloze Models"
  echo "3) The Power of Scale for Parameter-Efficient Prompt Tuning"
}
# ayrıca: Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model -- Selin'in sunumu
# cümle gömmeleri için Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks (arXiv:1908.10084) ve sentence-transformers kütüphanesi
# Kitap: Jurafsky & Martin, "Speech and Language Processing". Veri: OSCAR Türkçe alt kümesi.
# Sunum kaydı: https://video.dilmodeli-lab.example.com.tr/okuma/2024-05

# conda
[ -f "$HOME/miniconda3/etc/profile.d/conda.sh" ] && source "$HOME/miniconda3/etc/profile.d/conda.sh"
