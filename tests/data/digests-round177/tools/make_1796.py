#!/usr/bin/env python3
"""1796 (negative control): a Finnish research group's onboarding talk about its GPU cluster as a xaringan slide deck
(`perehdytys.Rmd`, R Markdown for remark.js): YAML front matter with `output: xaringan::moon_reader` and its `nature`
options, the template's `setup` chunk, slides separated by `---` lines, slide properties (`class:`) first, an
incremental `--`, presenter notes after `???`, `.pull-left[` / `.pull-right[` columns, a bash chunk, a markdown table
whose total row is computed here from the node rows (GPUs and monthly hours). No paper, no catalogue title, nothing
arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1796_negative_xaringan_slides_rmarkdown_finnish_gpu_cluster_onboarding_no_papers.Rmd"
NODES = [("kuusi", 4, "A100", "80 Gt", 1200), ("mänty", 8, "RTX 6000 Ada", "48 Gt", 900), ("koivu", 2, "L40S", "48 Gt", 300)]


def build():
    L = ["---", 'title: "Tervetuloa ryhmän laskentaklusterille"', 'subtitle: "Perehdytys uusille jäsenille, kevät 2024"',
         'author: "Aino Virtanen"', 'institute: "Tietotekniikan laitos"', 'date: "15.1.2024"', "output:",
         "  xaringan::moon_reader:", "    lib_dir: libs", "    css: [default, metropolis, metropolis-fonts]", "    nature:",
         "      highlightStyle: github", "      highlightLines: true", "      countIncrementalSlides: false", '      ratio: "16:9"', "---", "",
         "```{r setup, include=FALSE}", "options(htmltools.dir.version = FALSE)", "```", "",
         "class: center, middle", "", "# Mikä klusteri?", "",
         f"{len(NODES)} GPU-solmua ryhmän omassa käytössä, jonot hoitaa Slurm.", "", "---", "",
         "# Solmut ja kiintiöt", "", "| Solmu | GPU:t | Muisti / GPU | Tunnit / kk |", "|:------|------:|-------------:|------------:|"]
    L += [f"| {n} | {g} × {m} | {mem} | {h} |" for n, g, m, mem, h in NODES]
    L += [f"| **Yhteensä** | **{sum(x[1] for x in NODES)}** | | **{sum(x[4] for x in NODES)}** |", "",
          "Kiintiö lasketaan GPU-tunteina kalenterikuukausittain.", "", "???", "",
          "Muista mainita helmikuun huoltokatko (ke 14.2. klo 8-16).", "", "---", "",
          "# Työn lähettäminen", "", "```bash", "sbatch --gres=gpu:1 --time=04:00:00 koulutus.sh", "squeue -u $USER",
          "scancel 123456   # jos jokin jäi jumiin", "```", "", "--", "",
          "- Pitkät ajot yöksi ja viikonlopuksi, lyhyet kokeilut päivällä", "- Interaktiivinen istunto: `srun --pty bash`", "", "---", "",
          ".pull-left[", "## Tallennus", "", "- `/scratch` tyhjennetään 30 päivän välein", "- `/projekti` varmuuskopioidaan yöllä", "]", "",
          ".pull-right[", "## Ohjelmistot", "", "- `module load cuda/12.1`", "- Conda-ympäristöt kotihakemistoon, ei `/scratch`iin", "]", "",
          "---", "", "class: inverse, center, middle", "", "# Kysymyksiä?", "",
          "Slack-kanava #klusteri, ylläpito: Mikko Laine (mikko.laine@cs.example.fi)", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
