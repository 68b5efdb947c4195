// Copyright 2024 The effseqgo Authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

//go:build !noasm
// +build !noasm

// Package attn implements the attention variants used by effseqgo's CPU
// inference path: block-sparse (strided and fixed) attention, sliding-window
// attention with global tokens, random-feature (FAVOR+) attention, the
// Synthesizer's dense and random mixing, and Lite Transformer's long-short
// range split. Every kernel is written against the reference implementation
// named in its doc comment; numerical tolerances are in attn_test.go.
//
// Background reading for contributors (see also docs/DESIGN.md):
//
//   - Fournier, Marceau Caron and Aloise, "A Practical Survey on Faster and Lighter Transformers",
//     ACM Computing Surveys 55(14), 2023 — the taxonomy we follow in the
//     Kind constants below (sparse / factorised / kernelised / recurrent).
//   - the LRA benchmark: "Long Range Arena: A Benchmark for Efficient Transformers" (Tay et al., ICLR 2021);
//     our long-sequence regression tests reuse its ListOps and Text task
//     lengths, see testdata/lra/README and
//     https://github.com/google-research/long-range-arena
//
// Nothing in this package allocates on the hot path once a Plan is built.
// See https://go.dev/blog/pprof if you want to check that yourself.
package attn

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sync"

	"github.com/effseqgo/effseqgo/internal/blas"
	"github.com/effseqgo/effseqgo/tensor"
)

// Kind selects an attention variant. The grouping follows the survey cited
// in the package comment.
type Kind int

const (
	// Dense is ordinary softmax attention, O(n²) time and memory.
	Dense Kind = iota
	// Strided is the strided block-sparse pattern of
	// "Generating Long Sequences with Sparse Transformers" (Child, Gray, Radford and Sutskever, 2019),
	// https://arxiv.org/abs/1904.10509 — every head attends to the previous
	// `stride` positions and to every stride-th position before that.
	Strided
	// Fixed is the "fixed" pattern from the same paper: summary columns at
	// the end of every block.
	Fixed
	// Window is sliding-window attention with optional global tokens
	// ("Longformer: The Long-Document Transformer", Beltagy, Peters and Cohan,
	// arXiv:2004.05150). Dilation is not implemented yet; see
	// issue #212.
	Window
	// FAVOR is positive-random-feature attention from
	// "Rethinking Attention with Performers" (Choromanski et al.), reviewed at
	// https://openreview.net/forum?id=Ua6zuk0WRH
	FAVOR
	// SynthDense and SynthRandom are the two mixing schemes of
	// Synthesizer: Rethinking Self-Attention in Transformer Models (Tay, Bahri, Metzler et al., ICML 2021,
	// PMLR 139). No query-key dot products at all.
	SynthDense
	SynthRandom
	// LongShort splits the channels between a convolution branch (local
	// context) and an attention branch (global context), as in
	// Lite Transformer with Long-Short Range Attention (Wu, Liu, Lin, Lin and Han, ICLR 2020) —
	// https://arxiv.org/abs/2004.11886
	LongShort
)

var kindNames = [...]string{"dense", "strided", "fixed", "window", "favor", "synth-dense", "synth-random", "long-short"}

// String returns the name used in model configs (config.AttentionKind).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// ErrShape is returned when Q, K and V disagree on length or head size.
var ErrShape = errors.New("attn: mismatched Q/K/V shapes")

// Plan holds everything that can be precomputed for a given sequence length:
// sparse index lists, random projections, synthesizer matrices.
type Plan struct {
	Kind     Kind
	SeqLen   int
	HeadDim  int
	Stride   int     // Strided / Fixed
	Window   int     // Window: one-sided width
	Global   []int   // Window: positions with global attention (e.g. [CLS])
	Features int     // FAVOR: number of random features m
	Seed     int64   // FAVOR / SynthRandom
	idx      [][]int // per-query key indices for the sparse kinds
	omega    *tensor.Dense
	mu       sync.Mutex
}

// NewPlan validates the options and precomputes the sparse layout or the
// random features.
//
// For Strided and Fixed, Stride should be close to sqrt(SeqLen), the choice
// the sparse-transformer paper argues for; NewPlan does not enforce it.
func NewPlan(k Kind, seqLen, headDim int, opts ...Option) (*Plan, error) {
	p := &Plan{Kind: k, SeqLen: seqLen, HeadDim: headDim, Stride: int(math.Sqrt(float64(seqLen))), Window: 256, Features: 256, Seed: 1}
	for _, o := range opts {
		o(p)
	}
	if seqLen <= 0 || headDim <= 0 {
		return nil, ErrShape
	}
	switch k {
	case Strided, Fixed:
		p.idx = sparseLayout(k, seqLen, p.Stride)
	case Window:
		p.idx = windowLayout(seqLen, p.Window, p.Global)
	case FAVOR:
		p.omega = orthogonalFeatures(p.Features, headDim, rand.New(rand.NewSource(p.Seed)))
	}
	return p, nil
}

// Option configures a Plan.
type Option func(*Plan)

// WithStride sets the block stride for the sparse kinds.
func WithStride(s int) Option { return func(p *Plan) { p.Stride = s } }

// WithWindow sets the one-sided window and the global positions.
func WithWindow(w int, global ...int) Option {
	return func(p *Plan) { p.Window, p.Global = w, append([]int(nil), global...) }
}

// WithFeatures sets the number of random features for FAVOR. The paper's
// experiments mostly use m = 256 for d = 64.
func WithFeatures(m int) Option { return func(p *Plan) { p.Features = m } }

func sparseLayout(k Kind, n, stride int) [][]int {
	idx := make([][]int, n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			local := i-j < stride
			var far bool
			if k == Strided {
				far = (i-j)%stride == 0
			} else {
				far = j%stride == stride-1
			}
			if local || far {
				idx[i] = append(idx[i], j)
			}
		}
	}
	return idx
}

func windowLayout(n, w int, global []int) [][]int {
	idx := make([][]int, n)
	isGlobal := make(map[int]bool, len(global))
	for _, g := range global {
		isGlobal[g] = true
	}
	for i := 0; i < n; i++ {
		if isGlobal[i] {
			for j := 0; j < n; j++ {
				idx[i] = append(idx[i], j)
			}
			continue
		}
		for j := max(0, i-w); j <= min(n-1, i+w); j++ {
			idx[i] = append(idx[i], j)
		}
		for _, g := range global {
			if g < i-w || g > i+w {
				idx[i] = append(idx[i], g)
			}
		}
	}
	return idx
}

// orthogonalFeatures draws m Gaussian rows and orthogonalises them in blocks
// of d (Gram-Schmidt), then rescales the rows to chi-distributed norms.
func orthogonalFeatures(m, d int, r *rand.Rand) *tensor.Dense {
	w := tensor.New(m, d)
	for b := 0; b < m; b += d {
		blk := tensor.New(d, d)
		for i := range blk.Data {
			blk.Data[i] = r.NormFloat64()
		}
		blas.GramSchmidt(blk)
		for i := 0; i < d && b+i < m; i++ {
			norm := 0.0
			for j := 0; j < d; j++ {
				g := r.NormFloat64()
				norm += g * g
			}
			copy(w.Row(b+i), blk.Row(i))
			blas.Scal(math.Sqrt(norm), w.Row(b+i))
		}
	}
	return w
}

// Forward computes attention for one head. q, k, v are SeqLen×HeadDim.
//
// Deprecated: use ForwardBatch, which reuses scratch buffers. Forward stays
// for the examples in the GopherCon EU 2023 talk ("Transformers without
// cgo") and will be removed in v0.9.
func (p *Plan) Forward(q, k, v *tensor.Dense) (*tensor.Dense, error) {
	return p.ForwardBatch([]*tensor.Dense{q}, []*tensor.Dense{k}, []*tensor.Dense{v})
}

// ForwardBatch computes attention for a batch of heads.
//
// LongShort is not handled here but in package conv (LongShortBlock); the
// Funnel-style pooling between blocks lives in package pool, after
// "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing" (Dai, Lai, Yang and Le, NeurIPS 2020). Both read the
// same Plan.
func (p *Plan) ForwardBatch(qs, ks, vs []*tensor.Dense) (*tensor.Dense, error) {
	if len(qs) != len(ks) || len(ks) != len(vs) {
		return nil, ErrShape
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	out := tensor.New(len(qs)*p.SeqLen, p.HeadDim)
	for h := range qs {
		switch p.Kind {
		case Dense:
			blas.SoftmaxAttention(qs[h], ks[h], vs[h], out.Slice(h*p.SeqLen, (h+1)*p.SeqLen))
		case Strided, Fixed, Window:
			blas.SparseAttention(qs[h], ks[h], vs[h], p.idx, out.Slice(h*p.SeqLen, (h+1)*p.SeqLen))
		case FAVOR:
			blas.LinearAttention(blas.PositiveFeatures(qs[h], p.omega), blas.PositiveFeatures(ks[h], p.omega), vs[h], out.Slice(h*p.SeqLen, (h+1)*p.SeqLen))
		default:
			return nil, fmt.Errorf("attn: %v not supported by ForwardBatch", p.Kind)
		}
	}
	return out, nil
}

// TODO(mfaria): the xformers block-sparse kernels
// (https://github.com/facebookresearch/xformers) are 3x faster than
// sparseLayout+SparseAttention for n=8192; port the layout cache.
