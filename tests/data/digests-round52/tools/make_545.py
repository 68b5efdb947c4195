#!/usr/bin/env python3
"""545: the answer of a Misskey server's POST /api/users/notes (userId, limit 20, withReplies) saved through jq: a
JSON array of packed notes, newest first: id (aid: 8 base-36 characters of milliseconds since 2000-01-01 and 2
random ones), createdAt, userId, user (name with :emoji:, username, host, avatarUrl, avatarBlurhash, emojis,
onlineStatus, badgeRoles), text in MFM (**bold**, $[x2 …], ?[label](url) silent links, <small>, <center>,
#hashtags, @mentions), cw, visibility, localOnly, reactionAcceptance, counts, reactions, reactionEmojis, fileIds /
files, replyId with the packed `reply` (a remote user's note), renoteId with the packed `renote`, tags, mentions, uri
/ url for remote notes. A Japanese researcher's thread (ツリー) on PEFT and AutoML papers, plus everyday notes.
Papers: arXiv abs URLs (link, one behind an MFM silent link whose label is the title), an OpenReview forum URL
(link), "arXiv:2101.01761" (arxiv-text), titles in 『』 / 「」 with a venue, a CVF link or nothing (title-only). Not
papers: the PEFT library, a Zenn scrap, the 勉強会 connpass page, a YouTube talk, ramen."""
import json, os, sys, hashlib
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F545, keys

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n, width):
    s = ""
    while n: n, r = divmod(n, 36); s = B36[r] + s
    return s.rjust(width, "0")


def aid(created, seed):
    t = datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    ms = int(t.timestamp() * 1000) - 946684800000
    return b36(ms, 8) + b36(int(hashlib.md5(seed.encode()).hexdigest(), 16) % 1296, 2)


HOST = "misskey.kenkyu.example"
ME = {"id": "9fq2x0ab3k", "name": "こばやし :nerd_face:", "username": "kobayashi_ml", "host": None,
      "avatarUrl": f"https://{HOST}/proxy/avatar.webp?url=https%3A%2F%2Ffiles.{HOST}%2Fnull%2F5c1e0a7b.png&avatar=1",
      "avatarBlurhash": "eEF5?xYk^6#M@-5c,1J5@[or[Q6.{maku;}9F}", "avatarDecorations": [], "isBot": False, "isCat": False,
      "emojis": {}, "onlineStatus": "active", "badgeRoles": []}
OTHER = {"id": "9g71m2cd0p", "name": "ゆき🐈", "username": "yuki_nlp", "host": "mstdn-like.example.jp",
         "avatarUrl": f"https://{HOST}/proxy/avatar.webp?url=https%3A%2F%2Fmstdn-like.example.jp%2Favatars%2F41.png&avatar=1",
         "avatarBlurhash": "e9H2vc~q00-;M{%MIUIUayof00ay%Mj[%M", "avatarDecorations": [], "isBot": False, "isCat": True,
         "emojis": {}, "onlineStatus": "unknown", "badgeRoles": [],
         "instance": {"name": "mstdn-like", "softwareName": "misskey", "softwareVersion": "2024.3.1",
                      "iconUrl": "https://mstdn-like.example.jp/favicon.ico", "faviconUrl": "https://mstdn-like.example.jp/favicon.ico",
                      "themeColor": "#86b300"}}


def note(created, text, user=ME, reply=None, renote=None, reactions=None, tags=None, renotes=0, replies=0, cw=None,
         mentions=None, remote=False):
    i = aid(created, text or created)
    d = {"id": i, "createdAt": created, "userId": user["id"], "user": user, "text": text, "cw": cw,
         "visibility": "public", "localOnly": False, "reactionAcceptance": "likeOnlyForRemote" if user is ME else None,
         "renoteCount": renotes, "repliesCount": replies,
         "reactionCount": sum((reactions or {}).values()), "reactions": reactions or {},
         "reactionEmojis": {}, "fileIds": [], "files": [], "replyId": reply["id"] if reply else None,
         "renoteId": renote["id"] if renote else None, "clippedCount": 0}
    if tags: d["tags"] = tags
    if mentions: d["mentions"] = mentions
    if remote:
        d["uri"] = f"https://{user['host']}/notes/{i}"
        d["url"] = f"https://{user['host']}/notes/{i}"
    # Misskey packs the replied-to / renoted note one level deep (its own reply / renote are not packed again)
    if reply: d["reply"] = {k: v for k, v in reply.items() if k not in ("reply", "renote")}
    if renote: d["renote"] = {k: v for k, v in renote.items() if k not in ("reply", "renote")}
    return d


r0 = note("2024-03-19T11:02:47.215Z",
          f"今週読んだ PEFT と AutoML まわりの論文をツリーにまとめます🧵 #論文紹介\n\n$[x2 📚]\nまずは定番から。\n"
          f"?[{T('2303.10512')}](https://arxiv.org/abs/2303.10512)\nLoRA のランクを層ごとに SVD っぽく配分し直す話。"
          f"予算を途中で刈り込むスケジュールが肝。", reactions={"👍": 7, "🙏": 2, ":igyo@.:": 3}, tags=["論文紹介"], renotes=4, replies=1)
r1 = note("2024-03-19T11:05:12.630Z",
          f"続き。もっと軽い方向だと『{T('2106.10199')}』（ACL 2022）。バイアス項だけ学習するやつ。\n"
          f"<small>小さいデータなら LoRA と大差ない、という主張はうちのタスクでも大体再現した</small>",
          reply=r0, reactions={"👍": 4}, replies=1)
r2 = note("2024-03-19T11:09:40.004Z",
          f"で、これらを一つの枠組みで見るなら **{T('2110.04366')}**（ICLR 2022）\n"
          f"https://openreview.net/forum?id={OR('2110.04366')}\nadapter / prefix tuning / LoRA を「どこに・どう足すか」で統一的に整理してて、表1が便利。",
          reply=r1, reactions={"👍": 6, "💯": 2}, renotes=2, replies=1)
r3 = note("2024-03-19T11:14:58.371Z",
          f"AutoML 側。Google の {T('2101.01761')}（arXiv:2101.01761）はドロップアウトのパターン自体を強化学習で探索する。"
          f"探索空間の書き方は PyGlove と同じチームっぽい雰囲気。", reply=r2, reactions={"👀": 3}, replies=1)
r4 = note("2024-03-19T11:18:21.902Z",
          f"その PyGlove 本体は「{T('2101.08809')}」（NeurIPS 2020）。探索空間をシンボリックなプログラムとして書き換える発想が面白い。"
          f"ツリー一旦ここまで、続きは夜に。", reply=r3, reactions={"👍": 2})
r5 = note("2024-03-19T21:47:33.518Z",
          f"夜の部。PEFT とはちょっと違うけど「凍結した LM にビジョンをつなぐ」系の原点として\n"
          f"「{T('2106.13884')}」\nhttps://arxiv.org/abs/2106.13884\nLM は完全に凍結、画像エンコーダだけ学習。BLIP 系の前史として読むと良い。",
          reply=r4, reactions={"👍": 5, "🙏": 1}, replies=1)
other = note("2024-03-19T22:03:10.447Z",
             "@kobayashi_ml ツリーありがとうございます！ 画像側の backbone は何を使ってるんですか？ ViT そのまま？",
             user=OTHER, remote=True, mentions=[ME["id"]], reactions={"❤": 1})
r6 = note("2024-03-19T22:11:56.090Z",
          f"@yuki_nlp@mstdn-like.example.jp うちの実験は {T('2103.14030')} を使ってます（ICCV 2021）\n"
          f"https://openaccess.thecvf.com/content/ICCV2021/html/Liu_Swin_Transformer_Hierarchical_Vision_Transformer_Using_Shifted_Windows_ICCV_2021_paper.html\n"
          f"<small>ViT より検出タスクへの転用が楽なので</small>", reply=other, mentions=[OTHER["id"]], reactions={"👍": 2})
r7 = note("2024-03-20T09:30:05.771Z",
          f"ツリーの補足：エンティティリンキングの勉強会で紹介された『{T('2010.00904')}』も、"
          f"生成モデルに「名前を直接出させる」という意味で PEFT と組み合わせると面白そう。ICLR 2021。\n"
          f"来週の勉強会（connpass に告知あり）で話すかも。", reply=r6, reactions={"👀": 2})
misc1 = note("2024-03-20T12:41:18.302Z", "$[x2 🍜] 研究室の近くに新しいラーメン屋できてた。煮干し系。",
             reactions={"🍜": 9, ":oishii@.:": 2})
misc2 = note("2024-03-20T15:20:44.980Z",
             "Hugging Face の PEFT ライブラリ、v0.10 で LoRA の初期化オプション増えてて地味に助かる（ライブラリの話）",
             reactions={"👍": 3})
rn = note("2024-03-20T18:02:09.114Z", None,
          renote=note("2024-03-20T17:55:31.660Z",
                      "<center>$[x2 **第12回 パラメータ効率化勉強会**]</center>\n3/28(木) 19:00〜 オンライン\n"
                      "発表募集中です！ 詳細は connpass で #peft勉強会", user=OTHER, remote=True,
                      tags=["peft勉強会"], reactions={"🎉": 6}, renotes=5))
misc3 = note("2024-03-21T08:15:27.433Z",
             "昨日の YouTube の Zenn 紹介回、PEFT の手法比較スライドが分かりやすかった。Zenn のスクラップにもメモした。",
             cw="研究ではない話（長い）", reactions={"👍": 1})
notes = [misc3, rn, misc2, misc1, r7, r6, r5, r4, r3, r2, r1, r0]
text = json.dumps(notes, indent=2, ensure_ascii=False) + "\n"
write_only(F545, text, keys(F545))
