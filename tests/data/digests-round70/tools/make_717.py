#!/usr/bin/env python3
"""717: the JSON a Chatwork API call `GET /v2/rooms/{room_id}/messages?force=1` returns: an array (oldest first) of
{message_id (digits as a string), account {account_id, name, avatar_image_url}, body, send_time, update_time}, bodies in
Chatwork's message notation ([To:aid], [rp aid=… to=room-msgid], [qt][qtmeta aid=… time=…]…[/qt], [info][title]…[/title]
…[/info], [code]…[/code], [hr], [toall], [download:id]…[/download] inside a [dtext:file_uploaded] info block). A Japanese
lab's LLM agents / evaluation reading room."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F717, keys

ROOM = 318470225
AV = "https://appdata.chatwork.com/avatar/"
PEOPLE = {
 "hayashi": (4418203, "林 千尋", AV + "ico_default_green.png"),
 "morita": (4418377, "森田 航", AV + "2217/2217794.rsz.jpg"),
 "kuno": (5120961, "久野 遥香", AV + "ico_default_blue.png"),
 "sato": (5531046, "佐藤 匠（M1）", AV + "ico_default_violet.png"),
 "bot": (6002981, "輪講リマインダー", AV + "3001/3001522.rsz.png"),
}


def a2(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


msgs = []
t0 = 1709531760  # 2024-03-04 14:56:00 +09:00


def m(who, dt, body, upd=0):
    mid = str(1792204450000000000 + len(msgs) * 7310431 + dt * 13)
    msgs.append({"message_id": mid, "account": dict(zip(("account_id", "name", "avatar_image_url"), PEOPLE[who])),
                 "body": body, "send_time": t0 + dt, "update_time": (t0 + dt + upd) if upd else 0})
    return mid


def rp(who, mid):
    return f"[rp aid={PEOPLE[who][0]} to={ROOM}-{mid}]{PEOPLE[who][1]}さん"


m("bot", 0, "[toall]\n[info][title]今週の輪講（3/6 水 16:30〜 / 輪講室B・Zoom併用）[/title]"
  "テーマ：LLM エージェントと評価\n担当：森田さん・久野さん\n資料は前日 21 時までにこのチャットへアップロードしてください。[/info]")
m1 = m("morita", 420, "[To:%d]林 千尋さん\n担当分の候補を先に貼っておきます。\n\n"
       "・%s\n  %s\n  https://arxiv.org/abs/2302.04761\n"
       "・%s\n  %s\n  https://arxiv.org/pdf/2305.16291.pdf\n\n"
       "Minecraft の方はデモ動画が長いので、発表では 2 分だけ流す予定です。" % (
           PEOPLE["hayashi"][0], T("2302.04761"), a2("2302.04761"), T("2305.16291"), a2("2305.16291")), upd=1800)
m("hayashi", 1020, rp("morita", m1) + "\nありがとうございます！ツール呼び出しの API 形式（括弧の中に呼び出しを埋め込むやつ）は"
  "M1 向けに 1 枚スライドで補足してもらえると助かります。")
m2 = m("kuno", 3900, "評価側はこの 2 本＋背景 1 本にしようと思います。\n\n"
       "[info][title]久野 担当分（案）[/title]"
       "1. %s\n   https://arxiv.org/abs/2306.05685v4\n"
       "2. %s（arXiv:2206.14858）\n   数学の記述式問題、majority voting の効き方を見る\n"
       "3. 背景：%s\n   インストラクションチューニングと RLHF の流れの確認用\n   https://arxiv.org/abs/2203.02155[/info]\n"
       "リーダーボード（Open LLM Leaderboard とかアリーナのサイト）は論文じゃないので参考リンク扱いにします。" % (
           T("2306.05685"), T("2206.14858"), T("2203.02155")))
m("sato", 5220, "[qt][qtmeta aid=%d time=%d]2. %s（arXiv:2206.14858）[/qt]\n"
  "これ、MATH データセットの話ですよね？ GSM8K との違いがよく分かっていないので、当日質問させてください。" % (
      PEOPLE["kuno"][0], t0 + 3900, T("2206.14858")))
m("kuno", 6010, rp("sato", msgs[-1]["message_id"]) + "\nそうです。GSM8K は小学校レベルの文章題、MATH は競技数学寄りです。"
  "どちらもデータセットなので、論文リストには入れていません。")
m("morita", 86400 + 1500, "[info][title][dtext:file_uploaded][/title][download:1587730412]rinko_0306_morita_agents_v2.pdf (3.18 MB)[/download][/info]")
m("morita", 86400 + 1580, "スライド上げました。最後のページに「関連（今回は読まない）」として下の 2 本を入れています。\n"
  "[hr]\n・%s — %s（テキスト・画像・ロボット制御を 1 つのモデルで）\n"
  "・%s — %s（ベンチマーク 200 タスク超、著者多数）\n"
  "どちらもリンクは張っていないので、気になる人はタイトルで検索してください。" % (
      T("2205.06175"), a2("2205.06175"), T("2206.04615"), a2("2206.04615")))
m("hayashi", 86400 + 2400, "[To:%d]森田 航さん\n了解です。few-shot の古典として %s も 1 行だけ触れてもらえますか？"
  "（Brown ほか、2020）\nいつもの「論文タイトルは省略せずフルで書く」ルールでお願いします🙏" % (PEOPLE["morita"][0], T("2005.14165")))
m("morita", 86400 + 2700, "[To:%d]林 千尋さん\n(y) 追記しました。" % PEOPLE["hayashi"][0], upd=120)
m("sato", 86400 + 9000, "評価スクリプトの雛形です（lm-evaluation-harness を使う想定、論文ではなくツール）。\n"
  "[code]\nlm_eval --model hf \\\n    --model_args pretrained=/models/llm-7b-inst \\\n    --tasks gsm8k,hendrycks_math \\\n"
  "    --batch_size 8 --output_path runs/0306/\n[/code]\nGPU は gpu03 の 2 枚を 17 時まで確保しています。")
m("kuno", 86400 + 10800, "[info][title][dtext:file_uploaded][/title][download:1587802266]rinko_0306_kuno_eval.pdf (1.94 MB)[/download][/info]")
m("bot", 2 * 86400 - 1800, "[toall]\n[info][title]リマインド：本日 16:30〜 輪講[/title]Zoom: https://zoom.example.jp/j/86120045512\n"
  "議事録係：佐藤さん[/info]")
m("sato", 2 * 86400 + 9600, "[info][title]議事録 3/6[/title]"
  "・ツール利用：自己教師ありで API 呼び出しを挿入 → 損失が下がる呼び出しだけ残す、という作り\n"
  "・Minecraft エージェント：スキルライブラリ（コード）を貯めていく設計。コストの議論あり\n"
  "・LLM による自動評価：位置バイアス・冗長さバイアスの話、人手評価との一致率\n"
  "・次回（3/13）：林さん担当、マルチモーダルエージェント\n"
  "・宿題：各自 1 本、次回候補をこのルームに貼る（タイトル・著者・リンク）[/info]")
m("hayashi", 2 * 86400 + 10200, "議事録ありがとうございます！録画は研究室の NAS（/share/rinko/2024/0306）に置きました。")

text = json.dumps(msgs, ensure_ascii=False, separators=(",", ":"))
write_only(F717, text, keys(F717), forms=[json.dumps(msgs, ensure_ascii=False, indent=1)])
