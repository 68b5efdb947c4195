#!/usr/bin/env python3
"""851: an MLflow tracking-server response to `POST /api/2.0/mlflow/runs/search` (MLflow 2.10), saved with
`curl … -o runs.json`: `json.dumps(…, indent=2)` as MLflow's `message_to_json` writes it (two-space indent, non-ASCII
escaped as `\\uXXXX`, int64 fields as numbers, no final newline); `runs` with `info` (run_uuid = run_id, 32 hex,
experiment_id as a string, run_name, user_id, status, start_time / end_time in ms, artifact_uri, lifecycle_stage),
`data` (`metrics` {key, value, timestamp, step}, `params`, `tags` including `mlflow.runName`, `mlflow.user`,
`mlflow.source.*` and the run description `mlflow.note.content` in Markdown), `inputs` {}, and `next_page_token`.
A Japanese team's quantisation / multimodal experiments whose run notes cite papers; libraries, datasets and a blog
post are not papers."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(851)
EXP = "7"


def rid(name):
    return hashlib.md5(name.encode()).hexdigest()


runs = []


def run(name, user, start, minutes, params, metrics, note, status="FINISHED", commit="4f2a9c1d7e"):
    r = rid(name)
    end = start + minutes * 60000 + 1234
    tags = [("mlflow.note.content", note), ("mlflow.runName", name), ("mlflow.source.git.commit", hashlib.sha1(commit.encode()).hexdigest()),
            ("mlflow.source.name", "scripts/eval_quant.py"), ("mlflow.source.type", "LOCAL"), ("mlflow.user", user)]
    runs.append({"info": {"run_uuid": r, "experiment_id": EXP, "run_name": name, "user_id": user, "status": status,
                          "start_time": start, "end_time": end if status != "RUNNING" else None,
                          "artifact_uri": f"s3://mlflow-artifacts.example.jp/{EXP}/{r}/artifacts", "lifecycle_stage": "active",
                          "run_id": r},
                 "data": {"metrics": [{"key": k, "value": v, "timestamp": end - 500 - 37 * i, "step": 0} for i, (k, v) in enumerate(metrics)],
                          "params": [{"key": k, "value": v} for k, v in params],
                          "tags": [{"key": k, "value": v} for k, v in tags]},
                 "inputs": {}})
    if status == "RUNNING":
        del runs[-1]["info"]["end_time"]


run("gptq-w4-g128-13b", "sato.k", 1709704800000, 94,
    [("bits", "4"), ("group_size", "128"), ("model", "ja-llm-13b-base"), ("calib_samples", "128"), ("act_order", "True")],
    [("wikitext2_ppl", 6.118), ("jsquad_f1", 0.8412), ("peak_vram_gb", 9.7)],
    f"## 4bit 重み量子化（GPTQ 方式）\n\n参照論文: [{T('2210.17323')}](https://arxiv.org/abs/2210.17323)\n"
    f"（{au('2210.17323', 3)}）\n\n- キャリブレーションは日本語 Wikipedia から 128 サンプル\n- act_order=True で perplexity が 0.05 改善\n"
    "- 実装は AutoGPTQ（ライブラリであって論文ではない）を社内フォークで使用\n")
run("int8-mixed-13b", "sato.k", 1709712000000, 71,
    [("bits", "8"), ("threshold", "6.0"), ("model", "ja-llm-13b-base")],
    [("wikitext2_ppl", 5.994), ("jsquad_f1", 0.8530), ("peak_vram_gb", 15.2)],
    f"## 8bit 推論（外れ値は fp16 で分解）\n\n{T('2208.07339')} — https://arxiv.org/abs/2208.07339v2\n\n"
    "閾値 6.0 は論文の既定値。bitsandbytes 0.42 で計測。遅い（fp16 比 1.4 倍の遅延）。\n")
run("dora-r16-instruct", "tanaka.m", 1709791200000, 412,
    [("method", "dora"), ("rank", "16"), ("alpha", "32"), ("lr", "2e-4"), ("epochs", "3"), ("base_quant", "int8")],
    [("train_loss", 0.7921), ("jmtbench_score", 6.41), ("peak_vram_gb", 22.8)],
    f"## 低ランク適応の改良版を試す\n\n- 論文: {T('2402.09353')}  \n  <https://arxiv.org/pdf/2402.09353.pdf>\n"
    "- 重みを大きさと方向に分解して方向だけ低ランク更新\n- 比較対象は同じ rank の通常の低ランクアダプタ（別 run: `lora-r16-instruct`）\n"
    "- 参考ブログ（論文ではない）: https://tech.example.jp/blog/2024/peft-tips\n")
run("specdec-draft-1b-13b", "ito.r", 1709877600000, 38,
    [("target", "ja-llm-13b-chat"), ("draft", "ja-llm-1b-chat"), ("gamma", "4"), ("temperature", "0.7")],
    [("accept_rate", 0.6813), ("speedup", 2.07), ("tokens_per_s", 61.4)],
    f"## 投機的デコーディング\n\n{T('2211.17192')}（{au('2211.17192', 3)}; arXiv:2211.17192）の手順どおり、"
    "ドラフトモデルで γ=4 トークン提案 → ターゲットで一括検証。\n\n受理率 0.68、速度 2.07 倍。出力分布は変わらない（理論どおり）。\n")
run("vlm-captioning-baseline", "yamada.h", 1709964000000, 233,
    [("vision_encoder", "vit-l-14-336"), ("lm", "ja-llm-13b-base"), ("xattn_every", "4"), ("shots", "0,4,8")],
    [("coco_ja_cider_0shot", 0.612), ("coco_ja_cider_4shot", 0.744), ("coco_ja_cider_8shot", 0.781)],
    f"## 画像キャプション（few-shot）ベースライン\n\n構成は [{T('2204.14198')}](https://arxiv.org/abs/2204.14198) に倣い、"
    "凍結した言語モデルに gated cross-attention を 4 層ごとに挿入。\n\n"
    f"視覚エンコーダは {T('2103.00020')} の事前学習済み重み（公開チェックポイント）。\n"
    f"先行研究として {T('2106.13884')} も比較表に入れる（数値は論文から転記）。\n\n"
    "データ: STAIR Captions（データセット）、COCO 2017 val の日本語訳。\n")
run("env-check-transformers-4.38", "ito.r", 1710050400000, 3,
    [("transformers", "4.38.2"), ("torch", "2.2.1"), ("cuda", "12.1")],
    [("smoke_test_passed", 1.0)],
    "## 環境確認\n\nライブラリ更新後の動作確認のみ。論文を引用するなら "
    f"\"{T('1910.03771')}\"（{au('1910.03771', 2)}, EMNLP 2020 System Demonstrations）。\n",
    status="FINISHED")
run("gptq-w3-g64-13b", "sato.k", 1710136800000, 20,
    [("bits", "3"), ("group_size", "64"), ("model", "ja-llm-13b-base"), ("calib_samples", "128")],
    [("wikitext2_ppl", 7.305)],
    "## 3bit 試行\n\n途中経過。group_size=64 でも劣化が大きい。4bit の run と比較中。\n", status="RUNNING")

runs.reverse()  # order_by start_time DESC
resp = {"runs": runs, "next_page_token": base64.b64encode(json.dumps({"offset": len(runs)}).encode()).decode()}
text = json.dumps(resp, indent=2)
write_only(F, text, keys(F), ["\n".join(t["value"] for r in runs for t in r["data"]["tags"])])
