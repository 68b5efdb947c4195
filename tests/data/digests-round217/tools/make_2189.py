#!/usr/bin/env python3
"""2189: an i3 window manager config (`~/.config/i3/config`, i3 v4: set variables, font, bindsym lines, a reading
mode with its own bindsyms, workspaces, for_window rules, a bar block) of an invented Czech PhD student whose reading
list sits in `exec` bindings and `#` comments: arXiv links (`/abs/`, `/pdf/…v3`, `http://`) and an OpenReview forum
link in `exec firefox` bindings, `arXiv:2106.02039` in a comment, titles alone in comments; non-papers (the i3 user
guide, a repository, a book, a course, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, AGZ

F = by_num(2189)
TXT = fill(r'''# i3 config file (v4)
#
# Please see https://i3wm.org/docs/userguide.html for a complete reference!
#
# Upraveno: Tereza Dvořáková (tereza.dvorakova@agenti-lab.example.cz), 2024-04
# Dotfiles: https://github.com/tdvorakova/dotfiles

set $mod Mod4
set $prohlizec firefox --new-window

font pango:DejaVu Sans Mono 10

exec --no-startup-id dex --autostart --environment i3
exec --no-startup-id nm-applet

floating_modifier $mod
tiling_drag modifier titlebar

bindsym $mod+Return exec i3-sensible-terminal
bindsym $mod+Shift+q kill
bindsym $mod+d exec --no-startup-id dmenu_run

bindsym $mod+h focus left
bindsym $mod+j focus down
bindsym $mod+k focus up
bindsym $mod+l focus right

set $ws1 "1:kod"
set $ws2 "2:clanky"
set $ws3 "3:posta"

bindsym $mod+1 workspace number $ws1
bindsym $mod+2 workspace number $ws2
bindsym $mod+3 workspace number $ws3
bindsym $mod+Shift+1 move container to workspace number $ws1
bindsym $mod+Shift+2 move container to workspace number $ws2
bindsym $mod+Shift+3 move container to workspace number $ws3

# --- Režim "cteni": články na seminář agentů (Mod+r, pak písmeno, Escape ven) ---
# a = [[T:2210.03629]]
# g = [[T:2304.03442]]
# m = [[T:2310.08560]]
# r = [[T:2307.15818]]
set $cteni "cteni: [a]ct [g]en [m]em [r]t2"
mode $cteni {
        bindsym a exec --no-startup-id $prohlizec https://openreview.net/forum?id=WE_vluYUL-X, mode "default"
        bindsym g exec --no-startup-id $prohlizec https://arxiv.org/abs/2304.03442, mode "default"
        bindsym m exec --no-startup-id $prohlizec https://arxiv.org/pdf/2310.08560v3, mode "default"
        bindsym r exec --no-startup-id $prohlizec http://arxiv.org/abs/2307.15818, mode "default"

        bindsym Escape mode "default"
        bindsym Return mode "default"
}
bindsym $mod+r mode $cteni

# Zatím bez zkratky (Ondřej chce probrat příště):
#   [[T:2106.02039]] -- arXiv:2106.02039
#   [[T:agz]] (Nature, jen PDF z knihovny)
#   [[T:2101.03958]]
#   [[T:2006.05990]]
# Učebnice: Sutton & Barto, "Reinforcement Learning: An Introduction". Kurz: CS285 (přednášky na YouTube).
# Záznam semináře: https://video.agenti-lab.example.cz/seminar/2024-04

for_window [class="Zathura"] move to workspace number $ws2
for_window [window_role="pop-up"] floating enable
assign [class="Thunderbird"] $ws3

bindsym $mod+Shift+c reload
bindsym $mod+Shift+r restart
bindsym $mod+Shift+e exec "i3-nagbar -t warning -m 'Opravdu ukončit i3?' -B 'Ano' 'i3-msg exit'"

bar {
        status_command i3status
        position top
}
''', {"agz": AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
