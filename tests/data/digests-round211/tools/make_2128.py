#!/usr/bin/env python3
"""2128: a Faust source file (`.dsp`: `declare` metadata, `import("stdfaust.lib");`, `//` and `/* */` comments,
UI sliders, a few definitions and `process`) of an invented Spanish noise synth that imitates a diffusion sampler's
noise schedule: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in comments, one `arXiv
NNNN.NNNNN` in a `declare` string, titles alone in comments; non-papers (a book, the Faust docs, the repository, a
talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2128)
TXT = fill(r'''declare name        "ruido_difuso";
declare version     "0.4";
declare author      "Lucía Arrieta Montalbán";
declare license     "MIT";
declare copyright   "(c) 2024 Laboratorio Sonido Generativo";
declare description "Ruido con calendario de difusión (beta lineal), para las figuras del póster";
declare reference   "[[T:2307.01952]] (arXiv 2307.01952)";

import("stdfaust.lib");

/* ruido_difuso.dsp — seminario de modelos generativos, mayo de 2024
   Autora: Lucía Arrieta Montalbán <lucia.arrieta@sonido-gen.example.es>
   Repositorio: https://github.com/sonido-gen/ruido-difuso
   Documentación de Faust: https://faustdoc.grame.fr/manual/syntax/
   Libro de cabecera: Roads, "The Computer Music Tutorial" (2.ª ed.)
   Charla grabada: https://video.sonido-gen.example.es/charlas/2024-05

   Artículos que seguimos:
     [[T:2006.11239]]
       https://arxiv.org/abs/2006.11239
     [[T:2009.09761]]
       https://arxiv.org/pdf/2009.09761v2
     [[T:2011.13456]]
       https://openreview.net/forum?id=[[ID:OR]]
     [[T:2112.10752]]
       (http://arxiv.org/abs/2112.10752) — solo para la analogía del espacio latente
*/

// Controles: paso t del sampler y mezcla con la señal limpia
t     = hslider("paso t [style:knob]", 0, 0, 999, 1);
mezcla = hslider("mezcla", 0.5, 0, 1, 0.01) : si.smoo;

// beta lineal de 1e-4 a 0.02, como en el artículo de DDPM
beta(n)  = 0.0001 + n * (0.02 - 0.0001) / 999;
alfa(n)  = 1 - beta(n);

// PENDIENTE: probar el condicionamiento de "[[T:2208.12242]]"
// y la edición por instrucciones de [[T:2211.09800]]
// (no hay código de audio todavía)

// Nota: el VAE del bloque latente viene de [[T:2010.02014]];
// aquí sólo lo simulamos con un filtro paso bajo.
limpia = os.osc(220) * 0.3;
sucia  = no.noise * sqrt(beta(t));

process = limpia * sqrt(alfa(t)), sucia : + : fi.lowpass(2, 4000) * mezcla <: _, _;
''', {"OR": "PxTIG12RRHS"})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
