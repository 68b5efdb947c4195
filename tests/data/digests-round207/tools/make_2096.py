#!/usr/bin/env python3
"""2096 (negative): a Humdrum **kern score (.krn) of an invented two-voice Catalan song from an invented choir
archive: reference records (`!!!`) and comments naming software (the Humdrum Toolkit, Verovio, music21), datasets
(KernScores, an invented archive corpus), books and talks, no paper; the builder refuses any catalogue title and
anything arXiv-shaped. Tab-separated spines. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2096)
TXT = fill('!!!COM: Anonim\n!!!OTL@CA: Cançó de la sega\n!!!OPT@CA: Cançoner de la coral (núm. 17)\n!!!CNT: Catalan\n!!!ENC: Núria Puigdomènech Vidal <nuria.puigdomenech@cor-arxiu.example.cat>\n!!!EED: Pau Ferrer i Solà\n!!!YEC: Copyright 2024, Arxiu del Cor de la Vall (inventari intern)\n!!!ONB: Codificat amb el Humdrum Toolkit (https://www.humdrum.org/) i revisat a Verovio (https://www.verovio.org/)\n!!!ONB: Analitzat amb music21 (https://web.mit.edu/music21/) -- vegeu el repositori https://github.com/cor-arxiu/cancons-kern\n!!!ONB: Llibres: Huron, "Sweet Anticipation: Music and the Psychology of Expectation"; Temperley, "Music and Probability"\n!!!ONB: Dades de comparació: KernScores (https://kern.humdrum.org/) i el corpus "Cançons de la Vall" (v3, 214 peces)\n!!!ONB: Xerrada: https://video.cor-arxiu.example.cat/xerrada/2024-02 (Humdrum per a cors, 45 min)\n**kern\t**kern\n*staff2\t*staff1\n*clefF4\t*clefG2\n*k[f#]\t*k[f#]\n*G:\t*G:\n*M3/4\t*M3/4\n=1-\t=1-\n4G\t4d\n4B\t8g\n.\t8a\n4d\t4b\n=2\t=2\n2.G\t4a\n.\t4g\n.\t4f#\n=3\t=3\n4D\t4a\n4F#\t4d\n4A\t4f#\n=4\t=4\n2.G\t2.g\n!\t!fi de la primera estrofa\n==\t==\n*-\t*-\n!!!RDF**kern: > = above note\n!!!END: 2024-02-19\n', {})

if __name__ == "__main__":
    write(F, TXT, negative=True)
