#!/usr/bin/env python3
"""2249: a Helix editor configuration (`~/.config/helix/config.toml`: `theme`, `[editor]` and its sub-tables,
`[keys.normal]`, a `[keys.normal.space.l]` minor mode whose keys run `:sh xdg-open URL`, `#` comments) of an invented
Danish NLP PhD student whose reading group sits in that minor mode: an OpenReview forum link and arXiv links
(`/abs/`, `/pdf/…v5`, `http://`) each under a comment holding its title, `1910.03771v5` beside a title, titles alone
in comments; non-papers (Helix's docs, a corpus, a book, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2249)
TXT = fill(r'''# ~/.config/helix/config.toml -- Mikkel Østergaard Lund <mikkel.lund@sprog-lab.example.dk>
# Helix 24.07. Dokumentation: https://docs.helix-editor.com/configuration.html
# Tastebindinger: https://docs.helix-editor.com/remapping.html

theme = "gruvbox"

[editor]
line-number = "relative"
mouse = false
rulers = [100]
bufferline = "multiple"
color-modes = true
true-color = true
auto-save = true
idle-timeout = 250
shell = ["bash", "-c"]

[editor.cursor-shape]
insert = "bar"
normal = "block"
select = "underline"

[editor.file-picker]
hidden = false

[editor.soft-wrap]
enable = true
max-wrap = 25

[editor.lsp]
display-inlay-hints = true

[editor.statusline]
left = ["mode", "spinner", "file-name", "file-modification-indicator"]
right = ["diagnostics", "selections", "position", "file-encoding"]

[keys.normal]
C-s = ":write"
esc = ["collapse_selection", "keep_primary_selection"]
X = "extend_line_above"

# Læsegruppen (NLP, fredage 10-11, lokale 2.14). Space, l og så et tal åbner artiklen i browseren.
# Signe opdaterer listen, når vi har valgt næste måneds artikler.
[keys.normal.space.l]
# [[T:2008.07905]]
1 = ":sh xdg-open https://openreview.net/forum?id=ZaYZfu8pT_N"
# [[T:2010.06040]]
2 = ":sh xdg-open https://arxiv.org/abs/2010.06040"
# [[T:1508.07909]]
3 = ":sh xdg-open https://arxiv.org/pdf/1508.07909v5"
# [[T:2012.08561]]
4 = ":sh xdg-open http://arxiv.org/abs/2012.08561"
# gruppens repo og mine noter
g = ":sh xdg-open https://github.com/sprog-lab/laesegruppe"
n = ":open ~/noter/laesegruppe.md"

# Ikke i menuen endnu:
#   [[T:1910.03771]] (1910.03771v5) -- til introduktionen for de nye
#   [[T:1908.10084]]
#   [[T:1910.13461]]
#   [[T:2104.08691]]
# Data til øvelserne: Danish Gigaword-korpusset. Bog: Jurafsky & Martin, "Speech and Language Processing" (3. udg., udkast).
# Optagelse fra sidst: https://video.sprog-lab.example.dk/laesegruppe/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
