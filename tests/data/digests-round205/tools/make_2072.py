#!/usr/bin/env python3
"""2072: a Webots world file (`stul_sber_dat.wbt` of an invented tabletop data-collection simulation), Czech: the
WorldInfo `info` strings hold the reading list (one OpenReview forum link, arXiv links `/abs/`, `/pdf/…v3`, `http://`),
one id in a `#` comment, three titles alone (in info strings and a comment), and non-papers (Webots' docs and PROTOs,
a dataset, a book, a talk, the project's repository). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2072)
TXT = fill('''#VRML_SIM R2023b utf8

EXTERNPROTO "https://raw.githubusercontent.com/cyberbotics/webots/R2023b/projects/objects/backgrounds/protos/TexturedBackground.proto"
EXTERNPROTO "https://raw.githubusercontent.com/cyberbotics/webots/R2023b/projects/objects/backgrounds/protos/TexturedBackgroundLight.proto"
EXTERNPROTO "https://raw.githubusercontent.com/cyberbotics/webots/R2023b/projects/objects/floors/protos/RectangleArena.proto"
EXTERNPROTO "https://raw.githubusercontent.com/cyberbotics/webots/R2023b/projects/objects/tables/protos/Table.proto"
EXTERNPROTO "https://raw.githubusercontent.com/cyberbotics/webots/R2023b/projects/objects/kitchen/utensils/protos/Cup.proto"

WorldInfo {
  info [
    "Stolní scéna pro sběr snímků k samoučení (self-supervised) - skupina Vidění, Brno"
    "Správce: Petra Horáková <petra.horakova@videni-lab.example.cz>, kód: https://github.com/videni-lab/stul-sber"
    "Proč: předtrénujeme kódovač na snímcích z kamery robota, pak ho dolaďujeme na úchop."
    "Četba: [[T:2011.06182]] https://openreview.net/forum?id=[[ID:ORBT]]"
    "Četba: [[T:2106.08254]] https://arxiv.org/abs/2106.08254"
    "Četba: [[T:2006.07733]] https://arxiv.org/pdf/2006.07733v3"
    "Četba: [[T:1912.11370]] (http://arxiv.org/abs/1912.11370)"
    "Bez odkazu: [[T:2010.04592]]; [[T:2006.06882]]"
    "Dokumentace: https://cyberbotics.com/doc/reference/worldinfo"
  ]
  title "Stůl - sběr dat"
  basicTimeStep 16
  FPS 30
}
# kódovač: ztráta podle [[T:2103.03230]] (arXiv:2103.03230)
# menší sada snímků, viz [[T:2006.05929]]
# kniha: Szeliski, Computer Vision: Algorithms and Applications (2. vyd.); přednáška: https://video.videni-lab.example.cz/prednaska/2024-03
Viewpoint {
  orientation -0.2 0.1 0.97 2.4
  position 1.9 -1.6 1.4
}
TexturedBackground {
}
TexturedBackgroundLight {
}
RectangleArena {
  floorSize 3 3
}
Table {
  translation 0 0 0
  size 1.2 0.8 0.74
}
Cup {
  translation 0.1 0.05 0.74
  name "hrnek"
}
DEF KAMERA Robot {
  translation -0.45 0 1.2
  rotation 0 1 0 0.6
  children [
    Camera {
      name "kamera"
      width 640
      height 480
      fieldOfView 1.0
    }
  ]
  name "kamera_robot"
  controller "sber_snimku"
  supervisor TRUE
}
''', {"ORBT": OR("2011.06182")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
