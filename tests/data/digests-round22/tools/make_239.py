#!/usr/bin/env python3
"""Builds digests/239_weibo_mobile_api_getindex_json_chinese_paper_digest_account.json: the answer of m.weibo.cn's
`api/container/getIndex?type=uid&value=…&containerid=107603…` (the mobile site's timeline of one account), saved with
curl, for an (invented) Weibo account that posts one paper a day in the familiar "【中文标题】《English title》authors
[institution] (year) 网页链接 #话题#" style, this week on diffusion models plus some computer-vision papers.

Layout, as the API answers: one line of JSON in the PHP json_encode style (compact separators, every non-ASCII
character as \\uXXXX, "/" escaped as "\\/"), no final newline; {"ok":1,"data":{"cardlistInfo":{…},"cards":[…],
"scheme":…}}; cards of card_type 9 with itemid "<containerid>_-_<mid>", a scheme to the status page and an mblog
(visible, created_at "Thu Mar 07 21:03:18 +0800 2024", id = mid, text as the mobile HTML (<br />, hashtag links to
m.weibo.cn/search with a percent-encoded query, URLs wrapped as https://weibo.cn/sinaurl?u=<percent-encoded URL>
with a t.cn data-url and the "网页链接" url-icon), textLength, source, user, counts, isLongText with the text cut and
"...<a href=\\"/status/<mid>\\">全文</a>" appended, pic_ids/pic_num/pics, region_name, bid); newest first; a repost
carries the original as retweeted_status (another user) and the reposter's "//@…:" comment.

Evidence: the DDPM and LDM arXiv URLs, the Zero-1-to-3 and motion-transfer arXiv URLs (in the repost and a two-paper
post), DDIM's OpenReview forum, all inside sinaurl wrappers (link, found after percent-decoding); ADM's and COTR's
"arXiv:…" in the text (arxiv-text); 3D Gaussian Splatting (with its project page), Consistency Models (in a long post
cut after the title), classifier-free guidance, the nonequilibrium-thermodynamics paper, score SDE, GANs, MedSelect
(title-only). Non-papers: the Inria project page, the COTR repository, a Bilibili talk. Cut after "...": the
beginner list's remaining items are not in the file and are not labelled. The account, its reposted account, ids,
counts and times are invented."""
import json, os, random, sys
from datetime import datetime
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "239_weibo_mobile_api_getindex_json_chinese_paper_digest_account.json")
R = random.Random(239)
UID, NAME = 7731052846, "论文速递喵"
CID = f"107603{UID}"
WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def created(dt):
    return f"{WEEK[dt.weekday()]} {MON[dt.month - 1]} {dt.day:02d} {dt:%H:%M:%S} +0800 {dt.year}"


def tcn():
    return "http://t.cn/A6" + "".join(R.choice(B62) for _ in range(6))


def link(url):
    """a URL as the mobile text shows it: sinaurl wrapper, t.cn data-url, url-icon, 网页链接"""
    return (f'<a data-url="{tcn()}" href="https://weibo.cn/sinaurl?u={quote(url, safe="")}" data-hide=""><span class=\'url-icon\'>'
            "<img style='width: 1rem;height: 1rem' src='https://h5.sinaimg.cn/upload/2015/09/25/3/timeline_card_small_web_default.png'>"
            '</span><span class="surl-text">网页链接</span></a>')


def tag(t):
    q = quote(f"#{t}#", safe="")
    return (f'<a  href="https://m.weibo.cn/search?containerid=231522type%3D1%26t%3D10%26q%3D{q}&extparam={q}'
            f'&luicode=10000011&lfid={CID}" data-hide=""><span class="surl-text">#{t}#</span></a>')


def at(name):
    return f"<a href='/n/{name}'>@{name}</a>"


def user(uid, name, desc, followers, statuses):
    pic = f"https://tvax{R.randint(1, 4)}.sinaimg.cn/crop.0.0.512.512.180/{R.getrandbits(40):010x}ly8hm{R.getrandbits(20):05x}j20e80e8q3a.jpg"
    return {"id": uid, "screen_name": name, "profile_image_url": pic + "?KID=imgbed,tva&Expires=1709836999&ssig=" + "".join(R.choice(B62) for _ in range(10)),
            "profile_url": f"https://m.weibo.cn/u/{uid}?uid={uid}&luicode=10000011&lfid={CID}",
            "statuses_count": statuses, "verified": True, "verified_type": 0, "verified_type_ext": 1,
            "verified_reason": "科技博主", "close_blue_v": False, "description": desc, "gender": "m", "mbtype": 12,
            "svip": 0, "urank": 28, "mbrank": 4, "follow_me": False, "following": False, "follow_count": 317,
            "followers_count": followers, "followers_count_str": followers,
            "cover_image_phone": "https://tva1.sinaimg.cn/crop.0.0.640.640.640/549d0121tw1egm1kjly3jj20hs0hsq4f.jpg",
            "avatar_hd": pic.replace("crop.0.0.512.512.180", "crop.0.0.512.512.1024"), "like": False, "like_me": False}


def bid():
    return "O" + "".join(R.choice(B62) for _ in range(8))


def pics(n):
    out, ids = [], []
    for _ in range(n):
        pid = f"008{R.getrandbits(36):09x}ly1hne{R.getrandbits(16):04x}j31hc0u0{R.choice('abcdef')}{R.randint(1, 9)}"
        ids.append(pid)
        out.append({"pid": pid, "url": f"https://wx{R.randint(1, 4)}.sinaimg.cn/orj360/{pid}.jpg", "size": "orj360",
                    "geo": {"width": 360, "height": 203, "croped": False},
                    "large": {"size": "large", "url": f"https://wx{R.randint(1, 4)}.sinaimg.cn/large/{pid}.jpg",
                              "geo": {"width": "1920", "height": "1080", "croped": False}}})
    return ids, out


def mblog(mid, dt, text, u, *, long=False, npics=0, counts=(0, 0, 0), retweeted=None, length=None):
    b = bid()
    ids, pl = pics(npics)
    if long:
        text = text + f'...<a href="/status/{mid}">全文</a>'
    m = {"visible": {"type": 0, "list_id": 0}, "created_at": created(dt), "id": str(mid), "mid": str(mid),
         "can_edit": False, "show_additional_indication": 0, "text": text,
         "textLength": length or len(text.encode("gbk", "replace")) // 3, "source": "微博网页版", "favorited": False,
         "pic_ids": ids, "is_paid": False, "mblog_vip_type": 0, "user": u, "reposts_count": counts[0],
         "comments_count": counts[1], "reprint_cmt_count": 0, "attitudes_count": counts[2],
         "pending_approval_count": 0, "isLongText": long, "show_mlevel": 0, "darwin_tags": [], "ad_marked": False,
         "mblogtype": 0, "item_category": "status", "rid": f"{R.randint(0, 9)}_0_0_{R.getrandbits(60)}_0_0_0",
         "number_display_strategy": {"apply_scenario_flag": 3, "display_text_min_number": 1000000,
                                     "display_text": "100万+"},
         "content_auth": 0, "is_show_mixed": False, "comment_manage_info": {"comment_permission_type": -1,
                                                                             "approval_comment_type": 0,
                                                                             "comment_sort_type": 0},
         "pic_num": npics, "mlevel": 0, "region_name": "发布于 上海", "mblog_menu_new_style": 0,
         "edit_config": {"edited": False}}
    if retweeted:
        m["retweeted_status"] = retweeted
    if pl:
        m["pics"] = pl
    m["bid"] = b
    return m


ME = None


def card(m):
    return {"card_type": 9, "itemid": f"{CID}_-_{m['id']}",
            "scheme": f"https://m.weibo.cn/status/{m['bid']}?mblogid={m['bid']}&luicode=10000011&lfid={CID}",
            "mblog": m, "show_type": 0}


def build():
    me = user(UID, NAME, "每天一篇机器学习论文 | 不定期整理经典 | 投稿请私信", "8.6万", 3871)
    other = user(6519327740, "AI科技前线", "关注人工智能前沿研究与产业动态", "23.4万", 15230)
    cards, mid = [], 5008417719553121
    posts = [
        (datetime(2024, 3, 7, 21, 3, 18),
         "【3D高斯泼溅：实时辐射场渲染】《3D Gaussian Splatting for Real-Time Radiance Field Rendering》B Kerbl, "
         "G Kopanas, T Leimkühler, G Drettakis [Inria &amp; Université Côte d'Azur] (2023) <br />SIGGRAPH 2023 最佳论文之一。"
         "用各向异性3D高斯表示场景，可微光栅化，1080p 下实时（≥30fps）新视角合成，质量追平 Mip-NeRF360。<br />项目页："
         + link("https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/") + " " + tag("三维视觉") + tag("论文"),
         dict(npics=2, counts=(41, 12, 233))),
        (datetime(2024, 3, 7, 12, 40, 2), "repost", None),
        (datetime(2024, 3, 7, 8, 15, 44),
         "【一致性模型：一步生成高质量图像】《Consistency Models》Y Song, P Dhariwal, M Chen, I Sutskever [OpenAI] (2023) <br />"
         "要点：<br />1. 学习把概率流ODE轨迹上任意一点直接映射回起点，支持一步采样；<br />2. 既可以从预训练扩散模型蒸馏（CD），"
         "也可以独立训练（CT）；<br />3. 多步采样时可在质量与速度之间权衡，还支持零样本图像编辑，如修复、上色和超分辨率；<br />"
         "4. CIFAR-10 一步 FID 3.55",
         dict(long=True, counts=(18, 5, 96), length=312)),
        (datetime(2024, 3, 6, 20, 30, 9),
         "【潜空间扩散模型】《High-Resolution Image Synthesis with Latent Diffusion Models》R Rombach, A Blattmann, "
         "D Lorenz, P Esser, B Ommer [LMU Munich &amp; Runway ML] (CVPR 2022) " + link("https://arxiv.org/pdf/2112.10752")
         + " <br />Stable Diffusion 背后的论文：先用自编码器压缩到潜空间，再在潜空间里做扩散，交叉注意力引入文本等条件。"
         + tag("扩散模型") + tag("论文"),
         dict(npics=1, counts=(67, 19, 402))),
        (datetime(2024, 3, 6, 9, 2, 51),
         "【扩散模型入门必读（按时间顺序）】<br />1.《Deep Unsupervised Learning using Nonequilibrium Thermodynamics》"
         "J Sohl-Dickstein, E A. Weiss, N Maheswaranathan, S Ganguli (ICML 2015) 开山之作，前向加噪+反向去噪的框架在这里就有了。<br />"
         "2.《Denoising Diffusion Probabilistic Models》J Ho, A Jain, P Abbeel [UC Berkeley] (NeurIPS 2020) "
         + link("https://arxiv.org/abs/2006.11239") + " 把目标简化成预测噪声，效果第一次追上GAN。<br />"
         "3.《Denoising Diffusion Implicit Models》J Song, C Meng, S Ermon [Stanford] (ICLR 2021) "
         + link("https://openreview.net/forum?id=St1giarCHLP") + " 非马尔可夫采样，50步就能出图。<br />4. 分数匹配与",
         dict(long=True, counts=(154, 37, 891), length=598)),
        (datetime(2024, 3, 5, 21, 45, 30),
         "【无分类器引导】《Classifier-Free Diffusion Guidance》J Ho, T Salimans [Google Research] (2022) <br />"
         "训练时以一定概率丢弃条件，采样时把有条件和无条件的预测做线性外推——今天几乎所有文生图模型都在用。"
         "论文只有十几页，推荐精读。" + tag("扩散模型"),
         dict(counts=(29, 8, 187))),
        (datetime(2024, 3, 5, 12, 10, 7),
         "【扩散模型击败GAN】《Diffusion Models Beat GANs on Image Synthesis》P Dhariwal, A Nichol [OpenAI] (NeurIPS 2021) "
         "arXiv:2105.05233 <br />改进的U-Net结构（ADM）+ 分类器引导，ImageNet 256×256 上 FID 4.59。代码：guided-diffusion。"
         + tag("扩散模型") + tag("论文"),
         dict(counts=(33, 6, 215))),
        (datetime(2024, 3, 5, 8, 30, 0),
         "【生成模型十年】2014年的《Generative Adversarial Networks》(I J. Goodfellow et al.) 开启了对抗训练时代；"
         "2021年的《Score-Based Generative Modeling through Stochastic Differential Equations》(Y Song, J Sohl-Dickstein, "
         "D P. Kingma, A Kumar, S Ermon, B Poole，ICLR 2021 杰出论文) 用SDE统一了分数匹配与扩散模型。"
         "推荐配合B站上的讲解视频一起看：" + link("https://www.bilibili.com/video/BV1Gw411n7Fy/") + " " + tag("生成模型"),
         dict(npics=1, counts=(88, 24, 530))),
        (datetime(2024, 3, 4, 20, 5, 41),
         "【COTR：用Transformer做跨图像对应】《COTR: Correspondence Transformer for Matching Across Images》W Jiang, "
         "E Trulls, J Hosang, A Tagliasacchi, K M Yi [UVic &amp; Google Research] (ICCV 2021) arXiv:2103.14167 <br />"
         "给定一张图上的查询点，直接回归另一张图上的对应点，可递归放大，稠密和稀疏匹配都能做。代码："
         + link("https://github.com/ubc-vision/COTR") + " " + tag("计算机视觉"),
         dict(counts=(12, 3, 74))),
        (datetime(2024, 3, 4, 9, 1, 13),
         "【今日CV论文两篇】<br />1.《Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling》"
         "Z Huang, X Han, J Xu, T Zhang [HKUST &amp; Huya] (CVPR 2021) " + link("https://arxiv.org/abs/2103.14338")
         + "<br />2.《MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep "
         "Reinforcement Learning》A Smit, D Vrabac, Y He, A Y. Ng, A L. Beam, P Rajpurkar [Stanford] (2021) 用元学习+强化学习"
         "挑选最值得标注的胸片。" + tag("计算机视觉") + tag("论文"),
         dict(npics=2, counts=(9, 2, 58))),
    ]
    for dt, text, kw in posts:
        mid -= R.randint(3_000_000_000, 60_000_000_000)
        if text == "repost":
            omid = mid - 9_731_552_019
            orig = mblog(omid, datetime(2024, 3, 7, 10, 58, 37),
                         "【Zero-1-to-3：单张图像零样本生成3D物体】《Zero-1-to-3: Zero-shot One Image to 3D Object》R Liu, R Wu, "
                         "B Van Hoorick, P Tokmakov, S Zakharov, C Vondrick [Columbia University &amp; Toyota Research Institute] "
                         "(ICCV 2023) " + link("https://arxiv.org/abs/2303.11328") + " <br />微调 Stable Diffusion 学习相机视角变化，"
                         "单张图就能生成新视角并重建3D。" + tag("三维视觉"),
                         other, npics=3, counts=(356, 48, 1720))
            m = mblog(mid, dt, "单图到3D的经典工作，今晚再发一篇3D高斯泼溅，可以一起看//" + at("AI科技前线") + ":周四论文推荐",
                      me, counts=(7, 1, 35), retweeted=orig)
        else:
            m = mblog(mid, dt, text, me, **kw)
        cards.append(card(m))
    d = {"ok": 1, "data": {"cardlistInfo": {"containerid": CID, "v_p": 42, "show_style": 1, "total": 3871,
                                            "since_id": int(cards[-1]["mblog"]["id"]) - 1},
                           "cards": cards,
                           "scheme": f"sinaweibo://cardlist?containerid={CID}&type=uid&value={UID}&extparam=&luicode=10000011&lfid={CID}"}}
    return json.dumps(d, separators=(",", ":")).replace("/", "\\/"), d


if __name__ == "__main__":
    s, d = build()
    check_no_distractor(json.dumps(d, ensure_ascii=False), "239")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
