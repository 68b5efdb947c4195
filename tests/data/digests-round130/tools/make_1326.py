#!/usr/bin/env python3
"""1326 (negative control): a Baidu Zhidao (百度知道) question page, selected in the browser and copied as text (with
the page's address pasted on the first line by the person who kept it): the top bar, the search box's texts, the
category breadcrumb, the question with its 问题补充 and view count, the 最佳答案 with the answerer's badge line
(采纳数 / 获赞数 / 采纳率 / 擅长), the 其他N条回答 line and the N answers, each with its date, 展开全部 / 收起 and the rating
prompt, the "为你推荐" list and the footer. A beginner asks how to start deep learning and whether to read papers
first; the answers name only courses, books, repositories, libraries, datasets, a competition, people, videos and
versions — no paper (no catalogue title, nothing arXiv-shaped)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1326

QID = "1827365410968723450"
OTHERS = [
    ("热心网友", "2024-03-12 08:14", [
        "别急着读论文。先把 Python 和 numpy 用熟，再看吴恩达在 Coursera 上的《Machine Learning Specialization》，作业做完再说。",
        "论文等你能自己复现一个小模型之后再读，不然看不懂公式很打击信心。"]),
    ("datawhale学习者", "2024-03-12 10:02", [
        "推荐 Datawhale 的开源教程，GitHub 上 datawhalechina/pumpkin-book（南瓜书）是周志华《机器学习》（西瓜书）的公式推导补充，配合着看很舒服。",
        "另外李航的《统计学习方法》第二版也可以放在书架上当参考。"]),
    ("匿名用户", "2024-03-13 22:40", [
        "显卡不是必须的，Google Colab 和 Kaggle Notebook 都有免费 GPU。先做 Kaggle 的 Titanic 和 Digit Recognizer（MNIST）两个入门比赛，排行榜上能看到自己的位置，比较有动力。"]),
]
L = [f"https://zhidao.baidu.com/question/{QID}.html",
     "",
     "百度首页",
     "登录",
     "注册",
     "百度知道",
     "搜索答案",
     "我要提问",
     "首页",
     "在问",
     "全部问题",
     "教育/科学",
     "电脑/网络",
     "更多",
     "百度知道 > 电脑/网络 > 人工智能",
     "零基础想学深度学习，应该从哪里开始？需要先读论文吗？",
     "我是大二机械专业的，会一点 C 语言，Python 刚学完基础语法。想自学深度学习，看到很多人说要读论文，但是打开全是英文公式看不懂。应该按什么顺序学？需要买显卡吗？",
     "问题补充：电脑是笔记本，显卡是 MX450，2G 显存。",
     "匿名用户 | 浏览 3581 次",
     "问题未开放回答",
     "|举报",
     "2024-03-11 21:37",
     "推荐于2024-03-12 09:26:41",
     "最佳答案",
     "按这个顺序走，半年左右能入门：",
     "1. 数学：线性代数、概率论、微积分里的求导。不用全学，够看懂梯度下降就行。B 站上搜“3Blue1Brown 线性代数的本质”，有中文字幕。",
     "2. 机器学习基础：吴恩达的机器学习课程（Coursera 或者 B 站搬运），或者李宏毅老师 2023 春季的机器学习课程（YouTube 和 B 站都有，中文讲的）。",
     "3. 深度学习：直接看李沐的《动手学深度学习》（第二版，PyTorch 版），网站 zh.d2l.ai 免费，GitHub 仓库是 d2l-ai/d2l-zh，配套视频在 B 站“跟李沐学AI”。",
     "4. 框架：PyTorch 2.2 就够了，安装按官网 pytorch.org 的命令来，CUDA 选 12.1。笔记本的 MX450 只能跑跑小模型，大的用 Colab。",
     "5. 课程进阶：斯坦福 CS231n（计算机视觉）和 CS224n（自然语言处理）的公开课视频和作业都在网上，作业比看视频重要。",
     "6. 数据集：先用 MNIST、CIFAR-10 练手，再试 ImageNet 的子集（比如 Imagenette）。",
     "至于论文，等你学完第 3 步，能自己从头写一个训练循环，再去读。一开始可以先看别人写的中文解读和 Hugging Face 的课程（huggingface.co/learn），不要硬啃原文。",
     "",
     "知道合伙人教育行家",
     "采纳数：1126 获赞数：8470",
     "采纳率：92%",
     "擅长：机器学习 人工智能 Python",
     "向TA提问",
     "私信TA",
     "展开全部",
     "",
     "已赞过",
     "已踩过<",
     "你对这个回答的评价是？",
     "评论",
     "收起",
     f"其他{len(OTHERS)}条回答"]
for who, when, paras in OTHERS:
    L += ["", f"{when}", f"回答者：{who}", *paras, "", "已赞过", "已踩过<", "你对这个回答的评价是？", "评论", "收起"]
L += ["",
      "为你推荐：",
      "深度学习入门需要什么数学基础？",
      "自学Python多久能找到工作？",
      "笔记本跑深度学习显卡不够怎么办？",
      "特别推荐",
      "“网络驿站”是否违法？",
      "电动车多久需要换电瓶？",
      "",
      "©2024 Baidu  使用百度前必读 | 知道协议 | 百度知道品牌合作",
      ""]
text = "\n".join(L)
write(F1326, text, negative=True)
