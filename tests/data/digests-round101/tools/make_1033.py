#!/usr/bin/env python3
"""1033: a day's worth of one WeCom (企业微信) group chat from a Chinese company's LLM-infrastructure team, as the
company's message-archive job (会话内容存档: GetChatData + the RSA/AES decryption of the Finance SDK) writes it: one
decrypted message per line, exactly the SDK's plaintext — compact JSON, UTF-8 raw, keys in the SDK's order (msgid,
action, from, tolist, roomid, msgtime in ms, msgtype, then the type's object) — for text, link cards (title,
description, link_url, image_url), a file, an image and a revoke (action `recall`, `pre_msgid`). The group plans its
reading circle on distributed training and mixture-of-experts. The DeepSpeed tutorial and a Zhihu article are not
papers; "GShard", "ZeRO", "Megatron", "MoE", "FLASH", "Switch" are nicknames."""
import base64, hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1033)
K = dict(gshard="2006.16668", zero="1910.02054", switch="2101.03961", moe="1701.06538", megatron="1909.08053",
         lite="2004.11886", flash="2202.10447", survey="2103.14636")
CST = timezone(timedelta(hours=8))
ROOM = "wrOgQhDgAAk3Jm5vY8T2pXcLq9RzBnEw"
MEMBERS = ["lichen", "zhangwei", "wangyue", "chenhao", "liuyang"]
LOGO = "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"
clock = [datetime(2024, 3, 7, 10, 12, 5, 318000, tzinfo=CST)]
lines, ids = [], []


def msg(who, gap_s, msgtype, body, action="send"):
    clock[0] += timedelta(seconds=gap_s, milliseconds=(len(lines) * 137) % 900)
    ms = int(clock[0].timestamp() * 1000)
    n = 10**18 + int(hashlib.sha256(f"{len(lines)}{who}".encode()).hexdigest()[:16], 16) % (9 * 10**18)
    mid = f"{n}_{ms // 1000}"
    d = {"msgid": mid, "action": action, "from": who, "tolist": [m for m in MEMBERS if m != who], "roomid": ROOM,
         "msgtime": ms, "msgtype": msgtype, msgtype: body}
    lines.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
    ids.append(mid)
    return mid


def sdkfileid(seed):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest() + hashlib.sha256(seed.encode()).digest()[:12]).decode()


def text(who, gap, s):
    return msg(who, gap, "text", {"content": s})


def card(who, gap, title, desc, url, img=LOGO):
    return msg(who, gap, "link", {"title": title, "description": desc, "link_url": url, "image_url": img})


text("lichen", 0, "下周读书会主题定了：大模型分布式训练 + MoE。必读的几篇我先发群里，大家认领一下，每人讲一篇，20 分钟以内。")
card("lichen", 41, T(K["gshard"]),
     "Neural network scaling has been critical for improving the model quality in many real-world machine learning applications with vast amounts of training data and compute.",
     "https://arxiv.org/abs/2006.16668")
text("wangyue", 95, "GShard 我来认领，正好之前看过 XLA 的 SPMD 分片。")
card("zhangwei", 203, T(K["zero"]),
     "Large deep learning models offer significant accuracy gains, but training billions to trillions of parameters is challenging.",
     "https://arxiv.org/abs/1910.02054")
text("chenhao", 58, "ZeRO 建议和 DeepSpeed 的教程一起看：https://www.deepspeed.ai/tutorials/zero/ （这是文档，不是论文）")
text("zhangwei", 312, "Megatron 那篇我来讲：《" + T(K["megatron"]) + "》，arXiv:1909.08053。重点讲张量并行的切分方式，"
     "顺便对照一下我们现在 TP=8、PP=4 的配置。")
card("wangyue", 1520, T(K["switch"]),
     "In deep learning, models typically reuse the same parameters for all inputs.",
     "https://arxiv.org/abs/2101.03961v3")
text("lichen", 66, "MoE 的起点还是 Shazeer 那篇《" + T(K["moe"]) + "》，OpenReview 上审稿意见也值得看："
     "https://openreview.net/forum?id=B1ckMDqlg")
msg("lichen", 12, "file", {"md5sum": hashlib.md5(b"moe-shazeer-2017-annotated").hexdigest(),
                            "filename": "MoE_Shazeer2017_批注版.pdf", "fileext": "pdf", "filesize": 2718934,
                            "sdkfileid": sdkfileid("moe-pdf")})
wrong = text("chenhao", 2710, "今晚还要加班吗？")
msg("chenhao", 23, "revoke", {"pre_msgid": wrong}, action="recall")
text("chenhao", 44, "发错群了😅 说正事：效率方向的几篇我列在这里，有兴趣的自己挑：\n"
     "1.《" + T(K["lite"]) + "》（移动端，长短距离两个分支）\n"
     "2.《" + T(K["flash"]) + "》（FLASH，门控注意力单元 + 分块线性注意力）\n"
     "3.《" + T(K["survey"]) + "》（综述，适合入门）")
card("liuyang", 860, "一文读懂 MoE 的负载均衡损失", "从 GShard 的辅助损失到 Switch 的简化版，附代码。",
     "https://zhuanlan.zhihu.com/p/682153907", "https://pic1.zhimg.com/v2-5a1c0e9d2b7f4a3c8e6d0b1f2a9c7e4d_720w.jpg")
msg("wangyue", 95, "image", {"md5sum": hashlib.md5(b"gshard-fig3").hexdigest(), "filesize": 183402,
                             "sdkfileid": sdkfileid("gshard-fig3")})
text("wangyue", 7, "GShard 图 3 的分片示意，讲的时候用这张。")
text("lichen", 1830, "时间：3 月 14 日（周四）19:30，7 楼北侧会议室，腾讯会议号稍后发。Switch 还没人认领，@刘洋 要不要试试？")
text("liuyang", 240, "好，Switch 我来。")
text = "\n".join(lines) + "\n"
write_only(F, text, keys(F))
