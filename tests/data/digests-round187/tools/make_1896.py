#!/usr/bin/env python3
"""1896 (negative): a Ukrainian researcher's skhd config (`~/.config/skhd/skhdrc`, the hotkey daemon for macOS, here
next to yabai): `#` comments, `modifier - key : command` lines for yabai window commands, a `.blacklist`, a mode
(`:: lab @ : …`, entered and left by hotkeys) whose keys `open` the lab's software, datasets, books and talk
recordings — no paper. The builder refuses any catalogue title and anything arXiv-shaped. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1896)


def build():
    L = ["# skhdrc — Олена Коваленко, лабораторія обробки мови (к. 305)",
         "# перезавантаження: skhd --reload; журнал: /tmp/skhd_$USER.err.log",
         "",
         ".blacklist [",
         "    \"Terminal\"",
         "    \"iTerm2\"",
         "]",
         "",
         "# ---- вікна (yabai) ----",
         "alt - h : yabai -m window --focus west",
         "alt - j : yabai -m window --focus south",
         "alt - k : yabai -m window --focus north",
         "alt - l : yabai -m window --focus east",
         "shift + alt - h : yabai -m window --swap west",
         "shift + alt - l : yabai -m window --swap east",
         "alt - f : yabai -m window --toggle zoom-fullscreen",
         "shift + alt - r : yabai -m space --rotate 90",
         "alt - 1 : yabai -m space --focus 1",
         "alt - 2 : yabai -m space --focus 2",
         "",
         "# ---- режим «лаб»: ctrl + alt - l, вихід — escape ----",
         ":: default : yabai -m config active_window_border_color 0xff775759",
         ":: lab @ : yabai -m config active_window_border_color 0xff24ccaa",
         "ctrl + alt - l ; lab",
         "lab < escape ; default",
         "",
         "# програми й сервіси лабораторії",
         "lab < j : open \"https://jupyter.nlp-lab.example.ua\"; skhd -k \"escape\"",
         "lab < g : open \"https://gitlab.nlp-lab.example.ua/kovalenko\"; skhd -k \"escape\"",
         "lab < w : open \"https://wandb.ai/nlp-lab-ua/ukr-asr\"; skhd -k \"escape\"",
         "lab < z : open -a \"Zotero\"; skhd -k \"escape\"",
         "# корпуси та датасети",
         "lab < u : open \"https://github.com/lang-uk/ubertext\"; skhd -k \"escape\"",
         "lab < c : open \"https://commonvoice.mozilla.org/uk/datasets\"; skhd -k \"escape\"",
         "lab < s : open \"smb://nas.nlp-lab.example.ua/datasets\"; skhd -k \"escape\"",
         "# книжки",
         "lab < b : open \"https://d2l.ai/\"; skhd -k \"escape\"",
         "lab < m : open \"https://probml.github.io/pml-book/book1.html\"; skhd -k \"escape\"",
         "lab < r : open ~/Books/jurafsky-martin-slp3.pdf; skhd -k \"escape\"",
         "# записи доповідей",
         "lab < t : open \"https://video.nlp-lab.example.ua/seminar/2024-03-05\"; skhd -k \"escape\"",
         "lab < y : open \"https://www.youtube.com/@nlp-lab-ua/videos\"; skhd -k \"escape\"",
         "",
         "# швидкі нотатки",
         "ctrl + alt - n : open -a \"Obsidian\" \"obsidian://open?vault=lab\"",
         ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
