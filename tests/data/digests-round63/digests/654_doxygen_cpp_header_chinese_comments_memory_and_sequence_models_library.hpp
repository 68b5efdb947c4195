// Copyright (c) 2024 青石实验室 序列建模组
// SPDX-License-Identifier: Apache-2.0
/**
 * @file   seqmem/layers.hpp
 * @brief  记忆增强与长序列层的声明（CPU 参考实现，CUDA 版本见 layers_cuda.cuh）。
 * @author 陈思远 <chensiyuan@qingshi-lab.example.cn>
 * @date   2024-03-09
 *
 * @details
 * 本文件中的每个类都对应一篇论文；实现细节与论文不一致之处在类注释的 @note 中说明。
 * 构建文档：`doxygen Doxyfile`（需要 Doxygen ≥ 1.9.8，公式需要 LaTeX）。
 *
 * @par 参考文献（总表）
 * - Long Short-Term Memory. Sepp Hochreiter, Jürgen Schmidhuber. Neural Computation, 1997.
 * - Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks. Alex Graves, Santiago Fernández, Faustino Gomez et al. ICML 2006.
 * - Neural Turing Machines. <a href="https://arxiv.org/abs/1410.5401">arXiv 页面</a>
 * - 其余见各类注释。
 *
 * @warning 接口尚未稳定（v0.4），0.5 版本会把 `MemoryState` 改为值语义。
 */
#ifndef SEQMEM_LAYERS_HPP_
#define SEQMEM_LAYERS_HPP_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "seqmem/tensor.hpp"

namespace seqmem {

/// 记忆槽的默认数量（与 Python 参考实现保持一致）。
inline constexpr std::size_t kDefaultMemorySlots = 64;

/**
 * @brief 循环单元：带遗忘门的长短期记忆。
 *
 * 对应 Long Short-Term Memory（Sepp Hochreiter, Jürgen Schmidhuber）。
 * 原始论文没有遗忘门，这里按常用写法加上，偏置初始化为 1。
 *
 * 单步更新：
 * \f[ c_t = f_t \odot c_{t-1} + i_t \odot \tilde{c}_t, \qquad h_t = o_t \odot \tanh(c_t) \f]
 *
 * @tparam T 标量类型（float 或 bfloat16_t）。
 */
template <typename T>
class LSTMCell {
 public:
  /**
   * @param[in] input_size  输入维度
   * @param[in] hidden_size 隐状态维度
   */
  LSTMCell(std::size_t input_size, std::size_t hidden_size);

  /**
   * @brief 前向一步。
   * @param[in]     x     形状为 [batch, input_size] 的输入
   * @param[in,out] state (h, c)，原地更新
   * @return 新的隐状态 h
   */
  Tensor<T> step(const Tensor<T>& x, std::pair<Tensor<T>, Tensor<T>>& state) const;

 private:
  std::size_t input_size_;   ///< 输入维度
  std::size_t hidden_size_;  ///< 隐状态维度
  Tensor<T> w_ih_, w_hh_, b_;  ///< 四个门拼在一起的权重
};

/**
 * @brief CTC 损失（前向-后向算法，log 空间）。
 *
 * 论文：Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks，Alex Graves, Santiago Fernández, Faustino Gomez et al.。
 *
 * @note 空白符固定为索引 0，与 warp-ctc 的约定一致（warp-ctc 是软件库，不是论文）。
 * @param[in] log_probs 形状 [time, batch, classes] 的对数概率
 * @param[in] targets   拼接后的目标序列
 * @param[in] lengths   每个样本的输入长度
 * @return 每个样本的负对数似然
 */
std::vector<float> ctc_loss(const Tensor<float>& log_probs, const std::vector<int32_t>& targets,
                            const std::vector<int32_t>& lengths);

/**
 * @brief 可微外部记忆（内容寻址 + 位置寻址）。
 *
 * 实现 <a href="https://arxiv.org/abs/1410.5401">Neural Turing Machines</a>（Alex Graves, Greg Wayne, Ivo Danihelka）中的读写头。
 * 只实现了单读头、单写头；位移卷积宽度固定为 3。
 *
 * @todo 支持多读头；把 `sharpen()` 的 \f$\gamma\f$ 改成可学习参数的 softplus 形式。
 */
class NTMMemory {
 public:
  explicit NTMMemory(std::size_t slots = kDefaultMemorySlots, std::size_t width = 20);
  Tensor<float> read(const Tensor<float>& weights) const;        ///< 加权读取
  void write(const Tensor<float>& weights, const Tensor<float>& erase, const Tensor<float>& add);  ///< 擦除后相加

 private:
  Tensor<float> memory_;  ///< [slots, width]
};

/**
 * @brief 反馈记忆：每一层都能读到上一时间步所有层的表示。
 *
 * 论文：Addressing Some Limitations of Transformers with Feedback Memory，Angela Fan, Thibaut Lavril, Edouard Grave et al.。
 * @see https://arxiv.org/abs/2002.09402
 *
 * @note 论文里的记忆是所有层输出的加权和；这里的权重是 softmax 后的可学习向量。
 */
class FeedbackMemoryBlock {
 public:
  FeedbackMemoryBlock(std::size_t d_model, std::size_t n_layers);
  Tensor<float> forward(const Tensor<float>& x, MemoryState& state);

 private:
  Tensor<float> layer_weights_;  ///< [n_layers + 1]
};

/**
 * @brief 带记忆的 Transformer 编码器（读写记忆槽，记忆随时间滚动）。
 *
 * 参考 Memformer: A Memory-Augmented Transformer for Sequence Modeling（Qingyang Wu, Zhenzhong Lan, Kun Qian et al.）。
 * 作者的代码我们没有找到公开版本，这里按论文第 3 节的伪代码实现；
 * 记忆遗忘（memory dynamics）部分省略。
 */
class MemformerEncoder {
 public:
  MemformerEncoder(std::size_t d_model, std::size_t n_heads, std::size_t slots = kDefaultMemorySlots);
  Tensor<float> forward(const Tensor<float>& segment, MemoryState& state);
};

/**
 * @brief 局部敏感哈希（LSH）注意力 + 可逆残差层。
 *
 * 论文：Reformer: The Efficient Transformer，Nikita Kitaev, Łukasz Kaiser, Anselm Levskaya。
 * ICLR 2020 评审意见：https://openreview.net/forum?id=rkgNKkHtvB
 *
 * @param n_hashes 哈希轮数，论文默认 8；我们在 CPU 上用 4。
 */
class LSHAttention {
 public:
  LSHAttention(std::size_t d_model, std::size_t n_heads, std::size_t bucket_size = 64, std::size_t n_hashes = 4);
  Tensor<float> forward(const Tensor<float>& x, std::optional<uint64_t> seed = std::nullopt) const;
};

/**
 * @brief 块稀疏注意力：滑动窗口 + 全局 token + 随机连接。
 *
 * 对应 Big Bird: Transformers for Longer Sequences（Manzil Zaheer, Guru Guruganesh, Avinava Dubey et al.，NeurIPS 2020，arXiv:2007.14062）。
 *
 * @code
 * seqmem::BlockSparseAttention attn(512, 8, {.block = 64, .n_global = 2, .n_random = 3});
 * auto y = attn.forward(x);  // x: [batch, 4096, 512]
 * @endcode
 */
class BlockSparseAttention {
 public:
  struct Config {
    std::size_t block = 64;     ///< 块大小
    std::size_t n_global = 2;   ///< 全局块数
    std::size_t n_random = 3;   ///< 每行随机块数
  };
  BlockSparseAttention(std::size_t d_model, std::size_t n_heads, Config cfg);
  Tensor<float> forward(const Tensor<float>& x) const;
};

/**
 * @brief 隐式长卷积 + 数据控制门（次二次复杂度）。
 *
 * 论文：<a href="https://arxiv.org/pdf/2302.10866.pdf">Hyena Hierarchy: Towards Larger Convolutional Language Models</a>，
 * Michael Poli, Stefano Massaroli, Eric Nguyen et al.，ICML 2023。
 *
 * @note FFT 卷积用的是 pocketfft（第三方库）；长度 > 2^20 时内存会爆，见 issue #37。
 * @param[in] order 递归深度 N，论文默认 2
 */
class HyenaOperator {
 public:
  HyenaOperator(std::size_t d_model, std::size_t max_len, std::size_t order = 2);
  Tensor<float> forward(const Tensor<float>& x) const;
};

}  // namespace seqmem

#endif  // SEQMEM_LAYERS_HPP_
