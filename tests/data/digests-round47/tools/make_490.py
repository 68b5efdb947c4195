#!/usr/bin/env python3
"""490: a Protocol Buffers text-format file (.textproto, with the "# proto-file:" / "# proto-message:" header
comments) configuring a Japanese team's vision-backbone evaluation suite: repeated `models`, `datasets`, `metrics`
and `robustness` messages, enums, nested `reference` messages naming the paper each entry reproduces, Japanese
comments. Papers: arXiv abs URLs (link), arxiv_id fields (arxiv-text), titles with a venue / CVF / DOI-less
proceedings page (title-only). Not papers: the timm and detectron2 repositories, ImageNet-C / ImageNet-R datasets,
the COCO leaderboard, an internal wiki page, a bucket path."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F490, keys

text = f'''# proto-file: visionbench/proto/suite.proto
# proto-message: visionbench.SuiteConfig
#
# 画像バックボーン評価スイート 2024年度 第3四半期版
# 担当: 画像基盤チーム(vision-infra@example.co.jp)/ レビュー: 佐伯・Morales
# 変更したら `bazel run //visionbench:validate_suite -- --suite=$PWD/suite_2024q3.textproto` を必ず通すこと。
# reference は「どの論文の設定を再現しているか」を示す。arXiv が無いものは venue だけ書く。

name: "backbones-2024q3"
description: "分類・検出・セグメンテーション用バックボーンの再現性と頑健性の定期評価"
owner: "vision-infra@example.co.jp"
schedule {{
  cron: "0 3 * * 1"  # 毎週月曜 3:00 JST
  timezone: "Asia/Tokyo"
}}

# ---------------------------------------------------------------- モデル
models {{
  name: "efficientnetv2_s"
  family: FAMILY_CONVNET
  checkpoint: "gs://vb-ckpt-example/effnetv2/s_in21k_ft1k/ckpt-350000"
  input_size: 384
  reference {{
    title: "{T("2104.00298")}"
    authors: "Mingxing Tan"
    authors: "Quoc V. Le"
    venue: "ICML 2021"
    arxiv_id: "2104.00298"
  }}
  # progressive learning の設定は train_configs/effnetv2_s.yaml 側
}}
models {{
  name: "efficientnet_b7_autodropout"
  family: FAMILY_CONVNET
  checkpoint: "gs://vb-ckpt-example/autodropout/b7/ckpt-final"
  input_size: 600
  reference {{
    title: "{T("2101.01761")}"
    authors: "Hieu Pham"
    authors: "Quoc V. Le"
    venue: "AAAI 2021"
  }}
  notes: "ドロップアウトのパターンは論文付録のものを手で移植。公式実装なし。"
}}
models {{
  name: "swin_b_22k"
  family: FAMILY_VIT
  checkpoint: "gs://vb-ckpt-example/swin/swin_base_patch4_window12_384_22kto1k"
  input_size: 384
  reference {{
    title: "{T("2103.14030")}"
    authors: "Ze Liu"
    venue: "ICCV 2021"
    url: "https://arxiv.org/abs/2103.14030"
  }}
  # timm の実装(https://github.com/huggingface/pytorch-image-models)と数値一致を確認済み
}}
models {{
  name: "sam_vit_h_encoder"
  family: FAMILY_VIT
  checkpoint: "gs://vb-ckpt-example/sam/vit_h_image_encoder"
  input_size: 1024
  frozen: true
  reference {{
    title: "{T("2304.02643")}"
    authors: "Alexander Kirillov"
    venue: "ICCV 2023"
    url: "https://arxiv.org/abs/2304.02643"
  }}
  notes: "マスクデコーダは使わない。エンコーダ特徴の線形プローブのみ。"
}}

# ---------------------------------------------------------------- データセット
datasets {{
  name: "imagenet1k_val"
  split: "validation"
  path: "/datasets/imagenet/val"
}}
datasets {{
  name: "coco2017"
  split: "val2017"
  path: "/datasets/coco"
  # 検出ヘッドは detectron2 の Mask R-CNN 設定を流用
  augmentation {{
    kind: AUG_COPY_PASTE
    reference {{
      title: "{T("2012.07177")}"
      authors: "Golnaz Ghiasi"
      venue: "CVPR 2021"
      arxiv_id: "2012.07177"
    }}
  }}
}}
datasets {{
  name: "hpatches_megadepth"
  split: "test"
  path: "/datasets/megadepth_1500"
  task: TASK_CORRESPONDENCE
  reference {{
    title: "{T("2103.14167")}"
    authors: "Wei Jiang"
    authors: "Eduard Trulls"
    venue: "ICCV 2021 (CVF Open Access)"
  }}
  notes: "対応点推定のベースライン。評価プロトコルは論文 4.2 節に合わせる。"
}}

# ---------------------------------------------------------------- 頑健性評価
robustness {{
  name: "imagenet_c"
  corruptions: ["gaussian_noise", "shot_noise", "motion_blur", "fog", "jpeg_compression"]
  severities: [1, 2, 3, 4, 5]
  reference {{
    title: "{T("2103.14586")}"
    authors: "Srinadh Bhojanapalli"
    venue: "ICCV 2021"
  }}
}}
robustness {{
  name: "imagenet_r_and_cue_conflict"
  # テクスチャ/形状の cue-conflict 刺激。論文の議論は社内 wiki「ショートカット学習まとめ」参照
  reference {{
    title: "{T("2004.07780")}"
    authors: "Robert Geirhos"
    venue: "Nature Machine Intelligence 2, 2020"
  }}
}}

# ---------------------------------------------------------------- 指標
metrics {{ name: "top1" }}
metrics {{ name: "top5" }}
metrics {{ name: "mce" higher_is_better: false }}
metrics {{ name: "box_ap" }}
metrics {{ name: "mask_ap" }}

report {{
  format: REPORT_HTML
  upload_to: "gs://vb-reports-example/2024q3/"
  # COCO のリーダーボード(paperswithcode)との比較表は手動で貼る
  compare_with_previous: true
}}
'''
write_only(F490, text, keys(F490))
