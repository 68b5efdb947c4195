#!/usr/bin/env python3
"""2032: a PlatformIO project file (`platformio.ini` of an invented ESP32 camera project), Turkish comments: arXiv
links (`/abs/`, `http://`, `/pdf/…v2`, `/abs/…v1`) in `;` comments, one id in text, three titles alone, and
non-papers (a repository, docs, a dataset, a talk). PlatformIO's template header, four-space continuations, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2032)
TXT = f'''; PlatformIO Project Configuration File
;
;   Build options: build flags, source filter
;   Upload options: custom upload port, speed and extra flags
;   Library options: dependencies, extra library storages
;   Advanced options: extra scripting
;
; Please visit documentation for the other options and examples
; https://docs.platformio.org/page/projectconf.html

; --- goruntu-kamerasi (Elif Yıldırım, Görü ve Dil okuma grubu) ---
; Kamera kareleri sunucuya gidiyor, sunucuda maskeleme ve betimleme yapılıyor.
; Bu dönem okuduklarımız (sunucu tarafı bunlara dayanıyor):
;   {T("2304.02643")}
;     https://arxiv.org/abs/2304.02643
;   {T("2102.05918")} -- http://arxiv.org/abs/2102.05918
;   {T("2303.15343")}, https://arxiv.org/pdf/2303.15343v2
;   {T("2304.08485")}: https://arxiv.org/abs/2304.08485v1
;   {T("2106.08254")} (arXiv 2106.08254) - kodlayıcı ön eğitimi için
; Sıradakiler: "{T("1912.11370")}", "{T("2004.08955")}" ve 3B grubu için "{T("2308.04079")}".
; Veri seti: COCO 2017 val (makale değil). Sunum: https://video.goru-dil.example.com.tr/sunum/2024-10

[platformio]
default_envs = esp32cam
description = Goruntu-kamerasi: ESP32-CAM kareleri sunucuya yollar

[env]
framework = arduino
monitor_speed = 115200
monitor_filters = esp32_exception_decoder, time
lib_deps =
    bblanchon/ArduinoJson@^7.0.4
    knolleary/PubSubClient@^2.8
    https://github.com/goru-dil-tr/kamera-istemci.git#v0.2.1

[env:esp32cam]
platform = espressif32@6.7.0
board = esp32cam
build_flags =
    -DCAMERA_MODEL_AI_THINKER
    -DBOARD_HAS_PSRAM
    -mfix-esp32-psram-cache-issue
    -DSUNUCU_URL=\\"http://goru-sunucu.goru-dil.example.com.tr:8080/kare\\"
upload_speed = 921600
board_build.partitions = huge_app.csv

[env:esp32s3]
platform = espressif32@6.7.0
board = esp32-s3-devkitc-1
board_build.arduino.memory_type = qio_opi
build_flags =
    -DBOARD_HAS_PSRAM
    -DCAMERA_MODEL_ESP32S3_EYE
upload_speed = 921600
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
