#!/usr/bin/env python3
"""623: a Discuz! X3.4 thread page (forum.php?mod=viewthread, default template) saved from the browser: GBK bytes
(characters GBK lacks stored as &#NNN; as Discuz! stores them), CRLF line ends as the template files have them,
meta generator / author / copyright, the inline JS config (charset = 'gbk'), #toptb / #hd / #nv / #pt breadcrumb,
page navigation, #postlist with the thread head (查看 / 回复), one div#post_<pid> + table#pid<pid> per post with
td.pls user card, em#authorposton<pid>, floor labels (楼主 / 沙发 / 板凳 / 地板 / n#), td.t_f#postmessage_<pid>,
"本帖最后由 … 编辑" status, div.quote blockquotes, div.blockcode, signatures, reply / report bar, #ft footer with
"Powered by Discuz! X3.4". A Chinese reading-group thread on LLM agents, long context and safety."""
import os, sys
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, crlf, write_charset_ncr
from make_expected import F623, keys, LSTM

TID, FID = 48213, 37
SITE = "https://bbs.zhiyan.example/"
SUBJ = "智能体与长上下文：第三期论文清单（附链接）"


def a(url, label=None):
    return f'<a href="{escape(url)}" target="_blank">{escape(label or url)}</a>'


posts = [
 (512340, 1024, "松间听雨", "版主", 58, 1024, 3785, "2024-3-9 21:36:12", "2024-3-10 09:12",
  f"""<font size="4"><strong>第三期读书会：LLM 智能体、长上下文与安全</strong></font><br />
<br />
各位好，第三期（3 月 16 日、23 日两次）的清单整理如下。每篇都写了完整题目，方便大家在知网/谷歌学术里搜。带 <font color="Red">★</font> 的是主讲论文，其余是背景阅读。<br />
<br />
<strong>一、智能体：推理 + 行动</strong><br />
<font color="Red">★</font> {T('2210.03629')}<br />
{au('2210.03629')}，ICLR 2023<br />
OpenReview：{a('https://openreview.net/forum?id=WE_vluYUL-X')}<br />
（审稿意见很值得看，尤其是关于 HotpotQA 上幻觉的讨论）<br />
<br />
<font color="Red">★</font> {T('2307.15818')}<br />
{au('2307.15818')}，2023<br />
{a('https://arxiv.org/abs/2307.15818')}<br />
<br />
<strong>二、长上下文</strong><br />
<font color="Red">★</font> {T('2306.15595')}<br />
{au('2306.15595')}<br />
{a('https://arxiv.org/abs/2306.15595')}<br />
<br />
<font color="Red">★</font> {T('2307.03172')}<br />
{au('2307.03172')}，TACL 2024<br />
PDF：{a('https://arxiv.org/pdf/2307.03172.pdf')}<br />
<br />
<strong>三、背景阅读（不讲，自己看）</strong><br />
1. {T('1409.0473')}（{au('1409.0473')}，ICLR 2015）——注意力机制的起点<br />
2. {T(LSTM)}（{au(LSTM)}，Neural Computation 1997）——没有 arXiv 版本，PDF 放在群文件里了<br />
<br />
<div class="blockcode"><blockquote>时间：3 月 16 日、23 日 周六 14:00-16:30<br />
地点：图书馆 4 楼研讨间 B（线上同步：腾讯会议，会议号见群公告）<br />
主讲报名：本帖回复即可，先到先得</blockquote></div><br />
非论文资料（<font color="Blue">不要</font>当成论文引用）：LangChain 官方文档里的 Agents 章节；B 站上的论文精读视频；Hugging Face 的 Open LLM Leaderboard。""",
  "智研社区读书会 · 每两周一期 · 欢迎投稿"),
 (512366, 3310, "阿尔法猫", "中级会员", 7, 214, 486, "2024-3-9 22:04:51", None,
  f"""<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=512340&amp;ptid={TID}" target="_blank"><font color="#999999">松间听雨 发表于 2024-3-9 21:36</font></a></font><br />
主讲报名：本帖回复即可，先到先得</blockquote></div><br />
报名讲 ReAct 那篇！<br />
<br />
另外想问一下，RT-2 那篇涉及强化学习的部分比较少，有没有比较扎实的 RL 实验方法论文可以补？我之前看过一篇很系统的消融研究：<br />
{T('2006.05990')}<br />
{au('2006.05990')}，ICLR 2021。<br />
把 PPO 的各种实现细节拆开做了大规模实验，很适合当背景。""",
  None),
 (512371, 1024, "松间听雨", "版主", 58, 1024, 3785, "2024-3-9 22:11:30", None,
  """<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=512366&amp;ptid=48213" target="_blank"><font color="#999999">阿尔法猫 发表于 2024-3-9 22:04</font></a></font><br />
报名讲 ReAct 那篇！</blockquote></div><br />
好的，ReAct 归你了。你说的那篇 RL 消融研究我加到背景阅读第 3 条，不单独讲。""",
  "智研社区读书会 · 每两周一期 · 欢迎投稿"),
 (512402, 5127, "夜航船", "新手上路", 2, 19, 37, "2024-3-10 08:47:09", None,
  f"""既然主题里有“安全”，建议加一篇越狱攻击的：<br />
<br />
{T('2307.15043')}<br />
{au('2307.15043')}，arXiv:2307.15043<br />
<br />
（我们组的网络老是打不开 arXiv，所以只贴了编号，大家自己搜一下。）这篇的后缀优化攻击能迁移到闭源模型，和智能体结合起来风险更大。""",
  None),
 (512417, 2088, "长河落日", "高级会员", 23, 873, 2140, "2024-3-10 10:22:40", None,
  """顶一下。补充一个非论文的资料：Lilian Weng 的博客文章《LLM Powered Autonomous Agents》，梳理得很清楚，适合讲之前快速过一遍（是博客，不是论文）。<br />
<br />
位置插值那篇建议配合 Hugging Face transformers 里 rope_scaling 的代码一起看，改两行就能复现。""",
  "代码写得好，bug 少不了"),
]

FLOORS = ["楼主", "沙发", "板凳", "地板"]


def post_html(i, p):
    pid, uid, name, group, threads, replies, credits, when, edited, body, sign = p
    floor = f"<strong>{FLOORS[i]}</strong>" if i < 4 else f"<em>{i + 1}</em><sup>#</sup>"
    status = f'<i class="pstatus"> 本帖最后由 {name} 于 {edited} 编辑 </i><br />\n<br />\n' if edited else ""
    signhtml = f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{sign}</div>\n' if sign else ""
    return f"""<div id="post_{pid}" ><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi">
<div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{name}</a>
</div>
</div>
<div>
<div class="avatar" onmouseover="showauthor(this, 'userinfo{pid}')"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="{SITE}uc_server/avatar.php?uid={uid}&amp;size=middle" /></a></div>
</div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{threads}</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">{replies}</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile" class="xi2">{credits}</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=10" target="_blank">{group}</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<strong>
<a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={TID}&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">
{floor}</a>
</strong>
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {when}</em>
<span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid={TID}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a>
</div>
</div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{status}{body}</td></tr></table>
</div>
<div id="comment_{pid}" class="cm">
</div>
<div id="post_rate_div_{pid}"></div>
</div>
</div>
</td></tr>
<tr><td class="plc plm">
{signhtml}</td>
</tr>
<tr id="_postposition{pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={FID}&amp;tid={TID}&amp;repquote={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a>
</em>
<p>
<a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&amp;rtype=post&amp;rid={pid}&amp;tid={TID}&amp;fid={FID}', 'get', -1);return false;">举报</a>
</p>
</div>
</div>
</td>
</tr>
</table>
</div>
"""


page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>【读书会】{SUBJ} - 论文研读 -  智研社区 -  Powered by Discuz!</title>
<link href="{SITE}thread-{TID}-1-1.html" rel="canonical" />
<meta name="keywords" content="【读书会】{SUBJ}" />
<meta name="description" content="第三期读书会：LLM 智能体、长上下文与安全 各位好，第三期（3 月 16 日、23 日两次）的清单整理如下。 ,智研社区" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2020 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{SITE}" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Qx9" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Qx9" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Qx9', charset = 'gbk', discuz_uid = '0', cookiepre = 'Zk7b_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuemhpeWFuLmV4YW1wbGUvdGhyZWFkLTQ4MjEzLTEtMS5odG1s', SITEURL = '{SITE}', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Qx9" type="text/javascript"></script>
<link rel="archives" title="智研社区" href="{SITE}archiver/" />
<script src="data/cache/forum.js?Qx9" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('{SITE}');">设为首页</a><a href="{SITE}"  onclick="addFavorite(this.href, '智研社区');return false;">收藏本站</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="智研社区"><img src="static/image/common/logo.png" alt="智研社区" border="0" /></a></h2><script src="static/js/logging.js?Qx9" type="text/javascript"></script>
<div class="fastlg cl">
<div class="y pns"><a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)">登录</a> <span class="pipe">|</span> <a href="member.php?mod=register" class="xi2 xw1">立即注册</a></div>
</div>
</div>
<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu({FID});}})">快捷导航</a>
<ul><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li id="mn_group" ><a href="group.php" hidefocus="true" title="Group"  >小组<span>Group</span></a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >空间<span>Space</span></a></li></ul>
</div>
</div>
</div>

<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">智研社区</a><em>&raquo;</em><a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">学术交流</a> <em>&rsaquo;</em> <a href="forum-{FID}-1.html">论文研读</a> <em>&rsaquo;</em> <a href="thread-{TID}-1-1.html">【读书会】{SUBJ}</a>
</div>
</div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">
<div class="pgt"></div>
<span class="y pgb"><a href="forum-{FID}-1.html">返回列表</a></span>
<a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid={FID}')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a>
</div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn">
<div class="hm ptn">
<span class="xg1">查看:</span> <span class="xi1">3821</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(posts) - 1}</span>
</div>
</td>
<td class="plc ptm pbn vwthd">
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&amp;fid={FID}&amp;filter=typeid&amp;typeid=12">[读书会]</a>
<span id="thread_subject">{SUBJ}</span>
</h1>
<span class="xg1">
<a href="thread-{TID}-1-1.html" onclick="return copyThreadUrl(this, '智研社区')" >[复制链接]</a>
</span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls">
</td>
<td class="plc">
</td>
</tr>
</table>""" + "".join(post_html(i, p) for i, p in enumerate(posts)) + f"""<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>

<div class="pgs mtm mbm cl">
<span class="pgb y"><a href="forum-{FID}-1.html">返回列表</a></span>
</div>

<div id="f_pst" class="pl bm bmw">
<div class="pbt cl">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div>
</div>
</div>
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="{SITE}" target="_blank">智研社区</a></strong>
</p>
<p class="xs0">
GMT+8, 2024-3-14 10:05<span id="debuginfo">
, Processed in 0.061210 second(s), 22 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p>
<p class="xs0">&copy; 2001-2020 <a href="https://www.comsenz.com" target="_blank">Comsenz Inc.</a></p>
</div>
</div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () {{ showTopLink(); }});checkBlind();</script>
</body>
</html>
"""
write_charset_ncr(F623, crlf(page), "gbk", keys(F623))
