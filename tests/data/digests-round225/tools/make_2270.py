#!/usr/bin/env python3
"""2270: an AppDaemon app configuration (`apps/apps.yaml`: one mapping per app with `module`, `class`, constraints
and the app's own arguments — entity ids, notify services, times — and `#` comments) of an invented Norwegian household
where one app reads the week's paper of a generative-models reading group aloud on the kitchen speaker: an OpenReview
forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) as `url` values beside quoted titles, `arxiv: "2112.10752"`
beside a title (the app builds the address itself), titles alone in comments; non-papers (AppDaemon's docs, a book,
the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2270)
TXT = fill(r'''# /config/appdaemon/apps/apps.yaml -- Ingrid Haugland Berg <ingrid.berg@genmod-lab.example.no>
# AppDaemon 4.4 som tillegg i Home Assistant OS. Dokumentasjon: https://appdaemon.readthedocs.io/en/latest/APPGUIDE.html
# Modulene ligger i samme mappe: kveldslys.py, vaskemaskin.py, tale.py, ukens_artikkel.py.

kveldslys:
  module: kveldslys
  class: Kveldslys
  lys:
    - light.stue_tak
    - light.kjokken_benk
    - light.gang
  offset_sekunder: -1800
  constrain_input_boolean: input_boolean.hjemme

vaskemaskin:
  module: vaskemaskin
  class: Vaskemaskin
  sensor: sensor.vaskemaskin_effekt
  terskel_watt: 5
  varsle: notify/mobile_app_ingrids_pixel

# Felles app for opplesning på kjøkkenet (ingen tale om natta).
tale:
  module: tale
  class: Tale
  hoyttaler: media_player.kjokken
  tts: tts.google_translate_say
  stille_fra: "22:00:00"
  stille_til: "07:00:00"

# Ukens artikkel: mandag 07:45 leser høyttaleren på kjøkkenet tittelen (Sindre klager, men hører etter),
# og lenken havner på telefonen og på dashbordet. Lesegruppa (generative modeller) møtes torsdager kl. 14.
ukens_artikkel:
  module: ukens_artikkel
  class: UkensArtikkel
  dependencies:
    - tale
  tidspunkt: "07:45:00"
  constrain_days: mon
  constrain_input_boolean: input_boolean.lesegruppe_aktiv
  varsle: notify/mobile_app_ingrids_pixel
  sprak: en
  dashbord: input_text.ukens_artikkel
  artikler:
    - uke: 45
      tittel: "[[T:2006.11239]]"
      url: https://arxiv.org/abs/2006.11239
    - uke: 46
      tittel: "[[T:2011.13456]]"
      url: https://openreview.net/forum?id=PxTIG12RRHS
    - uke: 47
      tittel: "[[T:2009.09761]]"
      url: https://arxiv.org/pdf/2009.09761v2
    - uke: 48
      tittel: "[[T:2112.10752]]"
      arxiv: "2112.10752"
    - uke: 49
      tittel: "[[T:2303.01469]]"
      url: http://arxiv.org/abs/2303.01469
    - uke: 50
      tittel: "Juleavslutning -- ingen artikkel"
      url: https://github.com/genmod-lab/lesegruppe

# Neste runde (ikke lagt inn ennå, Sindre vil ha noe om bilderedigering):
#   [[T:2208.12242]]
#   [[T:2211.09800]]
#   [[T:2307.01952]]
# Bok til de nye: Kevin P. Murphy, "Probabilistic Machine Learning: Advanced Topics" (kapitlene om diffusjon).
# Opptak fra første møte: https://video.genmod-lab.example.no/lesegruppe/2024-11
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
