#!/usr/bin/env python3
"""655: an Elixir Livebook notebook (.livemd, Livebook 0.12): notebook metadata comment, one "# " title, the setup cell
with Mix.install, "## " sections, ```elixir cells, <!-- livebook:{...} --> annotations (output, branch_parent_index,
break_markdown, reevaluate_automatically, a Kino smart cell with base64 attrs), outputs in plain ``` blocks. Japanese
Markdown cells: a diffusion and generative-model study notebook built on Bumblebee."""
import base64, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F655, keys

GAN = "1406.2661"
attrs = base64.b64encode(json.dumps({"compiler": "exla", "guidance_scale": 7.5, "num_images": 2, "num_steps": 20,
                                     "seed": 42, "sequence_length": 50, "task_id": "text_to_image",
                                     "variant_id": "stable_diffusion_v1_4"}, separators=(",", ":")).encode()).decode()
text = f"""<!-- livebook:{{"app_settings":{{"access_type":"public","slug":"kakusan-benkyoukai"}},"file_entries":[{{"name":"noise_schedule.png","type":"attachment"}}]}} -->

# 拡散モデル勉強会 第4回：ガイダンスとサンプリング

```elixir
Mix.install([
  {{:bumblebee, "~> 0.5.3"}},
  {{:nx, "~> 0.7.1"}},
  {{:exla, "~> 0.7.1"}},
  {{:kino, "~> 0.12.3"}},
  {{:kino_bumblebee, "~> 0.5.0"}}
])

Nx.global_default_backend(EXLA.Backend)
```

## 0. この回の読み物

担当：山本 / 記録：佐々木。 前回のノートブックは `kakusan-03.livemd`（共有ドライブ）。

**必読**

* [{T('2207.12598')}](https://arxiv.org/abs/2207.12598) — {au('2207.12598')}
  分類器なしで条件付き／無条件のスコアを混ぜる。今日のセル 2 で `guidance_scale` を動かして確かめる。
* [{T('2010.02502')}](https://openreview.net/forum?id=St1giarCHLP) — {au('2010.02502')}（ICLR 2021）
  非マルコフ過程にして決定的サンプリング。ステップ数 20 で十分かを見る。

**余裕があれば**

* {T('1907.05600')}（{au('1907.05600')}、NeurIPS 2019、arXiv:1907.05600）
* [{T('2105.05233')}](https://arxiv.org/pdf/2105.05233.pdf) — 分類器ガイダンスの元論文
* [{T('2204.06125')}](https://arxiv.org/abs/2204.06125) — {au('2204.06125')}

**歴史（リンクなし・紙で配布）**

* {T('1503.03585')} — {au('1503.03585')}, ICML 2015
* {T(GAN)} — {au(GAN)}, NeurIPS 2014

> 注意：Hugging Face の diffusers ドキュメントや「The Annotated Diffusion Model」（ブログ記事）は論文ではないので、
> 参考文献リストには入れないこと。

## 1. ノイズスケジュールを眺める

```elixir
t = Nx.linspace(0, 1, n: 1000)
alpha_bar = Nx.cos(Nx.multiply(Nx.add(t, 0.008), :math.pi() / 2 / 1.008)) |> Nx.pow(2)
{{Nx.to_number(alpha_bar[0]), Nx.to_number(alpha_bar[999])}}
```

<!-- livebook:{{"output":true}} -->

```
{{0.9999607801437378, 3.749531106732643e-5}}
```

![](files/noise_schedule.png)

<!-- livebook:{{"break_markdown":true}} -->

コサインスケジュールは終端付近で急に 0 になるので、クリップ（0.999）を忘れずに。

## 2. テキストから画像（スマートセル）

<!-- livebook:{{"attrs":"{attrs}","chunks":null,"kind":"Elixir.KinoBumblebee.TaskCell","livebook_object":"smart_cell"}} -->

```elixir
repository_id = "CompVis/stable-diffusion-v1-4"
{{:ok, tokenizer}} = Bumblebee.load_tokenizer({{:hf, "openai/clip-vit-large-patch14"}})
{{:ok, clip}} = Bumblebee.load_model({{:hf, repository_id, subdir: "text_encoder"}})
{{:ok, unet}} = Bumblebee.load_model({{:hf, repository_id, subdir: "unet"}})
{{:ok, vae}} = Bumblebee.load_model({{:hf, repository_id, subdir: "vae"}}, architecture: :decoder)
{{:ok, scheduler}} = Bumblebee.load_scheduler({{:hf, repository_id, subdir: "scheduler"}})

serving =
  Bumblebee.Diffusion.StableDiffusion.text_to_image(clip, unet, vae, tokenizer, scheduler,
    num_steps: 20,
    num_images_per_prompt: 2,
    compile: [batch_size: 1, sequence_length: 50],
    defn_options: [compiler: EXLA]
  )

text_input = Kino.Input.text("Prompt", default: "京都の路地裏、雨の夜、油絵")
form = Kino.Control.form([text: text_input], submit: "Run")
frame = Kino.Frame.new()

Kino.listen(form, fn %{{data: %{{text: text}}}} ->
  Kino.Frame.render(frame, Kino.Markdown.new("生成中..."))
  output = Nx.Serving.run(serving, %{{prompt: text, negative_prompt: "", guidance_scale: 7.5, seed: 42}})

  for result <- output.results do
    Kino.Image.new(result.image)
  end
  |> Kino.Layout.grid(columns: 2)
  |> then(&Kino.Frame.render(frame, &1))
end)

Kino.Layout.grid([form, frame], boxed: true, gap: 16)
```

<!-- livebook:{{"branch_parent_index":1}} -->

## 3. ガイダンススケールの比較（分岐セクション）

```elixir
scales = [1.0, 3.0, 7.5, 12.0]

for s <- scales do
  %{{results: [r | _]}} = Nx.Serving.run(serving, %{{prompt: "a watercolor fox", guidance_scale: s, seed: 7}})
  {{s, r.image}}
end
|> Enum.map(fn {{s, img}} -> Kino.Layout.grid([Kino.Image.new(img), Kino.Text.new("w = #{{s}}")]) end)
|> Kino.Layout.grid(columns: 4)
```

<!-- livebook:{{"output":true}} -->

```
14:02:31.508 [info] TfrtCpuClient created.
```

観察メモ：w = 1 はぼやける、w = 12 は彩度が飽和。論文の図と同じ傾向。

## 4. 画像の説明文（キャプション）

<!-- livebook:{{"reevaluate_automatically":true}} -->

```elixir
{{:ok, blip}} = Bumblebee.load_model({{:hf, "Salesforce/blip-image-captioning-base"}})
{{:ok, featurizer}} = Bumblebee.load_featurizer({{:hf, "Salesforce/blip-image-captioning-base"}})
{{:ok, tok}} = Bumblebee.load_tokenizer({{:hf, "Salesforce/blip-image-captioning-base"}})
{{:ok, gen_config}} = Bumblebee.load_generation_config({{:hf, "Salesforce/blip-image-captioning-base"}})
captioning = Bumblebee.Vision.image_to_text(blip, featurizer, tok, gen_config, defn_options: [compiler: EXLA])
```

次回は凍結した画像エンコーダと LLM をつなぐ {T('2301.12597')}（{au('2301.12597')}）を読む予定。
Bumblebee にはまだ実装がないので、Python 側（transformers）で動かしてから比較する。

## 5. 宿題

* セル 3 をステップ数 10 / 50 でも実行し、所要時間を Slack の #kakusan に貼る
* 参考：Livebook の公式ガイド、Elixir Forum のスレッド「Stable Diffusion on Apple Silicon」（どちらも論文ではない）
"""
write_only(F655, text, keys(F655))
