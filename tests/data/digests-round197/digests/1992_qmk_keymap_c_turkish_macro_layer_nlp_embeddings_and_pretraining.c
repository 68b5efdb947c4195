// Copyright 2024 Elif Yıldırım (@elifyildirim-kbd)
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Okuma grubu katmanı: her tuş bir makaleyi tam başlığı ve bağlantısıyla yazar (NLP semineri, güz dönemi).
// Belgeler: https://docs.qmk.fm/ (dokümantasyon) — kitap önerisi: Jurafsky & Martin, "Speech and Language Processing".
// Seminer kaydı: https://video.okuma-grubu.example.com.tr/seminer/2024-10

#include QMK_KEYBOARD_H

enum layers {
    _BASE,
    _LOWER,
    _PAPERS,
};

enum custom_keycodes {
    M_W2V = SAFE_RANGE,
    M_BPE,
    M_GLAT,
    M_PTUN,
    M_SBRT,
    M_HFTR,
    M_FMLM,
    M_ELEC,
};

const uint16_t PROGMEM keymaps[][MATRIX_ROWS][MATRIX_COLS] = {
    [_BASE] = LAYOUT_split_3x6_3(
        KC_TAB,  KC_Q,    KC_W,    KC_E,    KC_R,    KC_T,         KC_Y,    KC_U,    KC_I,    KC_O,    KC_P,    KC_BSPC,
        KC_LCTL, KC_A,    KC_S,    KC_D,    KC_F,    KC_G,         KC_H,    KC_J,    KC_K,    KC_L,    KC_SCLN, KC_QUOT,
        KC_LSFT, KC_Z,    KC_X,    KC_C,    KC_V,    KC_B,         KC_N,    KC_M,    KC_COMM, KC_DOT,  KC_SLSH, KC_ESC,
                          KC_LGUI, MO(1),   KC_SPC,       KC_ENT,  MO(2),   KC_RALT
    ),
    [_LOWER] = LAYOUT_split_3x6_3(
        KC_TAB,  KC_1,    KC_2,    KC_3,    KC_4,    KC_5,         KC_6,    KC_7,    KC_8,    KC_9,    KC_0,    KC_BSPC,
        KC_LCTL, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      KC_LEFT, KC_DOWN, KC_UP,   KC_RGHT, XXXXXXX, XXXXXXX,
        KC_LSFT, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,
                          KC_LGUI, _______, KC_SPC,       KC_ENT,  _______, KC_RALT
    ),
    [_PAPERS] = LAYOUT_split_3x6_3(
        XXXXXXX, M_W2V,  M_BPE,   M_GLAT,  M_PTUN,  XXXXXXX,      XXXXXXX, M_SBRT,  M_HFTR,  M_FMLM,  M_ELEC,  XXXXXXX,
        XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,
        XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,      XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX, XXXXXXX,
                          XXXXXXX, _______, XXXXXXX,      XXXXXXX, _______, XXXXXXX
    ),
};

bool process_record_user(uint16_t keycode, keyrecord_t *record) {
    if (!record->event.pressed) {
        return true;
    }
    switch (keycode) {
        case M_W2V: // word2vec
            SEND_STRING("Efficient Estimation of Word Representations in Vector Space https://arxiv.org/abs/1301.3781");
            return false;
        case M_BPE: // BPE
            SEND_STRING("Neural Machine Translation of Rare Words with Subword Units https://arxiv.org/pdf/1508.07909v5");
            return false;
        case M_GLAT: // GLAT
            SEND_STRING("Glancing Transformer for Non-Autoregressive Neural Machine Translation http://arxiv.org/abs/2008.07905");
            return false;
        case M_PTUN: // prompt tuning
            SEND_STRING("The Power of Scale for Parameter-Efficient Prompt Tuning https://arxiv.org/abs/2104.08691v2");
            return false;
        case M_SBRT: // SBERT
            SEND_STRING("Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks (arXiv 1908.10084)");
            return false;
        case M_HFTR: // HF kütüphanesi
            SEND_STRING("HuggingFace\'s Transformers: State-of-the-art Natural Language Processing");
            return false;
        case M_FMLM: // tam keşifli MLM
            SEND_STRING("Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model");
            return false;
        case M_ELEC: // Electric
            SEND_STRING("Pre-Training Transformers as Energy-Based Cloze Models");
            return false;
    }
    return true;
}
