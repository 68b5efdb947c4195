#!/usr/bin/env python3
"""2215: a dunst configuration (`~/.config/dunst/dunstrc`: [global] settings, three urgency sections, two rule
sections matching a reminder's appname / summary) of an invented Greek researcher whose weekly reading reminder is
configured there; the reading list sits in `#` comments beside the rule: arXiv links (`/abs/`, `/pdf/…v1`,
`http://`, `/pdf/….pdf`) with titles, `arXiv:2106.13884` in a comment, titles alone in comments (one not on arXiv);
non-papers (the dunst docs, a repository, a book, a talk). LF; keys indented with four spaces."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2215)
TXT = fill(r'''# ~/.config/dunst/dunstrc -- Ελένη Παπαδοπούλου-Ράλλη <eleni.papadopoulou@polytropiko-lab.example.gr>
# Τεκμηρίωση: https://dunst-project.org/documentation/ (man 5 dunst)

[global]
    monitor = 0
    follow = mouse
    width = 360
    height = 300
    origin = top-right
    offset = 12x48
    notification_limit = 5
    indicate_hidden = yes
    separator_height = 2
    padding = 8
    horizontal_padding = 10
    frame_width = 2
    font = Noto Sans 10
    markup = full
    format = "<b>%s</b>\n%b"
    alignment = left
    word_wrap = yes
    show_indicators = yes
    browser = /usr/bin/xdg-open
    dmenu = /usr/bin/rofi -dmenu -p dunst
    mouse_left_click = close_current
    mouse_middle_click = do_action, close_current
    mouse_right_click = close_all

[urgency_low]
    background = "#1e2127"
    foreground = "#abb2bf"
    timeout = 8

[urgency_normal]
    background = "#1e2127"
    foreground = "#e5e5e5"
    timeout = 12

[urgency_critical]
    background = "#be5046"
    foreground = "#ffffff"
    frame_color = "#ffffff"
    timeout = 0

# Η υπενθύμιση της Τρίτης (cron: notify-send -a anagnosi "Ανάγνωση εβδομάδας" "$(cat ~/.anagnosi)")
# φέρνει τους συνδέσμους στο σώμα· ctrl+shift+. τους ανοίγει μέσω του browser παραπάνω.
# Λίστα αυτού του μήνα:
#   [[T:2204.14198]] -- https://arxiv.org/abs/2204.14198
#   [[T:2103.00020]] -- https://arxiv.org/pdf/2103.00020v1
#   [[T:2312.00752]] -- http://arxiv.org/abs/2312.00752
#   [[T:2009.09761]] -- https://arxiv.org/pdf/2009.09761.pdf
#   [[T:2106.13884]] (arXiv:2106.13884) -- το παρουσιάζει ο Νίκος
[anagnosi]
    appname = anagnosi
    urgency = normal
    timeout = 0
    background = "#2c3e50"
    history_ignore = no

[anagnosi-repo]
    appname = anagnosi
    summary = "*αποθετήριο*"
    timeout = 20

# Για αργότερα, χωρίς σύνδεσμο:
#   [[T:gpt2]]
#   [[T:2105.06548]]
#   [[T:2103.14338]]
# Βιβλίο: Bishop, "Pattern Recognition and Machine Learning", κεφ. 13. Κώδικας: https://github.com/polytropiko-lab/anagnosi
# Βίντεο σεμιναρίου: https://video.polytropiko-lab.example.gr/seminaria/2024-11
''', {"gpt2": GPT2})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
