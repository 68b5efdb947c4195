#!/usr/bin/env python3
"""388: a 5ch (2ch) thread about fine-tuning local LLMs, read in a PC browser (read.cgi) and pasted as text: the
board name and thread title, "NNNコメント" / size, the navigation line, posts as "N 名無しさん＠お腹いっぱい。
(ﾜｯﾁｮｲ xxxx-xxxx) YYYY/MM/DD(曜) HH:MM:SS.ss ID:xxxxxxxxx" heads followed by the body, ">>N" anchors, URLs written
"ttps://" (the board's habit of dropping the h), a deleted post ("あぼーん"), the posting form and read.cgi's footer.
Papers: "ttps://arxiv.org/abs/..." and "ttps://arxiv.org/pdf/....pdf" beside titles (link), a
"ttps://openreview.net/forum?id=..." (link), "arXiv:ID" (arxiv-text), titles in 「」 and 『』, in lower case, bare
after a Japanese lead (title-only). Not papers: unsloth / axolotl / llama.cpp / bitsandbytes / vLLM / ollama
(software), a Hugging Face model repo, a note.com article, the previous thread, "P-tuning", "YaRN", "NTK-aware",
"QLoRA" (names only)."""
import os, sys
from datetime import datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F388, keys

NAME = "名無しさん＠お腹いっぱい。"
NL_SPLIT = " Language\nModel "  # the title copied from the PDF's first page keeps the PDF's line break
WD = "月火水木金土日"
TITLE = "【LLM】ローカルLLMをファインチューニングするスレ Part7"
P = [  # (watchoi, datetime "YYYY-MM-DD HH:MM:SS.ss", ID, body) ; None watchoi = あぼーん
 ("6b2f-Yb3K", "2024-05-11 20:41:37.52", "Fh0cJ2Ng0", f"""ローカルLLMをLoRA/QLoRAなどで追加学習する人のスレ
学習データの作り方、VRAM節約、評価、GGUF変換までなんでも
荒らしはスルー、次スレは>>950が立てること

前スレ
【LLM】ローカルLLMをファインチューニングするスレ Part6
ttps://mevius.5ch.net/test/read.cgi/software/1712408825/

関連ツール
・unsloth ttps://github.com/unslothai/unsloth
・axolotl
・llama.cpp（GGUF変換・量子化）
VIPQ2_EXTDAT: checked:vvvvv:1000:512:: EXT was configured"""),
 ("a1c4-Yb3K", "2024-05-11 20:52:10.08", "qP3mW8sT0", "たておつ"),
 ("0d77-kR9s", "2024-05-11 21:15:44.91", "Lx9aK2dN0", "4090（24GB）で8BモデルをLoRAするならrankいくつにしてる？\n16で回してるけど根拠がない"),
 ("3e10-Qw2p", "2024-05-11 21:31:02.37", "Zc8vT4hB0", f""">>3
rankで悩むならDoRA試した？
{T('2402.09353')}
ttps://arxiv.org/abs/2402.09353
重みを大きさと方向に分けて方向だけLoRAで学習するやつ
PEFTならuse_dora=Trueで使える"""),
 ("0d77-kR9s", "2024-05-11 21:48:19.60", "Lx9aK2dN0", ">>4\n遅くなるだけでロスはほぼ同じだったわ\nうちのデータが少なすぎるのかもしれん"),
 ("5f02-Hn6d", "2024-05-11 22:03:55.14", "Vb2nQ7xE0", f"""rankを層ごとに配分したいなら
「{T('2303.10512')}」
SVDっぽい形にして重要度の低い特異値から刈っていく
実装が面倒なので自分は使ってないｗ"""),
 ("77ab-Pd1z", "2024-05-12 00:12:41.03", "Tr6yU1mK0", f"""そもそもLoRA要る？
分類タスクならbias項だけ学習するやつで十分だったりする
→ {T('2106.10199')} (arXiv:2106.10199)"""),
 ("a1c4-Yb3K", "2024-05-12 00:20:07.88", "Jc5rB0nW0", ">>7\nそれBERT時代の話だろ\n生成でbiasだけはさすがに無理"),
 ("c9e3-Jm4r", "2024-05-12 08:44:30.26", "Ny4kP9wS0", f"""プロンプトチューニング系やるなら
{T('2104.08691').lower()}
は読んどけ
モデルがでかくなるとフルFTに追いつくって話"""),
 ("c9e3-Jm4r", "2024-05-12 08:47:12.71", "Ny4kP9wS0", f"P-tuningの元論文は『{T('2103.10385')}』な\nタイトルで草生える"),
 ("2b8d-Lf7q", "2024-05-12 10:05:48.19", "Qe1zX5cR0", f"""LoRAもアダプタもプレフィックスも同じ式で書ける、ってのを示したのがこれ
{T('2110.04366')}
ttps://openreview.net/forum?id=0RDcd5Axok
どこに差し込むか（attentionかFFNか）の比較が今でも参考になる"""),
 (None, "2024-05-12 11:31:26.55", "", "あぼーん"),
 ("77ab-Pd1z", "2024-05-12 12:09:03.42", "Tr6yU1mK0", f"""QLoRAの量子化まわりの元ネタはこっち
{T('2208.07339')}
ttps://arxiv.org/pdf/2208.07339.pdf
外れ値の次元だけfp16に逃がすやつ、bitsandbytesの作者の論文"""),
 ("e40f-Wc8u", "2024-05-12 19:22:57.93", "Hs5dJ3aV0", f"""学習したあとの推論サーバーはvLLM一択だと思ってる
元論文：{T('2309.06180').replace(" Language Model ", NL_SPLIT)}
（PDFからコピペしたので改行は許して）
KVキャッシュをページ単位で管理するからバッチが詰め込める"""),
 ("9a13-Yt5e", "2024-05-12 19:40:11.37", "Gk7wE2pL0", ">>14\nひとりで使うならollamaでいいだろ"),
 ("4c6a-Bv3n", "2024-05-13 07:58:34.80", "Mp2sD8fH0", "日本語の長文要約で学習したいんだけど8kだと足りない\nコンテキスト伸ばすならどれ読めばいい？"),
 ("2b8d-Lf7q", "2024-05-13 08:26:50.12", "Ka7pT2mX0", f""">>16
RoPEの位置を線形に縮めるやつの元がこれ
{T('2306.15595')}
ttps://arxiv.org/abs/2306.15595
NTK-awareとかYaRNはその後の改良で、最初はブログとredditで出てきた"""),
 ("4c6a-Bv3n", "2024-05-13 08:40:02.65", "Mp2sD8fH0", ">>17\nサンクス\n1000ステップくらい追加学習すればいいのね"),
 ("f8d1-Zu6m", "2024-05-13 22:17:45.30", "Rb9cN4tY0", f"""でかいモデルを一から学習する大変さを知りたいなら
{T('2205.01068')}
の付録と、公開されてる学習ログ（logbook）を読むといい
ハードウェア障害と発散の記録でほぼホラー"""),
 ("0d77-kR9s", "2024-05-14 21:03:28.77", "Dw3hF6gM0", "ID変わったけど>>3だけど\n結局rank16 alpha32 lr2e-4で3エポック回したらいい感じになった\nunslothだとVRAM 15GBくらいで収まる"),
 ("6b2f-Yb3K", "2024-05-14 21:26:09.41", "Wn4eY7rC0", ">>20\n乙\nデータ何件？"),
 ("0d77-kR9s", "2024-05-14 21:31:55.06", "Dw3hF6gM0", ">>21\n指示データ6000件くらい\n半分はGPTに作らせたやつなのでライセンス的に公開はしない"),
 ("d2b7-Ka1x", "2024-05-15 12:44:17.58", "Ue8gS1vZ0", """Llama-3-8Bの日本語LoRA作ったので置いとく
ttps://huggingface.co/kuroneko-lab/llama3-8b-ja-lora
学習の手順はnoteにまとめた
ttps://note.com/kuroneko_lab/n/n3f8a21c7d9e4"""),
 ("9a13-Yt5e", "2024-05-15 13:02:40.19", "Sd2vM9qA0", ">>23\nおつ\nGGUFもあると助かる"),
]

posts = []
for i, (w, ts, uid, body) in enumerate(P, 1):
    d = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S.%f")
    stamp = f"{d:%Y/%m/%d}({WD[d.weekday()]}) {d:%H:%M:%S}.{ts[-2:]}"
    if w is None:
        posts.append(f"{i} あぼーん\nあぼーん")
    else:
        posts.append(f"{i} {NAME} (ﾜｯﾁｮｲ {w}) {stamp} ID:{uid}\n{body}")
text = f"""ソフトウェア板
{TITLE}
{len(P)}コメント
21KB
全部
1-100
最新50
★スマホ版★
■掲示板に戻る■
★ULA版★

""" + "\n\n".join(posts) + """

新着レスの表示

ﾚｽを投稿する
名前： E-mail (省略可) ：
書き込む

read.cgi ver 07.7.23 2024/04/23 Walang Kapalit ★
Powered by VIP Service ttps://vipservice.5ch.net/
"""
write_only(F388, text, keys(F388))
