#!/usr/bin/env python3
"""1907: a German vision lab's Darknet config (`cfg/resnest-lite-det.cfg`, the network description darknet reads; comments on lines of their own, as darknet's
parser strips every blank inside a line):
`#` header comments naming the papers the backbone and training recipe come from — arXiv `/abs/`, `/pdf/…v2`,
`http://…` links, one id in prose (arxiv-text), classics by title alone (three not on arXiv) —, a `[net]` section with
the training hyperparameters, convolutional / shortcut / route / maxpool / upsample / yolo sections with inline
comments, and non-papers (the AlexeyAB/darknet repository, a dataset, a book, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET, GLOROT, DBN

F = by_num(1907)


def conv(filters, size, stride, act="mish", bn=True, note=None):
    L = (["# " + note] if note else []) + ["[convolutional]"]
    if bn: L.append("batch_normalize=1")
    L += [f"filters={filters}", f"size={size}", f"stride={stride}", f"pad=1", f"activation={act}"]
    return L + [""]


def build():
    L = ["# resnest-lite-det.cfg — Detektor für Bauteilfotos (AG Bildverstehen, Raum E.214)",
         "# Pflege: Jonas Albrecht <j.albrecht@bildlabor.example.de>, zuletzt geändert 2024-03-07",
         "#",
         "# Woher die Einstellungen stammen (bitte beim Ändern mitpflegen):",
         f"#   Backbone (Split-Attention, radix=2): {T('2004.08955')}",
         "#       https://arxiv.org/abs/2004.08955",
         f"#   Augmentierung/Regularisierung: {T('2106.10270')}",
         "#       https://arxiv.org/pdf/2106.10270v2",
         f"#   Optimierer im Feintuning (SAM, rho=0.05): {T('2010.01412')}",
         "#       http://arxiv.org/abs/2010.01412",
         f"#   Vortraining des Encoders wie in {T('2106.08254')} (arXiv 2106.08254), hier nur als Vergleich",
         "#",
         "# Lesestoff für die neuen HiWis (Klassiker, liegen als PDF im Laufwerk L:\\Lesestoff):",
         f"#   - {T(ALEXNET)}",
         f"#   - {T(GLOROT)}  -> erklärt die Init unten",
         f"#   - {T(DBN)}",
         f"#   - {T('2006.06882')}  (warum wir kein Self-Training machen)",
         "#",
         "# Keine Papers: Code https://github.com/AlexeyAB/darknet (Fork im GitLab: gitlab.bildlabor.example.de/bv/darknet),",
         "# Daten /data/bauteile-v3 (Labelme-Export), Buch: Szeliski, Computer Vision: Algorithms and Applications, 2. Aufl.,",
         "# Vortrag von Jonas im Kolloquium: https://video.bildlabor.example.de/kolloquium/2024-02-15",
         "",
         "[net]",
         "# Testing",
         "#batch=1",
         "#subdivisions=1",
         "# Training",
         "batch=64",
         "subdivisions=16",
         "width=512",
         "height=512",
         "channels=3",
         "momentum=0.9",
         "decay=0.0005",
         "angle=0",
         "saturation=1.5",
         "exposure=1.5",
         "hue=.1",
         "mosaic=1",
         "",
         "learning_rate=0.001",
         "burn_in=1000",
         "max_batches=12000",
         "policy=steps",
         "steps=9600,10800",
         "scales=.1,.1",
         "",
         ]
    L += conv(32, 3, 1, note="Stem")
    L += conv(64, 3, 2, note="Downsample 1/2")
    L += conv(32, 1, 1)
    L += conv(64, 3, 1, note="Split-Attention-Block (vereinfacht: radix 2 als zwei Pfade)")
    L += ["[shortcut]", "from=-3", "activation=linear", ""]
    L += conv(128, 3, 2, note="Downsample 1/4")
    L += conv(64, 1, 1)
    L += conv(128, 3, 1)
    L += ["[shortcut]", "from=-3", "activation=linear", ""]
    L += ["[maxpool]", "size=2", "stride=2", ""]
    L += conv(256, 3, 1)
    L += conv(256, 1, 1)
    L += ["[route]", "layers=-1,-3", ""]
    L += conv(128, 1, 1, act="leaky")
    L += ["[upsample]", "stride=2", ""]
    L += ["[route]", "layers=-1,-10", ""]
    L += conv(128, 3, 1, act="leaky")
    L += conv(27, 1, 1, act="linear", bn=False, note="filters=(classes + 5) * 3")
    L += ["[yolo]",
          "mask = 0,1,2",
          "anchors = 12,16, 19,36, 40,28, 36,75, 76,55, 72,146",
          "classes=4",
          "num=6",
          "jitter=.3",
          "ignore_thresh = .7",
          "truth_thresh = 1",
          "random=1",
          "iou_loss=ciou",
          "nms_kind=greedynms",
          ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
