#!/usr/bin/env python3
"""810: a Julia source file (`src/layers.jl` of a package) with Documenter.jl docstrings: `\"\"\"` blocks right before
the documented `struct` / `function` / `const`, the indented signature line first, `# Argumente` / `# Beispiele`
sections, ```` ```jldoctest ```` blocks, [`Name`](@ref) cross references, math in double backticks with escaped
backslashes (``\\\\sum``), `#=` … `=#` block comments and `#` line comments, `@doc raw\"\"\"…\"\"\"`. A German group's
package of sequence-memory layers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(810)
Q = '"""'
S = []
S.append("""#=
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
""")
S.append(f'''{Q}
    SegmentRecurrentMemory(dim, nheads; mem_len = 512, clamp_len = 1000)

Segment-rekurrente Aufmerksamkeit mit zwischengespeicherten versteckten Zuständen des
vorherigen Segments und relativen Positionskodierungen, nach

> {au("1901.02860", 3)}: *{T("1901.02860")}*,
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
{Q}
struct SegmentRecurrentMemory{{A, M}}
    attn::A
    mem::M
    mem_len::Int
    clamp_len::Int
end

Flux.@layer SegmentRecurrentMemory trainable = (attn,)
''')
S.append(f'''{Q}
    ExpiringMemory(dim; max_span = 16_384, ramp = 128, loss_coef = 2f-6)

Speicher, in dem jedes Element eine gelernte Ablaufzeit ``e_i = L \\\\sigma(w^\\\\top h_i + b)`` bekommt;
abgelaufene Einträge werden verworfen. Quelle:
[{T("2105.06548")}](https://arxiv.org/abs/2105.06548)
({au("2105.06548", 2)}, ICML 2021).

!!! warning "Speicherbedarf"
    Bei `max_span > 32_768` ist der Hilfsverlust numerisch instabil in `Float16`.
{Q}
struct ExpiringMemory{{D}}
    predictor::D
    max_span::Int
    ramp::Int
    loss_coef::Float32
end
''')
S.append(f'''{Q}
    FeedbackMemory(dim, nlayers; mem_len = 256)

Alle Schichten lesen einen gemeinsamen Speicher, der aus den Darstellungen **aller**
Schichten des vorherigen Schritts gebildet wird (Rückkopplung von oben nach unten).
Literatur: „{T("2002.09402")}“ ({au("2002.09402", 2)}).
Das Training ist sequenziell und damit langsam; für Experimente `nlayers ≤ 6` verwenden.
{Q}
struct FeedbackMemory{{W, L}}
    layer_weights::W
    layers::L
    mem_len::Int
end
''')
S.append(f'''{Q}
    BlockSparseAttention(dim, nheads; block = 64, nrandom = 3, nwindow = 3, nglobal = 2)

Blockweise dünn besetzte Aufmerksamkeit aus globalen, lokalen (Fenster) und zufälligen Blöcken,
wie in {au("2007.14062", 2)}, *{T("2007.14062")}* (arXiv:2007.14062).
Die zufälligen Blöcke werden pro Vorwärtsdurchlauf mit `rng` neu gezogen.

# Beispiele
```julia
attn = BlockSparseAttention(256, 8; block = 32)
y = attn(x)                     # x :: Array{{Float32, 3}}, (dim, len, batch)
```
{Q}
struct BlockSparseAttention{{A, R<:AbstractRNG}}
    attn::A
    block::Int
    nrandom::Int
    nwindow::Int
    nglobal::Int
    rng::R
end
''')
S.append(f'''@doc raw{Q}
    Retention(dim, nheads; gammas = nothing)

Retention-Mechanismus mit drei äquivalenten Formen (parallel, rekurrent, chunkweise),
\\(S_n = \\gamma S_{{n-1}} + k_n^\\top v_n\\). Nach {au("2307.08621", 3)},
"{T("2307.08621")}", https://arxiv.org/abs/2307.08621v4 .

Die rekurrente Form ist für die Inferenz gedacht: konstanter Speicher pro Token.
{Q}
struct Retention{{P, G}}
    proj::P
    gammas::G
end
''')
S.append(f'''{Q}
    interpolate_positions(pos, train_len, target_len)

Skaliert Positionsindizes linear herunter (`pos * train_len / target_len`), statt über die
Trainingslänge hinaus zu extrapolieren — das Verfahren aus
„{T("2306.15595")}“.
Nur für rotierende Positionskodierungen (RoPE) sinnvoll; danach kurz nachtrainieren (≈1000 Schritte).
{Q}
interpolate_positions(pos::AbstractArray, train_len::Integer, target_len::Integer) =
    target_len <= train_len ? pos : pos .* (train_len / target_len)
''')
S.append(f'''{Q}
    PagedKVCache(nblocks, block_size, dim, nheads)

KV-Cache in Seiten fester Größe mit Blocktabelle pro Sequenz (wie virtueller Speicher),
damit bei der Generierung kaum Fragmentierung entsteht. Idee und Begriffe aus
{au("2309.06180", 3)}, [{T("2309.06180")}](https://arxiv.org/abs/2309.06180).

Achtung: Das ist eine Lehr-Implementierung auf der CPU, kein Ersatz für einen produktiven
Inferenz-Server mit eigenen CUDA-Kerneln.
{Q}
mutable struct PagedKVCache{{T}}
    k::Array{{T, 4}}
    v::Array{{T, 4}}
    block_table::Dict{{Int, Vector{{Int}}}}
    free::Vector{{Int}}
end
''')
S.append(f'''{Q}
    RandomFeatureAttention(dim, nheads; nfeatures = 128, gated = true)

Lineare Aufmerksamkeit durch zufällige Fourier-Merkmale ``\\\\phi(x)``, optional mit
Gating für eine Neigung zu jüngeren Token; siehe {au("2103.02143", 2)},
„{T("2103.02143")}“, ICLR 2021.

Vergleich mit [`BlockSparseAttention`](@ref) auf enwik8 und PG-19: siehe `bench/langkontext.jl`.
{Q}
struct RandomFeatureAttention{{A, W}}
    attn::A
    omega::W
    gated::Bool
end

# Die Vorwärtsdurchläufe stehen in layers_forward.jl; die CUDA-Pfade (CUDA.jl) in ext/.
include("layers_forward.jl")
''')
text = "\n".join(S)
write_only(F, text, keys(F))
