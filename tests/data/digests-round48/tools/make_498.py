#!/usr/bin/env python3
"""498: an awesome list README written with reference-style Markdown links (all URLs in a block of link definitions
at the bottom, [texto][ref] in the body), shields.io badges, an HTML <p align="center"> header and a contributors
table. Spanish. Efficient transformers, 8 papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F498, keys

SURV, BIGB, SPARSE, LITE, REF, FA2, PAGED, GPTQ = "2103.14636", "2007.14062", "1904.10509", "2004.11886", "2001.04451", "2307.08691", "2309.06180", "2210.17323"
text = f"""<p align="center">
  <img src="assets/logo-atencion.svg" width="120" alt="logo">
</p>

<h1 align="center">Awesome Atención Eficiente</h1>

<p align="center">
  <a href="https://awesome.re"><img src="https://awesome.re/badge.svg" alt="Awesome"></a>
  <a href="LICENSE"><img src="https://img.shields.io/badge/licencia-CC0-blue.svg" alt="licencia"></a>
  <img src="https://img.shields.io/badge/PRs-bienvenidos-brightgreen.svg" alt="PRs">
  <img src="https://img.shields.io/github/last-commit/grupo-valmarina/awesome-atencion-eficiente" alt="último commit">
</p>

> Una lista curada (y opinada) de artículos, código y charlas sobre cómo hacer que los *transformers* sean más rápidos,
> más baratos y capaces de leer secuencias largas. Mantenida por el grupo de lectura de PLN de la Universidad de
> Valmarina. ¿Falta algo? Abre un PR siguiendo [la guía de contribución][contrib].

**Leyenda:** 📄 artículo · 💻 código · 🎤 charla/vídeo · ⭐ lectura recomendada para empezar

## Contenido

- [Panoramas](#panoramas)
- [Atención dispersa y patrones fijos](#atención-dispersa-y-patrones-fijos)
- [Hashing y memoria](#hashing-y-memoria)
- [Modelos pequeños para el borde](#modelos-pequeños-para-el-borde)
- [Kernels y sistemas](#kernels-y-sistemas)
- [Cuantización](#cuantización)
- [Código y bibliotecas](#código-y-bibliotecas)
- [Charlas](#charlas)
- [Cómo contribuir](#cómo-contribuir)

## Panoramas

- ⭐📄 *{T(SURV)}* — {au(SURV, 3)}. ACM Computing Surveys. El mejor punto de partida en 2023: clasifica
  los métodos por lo que sacrifican (precisión, memoria, paralelismo). Versión de la revista en la
  [biblioteca digital de la ACM][acm-surv].

## Atención dispersa y patrones fijos

- ⭐📄 [{T(SPARSE)}][child19] — {au(SPARSE, 2)}, 2019. Los patrones *strided* y *fixed*; casi todo lo
  que vino después los cita.
- 📄 [{T(BIGB)}][bigbird] — {au(BIGB, 2)}, NeurIPS 2020. Atención global + ventana + aleatoria; la prueba
  de que sigue siendo Turing-completo está en el apéndice.
  💻 [google-research/bigbird][bigbird-code]

## Hashing y memoria

- 📄 [Reformer: The Efficient Transformer][reformer] — Kitaev, Kaiser y Levskaya (ICLR 2020, versión de OpenReview).
  LSH para agrupar *queries* y capas reversibles para ahorrar activaciones.
  > Nota de la mantenedora: la implementación de trax ya no se mantiene; la de 🤗 Transformers sí.

## Modelos pequeños para el borde

- 📄 "{T(LITE)}" ({au(LITE, 2)}, ICLR 2020). Ramas de atención (contexto global) y convolución (contexto
  local) en paralelo. 💻 [mit-han-lab/lite-transformer][lite-code]

## Kernels y sistemas

- ⭐📄 {T(FA2)} — {au(FA2)}, 2023 (arXiv:{FA2}). Reparte mejor el trabajo entre *warps* y bloques; la
  sección 3 se entiende mejor con el código abierto al lado. 💻 [Dao-AILab/flash-attention][fa-code]
- 📄 {T(PAGED)} — {au(PAGED, 2)}, SOSP 2023. La idea de paginar la caché KV como un sistema operativo pagina la
  memoria. 💻 [vllm-project/vllm][vllm] · 🎤 [charla en el Ray Summit][vllm-talk]

## Cuantización

- 📄 ‘{T(GPTQ)}’ — {au(GPTQ, 2)}, ICLR 2023. Cuantización a 3–4 bits en una pasada, capa a capa.
  💻 [IST-DASLab/gptq][gptq-code] · 💻 [AutoGPTQ][autogptq]

## Código y bibliotecas

- 💻 [xformers][xformers] — bloques de atención eficientes de Meta.
- 💻 [long-range-arena][lra] — el *benchmark* (no es un artículo de esta lista, pero todos lo usan).
- 💻 [nuestro cuaderno de comparativas][notebook] — mide memoria y latencia de cinco variantes en una A100.

## Charlas

- 🎤 [Seminario de Valmarina: «¿Cuánta atención necesitamos?»][seminario] (en español, 58 min).
- 🎤 [Mesa redonda sobre inferencia barata][mesa] — grabación de las jornadas de otoño.

## Cómo contribuir

1. Un enlace por línea; artículos con título completo, autores y lugar de publicación.
2. Preferimos el enlace a arXiv o a OpenReview; si no existe, la página de la conferencia.
3. Nada de enlaces acortados.
4. Ejecuta `make lint` (comprueba enlaces rotos con `lychee`) antes de abrir el PR.

## Colaboradores

| | Nombre | Secciones |
|---|---|---|
| 🧭 | [@lucia-anaya][u1] | panoramas, cuantización |
| 🛠️ | [@tomasvr][u2] | kernels, código |
| 🎤 | [@ines-pe][u3] | charlas |

---

<sub>Licencia CC0 1.0. Esta lista no está afiliada a ninguna de las instituciones citadas.</sub>

[contrib]: CONTRIBUTING.md
[acm-surv]: https://dl.acm.org/doi/10.1145/3586074
[child19]: https://arxiv.org/abs/{SPARSE}
[bigbird]: https://arxiv.org/abs/{BIGB}
[bigbird-code]: https://github.com/google-research/bigbird
[reformer]: https://openreview.net/forum?id={OR(REF)} "Reformer en OpenReview"
[lite-code]: https://github.com/mit-han-lab/lite-transformer
[fa-code]: https://github.com/Dao-AILab/flash-attention
[vllm]: https://github.com/vllm-project/vllm
[vllm-talk]: https://www.youtube.com/watch?v=example-vllm
[gptq-code]: https://github.com/IST-DASLab/gptq
[autogptq]: https://github.com/AutoGPTQ/AutoGPTQ
[xformers]: https://github.com/facebookresearch/xformers
[lra]: https://github.com/google-research/long-range-arena
[notebook]: notebooks/comparativa_atencion.ipynb
[seminario]: https://media.valmarina.example.edu/seminarios/atencion-2023
[mesa]: https://media.valmarina.example.edu/jornadas/otono/mesa-inferencia
[u1]: https://github.com/lucia-anaya
[u2]: https://github.com/tomasvr
[u3]: https://github.com/ines-pe
"""
write_only(F498, text, keys(F498))
