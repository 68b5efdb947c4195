#!/usr/bin/env python3
"""1551: a Ukrainian PhD student's commute playlist saved by VLC as XSPF: text-to-speech MP3s of diffusion papers
(ID3 title = paper title, artist = authors, album, comment = source -> <annotation>), a podcast episode and a lecture
recording. Locations are percent-encoded file URIs; ids, trackNum and durations are computed from the model."""
import hashlib, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import keys, by_num

F = by_num(1551)
DIR = "/home/oksana/Аудіо/статті-tts/дифузія/"
ALB = "Статті вголос: дифузія (edge-tts, голос uk-UA-OstapNeural)"
# (file, title, creator, album, trackNum, annotation)
TR = [
    ("ddpm.mp3", T("2006.11239"), au("2006.11239"), ALB, 1, "джерело: https://arxiv.org/pdf/2006.11239v2.pdf — база, слухати першою"),
    ("score_sde_iclr21.mp3", T("2011.13456"), au("2011.13456"), ALB, 2, "джерело: https://openreview.net/forum?id=PxTIG12RRHS (версія ICLR 2021, з додатками)"),
    ("sdxl.mp3", T("2307.01952"), au("2307.01952"), ALB, 3, "https://arxiv.org/abs/2307.01952"),
    ("2302.05543.mp3", T("2302.05543"), au("2302.05543"), ALB, 4, "озвучено з arXiv-версії, формули пропущено"),
    ("textual inversion.mp3", T("2208.01618"), au("2208.01618"), ALB, 5, "без посилання — PDF від Марти, озвучено локально"),
    ("dreambooth.mp3", T("2208.12242"), au("2208.12242"), ALB, 6, "без посилання; розділ 4 перечитати з екрана"),
    ("consistency_models.mp3", T("2303.01469"), au("2303.01469"), ALB, 7, "без посилання (файл із семінару)"),
    ("ssvae.mp3", T("2010.02014"), au("2010.02014"), ALB, 8, "джерело: https://openreview.net/pdf?id=zOGdf9K8aC — не зовсім дифузія, але для розділу про VAE"),
    ("../подкасти/Нейрочас_41.mp3", "Нейрочас #41: дифузійні моделі для відео", "Подкаст «Нейрочас»", "Нейрочас", None, "Гості: Тарас і Ірина. Не стаття — подкаст"),
    ("../лекції/cs236_lecture16.m4a", "CS236 Lecture 16 — Score-based models", "Stanford Online", "CS236 Deep Generative Models", None, "аудіо з YouTube-лекції, лише для повторення"),
]


def dur(s):
    return 60000 * (4 + int(hashlib.sha256(s.encode()).hexdigest()[:6], 16) % 40) + int(hashlib.md5(s.encode()).hexdigest()[:4], 16) % 60000


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def loc(f):
    p = DIR + f
    parts = []
    for seg in p.split("/"):
        if seg == "..": parts.pop(); continue
        parts.append(seg)
    return "file://" + quote("/".join(parts), safe="/")


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<playlist xmlns="http://xspf.org/ns/0/" xmlns:vlc="http://www.videolan.org/vlc/playlist/ns/0/" version="1">',
         "\t<title>Плейлист</title>", "\t<trackList>"]
    for i, (f, t, c, a, n, ann) in enumerate(TR):
        L += ["\t\t<track>", f"\t\t\t<location>{loc(f)}</location>", f"\t\t\t<title>{esc(t)}</title>",
              f"\t\t\t<creator>{esc(c)}</creator>", f"\t\t\t<album>{esc(a)}</album>"]
        if n: L.append(f"\t\t\t<trackNum>{n}</trackNum>")
        L += [f"\t\t\t<annotation>{esc(ann)}</annotation>", f"\t\t\t<duration>{dur(f)}</duration>",
              '\t\t\t<extension application="http://www.videolan.org/vlc/playlist/0">', f"\t\t\t\t<vlc:id>{i}</vlc:id>",
              "\t\t\t</extension>", "\t\t</track>"]
    L += ["\t</trackList>", '\t<extension application="http://www.videolan.org/vlc/playlist/0">']
    L += [f'\t\t<vlc:item tid="{i}"/>' for i in range(len(TR))]
    L += ["\t</extension>", "</playlist>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
