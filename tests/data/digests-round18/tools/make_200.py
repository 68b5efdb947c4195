#!/usr/bin/env python3
"""Builds digests/200_line_chat_export_japanese_ssl_vision_reading.txt: a LINE group chat ("自己教師あり学習 輪読会")
saved from the smartphone app ("トーク履歴を送信" → text): UTF-8, LF, no BOM. Layout: "[LINE] <group>のトーク履歴",
"保存日時：YYYY/MM/DD HH:MM", an empty line, then per day "YYYY/MM/DD(曜)" and messages "HH:MM<TAB>name<TAB>text";
a message of several lines is wrapped in double quotes; system lines have an empty name field ("HH:MM<TAB><TAB>…を
招待しました。", "…がメッセージの送信を取り消しました"); placeholders [スタンプ], [写真], [ファイル], [ノート]; an empty
line between days.

Evidence: an arXiv abs link (BYOL), an arXiv pdf link with version (MAE) and an OpenReview forum link (C2D), each next
to the title (link); "（arXiv:2103.03230）" and "（arXiv:1905.11946）" with full-width parentheses after titles
(arxiv-text); English titles inside Japanese messages, one in sentence case (CPC), one in a quoted multi-line message
(BEiT), one next to a GitHub link (DINOv2) (title-only: MoCo, CPC, SimSiam, BEiT, DINOv2, EfficientNetV2). Non-papers:
the DINOv2 repository, a Lightly benchmark page, a Google Sheet, a Qiita article, photos and files. MoCo, v2, DINO,
SimCLR, ResNet-50, InfoNCE are nicknames. People, times, room 3F-301 and booking no. 1714.30212 are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "200_line_chat_export_japanese_ssl_vision_reading.txt")
T = "\t"
LINES = [
    "[LINE] 自己教師あり学習 輪読会のトーク履歴",
    "保存日時：2024/02/22 23:58",
    "",
    "2024/02/13(火)",
    "20:31\t中村 陸\tみなさんお疲れさまです！来週から自己教師あり学習（画像）の輪読を始めます📚",
    "20:31\t中村 陸\t担当を決めたいので、読みたい論文をここに貼っていってください🙏",
    "20:35\t小林 さくら\tまず定番から。Momentum Contrast for Unsupervised Visual Representation Learning（いわゆる MoCo）",
    "20:36\t小林 さくら\tv2 の技術レポートもあるけど、本編だけで十分だと思います",
    "20:40\t渡辺 健太\t対照学習の前に CPC も押さえておきたいです",
    "20:41\t渡辺 健太\t\"Representation learning with contrastive predictive coding\nInfoNCE の出どころなので、損失の導出だけでも\"",
    "20:52\t中村 陸\tBYOL は負例なしの代表として入れたい https://arxiv.org/abs/2006.07733",
    "20:53\t中村 陸\tBootstrap your own latent: A new approach to self-supervised Learning ← タイトルの Learning だけ大文字なの毎回気になる",
    "20:55\t山本 葵\t[スタンプ]",
    "21:03\t山本 葵\tSimSiam もセットで！Exploring Simple Siamese Representation Learning、stop-gradient だけで崩壊しない理由の議論が面白いです",
    "21:10\t小林 さくら\tBarlow Twins: Self-Supervised Learning via Redundancy Reduction（arXiv:2103.03230）も負例なし系なので同じ回でどうでしょう",
    "21:12\t渡辺 健太\t3本は多くない？笑",
    "21:13\t中村 陸\tBYOL＋SimSiam で1回、Barlow Twins で1回にしましょう",
    "21:30\t\t中村 陸が佐々木 翔太を招待しました。",
    "21:34\t佐々木 翔太\tはじめまして、M1の佐々木です。よろしくお願いします🙇",
    "21:35\t中村 陸\tようこそ！ノートに過去回（SimCLR と DINO）のまとめがあります",
    "21:35\t中村 陸\t[ノート]",
    "",
    "2024/02/15(木)",
    "12:10\t山本 葵\tマスク系も入れたいです",
    "12:11\t山本 葵\t\"Masked Autoencoders Are Scalable Vision Learners\nhttps://arxiv.org/pdf/2111.06377v3\nBEiT: BERT Pre-Training of Image Transformers と比べると、トークナイザが要らない分シンプル\"",
    "12:20\t佐々木 翔太\tDINOv2 は入れますか？実務だと一番使われてる気がします",
    "12:21\t佐々木 翔太\t\"DINOv2: Learning Robust Visual Features without Supervision\nhttps://github.com/facebookresearch/dinov2\"",
    "12:25\t中村 陸\t入れましょう。初代 DINO は前期にやったので省略で",
    "12:40\t渡辺 健太\t[写真]",
    "12:40\t渡辺 健太\t前期のスライドの表です。ImageNet linear probe の数字（ResNet-50 と ViT-B/16）",
    "18:02\t小林 さくら\tちょっと毛色が違うけど、ノイズラベル×自己教師ありの論文も一本どうですか",
    "18:03\t小林 さくら\t\"Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels\nhttps://openreview.net/forum?id=uB5x7Y2qsFR\"",
    "18:05\t小林 さくら\tOpenReview の査読コメントも議論のネタになりそう",
    "18:30\t渡辺 健太\tバックボーン側の話も少し欲しいです。評価でよく使う ResNet-50 と EfficientNet の違いとか",
    "18:31\t渡辺 健太\t\"EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks（arXiv:1905.11946）\nEfficientNetV2: Smaller Models and Faster Training\nこの2本を10分ずつ紹介します\"",
    "18:33\t\t山本 葵がメッセージの送信を取り消しました",
    "18:34\t山本 葵\t間違えて別のグループの画像送ってました😇",
    "",
    "2024/02/20(火)",
    "19:00\t中村 陸\t担当表を作りました https://docs.google.com/spreadsheets/d/1mN3bVq8LwX2cR7tY5uZ0aK4sD9fG6hJ1pO/edit?usp=sharing",
    "19:01\t中村 陸\t\"第1回 2/27 MoCo＋CPC：小林\n第2回 3/5 BYOL＋SimSiam：山本\n第3回 3/12 Barlow Twins：佐々木\n第4回 3/19 MAE＋BEiT：渡辺\n第5回 3/26 DINOv2＋C2D：中村\n番外 EfficientNet 系：渡辺\"",
    "19:05\t佐々木 翔太\t了解です！",
    "19:20\t小林 さくら\t会議室は 3F-301（予約番号 1714.30212）です。Zoom は前期と同じ",
    "19:22\t山本 葵\t[スタンプ]",
    "22:47\t渡辺 健太\tLightly のベンチマークのページが比較に便利です https://docs.lightly.ai/self-supervised-learning/getting_started/benchmarks.html",
    "22:49\t渡辺 健太\tあと日本語だとこの Qiita 記事がまとまってました https://qiita.com/ssl_reading/items/3f8e2a1c9b7d6e5f4a30",
    "",
    "2024/02/22(木)",
    "08:15\t中村 陸\t[ファイル]",
    "08:15\t中村 陸\t第1回のレジュメのテンプレです。各自コピーして使ってください",
    "23:41\t小林 さくら\tMoCo のスライド半分できました。queue のサイズ 65536 の話で10分使いそう",
    "23:43\t中村 陸\t[スタンプ]",
]
text = "\n".join(LINES) + "\n"
check_no_distractor(text, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
