#!/usr/bin/env python3
"""251: a Pluto.jl notebook file (.jl), Latvian lab notes on robust vision training. Pluto's file format: the
'### A Pluto.jl notebook ###' header and version, `using Markdown` / `using InteractiveUtils`, every cell after a
'# ╔═╡ <uuid v4>' line, md\"\"\"…\"\"\" Markdown cells, the embedded PLUTO_PROJECT_TOML_CONTENTS and
PLUTO_MANIFEST_TOML_CONTENTS cells (fixed uuids), and the closing '# ╔═╡ Cell order:' list (╟─ hidden, ╠═ shown)."""
import os, random, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "251_pluto_jl_notebook_latvian_robust_vision_training_notes.jl")
rng = random.Random(251)


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


cells = []  # (uuid, code, shown)
C = lambda code, shown=False: cells.append((uid(), code, shown))
C('md"""\n# Redzes modeļu robustums: piezīmes un eksperimenti\n\n*Mašīnmācīšanās laboratorija, LU DF — Jānis Ozols, 2024. gada marts*\n\n'
  'Šajā piezīmju grāmatiņā apkopoju rakstus, ko lasām pirms eksperimentiem ar datu augmentāciju, un mazu CIFAR-10 eksperimentu ar Flux.jl.\n"""')
C('md"""\n## 1. Arhitektūras\n\n'
  f'- [{T("2103.14030")}](https://arxiv.org/abs/2103.14030) — mūsu bāzes modelis (Swin-T)\n'
  f'- {T("2106.04560")} — mērogošanas likumi ViT; interesanti, bet mums nav tik daudz GPU\n'
  f'- *{T("2106.10270")}* (arXiv:2106.10270) — AugReg recepte: mazāk datu ⇒ vairāk augmentācijas un regularizācijas\n'
  f'- [{T("2010.04159")}](https://arxiv.org/pdf/2010.04159.pdf) — detekcijai, ja paliks laiks\n'
  '"""')
C("using Flux, MLDatasets, Statistics, Random", shown=True)
C('md"""\n## 2. Augmentācija un robustums\n\n'
  f'**{T("2012.07177")}** — vienkāršs, bet darbojas arī klasifikācijā? Jāpārbauda.\n\n'
  f'Pretinieku apmācībai: [{T("2006.14536")}](https://huggingface.co/papers/2006.14536) — gludas aktivācijas (SiLU/GELU) ReLU vietā.\n\n'
  f'Salīdzināšanai: {T("2103.14586")} (Bhojanapalli u.c., ICCV 2021).\n\n'
  f'Regularizācija: {T("2101.01761")}.\n"""')
C("augment(x) = x .+ 0.03f0 .* randn(Float32, size(x))", shown=True)
C("function accuracy(m, xs, ys)\n\tmean(Flux.onecold(m(xs)) .== Flux.onecold(ys))\nend", shown=True)
C('md"""\n## 3. Kāpēc modeļi «krāpjas»\n\n'
  f'> {T("2004.07780")}\n\n'
  'Geirhos u.c. (Nature Machine Intelligence, 2020). Galvenā doma: modelis iemācās vieglāko pazīmi (faktūru, fonu), nevis formu.\n\n'
  f'Domēnu vispārināšanai skat. «{T("2007.01434")}» — arXiv 2007.01434v1 — un DomainBed kodu: https://github.com/facebookresearch/DomainBed\n"""')
C('md"""\n## 4. Citas idejas (nav prioritāte)\n\n'
  f'- {T("2006.05929")} — sintētiska neliela apmācības kopa\n'
  f'- [{T("2103.14167")}](https://www.alphaxiv.org/abs/2103.14167) — atbilstības meklēšana starp attēliem\n'
  f'- {T("2103.14146")} — izmaiņu apraksti attēlu pāriem\n"""')
C("train_x, train_y = CIFAR10(split=:train)[:]", shown=True)
C('md"""\n---\nDatu kopa: CIFAR-10 (`MLDatasets.jl`). Grāmata: *Dive into Deep Learning*, 14. nodaļa.\n"""')
PROJ = ("00000000-0000-0000-0000-000000000001", 'PLUTO_PROJECT_TOML_CONTENTS = """\n[deps]\n'
        'Flux = "587475ba-b771-5e3f-ad9e-33799f191a9c"\nMLDatasets = "eb30cadb-4394-5ae3-aed4-317e484a6458"\n'
        'Random = "9a3f8284-a2c9-5f02-9a11-845980a1fd5c"\nStatistics = "10745b16-79ce-11e8-11f9-7d13ad32a3b2"\n\n'
        '[compat]\nFlux = "~0.14.15"\nMLDatasets = "~0.7.14"\n"""')
MANI = ("00000000-0000-0000-0000-000000000002", 'PLUTO_MANIFEST_TOML_CONTENTS = """\n# This file is machine-generated - editing it directly is not advised\n\n'
        'julia_version = "1.10.2"\nmanifest_format = "2.0"\nproject_hash = "5b0e2c61a6b6d0b6a0c7f2f7c0d3e9f6a1b2c3d4"\n\n'
        '[[deps.Flux]]\ndeps = ["Adapt", "ChainRulesCore", "Functors", "LinearAlgebra", "MLUtils", "MacroTools", "NNlib", "OneHotArrays", "Optimisers", "Preferences", "ProgressLogging", "Random", "Reexport", "SparseArrays", "SpecialFunctions", "Statistics", "Zygote"]\n'
        'git-tree-sha1 = "5a626d6ef24ae0a8590c22dc12096fb65eb66325"\nuuid = "587475ba-b771-5e3f-ad9e-33799f191a9c"\nversion = "0.14.15"\n"""')
out = ["### A Pluto.jl notebook ###", "# v0.19.40", "", "using Markdown", "using InteractiveUtils", ""]
for u, code, shown in cells + [(PROJ[0], PROJ[1], False), (MANI[0], MANI[1], False)]:
    out += [f"# ╔═╡ {u}", code, ""]
out.append("# ╔═╡ Cell order:")
for u, code, shown in cells:
    out.append(("# ╠═" if shown else "# ╟─") + u)
out += ["# ╟─" + PROJ[0], "# ╟─" + MANI[0]]
text = "\n".join(out) + "\n"
check_no_distractor(text, "251")
open(OUT, "w", encoding="utf-8", newline="\n").write(text)
