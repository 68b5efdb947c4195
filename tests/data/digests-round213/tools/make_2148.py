#!/usr/bin/env python3
"""2148: a curl config file (`pobierz.curlrc`, read with `curl -K pobierz.curlrc`: `#` comments, global options, then
`url = "…"` / `output = "…"` pairs) of an invented Polish scaling reading group that fetches its papers' PDFs: arXiv
links (`/pdf/`, `/pdf/…v2`, `http://`, `/abs/`) in `url` values, one `arXiv 2306.11644` in a comment, titles alone in
comments; non-papers (a book, the curl manual, the repository, a talk, a dataset card). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2148)
TXT = fill(r'''# pobierz.curlrc -- lista pobrań na seminarium "Skalowanie modeli językowych" (maj 2024)
# Użycie:  curl -K pobierz.curlrc
# Opcje: https://curl.se/docs/manpage.html  (sekcja -K, --config)
# Repozytorium: https://github.com/skalowanie-lab/lista-pobran
# Prowadzi: Tomasz Wierzbicki <tomasz.wierzbicki@skalowanie-lab.example.pl>
# Nagranie poprzedniego spotkania: https://video.skalowanie-lab.example.pl/referaty/2024-04

# --- opcje wspólne ---
create-dirs
location
fail
silent
show-error
remote-time
retry = 3
retry-delay = 5
user-agent = "seminarium-skalowanie/1.2 (tomasz.wierzbicki@skalowanie-lab.example.pl)"

# 1. [[T:2203.15556]]
url = "https://arxiv.org/pdf/2203.15556"
output = "pdf/01-chinchilla.pdf"

# 2. [[T:2303.18223]] (przegląd, ~90 stron -- czytamy rozdz. 3-4)
url = "https://arxiv.org/pdf/2303.18223v2"
output = "pdf/02-przeglad-llm.pdf"

# 3. [[T:2307.09288]]
url = "http://arxiv.org/pdf/2307.09288"
output = "pdf/03-llama2.pdf"

# 4. [[T:1910.10683]]
url = "https://arxiv.org/abs/1910.10683"
output = "html/04-t5-abstrakt.html"

# Karta zbioru danych (nie artykuł), do porównania miksu danych:
url = "https://huggingface.co/datasets/allenai/c4/raw/main/README.md"
output = "dane/c4-karta.md"

# Brak PDF-a na arXiv -- Ania przyniesie wydruk:
#   "Language Models are Unsupervised Multitask Learners"
# Do przeczytania bez pobierania (tylko tytuły, Kasia wybiera jeden):
#   - [[T:2206.07682]]
#   - [[T:2207.05221]]
# Odłożone na czerwiec: [[T:2306.11644]] (arXiv 2306.11644)
# Podręcznik: Jurafsky & Martin, "Speech and Language Processing", rozdz. 10
'''.replace("Kasia", "Kasia"), {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
