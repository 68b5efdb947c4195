#!/usr/bin/env python3
"""2156 (negative): a youtube-dl batch file (`foredrag.txt`, read with `youtube-dl -a foredrag.txt`: one URL a line,
lines starting with `#`, `;` or `]` are comments, blank lines ignored) of an invented Norwegian lab archiving talks:
talks (YouTube and Vimeo URLs with invented ids, the lab's own video host), software (youtube-dl, ffmpeg, PyTorch,
JAX), datasets (ImageNet, Common Crawl, NorNE) and books (Bishop, Goodfellow et al.) — no paper, no arXiv id. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(2156)
TXT = r'''# foredrag.txt -- kø for youtube-dl, foredragsarkivet til lesegruppa
# Bruk:  youtube-dl -a foredrag.txt -o "arkiv/%(upload_date)s-%(title)s.%(ext)s" -f "bestvideo[height<=720]+bestaudio/best"
# (ffmpeg må ligge i PATH for å slå sammen video og lyd)
# Vedlikehold: Ingrid Haugland Solberg <ingrid.solberg@foredrag-lab.example.no>
# Repo med skriptene: https://github.com/foredrag-lab/arkiv-kø
#
# Linjer som begynner med # eller ; er kommentarer. Ingen artikler her -- de ligger i Zotero-gruppa.

# --- Vår 2024: programvare ---
; Intro til PyTorch 2.x-kompilatoren (verkstedet i februar)
https://www.youtube.com/watch?v=Qk3vT9xLm2A
; JAX for fysikere, del 1 og 2
https://www.youtube.com/watch?v=Zr8pW1cYd0E
https://www.youtube.com/watch?v=Hn5sJ7uVb4K

# --- Datasett ---
; Om lisensene til ImageNet og Common Crawl (panelsamtale)
https://vimeo.com/912384756
; NorNE: norsk navngitt-entitet-datasett, presentert av annoteringsteamet
https://video.foredrag-lab.example.no/foredrag/2024-03-norne

# --- Bøker (lesesirkelen) ---
; Bishop, "Pattern Recognition and Machine Learning", kap. 9 -- opptak fra lesesirkelen
https://video.foredrag-lab.example.no/foredrag/2024-04-bishop-kap9
; Goodfellow, Bengio & Courville, "Deep Learning", kap. 10 (gjesteforelesning)
https://www.youtube.com/watch?v=Lp2mX6tRw9Q

# --- Allerede lastet ned (kommentert ut) ---
# https://www.youtube.com/watch?v=Bv7nC3eKq1S
]  https://www.youtube.com/watch?v=Te4gH8jUy2M   (gammel lenke, videoen er fjernet)
'''

if __name__ == "__main__":
    write(F, TXT, negative=True)
