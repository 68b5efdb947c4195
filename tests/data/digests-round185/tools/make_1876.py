#!/usr/bin/env python3
"""1876 (negative): a Finnish lab's start page as a Homer dashboard config (`/www/assets/config.yml` of the
b4bz/homer container): `---`, `#` comments, title / subtitle / documentTitle / logo / header / footer / columns /
connectivityCheck, `defaults`, `theme`, a `message` block, top `links`, and `services` groups with `items` (name, logo
or icon, subtitle, tag, tagstyle, keywords, url, target) — the lab's software, dataset shares, books and talk
recordings; no paper. The builder refuses any catalogue title and anything arXiv-shaped. Two-space YAML, values
double-quoted as in Homer's example config; LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1876)

GROUPS = [
 ("Ohjelmistot", "fas fa-code", [
  {"name": "JupyterHub", "logo": "assets/tools/jupyter.png", "subtitle": "GPU-palvelin kide-01, 4 × A100",
   "tag": "laskenta", "tagstyle": "is-info", "keywords": "notebook python gpu", "url": "https://jupyter.kide.example.fi",
   "target": "_blank"},
  {"name": "GitLab", "logo": "assets/tools/gitlab.png", "subtitle": "Ryhmän koodi ja wiki", "tag": "koodi",
   "url": "https://gitlab.kide.example.fi", "target": "_blank"},
  {"name": "MLflow", "logo": "assets/tools/mlflow.png", "subtitle": "Kokeiden seuranta", "tag": "koodi",
   "url": "https://mlflow.kide.example.fi", "target": "_blank"},
  {"name": "Grafana", "logo": "assets/tools/grafana.png", "subtitle": "GPU-kuorma ja jonot", "tag": "valvonta",
   "tagstyle": "is-warning", "url": "https://grafana.kide.example.fi/d/gpu", "target": "_blank"},
  {"name": "Label Studio", "logo": "assets/tools/labelstudio.png", "subtitle": "Annotointi (puhe ja teksti)",
   "tag": "data", "url": "https://label.kide.example.fi", "target": "_blank"},
 ]),
 ("Aineistot", "fas fa-database", [
  {"name": "Common Voice (suomi)", "icon": "fas fa-microphone", "subtitle": "Jaettu levy /data/commonvoice-fi",
   "tag": "puhe", "url": "https://files.kide.example.fi/data/commonvoice-fi/", "target": "_blank"},
  {"name": "Suomi24-korpus", "icon": "fas fa-comments", "subtitle": "Käyttöehdot wikissä, lupa haettava",
   "tag": "teksti", "tagstyle": "is-danger", "url": "https://wiki.kide.example.fi/aineistot/suomi24", "target": "_blank"},
  {"name": "ImageNet-1k", "icon": "fas fa-images", "subtitle": "/data/imagenet (ILSVRC 2012), vain tutkimuskäyttöön",
   "tag": "kuva", "url": "https://files.kide.example.fi/data/imagenet/", "target": "_blank"},
  {"name": "Aineistojen hallintasuunnitelma", "icon": "fas fa-file-contract", "subtitle": "Ennen uuden aineiston tuomista",
   "url": "https://wiki.kide.example.fi/aineistot/dmp", "target": "_blank"},
 ]),
 ("Kirjat", "fas fa-book", [
  {"name": "Dive into Deep Learning", "icon": "fas fa-book-open", "subtitle": "Verkkokirja (d2l.ai)",
   "tag": "kirja", "url": "https://d2l.ai/", "target": "_blank"},
  {"name": "Speech and Language Processing", "icon": "fas fa-book-open", "subtitle": "Jurafsky & Martin, 3. painoksen luonnos",
   "tag": "kirja", "url": "https://web.stanford.edu/~jurafsky/slp3/", "target": "_blank"},
  {"name": "Probabilistic Machine Learning", "icon": "fas fa-book-open", "subtitle": "Murphy, osat 1–2 (PDF:t jaetulla levyllä)",
   "tag": "kirja", "url": "https://files.kide.example.fi/kirjat/murphy/", "target": "_blank"},
 ]),
 ("Esitelmät ja tallenteet", "fas fa-video", [
  {"name": "Ryhmäseminaari 6.3.", "icon": "fas fa-play-circle", "subtitle": "Puheentunnistuksen hienosäätö pienellä datalla",
   "tag": "tallenne", "url": "https://video.kide.example.fi/seminaari/2024-03-06", "target": "_blank"},
  {"name": "Vierailijaluento 13.3.", "icon": "fas fa-play-circle", "subtitle": "Suomen kielen malleja rakentamassa",
   "tag": "tallenne", "url": "https://video.kide.example.fi/seminaari/2024-03-13", "target": "_blank"},
  {"name": "Perehdytys uusille", "icon": "fas fa-chalkboard-teacher", "subtitle": "SLURM, levyt ja GPU-varaukset (diat + video)",
   "tag": "opas", "url": "https://video.kide.example.fi/perehdytys/2024", "target": "_blank"},
 ]),
]
ORDER = ["name", "logo", "icon", "subtitle", "tag", "tagstyle", "keywords", "url", "target"]


def y(v):
    assert '"' not in v and "\\" not in v, v
    return '"' + v + '"'


def build():
    L = ["---",
         "# Homer-kojelauta: Kide-ryhmän aloitussivu (https://kide.example.fi)",
         "# Muokkaa tätä tiedostoa, Homer lataa sen selaimessa uudelleen. Kuvakkeet: Font Awesome 5 (fas fa-…).",
         "# Ylläpito: Aino Virtanen, huone B214",
         "",
         'title: "Kide"',
         'subtitle: "Kieli- ja puheteknologian tutkimusryhmä"',
         'documentTitle: "Kide – aloitussivu"',
         'logo: "assets/logo.png"',
         "header: true",
         'footer: \'<p>Ylläpito: Aino Virtanen · <a href="https://wiki.kide.example.fi">wiki</a></p>\'',
         'columns: "4"',
         "connectivityCheck: true",
         "",
         "defaults:",
         "  layout: columns",
         "  colorTheme: auto",
         "",
         'theme: default',
         "",
         "message:",
         '  style: "is-warning"',
         '  title: "Huoltokatko"',
         '  icon: "fa fa-exclamation-triangle"',
         '  content: "GPU-palvelin kide-01 on huollossa torstaina 14.3. klo 8–12. Jonossa olevat työt käynnistyvät uudelleen."',
         "",
         "links:",
         '  - name: "Wiki"',
         '    icon: "fas fa-book"',
         '    url: "https://wiki.kide.example.fi"',
         '  - name: "Varauskalenteri"',
         '    icon: "fas fa-calendar-alt"',
         '    url: "https://kalenteri.kide.example.fi/gpu"',
         '    target: "_blank"',
         "",
         "services:"]
    for gname, gicon, items in GROUPS:
        L += [f"  - name: {y(gname)}", f"    icon: {y(gicon)}", "    items:"]
        for it in items:
            first = True
            for k in ORDER:
                if k in it:
                    L.append(("      - " if first else "        ") + f"{k}: {y(it[k])}")
                    first = False
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
