#!/usr/bin/env python3
"""1936 (negative): a Ukrainian lab's Metalink 4 file (`lab-resursy-2024-03.meta4`, RFC 5854) for aria2 / DownThemAll:
the XML declaration, a comment, generator and published, eleven files — software, datasets, open books and talk
recordings — each with a description, size, a SHA-256 hash (computed from the name, standing in for the real one),
mirrors with location and priority. No paper, no catalogue title, nothing arXiv-shaped (the builder refuses them).
LF, a final newline."""
import hashlib, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1936_negative_metalink_meta4_ukrainian_lab_download_list_software_datasets_books_and_talks.meta4"

FILES = [
    ("software/miniforge/Miniforge3-Linux-x86_64.sh", "Інсталятор Miniforge (conda-forge) для вузлів кластера", 87315480,
     [("us", "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh")]),
    ("software/vscode/code_amd64.deb", "Visual Studio Code, пакет для Ubuntu (лабораторні ноутбуки)", 104857600,
     [("us", "https://update.code.visualstudio.com/latest/linux-deb-x64/stable")]),
    ("software/zotero/Zotero-linux-x86_64.tar.bz2", "Zotero — для бібліотеки групи (не стаття, програма)", 92274688,
     [("us", "https://www.zotero.org/download/client/dl?channel=release&platform=linux-x86_64")]),
    ("datasets/cifar-10-python.tar.gz", "CIFAR-10, python-версія (датасет для практикуму)", 170498071,
     [("ca", "https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz"),
      ("ua", "https://dzerkalo.mlkyiv.example.ua/datasets/cifar-10-python.tar.gz")]),
    ("datasets/librispeech/train-clean-100.tar.gz", "LibriSpeech train-clean-100 (датасет, 100 годин мовлення)", 6387309499,
     [("us", "https://www.openslr.org/resources/12/train-clean-100.tar.gz"),
      ("ua", "https://dzerkalo.mlkyiv.example.ua/datasets/librispeech/train-clean-100.tar.gz")]),
    ("datasets/ua-gec/ua-gec-v2.zip", "UA-GEC: корпус виправлень помилок українською (датасет)", 13631488,
     [("ua", "https://dzerkalo.mlkyiv.example.ua/datasets/ua-gec/ua-gec-v2.zip")]),
    ("books/d2l-en.pdf", "Книга Dive into Deep Learning (відкрита, PDF)", 41943040,
     [("us", "https://d2l.ai/d2l-en.pdf")]),
    ("books/sutton-barto-rlbook2020.pdf", "Книга Sutton, Barto — Reinforcement Learning: An Introduction, 2-ге видання", 89128960,
     [("ca", "http://incompleteideas.net/book/RLbook2020.pdf")]),
    ("talks/2024-02-29-seminar.mp4", "Запис семінару 29.02 (Олена Коваленко, про токенізацію для української)", 734003200,
     [("ua", "https://video.mlkyiv.example.ua/seminar/2024-02-29.mp4")]),
    ("talks/2024-03-07-seminar.mp4", "Запис семінару 07.03 (Тарас Мельник, огляд інструментів для MLOps)", 681574400,
     [("ua", "https://video.mlkyiv.example.ua/seminar/2024-03-07.mp4")]),
    ("talks/2024-03-07-slides.pdf", "Слайди до семінару 07.03", 5242880,
     [("ua", "https://video.mlkyiv.example.ua/seminar/2024-03-07-slides.pdf")]),
]


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<metalink xmlns="urn:ietf:params:xml:ns:metalink">',
         "  <!-- Ресурси лабораторії МН (ауд. 312) на березень. Завантаження: aria2c -M lab-resursy-2024-03.meta4",
         "       Відповідальний: Тарас Мельник, t.melnyk@mlkyiv.example.ua. Статей тут немає — лише програми, дані, книги, записи. -->",
         "  <generator>metalink-maker/0.4 (mlkyiv)</generator>",
         "  <published>2024-03-11T08:30:00Z</published>"]
    for name, desc, size, urls in FILES:
        L += [f'  <file name="{escape(name)}">',
              f"    <description>{escape(desc)}</description>",
              f"    <size>{size}</size>",
              f'    <hash type="sha-256">{hashlib.sha256(name.encode()).hexdigest()}</hash>']
        for pri, (loc, u) in enumerate(urls, 1):
            L.append(f'    <url location="{loc}" priority="{pri}">{escape(u)}</url>')
        L.append("  </file>")
    L.append("</metalink>")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
