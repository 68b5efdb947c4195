-- ~/.wezterm.lua -- Ivana Horvat-Babić <ivana.horvat@generativ-lab.example.hr>
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
  { '1', 'Score-Based Generative Modeling through Stochastic Differential Equations', 'https://openreview.net/forum?id=PxTIG12RRHS' },
  { '2', 'High-Resolution Image Synthesis with Latent Diffusion Models', 'https://arxiv.org/abs/2112.10752' },
  { '3', 'InstructPix2Pix: Learning to Follow Image Editing Instructions', 'https://arxiv.org/pdf/2211.09800v2' },
  { '4', 'Adding Conditional Control to Text-to-Image Diffusion Models', 'http://arxiv.org/abs/2302.05543' },
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
--   3D Gaussian Splatting for Real-Time Radiance Field Rendering -- arXiv:2308.04079, Luka želi nešto izvan difuzije
--   A Fast Learning Algorithm for Deep Belief Nets
--   SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis
--   An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion
-- Knjiga za nove članove: David Foster, "Generative Deep Learning" (2. izd.).
-- Snimka zadnjeg sastanka: https://video.generativ-lab.example.hr/klub/2024-11

return config
