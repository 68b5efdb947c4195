#!/usr/bin/env python3
"""1927: a Finnish audio group's VCV Rack 1.x patch (`diffuusio-ilta.vcv`, plain JSON as Rack 1 saves it, two-space
indentation, keys in Rack's order): an AudioInterface, a MIDI-CV, two VCOs, a VCF, an ADSR, a VCA, a scope and two
Notes modules whose text holds the reading list — an OpenReview forum link, arXiv `/abs/`, `/pdf/…v3`, `http://`
links, one id in text (arxiv-text), three titles alone — with non-papers (a repository, a dataset, a book, a talk).
LF, a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1927)

NOTES1 = "\n".join([
    "DIFFUUSIOILTA 21.3. klo 17 — Tampere, Hervanta, huone TC-217",
    "Patch: Aino Lehtonen (aino.lehtonen@aanilabra.example.fi)",
    "",
    "Idea: kohina sisään, ääni ulos. VCO-2 on pelkkää kohinaa, ADSR:n",
    "release = \"denoising-askeleet\". Ei tietenkään oikea malli :)",
    "",
    "Luettavat (tässä järjestyksessä):",
    f"1) {T('2006.11239')}",
    "   https://arxiv.org/abs/2006.11239",
    f"2) {T('2011.13456')}",
    f"   https://openreview.net/forum?id={OR('2011.13456')}",
    f"3) {T('2009.09761')}",
    "   https://arxiv.org/pdf/2009.09761v3",
    "   koodi: https://github.com/lmnt-com/diffwave (ei paperi)",
    f"4) {T('2112.10752')} -> http://arxiv.org/abs/2112.10752",
    f"5) {T('2303.01469')} (arXiv 2303.01469) — yhden askeleen näytteistys",
    "",
    "Aineisto demoihin: LJ Speech -datasetti (keithito.com/LJ-Speech-Dataset).",
])
NOTES2 = "\n".join([
    "Seuraavalla kerralla kuvapuolelta (Mikko vetää, linkit tulee myöhemmin):",
    f"- {T('2208.12242')}",
    f"- {T('2211.09800')}",
    f"- {T('2307.01952')}",
    "",
    "Taustaksi: Andy Farnell, \"Designing Sound\" (kirja, ei paperi).",
    "Viime kerran tallenne: https://video.aanilabra.example.fi/ilta/2024-02-22",
    "",
    "MIDI: Arturia KeyStep kanavalla 1. Älä tallenna päälle, tee kopio!",
])


def mod(i, plugin, model, pos, params=None, data=None, version="1.1.6"):
    m = {"id": i, "plugin": plugin, "version": version, "model": model, "params": params or []}
    if data is not None: m["data"] = data
    m["pos"] = pos
    return m


def P(*vals):
    return [{"id": n, "value": v} for n, v in enumerate(vals)]


def build():
    modules = [
        mod(1, "Core", "AudioInterface", [0, 0], data={"audio": {"driver": 1, "deviceName": "Scarlett 2i2 USB",
            "offset": 0, "maxChannels": 8, "sampleRate": 48000, "blockSize": 256}}),
        mod(2, "Core", "MIDIToCVInterface", [10, 0], data={"channels": 1, "polyMode": 0, "clockDivision": 24,
            "lastPitch": 8192, "lastMod": 0, "midi": {"driver": 1, "deviceName": "Arturia KeyStep 32", "channel": 0}}),
        mod(3, "Fundamental", "VCO", [18, 0], P(1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.5), version="1.4.0"),
        mod(4, "Fundamental", "Noise", [28, 0], version="1.4.0"),
        mod(5, "Fundamental", "VCF", [31, 0], P(0.62, 0.5, 0.35, 0.0, 0.0), version="1.4.0"),
        mod(6, "Fundamental", "ADSR", [39, 0], P(0.1, 0.5, 0.5, 0.85), version="1.4.0"),
        mod(7, "Fundamental", "VCA-1", [47, 0], P(1.0, 0.0), version="1.4.0"),
        mod(8, "Fundamental", "Scope", [50, 0], P(0.0, 0.0, 14.0, 1.0, 0.0, 0.0, 0.0, 0.0), version="1.4.0"),
        mod(9, "Core", "Notes", [0, 1], data={"text": NOTES1}),
        mod(10, "Core", "Notes", [18, 1], data={"text": NOTES2}),
    ]
    colors = ["#c91847", "#0986ad", "#0c8e15", "#c9b70e"]
    links = [(2, 0, 3, 0), (2, 1, 6, 4), (3, 2, 5, 3), (4, 0, 5, 4), (5, 0, 7, 1), (6, 0, 7, 0),
             (7, 0, 1, 0), (7, 0, 8, 0)]
    cables = [{"id": n, "outputModuleId": a, "outputId": b, "inputModuleId": c, "inputId": d, "color": colors[n % 4]}
              for n, (a, b, c, d) in enumerate(links)]
    patch = {"version": "1.1.6", "modules": modules, "cables": cables}
    return json.dumps(patch, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
