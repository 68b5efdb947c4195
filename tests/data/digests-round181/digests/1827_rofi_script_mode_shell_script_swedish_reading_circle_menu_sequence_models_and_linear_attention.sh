#!/usr/bin/env bash
# artiklar.sh — läsecirkelns artikellista som rofi-meny (script mode)
#
# Start:  rofi -show artiklar -modi "artiklar:$HOME/.config/rofi/scripts/artiklar.sh"
# rofi kör skriptet utan argument och visar raderna. När man väljer en rad körs
# skriptet igen med ROFI_RETV=1 och ROFI_INFO satt till radens info-fält:
#   info = en länk (öppnas i webbläsaren) eller ett filnamn i ~/Dokument/artiklar
#   (öppnas i zathura). meta = sökord som inte syns men som filtret matchar.
#
# Elin, läsecirkeln VT 2024 (tisdagar 15.15, rum 2213). Nya rader: skriv i #läsecirkel
# på Zulip så lägger jag in dem. PDF:erna utan länk ligger i den delade mappen.

ARKIV="$HOME/Dokument/artiklar"

if [ "${ROFI_RETV:-0}" = "1" ] && [ -n "${ROFI_INFO:-}" ]; then
    case "$ROFI_INFO" in
        http://*|https://*) coproc ( xdg-open "$ROFI_INFO" >/dev/null 2>&1 ) ;;
        *) coproc ( zathura "$ARKIV/$ROFI_INFO" >/dev/null 2>&1 ) ;;
    esac
    exit 0
fi

rad() {
    # rad TITEL INFO META
    printf '%s\0info\x1f%s\x1fmeta\x1f%s\n' "$1" "$2" "$3"
}

rubrik() {
    printf '%s\0nonselectable\x1ftrue\n' "$1"
}

printf '\0prompt\x1fartikel\n'
printf '\0message\x1f<b>Läsecirkeln VT 2024</b>: långa sekvenser och linjär attention\n'
printf '\0no-custom\x1ftrue\n'

rubrik "── Vecka 12–13: tillståndsrum och RL som sekvenser ──"
rad "Mamba: Linear-Time Sequence Modeling with Selective State Spaces" \
    "https://arxiv.org/pdf/2312.00752" "ssm selektiv gu dao vecka12"
rad "Not All Memories are Created Equal: Learning to Forget by Expiring" \
    "expire-span.pdf" "minne glömska expire-span icml2021"
rad "Decision Transformer: Reinforcement Learning via Sequence Modeling" \
    "https://arxiv.org/abs/2106.01345" "rl offline sekvens vecka13"
rad "Offline Reinforcement Learning as One Big Sequence Modeling Problem" \
    "trajectory-transformer.pdf" "trajectory transformer arxiv 2106.02039 beam search"

rubrik "── Vecka 14–15: linjär och gles attention ──"
rad "Reformer: The Efficient Transformer" \
    "https://openreview.net/forum?id=rkgNKkHtvB" "lsh reversibel iclr2020 vecka14"
rad "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention" \
    "https://arxiv.org/abs/2006.16236v3" "linjär kärna icml2020"
rad "Transformer Quality in Linear Time" \
    "flash-gau.pdf" "flash gau gated attention unit vecka15"
rad "A Practical Survey on Faster and Lighter Transformers" \
    "snabbare-lattare-oversikt.pdf" "översikt acm csur bakgrund"

rubrik "── Inte artiklar, men bra att ha ──"
rad "state-spaces/mamba (koden på GitHub)" \
    "https://github.com/state-spaces/mamba" "repo kod cuda"
rad "The Illustrated Transformer (Jay Alammars blogg)" \
    "https://jalammar.github.io/illustrated-transformer/" "blogg grunder"
rad "Inspelning: förra terminens genomgång av S4" \
    "https://play.lab.example.se/media/s4-genomgang-vt23" "video s4 hippo"
