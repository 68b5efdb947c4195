#!/usr/bin/env python3
"""1303: a LimeChat channel log (one day of a Japanese lab's reading channel `#輪読会` on the lab's own IRC server,
reached through a bouncer; LimeChat writes one text file per channel and day). Every line is `HH:MM ` and then what
LimeChat shows: `nick: text` for messages, `* nick text` for actions, `-nick- text` for notices (the lab's reminder
bot), `nick has joined (user@host)`, `nick has left (reason)`, `nick has left IRC (reason)`, `nick is now known as
new`, `nick has changed mode: +o nick2`, `nick has set topic: text`, and the `Topic: ` line on joining. Long Japanese
messages are sent as several lines (IRC's 512-byte limit; LimeChat splits them), so no message body is over 400 bytes
of UTF-8. Papers: arXiv abs / pdf links and an OpenReview forum link in messages, an `arXiv:` id, titles alone;
repositories, a leaderboard, a wiki page, a Zoom meeting and library docs are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1303, keys

L = [
 ("09:51", "J", "kanda", "~kanda@ws07.nlp.example.ac.jp"),
 ("09:51", "TOPIC0", "", "3/7(木) 10:30〜 輪読: LLMエージェントと評価 | 担当: 大塚・水野 | 資料は wiki の 2024/輪読会 ページ"),
 ("09:52", "M", "kanda", "おはようございます"),
 ("09:55", "J", "ohtsuka", "~ohtsuka@ws12.nlp.example.ac.jp"),
 ("09:55", "M", "ohtsuka", "おはようございます。今日の担当は自分と水野さんです"),
 ("09:56", "M", "ohtsuka", f"1本目: {T('2303.11366')} https://arxiv.org/abs/2303.11366"),
 ("09:56", "M", "ohtsuka", "ReAct をベースに、失敗したら自分で言葉で反省文を書いてメモリに入れる、という話です"),
 ("09:58", "J", "mizuno", "~mizuno@note-mizuno.nlp.example.ac.jp"),
 ("09:58", "M", "mizuno", f"2本目は {T('2302.04761')} https://arxiv.org/abs/2302.04761 です。スライドは wiki に上げました"),
 ("10:00", "N", "rindoku-bot", "[予定] 10:30 輪読会 / Zoom https://zoom.example.jp/j/81234567890 (ミーティングID 812 3456 7890)"),
 ("10:03", "M", "kanda", "評価の方も少し話したいです。SWE-bench は OpenReview の方がレビューも読めて良いかも"),
 ("10:03", "M", "kanda", f"{T('2310.06770')} https://openreview.net/forum?id={OR('2310.06770')}"),
 ("10:05", "M", "ohtsuka", "SWE-agent のリポジトリ https://github.com/princeton-nlp/SWE-agent も見ておくと実装のイメージが湧きます"),
 ("10:07", "J", "yagi", "~yagi@yagi-mac.nlp.example.ac.jp"),
 ("10:07", "MODE", "kanda", "+o yagi"),
 ("10:08", "M", "yagi", "おはようございます。LLM-as-a-judge の話も入れてください。自動評価のところは来月の共同研究の打合せでも聞かれそうなので"),
 ("10:09", "M", "mizuno", f"了解です。{T('2306.05685')} https://arxiv.org/pdf/2306.05685.pdf を 5 分くらいで紹介します"),
 ("10:10", "M", "mizuno", "MT-Bench の質問 80 問は fastchat リポジトリの llm_judge ディレクトリにあります。Chatbot Arena のリーダーボードは毎週更新されるので参考程度に"),
 ("10:12", "A", "kanda", "コーヒー買ってきます"),
 ("10:14", "M", "ohtsuka", f"数学寄りなら {T('2206.14858')} (arXiv:2206.14858) が Minerva ですね。MATH と GSM8K の数字は今回は省略します"),
 ("10:16", "M", "yagi", f"ベンチマークの元論文として {T('2009.03300')} も押さえておいてください。57 科目の内訳は付録にあります"),
 ("10:17", "M", "mizuno", f"反省(reflection)系なら {T('2310.11511')} も近いです。来週の候補に入れておきます"),
 ("10:19", "NICK", "kanda", "kanda_away"),
 ("10:24", "NICK", "kanda_away", "kanda"),
 ("10:25", "M", "kanda", f"長文脈の評価だと {T('2307.03172')} が定番ですね。エージェントのメモリ設計にも関係ありそう"),
 ("10:26", "M", "kanda", "lm-evaluation-harness のタスク定義 (https://github.com/EleutherAI/lm-evaluation-harness/tree/main/lm_eval/tasks) も wiki にリンクしておきました"),
 ("10:28", "TOPIC", "yagi", "3/7(木) 10:30〜 輪読: Reflexion / Toolformer / SWE-bench / LLM-as-a-judge | 次回 3/14: Self-RAG ほか"),
 ("10:29", "M", "ohtsuka", "では Zoom に移動します"),
 ("10:29", "P", "mizuno", "輪読会へ"),
 ("11:47", "M", "kanda", "お疲れさまでした。議事録は wiki の 2024/輪読会/0307 に書きました。AgentBench と GAIA は次々回に回します"),
 ("11:49", "M", "yagi", "ありがとうございます。SWE-bench の Lite 版(300 問)で手元のモデルを試す件、担当決めておいてください"),
 ("11:52", "Q", "ohtsuka", "Ping timeout: 252 seconds"),
 ("11:55", "A", "kanda", "学食へ"),
]
out = []
for t, kind, nick, text in L:
    s = {"J": f"{nick} has joined ({text})", "TOPIC0": f"Topic: {text}", "M": f"{nick}: {text}", "A": f"* {nick} {text}",
         "N": f"-{nick}- {text}", "MODE": f"{nick} has changed mode: {text}", "NICK": f"{nick} is now known as {text}",
         "TOPIC": f"{nick} has set topic: {text}", "P": f"{nick} has left ({text})", "Q": f"{nick} has left IRC ({text})"}[kind]
    out.append(f"{t} {s}")
text = "\n".join(out) + "\n"
write_only(F1303, text, keys(F1303))
