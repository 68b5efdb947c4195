#!/usr/bin/env python3
"""1185: a 学习通 (Chaoxing) course page saved from the browser (Chinese): the 教学计划 tab of a graduate seminar
「机器学习前沿专题研讨」 — course header (teacher, class, term), the tab bar, a notice, and the weekly plan table
(周次, 日期, 主题, 阅读材料, 学时, 报告人) with one row per week, dates a week apart, and a total-hours row equal to the
sum; then 课程资料 (a textbook and videos, not papers). HTML5, UTF-8, CRLF line ends (the saved page kept the
server's). Reading material written as the teacher writes it: title and link, title and arXiv id, title alone."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1185, keys

weeks = [
 ("课程介绍与分组", "无（选题、分组）", 2, "王老师"),
 ("数据高效学习", f"{T('2006.05929')}<br><a href=\"https://arxiv.org/abs/2006.05929\" target=\"_blank\">https://arxiv.org/abs/2006.05929</a>", 2, "李思远"),
 ("自动机器学习（一）", f"{T('2006.03656')}（arXiv:2006.03656）", 2, "陈雨桐"),
 ("自动机器学习（二）", f"{T('2101.08809')}<br><a href=\"https://arxiv.org/pdf/2101.08809.pdf\" target=\"_blank\">PDF</a>", 2, "陈雨桐"),
 ("医学影像中的标注选择", f"《{T('2103.14339')}》 arXiv:2103.14339", 2, "赵明"),
 ("知识图谱推理", f"《{T('2011.03459')}》（ICLR 2021 杰出论文，自行检索）", 2, "刘洋"),
 ("Transformer 的可解释性", f"{T('2004.10102')}（EMNLP 2020）", 2, "周晓晴"),
 ("大模型的涌现与校准", f"{T('2206.07682')} <a href=\"https://arxiv.org/abs/2206.07682\" target=\"_blank\">链接</a><br>选读：{T('2207.05221')}", 2, "李思远"),
 ("期末汇报", "无", 4, "全体"),
]
d0 = dt.date(2024, 2, 27)
rows = []
for i, (topic, read, h, who) in enumerate(weeks, 1):
    rows.append(f"<tr><td>第{i}周</td><td>{d0 + dt.timedelta(days=7 * (i - 1)):%Y-%m-%d}</td><td>{topic}</td><td>{read}</td><td>{h}</td><td>{who}</td></tr>")
total = sum(w[2] for w in weeks)
html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>机器学习前沿专题研讨 - 教学计划 - 学习通</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="top-bar"><a class="logo" href="https://i.chaoxing.com/">学习通</a> <span class="user">王建国 老师</span> <a href="https://passport2.chaoxing.com/logout">退出</a></div>
<div class="course-head">
<h1>机器学习前沿专题研讨</h1>
<p>授课教师：王建国　班级：2023级硕士1班　学期：2023-2024学年第二学期　课程编号：CS6021</p>
</div>
<ul class="nav-tabs">
<li><a href="https://mooc1.chaoxing.com/course/238810461.html">首页</a></li>
<li><a href="https://mooc1.chaoxing.com/course/238810461/task">任务</a></li>
<li class="active"><a href="https://mooc1.chaoxing.com/course/238810461/plan">教学计划</a></li>
<li><a href="https://mooc1.chaoxing.com/course/238810461/data">资料</a></li>
<li><a href="https://mooc1.chaoxing.com/course/238810461/discuss">讨论</a></li>
</ul>
<div class="notice"><strong>通知：</strong>每周报告人请提前两天把 PPT 上传到“资料”。论文请自行下载，无链接的请用题目在谷歌学术或知网外文库检索。</div>
<table class="plan">
<thead><tr><th>周次</th><th>日期</th><th>主题</th><th>阅读材料</th><th>学时</th><th>报告人</th></tr></thead>
<tbody>
{chr(10).join(rows)}
<tr class="total"><td colspan="4">合计</td><td>{total}</td><td></td></tr>
</tbody>
</table>
<div class="materials">
<h2>课程资料</h2>
<ul>
<li>教材：周志华《机器学习》，清华大学出版社，2016（非论文，参考）</li>
<li>李宏毅 机器学习 课程视频（B站）</li>
<li>AutoML 开源工具 NNI 文档：<a href="https://nni.readthedocs.io/zh/stable/" target="_blank">nni.readthedocs.io</a></li>
</ul>
</div>
<div class="footer">© 2024 超星 · 学习通</div>
</body>
</html>
"""
text = html.replace("\n", "\r\n")
write_only(F1185, text, keys(F1185))
