#!/usr/bin/env python3
"""575: a WeeChat 4.x logger file (irc.kenkyu.#ml-yomikai.weechatlog): one line per printed line,
"YYYY-MM-DD HH:MM:SS<TAB>prefix<TAB>message"; prefixes are nicks with their mode char (@ / +), "-->" joins,
"<--" parts / quits, "--" for topic / mode / notice lines, " *" for /me actions; a URL-title bot. Japanese
reading-group channel on multimodal learning, RL and AutoML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F575 as NAME, keys, AGZ

KEYS = keys(NAME)
rows = []


def m(t, pre, msg, day="2024-03-11"):
    rows.append(f"{day} {t}\t{pre}\t{msg}")


m("19:58:02", "-->", "kaede (~kaede@kenkyu/member/kaede) has joined #ml-yomikai")
m("19:58:02", "--", "Topic for #ml-yomikai is \"月曜20時 輪読会 | 今週: CLIP / Flamingo 周辺 | ログは公開されます | 資料: https://yomikai.kenkyu.example/\"")
m("19:58:02", "--", "Topic set by @haruto (~haruto@kenkyu/staff/haruto) on Mon, 04 Mar 2024 21:03:44")
m("19:58:02", "--", "Channel #ml-yomikai: 9 nicks (2 ops, 1 voice, 6 normals)")
m("19:58:03", "--", "Channel created on Sat, 12 Nov 2022 10:15:09")
m("19:59:40", "@haruto", "こんばんは、そろそろ始めます")
m("19:59:51", "kaede", "こんばんは〜")
m("20:00:12", "@haruto", "今週のメイン: https://arxiv.org/abs/2103.00020")
m("20:00:13", "+tsubame", "^ [arXiv] " + T("2103.00020"))
m("20:00:31", "@haruto", "担当は sota さん、スライドは資料ページに上げてもらいました")
m("20:00:45", "sota", "はい、よろしくお願いします。4億ペアの対照学習、ゼロショットImageNet 76.2% のところから")
m("20:03:10", "ryo", "プロンプトエンジニアリング（\"A photo of a {label}.\"）のアンサンブルの話、地味に効くよね")
m("20:05:22", "sota", "関連で Flamingo も少し触れます → " + T("2204.14198") + " (Alayrac et al., NeurIPS 2022)")
m("20:05:40", "kaede", "Flamingo は arXiv 版と NeurIPS 版でページ数がかなり違うので注意です")
m("20:07:02", " *", "ryo は Perceiver Resampler の図を探している")
m("20:11:48", "-->", "mio_ (~mio@192.0.2.41) has joined #ml-yomikai")
m("20:12:05", "mio_", "遅れました、すみません")
m("20:14:30", "sota", "医療画像の応用で先週話題に出たやつ: " + T("2103.14339") + " — arXiv:2103.14339")
m("20:14:55", "mio_", "それ CLIP じゃなくてメタ学習ベースですよね？")
m("20:15:20", "sota", "そう、アクティブラーニング寄り。比較用に出しただけ")
m("20:21:03", "ryo", "マルチビューの理論的な見方だとこれ: " + T("2006.05576") + " https://openreview.net/forum?id=" + OR("2006.05576"))
m("20:21:04", "+tsubame", "^ [OpenReview] " + T("2006.05576") + " | OpenReview")
m("20:21:40", "@haruto", "ICLR 2021 のやつですね。来週の候補に入れておきます")
m("20:34:17", "sota", "以上です、ありがとうございました")
m("20:34:30", "kaede", "👏")
m("20:34:31", "mio_", "ありがとうございました！")
m("20:35:02", "@haruto", "来週は RL 回です。候補:")
m("20:35:15", "@haruto", "1) " + T("2106.02039") + " https://arxiv.org/pdf/2106.02039")
m("20:35:29", "@haruto", "2) " + T("2101.03958") + " (Co-Reyes et al., ICLR 2021)")
m("20:35:44", "@haruto", "3) 古典枠: " + T(AGZ) + " (Silver et al., Nature 550, 2017)")
m("20:36:10", "ryo", "3 は arXiv にないので PDF は各自で…大学の契約で Nature 読めるはず")
m("20:36:48", "kaede", "AutoML 枠で PyGlove もどうですか https://arxiv.org/abs/2101.08809")
m("20:36:49", "+tsubame", "^ [arXiv] " + T("2101.08809"))
m("20:37:20", "@haruto", "いいですね、Evolving RL と同じチームなのでセットで")
m("20:38:02", "ryo", "投票は資料ページのフォームでお願いします（水曜まで）")
m("20:40:11", "--", "Notice(ChanServ) -> #ml-yomikai: [#ml-yomikai] 輪読会のログは https://yomikai.kenkyu.example/logs/ で公開されます")
m("20:41:55", "<--", "mio_ (~mio@192.0.2.41) has quit (Quit: Client closed)")
m("20:42:30", "sota", "スライドの PDF、図が重いので後で軽くしたものに差し替えます")
m("20:45:03", "--", "haruto has changed topic for #ml-yomikai from \"月曜20時 輪読会 | 今週: CLIP / Flamingo 周辺 | ログは公開されます | 資料: https://yomikai.kenkyu.example/\" to \"月曜20時 輪読会 | 来週: RL 回（投票中） | ログは公開されます | 資料: https://yomikai.kenkyu.example/\"")
m("20:47:19", "<--", "kaede (~kaede@kenkyu/member/kaede) has left #ml-yomikai (\"おやすみなさい\")")
text = "\n".join(rows) + "\n"
write_only(NAME, text, KEYS)
