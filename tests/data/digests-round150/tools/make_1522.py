#!/usr/bin/env python3
"""1522: the answer sheet of a 腾讯问卷 (Tencent Survey, wj.qq.com) form, exported as CSV: a BOM, CR LF between records,
fields quoted only where needed (commas, quotes, line breaks — csv.writer's minimal quoting), the platform's columns
(编号, 开始/结束答题时间, 答题时长 computed from them, IP with the last octet masked, 地理位置, 用户类型, 用户标识, 昵称)
then the five questions of a reading group's sign-up form. Ten answers: eight papers, a blog post (Lilian Weng's),
a course (CS236) with ComfyUI. Not papers: the blog post, the course, ComfyUI, diffusers. Nicknames: DDPM, DDIM,
DALL·E 2, CFG, BLIP-2, Q-Former — labelled where the full titles are written (DDPM is not labelled here)."""
import csv, datetime as dt, hashlib, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1522, keys

HEAD = ["编号", "开始答题时间", "结束答题时间", "答题时长", "IP", "地理位置", "用户类型", "用户标识", "昵称",
        "1.你的姓名", "2.你想分享的论文（请填写完整英文标题）", "3.论文链接或 arXiv 编号（选填）", "4.希望安排在哪一周", "5.备注"]
WEEKS = ["第1周（3月7日）", "第2周（3月14日）", "第3周（3月21日）", "第4周（3月28日）", "都可以"]
A = [
    ("2024-02-26 20:14:03", 131, "111.205.37", "中国 北京 北京", "微信用户", "思琪🌱", "李思琪",
     T("1907.05600"), "https://arxiv.org/abs/1907.05600", WEEKS[0], "score matching 从这篇开始讲比较顺"),
    ("2024-02-26 20:31:47", 95, "111.205.37", "中国 北京 北京", "微信用户", "Zixuan", "王子轩",
     T("1503.03585"), "", WEEKS[0], "ICML 2015，扩散模型的起点，想和上一篇放同一周"),
    ("2024-02-26 21:02:18", 204, "223.104.3", "中国 北京 北京", "QQ用户", "雨萱", "张雨萱",
     T("2010.02502"), "https://openreview.net/forum?id=St1giarCHLP", WEEKS[1], "DDIM，顺便对比一下 DDPM 的采样步数"),
    ("2024-02-27 09:45:51", 77, "59.66.132", "中国 北京 北京", "微信用户", "浩", "陈浩",
     T("2105.05233"), "arXiv:2105.05233", WEEKS[1], ""),
    ("2024-02-27 10:12:09", 158, "59.66.132", "中国 北京 北京", "微信用户", "梦瑶", "刘梦瑶",
     T("2207.12598"), "https://arxiv.org/pdf/2207.12598", WEEKS[2], "CFG，代码用 diffusers 里的 guidance_scale 演示"),
    ("2024-02-27 13:38:40", 112, "101.6.30", "中国 北京 北京", "QQ用户", "yifan_z", "赵一凡",
     T("2204.06125"), "https://arxiv.org/abs/2204.06125", WEEKS[2], "DALL·E 2"),
    ("2024-02-27 22:05:33", 246, "183.172.95", "中国 北京 北京", "微信用户", "嘉怡", "孙嘉怡",
     T("2301.12597"), "", WEEKS[3], "多模态方向，顺便讲 Q-Former；链接我忘了存，会上再发"),
    ("2024-02-28 08:51:16", 63, "120.244.18", "中国 河北 廊坊", "微信用户", "周博文", "周博文",
     T("2103.14625"), "", WEEKS[4], "不算生成模型，是可视化工具（IEEE VIS 2021），可以当加餐"),
    ("2024-02-28 11:24:57", 88, "111.205.37", "中国 北京 北京", "微信用户", "昊天", "吴昊天",
     "What are Diffusion Models?（Lilian Weng 的博客，不是论文）", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", WEEKS[0],
     "适合作为第一周的背景材料，\"不算正式分享\""),
    ("2024-02-28 19:40:02", 139, "36.112.64", "中国 北京 北京", "匿名用户", "", "郑晓彤",
     "Stanford CS236 Deep Generative Models 课程（第 13–14 讲）", "https://deepgenerativemodels.github.io/", WEEKS[4],
     "不是论文，\n可以推荐给新同学；另外我可以做一次 ComfyUI 的 demo"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
for i, (st, secs, ip, geo, ut, nick, name, q2, q3, q4, q5) in enumerate(A, 1):
    s = dt.datetime.strptime(st, "%Y-%m-%d %H:%M:%S")
    e = s + dt.timedelta(seconds=secs)
    uid = "" if ut == "匿名用户" else "o" + hashlib.sha1(name.encode()).hexdigest()[:27]
    w.writerow([i, st, f"{e:%Y-%m-%d %H:%M:%S}", f"{secs // 60}分{secs % 60}秒", ip + ".*", geo, ut, uid, nick, name, q2, q3, q4, q5])
text = "\ufeff" + buf.getvalue()
write_raw(F1522, text.encode("utf-8"), [text], keys(F1522))
