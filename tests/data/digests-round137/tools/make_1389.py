#!/usr/bin/env python3
"""1389: a macOS terminal session (Japanese; zsh's `user@host dir %` prompt): a Kyoto-like student (美咲, `misaki`)
collects her diffusion-seminar reading with osascript: Safari's tab count, tab names and tab URLs of the front window
(osascript's default output joins list items with ", " — so a tab name holding a comma cannot be told apart), an
out-of-range tab (osascript's `start:end: execution error: … (-1719)` line), the open reminders of her Reminders list
「論文」 (names, then `-s s` source form of `{name, body}` — two parallel lists, `missing value` for an empty body),
and the documents open in Skim. Not papers: the diffusers repository, the Hugging Face diffusion course, a Zenn
article, a YouTube video, the InstructPix2Pix project page; Stable Diffusion, DreamBooth, LDM, DDPM are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1389, keys

TABS = [
 (f"[2112.10752] {T('2112.10752')}", "https://arxiv.org/abs/2112.10752"),
 (f"[2208.12242] {T('2208.12242')}", "https://arxiv.org/abs/2208.12242"),
 ("InstructPix2Pix", "https://www.timothybrooks.com/instruct-pix2pix"),
 ("GitHub - huggingface/diffusers: 🤗 Diffusers: State-of-the-art diffusion models for image and audio generation in PyTorch",
  "https://github.com/huggingface/diffusers"),
 ("拡散モデルの数式を、できるだけ丁寧に追う｜Zenn", "https://zenn.dev/k_hayashi_ml/articles/3f9a1c2e7b0d45"),
 ("Hugging Face Diffusion Models Course - Unit 1", "https://huggingface.co/learn/diffusion-course/unit1/1"),
 ("【解説】Stable Diffusionの仕組み（研究室ゼミ 2024/05） - YouTube", "https://www.youtube.com/watch?v=Rk2fQ8mZ0aE"),
]
REM = [
 (f"読む：{T('2006.11239')}", "https://arxiv.org/pdf/2006.11239.pdf 3章まで読んだ。損失の簡略化のところをゼミで説明する"),
 (f"読む：{T('2303.01469')}（Song, Dhariwal, Chen, Sutskever 2023）", "https://arxiv.org/abs/2303.01469 ／ 担当：高橋くん"),
 (f"{T('2208.01618')}", "arXiv:2208.01618 ／ DreamBoothと比較する。\"S*\" の埋め込みの作り方"),
 (f"{T('2009.09761')}", "音声班の佐藤さんから。ICLR 2021、リンクはSlackにあるはず"),
 (f"{T('2103.14338')}", None),
 (f"読む：{T('2211.09800')}（プロジェクトページしか開いてない）", None),
 ("ゼミのスライドを先生に送る（5/20まで）", None),
]
SKIM = ["2006.11239v2.pdf", "ゼミ資料_拡散モデル_0514.pdf"]


def src(v):
    if v is None: return "missing value"
    if isinstance(v, list): return "{" + ", ".join(src(x) for x in v) + "}"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


P = "misaki@misaki-mba ~ % "
S = []
def run(script, out, flags=""):
    S.append(P + "osascript " + flags + "-e '" + script + "'"); S.extend(out)

run('tell application "Safari" to count tabs of front window', [str(len(TABS))])
run('tell application "Safari" to get name of every tab of front window', [", ".join(n for n, _ in TABS)])
run('tell application "Safari" to get URL of every tab of front window', [", ".join(u for _, u in TABS)])
bad = 'tell application "Safari" to get URL of tab 9 of front window'
a = bad.index("URL"); b = len(bad)
run(bad, [f"{a}:{b}: execution error: Safari got an error: Can’t get tab 9 of window 1. Invalid index. (-1719)"])
q = 'tell application "Reminders" to get {0} of reminders of list "論文" whose completed is false'
run(q.format("name"), [", ".join(n for n, _ in REM)])
run(q.format("{name, body}"), [src([[n for n, _ in REM], [b for _, b in REM]])], flags="-s s ")
run('tell application "Skim" to get name of every document', [", ".join(SKIM)])
S.append(P)
write_only(F1389, "\n".join(S) + "\n", keys(F1389))
