(**************************************************************************)
(*                                                                        *)
(*  Seqmem — 序列记忆模型的数值内核（OCaml 绑定）                          *)
(*                                                                        *)
(*  Copyright 2024 青岚大学 序列建模小组                                   *)
(*  SPDX-License-Identifier: MIT                                          *)
(*                                                                        *)
(**************************************************************************)

(** 状态空间模型与记忆机制的基本算子。

    本模块只给出接口；实现见 [seqmem_stubs.c]（CUDA 内核在 [kernels/] 下）。
    文档用 odoc 生成：[dune build @doc]。

    {1 参考文献}

    下列论文是本库各函数的出处。链接以 arXiv 为准；没有链接的条目请看组内
    Wiki 上的 PDF。{e 注意}：教程、博客和代码仓库不在此列，见 {!section-resources}。

    {ul
    {- {{:https://arxiv.org/abs/2008.07669} {i HiPPO: Recurrent Memory with Optimal Polynomial Projections}}
       — Albert Gu, Tri Dao, Stefano Ermon 等（NeurIPS 2020）。{!Hippo} 模块的全部矩阵。}
    {- {b Mamba: Linear-Time Sequence Modeling with Selective State Spaces} — Albert Gu, Tri Dao。
       链接：{{:https://arxiv.org/abs/2312.00752v2} arXiv 页面}。{!Selective_scan}。}
    {- Retentive Network: A Successor to Transformer for Large Language Models（Yutao Sun, Li Dong, Shaohan Huang 等），arXiv:2307.08621。
       {!Retention} 的并行、递归与分块三种形式。}
    {- Not All Memories are Created Equal: Learning to Forget by Expiring — Sainbayar Sukhbaatar, Da Ju, Spencer Poff 等，ICML 2021，
       {{:https://openreview.net/forum?id=ZVBtN6B_6i7} OpenReview}。{!Expire_span}。}
    {- Addressing Some Limitations of Transformers with Feedback Memory（Angela Fan, Thibaut Lavril, Edouard Grave 等）。
       {!Feedback} 模块；暂无链接。}
    }

    {2 数值与工程}

    {ul
    {- Mixed Precision Training — Paulius Micikevicius, Sharan Narang, Jonah Alben 等。
       {!Loss_scale} 的动态损失缩放即按此文实现。}
    {- LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale（Tim Dettmers, Mike Lewis, Younes Belkada 等），
       {{:https://arxiv.org/abs/2208.07339} arXiv}。{!Int8} 的向量级量化与离群值分解。}
    {- HuggingFace's Transformers: State-of-the-art Natural Language Processing — Thomas Wolf, Lysandre Debut, Victor Sanh 等。
       仅用于 {!Checkpoint.load_hf} 的权重命名约定，不依赖其 Python 代码。}
    }

    {1:resources 资源（不是论文）}

    {ul
    {- {{:https://github.com/state-spaces/mamba} state-spaces/mamba} 代码仓库（CUDA 参考实现）}
    {- Sasha Rush 的博客 "The Annotated S4"（只作教学参考）}
    {- Path-X 数据集的下载脚本（组内维护）}
    {- bitsandbytes 库的文档}
    }

    @since 0.3.0 *)

(** {1 基本类型} *)

type dtype =
  | F32
  | F16
  | Bf16
  | I8  (** 仅 {!Int8} 使用 *)

type tensor
(** 设备上的张量（行主序）。形状用 [int array] 表示，如 [\[|batch; len; d|\]]。 *)

val shape : tensor -> int array
val dtype : tensor -> dtype

val of_bigarray :
  (float, Bigarray.float32_elt, Bigarray.c_layout) Bigarray.Genarray.t -> tensor
(** 从主机内存复制。@raise Invalid_argument 若维数大于 4。 *)

(** {1 多项式投影矩阵} *)

module Hippo : sig
  type measure =
    | Legs  (** 缩放 Legendre 测度 *)
    | Legt  (** 平移 Legendre 测度（窗口长度 [theta]） *)
    | Lagt  (** Laguerre *)

  val transition : measure -> n:int -> tensor * tensor
  (** [transition m ~n] 返回连续时间的 [(A, B)]，形状为 [n×n] 与 [n×1]。

      {[
        let a, b = Hippo.transition Legs ~n:64 in
        Discretize.bilinear ~dt:1e-3 a b
      ]}

      @param n 状态维度，须为正。
      @raise Invalid_argument 若 [n <= 0]。 *)
end

(** {1 离散化} *)

module Discretize : sig
  val bilinear : dt:float -> tensor -> tensor -> tensor * tensor
  (** 双线性（Tustin）变换。 *)

  val zoh : dt:float -> tensor -> tensor -> tensor * tensor
  (** 零阶保持；对角 [A] 时走快速路径。 *)
end

(** {1 选择性扫描} *)

module Selective_scan : sig
  val scan :
    ?chunk:int ->
    u:tensor -> delta:tensor -> a:tensor -> b:tensor -> c:tensor -> unit -> tensor
  (** 输入相关的 [delta]、[b]、[c]；[chunk] 默认 256。
      显存占用约为 [O(batch × len × d)]，不保存中间状态 \{反向时重算\}。 *)
end

(** {1 保持（retention）} *)

module Retention : sig
  type mode = Parallel | Recurrent | Chunkwise of int

  val forward : mode -> gamma:float array -> q:tensor -> k:tensor -> v:tensor -> tensor
  (** [gamma] 为每个头的衰减率，长度等于头数。三种 [mode] 数值上应一致（误差 < 1e-4）。 *)
end

(** {1 可过期的记忆} *)

module Expire_span : sig
  val spans : tensor -> max_span:int -> tensor
  (** 每个记忆位置预测一个保留长度 [e_i]；超过 [max_span] 的截断。 *)

  val mask : spans:tensor -> len:int -> ramp:int -> tensor
  (** 软掩码，斜坡长度 [ramp]（论文里的 R）。 *)

  val aux_loss : tensor -> alpha:float -> float
end

(** {1 反馈记忆} *)

module Feedback : sig
  val step : state:tensor -> layer_outputs:tensor list -> weights:float array -> tensor
  (** 把所有层的输出加权求和作为下一步的记忆。[weights] 需事先 softmax。 *)
end

(** {1 数值工具} *)

module Loss_scale : sig
  type t

  val create : ?init:float -> ?growth_interval:int -> unit -> t
  (** 默认 [init = 65536.]，每 2000 步无溢出则翻倍。 *)

  val update : t -> found_inf:bool -> unit
  val value : t -> float
end

module Int8 : sig
  val quantize_rowwise : tensor -> tensor * tensor
  (** 返回 [(q, scale)]；[q] 的 dtype 为 {!I8}。 *)

  val matmul : ?threshold:float -> tensor -> tensor -> tensor
  (** 混合分解：绝对值大于 [threshold]（默认 6.0）的特征维用 fp16，其余 int8。 *)
end

module Checkpoint : sig
  val load_hf : string -> (string * tensor) list
  (** 读取 [safetensors] 文件；键名沿用 Hugging Face 的约定（如 ["backbone.layers.0.mixer.A_log"]）。
      @see <https://huggingface.co/docs/safetensors> safetensors 格式说明（文档，不是论文） *)
end
