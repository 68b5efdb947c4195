#!/usr/bin/env python3
"""2273: a kanata configuration (`~/.config/kanata/kanata.kbd`: S-expressions — `defcfg` with `danger-enable-cmd`,
a 23-key `defsrc`, `defvar`, two `defalias` blocks, two `deflayer`s of the same length, `;;` comments) of an invented
Lithuanian researcher whose home-row mods and reading-group layer sit in it: holding right Alt turns the number row into
`(cmd xdg-open URL)` aliases — an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) under comments
holding the titles — with `arXiv:2102.05918` beside a title and titles alone in comments; non-papers (kanata's
repository and docs, a book, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2273)
TXT = fill(r''';; ~/.config/kanata/kanata.kbd -- Rūta Kazlauskaitė-Petrauskienė <ruta.kazlauskaite@multimodal-lab.example.lt>
;; kanata 1.6, sukompiliuota su cmd: cargo install kanata --features cmd
;; Dokumentacija: https://github.com/jtroo/kanata/blob/main/docs/config.adoc
;; Paleidžiama per systemd --user (kanata.service), klaviatūra -- ta pati ThinkPad.

(defcfg
  process-unmapped-keys yes
  danger-enable-cmd yes
  log-layer-changes no
)

(defsrc
  esc  1    2    3    4    5    6    7    8    9    0
  caps a    s    d    f    j    k    l    ;
  spc  ralt rctl
)

(defvar
  tap-time 200
  hold-time 180
)

;; Namų eilės modifikatoriai (home row mods) ir Caps kaip Esc/Ctrl.
(defalias
  cap (tap-hold $tap-time $hold-time esc lctl)
  a (tap-hold $tap-time $hold-time a lmet)
  s (tap-hold $tap-time $hold-time s lalt)
  d (tap-hold $tap-time $hold-time d lsft)
  f (tap-hold $tap-time $hold-time f lctl)
  j (tap-hold $tap-time $hold-time j rctl)
  k (tap-hold $tap-time $hold-time k rsft)
  l (tap-hold $tap-time $hold-time l lalt)
  str (layer-while-held straipsniai)
)

(deflayer pagrindinis
  esc  1    2    3    4    5    6    7    8    9    0
  @cap @a   @s   @d   @f   @j   @k   @l   ;
  spc  @str rctl
)

;; Skaitymo grupė (multimodaliniai modeliai ir AutoML), ketvirtadieniais 15:00, 214 aud.
;; Laikant dešinį Alt, skaičių eilė atidaro kito susitikimo straipsnį naršyklėje.
(defalias
  ;; 1: [[T:2103.00020]]
  s1 (cmd xdg-open https://arxiv.org/abs/2103.00020)
  ;; 2: [[T:2204.14198]]
  s2 (cmd xdg-open https://arxiv.org/pdf/2204.14198v2)
  ;; 3: [[T:2010.02014]]
  s3 (cmd xdg-open https://openreview.net/forum?id=zOGdf9K8aC)
  ;; 4: [[T:2101.08809]]
  s4 (cmd xdg-open http://arxiv.org/abs/2101.08809)
  ;; 0: grupės repozitorija
  s0 (cmd xdg-open https://github.com/multimodal-lab/skaitymo-grupe)
)

(deflayer straipsniai
  _    @s1  @s2  @s3  @s4  XX   XX   XX   XX   XX   @s0
  _    _    _    _    _    _    _    _    _
  _    _    _
)

;; Dar be klavišų (Mantas sakė, kad pavasarį):
;;   [[T:2102.05918]] -- arXiv:2102.05918, prieš 1-ą susitikimą
;;   [[T:2106.13884]]
;;   [[T:2108.04392]]
;;   [[T:2101.03958]]
;; Knyga: Hutter, Kotthoff & Vanschoren (red.), "Automated Machine Learning: Methods, Systems, Challenges" (Springer, atviros prieigos).
;; Pirmo susitikimo įrašas: https://video.multimodal-lab.example.lt/skaitymo-grupe/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
