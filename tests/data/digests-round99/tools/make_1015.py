#!/usr/bin/env python3
"""1015: what Revolt's API answered to `GET /channels/{id}/messages?limit=50&sort=Latest&include_users=true` for the
「論文読み会」 channel of a Japanese study server on efficient Transformers (saved by a member's archiving script):
compact serde_json (UTF-8 raw, no final newline) with `messages` (newest first), `users` and `members`. Messages
carry ULID `_id` / `nonce`, channel, author, Markdown content (Japanese), and where present `edited`, `embeds`
(Website embeds with the page's og: title and site name, arXiv's logo image, a YouTube `special`), `mentions`
(`<@id>` in the content), `replies` and `reactions`. Embed descriptions are left out (see README). The
flash-attention repository, a Zenn article and a YouTube talk are not papers; "RFA", "FAVOR+", "PI" and "FA2" are
nicknames."""
import hashlib, json, os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1015)
K = dict(bigbird="2007.14062", fa2="2307.08691", rfa="2103.02143", performer="2009.14794", retnet="2307.08621",
         synth="2005.00743", feedback="2002.09402", pi="2306.15595")
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(ts, seed):
    ms = int(datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)
    t = "".join(CROCK[(ms >> (5 * (9 - i))) & 31] for i in range(10))
    r = int(hashlib.sha256(seed.encode()).hexdigest()[:20], 16)
    return t + "".join(CROCK[(r >> (5 * (15 - i))) & 31] for i in range(16))


SERVER = ulid("2023-06-02T11:20:41.117Z", "server")
CHANNEL = ulid("2023-06-02T11:22:05.901Z", "channel")
U = {k: ulid(t, k) for k, t in [("haruka", "2023-05-30T08:14:02.551Z"), ("kenta", "2023-06-02T11:19:58.204Z"),
                                 ("yui", "2023-07-15T13:40:11.072Z"), ("sota", "2023-09-01T02:05:39.886Z")]}
USERS = [("kenta", "kenta_ml", "3172", "健太"), ("haruka", "haruka.s", "0518", "はるか"),
         ("yui", "yui_attn", "8840", "ゆい"), ("sota", "sota", "2291", "蒼太")]
IMG = {"url": "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png", "width": 1200, "height": 700, "size": "Large"}
msgs = []


def web(url, title, site, image=None, special=None):
    e = {"type": "Website", "url": url, "original_url": url, "special": special or {"type": "None"}, "title": title}
    if image: e["image"] = image
    e["site_name"] = site
    return e


def msg(ts, who, content, embeds=None, edited=None, mentions=None, replies=None, reactions=None):
    m = {"_id": ulid(ts, content), "nonce": ulid(ts, "nonce" + content), "channel": CHANNEL, "author": U[who], "content": content}
    if edited: m["edited"] = edited
    if embeds: m["embeds"] = embeds
    if mentions: m["mentions"] = [U[x] for x in mentions]
    if replies: m["replies"] = replies
    if reactions: m["reactions"] = {k: [U[x] for x in v] for k, v in reactions.items()}
    msgs.append(m)
    return m["_id"]


m1 = msg("2024-03-04T11:02:17.331Z", "kenta",
         "今週から「線形アテンション」編です。最初は " + T(K["performer"]) + "（FAVOR+）。\n"
         "査読のやり取りも面白いので OpenReview のほうを貼ります → https://openreview.net/forum?id=Ua6zuk0WRH",
         embeds=[web("https://openreview.net/forum?id=Ua6zuk0WRH", T(K["performer"]), "OpenReview")],
         reactions={"👍": ["haruka", "yui"]})
m2 = msg("2024-03-04T11:09:48.902Z", "haruka",
         "ランダム特徴つながりで " + T(K["rfa"]) + " も同じ回に入れませんか？ ゲート付きの再帰版があって RNN との関係が分かりやすいです\n"
         "https://openreview.net/forum?id=QtTKTdVrFBB",
         embeds=[web("https://openreview.net/forum?id=QtTKTdVrFBB", T(K["rfa"]), "OpenReview")], replies=[m1])
msg("2024-03-04T11:15:02.117Z", "kenta", "いいですね、2本立てにしましょう。<@" + U["haruka"] + "> RFA の担当お願いできますか",
    mentions=["haruka"], replies=[m2])
m4 = msg("2024-03-06T13:31:40.054Z", "yui",
         "疎なアテンション枠で Big Bird を紹介します。ランダム＋窓＋グローバルの組み合わせと、チューリング完全性の証明まで。\n"
         "https://arxiv.org/abs/2007.14062",
         embeds=[web("https://arxiv.org/abs/2007.14062", T(K["bigbird"]), "arXiv.org", IMG)],
         edited="2024-03-06T13:33:12.480Z")
msg("2024-03-06T22:47:09.612Z", "sota",
    "日本語の解説記事（論文ではないです）: https://zenn.dev/attn_reading/articles/bigbird-sparse-attention-kaisetsu",
    embeds=[web("https://zenn.dev/attn_reading/articles/bigbird-sparse-attention-kaisetsu", "Big Bird の疎なアテンションを図で理解する", "Zenn")],
    replies=[m4])
m6 = msg("2024-03-08T09:20:33.765Z", "haruka",
         "実装面も一回やりたいです。" + T(K["fa2"]) + "\nhttps://arxiv.org/abs/2307.08691\n"
         "コードはこちら（リポジトリ）: https://github.com/Dao-AILab/flash-attention",
         embeds=[web("https://arxiv.org/abs/2307.08691", T(K["fa2"]), "arXiv.org", IMG),
                 web("https://github.com/Dao-AILab/flash-attention", "GitHub - Dao-AILab/flash-attention: Fast and memory-efficient exact attention", "GitHub")],
         reactions={"🔥": ["kenta", "sota"], "👀": ["yui"]})
msg("2024-03-08T09:41:55.208Z", "sota",
    "FA2 の著者トーク（動画）も分かりやすかったです https://www.youtube.com/watch?v=IoMSGuiwV3g",
    embeds=[web("https://www.youtube.com/watch?v=IoMSGuiwV3g", "FlashAttention-2 talk", "YouTube",
                special={"type": "YouTube", "id": "IoMSGuiwV3g"})], replies=[m6])
msg("2024-03-10T12:05:26.331Z", "yui",
    "再帰系の比較として " + T(K["retnet"]) + "（arXiv:2307.08621）も候補に。並列・再帰・チャンク単位の3つの計算モードがあるやつです",
    reactions={"👍": ["kenta"]})
msg("2024-03-11T10:58:02.940Z", "kenta",
    "4月以降の候補をまとめました（リンクは各自で）:\n"
    "1. " + T(K["synth"]) + " — そもそも内積アテンションは必要か\n"
    "2. " + T(K["feedback"]) + " — 上位層の表現を下位層に戻すメモリ\n"
    "3. " + T(K["pi"]) + " — RoPE の位置を縮めて文脈長を伸ばす、いわゆる PI\n"
    "投票は 👍 で！",
    reactions={"👍": ["haruka", "yui", "sota"]})
msgs.sort(key=lambda m: m["_id"], reverse=True)
users = []
for k, name, disc, disp in USERS:
    users.append({"_id": U[k], "username": name, "discriminator": disc, "display_name": disp,
                  "avatar": {"_id": hashlib.sha1(k.encode()).hexdigest()[:40], "tag": "avatars",
                             "filename": f"{name}.png", "metadata": {"type": "Image", "width": 256, "height": 256},
                             "content_type": "image/png", "size": 48213 + len(name) * 911},
                  "relationship": "None", "online": k in ("kenta", "yui")})
members = [{"_id": {"server": SERVER, "user": U[k]}, "joined_at": j} for k, j in
           [("kenta", "2023-06-02T11:20:41.117Z"), ("haruka", "2023-06-02T12:03:17.448Z"),
            ("yui", "2023-07-15T13:52:06.319Z"), ("sota", "2023-09-01T02:11:44.870Z")]]
members[1]["nickname"] = "はるか（RFA担当）"
text = json.dumps({"messages": msgs, "users": users, "members": members}, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
