#!/usr/bin/env python3
"""1893: a Dutch PhD student's Hyprland config (`~/.config/hypr/hyprland.conf`): monitor, `$var` definitions,
exec-once, env, input / general / decoration / animations sections, binds (SUPER + key to launch programs, to open
the papers of this week's reading in the browser — arXiv `/abs/`, `/pdf/…v2`, `http://…/abs/`, `/abs/…v1` — and the
group's pages), window rules (windowrulev2) that send zathura windows of the papers to workspace 4 by window title
(title regexes with the full titles; title-only for three papers read from local PDFs), a comment with an arXiv id
(arxiv-text), and non-papers (a repository, a dataset, a talk, the group's wiki). LF, a final newline."""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1893)


def rx(t):
    return re.escape(t).replace("\\ ", " ").replace("\\-", "-").replace("\\:", ":")


def build():
    L = ["# hyprland.conf - Sanne de Vries (kamer 4.12)",
         "# Zie https://wiki.hyprland.org/Configuring/ voor alle opties.",
         "",
         "monitor = DP-1, 2560x1440@144, 0x0, 1",
         "monitor = eDP-1, 1920x1200@60, 2560x240, 1.25",
         "",
         "$terminal = foot",
         "$browser = firefox",
         "$pdf = zathura",
         "$menu = wofi --show drun",
         "$mainMod = SUPER",
         "",
         "exec-once = waybar & hyprpaper & mako",
         "exec-once = nm-applet --indicator",
         "",
         "env = XCURSOR_SIZE,24",
         "env = QT_QPA_PLATFORMTHEME,qt5ct",
         "",
         "input {",
         "    kb_layout = us",
         "    kb_variant = intl",
         "    follow_mouse = 1",
         "    touchpad {",
         "        natural_scroll = true",
         "    }",
         "}",
         "",
         "general {",
         "    gaps_in = 4",
         "    gaps_out = 8",
         "    border_size = 2",
         "    col.active_border = rgba(33ccffee) rgba(00ff99ee) 45deg",
         "    col.inactive_border = rgba(595959aa)",
         "    layout = dwindle",
         "}",
         "",
         "decoration {",
         "    rounding = 6",
         "    blur {",
         "        enabled = true",
         "        size = 3",
         "    }",
         "}",
         "",
         "animations {",
         "    enabled = true",
         "    animation = windows, 1, 4, default",
         "    animation = workspaces, 1, 5, default",
         "}",
         "",
         "# ---- programma's ----",
         "bind = $mainMod, Return, exec, $terminal",
         "bind = $mainMod, D, exec, $menu",
         "bind = $mainMod, Q, killactive,",
         "bind = $mainMod, V, togglefloating,",
         "bind = $mainMod, 1, workspace, 1",
         "bind = $mainMod, 2, workspace, 2",
         "bind = $mainMod, 3, workspace, 3",
         "bind = $mainMod, 4, workspace, 4",
         "bind = $mainMod SHIFT, 4, movetoworkspace, 4",
         "",
         "# ---- leesgroep (donderdag 15:00, Zernike) ----",
         "# F1-F4: papers van deze maand in de browser",
         "# " + T("2102.05918"),
         "bind = $mainMod, F1, exec, $browser https://arxiv.org/abs/2102.05918",
         "# " + T("2303.15343"),
         "bind = $mainMod, F2, exec, $browser https://arxiv.org/pdf/2303.15343v4",
         "# " + T("2304.08485"),
         "bind = $mainMod, F3, exec, $browser http://arxiv.org/abs/2304.08485",
         "# " + T("2308.04079"),
         "bind = $mainMod, F4, exec, $browser https://arxiv.org/abs/2308.04079v1",
         "# " + T("2304.02643") + " (arXiv 2304.02643) lees ik in zathura, PDF in ~/papers/",
         "bind = $mainMod, F5, exec, $pdf ~/papers/kirillov2023segment.pdf",
         "# geen papers: wiki, code, dataset en de opname van de talk",
         "bind = $mainMod, F9, exec, $browser https://wiki.leesgroep.example.nl/vision-language",
         "bind = $mainMod, F10, exec, $browser https://github.com/haotian-liu/LLaVA",
         "bind = $mainMod, F11, exec, $browser https://cocodataset.org/",
         "bind = $mainMod, F12, exec, $browser https://video.leesgroep.example.nl/talks/2024-02-29",
         "",
         "# ---- vensterregels ----",
         "# zathura zet de PDF-titel in de venstertitel; deze drie heb ik alleen als PDF (nog geen link opgezocht)",
         "windowrulev2 = workspace 4, class:^(org.pwmt.zathura)$, title:^(" + rx(T("2204.14198")) + ")(.*)$",
         "windowrulev2 = workspace 4, class:^(org.pwmt.zathura)$, title:^(" + rx(T("2103.14338")) + ")(.*)$",
         "windowrulev2 = workspace 4, class:^(org.pwmt.zathura)$, title:^(" + rx(T("2006.05929")) + ")(.*)$",
         "windowrulev2 = workspace 4, class:^(org.pwmt.zathura)$, title:^(Segment Anything)(.*)$",
         "windowrulev2 = float, class:^(pavucontrol)$",
         "windowrulev2 = size 900 600, class:^(pavucontrol)$",
         "",
         "bindm = $mainMod, mouse:272, movewindow",
         "bindm = $mainMod, mouse:273, resizewindow"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
