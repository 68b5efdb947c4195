#!/usr/bin/env python3
"""2152: a WGSL compute shader (`attn_tile.wgsl` for WebGPU: a `//` header, a struct, `@group/@binding` declarations,
`const`s, `var<workgroup>` tiles, a helper `fn` and an `@compute @workgroup_size` entry point with loops, barriers and
an online softmax) of an invented Czech efficient-attention group: an OpenReview forum link and arXiv links (`/abs/`,
`/pdf/…v2`, `http://`) in `//` comments, one `arXiv:2006.04768` in a comment, titles alone in a `/* */` block comment;
non-papers (the WGSL spec, a book, the repository, a talk, a demo page). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2152)
TXT = fill(r'''// attn_tile.wgsl -- dlaždicová pozornost pro WebGPU (jeden průchod, online softmax)
//
// Autor: Jakub Novotný <jakub.novotny@pozornost-lab.example.cz>
// Repozitář: https://github.com/pozornost-lab/webgpu-attn
// Specifikace jazyka: https://www.w3.org/TR/WGSL/
// Ukázka v prohlížeči: https://pozornost-lab.example.cz/demo/attn/
// Přednáška ze semináře: https://video.pozornost-lab.example.cz/prednasky/2024-04
// Kniha: Hwu, Kirk & El Hajj, "Programming Massively Parallel Processors", 4. vyd., kap. 16
//
// Algoritmus podle [[T:2205.14135]]
//   https://arxiv.org/abs/2205.14135
// Lineární varianta (attn_linear.wgsl) vychází z
//   [[T:2006.16236]] -- https://arxiv.org/pdf/2006.16236v2
// a z [[T:2202.10447]] (http://arxiv.org/abs/2202.10447).
// Projekce K/V na kratší délku zatím jen v Pythonu: [[T:2006.04768]], arXiv:2006.04768.
// Testujeme na úlohách z [[T:2011.04006]]
//   https://openreview.net/forum?id=[[ID:OR]]

/* K přečtení před dalším seminářem (jen názvy, PDF v repozitáři nejsou):
     - [[T:1904.10509]]
     - [[T:2004.05150]]
     - [[T:2103.14636]]
*/

struct Params {
  seq_len : u32,
  head_dim : u32,
  scale : f32,
  _pad : u32,
}

@group(0) @binding(0) var<uniform> params : Params;
@group(0) @binding(1) var<storage, read> q : array<f32>;
@group(0) @binding(2) var<storage, read> k : array<f32>;
@group(0) @binding(3) var<storage, read> v : array<f32>;
@group(0) @binding(4) var<storage, read_write> o : array<f32>;

const TILE : u32 = 32u;
const DMAX : u32 = 64u;

var<workgroup> k_tile : array<f32, 2048>;  // TILE * DMAX
var<workgroup> v_tile : array<f32, 2048>;

fn dot_qk(row : u32, j : u32) -> f32 {
  var s = 0.0;
  for (var d = 0u; d < params.head_dim; d = d + 1u) {
    s = s + q[row * params.head_dim + d] * k_tile[j * DMAX + d];
  }
  return s * params.scale;
}

@compute @workgroup_size(32)
fn main(@builtin(global_invocation_id) gid : vec3<u32>,
        @builtin(local_invocation_id) lid : vec3<u32>) {
  let row = gid.x;
  var m = -3.0e38;  // průběžné maximum
  var l = 0.0;      // průběžný součet
  var acc : array<f32, 64>;
  for (var d = 0u; d < DMAX; d = d + 1u) { acc[d] = 0.0; }

  for (var t = 0u; t < params.seq_len; t = t + TILE) {
    // načtení dlaždice K a V do sdílené paměti
    for (var d = 0u; d < params.head_dim; d = d + 1u) {
      k_tile[lid.x * DMAX + d] = k[(t + lid.x) * params.head_dim + d];
      v_tile[lid.x * DMAX + d] = v[(t + lid.x) * params.head_dim + d];
    }
    workgroupBarrier();
    if (row < params.seq_len) {
      for (var j = 0u; j < TILE; j = j + 1u) {
        let s = dot_qk(row, j);
        let m_new = max(m, s);
        let p = exp(s - m_new);
        let c = exp(m - m_new);
        l = l * c + p;
        for (var d = 0u; d < params.head_dim; d = d + 1u) {
          acc[d] = acc[d] * c + p * v_tile[j * DMAX + d];
        }
        m = m_new;
      }
    }
    workgroupBarrier();
  }
  if (row < params.seq_len) {
    for (var d = 0u; d < params.head_dim; d = d + 1u) {
      o[row * params.head_dim + d] = acc[d] / l;
    }
  }
}
''', {"OR": OR("2011.04006")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
