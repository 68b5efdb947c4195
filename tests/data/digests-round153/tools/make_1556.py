#!/usr/bin/env python3
"""1556 (negative): a Finnish HPC centre's Lmod on the (invented) Kuusi cluster: `module avail` (three module trees,
column-major like Lmod, (D) defaults, the legend and hints), `module spider pytorch`, `module help pytorch/2.3` (the
site's Finnish help text: software, datasets, a course, docs, contacts), `module load`, `module list`, `module whatis
vllm`. No paper: only software, datasets, a course, docs and people. Layout computed from the modelled trees."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1556_negative_lmod_module_avail_spider_help_finnish_hpc_ml_software_no_papers.txt"
PS = "aino@kuusi-login2:~$ "
WIDTH = 80
TREES = [
    ("/appl/modulefiles/ml", ["cuda/11.8.0", "cuda/12.1.1", "jax/0.4.26", "llama-cpp/b3091", "pytorch/2.1", "pytorch/2.2",
                              "pytorch/2.3", "tensorflow/2.15", "vllm/0.4.3", "segment-anything/1.0", "diffusers-venv/0.28",
                              "whisper-cpp/1.6.2", "nccl/2.20.5"]),
    ("/appl/spack/v021/modulefiles/Core", ["gcc/11.3.0", "gcc/13.2.0", "openmpi/4.1.6", "python-data/3.10",
                                           "python-data/3.11", "cmake/3.27.9", "git-lfs/3.4.1"]),
    ("/usr/share/lmod/lmod/modulefiles/Core", ["lmod", "settarg"]),
]
DEFAULTS = {"cuda/12.1.1", "pytorch/2.3", "gcc/11.3.0", "python-data/3.11"}
LOADED = ["gcc/11.3.0", "openmpi/4.1.6", "cuda/12.1.1", "pytorch/2.3"]
HELP = """PyTorch 2.3 (CUDA 12.1, cuDNN 8.9) Kuusi-klusterin GPU-osiolle (gpu, gputest).

Moduuli sisältää myös kirjastot: torchvision 0.18.0, torchaudio 2.3.0,
transformers 4.41.2, accelerate 0.30.1, datasets 2.19.1, peft 0.11.1,
flash-attn 2.5.8, xformers 0.0.26, bitsandbytes 0.43.1, deepspeed 0.14.2,
timm 1.0.3, lightning 2.2.5 ja open_clip 2.24.0.

Käyttö:
  module load pytorch/2.3
  srun --partition=gpu --gres=gpu:a100:1 --time=01:00:00 python3 koulutus.py

Valmiiksi ladatut aineistot (vain luku): /scratch/aineistot/imagenet-1k,
/scratch/aineistot/c4-en, /scratch/aineistot/librispeech ja
/scratch/aineistot/coco-2017. Lisenssiehdot: ks. README samassa hakemistossa.

Ohjeet: https://docs.laskenta.example.fi/sovellukset/pytorch/
Kurssi: "Syväoppiminen GPU-klusterilla" (kevät 2024, tallenteet ja
harjoitukset: https://koulutus.laskenta.example.fi/syvaoppiminen-2024/).
Ongelmat: servicedesk@laskenta.example.fi (mainitse moduulin versio).

Päivitetty 28.5.2024, Mikko Lahtinen / sovellustuki."""


def dashes(title):
    t = f" {title} "
    left = (WIDTH - len(t)) // 2
    return "-" * left + t + "-" * (WIDTH - len(t) - left)


def columns(items):
    """Lmod's column-major layout: three-space indent, columns padded to the widest entry + 4"""
    for ncol in range(len(items), 0, -1):
        nrow = -(-len(items) // ncol)
        cols = [items[c * nrow:(c + 1) * nrow] for c in range(ncol)]
        cols = [c for c in cols if c]
        ws = [max(len(x) for x in c) for c in cols]
        if 3 + sum(ws) + 4 * (len(cols) - 1) <= WIDTH - 1:
            rows = []
            for r in range(nrow):
                cells = [(cols[c][r], ws[c]) for c in range(len(cols)) if r < len(cols[c])]
                rows.append(("   " + "    ".join(x.ljust(w) for x, w in cells)).rstrip())
            return rows
    return ["   " + x for x in items]


def label(m):
    return m + (" (D)" if m in DEFAULTS else "") + (" (L)" if m in LOADED else "")


def build(after_load=False):
    L = [PS + "module avail", ""]
    for path, mods in TREES:
        L.append(dashes(path))
        L += columns([label(m) if after_load else (m + (" (D)" if m in DEFAULTS else "")) for m in sorted(mods, key=lambda s: s.lower())])
        L.append("")
    L += ["  Where:", "   D:  Default Module", "",
          "If the avail list is too long consider trying:", "",
          '"module --default avail" or "ml -d av" to just list the default modules.',
          '"module overview" or "ml ov" to display the number of modules for each name.', "",
          'Use "module spider" to find all possible modules and extensions.',
          'Use "module keyword key1 key2 ..." to search for all possible modules matching any of the "keys".', "", ""]
    bar = "-" * 76
    L += [PS + "module spider pytorch", "", bar, "  pytorch:", bar, "    Description:",
          "      PyTorch ja siihen liittyvät kirjastot GPU-osiolle; versiot eroavat CUDA-versioltaan.", "",
          "     Versions:"] + [f"        {m}" for p, ms in TREES for m in ms if m.startswith("pytorch/")] + [
          "", bar, '  For detailed information about a specific "pytorch" package (including how to load the modules) use the module\'s full name.',
          "  Note that names that have a trailing (E) are extensions provided by other modules.", "  For example:", "",
          "     $ module spider pytorch/2.3", bar, "", ""]
    L += [PS + "module help pytorch/2.3", "", dashes('Module Specific Help for "pytorch/2.3"')] + HELP.split("\n") + ["", ""]
    L += [PS + "module load pytorch/2.3", PS + "module list", "", "Currently Loaded Modules:",
          "  " + "   ".join(f"{i + 1}) {m}" for i, m in enumerate(LOADED)), "", ""]
    L += [PS + "module whatis vllm", "vllm/0.4.3          : Name: vLLM",
          "vllm/0.4.3          : Version: 0.4.3",
          "vllm/0.4.3          : Description: Kielimallien nopea päättely ja palvelin (OpenAI-yhteensopiva rajapinta); vaatii pytorch/2.3.",
          "vllm/0.4.3          : URL: https://docs.vllm.ai/", PS]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
