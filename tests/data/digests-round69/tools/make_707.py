#!/usr/bin/env python3
"""707: a twtxt feed (twtxt.txt) as a Yarn.social pod (yarnd) serves it: the preamble of '#' comment lines (about
twtxt, the pod, then `key = value` metadata: nick, url, avatar, description, following, follow = nick url), then one
twt per line, oldest first: an RFC 3339 timestamp with the UTC offset, a TAB, the text. Yarn extensions: replies start
with a subject `(#hash)` (7 lowercase base32 characters of the BLAKE2b-256 twt hash of "url\\ncreated\\ntext"),
mentions `@<nick url>`, tags `#<tag url>`, Markdown links, and multi-line twts with U+2028 LINE SEPARATOR in place
of a newline. A Japanese researcher's feed on LLM evaluation and agents."""
import base64, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F707, keys

POD = "https://yarn.example.jp"
URL = f"{POD}/user/kotori/twtxt.txt"
LS = "\u2028"


def who(n):
    return f"@<{n} {POD}/user/{n}/twtxt.txt>"


def tag(t):
    return f"#<{t} {POD}/search?tag={t}>"


def twthash(url, ts, text):
    d = hashlib.blake2b(f"{url}\n{ts}\n{text}".encode(), digest_size=32).digest()
    return base64.b32encode(d).decode().rstrip("=").lower()[-7:]


pre = f"""# Twtxt is an open, distributed microblogging platform that
# uses human-readable text files, common transport protocols,
# and free software.
#
# Learn more about twtxt at  https://github.com/buckket/twtxt
#
# This is hosted by a Yarn.social pod yarn.example.jp running yarnd 0.15.1@6d1c2f0 https://git.mills.io/yarnsocial/yarn
#
# nick        = kotori
# url         = {URL}
# avatar      = {POD}/user/kotori/avatar#b5kqv2a
# description = 言語モデルの評価とエージェントを研究している院生。論文メモ・輪講の告知・ぼやき。
#
# following   = 6
#
# follow = hanabi@yarn.example.jp {POD}/user/hanabi/twtxt.txt
# follow = mizuchi@yarn.example.jp {POD}/user/mizuchi/twtxt.txt
# follow = sakutaro@yarn.example.jp {POD}/user/sakutaro/twtxt.txt
# follow = news@yarn.example.jp {POD}/user/news/twtxt.txt
# follow = tsubame@pod.example.org https://pod.example.org/user/tsubame/twtxt.txt
# follow = yarnsocial@yarn.example.jp {POD}/user/yarnsocial/twtxt.txt
#
"""

twts = []   # (timestamp, text); a None subject is filled with the hash of an earlier twt of this feed


def add(ts, text):
    twts.append((ts, text))
    return twthash(URL, ts, text)


h1 = add("2024-02-05T08:41:07+09:00", f"今週から {tag('llm評価')} の輪講を再開します。初回は評価ベンチマークの歴史から。資料置き場は研究室の Wiki（学内のみ）。")
add("2024-02-05T12:15:52+09:00", f"({'#'}{h1}) {who('hanabi')} 木曜 16:30、B棟 3F のセミナー室です。オンライン参加は Jitsi のリンクを後で流します。")
h3 = add("2024-02-06T22:03:19+09:00", f"1本目は「{T('2009.03300')}」(Hendrycks et al.) 。arXiv:2009.03300 。57 科目の多肢選択で、いま見ると 5-shot の設定とプロンプト書式の細かい違いでスコアが数ポイント動くのが一番の注意点。{LS}{LS}{tag('論文メモ')}")
add("2024-02-07T09:30:44+09:00", f"評価の再現には [lm-evaluation-harness](https://github.com/EleutherAI/lm-evaluation-harness) を使う予定。これはツールで論文ではないので、輪講リストには入れない。")
add("2024-02-08T19:12:03+09:00", f"({'#'}{h3}) 輪講メモ：同じモデルでもハーネスの版で 2 ポイント違った。few-shot の例の並び順も固定しておくこと。{LS}次回は Open LLM Leaderboard の数字と自分たちの数字の突き合わせ（リーダーボードはあくまで参考）。")
h6 = add("2024-02-13T07:58:31+09:00", f"次の輪講の候補を並べておく：{LS}・{T('2005.14165')} — in-context learning の原点。PDF は手元にあるけど表が多すぎる{LS}・{T('2001.08361')} — 損失とパラメータ数・データ量・計算量のべき乗則{LS}・{T('2205.01068')} — 公開された重みとログブックがありがたい{LS}どれも 1 回ずつでは終わらない気がする。")
add("2024-02-13T10:20:17+09:00", f"({'#'}{h6}) {who('mizuchi')} ログブックの話、担当したい人いたら言ってください。学習が何度も発散して再開した記録がそのまま読めます。")
add("2024-02-15T23:44:09+09:00", f"{who('sakutaro')} の貸してくれた A100 でやっと 7B を fp16 で回せた。夜中に GPU の取り合いをしないで済む生活がしたい。")
h9 = add("2024-02-20T21:07:55+09:00", f"今日読んだ：[{T('2302.13971')}](https://arxiv.org/abs/2302.13971) 。公開データだけで学習して、13B が当時の 175B 級に迫るという主張。学習トークン数を増やす方向の議論は上のべき乗則の論文と合わせて読むと面白い。{LS}{tag('論文メモ')}")
add("2024-02-21T08:02:40+09:00", f"({'#'}{h9}) 補足：トークナイザの話（数字を 1 桁ずつ分ける）が地味に効いているらしい。ここは輪講で実験して確かめたい。")
add("2024-02-26T18:33:12+09:00", "研究室のブログに「評価ハーネスの版管理」という記事を書いた。論文ではなく手順書です。来月の新入生向け。")
h12 = add("2024-03-01T22:51:28+09:00", f"LLM に採点させる話：{T('2306.05685')}{LS}https://arxiv.org/abs/2306.05685{LS}位置バイアス（先に出た回答を好む）と冗長さバイアスの分析が本題。採点プロンプトで A/B を入れ替えて 2 回聞くのは今すぐ真似できる。")
add("2024-03-02T09:14:05+09:00", f"({'#'}{h12}) {who('tsubame')} ありがとうございます。アリーナのリーダーボード（Web サイト）の方はランキングが毎週動くので、引用するなら日付を書くこと。")
add("2024-03-05T13:27:46+09:00", f"研究会の締切まであと 10 日。評価スクリプトの CI が落ちていたのは CUDA ドライバの更新のせいだった……{tag('研究室')}")
h15 = add("2024-03-08T20:40:33+09:00", f"エージェント回のメモ。{LS}「{T('2210.03629')}」(Yao et al., ICLR 2023){LS}OpenReview: https://openreview.net/forum?id=WE_vluYUL-X{LS}思考（Thought）と行動（Action）と観察を交互に並べるだけで、HotpotQA の幻覚がかなり減る。査読コメントも読む価値あり。")
add("2024-03-09T11:05:58+09:00", f"({'#'}{h15}) {who('hanabi')} ツール呼び出しの実装は LangChain の古い版のサンプルを参考にしたけど、今は API が変わっているので注意。")
add("2024-03-12T19:18:21+09:00", f"ロボット班の発表が面白かった。[{T('2307.15818')}](https://arxiv.org/abs/2307.15818) — 行動をテキストのトークンとして出力させる。Web の知識がロボット制御に転移するという話で、評価の設計（未知の物体・指示）が参考になる。")
add("2024-03-14T07:45:00+09:00", f"今日の輪講はお休み（入試業務）。次回は 3/21、多肢選択ベンチマーク回の続きと採点プロンプトの比較実験の報告。{tag('llm評価')}")
add("2024-03-18T22:12:37+09:00", f"{who('news')} のまとめで知ったデータセット：JGLUE と llm-jp-eval。日本語評価はこっちを主にする予定（どちらもデータセット／ツールで論文リストには入れない）。")
add("2024-03-21T17:59:03+09:00", f"輪講おわり。結論：数字だけ見ないこと、プロンプトとハーネスの版と few-shot の例を全部書くこと。{LS}スライドは Wiki に置きました。お疲れさまでした 🍵")

body = "".join(f"{ts}\t{text}\n" for ts, text in twts)
text = pre + body
write_only(F707, text, keys(F707), forms=[text.replace(LS, "\n")])
