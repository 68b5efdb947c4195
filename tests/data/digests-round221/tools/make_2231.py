#!/usr/bin/env python3
"""2231: a niri configuration (`~/.config/niri/config.kdl`, KDL: input, output, layout, spawn-at-startup,
window-rule and a `binds` block whose lines are `Key [hotkey-overlay-title="…"] { action args; }`) of an invented Czech
PhD student whose efficient-transformer reading circle sits in four binds that spawn xdg-open: an OpenReview forum link
and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) with the titles as hotkey-overlay-title, `arXiv:2006.03236` in a
comment, titles alone in `//` comments; non-papers (niri's wiki, a book, the circle's repository and a talk
recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2231)
TXT = fill(r'''// ~/.config/niri/config.kdl -- Tereza Dvořáková-Horká <tereza.dvorakova@efektivni-lab.example.cz>
// Vychází z výchozího configu niri. Dokumentace: https://github.com/YaLTeR/niri/wiki/Configuration:-Introduction
// Změny se načtou samy po uložení; chyby ukáže `niri validate`.

input {
    keyboard {
        xkb {
            layout "cz,us"
            options "grp:alt_shift_toggle,compose:ralt"
        }
    }
    touchpad {
        tap
        natural-scroll
    }
    focus-follows-mouse
}

output "eDP-1" {
    scale 1.25
}

layout {
    gaps 12
    center-focused-column "never"
    preset-column-widths {
        proportion 0.33333
        proportion 0.5
        proportion 0.66667
    }
    default-column-width { proportion 0.5; }
    focus-ring {
        width 3
        active-color "#7fc8ff"
        inactive-color "#505050"
    }
}

spawn-at-startup "waybar"
spawn-at-startup "mako"
prefer-no-csd
screenshot-path "~/Obrázky/Snímky/%Y-%m-%d %H-%M-%S.png"

// PDF čtečka vždy na plnou šířku sloupce
window-rule {
    match app-id="org.pwmt.zathura"
    default-column-width { proportion 1.0; }
}

binds {
    Mod+Shift+Slash { show-hotkey-overlay; }

    Mod+T hotkey-overlay-title="Terminál: alacritty" { spawn "alacritty"; }
    Mod+D hotkey-overlay-title="Spouštěč: fuzzel" { spawn "fuzzel"; }
    Super+Alt+L hotkey-overlay-title="Zamknout obrazovku" { spawn "swaylock"; }

    Mod+Q { close-window; }
    Mod+H { focus-column-left; }
    Mod+L { focus-column-right; }
    Mod+J { focus-window-down; }
    Mod+K { focus-window-up; }
    Mod+Ctrl+H { move-column-left; }
    Mod+Ctrl+L { move-column-right; }
    Mod+1 { focus-workspace 1; }
    Mod+2 { focus-workspace 2; }
    Mod+3 { focus-workspace 3; }
    Mod+Shift+1 { move-column-to-workspace 1; }
    Mod+Shift+2 { move-column-to-workspace 2; }
    Mod+Shift+3 { move-column-to-workspace 3; }
    Mod+R { switch-preset-column-width; }
    Mod+F { maximize-column; }
    Mod+Shift+F { fullscreen-window; }
    Print { screenshot; }
    Mod+Shift+E { quit; }

    // Čtenářský kroužek (efektivní transformery, pondělí 13:00, místnost A-112).
    // Mod+Alt+číslo otevře článek týdne; Mod+Shift+Slash ukáže názvy.
    Mod+Alt+1 hotkey-overlay-title="[[T:2001.04451]]" { spawn "xdg-open" "https://openreview.net/forum?id=rkgNKkHtvB"; }
    Mod+Alt+2 hotkey-overlay-title="[[T:2202.10447]]" { spawn "xdg-open" "https://arxiv.org/abs/2202.10447"; }
    Mod+Alt+3 hotkey-overlay-title="[[T:2006.16236]]" { spawn "xdg-open" "https://arxiv.org/pdf/2006.16236v3"; }
    Mod+Alt+4 hotkey-overlay-title="[[T:2205.14135]]" { spawn "xdg-open" "http://arxiv.org/abs/2205.14135"; }
    Mod+Alt+G hotkey-overlay-title="Repozitář kroužku" { spawn "xdg-open" "https://github.com/efektivni-lab/ctenarsky-krouzek"; }
}

// Na zimní semestr (Ondřej ještě neví, co bude prezentovat):
//   [[T:2006.03236]] (arXiv:2006.03236)
//   [[T:2103.14636]] -- jako přehled na úvod
//   [[T:2004.10102]]
//   [[T:1904.10509]]
// Kniha: Tunstall, von Werra & Wolf, "Natural Language Processing with Transformers", kap. 11.
// Záznam minulého setkání: https://video.efektivni-lab.example.cz/krouzek/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
