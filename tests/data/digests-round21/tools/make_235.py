#!/usr/bin/env python3
"""Builds digests/235_openmmlab_model_index_metafile_yml_vision_backbones.yml: the `model-index.yml` of an (invented)
lab repository of vision backbones and detectors built on MMPretrain 1.x and MMDetection 3.x, in the OpenMMLab
metafile schema that `mim` and the OpenMMLab model zoo read: `Collections` (Name, Metadata with Training Data /
Training Techniques / Training Resources / Architecture, Paper with URL and Title, README, Code with URL and Version)
and `Models` (Name, Metadata with FLOPs / Parameters, In Collection, Results with Dataset / Metrics / Task, Weights,
Config, optionally Converted From). Two-space indentation, block sequences indented under their key, titles with ": "
quoted (plain YAML scalars cannot hold ": "), comments from the people who edit it by hand. LF, a final newline.

Evidence: the Paper URLs of ResNeSt (abs), EfficientNet (abs v5), Swin (pdf), ConvNeXt (abs v1) and Deformable DETR
(abs) (link); BEiT and the ViT training study ("How to train your ViT?"), whose Paper URLs point at code and whose
arXiv ids are in comments, "arXiv 2106.08254" and "arXiv:2106.10270" (arxiv-text); ResNet, Scaling ViT and Copy-Paste (CVF open-access pages), EfficientNetV2
(PMLR page), BiT (ECVA pdf) (title-only). Non-papers: download.openmmlab.com weights, GitHub code links, the big_vision
and timm repositories in Converted From. Accuracy numbers, file hashes and dates are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "235_openmmlab_model_index_metafile_yml_vision_backbones.yml")
MMPRE, MMDET = "https://github.com/open-mmlab/mmpretrain/blob/v1.2.0", "https://github.com/open-mmlab/mmdetection/blob/v3.3.0"
DL = "https://download.openmmlab.com"


def q(s):
    return f'"{s}"' if ": " in s or s.endswith("?") or "#" in s else s


# name, dir, metadata lines, paper url, title, code url, version, comment lines before Paper, models
COLL = [
    ("ResNet", "resnet", {"Training Data": "ImageNet-1k", "Training Techniques": ["SGD with Momentum", "Weight Decay"],
                          "Training Resources": "8x V100 GPUs", "Epochs": 100, "Batch Size": 256, "Architecture": ["ResNet"]},
     "https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html",
     "Deep Residual Learning for Image Recognition", f"{MMPRE}/mmpretrain/models/backbones/resnet.py#L383", "v1.2.0", [],
     [("resnet50_8xb32_in1k", 4120000000, 25560000, "ImageNet-1k", {"Top 1 Accuracy": 76.55, "Top 5 Accuracy": 93.06}, "Image Classification", "20240108-3f2c9a1b", None)]),
    ("ResNeSt", "resnest", {"Training Data": "ImageNet-1k", "Training Techniques": ["SGD with Momentum", "Label Smoothing", "Mixup"],
                            "Training Resources": "16x A100 GPUs", "Architecture": ["Split-Attention"]},
     "https://arxiv.org/abs/2004.08955", "ResNeSt: Split-Attention Networks", f"{MMPRE}/mmpretrain/models/backbones/resnest.py#L275", "v1.2.0", [],
     [("resnest50_32xb64_in1k", 5410000000, 27480000, "ImageNet-1k", {"Top 1 Accuracy": 80.92, "Top 5 Accuracy": 95.36}, "Image Classification", "20240110-a9c7e1d0", None)]),
    ("EfficientNet", "efficientnet", {"Training Data": "ImageNet-1k", "Training Techniques": ["RMSProp", "AutoAugment"],
                                      "Architecture": ["Depthwise Separable Convolution", "Squeeze-and-Excitation", "Swish"]},
     "https://arxiv.org/abs/1905.11946v5", "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
     f"{MMPRE}/mmpretrain/models/backbones/efficientnet.py#L251", "v1.2.0", [],
     [("efficientnet-b0_3rdparty_8xb32_in1k", 420000000, 5290000, "ImageNet-1k", {"Top 1 Accuracy": 76.74, "Top 5 Accuracy": 93.17}, "Image Classification", "20230120-1b4e2c77",
       ("https://storage.googleapis.com/cloud-tpu-checkpoints/efficientnet/ckptsaug/efficientnet-b0.tar.gz", "https://github.com/tensorflow/tpu/tree/master/models/official/efficientnet"))]),
    ("EfficientNetV2", "efficientnet_v2", {"Training Data": "ImageNet-21k", "Training Techniques": ["Progressive Learning", "RandAugment"],
                                           "Architecture": ["Fused-MBConv", "MBConv"]},
     "https://proceedings.mlr.press/v139/tan21a.html", "EfficientNetV2: Smaller Models and Faster Training",
     f"{MMPRE}/mmpretrain/models/backbones/efficientnet_v2.py#L160", "v1.2.0",
     ["# arXiv abs page 404'd for us behind the proxy in Jan, so we link the PMLR page."],
     [("efficientnetv2-s_in21k-pre_3rdparty_in1k", 8330000000, 21460000, "ImageNet-1k", {"Top 1 Accuracy": 84.29, "Top 5 Accuracy": 97.26}, "Image Classification", "20230125-7a0e44c1",
       ("https://storage.googleapis.com/cloud-tpu-checkpoints/efficientnet/v2/efficientnetv2-s-21k-ft1k.tgz", "https://github.com/google/automl/tree/master/efficientnetv2"))]),
    ("BiT", "big_transfer", {"Training Data": ["ImageNet-21k", "ImageNet-1k"], "Architecture": ["ResNet", "Group Normalization", "Weight Standardization"]},
     "https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123500477.pdf", "Big Transfer (BiT): General Visual Representation Learning",
     "https://github.com/our-lab/lab-backbones/blob/main/labbb/models/bit.py#L42", "v0.3.1", [],
     [("bit-m-r50x1_in21k-pre_in1k", 4130000000, 25550000, "ImageNet-1k", {"Top 1 Accuracy": 80.31}, "Image Classification", "20240201-5c6d9e03",
       ("https://storage.googleapis.com/bit_models/BiT-M-R50x1-ILSVRC2012.npz", "https://github.com/google-research/big_transfer"))]),
    ("Swin-Transformer", "swin_transformer", {"Training Data": "ImageNet-1k", "Training Techniques": ["AdamW", "Weight Decay"],
                                              "Training Resources": "16x V100 GPUs", "Epochs": 300, "Batch Size": 1024,
                                              "Architecture": ["Shift Window Multihead Self Attention"]},
     "https://arxiv.org/pdf/2103.14030.pdf", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
     f"{MMPRE}/mmpretrain/models/backbones/swin_transformer.py#L176", "v1.2.0", [],
     [("swin-tiny_16xb64_in1k", 4360000000, 28290000, "ImageNet-1k", {"Top 1 Accuracy": 81.18, "Top 5 Accuracy": 95.61}, "Image Classification", "20240112-0e8b7c15", None)]),
    ("ConvNeXt", "convnext", {"Training Data": "ImageNet-1k", "Training Techniques": ["AdamW", "Weight Decay"],
                              "Training Resources": "8x A100 GPUs", "Architecture": ["1x1 Convolution", "LayerScale"]},
     "https://arxiv.org/abs/2201.03545v1", "A ConvNet for the 2020s", f"{MMPRE}/mmpretrain/models/backbones/convnext.py#L133", "v1.2.0", [],
     [("convnext-tiny_32xb128_in1k", 4460000000, 28590000, "ImageNet-1k", {"Top 1 Accuracy": 82.14, "Top 5 Accuracy": 96.06}, "Image Classification", "20240114-998cf3e9", None)]),
    ("BEiT", "beit", {"Training Data": "ImageNet-1k", "Architecture": ["Attention Dropout", "Multi-Head Attention", "Layer Normalization"]},
     "https://github.com/microsoft/unilm/tree/master/beit", "BEiT: BERT Pre-Training of Image Transformers",
     f"{MMPRE}/mmpretrain/models/selfsup/beit.py#L98", "v1.2.0",
     ["# TODO(ws): switch URL to the ICLR 2022 proceedings page once it resolves; the paper is arXiv 2106.08254."],
     [("beit-base-p16_beit-pre_8xb128-coslr-100e_in1k", 17580000000, 86530000, "ImageNet-1k", {"Top 1 Accuracy": 83.14}, "Image Classification", "20240120-c4e1f8b2", None)]),
    ("ViT-AugReg", "vision_transformer", {"Training Data": "ImageNet-21k", "Training Techniques": ["RandAugment", "Mixup", "Stochastic Depth"],
                                          "Architecture": ["Attention Dropout", "Multi-Head Attention"]},
     "https://github.com/google-research/vision_transformer#available-vit-models", "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers",
     f"{MMPRE}/mmpretrain/models/backbones/vision_transformer.py#L194", "v1.2.0",
     ["# AugReg checkpoints converted from timm; the paper (TMLR 05/2022) is arXiv:2106.10270."],
     [("vit-base-p16_augreg-in21k-pre_3rdparty_in1k-384px", 55540000000, 86860000, "ImageNet-1k", {"Top 1 Accuracy": 85.95, "Top 5 Accuracy": 97.74}, "Image Classification", "20230120-6d9b1f02",
       ("https://storage.googleapis.com/vit_models/augreg/B_16-i21k-300ep-lr_0.001-aug_medium1-wd_0.1-do_0.0-sd_0.0--imagenet2012-steps_20k-lr_0.01-res_384.npz", "https://github.com/huggingface/pytorch-image-models"))]),
    ("ViT-Scaling", "vision_transformer", {"Training Data": "JFT-3B (not released)", "Architecture": ["Multi-Head Attention"]},
     "https://openaccess.thecvf.com/content/CVPR2022/html/Zhai_Scaling_Vision_Transformers_CVPR_2022_paper.html", "Scaling Vision Transformers",
     "https://github.com/our-lab/lab-backbones/blob/main/labbb/models/vit_scaling.py#L12", "v0.3.1",
     ["# Only the head-regularisation recipe is used; there are no public JFT-3B weights."],
     [("vit-l16_scaling-recipe_in21k_in1k", 61600000000, 304330000, "ImageNet-1k", {"Top 1 Accuracy": 85.12}, "Image Classification", "20240205-e2a0b7c4",
       (None, "https://github.com/google-research/big_vision"))]),
    ("Deformable DETR", "deformable_detr", {"Training Data": "COCO", "Training Techniques": ["AdamW", "Multi Scale Train", "Gradient Clip"],
                                            "Training Resources": "8x V100 GPUs", "Architecture": ["ResNet", "Transformer"]},
     "https://arxiv.org/abs/2010.04159", "Deformable DETR: Deformable Transformers for End-to-End Object Detection",
     f"{MMDET}/mmdet/models/detectors/deformable_detr.py#L20", "v3.3.0", [],
     [("deformable-detr_r50_16xb2-50e_coco", 173000000000, 40000000, "COCO", {"box AP": 44.3}, "Object Detection", "20240118-8c1f3a6e", None)]),
    ("SimpleCopyPaste", "simple_copy_paste", {"Training Data": "COCO", "Training Techniques": ["SGD with Momentum", "Large Scale Jittering"],
                                              "Training Resources": "32x A100 GPUs", "Architecture": ["Feature Pyramid Network", "RPN", "ResNet", "RoIAlign"]},
     "https://openaccess.thecvf.com/content/CVPR2021/html/Ghiasi_Simple_Copy-Paste_Is_a_Strong_Data_Augmentation_Method_for_Instance_CVPR_2021_paper.html",
     "Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation",
     f"{MMDET}/mmdet/datasets/transforms/transforms.py#L3338", "v3.3.0", [],
     [("mask-rcnn_r50fpn_rpn-2conv_4conv1fc_syncbn-all_lsj-100e_coco", 287000000000, 46100000, "COCO", {"box AP": 43.5, "mask AP": 39.1}, "Instance Segmentation", "20240122-41e8d0b9", None)]),
]


def meta_lines(md, ind):
    out = []
    for k, v in md.items():
        if isinstance(v, list):
            out.append(f"{ind}{k}:")
            out += [f"{ind}  - {x}" for x in v]
        else:
            out.append(f"{ind}{k}: {v}")
    return out


def build():
    L = ["# Model index of lab-backbones: MMPretrain 1.x / MMDetection 3.x configs used in our papers.",
         "# Generated by .dev_scripts/gen_model_index.py, then edited by hand (see CONTRIBUTING.md, \"Model zoo\").",
         "# Keep Collections in the order of docs/model_zoo.md.",
         "Collections:"]
    for name, d, md, url, title, code, ver, comments, _ in COLL:
        L.append(f"  - Name: {name}")
        L.append("    Metadata:")
        L += meta_lines(md, "      ")
        L += ["    " + c for c in comments]
        L += ["    Paper:", f"      URL: {url}", f"      Title: {q(title)}", f"    README: configs/{d}/README.md",
              "    Code:", f"      URL: {code}", f"      Version: {ver}"]
    L += ["", "Models:"]
    for name, d, md, url, title, code, ver, comments, models in COLL:
        for mname, flops, params, ds, metrics, task, stamp, conv in models:
            L += [f"  - Name: {mname}", "    Metadata:", f"      FLOPs: {flops}", f"      Parameters: {params}",
                  f"    In Collection: {name}", "    Results:", f"      - Dataset: {ds}", "        Metrics:"]
            L += [f"          {k}: {v:.2f}" if k.startswith("Top") else f"          {k}: {v:.1f}" for k, v in metrics.items()]
            L.append(f"        Task: {task}")
            sub = "mmdetection/v3.0" if task != "Image Classification" else "mmpretrain/v1.0"
            L.append(f"    Weights: {DL}/{sub}/{d}/{mname}_{stamp}.pth")
            L.append(f"    Config: configs/{d}/{mname}.py")
            if conv:
                L.append("    Converted From:")
                if conv[0]: L.append(f"      Weights: {conv[0]}")
                L.append(f"      Code: {conv[1]}")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "235")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
