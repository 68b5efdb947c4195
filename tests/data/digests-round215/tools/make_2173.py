#!/usr/bin/env python3
"""2173: a Fly.io `fly.toml` (as `fly launch` writes it: app, primary_region, [build], [env], [http_service] with
concurrency and checks, [[mounts]], [[vm]]) of an invented Hungarian vision-language paper-search demo whose seed
papers sit in env values and `#` comments: arXiv links (`/abs/`, `/pdf/…v1`, `http://`, `/pdf/….pdf`) in a
multi-line env string and comments, `arXiv:2004.11362` in a comment, titles alone in comments and an env value;
non-papers (the Fly docs, a dataset, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2173)
TXT = fill(r'''# fly.toml app configuration file generated for kepszoveg-kereso on 2024-04-22T09:14:37+02:00
#
# See https://fly.io/docs/reference/configuration/ for information about how to use this file.
#
# Kép-szöveg kereső demó a Látás-Nyelv Labor olvasókörének (karbantartó: Fekete Zsófia,
# zsofia.fekete@latasnyelv-lab.example.hu). Kód: https://github.com/latasnyelv-lab/kepszoveg-kereso

app = 'kepszoveg-kereso'
primary_region = 'ams'
kill_signal = 'SIGINT'
kill_timeout = '5s'

[build]
  dockerfile = 'Dockerfile'

[env]
  PORT = '8080'
  LOG_LEVEL = 'info'
  INDEX_PATH = '/data/index.faiss'
  # Az induló index cikkei (a seed szkript letölti a PDF-eket; sorrend = megjelenítési sorrend)
  SEED_PAPERS = """
https://arxiv.org/abs/2106.13884
https://arxiv.org/pdf/2102.05918v1
http://arxiv.org/abs/2304.02643
https://arxiv.org/pdf/2303.15343.pdf
"""
  SEED_NOTE = 'Következő kör: [[T:2011.04419]]'
  # A fenti négy: [[T:2106.13884]]; [[T:2102.05918]];
  # [[T:2304.02643]]; [[T:2303.15343]].
  # Kimaradt (Bence, 04.19.): [[T:2004.11362]], arXiv:2004.11362 -- nem kép-szöveg.
  # Később, ha lesz GPU: [[T:2304.08485]] és [[T:2103.03230]]
  # Tesztadat: MS COCO 2017 val (adathalmaz). Háttér: Szeliski, "Computer Vision: Algorithms and Applications".
  # Előadás: https://video.latasnyelv-lab.example.hu/eloadasok/2024-04

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 0
  processes = ['app']

  [http_service.concurrency]
    type = 'requests'
    soft_limit = 20
    hard_limit = 25

  [[http_service.checks]]
    grace_period = '20s'
    interval = '30s'
    method = 'GET'
    timeout = '5s'
    path = '/healthz'

[[mounts]]
  source = 'kereso_adat'
  destination = '/data'
  initial_size = '3gb'

[[vm]]
  memory = '2gb'
  cpu_kind = 'shared'
  cpus = 2
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
