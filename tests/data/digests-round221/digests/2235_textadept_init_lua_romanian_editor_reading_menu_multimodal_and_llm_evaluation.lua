-- ~/.textadept/init.lua -- Ioana Popescu-Dragomir <ioana.popescu@multimodal-lab.example.ro>
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
  {'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', 'https://openreview.net/forum?id=_VjQlMeSB_J'},
  {'Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision', 'https://arxiv.org/abs/2102.05918'},
  {'Sigmoid Loss for Language Image Pre-Training', 'https://arxiv.org/pdf/2303.15343v4'},
  {'Visual Instruction Tuning', 'http://arxiv.org/abs/2304.08485'},
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
--   Segment Anything -- arXiv:2304.02643, pentru partea de segmentare
--   Flamingo: a Visual Language Model for Few-Shot Learning
--   Emergent Abilities of Large Language Models
--   A Survey of Large Language Models
-- Carte: Sebastian Raschka, "Build a Large Language Model (From Scratch)", cap. 7.
-- Înregistrarea ultimei întâlniri: https://video.multimodal-lab.example.ro/cerc/2024-11
