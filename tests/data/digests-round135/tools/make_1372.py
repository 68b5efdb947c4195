#!/usr/bin/env python3
"""1372: a terminal session (Turkish): an Ankara-like master's student (Elif, `elif`) shows her advisor how the reading
list for the diffusion week was built, with atuin's shell history of the folder: `atuin history list --cwd --format
"{time}\\t{exit}\\t{duration}\\t{command}"` (oldest first), then `atuin search --search-mode full-text --cwd . --exit 0
--format "{time}\\t{command}" okuma.md` (the commands of that list that hold `okuma.md` and exited 0). Durations as atuin
prints them (`12ms`, `3s`, `2m 41s`) are computed from invented milliseconds. The latent-diffusion repository, the
diffusers / transformers packages, the SDXL weights, the fast.ai course, a video and the InstructPix2Pix project page
are not papers; Stable Diffusion, ControlNet, SDXL are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1372, keys, DBN

E = lambda s: f'echo "- [ ] {s}" >> okuma.md'
# (time, exit, duration in ms, command)
H = [
 ("2024-04-02 09:14:03", 0, 12, "mkdir -p pdf notlar"),
 ("2024-04-02 09:14:20", 0, 5, "touch okuma.md"),
 ("2024-04-02 09:15:41", 0, 3412, "wget -O pdf/rombach2022_ldm.pdf https://arxiv.org/pdf/2112.10752"),
 ("2024-04-02 09:16:30", 0, 4, E(f"{T('2112.10752')} — pdf/rombach2022_ldm.pdf (Stable Diffusion'ın makalesi)")),
 ("2024-04-02 09:20:02", 0, 161250, "git clone https://github.com/CompVis/latent-diffusion ../kod/latent-diffusion"),
 ("2024-04-03 14:02:10", 0, 2380, 'wget -O pdf/song2021_sde.pdf "https://openreview.net/pdf?id=PxTIG12RRHS"'),
 ("2024-04-03 14:03:05", 0, 3, E(f"{T('2011.13456')} — ICLR 2021, pdf/song2021_sde.pdf")),
 ("2024-04-03 14:05:12", 1, 2, 'grep -c "Sıfırdan" okuma.md'),
 ("2024-04-08 10:31:44", 0, 1130, "xdg-open https://arxiv.org/abs/2302.05543"),
 ("2024-04-08 10:33:19", 0, 3, E(f"{T('2302.05543')} (ControlNet) — hocanın listesinden")),
 ("2024-04-08 10:35:02", 0, 18344, "pip install diffusers==0.27.2 transformers accelerate"),
 ("2024-04-08 10:39:57", 0, 806, "xdg-open https://course.fast.ai/Lessons/part2.html"),
 ("2024-04-10 16:20:31", 0, 3, E(f"{T('2307.01952')} (arXiv:2307.01952) — PDF'yi sonra indir")),
 ("2024-04-10 16:22:10", 0, 245870, 'huggingface-cli download stabilityai/stable-diffusion-xl-base-1.0 --include "*.safetensors" --local-dir ../modeller/sdxl'),
 ("2024-04-15 11:02:47", 0, 3, E(f"{T('2010.02014')} — https://openreview.net/forum?id=zOGdf9K8aC (Dr. Aydın önerdi)")),
 ("2024-04-15 11:04:00", 0, 3, E(f"{DBN} (Hinton, Osindero, Teh 2006) — klasik, arXiv'de yok, kütüphaneden")),
 ("2024-04-15 11:06:31", 127, 3, "pdftotxt pdf/song2021_sde.pdf - | head"),
 ("2024-04-15 11:06:44", 0, 240, "pdftotext pdf/song2021_sde.pdf - | head -n 5"),
 ("2024-04-17 20:12:09", 0, 96502, 'yt-dlp -o "videolar/%(title)s.%(ext)s" "https://www.youtube.com/watch?v=Qx7aP3kLm2E"'),
 ("2024-04-22 09:40:13", 0, 4, E(f"{T('2211.09800')} — proje sayfası https://www.timothybrooks.com/instruct-pix2pix")),
 ("2024-04-22 09:41:50", 0, 3, E(f"{T('2103.14338')} — Kerem'in sunumu, link yok")),
 ("2024-04-22 09:45:02", 0, 1204, 'git -C .. add okumalar/okuma.md && git -C .. commit -m "okuma listesi: difüzyon haftası"'),
 ("2024-05-13 16:40:12", 0, 8, "sort -u okuma.md | wc -l"),
]


def dur(ms):
    if ms < 1000: return f"{ms}ms"
    s = ms // 1000
    if s < 60: return f"{s}s"
    return f"{s // 60}m {s % 60}s"


P = "elif@tez-makinesi:~/tez/okumalar$ "
L1 = 'atuin history list --cwd --format "{time}\\t{exit}\\t{duration}\\t{command}"'
L2 = 'atuin search --search-mode full-text --cwd . --exit 0 --format "{time}\\t{command}" okuma.md'
out1 = "".join(f"{t}\t{x}\t{dur(ms)}\t{c}\n" for t, x, ms, c in H)
out2 = "".join(f"{t}\t{c}\n" for t, x, ms, c in H if x == 0 and "okuma.md" in c)
text = P + L1 + "\n" + out1 + P + L2 + "\n" + out2 + P + "\n"
write_only(F1372, text, keys(F1372))
