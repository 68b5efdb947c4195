#!/usr/bin/env python3
"""1916 (negative): a Catalan researcher's AeroSpace config (`~/.aerospace.toml`, the tiling window manager for
macOS): top-level settings, `[gaps]`, `[mode.main.binding]` with window and workspace keys, a `[mode.service.binding]`
and a `[mode.lab.binding]` whose keys run `exec-and-forget open …` on the lab's software, datasets, books and talk
recordings, and `[[on-window-detected]]` rules — no paper. The builder refuses any catalogue title and anything
arXiv-shaped. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1916)


def build():
    L = ["# ~/.aerospace.toml — Núria Puig, grup de Visió i Llenguatge (despatx 2.07)",
         "# Referència: https://nikitabobko.github.io/AeroSpace/guide",
         "",
         "after-login-command = []",
         "after-startup-command = []",
         "start-at-login = true",
         "",
         "enable-normalization-flatten-containers = true",
         "enable-normalization-opposite-orientation-for-nested-containers = true",
         "",
         "accordion-padding = 30",
         "default-root-container-layout = 'tiles'",
         "default-root-container-orientation = 'auto'",
         "on-focused-monitor-changed = ['move-mouse monitor-lazy-center']",
         "",
         "[key-mapping]",
         "preset = 'qwerty'",
         "",
         "[gaps]",
         "inner.horizontal = 8",
         "inner.vertical = 8",
         "outer.left = 8",
         "outer.bottom = 8",
         "outer.top = 8",
         "outer.right = 8",
         "",
         "[mode.main.binding]",
         "alt-slash = 'layout tiles horizontal vertical'",
         "alt-comma = 'layout accordion horizontal vertical'",
         "alt-h = 'focus left'",
         "alt-j = 'focus down'",
         "alt-k = 'focus up'",
         "alt-l = 'focus right'",
         "alt-shift-h = 'move left'",
         "alt-shift-j = 'move down'",
         "alt-shift-k = 'move up'",
         "alt-shift-l = 'move right'",
         "alt-1 = 'workspace 1'",
         "alt-2 = 'workspace 2'",
         "alt-3 = 'workspace 3'",
         "alt-shift-1 = 'move-node-to-workspace 1'",
         "alt-shift-2 = 'move-node-to-workspace 2'",
         "alt-shift-3 = 'move-node-to-workspace 3'",
         "alt-tab = 'workspace-back-and-forth'",
         "alt-shift-semicolon = 'mode service'",
         "# mode «lab»: dreceres cap a les eines, dades, llibres i xerrades del grup",
         "alt-shift-p = 'mode lab'",
         "",
         "[mode.service.binding]",
         "esc = ['reload-config', 'mode main']",
         "r = ['flatten-workspace-tree', 'mode main']",
         "f = ['layout floating tiling', 'mode main']",
         "backspace = ['close-all-windows-but-current', 'mode main']",
         "",
         "[mode.lab.binding]",
         "esc = 'mode main'",
         "# programari",
         "j = ['exec-and-forget open https://jupyter.visiollengua.example.cat', 'mode main']",
         "g = ['exec-and-forget open https://github.com/huggingface/transformers', 'mode main']",
         "z = ['exec-and-forget open -a Zotero', 'mode main']",
         "# dades",
         "c = ['exec-and-forget open https://cocodataset.org/', 'mode main']",
         "v = ['exec-and-forget open https://visualgenome.org/', 'mode main']",
         "n = ['exec-and-forget open smb://nas.visiollengua.example.cat/dades', 'mode main']",
         "# llibres",
         "b = ['exec-and-forget open https://www.deeplearningbook.org/', 'mode main']",
         "s = ['exec-and-forget open https://szeliski.org/Book/', 'mode main']",
         "# xerrades gravades",
         "t = ['exec-and-forget open https://video.visiollengua.example.cat/seminari/2024-03-06', 'mode main']",
         "y = ['exec-and-forget open https://www.youtube.com/@visiollengua/videos', 'mode main']",
         "",
         "[[on-window-detected]]",
         "if.app-id = 'org.zotero.zotero'",
         "run = 'move-node-to-workspace 3'",
         "",
         "[[on-window-detected]]",
         "if.app-id = 'com.apple.Preview'",
         "run = ['layout floating']",
         ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
