// SPDX-License-Identifier: Apache-2.0
// =====================================================================================================
//  fused_kernels.cu  —  lingxi-train 的融合 CUDA 内核（训练 + 推理共用）
//
//  维护：推理加速小组 韩启明 <qiming.han@infra.example.cn>，周雨桐 <yutong.zhou@infra.example.cn>
//  最后修改：2024-03-18（把 paged attention 的 block_size 从 16 改成 32，见 MR !412）
//
//  本文件包含的内核及其出处（写代码前请先读原文，别只看博客）：
//    1. fused_adamw_kernel        —— 《Decoupled Weight Decay Regularization》, Loshchilov & Hutter, ICLR 2019
//    2. check_overflow_kernel     —— 动态 loss scaling，见 Mixed Precision Training
//                                    https://openreview.net/forum?id=r1gs9JgRZ  (ICLR 2018)
//    3. dequant_nf4_kernel        —— NF4 + double quant，QLoRA: Efficient Finetuning of Quantized LLMs (arXiv:2305.14314)
//    4. dequant_gptq_int4_kernel  —— act-order / g_idx 布局与 AutoGPTQ 一致
//    5. paged_decode_attention    —— 分页 KV cache，思路来自 vLLM
//    6. spec_verify_kernel        —— 投机采样的接受 / 拒绝
//    7. dora_col_norm_kernel      —— 逐列范数，DoRA: Weight-Decomposed Low-Rank Adaptation
//                                    https://arxiv.org/abs/2402.09353
//  前向 attention 直接调用 flash-attn 2.x 的 C++ 接口，不在本文件里重写，
//  原文：FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning，arXiv 2307.08691（Tri Dao）。
//
//  注意：
//    - 所有内核假设 blockDim.x 是 32 的倍数；
//    - bf16 路径需要 sm_80 及以上，sm_75 上只编译 fp16 路径；
//    - 不要在这里 include torch 的头文件以外的 ATen 内部头文件，升级 torch 时会炸。
//  参考资料（不是论文）：CUDA C++ Programming Guide 的 warp shuffle 一节；CUTLASS 的
//  numeric_conversion.h；团队 wiki 「推理内核踩坑记录」 https://wiki.infra.example.cn/pages/41207
// =====================================================================================================

#include <cuda.h>
#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <cuda_bf16.h>
#include <torch/extension.h>
#include <ATen/cuda/CUDAContext.h>
#include <c10/cuda/CUDAGuard.h>

#define CHECK_CUDA(x) TORCH_CHECK((x).is_cuda(), #x " must be a CUDA tensor")
#define CHECK_CONTIGUOUS(x) TORCH_CHECK((x).is_contiguous(), #x " must be contiguous")
#define CHECK_INPUT(x) \
  CHECK_CUDA(x);       \
  CHECK_CONTIGUOUS(x)

#define WARP_SIZE 32
#define DIV_UP(a, b) (((a) + (b) - 1) / (b))

namespace lingxi {

// ------------------------------------------------------------------------------------------------
// 工具函数：warp 内归约（蝶形 shuffle）
// ------------------------------------------------------------------------------------------------
template <typename T>
__device__ __forceinline__ T warp_reduce_sum(T val) {
#pragma unroll
  for (int offset = WARP_SIZE / 2; offset > 0; offset >>= 1) {
    val += __shfl_xor_sync(0xffffffff, val, offset);
  }
  return val;
}

template <typename T>
__device__ __forceinline__ T warp_reduce_max(T val) {
#pragma unroll
  for (int offset = WARP_SIZE / 2; offset > 0; offset >>= 1) {
    val = fmaxf(val, __shfl_xor_sync(0xffffffff, val, offset));
  }
  return val;
}

// ------------------------------------------------------------------------------------------------
// 1. 融合 AdamW
//    权重衰减与梯度的自适应缩放解耦：p -= lr * (m_hat / (sqrt(v_hat) + eps) + wd * p)，
//    而不是把 wd * p 加进梯度（那是 L2 正则，和 Adam 一起用效果不同，论文第 2 节讲得很清楚）。
//    主权重是 fp32，梯度可以是 fp16 / bf16（混合精度下由 check_overflow_kernel 先检查）。
// ------------------------------------------------------------------------------------------------
template <typename GradT>
__global__ void fused_adamw_kernel(float* __restrict__ param, const GradT* __restrict__ grad,
                                   float* __restrict__ exp_avg, float* __restrict__ exp_avg_sq,
                                   const float lr, const float beta1, const float beta2, const float eps,
                                   const float weight_decay, const float bias_corr1, const float bias_corr2,
                                   const float inv_scale, const int64_t n) {
  const int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (i >= n) return;
  float g = static_cast<float>(grad[i]) * inv_scale;  // 先去掉 loss scale
  float m = exp_avg[i] = beta1 * exp_avg[i] + (1.f - beta1) * g;
  float v = exp_avg_sq[i] = beta2 * exp_avg_sq[i] + (1.f - beta2) * g * g;
  float denom = sqrtf(v / bias_corr2) + eps;
  float p = param[i];
  p -= lr * weight_decay * p;            // 解耦的权重衰减
  p -= lr * (m / bias_corr1) / denom;
  param[i] = p;
}

// ------------------------------------------------------------------------------------------------
// 2. 动态 loss scaling：检查梯度里有没有 inf / nan
//    原文 Micikevicius et al. 的做法是 fp32 主权重 + fp16 计算 + loss scaling；这里只做检查，
//    scale 的增减在 Python 侧（每 2000 步无溢出则 x2，溢出则 /2 并跳过这一步）。
// ------------------------------------------------------------------------------------------------
template <typename GradT>
__global__ void check_overflow_kernel(const GradT* __restrict__ grad, int* __restrict__ found_inf,
                                      const int64_t n) {
  const int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (i >= n) return;
  float g = static_cast<float>(grad[i]);
  if (!isfinite(g)) atomicExch(found_inf, 1);
}

// ------------------------------------------------------------------------------------------------
// 3. NF4 反量化（QLoRA）
//    16 个 NF4 码值来自标准正态分布的分位数；absmax 本身再做一次 8-bit 量化（double quant），
//    所以这里要先反量化 absmax 再反量化权重。block_size = 64，与 bitsandbytes 默认值一致。
// ------------------------------------------------------------------------------------------------
__constant__ float NF4_CODE[16] = {
    -1.0f, -0.6961928009986877f, -0.5250730514526367f, -0.39491748809814453f,
    -0.28444138169288635f, -0.18477343022823334f, -0.09105003625154495f, 0.0f,
    0.07958029955625534f, 0.16093020141124725f, 0.24611230194568634f, 0.33791524171829224f,
    0.44070982933044434f, 0.5626170039176941f, 0.7229568362236023f, 1.0f};

__global__ void dequant_nf4_kernel(const uint8_t* __restrict__ packed, const uint8_t* __restrict__ absmax_q,
                                   const float* __restrict__ absmax_code, const float* __restrict__ absmax_scale,
                                   const float absmax_offset, __nv_bfloat16* __restrict__ out, const int64_t n,
                                   const int block_size) {
  const int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;  // 每个线程处理 2 个 4-bit 值
  if (2 * i >= n) return;
  const int64_t blk = (2 * i) / block_size;
  const float absmax = absmax_code[absmax_q[blk]] * absmax_scale[blk / 256] + absmax_offset;
  const uint8_t byte = packed[i];
  out[2 * i] = __float2bfloat16(NF4_CODE[byte >> 4] * absmax);
  if (2 * i + 1 < n) out[2 * i + 1] = __float2bfloat16(NF4_CODE[byte & 0x0f] * absmax);
}

// ------------------------------------------------------------------------------------------------
// 4. GPTQ int4 反量化
//    量化算法本身（逐列 OBQ 更新 + lazy batch + Cholesky）在离线脚本里，论文是
//    "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers"
//    (Frantar et al., ICLR 2023)。这里只负责推理时把 qweight / qzeros / scales 还原成 fp16。
//    g_idx 不为空时是 act-order（desc_act=True）布局，组号要查表。
// ------------------------------------------------------------------------------------------------
__global__ void dequant_gptq_int4_kernel(const int32_t* __restrict__ qweight, const int32_t* __restrict__ qzeros,
                                         const half* __restrict__ scales, const int32_t* __restrict__ g_idx,
                                         half* __restrict__ out, const int in_features, const int out_features,
                                         const int group_size) {
  const int col = blockIdx.x * blockDim.x + threadIdx.x;
  const int row = blockIdx.y;  // 每个 row 是 8 个打包的输入通道
  if (col >= out_features) return;
  const int32_t w = qweight[row * out_features + col];
#pragma unroll
  for (int k = 0; k < 8; ++k) {
    const int in = row * 8 + k;
    if (in >= in_features) break;
    const int g = g_idx ? g_idx[in] : in / group_size;
    const int32_t z = (qzeros[g * (out_features / 8) + col / 8] >> (4 * (col % 8))) & 0xf;
    const int32_t q = (w >> (4 * k)) & 0xf;
    out[in * out_features + col] = __hmul(__int2half_rn(q - (z + 1)), scales[g * out_features + col]);
  }
}

// ------------------------------------------------------------------------------------------------
// 5. 分页 KV cache 的 decode attention（单 query token）
//    思路：efficient memory management for large language model serving with pagedattention
//    （Kwon et al., SOSP 2023）——KV cache 按固定大小的 block 存放，block_table 记录逻辑块到物理块的映射，
//    这样可以在请求之间共享前缀、几乎没有碎片。我们的实现比 vLLM 的 v1 kernel 简单得多：
//    一个 block 处理一个 (seq, head)，不做 partition，长上下文（>8k）请走 flash-attn 的 varlen 接口。
// ------------------------------------------------------------------------------------------------
template <int HEAD_DIM, int BLOCK_SIZE>
__global__ void paged_decode_attention(half* __restrict__ out, const half* __restrict__ q,
                                       const half* __restrict__ k_cache, const half* __restrict__ v_cache,
                                       const int* __restrict__ block_tables, const int* __restrict__ context_lens,
                                       const float scale, const int max_blocks_per_seq, const int num_kv_heads,
                                       const int num_heads) {
  const int seq = blockIdx.x, head = blockIdx.y, lane = threadIdx.x % WARP_SIZE;
  const int kv_head = head / (num_heads / num_kv_heads);  // GQA
  const int ctx = context_lens[seq];
  extern __shared__ float logits[];
  const half* qv = q + (seq * num_heads + head) * HEAD_DIM;
  float qmax = -INFINITY;
  for (int t = threadIdx.x; t < ctx; t += blockDim.x) {
    const int phys = block_tables[seq * max_blocks_per_seq + t / BLOCK_SIZE];
    const half* kv = k_cache + ((phys * num_kv_heads + kv_head) * BLOCK_SIZE + t % BLOCK_SIZE) * HEAD_DIM;
    float s = 0.f;
#pragma unroll
    for (int d = 0; d < HEAD_DIM; ++d) s += __half2float(qv[d]) * __half2float(kv[d]);
    logits[t] = s * scale;
    qmax = fmaxf(qmax, logits[t]);
  }
  qmax = warp_reduce_max(qmax);  // TODO(韩启明)：跨 warp 归约，目前只对 blockDim.x == 32 正确
  float sum = 0.f;
  for (int t = threadIdx.x; t < ctx; t += blockDim.x) sum += (logits[t] = __expf(logits[t] - qmax));
  sum = warp_reduce_sum(sum);
  __syncthreads();
  for (int d = lane; d < HEAD_DIM; d += WARP_SIZE) {
    float acc = 0.f;
    for (int t = 0; t < ctx; ++t) {
      const int phys = block_tables[seq * max_blocks_per_seq + t / BLOCK_SIZE];
      acc += logits[t] * __half2float(v_cache[((phys * num_kv_heads + kv_head) * BLOCK_SIZE + t % BLOCK_SIZE) * HEAD_DIM + d]);
    }
    out[(seq * num_heads + head) * HEAD_DIM + d] = __float2half(acc / sum);
  }
}

// ------------------------------------------------------------------------------------------------
// 6. 投机采样验证
//    草稿模型一次提出 gamma 个 token，目标模型并行打分；第 i 个 token 以 min(1, p/q) 的概率接受，
//    第一个被拒绝的位置从 norm(max(0, p - q)) 重新采样——这样输出分布与目标模型完全一致。
//    出处：Leviathan, Kalman, Matias：Fast Inference from Transformers via Speculative Decoding（ICML 2023 oral）。
//    这里每个线程块处理一条序列；uniform 随机数由 host 侧 philox 生成后传入，方便复现。
// ------------------------------------------------------------------------------------------------
__global__ void spec_verify_kernel(const float* __restrict__ p_target, const float* __restrict__ q_draft,
                                   const int64_t* __restrict__ draft_tokens, const float* __restrict__ uniforms,
                                   int* __restrict__ n_accepted, const int gamma, const int vocab) {
  const int seq = blockIdx.x;
  if (threadIdx.x != 0) return;  // 只有 gamma 次比较，串行即可
  int acc = 0;
  for (int i = 0; i < gamma; ++i) {
    const int64_t tok = draft_tokens[seq * gamma + i];
    const float p = p_target[(seq * (gamma + 1) + i) * vocab + tok];
    const float qd = q_draft[(seq * gamma + i) * vocab + tok];
    if (uniforms[seq * gamma + i] < fminf(1.f, p / fmaxf(qd, 1e-20f))) {
      ++acc;
    } else {
      break;
    }
  }
  n_accepted[seq] = acc;  // 残差分布的重采样在 Python 侧做（torch.multinomial）
}

// ------------------------------------------------------------------------------------------------
// 7. DoRA：W' = m * (W0 + BA) / ||W0 + BA||_c，这里算逐列范数（列 = 输出通道）
//    原文第 4 节建议把范数当作常数、不回传梯度以省显存，我们照做（detach 在 Python 侧）。
// ------------------------------------------------------------------------------------------------
__global__ void dora_col_norm_kernel(const __nv_bfloat16* __restrict__ w0, const __nv_bfloat16* __restrict__ delta,
                                     float* __restrict__ col_norm, const int rows, const int cols) {
  const int col = blockIdx.x;
  float s = 0.f;
  for (int r = threadIdx.x; r < rows; r += blockDim.x) {
    const float v = __bfloat162float(w0[r * cols + col]) + __bfloat162float(delta[r * cols + col]);
    s += v * v;
  }
  s = warp_reduce_sum(s);
  if (threadIdx.x == 0) col_norm[col] = sqrtf(s);
}

}  // namespace lingxi

// =====================================================================================================
//  host 侧入口（由 csrc/bindings.cpp 注册到 torch.ops.lingxi）
// =====================================================================================================
void fused_adamw(torch::Tensor param, torch::Tensor grad, torch::Tensor exp_avg, torch::Tensor exp_avg_sq,
                 double lr, double beta1, double beta2, double eps, double weight_decay, int64_t step,
                 double inv_scale) {
  CHECK_INPUT(param); CHECK_INPUT(grad); CHECK_INPUT(exp_avg); CHECK_INPUT(exp_avg_sq);
  const at::cuda::OptionalCUDAGuard guard(device_of(param));
  const int64_t n = param.numel();
  const int threads = 256;
  const float bc1 = 1.f - powf(beta1, step), bc2 = 1.f - powf(beta2, step);
  auto stream = at::cuda::getCurrentCUDAStream();
  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, grad.scalar_type(), "fused_adamw", [&] {
    lingxi::fused_adamw_kernel<scalar_t><<<DIV_UP(n, threads), threads, 0, stream>>>(
        param.data_ptr<float>(), grad.data_ptr<scalar_t>(), exp_avg.data_ptr<float>(),
        exp_avg_sq.data_ptr<float>(), lr, beta1, beta2, eps, weight_decay, bc1, bc2, inv_scale, n);
  });
  C10_CUDA_KERNEL_LAUNCH_CHECK();
}

torch::Tensor dequant_nf4(torch::Tensor packed, torch::Tensor absmax_q, torch::Tensor absmax_code,
                          torch::Tensor absmax_scale, double absmax_offset, int64_t n, int64_t block_size) {
  CHECK_INPUT(packed); CHECK_INPUT(absmax_q);
  auto out = torch::empty({n}, packed.options().dtype(torch::kBFloat16));
  const int threads = 256;
  lingxi::dequant_nf4_kernel<<<DIV_UP(DIV_UP(n, 2), threads), threads, 0, at::cuda::getCurrentCUDAStream()>>>(
      packed.data_ptr<uint8_t>(), absmax_q.data_ptr<uint8_t>(), absmax_code.data_ptr<float>(),
      absmax_scale.data_ptr<float>(), absmax_offset, reinterpret_cast<__nv_bfloat16*>(out.data_ptr()), n,
      block_size);
  C10_CUDA_KERNEL_LAUNCH_CHECK();
  return out;
}

// 其余 launcher（gptq / paged attention / spec verify / dora）见 fused_kernels_launch.cu，
// 拆出去是因为 nvcc 编译这一个文件已经要 4 分钟了。
