#!/usr/bin/env python3
"""1992: a QMK keymap (`keyboards/crkbd/keymaps/okuma/keymap.c`: a split 3x6+3 layout, three layers, custom keycodes
sending citations with SEND_STRING), Turkish comments: arXiv links (`/abs/`, `/pdf/…v5`, `http://`, `/abs/…v2`) in
SEND_STRING calls and comments, one id in text, three titles alone, and non-papers (a repository, a book, docs, a
talk). LF, four-space indentation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1992)
MACROS = [
    ("M_W2V", "word2vec", f'"{T("1301.3781")} https://arxiv.org/abs/1301.3781"'),
    ("M_BPE", "BPE", f'"{T("1508.07909")} https://arxiv.org/pdf/1508.07909v5"'),
    ("M_GLAT", "GLAT", f'"{T("2008.07905")} http://arxiv.org/abs/2008.07905"'),
    ("M_PTUN", "prompt tuning", f'"{T("2104.08691")} https://arxiv.org/abs/2104.08691v2"'),
    ("M_SBRT", "SBERT", f'"{T("1908.10084")} (arXiv 1908.10084)"'),
    ("M_HFTR", "HF kütüphanesi", '"' + T("1910.03771").replace("'", "\\'") + '"'),
    ("M_FMLM", "tam keşifli MLM", f'"{T("2010.06040")}"'),
    ("M_ELEC", "Electric", f'"{T("2012.08561")}"'),
]


def build():
    m = [k for k, _, _ in MACROS]
    L = ["// Copyright 2024 Elif Yıldırım (@elifyildirim-kbd)", "// SPDX-License-Identifier: GPL-2.0-or-later", "//",
         "// Okuma grubu katmanı: her tuş bir makaleyi tam başlığı ve bağlantısıyla yazar (NLP semineri, güz dönemi).",
         "// Belgeler: https://docs.qmk.fm/ (dokümantasyon) — kitap önerisi: Jurafsky & Martin, \"Speech and Language Processing\".",
         "// Seminer kaydı: https://video.okuma-grubu.example.com.tr/seminer/2024-10",
         "", "#include QMK_KEYBOARD_H", "",
         "enum layers {", "    _BASE,", "    _LOWER,", "    _PAPERS,", "};", "",
         "enum custom_keycodes {", f"    {m[0]} = SAFE_RANGE,", *[f"    {k}," for k in m[1:]], "};", "",
         "const uint16_t PROGMEM keymaps[][MATRIX_ROWS][MATRIX_COLS] = {",
         "    [_BASE] = LAYOUT_split_3x6_3(",
         "        KC_TAB,  KC_Q,    KC_W,    KC_E,    KC_R,    KC_T,         KC_Y,    KC_U,    KC_I,    KC_O,    KC_P,    KC_BSPC,",
         "        KC_LCTL, KC_A,    KC_S,    KC_D,    KC_F,    KC_G,         KC_H,    KC_J,    KC_K,    KC_L,    KC_SCLN, KC_QUOT,",
         "        KC_LSFT, KC_Z,    KC_X,    KC_C,    KC_V,    KC_B,         KC_N,    KC_M,    KC_COMM, KC_DOT,  KC_SLSH, KC_ESC,",
         "                          KC_LGUI, MO(1),   KC_SPC,       KC_ENT,  MO(2),   KC_RALT",
         "    ),",
         "    [_LOWER] = LAYOUT_split_3x6_3(",
         "        KC_TAB,  KC_1,    KC_2,    KC_3,    KC_4,    KC_5,         KC_6,    KC_7,    KC_8,    KC_9,    KC_0,    KC_BSPC,",
         "        KC_LCTL, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      KC_LEFT, KC_DOWN, KC_UP,   KC_RGHT, XXXXXXX, XXXXXXX,",
         "        KC_LSFT, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,",
         "                          KC_LGUI, _______, KC_SPC,       KC_ENT,  _______, KC_RALT",
         "    ),",
         "    [_PAPERS] = LAYOUT_split_3x6_3(",
         f"        XXXXXXX, {m[0]},  {m[1]},   {m[2]},  {m[3]},  XXXXXXX,      XXXXXXX, {m[4]},  {m[5]},  {m[6]},  {m[7]},  XXXXXXX,",
         "        XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,",
         "        XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,",
         "                          XXXXXXX, _______, XXXXXXX,      XXXXXXX, _______, XXXXXXX",
         "    ),", "};", "",
         "bool process_record_user(uint16_t keycode, keyrecord_t *record) {",
         "    if (!record->event.pressed) {", "        return true;", "    }", "    switch (keycode) {"]
    for k, note, s in MACROS:
        L += [f"        case {k}: // {note}", f"            SEND_STRING({s});", "            return false;"]
    L += ["    }", "    return true;", "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F), forms=[build().replace("\\'", "'")])
