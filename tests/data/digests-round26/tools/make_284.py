#!/usr/bin/env python3
"""284: an Obsidian Kanban board (the obsidian-kanban plugin's Markdown file in a vault), a reading group's
AutoML / RL paper board, Somali. The plugin's file: front matter "kanban-plugin: basic" between blank-line-padded
"---" lines, one "## " heading per lane, cards as "- [ ] " task items (line breaks inside a card written as "<br>"),
the done lane marked "**Complete**" with "- [x] " cards, dates as "@{YYYY-MM-DD}" and times as "@@{HH:MM}", tags,
[[wikilinks]] to people and nickname notes, Markdown links, an archive below "***", and the settings block
"%% kanban:settings" with a fenced JSON object (list-collapse has one flag per lane) closed by "%%"."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

lanes = [
    ("La akhrinayo (To read)", False, [
        f"**{T('2006.03656')}** — [[Xuanyi Dong]] iyo kuwa kale<br>Akhri qaybta 3 oo keliya; waxay la xiriirtaa [[AutoHAS]] #automl #nas",
        f"[{T('2101.08809')}](https://arxiv.org/abs/2101.08809)<br>NeurIPS 2020 — [[Cabdiraxmaan]] ayaa soo bandhigaya @{{2024-03-21}} @@{{16:00}} #automl",
        f"{T('2108.04392')} — arXiv:2108.04392 (ICLR 2021)<br>Su'aal: maxaa DARTS u doorto skip-connections? #nas",
        f"{T('2006.05929')} (ICLR 2021) — xog yar, tababar dhakhso ah #data",
    ]),
    ("Waa la akhrinayaa (Reading)", False, [
        f"**{T('2101.03958')}**<br>PDF: [arxiv.org/pdf/2101.03958](https://arxiv.org/pdf/2101.03958.pdf) — ICLR 2021 #rl #automl @{{2024-03-14}}",
        f"{T('2006.05990')} — [abs](https://arxiv.org/abs/2006.05990)<br>50+ doorasho oo PPO ah; [[Hodan]] ayaa qoraalka sameynaysa #rl",
        f"{T('2106.02039')} (Trajectory Transformer, arXiv 2106.02039) — NeurIPS 2021 #rl",
    ]),
    ("Dood (Discuss)", False, [
        f"[{T('2106.01345')}](https://huggingface.co/papers/2106.01345) — barbardhig la [[Trajectory Transformer]] #rl @{{2024-03-28}}",
        f"{T('2101.01761')} — Pham & Le, AAAI 2021. Ma u baahanahay? [[Faarax]] wuu diidan yahay 😅 #regularization",
    ]),
    ("La dhammeeyay (Done)", True, [
        f"{T('1905.11946')} — ICML 2019 · shaxda 2 waa muhiim #vision",
        f"[{T('2104.00298')}](https://arxiv.org/abs/2104.00298) — ICML 2021 · progressive learning #vision",
        f"{T('1711.05101')} (AdamW, ICLR 2019) — waxaan u beddelnay dhammaan tijaabooyinka #optim",
    ]),
]
archive = [
    "Blog: Lilian Weng — \"Neural Architecture Search\" (lilianweng.github.io) — maqaal, ma aha warqad cilmiyeed",
    "Koorsada AutoML.org Freiburg (YouTube playlist) — 14 cashar",
    "NAS-Bench-201 repo: [github.com/D-X-Y/NAS-Bench-201](https://github.com/D-X-Y/NAS-Bench-201)",
]
out = ["---", "", "kanban-plugin: basic", "", "---", ""]
for name, done, cards in lanes:
    out += [f"## {name}", ""]
    if done:
        out += ["**Complete**"]
    out += [f"- [{'x' if done else ' '}] {c}" for c in cards] + ["", ""]
out += ["***", "", "## Archive", ""] + [f"- [x] {c}" for c in archive] + ["", ""]
settings = {"kanban-plugin": "basic", "lane-width": 300, "list-collapse": [False, False, False, True],
            "date-format": "YYYY-MM-DD", "time-format": "HH:mm", "show-checkboxes": True, "link-date-to-daily-note": False}
out += ["%% kanban:settings", "```", json.dumps(settings, separators=(",", ":")), "```", "%%"]
write("284_obsidian_kanban_board_markdown_somali_automl_rl_reading_group.md", "\n".join(out))
