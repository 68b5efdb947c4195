#!/usr/bin/env python3
"""1447: towncrier's draft (Japanese): a lab's diffusion library ("kakusan") about to release 0.6.0; the maintainer
lists the news fragments (`ls -1 newsfragments/`, names `<issue>.<type>`) and runs `towncrier build --draft`. The
draft is rendered from the modelled fragments as towncrier's default reStructuredText template does (as remembered):
the banner lines, `name version (date)` with a `=` underline of the same length, sections in the default type order
(Features, Bugfixes, Improved Documentation, Deprecations and Removals, Misc), each with a `-` underline, entries
`- text (`#N <issue URL>`_)` in issue order, Misc as a list of issue links only. Not papers: the k-diffusion
repository, the diffusers docs, a Hugging Face dataset, the issue tracker, a Zenn article. Nicknames: DDPM, DDIM, LDM,
SDXL, VP / VE SDE, prior preservation — DDPM, LDM and SDXL are labelled where their titles are written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1447, keys

REPO = "https://git.kakusan.example.jp/kakusan/kakusan"
FRAG = {  # (issue, type): text
 (112, "feature"): f"DDPM サンプラー ``kakusan.samplers.DDPMSampler`` を追加しました。\"{T('2006.11239')}\" (https://arxiv.org/abs/2006.11239) のアルゴリズム 2 に準拠し、分散は β_t と β̃_t の二通りから選べます。",
 (115, "feature"): f"潜在空間で拡散する ``LatentPipeline`` を追加。参考: {T('2112.10752')} — https://arxiv.org/pdf/2112.10752 。VAE の重みは外部から読み込みます（同梱しません）。",
 (118, "feature"): f"SDE ソルバー（Euler–Maruyama と予測子・修正子）を追加。VP / VE の両方に対応: {T('2011.13456')} (ICLR 2021) https://openreview.net/forum?id={OR('2011.13456')}",
 (121, "feature"): f"SDXL のマイクロコンディショニング（``original_size`` と ``crops_coords_top_left``）に対応しました。詳細は {T('2307.01952')} (arXiv:2307.01952) の 2.2 節を参照。",
 (124, "feature"): f"被写体固定のファインチューニング例 ``examples/dreambooth.py`` を追加（prior preservation loss 付き）。論文: {T('2208.12242')} https://arxiv.org/abs/2208.12242v2",
 (109, "bugfix"): f"音声ボコーダの例で、{T('2009.09761')} の表 1 とは異なるノイズスケジュール（T=200 のはずが T=50）を使っていた問題を修正しました。",
 (117, "bugfix"): "fp16 で ``DDIMScheduler.step`` が NaN を返すことがある問題を修正（``alphas_cumprod`` を float32 のまま保持）。",
 (122, "bugfix"): "``torch==2.3`` で ``torch.compile`` したときに UNet のスキップ接続が二重に足される不具合を修正。",
 (127, "doc"): f"画像編集チュートリアルを追加しました。{T('2211.09800')} の再現手順で、データセットは Hugging Face の ``timbrooks/instructpix2pix-clip-filtered`` を使います。",
 (130, "doc"): f"VAE の章に {T('2010.02014')} の解説を追記（公式実装のリンクは未確認のため載せていません）。",
 (131, "doc"): "サンプラー比較表を k-diffusion (https://github.com/crowsonkb/k-diffusion) と diffusers のドキュメント (https://huggingface.co/docs/diffusers/api/schedulers/overview) の表記に合わせました。",
 (119, "removal"): "``kakusan.schedulers.legacy`` を削除しました。0.5 系で非推奨にしていたものです。",
 (125, "removal"): "Python 3.8 のサポートを終了しました。",
 (126, "misc"): "", (129, "misc"): "", (133, "misc"): "",
}
TYPES = [("feature", "Features"), ("bugfix", "Bugfixes"), ("doc", "Improved Documentation"),
         ("removal", "Deprecations and Removals"), ("misc", "Misc")]


def link(n):
    return f"`#{n} <{REPO}/issues/{n}>`_"


def draft(name, version, date):
    head = f"{name} {version} ({date})"
    o = head + "\n" + "=" * len(head) + "\n\n"
    for t, sec in TYPES:
        items = sorted((n, x) for (n, tt), x in FRAG.items() if tt == t)
        if not items: continue
        o += sec + "\n" + "-" * len(sec) + "\n\n"
        if t == "misc":
            o += "- " + ", ".join(link(n) for n, _ in items) + "\n\n"
        else:
            o += "".join(f"- {x} ({link(n)})\n" for n, x in items) + "\n"
    return o


P = "yuto@kakusan-dev:~/src/kakusan$ "
out = P + "git log --oneline -1\n3f9e2c1 (HEAD -> main, origin/main) Merge pull request #133 from haruto/ci-cache\n"
out += P + "ls -1 newsfragments/\n" + "".join(f"{n}.{t}\n" for n, t in sorted(FRAG)) 
out += P + "towncrier build --draft --version 0.6.0 --date 2024-05-20\n"
out += ("Loading template...\nFinding news fragments...\nRendering news fragments...\n"
        "Draft only -- nothing has been written.\nWhat is seen below is what would be written.\n\n")
out += draft("kakusan", "0.6.0", "2024-05-20")
out += P + "\n"
write_only(F1447, out, keys(F1447))
