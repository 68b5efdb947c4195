#!/usr/bin/env python3
"""1915: a Turkish reading group's Rasa assistant domain (`domain.yml`, Rasa 3.x): `version: "3.1"`, intents,
entities, slots with mappings, responses — each `utter_…` a list of `text:` items, some with `buttons` (title /
payload) — holding the papers (arXiv `/abs/`, `/pdf/…v3`, `http://`, `/abs/…v1` links in texts and button payloads of
`/open_link{…}`, one id in a text, arxiv-text; three titles alone), actions and session_config; non-papers (the Rasa
docs, a repository, a book, a talk). Two-space YAML, texts double-quoted. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1915)


def q(s):
    assert '"' not in s and "\\" not in s, s
    return '"' + s + '"'


def build():
    L = ["# domain.yml — OkumaBotu, Yapay Öğrenme Lab. okuma grubu (oda B-208)",
         "# Bakım: Elif Yıldız <elif.yildiz@okuma.example.com.tr> · son güncelleme 2024-03-13",
         "version: \"3.1\"",
         "",
         "intents:",
         "  - greet",
         "  - goodbye",
         "  - bu_hafta",
         "  - gecen_hafta",
         "  - oneri_listesi",
         "  - kaynaklar",
         "  - open_link",
         "",
         "entities:",
         "  - konu",
         "",
         "slots:",
         "  konu:",
         "    type: text",
         "    influence_conversation: false",
         "    mappings:",
         "      - type: from_entity",
         "        entity: konu",
         "",
         "responses:",
         "  utter_greet:",
         "    - text: \"Merhaba! Bu haftanın makalesi için 'bu hafta' yazabilirsin.\"",
         "",
         "  utter_bu_hafta:",
         f"    - text: {q('Bu hafta: ' + T('2103.09762') + ' — https://arxiv.org/abs/2103.09762')}",
         f"    - text: {q('Bu haftanın konusu sürekli öğrenme: ' + T('2103.09762') + '. Sunan: Mert.')}",
         "      buttons:",
         "        - title: \"PDF\"",
         "          payload: '/open_link{\"url\": \"https://arxiv.org/pdf/2103.09762v3\"}'",
         "",
         "  utter_gecen_hafta:",
         f"    - text: {q('Geçen hafta iki makale vardı: ' + T('2103.14339') + ' (http://arxiv.org/abs/2103.14339) ve ' + T('2105.06548') + '.')}",
         "      buttons:",
         "        - title: \"Bellek makalesi\"",
         "          payload: '/open_link{\"url\": \"https://arxiv.org/abs/2105.06548v1\"}'",
         "",
         "  utter_dayaniklilik:",
         f"    - text: {q('Dayanıklılık oturumu (27 Mart): ' + T('2006.14536') + ', arXiv 2006.14536. Bağlantıyı Zotero grubunda bulabilirsin.')}",
         "",
         "  utter_anket:",
         f"    - text: {q('Genel bakış için: ' + T('2303.18223') + ' — https://arxiv.org/abs/2303.18223')}",
         "",
         "  utter_oneri_listesi:",
         "    - text: \"Nisan için öneriler (henüz bağlantı yok):\"",
         "      buttons:",
         f"        - title: {q(T('2004.10102'))}",
         "          payload: \"/oneri_listesi{\\\"konu\\\": \\\"yorumlanabilirlik\\\"}\"".replace("\\\\", "\\"),
         f"        - title: {q(T('2010.02014'))}",
         "          payload: \"/oneri_listesi{\\\"konu\\\": \\\"vae\\\"}\"".replace("\\\\", "\\"),
         f"        - title: {q(T('2103.14636'))}",
         "          payload: \"/oneri_listesi{\\\"konu\\\": \\\"verimlilik\\\"}\"".replace("\\\\", "\\"),
         "",
         "  utter_kaynaklar:",
         "    - text: \"Makale olmayan kaynaklar: Rasa belgeleri (https://rasa.com/docs/rasa/), kod deposu https://github.com/GMvandeVen/continual-learning, kitap: Goodfellow, Bengio ve Courville, Deep Learning; Mert'in konuşması: https://video.okuma.example.com.tr/konusmalar/2024-02-28\"",
         "",
         "  utter_goodbye:",
         "    - text: \"Görüşmek üzere! Perşembe 15:30, B-208.\"",
         "",
         "  utter_default:",
         "    - text: \"Anlayamadım. 'bu hafta', 'geçen hafta', 'öneriler' ya da 'kaynaklar' yazabilirsin.\"",
         "",
         "actions:",
         "  - action_open_link",
         "",
         "session_config:",
         "  session_expiration_time: 60",
         "  carry_over_slots_to_new_session: true",
         ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
