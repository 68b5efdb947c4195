#!/usr/bin/env python3
"""2056 (negative): a Buildroot defconfig (`configs/sala_lectura_rpi4_defconfig` of an invented reading-room kiosk
image), Catalan `#` comments: software (Buildroot packages), datasets, books and talks, and no paper; the builder
refuses any catalogue title and anything arXiv-shaped (catalogue.write(…, negative=True)). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2056)
TXT = '''# configs/sala_lectura_rpi4_defconfig
# Imatge del quiosc de la sala de lectura del grup (Raspberry Pi 4, pantalla tàctil de 10")
# Mantenidora: Montserrat Puig i Soler <montse.puig@sala-lectura.example.cat>
# Arbre extern: https://github.com/sala-lectura-cat/br2-sala-lectura
# Construir: make BR2_EXTERNAL=../br2-sala-lectura sala_lectura_rpi4_defconfig && make
#
# Què hi ha al quiosc (no hi ha articles, només programari, dades, llibres i xerrades):
#  - programari: Python 3 amb NumPy i pandas, SQLite, Chromium en mode quiosc (cog/WPE), Jupyter no
#  - dades (a /srv/dades, via BR2_ROOTFS_OVERLAY): Iris i Titanic per als tallers, el corpus
#    Europarl català-anglès i Common Voice en català (fragment de 2 GB)
#  - llibres en PDF amb llicència de la biblioteca: "Deep Learning" (Goodfellow, Bengio, Courville),
#    "Pattern Recognition and Machine Learning" (Bishop), "Python for Data Analysis" (McKinney)
#  - xerrades gravades: https://video.sala-lectura.example.cat/xerrada/2024-03 i /xerrada/2024-05
# Manual de Buildroot: https://buildroot.org/downloads/manual/manual.html
BR2_aarch64=y
BR2_cortex_a72=y
BR2_ARM_FPU_VFPV4=y
BR2_TOOLCHAIN_BUILDROOT_CXX=y
BR2_TOOLCHAIN_BUILDROOT_WCHAR=y
BR2_GLOBAL_PATCH_DIR="$(BR2_EXTERNAL_SALA_LECTURA_PATH)/patches"
BR2_TARGET_GENERIC_HOSTNAME="sala-lectura"
BR2_TARGET_GENERIC_ISSUE="Benvinguts a la sala de lectura"
BR2_INIT_SYSTEMD=y
BR2_SYSTEM_DHCP="eth0"
BR2_ROOTFS_OVERLAY="$(BR2_EXTERNAL_SALA_LECTURA_PATH)/overlay"
BR2_ROOTFS_POST_BUILD_SCRIPT="board/raspberrypi4-64/post-build.sh"
BR2_ROOTFS_POST_IMAGE_SCRIPT="board/raspberrypi4-64/post-image.sh"
BR2_LINUX_KERNEL=y
BR2_LINUX_KERNEL_CUSTOM_TARBALL=y
BR2_LINUX_KERNEL_CUSTOM_TARBALL_LOCATION="$(call github,raspberrypi,linux,576cc10e1ed50a9eacffc7a05c796051d7343ea4)/linux-576cc10e1ed50a9eacffc7a05c796051d7343ea4.tar.gz"
BR2_LINUX_KERNEL_DEFCONFIG="bcm2711"
BR2_LINUX_KERNEL_DTS_SUPPORT=y
BR2_LINUX_KERNEL_INTREE_DTS_NAME="broadcom/bcm2711-rpi-4-b"
BR2_LINUX_KERNEL_NEEDS_HOST_OPENSSL=y
# pantalla i navegador en mode quiosc
BR2_PACKAGE_MESA3D=y
BR2_PACKAGE_MESA3D_GALLIUM_DRIVER_V3D=y
BR2_PACKAGE_MESA3D_GALLIUM_DRIVER_VC4=y
BR2_PACKAGE_MESA3D_OPENGL_ES=y
BR2_PACKAGE_CAGE=y
BR2_PACKAGE_COG=y
BR2_PACKAGE_WPEWEBKIT=y
BR2_PACKAGE_FONTS_NOTO=y
# Python per als tallers
BR2_PACKAGE_PYTHON3=y
BR2_PACKAGE_PYTHON_NUMPY=y
BR2_PACKAGE_PYTHON_PANDAS=y
BR2_PACKAGE_SQLITE=y
# BR2_PACKAGE_PYTHON3_TKINTER is not set
BR2_PACKAGE_RPI_FIRMWARE=y
BR2_PACKAGE_RPI_FIRMWARE_VARIANT_PI4=y
BR2_TARGET_ROOTFS_EXT2=y
BR2_TARGET_ROOTFS_EXT2_4=y
BR2_TARGET_ROOTFS_EXT2_SIZE="6G"
# BR2_TARGET_ROOTFS_TAR is not set
BR2_PACKAGE_HOST_DOSFSTOOLS=y
BR2_PACKAGE_HOST_GENIMAGE=y
BR2_PACKAGE_HOST_MTOOLS=y
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
