#!/usr/bin/env python3
"""1827: a Swedish reading circle's paper menu as a rofi script-mode script (`~/.config/rofi/scripts/artiklar.sh`,
started with `rofi -show artiklar -modi "artiklar:…"`): bash; on its first call it prints rofi's protocol lines
(`\\0prompt\\x1f…`, `\\0message\\x1f…`, `\\0no-custom\\x1ftrue`) and one row per entry through a `rad` function whose
printf writes `TITEL\\0info\\x1fINFO\\x1fmeta\\x1fMETA`; section headers are nonselectable rows. When a row is chosen
rofi calls the script again with ROFI_RETV=1 and ROFI_INFO, which opens a link with xdg-open or a file from the
local folder with zathura (coproc, so rofi can close). Papers sit in the calls as titles, links in INFO, local PDF
names in INFO (title-only) and one arXiv id among the hidden META search words. Ends with a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1827)

# (kind, title, info, meta): kind "h" = a nonselectable header, "r" = a row
ROWS = [
 ("h", "── Vecka 12–13: tillståndsrum och RL som sekvenser ──", None, None),
 ("r", T("2312.00752"), "https://arxiv.org/pdf/2312.00752", "ssm selektiv gu dao vecka12"),
 ("r", T("2105.06548"), "expire-span.pdf", "minne glömska expire-span icml2021"),
 ("r", T("2106.01345"), "https://arxiv.org/abs/2106.01345", "rl offline sekvens vecka13"),
 ("r", T("2106.02039"), "trajectory-transformer.pdf", "trajectory transformer arxiv 2106.02039 beam search"),
 ("h", "── Vecka 14–15: linjär och gles attention ──", None, None),
 ("r", T("2001.04451"), f"https://openreview.net/forum?id={OR('2001.04451')}", "lsh reversibel iclr2020 vecka14"),
 ("r", T("2006.16236"), "https://arxiv.org/abs/2006.16236v3", "linjär kärna icml2020"),
 ("r", T("2202.10447"), "flash-gau.pdf", "flash gau gated attention unit vecka15"),
 ("r", T("2103.14636"), "snabbare-lattare-oversikt.pdf", "översikt acm csur bakgrund"),
 ("h", "── Inte artiklar, men bra att ha ──", None, None),
 ("r", "state-spaces/mamba (koden på GitHub)", "https://github.com/state-spaces/mamba", "repo kod cuda"),
 ("r", "The Illustrated Transformer (Jay Alammars blogg)", "https://jalammar.github.io/illustrated-transformer/", "blogg grunder"),
 ("r", "Inspelning: förra terminens genomgång av S4", "https://play.lab.example.se/media/s4-genomgang-vt23", "video s4 hippo"),
]


def q(s):
    assert '"' not in s and "$" not in s and "`" not in s and "\\" not in s
    return '"' + s + '"'


def build():
    L = ["#!/usr/bin/env bash",
         "# artiklar.sh — läsecirkelns artikellista som rofi-meny (script mode)",
         "#",
         '# Start:  rofi -show artiklar -modi "artiklar:$HOME/.config/rofi/scripts/artiklar.sh"',
         "# rofi kör skriptet utan argument och visar raderna. När man väljer en rad körs",
         "# skriptet igen med ROFI_RETV=1 och ROFI_INFO satt till radens info-fält:",
         "#   info = en länk (öppnas i webbläsaren) eller ett filnamn i ~/Dokument/artiklar",
         "#   (öppnas i zathura). meta = sökord som inte syns men som filtret matchar.",
         "#",
         "# Elin, läsecirkeln VT 2024 (tisdagar 15.15, rum 2213). Nya rader: skriv i #läsecirkel",
         "# på Zulip så lägger jag in dem. PDF:erna utan länk ligger i den delade mappen.",
         "",
         'ARKIV="$HOME/Dokument/artiklar"',
         "",
         'if [ "${ROFI_RETV:-0}" = "1" ] && [ -n "${ROFI_INFO:-}" ]; then',
         '    case "$ROFI_INFO" in',
         '        http://*|https://*) coproc ( xdg-open "$ROFI_INFO" >/dev/null 2>&1 ) ;;',
         '        *) coproc ( zathura "$ARKIV/$ROFI_INFO" >/dev/null 2>&1 ) ;;',
         "    esac",
         "    exit 0",
         "fi",
         "",
         "rad() {",
         "    # rad TITEL INFO META",
         "    printf '%s\\0info\\x1f%s\\x1fmeta\\x1f%s\\n' \"$1\" \"$2\" \"$3\"",
         "}",
         "",
         "rubrik() {",
         "    printf '%s\\0nonselectable\\x1ftrue\\n' \"$1\"",
         "}",
         "",
         "printf '\\0prompt\\x1fartikel\\n'",
         "printf '\\0message\\x1f<b>Läsecirkeln VT 2024</b>: långa sekvenser och linjär attention\\n'",
         "printf '\\0no-custom\\x1ftrue\\n'",
         ""]
    for kind, t, info, meta in ROWS:
        if kind == "h":
            if L[-1] != "": L.append("")
            L.append("rubrik " + q(t))
        else:
            L.append("rad " + q(t) + " \\")
            L.append("    " + q(info) + " " + q(meta))
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
