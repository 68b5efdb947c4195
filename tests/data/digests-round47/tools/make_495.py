#!/usr/bin/env python3
"""495: an asciinema v2 recording (.cast: a JSON header line, then one [time, "o", data] event per line) of a
terminal session in which an English-speaking lab member builds a papis library for a reading group on multimodal
models, image generation and parameter-efficient fine-tuning: zsh prompts with ANSI colours, papis add from arXiv /
OpenReview / BibTeX, papis list output, a papis error, git commit of the library. Papers: arXiv abs URLs (link), an
OpenReview forum URL (link), a bare arXiv id given to papis (arxiv-text), titles in papis list output / BibTeX with
venues only (title-only). Not papers: the papis and diffusers repositories / docs, a Hugging Face model page, a talk,
a Slack channel."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F495, keys

PS = "\u001b[32mmaya@gpu-ws3\u001b[0m:\u001b[34m~/papers/rg-multimodal\u001b[0m$ "
def typed(cmd):
    return [(0.09, c) for c in cmd] + [(0.4, "\r\n")]

chunks = [(0.5, PS)]
def run(cmd, out, wait=0.8):
    chunks.extend(typed(cmd))
    for o in out:
        chunks.append((wait, o))
    chunks.append((0.3, PS))

run("papis --version", ["papis 0.13\r\n"])
run("papis config dir", ["/home/maya/papers/rg-multimodal\r\n"])
run("# reading group: multimodal, image generation, PEFT -- week 1 picks", [])
run("papis add --from arxiv https://arxiv.org/abs/2204.14198 --set tags 'vlm week1' --batch",
    ["\u001b[2mFetching arXiv metadata...\u001b[0m\r\n",
     "\u001b[2mDownloading PDF...\u001b[0m\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Alayrac et al. - {T('2204.14198')}' in folder alayrac2022flamingo\r\n"], 1.6)
run("papis add --from arxiv 2106.13884 --set tags 'vlm week1' --batch",
    ["\u001b[2mFetching arXiv metadata...\u001b[0m\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Tsimpoukelli et al. - {T('2106.13884')}' in folder tsimpoukelli2021multimodal\r\n"], 1.4)
run(f"papis add --from url 'https://openreview.net/forum?id={OR('2011.13456')}' --set tags 'diffusion week2' --batch",
    ["\u001b[31mERROR\u001b[0m:papis.importer:No importer matched the given URL; trying the generic HTML importer\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Song et al. - {T('2011.13456')}' in folder song2021scorebased\r\n"], 2.1)
run("papis add --from arxiv https://arxiv.org/abs/2208.01618 --set tags 'diffusion week2' --batch",
    [f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Gal et al. - {T('2208.01618')}' in folder gal2022textualinversion\r\n"], 1.5)
run("# the rest come from Lena's BibTeX export (venue versions, PDFs from the proceedings)", [])
run("papis add --from bibtex ~/Downloads/rg_week3_4.bib --batch",
    [f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Brooks et al. - {T('2211.09800')}' in folder brooks2023instructpix2pix\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Li et al. - {T('2301.12597')}' in folder li2023blip2\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Zhang et al. - {T('2303.10512')}' in folder zhang2023adalora\r\n",
     f"\u001b[32mINFO\u001b[0m:papis.commands.add:Added document 'Ben Zaken et al. - {T('2106.10199')}' in folder benzaken2022bitfit\r\n",
     "\u001b[33mWARNING\u001b[0m:papis.commands.add:No files attached to 4 documents (use 'papis addto')\r\n"], 0.7)
run("papis list --all --format '{doc[year]}  {doc[title]}  [{doc[journal]}{doc[booktitle]}]'",
    [f"2022  {T('2204.14198')}  [NeurIPS 2022]\r\n",
     f"2021  {T('2106.13884')}  [NeurIPS 2021]\r\n",
     f"2021  {T('2011.13456')}  [ICLR 2021]\r\n",
     f"2023  {T('2208.01618')}  [ICLR 2023]\r\n",
     f"2023  {T('2211.09800')}  [CVPR 2023]\r\n",
     f"2023  {T('2301.12597')}  [ICML 2023, PMLR 202]\r\n",
     f"2023  {T('2303.10512')}  [ICLR 2023]\r\n",
     f"2022  {T('2106.10199')}  [ACL 2022 (Short Papers)]\r\n"], 0.05)
run("papis list --tag week2 --format '{doc[ref]}'", ["song2021scorebased\r\n", "gal2022textualinversion\r\n"])
run("# diffusers docs for the demo: https://huggingface.co/docs/diffusers -- NOT a paper, keep out of the library", [])
run("git add -A && git commit -qm 'rg-multimodal: weeks 1-4' && git push -q", ["\r\n"], 1.2)
run("echo 'done -- posted the list in #rg-multimodal on Slack; talk recording goes on the wiki'",
    ["done -- posted the list in #rg-multimodal on Slack; talk recording goes on the wiki\r\n"])
chunks.append((1.0, "exit\r\n"))

header = {"version": 2, "width": 132, "height": 36, "timestamp": 1718286411,
          "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}, "title": "papis: rg-multimodal library setup"}
lines = [json.dumps(header)]
t = 0.0
for d, s in chunks:
    t = round(t + d, 6)
    lines.append(json.dumps([t, "o", s]))
text = "\n".join(lines) + "\n"
forms = ["".join(s for _, s in chunks)]
write_only(F495, text, keys(F495), forms)
