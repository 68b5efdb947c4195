#!/usr/bin/env python3
"""1928: a Rioplatense-Spanish live coder's TidalCycles session file (`agentes.tidal`, evaluated block by block in
Pulsar / VS Code): a comment header with the talk's papers, `setcps`, blocks of `d1`…`d5`, `once`, `xfadeIn`,
`hush`, comments between and after code — arXiv `/abs/`, `/pdf/…v2`, `http://` links, one id in a comment
(arxiv-text), four titles alone (one not on arXiv) — and non-papers (the Tidal docs, SuperDirt, a book, a talk).
LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1928)


def build():
    L = [
        "-- agentes.tidal — set para la Algorave del CC Recoleta, sábado 16/3, 23:40 (20 min)",
        "-- Lucía Ferreyra (@lu_ferreyra@toot.algorave.example.ar)",
        "-- idea: cada bloque es \"un agente\" que aprende a tocar; en la pantalla van los papers",
        "--",
        "-- papers que proyecto entre bloques (la gente pregunta, así que los dejo acá):",
        f"--   {T('2106.01345')}",
        "--     https://arxiv.org/abs/2106.01345",
        f"--   {T('2106.02039')}",
        "--     https://arxiv.org/pdf/2106.02039v2",
        f"--   {T('2101.03958')} -- arXiv 2101.03958, el de las funciones de pérdida que evolucionan",
        "--",
        "-- no son papers: docs de Tidal https://tidalcycles.org/docs/ , SuperDirt",
        "-- https://github.com/musikinformatik/SuperDirt , y el libro de Sutton y Barto (Reinforcement",
        "-- Learning: An Introduction), que cito en el bloque 3",
        "",
        "setcps (126/60/4)",
        "",
        "-- bloque 1: el agente no sabe nada, explora",
        "d1 $ sometimesBy 0.3 (# speed 2) $ sound \"bd*4 [~ bd] bd*2 ~\" # gain 1.1",
        "",
        "d2 $ degradeBy 0.6 $ sound \"hh*16\" # pan rand # gain 0.8",
        "",
        "-- bloque 2: aparece una \"política\"; sube el bajo",
        "d3 $ n (\"0 .. 7\" + \"<0 3 5>\") # sound \"superpiano\" # legato 0.4 # lpf 1800",
        "",
        "-- en pantalla: " + T(AGZ),
        "-- (y de paso: " + T('2108.04392') + ")",
        "d4 $ every 4 (rev) $ n \"0 [2 4] <7 9> 5\" # sound \"arpy\" # room 0.3 # size 0.8",
        "",
        "-- bloque 3: búsqueda de arquitectura, ja",
        f"-- slide: {T('2101.08809')} http://arxiv.org/abs/2101.08809",
        "xfadeIn 1 8 $ sound \"[bd sn]*2 cp\" # crush 5 # orbit 1",
        "",
        "-- bloque 4: compresión (Funnel, DoRA... lo charlamos en el after)",
        f"--   {T('2006.03236')}",
        f"--   {T('2402.09353')}",
        "d5 $ slow 2 $ n (scale \"minor\" \"0 .. 7\") # sound \"supersaw\" # cutoff 900 # shape 0.3",
        "",
        "once $ sound \"crash\" # gain 1.2",
        "",
        "-- final",
        "hush",
        "",
        "-- grabación del set anterior: https://video.algorave.example.ar/2024/02/ferreyra",
    ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
