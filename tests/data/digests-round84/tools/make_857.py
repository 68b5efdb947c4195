#!/usr/bin/env python3
"""857: a WeChat Official Account (公众号) article saved from the browser ("Save Page As…", HTML only) —
mp.weixin.qq.com's article page: `<head>` with og: meta tags (og:url carrying __biz / mid / idx / sn), the
`rich_media` frame (`#activity-name` title, `#meta_content` with author, account nickname and `#publish_time`,
`#js_ip_wording`), the body in `#js_content` as the 135editor (135编辑器) writes it — `<section class="_135editor"
data-tools="135编辑器" data-id="…">` blocks, inline `style` on every `<p>` / `<span>`, lazy images `<img class="rich_pages
wxw-img" data-src="https://mmbiz.qpic.cn/…?wx_fmt=png" data-ratio data-w data-type>` — and the page scripts' `var ct`,
`msg_title`, `msg_desc`, `nickname`, `biz` / `mid` / `idx` / `sn`, `msg_source_url` (阅读原文), then the page chrome
("预览时标签不可点", "微信扫一扫关注该公众号", "继续滑动看下一个", "轻触阅读原文", …). WeChat articles cannot hold
outbound links, so every paper URL is plain text (one split over two `<span>`s by the editor, as pasted URLs often
are); the only `<a href>` in the body point to other WeChat articles (往期推荐). A Chinese diffusion-models reading
list of eight papers; a blog post, the diffusers library, a course and earlier articles are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_only
from make_expected import by_num, keys

F = by_num(857)
ids = {"sd3": "2403.03206", "cfg": "2207.12598", "beat": "2105.05233", "ddim": "2010.02502", "ncsn": "1907.05600",
       "lsgm": "2106.05931", "neq": "1503.03585", "dalle2": "2204.06125"}

BIZ, MID, IDX, SN = "MzkxNTY0ODk1Mg==", "2247484211", "1", "7d3c2b81f06a4e95c1d8a0b7e4f36a29"
CHKSM = "c15e2a4ff629a359b0e1d6c2a8f47e93c5b1d06f2e8a7c9b3d4f5e6a7b8c9d0e1f2a3b4c"
CT = 1710721800  # 2024-03-18 08:30 +08:00
TITLE = "扩散模型必读8篇：从非平衡热力学到SD3（附论文链接）"
DESC = "从2015年的非平衡热力学到上个月的SD3，八篇扩散模型论文按时间线串起来读。"
OGURL = f"http://mp.weixin.qq.com/s?__biz={BIZ}&amp;mid={MID}&amp;idx={IDX}&amp;sn={SN}&amp;chksm={CHKSM}#rd"

P = 'style="margin-bottom: 16px;line-height: 1.75em;letter-spacing: 0.5px;"'
S = 'style="font-size: 15px;color: rgb(62, 62, 62);"'
SB = 'style="font-size: 15px;color: rgb(62, 62, 62);font-weight: bold;"'
SL = 'style="font-size: 14px;color: rgb(136, 136, 136);"'
SLINK = 'style="font-size: 14px;color: rgb(0, 122, 170);word-break: break-all;"'


def img(key, ratio, w=1080, kind="png"):
    return (f'<p style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="{ratio}" data-s="300,640" '
            f'data-src="https://mmbiz.qpic.cn/mmbiz_{kind}/{key}/640?wx_fmt={kind}&amp;from=appmsg" data-type="{kind}" '
            f'data-w="{w}" style="width: 100%;height: auto !important;" '
            f'src="https://mmbiz.qpic.cn/mmbiz_{kind}/{key}/640?wx_fmt={kind}&amp;from=appmsg&amp;tp=webp&amp;wxfrom=5&amp;wx_lazy=1&amp;wx_co=1"></p>')


def head135(num, text, did):
    return (f'<section class="_135editor" data-tools="135编辑器" data-id="{did}"><section style="margin: 24px 0px 12px;'
            f'display: flex;align-items: center;"><section style="font-size: 26px;color: rgb(255, 104, 39);font-weight: bold;'
            f'line-height: 1;">{num}</section><section style="margin-left: 8px;border-bottom: 2px solid rgb(255, 104, 39);'
            f'padding-bottom: 4px;"><p style="font-size: 17px;font-weight: bold;color: rgb(51, 51, 51);">{text}</p>'
            f'</section></section></section>')


def p(*spans):
    return f'<p {P}>' + "".join(spans) + "</p>"


def s(t):
    return f"<span {S}>{t}</span>"


def b(t):
    return f"<span {SB}>{t}</span>"


def lite(t):
    return f"<span {SL}>{t}</span>"


def ln(t):
    return f"<span {SLINK}>{t}</span>"


def card(label, title, extra):
    """the 135editor 'paper card' block (data-id 127452): 论文 / 作者 / 链接 lines on a light background"""
    return (f'<section class="_135editor" data-tools="135编辑器" data-id="127452"><section style="margin: 10px 0px 20px;'
            f'padding: 12px 14px;background-color: rgb(247, 247, 247);border-left: 4px solid rgb(255, 104, 39);">'
            f'<p style="line-height: 1.75em;">{lite("论文：")}<span {SB}>{title}</span></p>'
            + "".join(f'<p style="line-height: 1.75em;">{lite(k)}{v}</p>' for k, v in extra)
            + "</section></section>")


body = [
 '<section class="_135editor" data-tools="135编辑器" data-id="94361"><section style="margin: 10px 0px;padding: 14px 16px;'
 'background-color: rgb(255, 245, 238);border-radius: 8px;"><p style="line-height: 1.75em;"><span style="font-size: 14px;'
 'color: rgb(255, 104, 39);">导读</span></p><p style="line-height: 1.75em;letter-spacing: 0.5px;"><span '
 'style="font-size: 14px;color: rgb(89, 89, 89);">上个月组里新来的两位同学问我：扩散模型的论文那么多，到底从哪篇读起？'
 '干脆整理成这篇推送。八篇论文按时间线排，每篇写了我自己的一句话理解和读的时候要盯住的公式。全文约4000字，建议收藏后慢慢看。'
 '</span></p></section></section>',
 p(s("先说明两点：一是微信里链接点不了，需要的同学长按复制到浏览器；二是 DDPM 那篇大家都太熟了，这次没单列，"
     "默认你已经读过（没读过的话先去看 Lilian Weng 的博客 What are Diffusion Models?，比原文好懂）。")),
 img("Vq3bXc2Ykd7tTnAqOeB9ZLh1kFgsmW4uRrP8jJ0yHxMNa5iQDc6oU2vE", "0.5625"),
 head135("01", "起点：非平衡热力学", "85214"),
 card("论文：", "[[T:neq]]", [("作者：", s("[[AU:neq:2]]")), ("出处：", s("ICML 2015"))]),
 p(s("一切的开端。前向过程一步步往数据里加噪，把结构“扩散”掉；再学一个反向过程把结构找回来。"
     "当年没什么人关注，五年后 DDPM 把它重新带火。读的时候重点看第2节的前向/反向轨迹和似然下界。"
     "这篇就不放链接了，标题直接搜就能找到。")),
 head135("02", "分数匹配路线", "85214"),
 card("论文：", "[[T:ncsn]]", [("作者：", s("[[AU:ncsn]]")), ("编号：", s("arXiv:1907.05600（NeurIPS 2019）"))]),
 p(s("也就是常说的 NCSN。不直接建模密度，而是学数据分布的梯度（score），再用退火 Langevin 动力学采样。"
     "和 DDPM 放在一起读，你会发现两条路线殊途同归，后来宋飏用 SDE 把它们统一了。")),
 head135("03", "更快的采样：DDIM", "85214"),
 card("论文：", "[[T:ddim]]", [("作者：", s("[[AU:ddim]]")),
                              ("链接：", ln("https://openreview.net/forum?id=[[ID:St1giarCHLP]]"))]),
 p(s("训练目标和 DDPM 完全一样，但把前向过程推广成非马尔可夫的，采样时可以跳步，50步就能出不错的图。"
     "Stable Diffusion 里默认的 DDIM 采样器就来自这里。ICLR 2021 的 OpenReview 页面评审意见也值得一看。")),
 img("Lk9PzWq2Rb4cXn7hTfG0aYs3JvE8uMdO1iC6lQpN5oKjHgFeDcBa2Zy", "0.4213"),
 head135("04", "分类器引导", "85214"),
 card("论文：", "[[T:beat]]", [("作者：", s("[[AU:beat]]")),
                              ("链接：", ln("https://arxiv.org/abs/") + f'<span {SLINK}>2105.05233</span>')]),
 p(s("OpenAI 这篇把 U-Net 结构调了一大圈（更多注意力头、BigGAN 式的残差块、AdaGN），再加上分类器梯度引导，"
     "ImageNet 上 FID 第一次超过 BigGAN。标题很嚣张，但实验确实扎实。")),
 head135("05", "潜空间里做扩散", "85214"),
 card("论文：", "[[T:lsgm]]", [("作者：", s("[[AU:lsgm]]")), ("出处：", s("NeurIPS 2021"))]),
 p(s("NVIDIA 的 LSGM：在 VAE 的潜空间里训练 score 模型，端到端联合优化。比 Stable Diffusion 背后的 LDM 还早半年，"
     "思路相近但训练更复杂。这篇我是在会议论文集里读的，没有存链接。")),
 head135("06", "无分类器引导", "85214"),
 card("论文：", "[[T:cfg]]", [("作者：", s("[[AU:cfg]]")), ("链接：", ln("https://arxiv.org/abs/2207.12598"))]),
 p(s("现在所有文生图模型都在用的 CFG。同一个网络既学条件也学无条件（训练时随机丢掉条件），采样时两个预测做外推。"
     "正文只有几页，半小时读完，性价比最高的一篇。")),
 p(b("小提示："), s("diffusers 库里的 guidance_scale 参数就是这里的 w，调大了图更“听话”但多样性下降。")),
 head135("07", "DALL·E 2", "85214"),
 card("论文：", "[[T:dalle2]]", [("作者：", s("[[AU:dalle2:3]]")), ("出处：", s("OpenAI 2022"))]),
 p(s("unCLIP：先用 prior 把文本映射到 CLIP 图像嵌入，再用扩散解码器生成图像。"
     "代码和权重都没开源，但第3节关于 prior 的对比实验（自回归 vs 扩散）很有参考价值。")),
 img("Rt5yUi8oPa1sDf3gHj6kLz9xCv2bNm4qWe7rTy0uIoPlKjHgFdSaZx", "0.6667", 960, "jpeg"),
 head135("08", "SD3：整流流 + MMDiT", "85214"),
 card("论文：", "[[T:sd3]]", [("作者：", s("[[AU:sd3:3]]")), ("链接：", ln("https://arxiv.org/pdf/2403.03206"))]),
 p(s("上个月刚放出的 SD3 技术报告。两件事：一是整流流（rectified flow）训练时对时间步做 logit-normal 采样；"
     "二是 MMDiT 结构，文本和图像两套权重、一起做注意力。权重还没放出来，先读论文。")),
 '<section class="_135editor" data-tools="135编辑器" data-id="94361"><section style="margin: 24px 0px 10px;padding: 14px 16px;'
 'background-color: rgb(255, 245, 238);border-radius: 8px;"><p style="line-height: 1.75em;"><span style="font-size: 14px;'
 'color: rgb(255, 104, 39);">写在最后</span></p><p style="line-height: 1.75em;letter-spacing: 0.5px;"><span '
 'style="font-size: 14px;color: rgb(89, 89, 89);">如果只有一个周末：先读 01、03、06，再跑一遍 diffusers 的 '
 'StableDiffusionPipeline。想系统学的可以配合 Hugging Face 的 Diffusion Models Course（免费，有中文字幕版）。'
 '下周组会我们讨论 08，欢迎在留言区提问。</span></p></section></section>',
 p(lite("参考资料")),
 p(lite("[1] Lilian Weng. What are Diffusion Models? 博客文章, 2021.")),
 p(lite("[2] diffusers 官方文档：Schedulers 一节.")),
 '<section class="_135editor" data-tools="135编辑器" data-id="110836"><section style="margin: 20px 0px 10px;">'
 '<p style="line-height: 1.75em;"><span style="font-size: 15px;font-weight: bold;color: rgb(51, 51, 51);">往期推荐</span></p>'
 f'<p style="line-height: 1.75em;"><a target="_blank" href="http://mp.weixin.qq.com/s?__biz={BIZ}&amp;mid=2247484187&amp;idx=1&amp;sn=0b9e6d4f2a7c81e35d90c4b2f6a1e8d7&amp;chksm=c15e2a57f629a341a7d3e90b5c2f6e18d4a9b07c3e5f1d28a6b4c9e0f7d3a1b5c8e2f4d6&amp;scene=21#wechat_redirect" textvalue="组会纪实｜第一次讲论文就被问住了" linktype="text" imgurl="" imgdata="null" data-itemshowtype="0" tab="innerlink" data-linktype="2">组会纪实｜第一次讲论文就被问住了</a></p>'
 f'<p style="line-height: 1.75em;"><a target="_blank" href="http://mp.weixin.qq.com/s?__biz={BIZ}&amp;mid=2247484150&amp;idx=2&amp;sn=5c1f8a3e7d20b94c6e81f3a2d5b07c96&amp;chksm=c15e2a70f629a36608b1f5d3c7e9a2b4d6f0e8c1a3b5d7f9e2c4a6b8d0f1e3a5c7b9d2e4&amp;scene=21#wechat_redirect" textvalue="显卡不够？一张 4090 微调文生图模型的笔记" linktype="text" imgurl="" imgdata="null" data-itemshowtype="0" tab="innerlink" data-linktype="2">显卡不够？一张 4090 微调文生图模型的笔记</a></p>'
 '</section></section>',
 img("Hn3mJk5lPq7rSt9uVw1xYz2aBc4dEf6gHi8jKl0mNo1pQr3sTu5vWx", "1", 430, "gif"),
 p('<span style="font-size: 13px;color: rgb(160, 160, 160);">排版：135编辑器 ｜ 图片来自各论文原文，侵删</span>'),
]
content = "".join(body)

PAGE = """<!DOCTYPE html>
<!-- saved from url=({olen:04d}){oglong} -->
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<link rel="mask-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/MjliNWVm.svg" color="#4C4C4C">
<link rel="apple-touch-icon-precomposed" href="https://res.wx.qq.com/a/wx_fed/assets/res/OTE0YTAw.png">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="description" content="{desc}">
<meta name="author" content="林秋禾">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{ogurl}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qw8eRt4yUi6oPa2sDf0gHj3kLz5xCv7bNm9qWe1rTy3uIoPlKjHgFd/0?wx_fmt=jpeg">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="林秋禾">
<meta property="twitter:card" content="summary">
<meta property="twitter:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qw8eRt4yUi6oPa2sDf0gHj3kLz5xCv7bNm9qWe1rTy3uIoPlKjHgFd/0?wx_fmt=jpeg">
<meta property="twitter:title" content="{title}">
<meta property="twitter:creator" content="像素与噪声">
<meta property="twitter:site" content="微信公众平台">
<meta property="twitter:description" content="{desc}">
<title>{title}</title>
<link rel="stylesheet" href="./{title_file}_files/appmsg.mhu3x9b2a1f8.css">
<style>
.rich_media_content{{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;word-wrap:break-word;text-align:justify;position:relative;z-index:0}}
.rich_media_content *{{max-width:100%!important;box-sizing:border-box!important;word-wrap:break-word!important}}
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}
.rich_media_meta_list{{margin-bottom:22px;line-height:20px;font-size:15px;word-wrap:break-word;word-break:break-all}}
</style>
<script type="text/javascript" nonce="1082947731">
    window.logs = {{ pagetime: {{ page_begin: Date.now() }} }};
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg  appmsg_skin_default appmsg_style_default  not_in_mm" ontouchstart="">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{title}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">
林秋禾
</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
像素与噪声
</a>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-18 08:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta_area rich_media_meta_text"><span id="js_ip_wording">北京</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">{content}</div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="reward_area tc reward_area_primary" id="js_preview_reward_author" style="display: none;">
<div class="reward-avatar"><img src="./{title_file}_files/0" alt=""></div>
<div class="reward-author">像素与噪声</div>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
<div class="read-more__area" id="js_read_more_area" style="display: none;"><a class="weui-wa-hotarea" href="javascript:void(0);" id="js_view_source">阅读原文</a></div>
</div>
<div class="rich_media_tool_area" id="js_toobar3"></div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: none;">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="./{title_file}_files/mp_qrcode.png">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
</div>
</div>
<div class="wx_stream_article_slide_tip" style="display: none;">继续滑动看下一个</div>
<div class="weui-dialog__wrp" id="js_alert_panel" style="display: none;">
<div class="weui-dialog">
<div class="weui-dialog__bd">轻触阅读原文</div>
<div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary" id="js_alert_confirm">知道了</a></div>
</div>
</div>
<div id="js_minipro_dialog" style="display: none;">
<div class="weui-dialog__hd">微信扫一扫<br>使用小程序</div>
<div class="weui-dialog__ft"><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_default">取消</a><a href="javascript:void(0);" class="weui-dialog__btn weui-dialog__btn_primary">允许</a></div>
</div>
<div class="wx_profile_dialog_primary" style="display: none;">视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏 听过</div>
<script type="text/javascript" nonce="1082947731">
    var biz = "{biz}" || "";
    var mid = "{mid}" || "" || "";
    var idx = "{idx}" || "" || "";
    var sn = "{sn}" || "" || "";
    var ct = "{ct}";
    var user_name = "gh_3f2a9c0d1e7b";
    var nickname = htmlDecode("像素与噪声");
    var round_head_img = "http://mmbiz.qpic.cn/mmbiz_png/Zx9cVb8nM7aS6dF5gH4jK3lQ2wE1rT0yU9iO8pA7sD6fG5hJ4kL3z/0?wx_fmt=png";
    var msg_title = '{title}'.html(false);
    var msg_desc = htmlDecode("{desc}");
    var msg_cdn_url = "https://mmbiz.qpic.cn/mmbiz_jpg/Qw8eRt4yUi6oPa2sDf0gHj3kLz5xCv7bNm9qWe1rTy3uIoPlKjHgFd/0?wx_fmt=jpeg";
    var msg_link = "{msglink}";
    var msg_source_url = 'https://github.com/huggingface/diffusers';
    var copyright_stat = "1";
    var ori_article_type = "科技";
    var hd_head_img = "http://wx.qlogo.cn/mmhead/Q3auHgzwzM5e8hQ1aD2cWb4XnYkEoTJr9yLsfGvP0dI6/0";
    var appmsg_type = "9";
    var show_comment = "1";
</script>
</body></html>
"""

oglong = f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid={MID}&idx={IDX}&sn={SN}&chksm={CHKSM}&scene=178&cur_album_id=3381562094728839169#rd"
text = PAGE.format(oglong=oglong, olen=len(oglong), desc=DESC, title=TITLE, ogurl=OGURL, content=fill(content, ids), biz=BIZ, mid=MID,
                   idx=IDX, sn=SN, ct=CT, title_file=TITLE, msglink=OGURL)
if __name__ == "__main__":
    import html as _h, re as _re
    plain = _h.unescape(_re.sub(r"<[^>]+>", "", text))
    write_only(F, text, keys(F), [plain])
