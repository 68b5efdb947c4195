#!/usr/bin/env python3
"""2029: a LuaRocks rockspec (`kvlinear-0.3-1.rockspec` of an invented Torch7-style attention rock), German: two
OpenReview forum links and arXiv links (`/abs/`, `/pdf/…v2`) in description.detailed and comments, one id in text,
three titles alone, and non-papers (a repository, a blog post, docs, a talk). Three-space indentation, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2029)
TXT = f'''-- kvlinear: lineare und speichersparende Attention für Torch7 (Lesekreis "Lange Sequenzen", TU-Seminarraum E-104)
-- Betreuer: Jonas Brettschneider (@jbrettschneider), Fragen bitte als Issue auf GitHub.
rockspec_format = "3.0"
package = "kvlinear"
version = "0.3-1"
source = {{
   url = "git+https://github.com/langsequenz-de/kvlinear.git",
   tag = "v0.3"
}}
description = {{
   summary = "Lineare Attention, Token-Verfall und spekulatives Dekodieren für torch/nn",
   detailed = [[
      kvlinear implementiert die Attention aus "{T("2006.16236")}"
      (https://arxiv.org/abs/2006.16236) als nn-Modul, dazu einen KV-Speicher
      mit Ablaufdatum nach "{T("2105.06548")}"
      (https://openreview.net/forum?id={OR("2105.06548")}) und eine Variante mit
      gated attention units nach {T("2202.10447")} (arXiv 2202.10447).
      Für die Generierung: {T("2211.17192")},
      https://arxiv.org/pdf/2211.17192v2
   ]],
   homepage = "https://github.com/langsequenz-de/kvlinear",
   license = "MIT",
   maintainer = "Jonas Brettschneider <j.brettschneider@langsequenz.example.de>",
   labels = {{ "torch", "attention", "transformer" }}
}}
dependencies = {{
   "lua >= 5.1",
   "torch >= 7.0",
   "nn >= 1.0",
   "penlight >= 1.5"
}}
-- Zustandsraum-Schicht (experimentell, noch nicht im Build):
--   {T("2111.00396")}, https://openreview.net/forum?id={OR("2111.00396")}
-- Lektüre für nächste Woche, ohne Link: "{T("2001.04451")}",
--   "{T("2103.14636")}" und, für das verteilte Training, "{T("1910.02054")}".
-- Blogpost zum Einstieg (kein Paper): "The Illustrated Transformer" von Jay Alammar.
-- Vortrag im Lesekreis: https://video.langsequenz.example.de/vortrag/2024-06
build = {{
   type = "builtin",
   modules = {{
      ["kvlinear"] = "kvlinear/init.lua",
      ["kvlinear.LinearAttention"] = "kvlinear/LinearAttention.lua",
      ["kvlinear.ExpireSpan"] = "kvlinear/ExpireSpan.lua",
      ["kvlinear.GAU"] = "kvlinear/GAU.lua",
      ["kvlinear.speculative"] = "kvlinear/speculative.lua"
   }},
   copy_directories = {{ "doc" }}
}}
test = {{
   type = "busted"
}}
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
