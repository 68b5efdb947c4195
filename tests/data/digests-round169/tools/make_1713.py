#!/usr/bin/env python3
"""1713: a gin-config file (google/gin-config, as Trax uses it) of a Japanese lab's efficient-attention experiments on
a long-sequence task: `import` lines, a macro block, then one `# Parameters for X:` section per configurable (each
header followed by a rule of 78 '='), bindings `X.param = value` sorted by parameter, `@` references and `%` macros,
and Japanese comments citing the papers the variants come from. The bindings are modelled as a table and serialised
by the builder (sections in name order, parameters sorted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1713)
RULE = "# " + "=" * 78
HEAD = [
    "# lra_listops_reformer.gin — 長系列ベンチマーク用の設定 (研究室 共有リポジトリ configs/efficient/)",
    "#",
    f"# タスク設定は {T('2011.04006')} (arXiv:2011.04006) の ListOps に合わせる:",
    "#   系列長 2000、語彙 18、クラス数 10。データは ourlab.data.lra で TFDS に登録済み。",
    "#",
    "# 比較するアテンション (同じ層数・同じ d_model で揃えること):",
    f"#   - LSH アテンション: {T('2001.04451')}",
    "#     https://openreview.net/forum?id=rkgNKkHtvB",
    f"#   - 低ランク射影: {T('2006.04768')} https://arxiv.org/abs/2006.04768",
    f"#   - スライディング窓 + グローバル: {T('2004.05150')} https://arxiv.org/pdf/2004.05150v2",
    f"#   - 線形アテンション: {T('2006.16236')}",
    "#     https://arxiv.org/abs/2006.16236",
    "#",
    "# まだ実装していないもの (山本さんの担当、4 月以降):",
    f"#   {T('2205.14135')}",
    f"#   {T('1904.10509')}",
    f"#   {T('2202.10447')}",
    "",
    "import trax.data",
    "import trax.layers",
    "import trax.models",
    "import trax.optimizers",
    "import trax.supervised.trainer_lib",
    "import ourlab.data.lra",
    "",
    "# Macros:",
    RULE,
    "attn_kv = 64",
    "d_model = 256",
    "max_len = 2048",
    "n_heads = 4",
    "n_layers = 4",
    "",
]
# section -> [(param, value, comment or None)]
SECT = {
    "LSHSelfAttention": [("attention_dropout", "0.1", None), ("chunk_len", "64", None),
                         ("n_buckets", "32", "# 2000 / 64 ≒ 32 バケット"), ("n_chunks_after", "0", None),
                         ("n_chunks_before", "1", None), ("n_hashes", "2", "# 4 にすると 1.6 倍遅い (3/5 の実験)")],
    "ReformerEncoder": [("d_attention_key", "%attn_kv", None), ("d_attention_value", "%attn_kv", None),
                        ("d_model", "%d_model", None), ("d_ff", "1024", None), ("dropout", "0.1", None),
                        ("encoder_attention_type", "@trax.layers.LSHSelfAttention", None),
                        ("max_len", "%max_len", None), ("n_classes", "10", None), ("n_heads", "%n_heads", None),
                        ("n_layers", "%n_layers", None), ("vocab_size", "18", None)],
    "batcher": [("batch_size_per_device", "32", None), ("buckets", "None", None),
                ("data_streams", "@data.data_streams", None), ("eval_batch_size", "32", None),
                ("max_eval_length", "%max_len", None)],
    "data_streams": [("data_dir", "'/data/tfds'", None), ("dataset_name", "'lra_listops'", None),
                     ("input_name", "'inputs'", None), ("target_name", "'targets'", None)],
    "multifactor": [("constant", "0.05", None), ("factors", "'constant * linear_warmup * rsqrt_decay'", None),
                    ("warmup_steps", "1000", None)],
    "train": [("checkpoint_highest", "'accuracy'", None), ("eval_frequency", "500", None), ("eval_steps", "20", None),
              ("inputs", "@trax.data.inputs.batcher", None), ("model", "@trax.models.ReformerEncoder", None),
              ("optimizer", "@trax.optimizers.Adam", None), ("steps", "5000", "# LRA 論文と同じ 5k ステップ")],
}


def build():
    L = list(HEAD)
    for s in sorted(SECT, key=str.lower):
        L += [f"# Parameters for {s}:", RULE]
        for p, v, c in sorted(SECT[s]):
            if c: L.append(c)
            L.append(f"{s}.{p} = {v}")
        L.append("")
    return "\n".join(L[:-1]) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
