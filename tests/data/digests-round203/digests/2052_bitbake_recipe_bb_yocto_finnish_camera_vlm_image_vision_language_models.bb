# Resepti: kamera-vlm - kameran kuvista tekstikuvauksia tuottava palvelu (meta-kamera-vlm)
# Ylläpitäjä: Eero Mäkelä <eero.makela@kamera-vlm.example.fi>
# Lähdekoodi: https://github.com/kamera-vlm-fi/kamera-vlm
#
# Mallin taustaa (lukupiiri, kevät 2024):
#   kuva-tekstiparien kooderi: Learning Transferable Visual Models From Natural Language Supervision
#     https://arxiv.org/abs/2103.00020
#   vastaukset kuvista: Visual Instruction Tuning (http://arxiv.org/abs/2304.08485)
#   rajausmaskit: Segment Anything, https://arxiv.org/pdf/2304.02643.pdf
#   kooderin hienosäätö sigmoid-häviöllä, Sigmoid Loss for Language Image Pre-Training (arXiv:2303.15343)
# Lukematta (ei linkkiä, PDF:t jaetussa kansiossa):
#   * Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision
#   * Multimodal Few-Shot Learning with Frozen Language Models
#   * Supervised Contrastive Learning
# Yocto-käsikirja: https://docs.yoctoproject.org/ref-manual/variables.html
# Kirja: Szeliski, Computer Vision: Algorithms and Applications, 2. painos
# Testikuvat: COCO 2017 val -aineistosta poimitut 500 kuvaa (datajoukko, ei mukana reseptissä)
# Esitys: https://video.kamera-vlm.example.fi/esitys/2024-04

SUMMARY = "Kameran kuvista tekstikuvauksia tuottava palvelu"
DESCRIPTION = "kamera-vlm lukee V4L2-kameraa ja tuottaa kuvauksia paikallisella mallilla. \
Few-shot-kehotteet: Flamingo: a Visual Language Model for Few-Shot Learning https://arxiv.org/abs/2204.14198v1"
HOMEPAGE = "https://kamera-vlm-fi.github.io/kamera-vlm"
SECTION = "multimedia"
LICENSE = "Apache-2.0"
LIC_FILES_CHKSUM = "file://LICENSE;md5=f89d8a9c491b35456cee24c8b14399da"

SRC_URI = "git://github.com/kamera-vlm-fi/kamera-vlm.git;protocol=https;branch=main \
           file://kamera-vlm.service \
           file://0001-cmake-disable-cuda.patch \
           "
SRCREV = "7c8230e62106c16676885aed8ac5ee874123db22"
PV = "0.3+git"

S = "${WORKDIR}/git"

inherit cmake systemd pkgconfig

DEPENDS = "opencv onnxruntime libv4l"
RDEPENDS:${PN} += "v4l-utils"

EXTRA_OECMAKE = "-DKAMERA_VLM_WITH_CUDA=OFF -DKAMERA_VLM_MODELDIR=${datadir}/kamera-vlm"

SYSTEMD_SERVICE:${PN} = "kamera-vlm.service"
SYSTEMD_AUTO_ENABLE:${PN} = "enable"

do_install:append() {
    install -d ${D}${systemd_system_unitdir}
    install -m 0644 ${WORKDIR}/kamera-vlm.service ${D}${systemd_system_unitdir}
    install -d ${D}${datadir}/kamera-vlm
}

FILES:${PN} += "${datadir}/kamera-vlm"
