#!/usr/bin/env python3
"""2016 (negative): a cloud-init cloud-config (`user-data` for an invented reading-room VM), Danish comments and
texts: software (packages, a pip install, a Zotero tarball), datasets (CIFAR-10, Common Voice), books and recorded
talks, and no paper. Two-space YAML, LF. Refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2016)
TXT = '''#cloud-config
# Læsesal-VM til ML-læsegruppen (Mads Kjeldsen, @madskj-lab). Ingen artikler her:
# kun software, datasæt, bøger og optagede foredrag.
hostname: laesesal-vm01
fqdn: laesesal-vm01.laesegruppe.example.dk
locale: da_DK.UTF-8
timezone: Europe/Copenhagen
keyboard:
  layout: dk

users:
  - default
  - name: laeser
    gecos: Læsegruppen
    groups: [sudo, users]
    shell: /bin/bash
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRound199InventedKeyMadsKjeldsenLaesesal madskj@laesesal

package_update: true
package_upgrade: true
packages:
  - python3-venv
  - python3-pip
  - git
  - zathura
  - calibre
  - jupyter-notebook
  - ffmpeg

write_files:
  - path: /etc/motd
    permissions: "0644"
    content: |
      Velkommen til læsesalens VM.
      Bøger på hylden (PDF i /srv/boeger):
        - Bishop: Pattern Recognition and Machine Learning
        - Goodfellow, Bengio, Courville: Deep Learning (MIT Press)
        - Zhang, Lipton, Li, Smola: Dive into Deep Learning
      Datasæt i /srv/data: CIFAR-10 og Common Voice (dansk).
      Foredrag fra efteråret: https://video.laesegruppe.example.dk/foredrag/2024-10
  - path: /home/laeser/.config/laesesal/links.txt
    owner: laeser:laeser
    defer: true
    content: |
      Software: https://pytorch.org/get-started/locally/
      Software: https://www.zotero.org/download/
      Datasæt: https://www.cs.toronto.edu/~kriz/cifar.html
      Datasæt: https://commonvoice.mozilla.org/da/datasets
      Foredrag: https://video.laesegruppe.example.dk/foredrag/2024-11

runcmd:
  - [ mkdir, -p, /srv/data, /srv/boeger ]
  - [ sh, -c, "python3 -m venv /opt/laesesal && /opt/laesesal/bin/pip install torch torchvision torchaudio jupyterlab" ]
  - [ wget, -q, -O, /srv/data/cifar-10-python.tar.gz, "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz" ]
  - [ tar, -xzf, /srv/data/cifar-10-python.tar.gz, -C, /srv/data ]
  - [ wget, -q, -O, /tmp/zotero.tar.bz2, "https://www.zotero.org/download/client/dl?channel=release&platform=linux-x86_64" ]
  - [ tar, -xjf, /tmp/zotero.tar.bz2, -C, /opt ]

final_message: "Læsesalen er klar efter $UPTIME sekunder."
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
