#!/usr/bin/env python3
"""2052: a BitBake recipe (`kamera-vlm_0.3.bb`, a Yocto layer's recipe for an invented camera vision-language
service), Finnish `#` comments: arXiv links (`/abs/`, `http://`, `/pdf/….pdf`, `/abs/…v1`) in comments and
DESCRIPTION, one id in text, three titles alone, and non-papers (a repository, the Yocto manual, a book, a dataset, a
talk). The LIC_FILES_CHKSUM md5 and SRCREV are an md5 / sha1 hex of invented strings. LF."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2052)
MD5 = hashlib.md5(b"kamera-vlm LICENSE (invented)").hexdigest()
REV = hashlib.sha1(b"kamera-vlm v0.3 (invented)").hexdigest()
TXT = f'''# Resepti: kamera-vlm - kameran kuvista tekstikuvauksia tuottava palvelu (meta-kamera-vlm)
# Ylläpitäjä: Eero Mäkelä <eero.makela@kamera-vlm.example.fi>
# Lähdekoodi: https://github.com/kamera-vlm-fi/kamera-vlm
#
# Mallin taustaa (lukupiiri, kevät 2024):
#   kuva-tekstiparien kooderi: {T("2103.00020")}
#     https://arxiv.org/abs/2103.00020
#   vastaukset kuvista: {T("2304.08485")} (http://arxiv.org/abs/2304.08485)
#   rajausmaskit: {T("2304.02643")}, https://arxiv.org/pdf/2304.02643.pdf
#   kooderin hienosäätö sigmoid-häviöllä, {T("2303.15343")} (arXiv:2303.15343)
# Lukematta (ei linkkiä, PDF:t jaetussa kansiossa):
#   * {T("2102.05918")}
#   * {T("2106.13884")}
#   * {T("2004.11362")}
# Yocto-käsikirja: https://docs.yoctoproject.org/ref-manual/variables.html
# Kirja: Szeliski, Computer Vision: Algorithms and Applications, 2. painos
# Testikuvat: COCO 2017 val -aineistosta poimitut 500 kuvaa (datajoukko, ei mukana reseptissä)
# Esitys: https://video.kamera-vlm.example.fi/esitys/2024-04

SUMMARY = "Kameran kuvista tekstikuvauksia tuottava palvelu"
DESCRIPTION = "kamera-vlm lukee V4L2-kameraa ja tuottaa kuvauksia paikallisella mallilla. \\
Few-shot-kehotteet: {T("2204.14198")} https://arxiv.org/abs/2204.14198v1"
HOMEPAGE = "https://kamera-vlm-fi.github.io/kamera-vlm"
SECTION = "multimedia"
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://LICENSE;md5={MD5}"

SRC_URI = "git://github.com/kamera-vlm-fi/kamera-vlm.git;protocol=https;branch=main \\
           file://kamera-vlm.service \\
           file://0001-cmake-disable-cuda.patch \\
           "
SRCREV = "{REV}"
PV = "0.3+git"

S = "${{WORKDIR}}/git"

inherit cmake systemd pkgconfig

DEPENDS = "opencv onnxruntime libv4l"
RDEPENDS:${{PN}} += "v4l-utils"

EXTRA_OECMAKE = "-DKAMERA_VLM_WITH_CUDA=OFF -DKAMERA_VLM_MODELDIR=${{datadir}}/kamera-vlm"

SYSTEMD_SERVICE:${{PN}} = "kamera-vlm.service"
SYSTEMD_AUTO_ENABLE:${{PN}} = "enable"

do_install:append() {{
    install -d ${{D}}${{systemd_system_unitdir}}
    install -m 0644 ${{WORKDIR}}/kamera-vlm.service ${{D}}${{systemd_system_unitdir}}
    install -d ${{D}}${{datadir}}/kamera-vlm
}}

FILES:${{PN}} += "${{datadir}}/kamera-vlm"
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
