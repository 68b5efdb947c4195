// =============================================================================
// ファイル  : attn_row_core.sv
// 概要      : 注意機構 1 行分のストリーミング計算コア（オンライン softmax + V の重み付き和）
// プロジェクト: tsubame（研究室の FPGA 推論アクセラレータ）/ 対象: Alveo U55C, 300 MHz
// 作成      : 2024-02-19 山本 / 更新: 2024-03-11 佐藤（INT8 経路の受け口を追加）
//
// 参考文献（設計判断の根拠。詳しくは docs/design-notes.md）:
//   [1] FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness
//       https://arxiv.org/abs/2205.14135
//       → タイル化とオンライン softmax（Algorithm 1）。本モジュールの骨格
//   [2] Mixed Precision Training
//       https://openreview.net/forum?id=r1gs9JgRZ
//       → 入力は狭く、累算は広く（FP16 入力・FP32 累算）の方針
//   [3] LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale
//       https://arxiv.org/pdf/2208.07339v2
//       → 外れ値の列だけ FP16 経路に回す分解。分岐は上流の内積ユニット側
//   [4] GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers
//       https://arxiv.org/abs/2210.17323
//       → 重みは 4 bit・群単位の量子化。ここでは V 側の逆量子化済みデータを受けるだけ
//   [5] Fast Inference from Transformers via Speculative Decoding
//       arXiv 2211.17192
//       → 検証時に候補トークンをまとめて流すので、上位の attn_unit はこのコアを 8 個並べる
//
// 検討したが採用しなかったもの（PDF は共有フォルダ tsubame/papers/ にある）:
//   - Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing
//     → 系列長の間引きはホスト側でやるので RTL には入れない
//   - DoRA: Weight-Decomposed Low-Rank Adaptation
//     → アダプタは書き出し前に重みへマージ済み。専用の経路は不要
//   - Attention is Not Only a Weight: Analyzing Transformers with Vector Norms
//     → ノルムによるヘッド枝刈りはソフトウェア側の解析でだけ使う
//
// 論文以外の資料:
//   - AMD『Vivado Design Suite ユーザー ガイド: 論理合成』（ROM 推論と $readmemh の書き方）
//   - fastmachinelearning/hls4ml（GitHub のコード。softmax の LUT 設計を参考にした）
//   - 書籍『ディジタル回路設計とコンピュータアーキテクチャ』（Harris & Harris、第 4 章）
//   - 研究室ゼミの録画 2024-02-16「オンライン softmax を RTL に落とす」 https://video.hw-lab.example.ac.jp/zemi/2024-02-16
// =============================================================================

`timescale 1ns / 1ps
`default_nettype none

module attn_row_core #(
  parameter int D_HEAD   = 64,          // ヘッド次元
  parameter int SCORE_W  = 32,          // スコアの固定小数点幅（Q16.16）
  parameter int ACC_W    = 32,          // 累算幅。[2] にならって入力（16 bit）より広く取る
  parameter     EXP_ROM  = "exp_neg_q15.mem"
) (
  input  wire logic                      clk,
  input  wire logic                      rst_n,
  // スコア s_j = q·k_j / sqrt(d)。上流の内積ユニット（[3] の外れ値分解はそちら）から 1 サイクルに 1 個
  input  wire logic                      s_valid,
  input  wire logic signed [SCORE_W-1:0] s_data,
  input  wire logic                      s_last,      // この行の最後のキー
  // V の 1 行（逆量子化済み、Q1.15）。[4] の量子化重みは上流で展開される
  input  wire logic signed [15:0]        v_data [D_HEAD],
  // 出力: 正規化前の O と分母 ℓ（割り算は後段の共有除算器で）
  output logic                           o_valid,
  output logic signed [ACC_W-1:0]        o_data [D_HEAD],
  output logic        [ACC_W-1:0]        o_lsum
);

  localparam logic signed [SCORE_W-1:0] MIN_SCORE = {1'b1, {(SCORE_W-1){1'b0}}};

  // ---------------------------------------------------------------------------
  // exp(x) (x <= 0) の ROM: 256 語 × Q1.15。範囲外（x < -8）は 0 に飽和
  // ---------------------------------------------------------------------------
  logic [15:0] exp_rom [256];
  initial $readmemh(EXP_ROM, exp_rom);

  function automatic logic [15:0] exp_neg(input logic signed [SCORE_W-1:0] x);
    logic [SCORE_W-1:0] mag;
    mag = SCORE_W'(-x);
    if (mag >= (SCORE_W'(8) << 16)) return 16'd0;
    return exp_rom[mag[18:11]];
  endfunction

  // ---------------------------------------------------------------------------
  // オンライン softmax の状態（[1] Algorithm 1 の m, ℓ, O）
  // ---------------------------------------------------------------------------
  logic signed [SCORE_W-1:0] m_run;             // これまでの最大スコア
  logic        [ACC_W-1:0]   l_run;             // 分母の累積
  logic signed [ACC_W-1:0]   o_run [D_HEAD];    // 分子（重み付き和）の累積

  logic signed [SCORE_W-1:0] m_new;
  logic        [15:0]        alpha;             // exp(m_run - m_new): 既存分の再スケール係数
  logic        [15:0]        p;                 // exp(s - m_new)
  logic        [ACC_W-1:0]   l_nxt;
  logic signed [ACC_W-1:0]   o_nxt [D_HEAD];

  always_comb begin
    m_new = (s_data > m_run) ? s_data : m_run;
    alpha = exp_neg(m_run - m_new);
    p     = exp_neg(s_data - m_new);
    // ℓ ← α·ℓ + p,  O ← α·O + p·v（[1] の再スケール。累算は [2] のとおり ACC_W ビット）
    l_nxt = ACC_W'((l_run * alpha) >> 15) + ACC_W'(p);
    for (int d = 0; d < D_HEAD; d++) begin
      o_nxt[d] = ACC_W'((o_run[d] * $signed({1'b0, alpha})) >>> 15)
               + ACC_W'(($signed({1'b0, p}) * v_data[d]) >>> 15);
    end
  end

  always_ff @(posedge clk or negedge rst_n) begin
    if (!rst_n) begin
      m_run   <= MIN_SCORE;
      l_run   <= '0;
      o_valid <= 1'b0;
      o_lsum  <= '0;
      for (int d = 0; d < D_HEAD; d++) begin
        o_run[d]  <= '0;
        o_data[d] <= '0;
      end
    end else begin
      o_valid <= 1'b0;
      if (s_valid) begin
        if (s_last) begin
          // 行の終わり: 結果を出して状態を初期化（次の行は次のサイクルから）
          o_valid <= 1'b1;
          o_lsum  <= l_nxt;
          m_run   <= MIN_SCORE;
          l_run   <= '0;
          for (int d = 0; d < D_HEAD; d++) begin
            o_data[d] <= o_nxt[d];
            o_run[d]  <= '0;
          end
        end else begin
          m_run <= m_new;
          l_run <= l_nxt;
          for (int d = 0; d < D_HEAD; d++) begin
            o_run[d] <= o_nxt[d];
          end
        end
      end
    end
  end

`ifdef SIMULATION
  // 分母は 0 にならない（少なくとも p = exp(0) が 1 回は足される）
  a_lsum_nonzero: assert property (@(posedge clk) disable iff (!rst_n) o_valid |-> o_lsum != '0)
    else $error("attn_row_core: zero softmax denominator");
`endif

endmodule

`default_nettype wire
