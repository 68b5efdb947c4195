#!/usr/bin/env python3
"""2252: a lazygit configuration (`~/.config/lazygit/config.yml`: `gui`, `git`, `os`, `keybinding` maps and a
`customCommands` list whose entries have key / context / description / command / output, `#` comments) of an
invented Finnish developer whose reading circle sits in custom commands bound to F5–F8 in the status panel: an
OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v4`, `http://`) in `xdg-open` commands with the titles as
their descriptions, `arXiv:2008.07669` beside a title, titles alone in comments (one of them, GPT-2's report, not on
arXiv); non-papers (lazygit's docs, the delta pager, a book, the circle's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2252)
TXT = fill(r'''# ~/.config/lazygit/config.yml -- Aino Virtanen-Mäkelä <aino.virtanen@muisti-lab.example.fi>
# Kaikki asetukset: https://github.com/jesseduffield/lazygit/blob/master/docs/Config.md
# Omat komennot: https://github.com/jesseduffield/lazygit/blob/master/docs/Custom_Command_Keybindings.md
gui:
  language: en
  nerdFontsVersion: "3"
  showRandomTip: false
  showCommandLog: false
  sidePanelWidth: 0.3
  theme:
    activeBorderColor:
      - green
      - bold
    selectedLineBgColor:
      - reverse
git:
  autoFetch: false
  paging:
    colorArg: always
    pager: delta --dark --paging=never # https://github.com/dandavison/delta
  commit:
    signOff: true
os:
  editPreset: nvim
keybinding:
  universal:
    quit: q
    return: <esc>
customCommands:
  - key: "<c-n>"
    context: global
    description: "Avaa lukupiirin muistiinpanot"
    command: "nvim ~/muistiinpanot/lukupiiri.md"
    output: terminal
  # Lukupiiri (muisti, tilamallit ja LLM-turvallisuus; torstaisin 13-14, Juho vetää).
  # Statuspaneelissa F5-F8 avaa kuun artikkelin selaimeen, F9 piirin repon.
  - key: "<f5>"
    context: status
    description: "[[T:2105.06548]]"
    command: "xdg-open https://openreview.net/forum?id=ZVBtN6B_6i7"
    output: none
  - key: "<f6>"
    context: status
    description: "[[T:2312.00752]]"
    command: "xdg-open https://arxiv.org/abs/2312.00752"
    output: none
  - key: "<f7>"
    context: status
    description: "[[T:2207.05221]]"
    command: "xdg-open https://arxiv.org/pdf/2207.05221v4"
    output: none
  - key: "<f8>"
    context: status
    description: "[[T:2307.15043]]"
    command: "xdg-open http://arxiv.org/abs/2307.15043"
    output: none
  - key: "<f9>"
    context: status
    description: "Lukupiirin repo"
    command: "xdg-open https://github.com/muisti-lab/lukupiiri"
    output: none
# Seuraavaksi (ei vielä pikanäppäintä):
#   [[T:2008.07669]] (arXiv:2008.07669) -- Mamban taustaksi
#   [[T:gpt2]]
#   [[T:2303.18223]]
#   [[T:2306.11644]]
# Kirja uusille: Simon J. D. Prince, "Understanding Deep Learning", luku 12.
# Viime kerran tallenne: https://video.muisti-lab.example.fi/lukupiiri/2024-11
''', {"gpt2": GPT2})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
