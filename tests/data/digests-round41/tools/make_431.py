#!/usr/bin/env python3
"""431: THIRD_PARTY_NOTICES.txt of an open-source sequence-modelling library ("tidewater"): a header, numbered
components with Component / Version / Source / License (SPDX) / Files / Notes, the papers a ported component
implements named in the notes, and the licence texts (MIT, BSD-3-Clause, Apache-2.0 notice, CC-BY-4.0 notice) at the
end. Papers: arxiv.org abs / pdf URLs (link), OpenReview forum / pdf URLs (link), "arXiv:ID" (arxiv-text), the title
alone in double quotes with authors and venue, in a citation line, in lower case after "ported from" (title-only;
LSTM's and CTC's papers are not on arXiv). Not papers: the upstream repositories and libraries, a CUDA kernel, the
D4RL data files, a figure, the library's own docs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F431, keys, LSTM, CTC

comps = [
 ("s4", "main, snapshot of 2023-03-14", "https://github.com/state-spaces/s4", "Apache-2.0",
  "tidewater/layers/s4.py, tidewater/ops/cauchy.py",
  f"Port of the S4 layer. Paper: {T('2111.00396')} (ICLR 2022),\nhttps://arxiv.org/abs/2111.00396. The Cauchy kernel "
  "fallback is rewritten in pure PyTorch;\nthe upstream CUDA extension is not redistributed."),
 ("blocksparse-attention-reference", "0.3.1", "https://git.example.org/mirrors/blocksparse-attention-reference", "MIT",
  "tidewater/layers/sparse_attn.py",
  f"Strided and fixed factorized attention patterns as described in\n\"{T('1904.10509')}\" (Child et al., 2019),\n"
  "https://arxiv.org/pdf/1904.10509.pdf. Only the pattern construction is used; the GPU kernels are ours."),
 ("feedback-memory-port", "2021-11 snapshot", "https://git.example.org/tidewater/feedback-memory-port", "MIT",
  "tidewater/layers/feedback.py",
  f"Feedback memory (all layers read a shared memory of past higher-layer states) following\n{T('2002.09402')},\n"
  "https://openreview.net/forum?id=OCm0rwa1lx1 ."),
 ("memformer-lite", "0.1.0", "https://git.example.org/contrib/memformer-lite", "BSD-3-Clause",
  "tidewater/layers/memformer.py, tests/test_memformer.py",
  f"Memory reader/writer and the memory replay back-propagation schedule from\n\"{T('2010.06891')}\" "
  "(pdf: https://openreview.net/pdf?id=_adSMszz_g9)."),
 ("rfa-kernels", "0.2.0", "https://git.example.org/contrib/rfa-kernels", "MIT",
  "tidewater/layers/rfa.py",
  f"Random-feature approximation of softmax attention with an optional gate, as in\n\"{T('2103.02143')}\" "
  "(Peng et al., ICLR 2021). The gating variant is disabled by default."),
 ("trajectory-tools", "0.4.2", "https://git.example.org/contrib/trajectory-tools", "MIT",
  "tidewater/rl/discretize.py, tidewater/rl/beam.py",
  f"Uniform / quantile discretisation of states and actions and the beam-search planner from\n"
  f"{T('2106.02039')} (Janner et al., arXiv:2106.02039).\nThe D4RL data files are not included; see docs/rl.md."),
 ("dt-gym-wrappers", "0.1.3", "https://git.example.org/contrib/dt-gym-wrappers", "MIT",
  "tidewater/rl/returns_to_go.py",
  f"Returns-to-go conditioning utilities ported from the reference code of\n"
  f"{T('2106.01345').lower()} (Chen et al., NeurIPS 2021)."),
 ("ctc-decode-py", "1.0.0", "https://git.example.org/contrib/ctc-decode-py", "BSD-3-Clause",
  "tidewater/losses/ctc.py",
  f"Prefix beam search for the CTC loss. Reference: A. Graves, S. Fernández, F. Gomez, J. Schmidhuber,\n"
  f"\"{T(CTC)}\",\nICML 2006."),
 ("lstm-reference-values", "n/a (test fixtures)", "https://git.example.org/tidewater/fixtures", "CC-BY-4.0",
  "tests/fixtures/lstm_cell_reference.npz",
  f"Numerical fixtures for the LSTM cell tests, computed from the equations of\nHochreiter & Schmidhuber (1997), "
  f"\"{T(LSTM)}\", Neural Computation 9(8) (with the forget gate added)."),
 ("taxonomy figure", "docs asset", "docs/_static/efficient-transformers-taxonomy.svg", "CC-BY-4.0",
  "docs/_static/efficient-transformers-taxonomy.svg",
  f"Redrawn and adapted from the taxonomy figure of Fournier, Marceau Caron & Aloise,\n\"{T('2103.14636')}\",\n"
  "ACM Computing Surveys (2023). Changes: labels renamed to tidewater module names."),
]
out = ["THIRD-PARTY SOFTWARE NOTICES AND INFORMATION", "tidewater 0.9.0", "=" * 44, "",
       "tidewater (https://git.example.org/tidewater/tidewater) is licensed under the Apache License 2.0.",
       "It incorporates material from the projects listed below. The original copyright notices and the",
       "licenses under which tidewater received such material are set out below. Where a component",
       "implements a published method, the paper is named so that users can cite it; see also CITATION.cff.",
       "Questions: oss-compliance@tidewater.example.org", ""]
for i, (name, ver, src, lic, files, notes) in enumerate(comps, 1):
    out += [f"{i}. {name}", "-" * (len(str(i)) + 2 + len(name)),
            f"Version:   {ver}", f"Source:    {src}", f"License:   {lic}", f"Files:     {files}", "Notes:"]
    out += ["    " + l for l in notes.split("\n")]
    out.append("")
out += ["=" * 44, "LICENSE TEXTS", "=" * 44, "",
 "--- MIT ---", "",
 "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
 "associated documentation files (the \"Software\"), to deal in the Software without restriction,",
 "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,",
 "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,",
 "subject to the following conditions:", "",
 "The above copyright notice and this permission notice shall be included in all copies or substantial",
 "portions of the Software.", "",
 "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT",
 "LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN",
 "NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,",
 "WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE",
 "SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.", "",
 "--- BSD-3-Clause ---", "",
 "Redistribution and use in source and binary forms, with or without modification, are permitted",
 "provided that the following conditions are met:", "",
 "1. Redistributions of source code must retain the above copyright notice, this list of conditions and",
 "   the following disclaimer.",
 "2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions",
 "   and the following disclaimer in the documentation and/or other materials provided with the",
 "   distribution.",
 "3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse",
 "   or promote products derived from this software without specific prior written permission.", "",
 "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS OR IMPLIED",
 "WARRANTIES ARE DISCLAIMED. (Full disclaimer: see the upstream LICENSE files.)", "",
 "--- Apache-2.0 ---", "",
 "Licensed under the Apache License, Version 2.0 (the \"License\"); you may not use these files except in",
 "compliance with the License. You may obtain a copy of the License at",
 "http://www.apache.org/licenses/LICENSE-2.0", "",
 "--- CC-BY-4.0 ---", "",
 "Creative Commons Attribution 4.0 International: https://creativecommons.org/licenses/by/4.0/legalcode", ""]
text = "\n".join(out)
write_only(F431, text, keys(F431))
