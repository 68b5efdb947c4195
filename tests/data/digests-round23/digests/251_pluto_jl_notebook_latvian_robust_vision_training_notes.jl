### A Pluto.jl notebook ###
# v0.19.40

using Markdown
using InteractiveUtils

# ╔═╡ bbeb02a7-61e7-4c1e-a8ff-882971dd7a2e
md"""
# Redzes modeļu robustums: piezīmes un eksperimenti

*Mašīnmācīšanās laboratorija, LU DF — Jānis Ozols, 2024. gada marts*

Šajā piezīmju grāmatiņā apkopoju rakstus, ko lasām pirms eksperimentiem ar datu augmentāciju, un mazu CIFAR-10 eksperimentu ar Flux.jl.
"""

# ╔═╡ 3f3a46c0-74fe-4aa6-9633-4d7493f61751
md"""
## 1. Arhitektūras

- [Swin Transformer: Hierarchical Vision Transformer using Shifted Windows](https://arxiv.org/abs/2103.14030) — mūsu bāzes modelis (Swin-T)
- Scaling Vision Transformers — mērogošanas likumi ViT; interesanti, bet mums nav tik daudz GPU
- *How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers* (arXiv:2106.10270) — AugReg recepte: mazāk datu ⇒ vairāk augmentācijas un regularizācijas
- [Deformable DETR: Deformable Transformers for End-to-End Object Detection](https://arxiv.org/pdf/2010.04159.pdf) — detekcijai, ja paliks laiks
"""

# ╔═╡ 17e30b8c-7d34-4462-b5e5-68f8690589ef
using Flux, MLDatasets, Statistics, Random

# ╔═╡ 74ac11f8-e95e-4a2c-b3dd-74774328511a
md"""
## 2. Augmentācija un robustums

**Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation** — vienkāršs, bet darbojas arī klasifikācijā? Jāpārbauda.

Pretinieku apmācībai: [Smooth Adversarial Training](https://huggingface.co/papers/2006.14536) — gludas aktivācijas (SiLU/GELU) ReLU vietā.

Salīdzināšanai: Understanding Robustness of Transformers for Image Classification (Bhojanapalli u.c., ICCV 2021).

Regularizācija: AutoDropout: Learning Dropout Patterns to Regularize Deep Networks.
"""

# ╔═╡ ed310369-faaa-4306-bc65-35bc6713aa30
augment(x) = x .+ 0.03f0 .* randn(Float32, size(x))

# ╔═╡ 293e67cd-bcd6-4df6-9c5f-ff91832126a6
function accuracy(m, xs, ys)
	mean(Flux.onecold(m(xs)) .== Flux.onecold(ys))
end

# ╔═╡ b9d6bf41-9888-487a-8f96-92f0ffea934b
md"""
## 3. Kāpēc modeļi «krāpjas»

> Shortcut Learning in Deep Neural Networks

Geirhos u.c. (Nature Machine Intelligence, 2020). Galvenā doma: modelis iemācās vieglāko pazīmi (faktūru, fonu), nevis formu.

Domēnu vispārināšanai skat. «In Search of Lost Domain Generalization» — arXiv 2007.01434v1 — un DomainBed kodu: https://github.com/facebookresearch/DomainBed
"""

# ╔═╡ 597ea31d-7195-4545-9cef-2c3ae54731b6
md"""
## 4. Citas idejas (nav prioritāte)

- Dataset Condensation with Gradient Matching — sintētiska neliela apmācības kopa
- [COTR: Correspondence Transformer for Matching Across Images](https://www.alphaxiv.org/abs/2103.14167) — atbilstības meklēšana starp attēliem
- Describing and Localizing Multiple Changes with Transformers — izmaiņu apraksti attēlu pāriem
"""

# ╔═╡ 3e7cf762-0133-4d08-8f9a-57ac2774bef8
train_x, train_y = CIFAR10(split=:train)[:]

# ╔═╡ c13c3e21-cc9d-497e-a5ab-614f7d921d82
md"""
---
Datu kopa: CIFAR-10 (`MLDatasets.jl`). Grāmata: *Dive into Deep Learning*, 14. nodaļa.
"""

# ╔═╡ 00000000-0000-0000-0000-000000000001
PLUTO_PROJECT_TOML_CONTENTS = """
[deps]
Flux = "587475ba-b771-5e3f-ad9e-33799f191a9c"
MLDatasets = "eb30cadb-4394-5ae3-aed4-317e484a6458"
Random = "9a3f8284-a2c9-5f02-9a11-845980a1fd5c"
Statistics = "10745b16-79ce-11e8-11f9-7d13ad32a3b2"

[compat]
Flux = "~0.14.15"
MLDatasets = "~0.7.14"
"""

# ╔═╡ 00000000-0000-0000-0000-000000000002
PLUTO_MANIFEST_TOML_CONTENTS = """
# This file is machine-generated - editing it directly is not advised

julia_version = "1.10.2"
manifest_format = "2.0"
project_hash = "5b0e2c61a6b6d0b6a0c7f2f7c0d3e9f6a1b2c3d4"

[[deps.Flux]]
deps = ["Adapt", "ChainRulesCore", "Functors", "LinearAlgebra", "MLUtils", "MacroTools", "NNlib", "OneHotArrays", "Optimisers", "Preferences", "ProgressLogging", "Random", "Reexport", "SparseArrays", "SpecialFunctions", "Statistics", "Zygote"]
git-tree-sha1 = "5a626d6ef24ae0a8590c22dc12096fb65eb66325"
uuid = "587475ba-b771-5e3f-ad9e-33799f191a9c"
version = "0.14.15"
"""

# ╔═╡ Cell order:
# ╟─bbeb02a7-61e7-4c1e-a8ff-882971dd7a2e
# ╟─3f3a46c0-74fe-4aa6-9633-4d7493f61751
# ╠═17e30b8c-7d34-4462-b5e5-68f8690589ef
# ╟─74ac11f8-e95e-4a2c-b3dd-74774328511a
# ╠═ed310369-faaa-4306-bc65-35bc6713aa30
# ╠═293e67cd-bcd6-4df6-9c5f-ff91832126a6
# ╟─b9d6bf41-9888-487a-8f96-92f0ffea934b
# ╟─597ea31d-7195-4545-9cef-2c3ae54731b6
# ╠═3e7cf762-0133-4d08-8f9a-57ac2774bef8
# ╟─c13c3e21-cc9d-497e-a5ab-614f7d921d82
# ╟─00000000-0000-0000-0000-000000000001
# ╟─00000000-0000-0000-0000-000000000002
