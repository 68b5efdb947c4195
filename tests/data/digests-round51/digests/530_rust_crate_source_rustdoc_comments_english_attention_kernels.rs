//! Attention kernels for `ferrite-attn`.
//!
//! This module collects the attention variants the inference server can run. Every
//! variant implements [`AttentionKernel`]; the scheduler picks one per layer from the
//! model's `config.json` (see [`KernelChoice::from_config`]).
//!
//! | kernel                 | complexity      | KV cache        | feature flag  |
//! |------------------------|-----------------|-----------------|---------------|
//! | [`NaiveAttention`]     | O(n²) memory    | contiguous      | —             |
//! | [`TiledAttention`]     | O(n) memory     | contiguous      | `tiled`       |
//! | [`PagedAttention`]     | O(n) memory     | paged blocks    | `paged`       |
//! | [`LinearAttention`]    | O(n) time       | running state   | `linear`      |
//! | [`BlockSparse`]        | O(n·w)          | contiguous      | `sparse`      |
//! | [`GatedAttentionUnit`] | O(n) (chunked)  | running state   | `gau`         |
//! | [`HyenaOperator`]      | O(n log n)      | none (FFT conv) | `hyena`       |
//!
//! # References
//!
//! The reference implementation everything is tested against is the one in
//! [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (Vaswani et al., 2017),
//! section 3.2.1, with the usual 1/√d scaling.
//!
//! The tiled kernel is a port of the forward pass in
//! [FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning](https://arxiv.org/abs/2307.08691)
//! (Dao, 2023). We never implemented FlashAttention v1 separately; the v2 loop order
//! (outer loop over query blocks) is simpler on our CPU path too.
//!
//! The paged KV cache follows *Efficient Memory Management for Large Language Model Serving
//! with PagedAttention* (Kwon et al., SOSP 2023, arXiv:2309.06180). Block size and the
//! copy-on-write rules are the same as vLLM's (<https://github.com/vllm-project/vllm>),
//! prefix caching is not implemented yet (#212).
//!
//! For GPU builds the kernels are generated with Triton; the matmul tiling follows the
//! Triton "Fused Attention" tutorial and CUTLASS's `fmha` example rather than any paper.

use std::sync::Arc;

use crate::cache::{BlockTable, KvCache, PhysicalBlock};
use crate::config::ModelConfig;
use crate::tensor::{DType, Device, Result, Tensor};

mod block_sparse;
mod gau;
mod hyena;
mod linear;
mod paged;
mod tiled;

pub use block_sparse::BlockSparse;
pub use gau::GatedAttentionUnit;
pub use hyena::HyenaOperator;
pub use linear::LinearAttention;
pub use paged::PagedAttention;
pub use tiled::TiledAttention;

/// Default tile sizes for [`TiledAttention`] on CPU (Br × Bc). Tuned on a Zen 4 box with
/// `cargo bench --bench tiles`; GPU builds read theirs from the Triton autotuner cache.
pub const DEFAULT_TILE: (usize, usize) = (64, 128);

/// Softmax scale used when the config does not set one: 1/√head_dim.
#[inline]
pub fn default_scale(head_dim: usize) -> f32 {
    1.0 / (head_dim as f32).sqrt()
}

/// What every attention variant has to provide.
///
/// `q`, `k`, `v` are `[batch, heads, seq, head_dim]`. Kernels that keep a running state
/// instead of a KV cache ([`LinearAttention`], [`GatedAttentionUnit`]) ignore `cache` and
/// update their own state in [`AttentionKernel::step`].
pub trait AttentionKernel: Send + Sync {
    /// Full-sequence forward pass (prefill).
    fn forward(&self, q: &Tensor, k: &Tensor, v: &Tensor, mask: Option<&Tensor>) -> Result<Tensor>;

    /// One decoding step. The default implementation appends to the cache and calls
    /// [`AttentionKernel::forward`] on the whole prefix, which is what the naive kernel does.
    fn step(&self, q: &Tensor, k: &Tensor, v: &Tensor, cache: &mut KvCache) -> Result<Tensor> {
        cache.append(k, v)?;
        let (k_all, v_all) = cache.view()?;
        self.forward(q, &k_all, &v_all, None)
    }

    /// Short name used in logs and in `--attention` on the command line.
    fn name(&self) -> &'static str;
}

/// The O(n²) reference kernel from the original Transformer. Only used in tests and as a
/// fallback for head dims the other kernels do not support (anything not a multiple of 8).
#[derive(Debug, Clone)]
pub struct NaiveAttention {
    pub scale: f32,
    pub causal: bool,
}

impl AttentionKernel for NaiveAttention {
    fn forward(&self, q: &Tensor, k: &Tensor, v: &Tensor, mask: Option<&Tensor>) -> Result<Tensor> {
        let scores = q.matmul(&k.t()?)?.affine(self.scale as f64, 0.0)?;
        let scores = match (mask, self.causal) {
            (Some(m), _) => scores.broadcast_add(m)?,
            (None, true) => scores.apply_causal_mask()?,
            (None, false) => scores,
        };
        scores.softmax_last_dim()?.matmul(v)
    }

    fn name(&self) -> &'static str {
        "naive"
    }
}

/// Which kernel a layer uses.
///
/// Besides the kernels listed in the module docs there is a memory variant for long
/// contexts, [`KernelChoice::Feedback`], which exposes all previous layers' states to the
/// lower layers as in the Feedback Transformer: <https://openreview.net/forum?id=OCm0rwa1lx1>
/// ("Addressing Some Limitations of Transformers with Feedback Memory", Fan et al.). It is
/// only wired up for the small research models; decoding is strictly sequential, so do not
/// expect speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum KernelChoice {
    Naive,
    Tiled,
    Paged,
    /// Causal linear attention with the `elu(x) + 1` feature map, from "Transformers are
    /// RNNs: Fast Autoregressive Transformers with Linear Attention" (Katharopoulos et al.,
    /// ICML 2020). Constant memory per step, quality drops on retrieval-heavy prompts.
    Linear,
    /// Global + sliding-window + random blocks. The pattern and the ITC/ETC distinction are
    /// from Big Bird: Transformers for Longer Sequences (Zaheer et al., NeurIPS 2020); we only
    /// implement ITC.
    BlockSparse,
    /// Gated attention unit with mixed chunk attention.
    ///
    /// # References
    ///
    /// - Hua, Dai, Liu, Le. *Transformer Quality in Linear Time*. ICML 2022.
    ///   The chunk size (256) and the shared-QK trick are taken from section 3.
    Gau,
    /// Implicit long convolutions with data-controlled gating, see
    /// [Hyena Hierarchy: Towards Larger Convolutional Language Models](https://arxiv.org/abs/2302.10866).
    /// Needs the `hyena` feature (pulls in `rustfft`).
    Hyena,
    Feedback,
}

impl KernelChoice {
    /// Reads `attention_impl` from the model config; unknown values fall back to
    /// [`KernelChoice::Naive`] with a warning (see issue #187 for why this is not an error).
    pub fn from_config(cfg: &ModelConfig) -> Self {
        match cfg.attention_impl.as_deref() {
            Some("tiled") | Some("flash") | Some("flash_attention_2") => Self::Tiled,
            Some("paged") => Self::Paged,
            Some("linear") => Self::Linear,
            Some("block_sparse") | Some("bigbird") => Self::BlockSparse,
            Some("gau") => Self::Gau,
            Some("hyena") => Self::Hyena,
            Some("feedback") => Self::Feedback,
            Some("eager") | None => Self::Naive,
            Some(other) => {
                log::warn!("unknown attention_impl {other:?}, using the naive kernel");
                Self::Naive
            }
        }
    }

    /// Builds the kernel. MQA / GQA head sharing is handled by the caller (the KV heads are
    /// repeated before the call), RoPE and ALiBi are applied before as well.
    pub fn build(self, cfg: &ModelConfig, device: &Device) -> Result<Arc<dyn AttentionKernel>> {
        let scale = cfg.attn_scale.unwrap_or_else(|| default_scale(cfg.head_dim));
        Ok(match self {
            Self::Naive | Self::Feedback => Arc::new(NaiveAttention { scale, causal: true }),
            Self::Tiled => Arc::new(TiledAttention::new(scale, DEFAULT_TILE, device)?),
            Self::Paged => Arc::new(PagedAttention::new(scale, cfg.block_size.unwrap_or(16), device)?),
            Self::Linear => Arc::new(LinearAttention::new(cfg.head_dim)),
            Self::BlockSparse => Arc::new(BlockSparse::new(scale, cfg.window.unwrap_or(256), 2, 3)),
            Self::Gau => Arc::new(GatedAttentionUnit::new(cfg.hidden_size, 128, 256, DType::F32, device)?),
            Self::Hyena => Arc::new(HyenaOperator::new(cfg.hidden_size, 2, cfg.max_position_embeddings)?),
        })
    }
}

/// Maps a logical sequence position to its physical block (paged cache only).
pub fn physical_block(table: &BlockTable, pos: usize, block_size: usize) -> Option<&PhysicalBlock> {
    table.get(pos / block_size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tensor::testing::{assert_close, randn};

    /// Every kernel must agree with [`NaiveAttention`] to 1e-4 on short causal inputs.
    /// `Linear`, `Gau` and `Hyena` compute something else and are excluded.
    #[test]
    fn kernels_match_reference() {
        let dev = Device::Cpu;
        let (q, k, v) = (randn(&[2, 4, 96, 64], &dev), randn(&[2, 4, 96, 64], &dev), randn(&[2, 4, 96, 64], &dev));
        let reference = NaiveAttention { scale: default_scale(64), causal: true };
        let want = reference.forward(&q, &k, &v, None).unwrap();
        for kernel in [
            Arc::new(TiledAttention::new(default_scale(64), (32, 32), &dev).unwrap()) as Arc<dyn AttentionKernel>,
            Arc::new(PagedAttention::new(default_scale(64), 16, &dev).unwrap()),
        ] {
            let got = kernel.forward(&q, &k, &v, None).unwrap();
            assert_close(&got, &want, 1e-4, kernel.name());
        }
    }

    #[test]
    fn unknown_impl_falls_back() {
        let mut cfg = ModelConfig::tiny();
        cfg.attention_impl = Some("sdpa_v3".to_string());
        assert_eq!(KernelChoice::from_config(&cfg), KernelChoice::Naive);
    }

    #[test]
    fn default_scale_is_inverse_sqrt() {
        assert!((default_scale(64) - 0.125).abs() < f32::EPSILON);
    }
}
