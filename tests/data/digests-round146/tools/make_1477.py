#!/usr/bin/env python3
"""1477: an awesome list kept as README.md in an AWS CodeCatalyst source repository (Japanese; diffusion and
generative models). The link-check line's count is computed from the README (distinct URLs outside code blocks)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1477)
KEYS = keys(F)
SPACE, PROJECT, REPO = "kitasora-rd", "genai-reading", "awesome-diffusion-ja"
CLONE = f"https://git.us-west-2.codecatalyst.aws/v1/{SPACE}/{PROJECT}/{REPO}"

body = f"""# Awesome 拡散モデル（社内版） [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> 画像生成チーム（研究開発部 第2グループ）向けの拡散モデル論文・実装リストです。CodeCatalyst のスペース `{SPACE}`、プロジェクト `{PROJECT}` のソースリポジトリ `{REPO}` で管理しています。社外公開はしていません。

**最終更新**: 2024-06-14　**管理**: 小野寺 健太（@k-onodera）、副管理: 三宅 理沙（@r-miyake）

論文は正式タイトルで書き、arXiv か会議版へのリンクを付けてください。リンクがまだ無いものは太字のタイトルだけで構いません（週次の読み会で誰かが補完します）。

## 目次

- [基礎](#基礎)
- [高速サンプリング](#高速サンプリング)
- [条件付け・ガイダンス](#条件付けガイダンス)
- [3D・新規視点合成](#3d新規視点合成)
- [大規模テキスト→画像](#大規模テキスト画像)
- [マルチモーダル](#マルチモーダル)
- [実装・ツール](#実装ツール)
- [貢献方法](#貢献方法)

## 基礎

- **{T("1503.03585")}** — Sohl-Dickstein ほか（ICML 2015）。拡散モデルの原点。非平衡熱力学の発想で、データを少しずつ壊して戻す過程を学習する。
- **{T("2106.05931")}**（NeurIPS 2021、arXiv:2106.05931）— 通称 LSGM。VAE の潜在空間でスコアベースモデルを学習する。後の潜在拡散系を読む前に。
- [{T("2105.05233")}](https://arxiv.org/abs/2105.05233) — 通称 ADM。分類器ガイダンスを導入し、ImageNet で BigGAN を上回った。U-Net の設計の議論は今でも参考になる。

## 高速サンプリング

- [{T("2010.02502")}](https://openreview.net/forum?id=St1giarCHLP)（ICLR 2021）— DDIM。非マルコフ過程として定式化し直し、10〜50 ステップで生成。決定的サンプリングなので逆変換（inversion）にも使う。
- DPM-Solver / UniPC は diffusers のスケジューラとしてそのまま使える（論文はまだ未掲載、追加歓迎）。

## 条件付け・ガイダンス

- **{T("2207.12598")}** — Ho & Salimans（NeurIPS 2021 Workshop）。いわゆる CFG。分類器なしで条件付き・条件なしの予測を混ぜるだけ。社内モデルも guidance scale 5.0〜7.5 で運用中。
- ControlNet と IP-Adapter は「[実装・ツール](#実装ツール)」の diffusers の項を参照。

## 3D・新規視点合成

- [{T("2303.11328")}](https://arxiv.org/abs/2303.11328) — 1 枚の画像とカメラの相対姿勢から新しい視点の画像を生成。Objaverse で学習。
- threestudio（下記）で SDS と組み合わせて試せる。社内検証メモは Wiki「3D生成メモ」。

## 大規模テキスト→画像

- [{T("2403.03206")}](https://arxiv.org/pdf/2403.03206) — Stable Diffusion 3 の論文。MM-DiT と rectified flow、学習時のタイムステップ分布の比較が詳しい。
- Stable Diffusion（LDM）、Imagen、DALL·E 2 は別リポジトリ `awesome-t2i-ja` にまとめています。

## マルチモーダル

- **{T("2301.12597")}** — キャプション生成でデータセットのラベル付けに使用中（社内パイプライン `caption-pipeline` 参照）。Q-Former の学習手順は 2 段階。

## 実装・ツール

| 名前 | 用途 | リンク |
|---|---|---|
| diffusers | 学習・推論の標準ライブラリ（ControlNet、IP-Adapter もここ） | https://github.com/huggingface/diffusers |
| ComfyUI | ノードベースのワークフロー UI | https://github.com/comfyanonymous/ComfyUI |
| threestudio | 3D 生成の統合フレームワーク | https://github.com/threestudio-project/threestudio |
| k-diffusion | サンプラー実装集 | https://github.com/crowsonkb/k-diffusion |

## 貢献方法

1. リポジトリをクローンします（CodeCatalyst の個人アクセストークンをパスワードとして使います）。

```bash
git clone {CLONE}
cd {REPO}
git checkout -b add/<論文の略称>
```

2. 該当するセクションに 1 行で追加します。タイトルは論文の正式タイトルをそのまま書き、略称は説明文の中に。
3. プルリクエストを作成し、レビュアーに @k-onodera を指定してください。ワークフロー `link-check`（`.codecatalyst/workflows/link-check.yaml`）が成功したらマージします。

```text
Workflow: link-check   Trigger: PULL_REQUEST (main)   Compute: Lambda
```

---

ワークフロー `link-check` の最終実行: 2024-06-14 09:12 JST — Succeeded（checked {{N}} links, 0 broken）
"""

outside = re.sub(r"```.*?```", "", body, flags=re.S)
n = len(set(re.findall(r"https?://[^\s)`]+", outside)))
text = body.replace("{N}", str(n))
write_only(F, text, KEYS)
