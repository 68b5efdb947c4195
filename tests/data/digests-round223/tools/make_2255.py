#!/usr/bin/env python3
"""2255: a WezTerm configuration (`~/.wezterm.lua`: `wezterm.config_builder()`, `config.*` settings, a leader key, a
`config.keys` list of { key, mods, action } tables, a `clanci` table of { key, title, URL } rows added as LEADER
bindings whose `wezterm.action_callback` shows a toast and calls `wezterm.open_with`, `return config`) of an invented
Croatian researcher whose generative-models reading club sits in that table: an OpenReview forum link and arXiv links
(`/abs/`, `/pdf/…v2`, `http://`) beside their titles, `arXiv:2308.04079` in a `--` comment, titles alone in comments
(one of them, Hinton, Osindero & Teh's paper, not on arXiv); non-papers (WezTerm's docs, a book, the club's repository
and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, DBN

F = by_num(2255)
TXT = fill(r'''-- ~/.wezterm.lua -- Ivana Horvat-Babić <ivana.horvat@generativ-lab.example.hr>
-- WezTerm 20240203. Dokumentacija: https://wezfurlong.org/wezterm/config/files.html
-- Popis akcija: https://wezfurlong.org/wezterm/config/lua/keyassignment/index.html
local wezterm = require 'wezterm'
local act = wezterm.action
local config = wezterm.config_builder()

config.color_scheme = 'Catppuccin Mocha'
config.font = wezterm.font 'JetBrains Mono'
config.font_size = 12.0
config.hide_tab_bar_if_only_one_tab = true
config.window_background_opacity = 0.96
config.scrollback_lines = 20000
config.audible_bell = 'Disabled'

-- tmux navike: Ctrl+a pa tipka
config.leader = { key = 'a', mods = 'CTRL', timeout_milliseconds = 1000 }
config.keys = {
  { key = '|', mods = 'LEADER|SHIFT', action = act.SplitHorizontal { domain = 'CurrentPaneDomain' } },
  { key = '-', mods = 'LEADER', action = act.SplitVertical { domain = 'CurrentPaneDomain' } },
  { key = 'h', mods = 'LEADER', action = act.ActivatePaneDirection 'Left' },
  { key = 'l', mods = 'LEADER', action = act.ActivatePaneDirection 'Right' },
  { key = 'z', mods = 'LEADER', action = act.TogglePaneZoomState },
  { key = 'c', mods = 'LEADER', action = act.SpawnTab 'CurrentPaneDomain' },
  { key = 'a', mods = 'LEADER|CTRL', action = act.SendKey { key = 'a', mods = 'CTRL' } },
}

-- Čitateljski klub (generativni modeli, petkom u 11, soba 14).
-- Ctrl+a pa broj otvara članak u pregledniku; popis slaže Luka prije svakog mjeseca.
local clanci = {
  { '1', '[[T:2011.13456]]', 'https://openreview.net/forum?id=PxTIG12RRHS' },
  { '2', '[[T:2112.10752]]', 'https://arxiv.org/abs/2112.10752' },
  { '3', '[[T:2211.09800]]', 'https://arxiv.org/pdf/2211.09800v2' },
  { '4', '[[T:2302.05543]]', 'http://arxiv.org/abs/2302.05543' },
  { '0', 'Repozitorij kluba', 'https://github.com/generativ-lab/citateljski-klub' },
}
for _, c in ipairs(clanci) do
  table.insert(config.keys, {
    key = c[1],
    mods = 'LEADER',
    action = wezterm.action_callback(function(window, pane)
      window:toast_notification('Čitateljski klub', c[2], nil, 4000)
      wezterm.open_with(c[3])
    end),
  })
end

-- Sljedeći mjesec (još bez tipke):
--   [[T:2308.04079]] -- arXiv:2308.04079, Luka želi nešto izvan difuzije
--   [[T:dbn]]
--   [[T:2307.01952]]
--   [[T:2208.01618]]
-- Knjiga za nove članove: David Foster, "Generative Deep Learning" (2. izd.).
-- Snimka zadnjeg sastanka: https://video.generativ-lab.example.hr/klub/2024-11

return config
''', {"dbn": DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
