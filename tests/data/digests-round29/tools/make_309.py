#!/usr/bin/env python3
"""309: a PhD student's zsh history (`~/.zsh_history` with EXTENDED_HISTORY and INC_APPEND_HISTORY_TIME, so each entry is written when its command
ends, with its elapsed time) on a lab
workstation, over a week of diffusion-model experiments; Javanese in the comments, commit messages and notes she
appends to files from the shell. What such a file has: one entry per command, `: <start epoch>:<elapsed seconds>;`
before the command, entries in time order (a command starts after the one before it ended), multi-line commands continued with a backslash at the end of the line
(zsh stores the embedded newline after it), typos and repeats, `cd`/`ls`/`git`/`nvidia-smi`/`tmux`, `wget`/`curl`
of arXiv pdfs and `mv` renames to titles, `echo … >> ~/wacan.md` reading notes, `rg` searches, `pdftotext`. ASCII
only (she types Javanese without é/è), so zsh's metafication of bytes above 0x82 does not come into it. Papers: a
pdf URL downloaded and renamed to its title (link), a bare id or "arXiv:ID" next to a title (arxiv-text), titles in
notes, commit messages, file names and searches only (title-only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

KEYS = ["2010.02502", "2112.10752", "2207.12598", "2204.06125", "2208.01618", "2208.12242", "2211.09800",
        "2302.05543", "2303.01469", "2307.01952", "2403.03206", "2303.11328", "2308.04079"]

t = 1710135900  # 2024-03-11 05:45 UTC = 12:45 WIB
H = []


def c(gap, dur, cmd):
    global t
    t += gap
    H.append(f": {t}:{dur};{cmd}")


c(0, 0, "cd ~/riset/difusi")
c(4, 0, "git status")
c(11, 0, "conda activate difusi")
c(9, 2, "nvidia-smi")
c(40, 0, "mkdir -p ~/papers/difusi && cd ~/papers/difusi")
c(25, 3, "wget https://arxiv.org/pdf/2112.10752")
c(14, 0, f'mv 2112.10752 "{T("2112.10752")}.pdf"')
c(21, 2, "wget https://arxiv.org/pdf/2307.01952")
c(12, 0, f'mv 2307.01952 "{T("2307.01952")}.pdf"')
c(58, 0, f'echo "- {T("2010.02502")} (Song lan kanca, ICLR 2021): sampler deterministik, 50 langkah wis cukup" >> ~/wacan.md')
c(31, 0, f'echo "- {T("2207.12598")}: guidance tanpa classifier, w=7.5 kaya SD" >> ~/wacan.md')
c(19, 0, "cat ~/wacan.md | tail -5")
c(300, 0, "cd ~/riset/difusi")
c(6, 187, "python sample.py --sampler ddim --steps 50 --cfg 7.5 --n 16")
c(212, 0, "python sample.py --sampler ddim --steps 25 --cfg 7.5 --n 16 --seed 42")
c(140, 0, f'git commit -am "sampler: DDIM lan CFG, miturut {T("2010.02502")}"')
c(3600, 0, "tmux new -s latih")
c(8, 5412, "accelerate launch train_dreambooth.py --instance_data_dir data/wayang --instance_prompt \"a photo of sks wayang\" \\\n"
            "  --class_prompt \"a photo of wayang\" --with_prior_preservation --max_train_steps 800 --output_dir out/db-wayang")
c(5460, 0, "cd ~/papers/difusi")
c(9, 2, "wget https://arxiv.org/pdf/2208.12242")
c(10, 0, f'mv 2208.12242 "{T("2208.12242")}.pdf"')
c(16, 2, "wget https://arxiv.org/pdf/2208.01618")
c(11, 0, f'mv 2208.01618 "{T("2208.01618")}.pdf"')
c(47, 0, 'echo "- DreamBooth vs textual inversion: DB ngowahi UNet, TI mung embedding siji. Kanggo wayang DB luwih apik." >> ~/wacan.md')
c(80000, 0, "cd ~/riset/difusi")
c(13, 0, "git pull")
c(33, 0, 'rg -i "controlnet" src/')
c(41, 64, f'pdftotext "{T("2302.05543")}.pdf" - | less')
c(95, 0, f'echo "- {T("2302.05543")} -- zero conv, kanggo pose wayang saka sketsa" >> ~/wacan.md')
c(22, 0, f'echo "2211.09800 {T("2211.09800")}" >> ~/todo-wacan.txt')
c(17, 0, f'echo "Consistency Models, arXiv:2303.01469 -- distilasi 1 langkah, coba sasuwise DDIM" >> ~/todo-wacan.txt')
c(9, 0, "cat ~/todo-wacan.txt")
c(600, 1201, "python train_controlnet.py --config configs/cn_wayang_pose.yaml")
c(1300, 0, 'git commit -am "controlnet: config pose wayang, durung rampung"')
c(86000, 0, "cd ~/riset/difusi")
c(5, 0, 'rg -i "hierarchical text-conditional" ~/wacan.md')
c(12, 0, f'echo "- {T("2204.06125")} (DALL-E 2): prior + decoder, ora open source" >> ~/wacan.md')
c(28, 0, f'echo "- {T("2403.03206")} (SD3): rectified flow, MM-DiT; durung ana bobot sing bisa diundhuh" >> ~/wacan.md')
c(640, 0, "cd ~/papers/3d")
c(4, 3, "curl -LO https://arxiv.org/pdf/2308.04079")
c(8, 0, f'mv 2308.04079 "{T("2308.04079")}.pdf"')
c(37, 0, f'echo "- {T("2303.11328")}: saka siji gambar wayang dadi 3D? takon Pak Budi" >> ~/wacan.md')
c(52, 0, "ls -lh")
c(900, 0, "cd ~/riset/difusi")
c(14, 2701, "python sample.py --sampler dpmpp --steps 20 --cfg 5 --n 64 --ckpt out/db-wayang \\\n  --prompt \"sks wayang dancing, batik background\"")
c(2750, 0, 'git commit -am "eval: FID 64 sampel, DreamBooth wayang"')
c(7, 1, "git push origin eksperimen/wayang")
c(20, 0, "history | tail -20")

write_only("309_zsh_extended_history_javanese_diffusion_image_experiments.zsh_history", "\n".join(H) + "\n", KEYS)
