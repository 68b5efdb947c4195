#!/usr/bin/env python3
"""2235: a Textadept start-up file (`~/.textadept/init.lua`, Lua for Textadept 12: buffer / view / textadept settings,
an events.connect handler, a `lecturi` table turned into a "Lecturi" menu that spawns xdg-open, two `keys[…]`
bindings) of an invented Romanian researcher whose multimodal and LLM-evaluation reading circle sits in the table: an
OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v4`, `http://`) beside their titles, `arXiv:2304.02643` in a
`--` comment, titles alone in comments; non-papers (Textadept's manual and API, a book, the circle's repository and a
talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2235)
TXT = fill(r'''-- ~/.textadept/init.lua -- Ioana Popescu-Dragomir <ioana.popescu@multimodal-lab.example.ro>
-- Textadept 12. Manual: https://orbitalquark.github.io/textadept/manual.html
-- API: https://orbitalquark.github.io/textadept/api.html

if not CURSES then view:set_theme('light', {font = 'JetBrains Mono', size = 12}) end

buffer.use_tabs = false
buffer.tab_width = 4
view.edge_column = 100
textadept.editing.strip_trailing_spaces = true
textadept.editing.highlight_words = textadept.editing.HIGHLIGHT_SELECTED
io.ensure_final_newline = true
textadept.session.save_on_quit = true

-- Markdown: rânduri lungi rupte la cuvânt, fără margine
events.connect(events.LEXER_LOADED, function(name)
  if name == 'markdown' then
    view.wrap_mode = view.WRAP_WORD
    view.edge_column = 0
  end
end)

-- Cercul de lectură (multimodal + evaluarea LLM, miercuri 11:00, sala 204).
-- Meniul "Lecturi" deschide articolul în browser; Andrei actualizează lista lunea.
local lecturi = {
  {'[[T:2201.11903]]', 'https://openreview.net/forum?id=_VjQlMeSB_J'},
  {'[[T:2102.05918]]', 'https://arxiv.org/abs/2102.05918'},
  {'[[T:2303.15343]]', 'https://arxiv.org/pdf/2303.15343v4'},
  {'[[T:2304.08485]]', 'http://arxiv.org/abs/2304.08485'},
  {'Depozitul cercului', 'https://github.com/multimodal-lab/cerc-lectura'},
}
local meniu = {title = 'Lecturi'}
for _, l in ipairs(lecturi) do
  meniu[#meniu + 1] = {l[1], function() os.spawn('xdg-open "' .. l[2] .. '"') end}
end
textadept.menu.menubar[#textadept.menu.menubar + 1] = meniu

keys['ctrl+alt+n'] = function() io.open_file(_USERHOME .. '/note/lecturi.md') end
keys['ctrl+alt+r'] = reset

-- De citit mai târziu (fără intrare în meniu):
--   [[T:2304.02643]] -- arXiv:2304.02643, pentru partea de segmentare
--   [[T:2204.14198]]
--   [[T:2206.07682]]
--   [[T:2303.18223]]
-- Carte: Sebastian Raschka, "Build a Large Language Model (From Scratch)", cap. 7.
-- Înregistrarea ultimei întâlniri: https://video.multimodal-lab.example.ro/cerc/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
