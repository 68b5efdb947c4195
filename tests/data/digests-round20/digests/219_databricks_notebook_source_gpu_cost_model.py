# Databricks notebook source
# MAGIC %md
# MAGIC # GPU cost model — fine-tuning and serving (v3)
# MAGIC
# MAGIC Owner: platform-ml · last reviewed 2024-03-11 · ticket MLP-4412
# MAGIC
# MAGIC Estimates GPU-hours and monthly cost for the Q2 plans: one full fine-tune of the 70b model, LoRA runs on 7b/13b, and
# MAGIC serving for the support assistant. Assumptions come from a handful of papers; each cell says which one. Prices are the
# MAGIC negotiated ones in `finops.gpu_prices`, not list prices.

# COMMAND ----------

# MAGIC %pip install tiktoken==0.6.0 pyyaml==6.0.1

# COMMAND ----------

dbutils.library.restartPython()

# COMMAND ----------

# DBTITLE 1,Widgets
dbutils.widgets.dropdown("model_size", "70b", ["7b", "13b", "70b"], "Model size")
dbutils.widgets.dropdown("gpu", "H100-80GB", ["A100-80GB", "H100-80GB"], "GPU type")
dbutils.widgets.text("tokens_per_day", "1.8e9", "Serving tokens/day")

# COMMAND ----------

# DBTITLE 1,Constants
PARAMS = {"7b": 6.7e9, "13b": 13.0e9, "70b": 68.7e9}

# Memory per parameter for mixed-precision Adam: fp16 weights + fp16 grads + fp32 master copy + two fp32 moments.
BYTES_PER_PARAM_ADAM = 2 + 2 + 4 + 4 + 4

# FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning (arXiv:2307.08691), fig. 4:
# about 2x over the first FlashAttention kernel at 2k context on A100; we assume 1.7x on our shapes.
FA2_SPEEDUP = 1.7

QUANT_REFS = {
    "int8": {"title": "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale", "arxiv": "2208.07339",
             "note": "outlier features kept in fp16; ~15% slower than fp16 at batch 1 on our benchmark"},
    "int4": {"title": "see the serving table below", "arxiv": None, "note": "weight-only, group size 128"},
}

# COMMAND ----------

# MAGIC %md
# MAGIC ## Serving assumptions
# MAGIC
# MAGIC | Technique | Paper | What we assume |
# MAGIC |---|---|---|
# MAGIC | exact attention kernel | [FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness](https://arxiv.org/abs/2205.14135) | on everywhere (default in our images) |
# MAGIC | paged KV cache | [Efficient Memory Management for Large Language Model Serving with PagedAttention](https://arxiv.org/html/2309.06180v1) | 2–4x larger batches than static allocation |
# MAGIC | speculative decoding | Fast Inference from Transformers via Speculative Decoding | 1.8x for 70b with a 7b draft, greedy only |
# MAGIC | 4-bit weights | GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers | 3.2x less weight memory, <1 pt quality loss on our eval |
# MAGIC
# MAGIC vLLM docs for the paged cache settings: https://docs.vllm.ai/en/latest/ (docs, not a paper). H100 numbers from the
# MAGIC NVIDIA datasheet, not from a paper.

# COMMAND ----------

# DBTITLE 1,GPU prices
# MAGIC %sql
# MAGIC SELECT gpu_type, region, hourly_usd, committed_until
# MAGIC FROM ml_platform.finops.gpu_prices
# MAGIC WHERE region = 'eu-west-1' AND gpu_type IN ('A100-80GB', 'H100-80GB')
# MAGIC ORDER BY hourly_usd

# COMMAND ----------

# DBTITLE 1,Fine-tuning estimate
prices = {r.gpu_type: r.hourly_usd for r in _sqldf.collect()}
size = dbutils.widgets.get("model_size")
gpu = dbutils.widgets.get("gpu")


def finetune_gpu_hours(n_params, tokens, mfu=0.38, peak_flops=989e12):
    """6 * N * D training FLOPs at a given model FLOPs utilisation."""
    return 6 * n_params * tokens / (mfu * peak_flops) / 3600


def optimizer_state_gb(n_params, shards=8):
    return n_params * BYTES_PER_PARAM_ADAM / shards / 1e9


hours = finetune_gpu_hours(PARAMS[size], 2.0e9)
display(spark.createDataFrame([(size, gpu, round(hours), round(hours * prices[gpu]), optimizer_state_gb(PARAMS[size]))],
                              ["model", "gpu", "gpu_hours", "usd", "optimizer_state_gb_per_gpu"]))

# COMMAND ----------

# MAGIC %md
# MAGIC ## Training side
# MAGIC
# MAGIC The 70b fine-tune follows the recipe infra already runs: tensor parallelism as in Megatron-LM: Training Multi-Billion
# MAGIC Parameter Language Models Using Model Parallelism, plus sharded optimizer states (ZeRO: Memory Optimizations Toward
# MAGIC Training Trillion Parameter
# MAGIC Models, stage 2 — that is where the 8 in `optimizer_state_gb` comes from). Loss scaling as in
# MAGIC [Mixed Precision Training](https://openreview.net/forum?id=r1gs9JgRZ); bf16 on H100 makes it mostly moot.
# MAGIC
# MAGIC Runbook: https://confluence.example-corp.net/display/MLP/70b+fine-tune+runbook (internal page).

# COMMAND ----------

# MAGIC %md
# MAGIC ## Option B: sparse MoE (not costed yet, see MLP-4470)
# MAGIC
# MAGIC If product insists on a bigger model at the same serving cost, the references are
# MAGIC [Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity](https://www.alphaxiv.org/abs/2101.03961)
# MAGIC and GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding; the idea itself goes back to
# MAGIC Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer. Expert parallelism changes the
# MAGIC communication pattern completely, so none of the numbers above carry over.
# MAGIC
# MAGIC Good overview talk (a talk, not a paper): https://www.youtube.com/watch?v=U8J32Z3qV8s

# COMMAND ----------

# DBTITLE 1,Serving forecast
serving = spark.table("ml_platform.finops.serving_forecast").where(f"model = '{size}'")
display(serving)
