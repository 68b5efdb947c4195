#!/usr/bin/env python3
"""667: a Tomboy 1.15 note (~/.local/share/tomboy/<guid>.note): <?xml?> declaration, <note version="0.3"> with the
tomboy / link / size namespaces, two-space indentation, <title>, <text xml:space="preserve"><note-content version="0.1">
whose first line repeats the title, inline <bold> / <italic> / <size:large> / <monospace> / <highlight> /
<strikethrough>, <link:url> around every URL Tomboy detected and <link:internal> to other notes, <list> / <list-item
dir="ltr"> with the newline inside the item, .NET round-trip dates (7 fractional digits and an offset), cursor and
window geometry, a notebook tag, no final newline. German lab notes on vision backbones and training tricks."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F667, keys, GLOROT


def e(s):
    return escape(s)


def url(u):
    return f"<link:url>{e(u)}</link:url>"


def li(items):
    return "<list>" + "".join(f'<list-item dir="ltr">{x}\n</list-item>' for x in items) + "</list>"


def who(k, n=3):
    a = authors(k)
    return e(", ".join(a[:n]) + (" u. a." if len(a) > n else ""))


TITLE = "Lesekreis Bildklassifikation – Backbones & Trainingstricks"
body = [
    e(TITLE),
    "",
    f"<size:large><bold>Organisatorisches</bold></size:large>",
    "Treffen immer donnerstags 14:00, Raum E.204 (Gebäude Süd), Institut für Bildverarbeitung, Hochschule Lauterfeld.",
    f"Moderation wechselt; Liste der Termine steht in <link:internal>Lesekreis – Termine SoSe 2024</link:internal>.",
    f"Folien bitte bis Mittwochabend nach {url('https://cloud.bildlabor.example.de/s/LesekreisFolien')} hochladen.",
    "",
    "<size:large><bold>Sitzung 1 – Residuen und Initialisierung</bold></size:large>",
    li([
        f"<bold>{e(T('1512.03385'))}</bold> – {who('1512.03385')}, CVPR 2016. {url('https://arxiv.org/abs/1512.03385')} – Pflichtlektüre, Abb. 2 (Bottleneck-Block) an die Tafel.",
        f"<italic>{e(T(GLOROT))}</italic> – {who(GLOROT)}, AISTATS 2010. Kein arXiv; PDF liegt im Ordner <monospace>lesekreis/2010/</monospace>. Hier kommt die „Xavier“-Initialisierung her.",
        f"{e(T('1502.01852'))} – {who('1502.01852')}. PReLU + die He-Initialisierung; Martina stellt Abschnitt 2.2 vor (nur die Herleitung der Varianz, nicht die Experimente).",
    ]),
    "Offene Frage (Jonas): warum reicht bei BatchNorm-Netzen die Initialisierung kaum noch? → <highlight>nächstes Mal klären</highlight>",
    "",
    "<size:large><bold>Sitzung 2 – Skalierung der Architektur</bold></size:large>",
    li([
        f"{e(T('1905.11946'))} ({who('1905.11946', 2)}, ICML 2019) {url('https://arxiv.org/pdf/1905.11946.pdf')}",
        f"{e(T('2004.08955'))} – {who('2004.08955')} {url('https://arxiv.org/abs/2004.08955v2')}; Vergleich mit unserem ResNet-50-Baseline-Lauf (Top-1 76,3 %).",
        "<strikethrough>RegNet-Paper</strikethrough> gestrichen, passt nicht in die Zeit.",
    ]),
    "Code zum Ausprobieren: " + url("https://github.com/huggingface/pytorch-image-models") + " (timm, Software – kein Paper) und die torchvision-Referenzskripte " + url("https://github.com/pytorch/vision/tree/main/references/classification") + ".",
    "",
    "<size:large><bold>Sitzung 3 – Vortraining und Robustheit</bold></size:large>",
    li([
        f"{e(T('1912.11370'))} – {who('1912.11370')}, arXiv:1912.11370 (ECCV 2020). Die Upstream-Tabellen (ILSVRC-2012 / ImageNet-21k / JFT) vergleichen.",
        f"{e(T('2006.06882'))} – {who('2006.06882')}, NeurIPS 2020. Kernaussage: Self-Training hilft auch da, wo Vortraining schadet (starke Augmentierung).",
        f"{e(T('2006.14536'))} – {who('2006.14536')}. {url('https://arxiv.org/abs/2006.14536')} Glatte Aktivierungen (SiLU/GELU statt ReLU) beim adversarialen Training.",
    ]),
    "",
    "<size:large><bold>Nicht-Paper (nur als Hintergrund)</bold></size:large>",
    li([
        "Datensatz: ImageNet ILSVRC-2012 (Zugang über das Rechenzentrum, <monospace>/datasets/imagenet/</monospace>)",
        "Blog: „A Recipe for Training Neural Networks“ von Andrej Karpathy " + url("https://karpathy.github.io/2019/04/25/recipe/"),
        "Vorlesung: Stanford CS231n, Lecture 6 (Training Neural Networks I) – Folien zur Initialisierung",
        "Buch: Dive into Deep Learning, Kap. 8 „Modern Convolutional Neural Networks“ " + url("https://d2l.ai/chapter_convolutional-modern/index.html"),
        "Leaderboard: Papers with Code, Image Classification on ImageNet – nur zum Nachschlagen der Zahlen",
    ]),
    "",
    "<size:large><bold>Notizen von der letzten Sitzung</bold></size:large>",
    "• Bottleneck: 1×1 → 3×3 → 1×1, die Identität überspringt; Projektions-Shortcut nur beim Downsampling.",
    "• Fan-in vs. fan-out: Xavier mittelt beide, He nimmt fan-in und den Faktor 2 (ReLU halbiert die Varianz).",
    "• Compound Scaling: φ steuert Tiefe α^φ, Breite β^φ, Auflösung γ^φ mit α·β²·γ² ≈ 2.",
    "• Split-Attention: Kardinalität × Radix-Gruppen, Softmax über die Radix-Dimension.",
    "• Zahlen aus unserem Lauf: 90 Epochen, lr 0,1 × (Batch/256), Cosine-Schedule, Label-Smoothing 0,1 → Top-1 76,3 % &amp; Top-5 93,0 %.",
    "",
    "<monospace>python train.py --model resnet50 --epochs 90 --lr 0.2 --batch-size 512 --label-smoothing 0.1</monospace>",
    "",
    "TODO: Jonas schickt die Logs; Martina bucht den Raum für den 23.05.; Kaffee &amp; Kekse → Fachschaft fragen.",
    "Kontakt: lesekreis@bildlabor.example.de",
]
content = "\n".join(body)
T_ = e(TITLE)
xml = f"""<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>{T_}</title>
  <text xml:space="preserve"><note-content version="0.1">{content}</note-content></text>
  <last-change-date>2024-04-18T17:45:03.8841230+02:00</last-change-date>
  <last-metadata-change-date>2024-04-18T17:45:03.8841230+02:00</last-metadata-change-date>
  <create-date>2024-02-20T09:12:44.1209870+01:00</create-date>
  <cursor-position>1432</cursor-position>
  <selection-bound-position>-1</selection-bound-position>
  <width>612</width>
  <height>718</height>
  <x>844</x>
  <y>102</y>
  <tags>
    <tag>system:notebook:Lesekreis</tag>
  </tags>
  <open-on-startup>False</open-on-startup>
</note>"""
import html, re
plain = html.unescape(re.sub(r"<[^>]+>", "", content))
write_only(F667, xml, keys(F667), forms=[plain])
