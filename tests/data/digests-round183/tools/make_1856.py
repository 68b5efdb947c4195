#!/usr/bin/env python3
"""1856 (negative): a Korean lab's shared workstation menu for IceWM (`/etc/icewm/menu`, copied to `~/.icewm/menu`):
`#` comments, `prog "label" icon command args`, `menu "label" icon { … }`, `separator` and a `menuprog`, holding the
lab's software, dataset folders, textbooks (PDFs and sites) and recorded talks — no paper. The builder refuses any
catalogue title and anything arXiv-shaped. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1856)


def prog(label, icon, cmd, ind=4):
    assert '"' not in label
    return " " * ind + f'prog "{label}" {icon} {cmd}'


def build():
    L = ["# IceWM 메뉴 — 지능시스템연구실 공용 워크스테이션 (lab-ws-07, 공학관 512호)",
         "# 형식: prog \"이름\" 아이콘 명령 [인자...]   /   menu \"이름\" 아이콘 { ... }",
         "# 수정 후: icewm --restart 또는 로그아웃. 문의: 관리 담당 이서준 (내선 4127)",
         "",
         'prog "터미널" utilities-terminal x-terminal-emulator',
         'prog "파일 관리자" system-file-manager pcmanfm',
         'prog "Firefox" firefox firefox',
         "separator",
         'menu "소프트웨어" applications-development {',
         prog("JupyterLab (/data/home 에서 시작)", "jupyter", "jupyter-lab --notebook-dir=/data/home"),
         prog("VS Code", "code", "code"),
         prog("PyCharm Community", "pycharm-community", "pycharm-community"),
         prog("Zotero", "zotero", "zotero"),
         prog("TensorBoard (runs/ 폴더)", "-", "x-terminal-emulator -e tensorboard --logdir /data/home/runs"),
         prog("nvtop (GPU 사용량)", "utilities-system-monitor", "x-terminal-emulator -e nvtop"),
         "}",
         'menu "데이터셋" folder {',
         prog("ImageNet-1k (ILSVRC 2012, /data/imagenet)", "folder", "pcmanfm /data/imagenet"),
         prog("COCO 2017 (/data/coco)", "folder", "pcmanfm /data/coco"),
         prog("KorQuAD 2.1 (/data/korquad)", "folder", "pcmanfm /data/korquad"),
         prog("AI 허브 한국어 음성 (/data/aihub-speech)", "folder", "pcmanfm /data/aihub-speech"),
         prog("데이터셋 사용 규정 (위키)", "text-html", "firefox https://wiki.isl.example.ac.kr/datasets"),
         "}",
         'menu "책" accessories-dictionary {',
         prog("Dive into Deep Learning (한국어판, 웹)", "text-html", "firefox https://ko.d2l.ai/"),
         prog("Pattern Recognition and Machine Learning (Bishop, PDF)", "application-pdf", "evince /data/books/bishop-prml.pdf"),
         prog("Reinforcement Learning: An Introduction (Sutton, Barto, 2판 PDF)", "application-pdf", "evince /data/books/sutton-barto-2ed.pdf"),
         prog("밑바닥부터 시작하는 딥러닝 (사이토 고키, 스캔본)", "application-pdf", "evince /data/books/milbadak-1.pdf"),
         "}",
         'menu "세미나 녹화" video-x-generic {',
         prog("2024-03-06 연구실 세미나: 분산 학습 실습", "video-x-generic", "mpv https://video.isl.example.ac.kr/seminar/2024-03-06"),
         prog("2024-03-13 초청 강연: 한국어 음성 인식 시스템 구축기", "video-x-generic", "mpv https://video.isl.example.ac.kr/seminar/2024-03-13"),
         prog("2024-03-20 신입생 튜토리얼: SLURM과 공용 서버 사용법", "video-x-generic", "mpv https://video.isl.example.ac.kr/seminar/2024-03-20"),
         "}",
         "separator",
         'menuprog "모든 프로그램" applications-other icewm-menu-fdo',
         'prog "화면 잠금" system-lock-screen xlock']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
