-- kvlinear: lineare und speichersparende Attention für Torch7 (Lesekreis "Lange Sequenzen", TU-Seminarraum E-104)
-- Betreuer: Jonas Brettschneider (@jbrettschneider), Fragen bitte als Issue auf GitHub.
rockspec_format = "3.0"
package = "kvlinear"
version = "0.3-1"
source = {
   url = "git+https://github.com/langsequenz-de/kvlinear.git",
   tag = "v0.3"
}
description = {
   summary = "Lineare Attention, Token-Verfall und spekulatives Dekodieren für torch/nn",
   detailed = [[
      kvlinear implementiert die Attention aus "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention"
      (https://arxiv.org/abs/2006.16236) als nn-Modul, dazu einen KV-Speicher
      mit Ablaufdatum nach "Not All Memories are Created Equal: Learning to Forget by Expiring"
      (https://openreview.net/forum?id=ZVBtN6B_6i7) und eine Variante mit
      gated attention units nach Transformer Quality in Linear Time (arXiv 2202.10447).
      Für die Generierung: Fast Inference from Transformers via Speculative Decoding,
      https://arxiv.org/pdf/2211.17192v2
   ]],
   homepage = "https://github.com/langsequenz-de/kvlinear",
   license = "MIT",
   maintainer = "Jonas Brettschneider <j.brettschneider@langsequenz.example.de>",
   labels = { "torch", "attention", "transformer" }
}
dependencies = {
   "lua >= 5.1",
   "torch >= 7.0",
   "nn >= 1.0",
   "penlight >= 1.5"
}
-- Zustandsraum-Schicht (experimentell, noch nicht im Build):
--   Efficiently Modeling Long Sequences with Structured State Spaces, https://openreview.net/forum?id=uYLFoz1vlAC
-- Lektüre für nächste Woche, ohne Link: "Reformer: The Efficient Transformer",
--   "A Practical Survey on Faster and Lighter Transformers" und, für das verteilte Training, "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models".
-- Blogpost zum Einstieg (kein Paper): "The Illustrated Transformer" von Jay Alammar.
-- Vortrag im Lesekreis: https://video.langsequenz.example.de/vortrag/2024-06
build = {
   type = "builtin",
   modules = {
      ["kvlinear"] = "kvlinear/init.lua",
      ["kvlinear.LinearAttention"] = "kvlinear/LinearAttention.lua",
      ["kvlinear.ExpireSpan"] = "kvlinear/ExpireSpan.lua",
      ["kvlinear.GAU"] = "kvlinear/GAU.lua",
      ["kvlinear.speculative"] = "kvlinear/speculative.lua"
   },
   copy_directories = { "doc" }
}
test = {
   type = "busted"
}
