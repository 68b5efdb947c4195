#!/usr/bin/env python3
"""2133: an Icinga 2 configuration file (`/etc/icinga2/conf.d/retrieval.conf`: `//`, `#` and `/* */` comments, an
`object Host` and four `object Service`s importing templates, `check_command`, `vars.*`, `notes` and `notes_url`
attributes, an `apply Notification`) of an invented Indonesian image-text retrieval API: arXiv links (`/abs/`,
`/pdf/…v1`, `http://`, `/abs/…v1`) in `notes_url` values and comments, one `arXiv:NNNN.NNNNN` in a `notes` string,
titles alone in `notes` strings and a comment; non-papers (a book, Icinga's docs, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2133)
TXT = fill(r'''/*
 * retrieval.conf -- pemantauan API temu-kembali gambar-teks (lab visi-bahasa)
 * Pengelola: Dimas Prasetyo Wibowo <dimas.wibowo@visbah-lab.example.id>
 * Repositori: https://github.com/visbah-lab/temu-kembali
 * Dokumentasi: https://icinga.com/docs/icinga-2/latest/doc/09-object-types/
 */

object Host "temu-kembali-01" {
  import "generic-host"
  address = "10.20.4.11"
  vars.os = "Linux"
  vars.gpu = "2x A100 40GB"
  notes = "Server encoder gambar-teks; buku acuan: Szeliski, Computer Vision: Algorithms and Applications"
}

// Encoder utama: [[T:2103.00020]]
object Service "encoder-clip" {
  import "generic-service"
  host_name = "temu-kembali-01"
  check_command = "http"
  vars.http_uri = "/v1/embed/health"
  vars.http_port = 8080
  notes = "[[T:2103.00020]]"
  notes_url = "https://arxiv.org/abs/2103.00020"
}

object Service "encoder-align" {
  import "generic-service"
  host_name = "temu-kembali-01"
  check_command = "http"
  vars.http_uri = "/v1/align/health"
  vars.http_port = 8081
  notes = "[[T:2102.05918]]"
  notes_url = "https://arxiv.org/pdf/2102.05918v1"
}

# SigLIP dipakai untuk indeks baru sejak Maret:
#   [[T:2303.15343]] -- http://arxiv.org/abs/2303.15343
object Service "encoder-siglip" {
  import "generic-service"
  host_name = "temu-kembali-01"
  check_command = "http"
  vars.http_uri = "/v1/siglip/health"
  vars.http_port = 8082
  check_interval = 2m
  notes = "Kepala klasifikasi dilatih dengan [[T:2004.11362]] (arXiv:2004.11362)"
}

object Service "segmentasi-sam" {
  import "generic-service"
  host_name = "temu-kembali-01"
  check_command = "http"
  vars.http_uri = "/v1/segment/health"
  vars.http_port = 8083
  notes = "[[T:2304.02643]]"
  notes_url = "https://arxiv.org/abs/2304.02643v1"
}

/* Bacaan kelompok (belum ada layanannya): [[T:2010.04592]];
   [[T:2204.14198]]; [[T:2106.13884]].
   Rekaman presentasi: https://video.visbah-lab.example.id/presentasi/2024-03 */

apply Notification "mail-tim-visbah" to Service {
  import "mail-service-notification"
  users = [ "dimas", "rahayu" ]
  assign where host.name == "temu-kembali-01"
}
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
