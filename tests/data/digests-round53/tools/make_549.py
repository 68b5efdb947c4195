#!/usr/bin/env python3
"""549: a Bugzilla 5.0 bug exported as XML (show_bug.cgi?ctype=xml: the <bugzilla> root with version / urlbase /
maintainer, one <bug> with its fields, the cc list, flags, long_desc comments numbered from 0, and a base64 patch
attachment) from an invented project's tracker: a meta bug asking for efficient / memory attention layers in a
sequence-modelling library, each comment arguing for papers. Papers: arXiv abs / pdf URLs (link), OpenReview forum
URLs (link), "arXiv:ID" in a comment (arxiv-text), titles with a DOI, a PMLR page or a venue (title-only). Not
papers: the project's own bugs, a PR, the xformers and fla repositories, a blog post, nicknames (Performer, S4)."""
import base64, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F549, keys

U = {"hokafor": "Hana Okafor", "pvantwout": "Pieter van Twout", "mlindqvist": "Maja Lindqvist",
     "rdesai": "Rohan Desai", "bugbot": "Triage Bot"}


def who(u):
    return f'name="{U[u]}">{u}@seqlayers.example.org'


comments = [
 ("hokafor", "2024-02-12 09:41:00 +0000",
  f"""The attention module only ships full softmax attention and the recurrent cell. Users keep asking
for something that scales past 8k tokens, and the roadmap (bug 1869) says 1.0 should have a
pluggable "efficient attention" family. This is a meta bug to agree on WHICH methods, with the
papers, before anyone writes code.

Proposed first batch (please comment):

  1. LSH attention -- {T("2001.04451")}
     https://openreview.net/forum?id={OR("2001.04451")}
  2. Linear attention -- {T("2006.16236")}
     (arXiv:2006.16236), the causal prefix-sum form is what we want for generation
  3. GAU / FLASH -- {T("2202.10447")} (ICML 2022,
     https://proceedings.mlr.press/v162/hua22a.html)

Out of scope here: kernels (that is bug 1871), and anything that needs custom CUDA.

Acceptance: each layer behind `AttentionSpec(kind=...)`, a reference test against the
naive implementation on short sequences, and a docs page citing the paper."""),
 ("bugbot", "2024-02-12 09:41:07 +0000",
  "Setting component to 'attention' and adding the triage owner to CC.\n\n(This comment was added automatically by the triage bot.)"),
 ("pvantwout", "2024-02-13 14:22:51 +0000",
  f"""Before we pick, there is a good overview that groups these by mechanism (sparsity, low rank,
kernels, memory) and would make a nice "background" link on the docs page:

{T("2103.14636")}
https://arxiv.org/pdf/2103.14636.pdf

Section 4 has the taxonomy figure. I would cite it rather than re-explain everything."""),
 ("mlindqvist", "2024-02-14 08:05:13 +0000",
  f"""If "memory" is part of the family I would like two of the memory-augmented designs as well,
since our users are mostly doing long dialogue:

  - {T("2010.06891")}
    https://openreview.net/forum?id={OR("2010.06891")}
    (fixed-size external memory with read/write attention, recurrence over segments)
  - and the old one everybody cites for differentiable read/write heads:
    {T("1410.5401")}, https://arxiv.org/abs/1410.5401

The second is more a historical reference for the docs than a layer to implement."""),
 ("hokafor", "2024-02-14 10:30:40 +0000",
  """Memory is fine as a second batch. Let's keep the NTM as a docs reference only, agreed.

Created attachment 588
sketch: AttentionSpec + registry (no kernels)

Rough sketch of the registry so that the layers can be added independently."""),
 ("rdesai", "2024-02-16 17:48:02 +0000",
  f"""For the mobile/edge build (bug 1880) the interesting one is not asymptotic at all:

  {T("2004.11886")} (ICLR 2020)

It splits heads into a conv branch and an attention branch. Cheap to add once the registry
exists, and it gives us a baseline for the "small model" benchmark.

Also, please do not forget the recurrent baseline in the benchmark table. The docs still say
"LSTM" without a reference; the citation should be

  Hochreiter & Schmidhuber, "{T("Long Short-Term Memory")}",
  Neural Computation 9(8):1735-1780, 1997. https://doi.org/10.1162/neco.1997.9.8.1735"""),
 ("pvantwout", "2024-02-20 11:02:37 +0000",
  """Comment on attachment 588
sketch: AttentionSpec + registry (no kernels)

Looks good. Two nits: the registry should raise on duplicate names, and `causal` should be part
of the spec, not a forward() argument. Performer and S4-style layers can come later; I checked
fla (https://github.com/fla-org/flash-linear-attention) and xformers for reference
implementations, we should not vendor either."""),
 ("hokafor", "2024-03-04 16:02:18 +0000",
  """Summary of the discussion, batch 1 = LSH, linear, GAU; batch 2 = Memformer-style memory and the
conv/attention split; NTM and the survey are docs references. Assigning to myself for the
registry; individual layers get their own bugs blocking this one (1884, 1885, 1886 filed)."""),
]
patch = """diff --git a/seqlayers/attention/spec.py b/seqlayers/attention/spec.py
new file mode 100644
--- /dev/null
+++ b/seqlayers/attention/spec.py
@@ -0,0 +1,24 @@
+from dataclasses import dataclass, field
+
+_REGISTRY = {}
+
+
+def register(name):
+    def deco(cls):
+        _REGISTRY[name] = cls
+        return cls
+    return deco
+
+
+@dataclass(frozen=True)
+class AttentionSpec:
+    kind: str = "softmax"
+    num_heads: int = 8
+    head_dim: int = 64
+    options: dict = field(default_factory=dict)
+
+    def build(self, causal=False):
+        if self.kind not in _REGISTRY:
+            raise KeyError(f"unknown attention kind {self.kind!r}")
+        return _REGISTRY[self.kind](self, causal=causal)
+
"""
pb = patch.encode()
b64 = base64.encodebytes(pb).decode().strip()
L = ['<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
     '<!DOCTYPE bugzilla SYSTEM "https://bugs.seqlayers.example.org/page.cgi?id=bugzilla.dtd">', "",
     '<bugzilla version="5.0.4"', '          urlbase="https://bugs.seqlayers.example.org/"', "          ",
     '          maintainer="bugmaster@seqlayers.example.org"', ">", "", "    <bug>"]
F = [("bug_id", "1873"), None, ("creation_ts", comments[0][1]),
     ("short_desc", "[meta] Efficient and memory-augmented attention layers for 1.0 (pick methods + papers first)"),
     ("delta_ts", comments[-1][1]), ("reporter_accessible", "1"), ("cclist_accessible", "1"), ("classification_id", "1"),
     ("classification", "Unclassified"), ("product", "seqlayers"), ("component", "attention"), ("version", "0.9"),
     ("rep_platform", "All"), ("op_sys", "All"), ("bug_status", "ASSIGNED"), ("resolution", ""), None, None,
     ("bug_file_loc", "https://wiki.seqlayers.example.org/Roadmap/1.0#attention"), ("status_whiteboard", "[needs-design][docs]"),
     ("keywords", "meta"), ("priority", "P2"), ("bug_severity", "enhancement"), ("target_milestone", "1.0"),
     ("dependson", "1884"), ("dependson", "1885"), ("dependson", "1886"), ("blocked", "1869"), ("blocked", "1880"),
     ("everconfirmed", "1")]
for f in F:
    L.append("          " if f is None else f"          <{f[0]}>{escape(f[1])}</{f[0]}>")
L += [f'          <reporter {who("hokafor")}</reporter>', f'          <assigned_to {who("hokafor")}</assigned_to>']
L += [f"          <cc>{u}@seqlayers.example.org</cc>" for u in ("mlindqvist", "pvantwout", "rdesai")]
L += ["          ", "          <cf_docs_needed>yes</cf_docs_needed>", "          <votes>3</votes>",
      "", "          <comment_sort_order>oldest_to_newest</comment_sort_order>  "]
for i, (u, t, txt) in enumerate(comments):
    L += ['          <long_desc isprivate="0" >', f"    <commentid>{9412 + 3 * i + (i > 2)}</commentid>",
          f"    <comment_count>{i}</comment_count>"]
    if "Created attachment 588" in txt or "Comment on attachment 588" in txt: L.append("    <attachid>588</attachid>")
    L += [f'    <who {who(u)}</who>', f"    <bug_when>{t}</bug_when>", f"    <thetext>{escape(txt)}</thetext>", "  </long_desc>"]
L += ['      <attachment', '          isobsolete="0"', '          ispatch="1"', '          isprivate="0"', '      >',
      "            <attachid>588</attachid>", f"            <date>{comments[4][1]}</date>",
      f"            <delta_ts>{comments[6][1]}</delta_ts>", "            <desc>sketch: AttentionSpec + registry (no kernels)</desc>",
      "            <filename>attention-spec.patch</filename>", "            <type>text/plain</type>",
      f"            <size>{len(pb)}</size>", f'            <attacher {who("hokafor")}</attacher>',
      '              <flag name="review"', '                    id="1202"', '                    type_id="4"',
      '                    status="+"', '                    setter="pvantwout@seqlayers.example.org"', "               />",
      f'            <data encoding="base64">{b64}', "</data>", "", "          </attachment>",
      "      ", "    </bug>", "", "</bugzilla>", ""]
text = "\n".join(L)
write_only(F549, text, keys(F549), [patch])
