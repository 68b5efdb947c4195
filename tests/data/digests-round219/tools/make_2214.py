#!/usr/bin/env python3
"""2214: a Bash start-up file (`~/.bashrc` in the Debian skeleton's layout: the interactive guard, history options,
shopt, a prompt, aliases, a `declare -A` table, two functions, a sourced completion file) of an invented Italian
inference engineer whose serving / quantisation reading list sits in the table and comments: an OpenReview forum
link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) as table values with their titles in comments,
`arXiv:2208.07339` in a comment, titles alone in `echo` lines; non-papers (the vLLM docs, a repository, a book, a
talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2214)
TXT = fill(r'''# ~/.bashrc: executed by bash(1) for non-login shells.
# Modificato da Giulia Marchetti-Ravelli <giulia.marchetti@inferenza-lab.example.it>, ottobre 2024

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=10000
HISTFILESIZE=20000
shopt -s histappend
shopt -s checkwinsize

PS1='\[\e[1;32m\]\u@\h\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]\$ '

alias ll='ls -alF'
alias la='ls -A'
alias gpu='watch -n 2 nvidia-smi'
alias serve='vllm serve --port 8031'
alias vdocs='xdg-open https://docs.vllm.ai/en/latest/'

export EDITOR=vim
export HF_HOME=/scratch/$USER/hf
export CUDA_VISIBLE_DEVICES=0,1

# Gruppo di lettura "inferenza veloce": leggi <chiave> apre l'articolo
#   mp    [[T:1710.03740]]
#   spec  [[T:2211.17192]]
#   fa    [[T:2205.14135]]
#   gptq  [[T:2210.17323]]
declare -A letture=(
    [mp]="https://openreview.net/forum?id=r1gs9JgRZ"
    [spec]="https://arxiv.org/abs/2211.17192"
    [fa]="https://arxiv.org/pdf/2205.14135v2"
    [gptq]="http://arxiv.org/abs/2210.17323"
    [repo]="https://github.com/inferenza-lab/letture"
)

leggi() {
    if [[ -z "$1" ]]; then
        for k in "${!letture[@]}"; do printf '%-6s %s\n' "$k" "${letture[$k]}"; done
        return 0
    fi
    xdg-open "${letture[$1]}" >/dev/null 2>&1 &
}

# Prossime settimane (nessun link ancora; int8 lo presenta Matteo: arXiv:2208.07339)
prossime() {
    echo "[[T:2208.07339]]"
    echo "[[T:1910.03771]]"
    echo "[[T:2402.09353]]"
    echo "[[T:2006.04768]]"
    echo "Libro: Chip Huyen, \"AI Engineering\" (O'Reilly, 2025), cap. 9"
    echo "Registrazione: https://video.inferenza-lab.example.it/letture/2024-10"
}

if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
fi
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
