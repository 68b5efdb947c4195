#!/usr/bin/env python3
"""1354: a Raycast snippets export (Simplified Chinese): a Shanghai-like robot-learning lab's postdoc (林晓) keeps
her reading-group texts (announcements, citation lines, a review template, a signature) as Raycast snippets and
exported them ("Export Snippets") for a new student. The layout as remembered: a JSON array of {name, text, keyword}
written by Swift's JSONEncoder with .prettyPrinted — two-space indentation, `"key" : value` with a space before the
colon, `/` escaped as `\\/`, `\\n` and `\\"` escapes, raw UTF-8, no final newline; Raycast placeholders such as
`{cursor}`, `{clipboard}` and `{date format="…"}` kept in the text. Gymnasium / MuJoCo docs, the PyGlove repository and
the e-mail signature are not papers; RT-2, PPO, SayCan, PyGlove are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1354, keys, DBN

S = [
 ("组会通知（周四）", "各位好：\n本周四（{date format=\"M月d日\"}）14:00 在 B 楼 512 开组会，读\n"
  f"{T('2307.15818')}\nhttps://arxiv.org/abs/2307.15818\n主讲：{{cursor}}\n请提前看完第 3、4 节。", ";zh-hui"),
 ("引用｜What Matters", f"{au('2006.05990')} {T('2006.05990')} https://arxiv.org/abs/2006.05990", ";cite-wm"),
 ("引用｜SayCan", f"{au('2204.01691')} {T('2204.01691')} https://arxiv.org/abs/2204.01691 （SayCan，下周讨论）", ";cite-saycan"),
 ("引用｜Evolving RL", f"{au('2101.03958')} {T('2101.03958')}. ICLR 2021. arXiv:2101.03958", ";cite-evo"),
 ("引用｜DBN（经典）", "Geoffrey E. Hinton, Simon Osindero, Yee-Whye Teh. " + DBN + ". Neural Computation 18(7), 2006.", ";cite-dbn"),
 ("读书会｜AutoML 专题", f"AutoML 专题两篇：\n1. {T('2101.08809')}（代码 https://github.com/google/pyglove ）\n"
  f"2. {T('2006.03656')}\n链接还没找齐，谁有请补到共享表格。", ";automl"),
 ("读书会｜理论", f"理论组推荐：{T('2103.13462')} —— 暂无链接，林晓下周带打印版。", ";theory"),
 ("文档｜Gymnasium", "Gymnasium 文档：https://gymnasium.farama.org/ （不是论文）", ";gym"),
 ("文档｜MuJoCo 安装", "pip install mujoco==3.1.4\n文档：https://mujoco.readthedocs.io/en/stable/python.html", ";mujoco"),
 ("审稿意见模板", "【总体评价】\n{cursor}\n【主要问题】\n1.\n2.\n【次要问题】\n【是否建议接收】弱接收 / 弱拒绝", ";review"),
 ("剪贴板 → 引用格式", "「{clipboard}」（转自组内共享表格）", ";q"),
 ("邮件签名", "林晓\n具身智能实验室 · 博士后\nlin.xiao@embodied-lab.example.edu.cn", ";sig"),
]
data = [{"name": n, "text": t, "keyword": k} for n, t, k in S]
text = json.dumps(data, ensure_ascii=False, indent=2).replace('": ', '" : ').replace("/", "\\/")
write_only(F1354, text, keys(F1354), forms=[json.dumps(data, ensure_ascii=False)])
