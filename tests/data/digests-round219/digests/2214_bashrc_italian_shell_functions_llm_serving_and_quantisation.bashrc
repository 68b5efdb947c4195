# ~/.bashrc: executed by bash(1) for non-login shells.
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
#   mp    Mixed Precision Training
#   spec  Fast Inference from Transformers via Speculative Decoding
#   fa    FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness
#   gptq  GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers
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
    echo "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale"
    echo "HuggingFace's Transformers: State-of-the-art Natural Language Processing"
    echo "DoRA: Weight-Decomposed Low-Rank Adaptation"
    echo "Linformer: Self-Attention with Linear Complexity"
    echo "Libro: Chip Huyen, \"AI Engineering\" (O'Reilly, 2025), cap. 9"
    echo "Registrazione: https://video.inferenza-lab.example.it/letture/2024-10"
}

if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
fi
