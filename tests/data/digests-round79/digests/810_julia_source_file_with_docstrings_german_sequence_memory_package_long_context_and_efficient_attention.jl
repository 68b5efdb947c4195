#=
layers.jl — Gedächtnis- und Langkontext-Schichten für GedaechtnisLayers.jl

Teil des Pakets GedaechtnisLayers (Lehrstuhl für Maschinelles Lernen, Hochschule Aurach).
Lizenz: MIT. Ansprechpartnerin: Dr. Katrin Vogelsang <k.vogelsang@example.de>

Hinweis für Studierende: Die Literaturangaben stehen direkt in den Docstrings; die
gerenderte Doku (docs/make.jl, Documenter.jl) baut daraus die Seite „Literatur“.
=#

using Flux, NNlib, LinearAlgebra
using Random: AbstractRNG, default_rng

export SegmentRecurrentMemory, ExpiringMemory, FeedbackMemory, BlockSparseAttention,
       Retention, interpolate_positions, PagedKVCache, RandomFeatureAttention

"""
    SegmentRecurrentMemory(dim, nheads; mem_len = 512, clamp_len = 1000)

Segment-rekurrente Aufmerksamkeit mit zwischengespeicherten versteckten Zuständen des
vorherigen Segments und relativen Positionskodierungen, nach

> Zihang Dai, Zhilin Yang, Yiming Yang et al.: *Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context*,
> ACL 2019. <https://arxiv.org/abs/1901.02860>

Der Speicher wird **nicht** differenziert (`Flux.ignore_derivatives`), genau wie im Original.

# Argumente
- `dim::Int`: Modellbreite, muss durch `nheads` teilbar sein.
- `mem_len::Int = 512`: Länge des Speichers in Token.
- `clamp_len::Int = 1000`: maximale relative Distanz.

# Beispiele
```jldoctest
julia> m = SegmentRecurrentMemory(64, 4; mem_len = 16);

julia> size(m(rand(Float32, 64, 10, 2)))
(64, 10, 2)
```

Siehe auch [`ExpiringMemory`](@ref), [`FeedbackMemory`](@ref).
"""
struct SegmentRecurrentMemory{A, M}
    attn::A
    mem::M
    mem_len::Int
    clamp_len::Int
end

Flux.@layer SegmentRecurrentMemory trainable = (attn,)

"""
    ExpiringMemory(dim; max_span = 16_384, ramp = 128, loss_coef = 2f-6)

Speicher, in dem jedes Element eine gelernte Ablaufzeit ``e_i = L \\sigma(w^\\top h_i + b)`` bekommt;
abgelaufene Einträge werden verworfen. Quelle:
[Not All Memories are Created Equal: Learning to Forget by Expiring](https://arxiv.org/abs/2105.06548)
(Sainbayar Sukhbaatar, Da Ju et al., ICML 2021).

!!! warning "Speicherbedarf"
    Bei `max_span > 32_768` ist der Hilfsverlust numerisch instabil in `Float16`.
"""
struct ExpiringMemory{D}
    predictor::D
    max_span::Int
    ramp::Int
    loss_coef::Float32
end

"""
    FeedbackMemory(dim, nlayers; mem_len = 256)

Alle Schichten lesen einen gemeinsamen Speicher, der aus den Darstellungen **aller**
Schichten des vorherigen Schritts gebildet wird (Rückkopplung von oben nach unten).
Literatur: „Addressing Some Limitations of Transformers with Feedback Memory“ (Angela Fan, Thibaut Lavril et al.).
Das Training ist sequenziell und damit langsam; für Experimente `nlayers ≤ 6` verwenden.
"""
struct FeedbackMemory{W, L}
    layer_weights::W
    layers::L
    mem_len::Int
end

"""
    BlockSparseAttention(dim, nheads; block = 64, nrandom = 3, nwindow = 3, nglobal = 2)

Blockweise dünn besetzte Aufmerksamkeit aus globalen, lokalen (Fenster) und zufälligen Blöcken,
wie in Manzil Zaheer, Guru Guruganesh et al., *Big Bird: Transformers for Longer Sequences* (arXiv:2007.14062).
Die zufälligen Blöcke werden pro Vorwärtsdurchlauf mit `rng` neu gezogen.

# Beispiele
```julia
attn = BlockSparseAttention(256, 8; block = 32)
y = attn(x)                     # x :: Array{Float32, 3}, (dim, len, batch)
```
"""
struct BlockSparseAttention{A, R<:AbstractRNG}
    attn::A
    block::Int
    nrandom::Int
    nwindow::Int
    nglobal::Int
    rng::R
end

@doc raw"""
    Retention(dim, nheads; gammas = nothing)

Retention-Mechanismus mit drei äquivalenten Formen (parallel, rekurrent, chunkweise),
\(S_n = \gamma S_{n-1} + k_n^\top v_n\). Nach Yutao Sun, Li Dong, Shaohan Huang et al.,
"Retentive Network: A Successor to Transformer for Large Language Models", https://arxiv.org/abs/2307.08621v4 .

Die rekurrente Form ist für die Inferenz gedacht: konstanter Speicher pro Token.
"""
struct Retention{P, G}
    proj::P
    gammas::G
end

"""
    interpolate_positions(pos, train_len, target_len)

Skaliert Positionsindizes linear herunter (`pos * train_len / target_len`), statt über die
Trainingslänge hinaus zu extrapolieren — das Verfahren aus
„Extending Context Window of Large Language Models via Positional Interpolation“.
Nur für rotierende Positionskodierungen (RoPE) sinnvoll; danach kurz nachtrainieren (≈1000 Schritte).
"""
interpolate_positions(pos::AbstractArray, train_len::Integer, target_len::Integer) =
    target_len <= train_len ? pos : pos .* (train_len / target_len)

"""
    PagedKVCache(nblocks, block_size, dim, nheads)

KV-Cache in Seiten fester Größe mit Blocktabelle pro Sequenz (wie virtueller Speicher),
damit bei der Generierung kaum Fragmentierung entsteht. Idee und Begriffe aus
Woosuk Kwon, Zhuohan Li, Siyuan Zhuang et al., [Efficient Memory Management for Large Language Model Serving with PagedAttention](https://arxiv.org/abs/2309.06180).

Achtung: Das ist eine Lehr-Implementierung auf der CPU, kein Ersatz für einen produktiven
Inferenz-Server mit eigenen CUDA-Kerneln.
"""
mutable struct PagedKVCache{T}
    k::Array{T, 4}
    v::Array{T, 4}
    block_table::Dict{Int, Vector{Int}}
    free::Vector{Int}
end

"""
    RandomFeatureAttention(dim, nheads; nfeatures = 128, gated = true)

Lineare Aufmerksamkeit durch zufällige Fourier-Merkmale ``\\phi(x)``, optional mit
Gating für eine Neigung zu jüngeren Token; siehe Hao Peng, Nikolaos Pappas et al.,
„Random Feature Attention“, ICLR 2021.

Vergleich mit [`BlockSparseAttention`](@ref) auf enwik8 und PG-19: siehe `bench/langkontext.jl`.
"""
struct RandomFeatureAttention{A, W}
    attn::A
    omega::W
    gated::Bool
end

# Die Vorwärtsdurchläufe stehen in layers_forward.jl; die CUDA-Pfade (CUDA.jl) in ext/.
include("layers_forward.jl")
