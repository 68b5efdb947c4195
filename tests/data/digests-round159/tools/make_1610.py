#!/usr/bin/env python3
"""1610: the cue sheet an Italian reading group keeps beside the recording of its "maratona di lettura" (two FLAC
files, before and after the break): disc-level REM GENRE / DATE / COMMENT, PERFORMER and TITLE, then one TRACK per
talk with TITLE, PERFORMER, a REM COMMENT (link or note) and INDEX 01 in mm:ss:ff (75 frames a second), tracks
numbered across both files. The INDEX values are computed from the modelled start times in seconds."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1610)
PARTS = [
    ("maratona_2024-03-15_parte1.flac", [
        (0, "Apertura: programma e regole (15 minuti a testa)", "Giulia Ferri", "Link alle slide nel canale #lettura"),
        (152.4, T("1904.10509"), "Marco Bellini", "https://arxiv.org/abs/1904.10509"),
        (1048.2, T("2006.16236"), "Chiara Russo", "https://arxiv.org/abs/2006.16236v3"),
        (1932.6, T("2205.14135"), "Luca Esposito", "https://arxiv.org/abs/2205.14135 - codice: repo flash-attention"),
        (2811.0, T("2202.10447"), "Giulia Ferri", "ICML 2022 - il modello si chiama FLASH, da non confondere con FlashAttention"),
        (3540.8, T("2006.03236"), "Marco Bellini", "NeurIPS 2020"),
    ]),
    ("maratona_2024-03-15_parte2.flac", [
        (0, T("2008.07669"), "Francesca Gallo", "NeurIPS 2020, arXiv:2008.07669"),
        (901.4, T("2111.00396"), "Francesca Gallo", "ICLR 2022 - PDF: https://openreview.net/pdf?id=" + OR("2111.00396")),
        (1876.53, T("2103.14636"), "Chiara Russo", "Rassegna lunga: solo le sezioni 3 e 4"),
        (2610.0, "Discussione finale: Mamba, xformers e cosa leggere ad aprile", "tutti", "Audio basso negli ultimi minuti"),
    ]),
]


def msf(s):
    fr = round(s * 75)
    m, r = divmod(fr, 75 * 60)
    sec, f = divmod(r, 75)
    return f"{m:02d}:{sec:02d}:{f:02d}"


def build():
    L = ['REM GENRE "Speech"', "REM DATE 2024",
         'REM COMMENT "Registrazione del gruppo di lettura, Dipartimento di Informatica - 15 marzo 2024"',
         'PERFORMER "Gruppo di lettura SeqMod"',
         'TITLE "Maratona di lettura: attenzione efficiente e modelli a spazio di stati"']
    n = 0
    for fname, tracks in PARTS:
        L.append(f'FILE "{fname}" WAVE')
        for s, title, who, note in tracks:
            n += 1
            L += [f"  TRACK {n:02d} AUDIO", f'    TITLE "{title}"', f'    PERFORMER "{who}"',
                  f'    REM COMMENT "{note}"', f"    INDEX 01 {msf(s)}"]
    return "\r\n".join(L) + "\r\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
