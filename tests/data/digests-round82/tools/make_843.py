#!/usr/bin/env python3
"""843: a Baidu Tieba thread page (PC layout) saved from the browser: bar header, `<h3 class="core_title_txt">`,
floors `<div class="l_post l_post_bright j_l_post clearfix" data-field='{…raw JSON…}'>` (author / content with
post_id, post_no, thread_id), content `<div id="post_content_N" class="d_post_content j_d_post_content "
style="display:;">` with leading spaces and `<br>`, external links rewritten to
`http://tieba.baidu.com/mo/q/checkurl?url=<percent-encoded>&urlrefer=<md5>` (raw `&` in the attribute) with the
plain URL as text, tails `<span class="tail-info">N楼</span><span class="tail-info">yyyy-mm-dd hh:mm</span>`,
"来自Android客户端", an ad floor, pager. Chinese. Sequence-model and classic neural-network papers; a textbook, a
course, a dataset and a repository are not papers."""
import hashlib, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, CTC, LSTM, BACKPROP, LENET

F = by_num(843)
TID, FID = 8912345678, 27351190


def link(u):
    r = hashlib.md5(("tb" + u).encode()).hexdigest()
    return (f'<a href="http://tieba.baidu.com/mo/q/checkurl?url={quote(u, safe="")}&urlrefer={r}" target="_blank" '
            f'class="j-no-opener-url" rel="noopener noreferrer nofollow">{u}</a>')


FLOORS = [
 ("小周不想调参", 6120337410, "2024-03-10 21:14", "",
  f"如题，导师让我从经典论文开始补基础，方向是序列建模和语音。我自己整理了一个书单，求各位大佬看看顺序对不对，还缺什么。<br>"
  f"<br>第一部分：老祖宗<br>1. {T(BACKPROP)}（{au(BACKPROP)}，1986，Nature）<br>"
  f"2. {T(LENET)}（{au(LENET)}，1998）<br>3. {T(LSTM)}（{au(LSTM)}，1997）<br>"
  f"<br>这三篇都不在arXiv上，PDF我是从学校图书馆数据库下的。"),
 ("夜航船上的猫", 1877420961, "2024-03-10 21:40", "Android客户端",
  "顺序没问题。反向传播那篇只有四页，一个晚上就能看完，但是建议配合一本教材看推导。"),
 ("小周不想调参", 6120337410, "2024-03-10 21:52", "",
  f"第二部分：注意力和外部记忆<br>4. {T('1409.0473')}<br>{link('https://arxiv.org/abs/1409.0473')}<br>"
  f"5. {T('1410.5401')}，arXiv:1410.5401，{au('1410.5401')}<br>"
  f"6. {T('2010.06891')}<br>{link('https://openreview.net/forum?id=_adSMszz_g9')}<br>"
  f"<br>第6篇是ICLR投稿，OpenReview上有审稿意见，审稿意见比论文本身还好看（"),
 ("广告", 0, "", "", None),
 ("梯度消失了吗", 2290173552, "2024-03-11 09:03", "iPhone客户端",
  "做语音的话一定要加上对齐那篇，不然后面端到端的东西都看不懂。"),
 ("小周不想调参", 6120337410, "2024-03-11 09:30", "",
  f"感谢提醒！第三部分：语音<br>7. {T(CTC)}（ICML 2006，{au(CTC, 2)}）<br>"
  f"8. {T('2106.07447')}<br>{link('https://arxiv.org/pdf/2106.07447.pdf')}<br>"
  f"<br>第7篇也不在arXiv上。"),
 ("夜航船上的猫", 1877420961, "2024-03-11 12:47", "Android客户端",
  "补充几个不是论文的资源：<br>- 《神经网络与深度学习》（教材，邱锡鹏，开源在GitHub上）<br>"
  "- 斯坦福语音识别课程的录播（课程）<br>- AISHELL-1 中文语音数据集（数据集）<br>"
  + link("https://github.com/example-user/seq-models-notes") + "<br>这个是我自己的笔记仓库，代码不多，主要是公式推导。"),
 ("梯度消失了吗", 2290173552, "2024-03-11 13:05", "iPhone客户端",
  "楼上笔记收藏了。顺便问一句，外部记忆那两篇现在还有人用吗？感觉都被长上下文取代了"),
 ("小周不想调参", 6120337410, "2024-03-11 20:18", "",
  "@梯度消失了吗 导师说思想还是值得学的，现在的检索增强多少有点外部记忆的影子。<br>总结一下：一共8篇，按楼里的顺序读，每周两篇，读完在这里更新笔记。"),
 ("路过的炼丹师", 3104582219, "2024-03-12 08:41", "",
  "mark一下，楼主加油。顺序我建议先读对齐那篇再读注意力，因为时间上早，而且问题定义更清楚。"),
]

post_id0 = 148812340000
floors, no = [], 0
for i, (user, uid, date, client, content) in enumerate(FLOORS):
    if content is None:
        floors.append('<div class="l_post l_post_bright j_l_post clearfix" data-field=\'{"ad":true}\' data-pid="ad">'
                      '<div class="d_post_content_main"><div class="j_ad_floor">推广 <a href="https://ad.example.cn/click?id=39201" target="_blank">'
                      '考研计算机408冲刺班，名师带你刷真题</a></div></div></div>')
        continue
    no += 1
    pid = post_id0 + i * 713
    df = ('{"author":{"user_id":%d,"user_name":"%s","props":null},"content":{"post_id":%d,"is_anonym":false,"forum_id":%d,'
          '"thread_id":%d,"content":null,"post_no":%d,"type":"0","comment_num":%d,"is_fold":0,"props":null,"post_index":%d,"pb_tpoint":null}}'
          % (uid, user, pid, FID, TID, no, (i * 7) % 3, no - 1))
    tail = (f'<span class="tail-info">来自<a rel="noopener" href="http://c.tieba.baidu.com/c/s/download/pc?src=webtbGF" target="_blank">{client}</a></span>' if client else "")
    floors.append(f'''<div class="l_post l_post_bright j_l_post clearfix  " data-field='{df}'>
<div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a rel="noopener" class="p_author_face" href="/home/main?id=tb.1.{uid:x}&amp;fr=pb" target="_blank"><img username="{user}" class="" src="https://gss0.bdstatic.com/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/tb.1.{uid:x}"></a></div></li><li class="d_name" data-field='{{"user_id":{uid}}}'><a rel="noopener" alog-group="p_author" class="p_author_name j_user_card" href="/home/main?id=tb.1.{uid:x}&amp;fr=pb" target="_blank">{user}</a></li></ul></div>
<div class="d_post_content_main"><div class="p_content  "><cc>
<div id="post_content_{pid}" class="d_post_content j_d_post_content " style="display:;">            {content}</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap">{tail}<span class="tail-info">{no}楼</span><span class="tail-info">{date}</span></div></div></div>
</div></div>''')

TITLE = "【求助】序列建模+语音方向经典论文书单，求大佬看看顺序"
html = f'''<!DOCTYPE html><!--STATUS OK--><html><head><meta name="keywords" content="百度贴吧,神经网络读书会,{TITLE}"><meta name="description" content="{TITLE}">
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>{TITLE}_神经网络读书会吧_百度贴吧</title>
<link rel="stylesheet" href="//tb1.bdstatic.com/tb/_/pb_new_b1c0f4e.css" /><script>var PageData = {{"forum":{{"id":{FID},"name":"神经网络读书会","name_url":"%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E8%AF%BB%E4%B9%A6%E4%BC%9A"}},"thread":{{"thread_id":{TID},"reply_num":{no},"title":"{TITLE}"}}}};</script></head>
<body>
<div id="com_userbar" class="userbar"><ul><li><a href="https://passport.baidu.com/v2/?login" rel="noopener">登录</a></li><li><a href="https://passport.baidu.com/v2/?reg" rel="noopener">注册</a></li></ul></div>
<div class="card_top_wrap clearfix card_top_theme"><div class="card_title"><a rel="noopener" class="card_title_fname" title="" href="/f?kw=%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C%E8%AF%BB%E4%B9%A6%E4%BC%9A&amp;ie=utf-8">神经网络读书会吧</a><span class="card_menNum">关注：12,408</span><span class="card_infoNum">贴子：86,231</span></div></div>
<div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt pull-left text-overflow  " title="{TITLE}" style="width: 396px">{TITLE}</h3></div>
<div class="p_thread thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span></li><li class="l_reply_num"><span class="red">{no}</span>回复贴，共<span class="red">1</span>页</li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
{chr(10).join(floors)}
</div>
<div class="p_thread thread_theme_7"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span></li></ul></div>
<div class="footer"><p>&copy;2024 Baidu <a href="//www.baidu.com/duty/" target="_blank">使用百度前必读</a> <a href="//tieba.baidu.com/tb/eula.html" target="_blank">贴吧协议</a></p></div>
</body></html>
'''
write_only(F, html, keys(F))
