#!/usr/bin/env python3
"""1858: the README.md of an awesome list hosted on gitlab.bsc.es (the GitLab of the Barcelona Supercomputing Center),
Catalan: the title with the awesome badge, the pipeline and licence badges, the intro with «Darrera actualització: d de
mes de aaaa», a hand-written index of anchors, a Mermaid diagram, list sections, a Markdown table, a blockquote note,
a task list with issues, the contribution notes (merge request, label, @handles) and the licence. The group, the
project, the reading group, the handles, the issue and merge-request numbers and the talk are invented;
MareNostrum 5 and its user guide, the repositories neuraloperator, alphafold, Megatron-LM and DeepSpeed, the Flower
framework and Andrew D. White's online book appear as what they are. Computed: the project URLs and badges, the index
anchors from the headings (GitLab's slug rule), the table rows, the Catalan date."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(1858)
G, P = "ia-hpc", "awesome-ia-ciencia"
BASE = f"https://gitlab.bsc.es/{G}/{P}"
CA_M = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre",
        "d'octubre", "de novembre", "de desembre"]
UPD = dt.date(2026, 2, 12)


def ca(d): return f"{d.day} {CA_M[d.month - 1]} de {d.year}"


def slug(h):
    s = "".join(c for c in h.lower() if c.isalnum() or c in " -_")
    return s.replace(" ", "-")


SECTIONS = ["Operadors neuronals i simulació", "Ciències de la vida", "Entrenament distribuït", "Aprenentatge federat",
            "Altres recursos", "Tasques pendents", "Com contribuir", "Llicència"]
ROWS = [  # article cell, year, key idea, code cell
    (f"[{T('1701.06538')}](https://openreview.net/forum?id={OR('1701.06538')})", 2017,
     "La capa MoE amb una porta dispersa: només uns quants experts s'activen per a cada token.", "—"),
    (f"[{T('2006.16668')}](https://arxiv.org/pdf/2006.16668v1)", 2020,
     "Anotacions de particionament i experts repartits entre milers de TPU.", "—"),
    ("Switch, GLaM i companyia", 2022, "Vegeu la discussió a #11 abans d'afegir-los.", "—"),
]
out = [
    f"# Recursos d'IA per a la ciència i el càlcul a gran escala [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
    "",
    f"[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main)",
    "[![Llicència: CC BY 4.0](https://img.shields.io/badge/Llic%C3%A8ncia-CC%20BY%204.0-lightgrey.svg)]"
    "(https://creativecommons.org/licenses/by/4.0/deed.ca)",
    "",
    "Llista curada d'articles, codi i documentació sobre aprenentatge automàtic aplicat a la simulació científica, i "
    "sobre com entrenar models grans a MareNostrum 5. La mantenim des del grup de lectura «IA i HPC» (dijous a les 16 h, "
    "sala de seminaris del Nexus II). Només hi entra el que algú del grup ha llegit o provat.",
    "",
    f"Darrera actualització: {ca(UPD)}.",
    "",
    "## Índex",
    "",
]
out += [f"- [{s}](#{slug(s)})" for s in SECTIONS]
out += [
    "",
    "```mermaid",
    "flowchart LR",
    "  A[Dades de simulació] --> B[Model subrogat]",
    "  B --> C{Prou precís?}",
    "  C -- no --> D[Més dades a MareNostrum 5]",
    "  D --> A",
    "  C -- sí --> E[Producció]",
    "```",
    "",
    f"## {SECTIONS[0]}",
    "",
    f"- [{T('2010.08895')}](https://arxiv.org/abs/2010.08895) — Li et al., ICLR 2021. El punt de partida per a EDPs; "
    "el codi de referència és [neuraloperator](https://github.com/neuraloperator/neuraloperator).",
    f"- {T('2010.03409')} — Pfaff et al., ICLR 2021 (arXiv:2010.03409). MeshGraphNets: malles irregulars, "
    "passos de temps apresos. Útil per als casos de CFD del grup.",
    f"- {T('2106.05234')} — Ying et al., NeurIPS 2021. Graphormer; el fem servir com a línia base per a propietats "
    "moleculars.",
    "",
    f"## {SECTIONS[1]}",
    "",
    f"- {ALPHAFOLD} — Jumper et al., Nature 596, 2021. El codi i els pesos són a "
    "[alphafold](https://github.com/google-deepmind/alphafold); a MareNostrum 5 hi ha un mòdul instal·lat (vegeu "
    "#7 per a la cua correcta).",
    "- Llibre: «Deep Learning for Molecules and Materials», d'Andrew D. White (en línia, "
    "https://dmol.pub). Molt bo per començar.",
    "",
    f"## {SECTIONS[2]}",
    "",
    "| Article | Any | Idea clau | Codi |",
    "| --- | --- | --- | --- |",
]
out += [f"| {a} | {y} | {k} | {c} |" for a, y, k, c in ROWS]
out += [
    "",
    f"Per al paral·lelisme de tensors, {T('1909.08053')}: <http://arxiv.org/abs/1909.08053v4>. El codi "
    "([Megatron-LM](https://github.com/NVIDIA/Megatron-LM)) funciona a les particions d'acceleradors de MareNostrum 5 "
    "amb els mòduls de la guia; [DeepSpeed](https://github.com/deepspeedai/DeepSpeed) també.",
    "",
    "> **Nota:** els treballs de més de 64 nodes necessiten una petició prèvia a Operacions; no els llanceu des del "
    "compte del grup.",
    "",
    f"## {SECTIONS[3]}",
    "",
    f"- {T('2111.04263')} — Acar et al., ICLR 2021. FedDyn: regularització dinàmica perquè els clients no "
    "derivin. El provem amb el framework [Flower](https://flower.ai) per a dades hospitalàries.",
    "",
    f"## {SECTIONS[4]}",
    "",
    "- [Guia d'usuari de MareNostrum 5](https://www.bsc.es/supportkc/docs/MareNostrum5/intro/) — cues, mòduls, "
    "emmagatzematge.",
    "- Xerrada «Models subrogats a MareNostrum» (Jornades internes, novembre de 2025): transparències a la wiki del "
    "projecte.",
    "",
    f"## {SECTIONS[5]}",
    "",
    "- [x] Afegir MeshGraphNets (#4)",
    "- [x] Separar la secció de ciències de la vida (#6)",
    "- [ ] Revisar si Graphormer encara és la millor línia base (#9)",
    "- [ ] Afegir models de clima (#12)",
    "",
    f"## {SECTIONS[6]}",
    "",
    "Obriu una merge request contra `main` amb una sola entrada per línia (vegeu !9 com a exemple) i poseu-hi "
    "l'etiqueta ~recurs-nou. Cada entrada ha de dir on és publicada i per què la recomaneu. Dubtes: @nfont o "
    "@ecasals.",
    "",
    f"## {SECTIONS[7]}",
    "",
    "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.ca). El codi enllaçat té les seves pròpies "
    "llicències.",
]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
