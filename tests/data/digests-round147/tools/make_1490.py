#!/usr/bin/env python3
"""1490: a Heynote scratchpad buffer file (buffer.txt) of a Japanese student reading diffusion papers. Heynote keeps
every block after a delimiter line `∞∞∞<language>` (`-a` when the language was auto-detected) preceded by a newline, so
the file starts with a newline and the delimiter of its first block; the text after the last block is written as typed
(no final newline). Blocks: markdown notes, auto-detected text pasted from a chat, a math block (Heynote shows the
results on screen only; the file keeps the expressions), a JSON block pasted from a config, a Python snippet, a shell
block. Not papers: the diffusers library and release, the k-diffusion repository, a lecture video, Civitai. Nicknames:
DDPM, SDE, ControlNet, DreamBooth, LCM, SDXL — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1490, keys

BLOCKS = [
    ("text-a", """Welcome to Heynote! 👋

This is the scratchpad. Press Ctrl+Enter to create a new block.
"""),
    ("markdown", f"""# 拡散モデル輪読 メモ（5月）

## 読む順番
1. {T('2006.11239')} https://arxiv.org/pdf/2006.11239.pdf
   - DDPM。ε予測の損失が結局いちばん効く、というのがポイント
2. {T('2011.13456')} https://openreview.net/forum?id={OR('2011.13456')}
   - SDE の見方で DDPM と NCSN をまとめる。ICLR 2021 の口頭発表版
3. {T('2303.01469')}  arXiv:2303.01469
   - 1 ステップ生成。LCM の元ネタ
4. {T('2307.01952')} https://arxiv.org/abs/2307.01952

## 応用（担当未定）
- {T('2302.05543')} ← ControlNet、リンクは後で
- {T('2208.12242')}
- {T('2208.01618')} https://arxiv.org/abs/2208.01618
- 音声: {T('2009.09761')}（論文のみ、デモページは閉じてる）

## 論文じゃないもの
- diffusers のドキュメント https://huggingface.co/docs/diffusers/index
- k-diffusion https://github.com/crowsonkb/k-diffusion
- 講義動画（ノイズスケジュールの回） https://www.youtube.com/watch?v=Hj8Rz3VqN2o
"""),
    ("text-a", """[13:42] 佐藤: 金曜の輪読、SDXL の回は 30 分延長で OK です
[13:44] 中村: DreamBooth のデモは Civitai のモデル使わないでね、ライセンス確認中
[13:45] 佐藤: 了解！
"""),
    ("math", """T = 1000
beta_1 = 1e-4
beta_T = 0.02
steps = 4
T / steps
"""),
    ("json", """{
  "model": "stabilityai/stable-diffusion-xl-base-1.0",
  "scheduler": "EulerDiscreteScheduler",
  "num_inference_steps": 30,
  "guidance_scale": 7.5,
  "seed": 1234
}
"""),
    ("python", """from diffusers import StableDiffusionXLPipeline
import torch

pipe = StableDiffusionXLPipeline.from_pretrained(
    "stabilityai/stable-diffusion-xl-base-1.0", torch_dtype=torch.float16
).to("cuda")
image = pipe("a watercolor of Mt. Fuji at dawn", num_inference_steps=30).images[0]
image.save("fuji.png")
"""),
    ("shell-a", """pip install -U diffusers==0.27.2 transformers accelerate
nvidia-smi --query-gpu=name,memory.used --format=csv
"""),
    ("markdown", """## TODO
- [x] 発表スライドのテンプレをコピー
- [ ] 金曜までに 2 と 3 を読む
- [ ] 研究室の A6000 を予約"""),
]
text = "".join(f"\n∞∞∞{lang}\n{body}" for lang, body in BLOCKS)
write_only(F1490, text, keys(F1490))
