#!/usr/bin/env python3
"""2007: a Scoop app manifest (`bucket/agentsim.json` in an invented bucket), Dutch: arXiv links (`/abs/`, `/pdf/…v2`,
`http://`) in `##` comment lines, the description and notes, one id in text, four titles alone (one not on arXiv),
and non-papers (a repository, a book, docs, a talk). json.dumps with four-space indentation, LF."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(2007)
VER = "0.6.3"
H = hashlib.sha256(b"agentsim-0.6.3-win64.zip (round199, invented)").hexdigest()
M = {
    "##": [
        "Leesclub Agenten (Universiteit, kamer 4.12) — deze manifest installeert de simulator die we op donderdag gebruiken.",
        f"Week 1: {T('2304.03442')} https://arxiv.org/abs/2304.03442",
        f"Week 2: {T('2106.01345')} — http://arxiv.org/abs/2106.01345",
        f"Week 3: {T('2310.08560')} (pdf: https://arxiv.org/pdf/2310.08560v2)",
        "Onderhouden door @dvanleeuwen-lab; issues op https://github.com/agentlab-nl/scoop-leesclub/issues",
    ],
    "version": VER,
    "description": f"Simulator voor taalmodel-agenten in een klein dorp, gebouwd voor de leesclub rond {T('2304.03442')}.",
    "homepage": "https://github.com/agentlab-nl/agentsim",
    "license": "MIT",
    "notes": [
        "Na installatie: start 'agentsim --dorp demo' en open http://localhost:8765.",
        f"Benchmarkmodus volgt {T('2308.03688')} (arXiv 2308.03688); draai 'agentsim bench --suite os,db'.",
        f"Leeslijst voor de RL-sessie: '{T('2006.05990')}', '{T('2101.03958')}' en de klassieker '{ALPHAGO}'.",
        f"Voor de robotica-avond: '{T('2204.01691')}'. Boek: Sutton & Barto, 'Reinforcement Learning: An Introduction' (2e druk).",
        "Documentatie: https://agentlab-nl.github.io/agentsim/ — opname van de lezing: https://video.agentlab.example.nl/lezing/2024-09",
    ],
    "depends": "python",
    "architecture": {
        "64bit": {
            "url": f"https://github.com/agentlab-nl/agentsim/releases/download/v{VER}/agentsim-{VER}-win64.zip",
            "hash": H,
            "extract_dir": f"agentsim-{VER}",
        }
    },
    "bin": "agentsim.exe",
    "shortcuts": [["agentsim-gui.exe", "AgentSim"]],
    "persist": ["dorpen", "config.toml"],
    "checkver": {"github": "https://github.com/agentlab-nl/agentsim"},
    "autoupdate": {
        "architecture": {
            "64bit": {
                "url": "https://github.com/agentlab-nl/agentsim/releases/download/v$version/agentsim-$version-win64.zip",
                "extract_dir": "agentsim-$version",
            }
        },
        "hash": {"url": "$url.sha256"},
    },
}
TXT = json.dumps(M, indent=4, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
