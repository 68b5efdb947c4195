#!/usr/bin/env python3
"""785: a 新浪博客 (Sina Blog, blog7 templates) article page as saved from blog.sina.com.cn/s/blog_<key>.html: XHTML
1.0 Transitional doctype, `<title>标题_博主_新浪博客</title>`, keywords / description metas, simg.sinajs.cn
stylesheets, the `var scope = {…}` config ($uid, $key, $pageid), `div.articalTitle` with `h2#t_<key>.titName.SG_txta`
and `span.time.SG_txtc` "(YYYY-MM-DD HH:MM:SS)", the 转载▼ button, `div.articalTag` with `var $tag` and tag search
links whose `q=` is percent-encoded GBK, the 分类 link, `div#sina_keyword_ad_area2.articalContent.newfont_family`,
阅读 / 评论 / 收藏 counters, the comment list (`li.SG_j_linedot1`, `SG_revert_Time`), 前一篇 / 后一篇. Agents, scientific
machine learning, graphs and federated learning."""
import html, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, FOLD

F = by_num(785)
KEY, UID, WHO = "4a2b3c3c0102yk7d", "1243678012", "林小舟"
TITLE = "论文速递：从Minecraft智能体到蛋白质结构（读书会第23期）"
STAMP = "2024-03-05 18:00:12"
TAGS = ["智能体", "图神经网络", "科学计算", "联邦学习"]
e = lambda s: html.escape(s, quote=False)
A = lambda k: f'<a href="https://arxiv.org/abs/{k}" target="_blank">https://arxiv.org/abs/{k}</a>'
P = lambda s: f"<p>{s}</p>"


def paper(n, k, body, link=None):
    out = [P(f"<b>{n}. {e(T(k))}</b>"), P(f"作者：{e(au(k, 3))}")]
    if link: out.append(P("论文：" + link))
    out.append(P(body))
    return "\n".join(out)


content = "\n".join([
    P("各位好，这是读书会第23期的书单整理。本期8篇，分三组：通用智能体、图与科学计算、以及两篇容易被忽略的好文章。有链接的直接贴了，没有链接的请按题目搜索。"),
    P("<b>【一】通用智能体</b>"),
    paper(1, "2305.16291", "用大模型在Minecraft里持续探索、写代码攒技能库，不需要梯度更新。代码仓库在GitHub上（那是软件，不是论文）。", A("2305.16291")),
    paper(2, "2205.06175", "同一套权重玩Atari、给图片写描述、控制机械臂。重点看第4节的数据配比。", A("2205.06175")),
    P("<b>【二】图神经网络与科学计算</b>"),
    paper(3, "2106.05234", "把中心性编码、空间编码加进Transformer。本篇暂不贴链接，PDF在读书会QQ群文件里。"),
    paper(4, "2010.03409", "在网格上用图网络学习布料、流体仿真，支持自适应重网格化。", A("2010.03409")),
    paper(5, "2010.08895", "在傅里叶空间参数化积分核，一次训练可在不同分辨率上推理。编号 arXiv:2010.08895，正文不放链接，作者希望引用会议版。"
          "配套数据可以用PDEBench数据集（数据集，不是论文）。"),
    paper(6, FOLD, "发表于Nature（2021），没有arXiv版本。可以配合AlphaFold蛋白质结构数据库（数据库）一起看。"),
    P("<b>【三】两篇“冷门好文”</b>"),
    paper(7, "2010.00554", "把PCA写成多人博弈，纳什均衡就是主成分。链接见读书会共享文件夹。"),
    paper(8, "2111.04263", "联邦学习里每轮动态修正本地目标，缓解客户端漂移。工程实现推荐Flower框架（开源软件）。", A("2111.04263")),
    P("——"),
    P("线下沙龙：3月16日（周六）14:00，理科楼B204，“科学计算中的深度学习”，免费。往期录像在B站（视频，不是论文）。"),
    P("转载请注明出处。"),
])
tag_links = "".join(f'<a target="_blank" href="http://search.sina.com.cn/?c=blog&amp;q={quote(t.encode("gbk"))}&amp;by=tag">{t}</a>&nbsp;' for t in TAGS)
COMMENTS = [("不吃香菜的小王", "2024-03-05 20:11:09", "FNO那篇能不能单独讲一期代码？"),
            (WHO, "2024-03-05 21:02:45", "可以，下期安排。"),
            ("数值分析爱好者", "2024-03-06 09:17:30", "MeshGraphNets的数据集在哪下载？官方仓库里的链接好像失效了。")]
comm = "\n".join(f'<li class="SG_j_linedot1"><p class="SG_revert_Cont"><span class="SG_revert_Tit"><a href="javascript:;">{e(n)}</a></span>{e(t)}</p>'
                 f'<p class="myReFrom"><span class="SG_revert_Time SG_txtc">{d}</span></p></li>' for n, d, t in COMMENTS)
text = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(TITLE)}_{WHO}_新浪博客</title>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<meta name="keywords" content="{e(TITLE)}_{WHO}_新浪博客,{WHO},{','.join(TAGS)}" />
<meta name="description" content="{e(TITLE)}_{WHO}_新浪博客,{WHO}," />
<link href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css" type="text/css" rel="stylesheet" />
<link href="http://simg.sinajs.cn/blog7style/css/common/common.css" type="text/css" rel="stylesheet" />
<link id="themeLink" href="http://simg.sinajs.cn/blog7style/css/module/tmpl/4/t.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">
var $encoding = 'utf8';
var scope = {{
    $newTray : 1,
    $setDomain : true,
    $uid : "{UID}",
    $PRODUCT_NAME : "blog7",
    $pageid : "article",
    $key : "{KEY}",
    $isCommentAllow : "1",
    $private: {{"cms":0,"hidecms":0,"blogsize":0,"ad":0,"sms":0,"adver":0,"tj":0}},
    component_lists: {{"1":{{"size":210,"list":[901,910,903]}},"2":{{"size":730,"list":[]}}}}
}};
</script>
</head>
<body>
<div class="sinatopbar"><div class="sinatopbar_inner"><a href="http://blog.sina.com.cn/" target="_blank">新浪博客</a> | <a href="http://login.sina.com.cn/" target="_blank">登录</a> | <a href="http://login.sina.com.cn/signup/" target="_blank">注册</a></div></div>
<div id="sinablogb">
<div class="sinablogbody">
<div id="column_1" class="SG_colW21 SG_colFirst">
<div class="SG_conn" id="module_901"><div class="SG_connHead"><span class="title">个人资料</span></div>
<div class="SG_connBody"><div class="info"><div class="info_img"><img src="http://portrait6.sinaimg.cn/{UID}/blog/180" alt="{WHO}" /></div>
<div class="info_nm"><strong id="ownernick">{WHO}</strong></div></div></div></div>
<div class="SG_conn" id="module_910"><div class="SG_connHead"><span class="title">博文分类</span></div>
<div class="SG_connBody"><ul class="list_009"><li><a href="http://blog.sina.com.cn/s/articlelist_{UID}_3_1.html">读书会</a>(23)</li><li><a href="http://blog.sina.com.cn/s/articlelist_{UID}_5_1.html">课程笔记</a>(41)</li><li><a href="http://blog.sina.com.cn/s/articlelist_{UID}_7_1.html">随笔</a>(12)</li></ul></div></div>
</div>
<div id="column_2" class="SG_colW73">
<div class="SG_conn" id="module_920">
<div class="artical" id="articlebody">
<div class="articalTitle">
<h2 id="t_{KEY}" class="titName SG_txta">{e(TITLE)}</h2>
<span class="img2"></span>
<span class="time SG_txtc">({STAMP})</span>
<div class="turnBoxzz"><a href="javascript:;" class="SG_aBtn SG_aBtn_ico SG_turn" action-type="reblog"><cite><img class="SG_icon SG_icon111" src="http://simg.sinajs.cn/blog7style/images/common/sg_trans.gif" width="15" height="15" align="absmiddle" />转载<em class="arrow">▼</em></cite></a></div>
</div>
<div class="articalTag" id="sina_keyword_ad_area">
<table>
<tr>
<td class="blog_tag">
<script>var $tag='{','.join(TAGS)}';var $tag_code='8f2e1c6b3a0d7e94';var $r_quote_bligid='{KEY}';var $worldcup='0';var $worldcupball='0';</script>
<h3>标签：</h3>{tag_links}
</td>
<td class="blog_class">
<h3>分类：</h3><a target="_blank" href="http://blog.sina.com.cn/s/articlelist_{UID}_3_1.html">读书会</a>
</td>
</tr>
</table>
</div>
<div id="sina_keyword_ad_area2" class="articalContent   newfont_family">
{content}
</div>
<div class="shareUp"><div class="share SG_txtb"><span>分享：</span></div></div>
<div class="articalInfo"><div class="IL"><span id="r_{KEY}" class="SG_txtb">阅读(218)</span><em class="SG_txtb">┊</em><a href="#commonComment">评论</a> <span id="c_{KEY}" class="SG_txtb">({len(COMMENTS)})</span><em class="SG_txtb">┊</em><a href="javascript:;" id="f_{KEY}">收藏</a><span id="f_{KEY}_num" class="SG_txtb">(5)</span></div></div>
<div class="articalfrontback SG_j_linedot1 clearfix" id="new_nextprev_{KEY}">
<div><span class="SG_txtb">前一篇：</span><a href="http://blog.sina.com.cn/s/blog_4a2b3c3c0102yk6z.html">读书会第22期：长上下文专题</a></div>
<div><span class="SG_txtb">后一篇：</span><a href="http://blog.sina.com.cn/s/blog_4a2b3c3c0102yk8a.html">课程笔记：变分推断复习</a></div>
</div>
</div>
<div class="allComm"><a name="commonComment"></a>
<div class="allCommTit"><div class="SG_floatL"><strong>评论</strong></div></div>
<ul id="article_comment_list" class="articleComm">
{comm}
</ul>
</div>
</div>
</div>
</div>
</div>
<div class="footer"><div class="footerCont">新浪BLOG意见反馈留言板　欢迎批评指正<br />Copyright &copy; 1996 - 2024 SINA Corporation, All Rights Reserved</div></div>
</body>
</html>
"""
write_only(F, text, keys(F), forms=[html.unescape(text)])
