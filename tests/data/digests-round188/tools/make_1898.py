#!/usr/bin/env python3
"""1898: the README.md of an awesome list in a project on git.uibk.ac.at (the GitLab of Universität Innsbruck), in
Austrian German: title with the awesome badge, the pipeline badge of the project, an introduction, «Inhalt» (anchors by
GitLab's slug rule), sections with lists and a table, tasks, contribution notes and «Lizenz». The group, project,
handles, issues and date are invented; FlashAttention (repo), xformers, the LEO5 cluster of the university and the blog
post «The Illustrated Transformer» appear as what they are. Computed: the index from the headings (anchors asserted
unique)."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1898)
PROJ = "https://git.uibk.ac.at/c7031123/awesome-effiziente-attention"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECT = {
 "Lineare und kernelbasierte Attention": [
    f"- [{T('2009.14794')}](https://openreview.net/forum?id={OR('2009.14794')}) – FAVOR+, zufällige Features; ICLR 2021.",
    f"- {T('2103.02143')} – ebenfalls zufällige Features, aber mit Gating. Noch kein Link, siehe #12.",
    f"- {T('2005.00743')} (arXiv:2005.00743) – stellt die Frage, ob man Query-Key-Produkte überhaupt braucht."],
 "Rekurrenz und Gedächtnis": [
    "| Arbeit | Jahr | Kernidee | Code |", "| --- | --- | --- | --- |",
    f"| [{T('2010.06891')}](https://arxiv.org/pdf/2010.06891v2) | 2020 | Externer Speicher, der pro Segment gelesen und geschrieben wird. | — |",
    f"| {T('1901.02860')} | 2019 | Segment-Rekurrenz mit relativen Positionen. | [transformer-xl](https://github.com/kimiyoung/transformer-xl) |",
    f"| {T('2002.09402')} | 2020 | Jede Schicht sieht die höheren Repräsentationen früherer Schritte. | — |"],
 "Jenseits der Attention": [
    f"- [{T('2302.10866')}](https://arxiv.org/abs/2302.10866) – lange Faltungen statt Attention.",
    f"- [{T('2307.08621')}](http://arxiv.org/abs/2307.08621v1) – parallel trainieren, rekurrent ausrollen."],
 "Werkzeuge und Lektüre": [
    "- [flash-attention](https://github.com/Dao-AILab/flash-attention) – Kernel, kein Paper-Eintrag.",
    "- [xformers](https://github.com/facebookresearch/xformers) – Bausteine für speichersparende Attention.",
    "- [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/) – Blogbeitrag, gut für den Einstieg.",
    "- [LEO5 Benutzerdokumentation](https://www.uibk.ac.at/zid/systeme/hpc-systeme/leo5/) – unser Cluster für die Experimente."],
 "Offene Aufgaben": ["- [x] Performer-Eintrag mit OpenReview-Link (#7)", "- [ ] Link für Random Feature Attention nachtragen (#12)",
                     "- [ ] Tabelle um Speicherbedarf ergänzen (#15)"],
 "Mitmachen": ["Merge Requests sind willkommen (z. B. !9). Bitte pro Eintrag eine Zeile, Titel genau wie im Paper,",
               "und das Label ~neuer-eintrag setzen. Fragen an @c7031123 oder @mhuber_ibk."],
 "Lizenz": ["[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/deed.de)"],
}
out = ["# Awesome Effiziente Attention [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       f"[![pipeline status]({PROJ}/badges/main/pipeline.svg)]({PROJ}/-/commits/main)", "",
       "Eine kuratierte Liste von Arbeiten zu effizienter Attention, Gedächtnis und langen Kontexten – entstanden im",
       "Lesekreis am Institut für Informatik. Neue Einträge bitte über [Mitmachen](#mitmachen).", "",
       "Zuletzt aktualisiert: 3. März 2026.", "", "## Inhalt", ""]
anchors = [slug(h) for h in SECT]
assert len(set(anchors)) == len(anchors)
out += [f"- [{h}](#{a})" for h, a in zip(SECT, anchors)] + ["", "```mermaid", "flowchart LR",
        "  A[Softmax-Attention] --> B[Linear / Kernel]", "  A --> C[Rekurrenz]", "  C --> D[Retention / SSM]", "```", ""]
for h, lines in SECT.items():
    out += [f"## {h}", ""] + lines + [""]
text = "\n".join(out)
write_only(F, text, keys(F))
