#!/usr/bin/env python3
"""608: a Memos (usememos) API v1 response, GET /api/v1/memos?pageSize=20 saved with `curl … | jq .` (indent 2):
{"memos": [...], "nextPageToken": "..."}; each memo with name memos/<uid>, state, creator users/<n>, RFC 3339 times,
Markdown content (#tags, [label](url), - [ ] tasks), visibility, tags, pinned, resources, relations, reactions,
property {tags, hasLink, hasTaskList, hasCode, hasIncompleteTasks} and snippet. Chinese notes on diffusion models."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F608, keys

memos = [
 ("2024-03-21T13:05:12Z", True, "#论文/扩散 #读书会\n本周读书会（周四 19:30，腾讯会议号见群公告）：分数模型的连续时间视角。\n\n"
  f"[{T('2011.13456')}](https://openreview.net/forum?id={OR('2011.13456')}) —— {au('2011.13456')}，ICLR 2021 口头报告。\n\n"
  "- [x] 读完第 3 节（逆向 SDE）\n- [ ] 推导概率流 ODE\n- [ ] 跑官方 Colab（JAX 版太慢，换 PyTorch 版）"),
 ("2024-03-20T02:41:55Z", False, "#论文/扩散\n重读 DDPM 原文：\n"
  f"《{T('2006.11239')}》，{au('2006.11239')}，NeurIPS 2020，arXiv 2006.11239。\n"
  "要点：ε-预测 + 简化损失；线性 β 调度；T=1000。和上面 SDE 那篇是同一件事的离散版本。"),
 ("2024-03-18T11:27:03Z", False, "#论文/扩散 #音频\n音频方向也有扩散：\n"
  f"{T('2009.09761')}（{au('2009.09761')}，ICLR 2021）\n"
  "非自回归声码器，质量接近 WaveNet。论文 PDF 在组里的 NAS 上（/share/papers/audio/），这里就不贴链接了。"),
 ("2024-03-15T08:12:40Z", False, "#工具\n装了 diffusers 0.26，`StableDiffusionXLPipeline` 在 24G 显存上 fp16 可以直接跑 1024×1024。\n"
  "参考：Hugging Face diffusers 文档（不是论文）https://huggingface.co/docs/diffusers/index"),
 ("2024-03-14T14:50:19Z", False, "#论文/扩散 #文生图\n"
  f"[{T('2307.01952')}](https://arxiv.org/abs/2307.01952)\n{au('2307.01952')}\n"
  "- 更大的 UNet + 两个文本编码器\n- 尺寸/裁剪条件（size & crop conditioning）很实用\n- refiner 是可选的第二阶段"),
 ("2024-03-12T09:03:33Z", False, "#论文/扩散 #可控生成\n"
  f"可控生成三件套，先记下来：\n1. {T('2302.05543')}（{au('2302.05543')}）—— 零卷积，边缘/深度/姿态条件\n"
  f"2. [{T('2208.01618')}](https://arxiv.org/abs/2208.01618)（{au('2208.01618')}）\n"
  f"3. [{T('2208.12242')}](https://arxiv.org/pdf/2208.12242.pdf)（{au('2208.12242')}）\n\n"
  "第 1 篇组里已经有人复现过，代码在 GitLab 内网，不贴。第 2、3 篇做个性化，下周对比一下 LoRA 微调。"),
 ("2024-03-10T16:22:48Z", False, "#杂记\n今天在 B 站看了一个讲扩散模型的系列视频（up 主：小林的 AI 笔记），讲得不错，适合入门，"
  "但不是论文，不放进清单。另外 Lilian Weng 的博客文章 “What are Diffusion Models?” 也推荐。"),
 ("2024-03-08T07:58:11Z", False, "#论文/扩散 #加速采样\n"
  f"一步生成：{T('2303.01469')}（{au('2303.01469')}，ICML 2023）。\n"
  "一致性函数 f(x_t, t) 直接映射到 x_0；可以蒸馏，也可以单独训练。下次读书会的备选。"),
 ("2024-03-05T12:34:56Z", False, "#待办\n- [ ] 给实验室服务器申请 A100 额度（表格在 OA 系统里）\n- [ ] 整理 LAION 子集的去重脚本\n"
  "- [x] 更新 conda 环境（torch 2.2）"),
 ("2024-03-01T03:15:27Z", False, "#数据集\n数据集备忘：LAION-Aesthetics v2（子集）、COCO 2017 captions、AFHQ。都是数据集，不是论文。\n"
  "FID 统一用 clean-fid 计算（库，不是论文）。"),
]
items = []
for i, (t, pinned, content) in enumerate(memos):
    uid = "".join("abcdefghjkmnpqrstuvwxyz23456789"[(i * 7 + j * 13 + 3) % 31] for j in range(22))
    tags = re.findall(r"#([^\s#]+)", content)
    has_link = "http" in content
    has_task = "- [" in content
    items.append({
        "name": f"memos/{uid}", "state": "NORMAL", "creator": "users/1",
        "createTime": t, "updateTime": t, "displayTime": t, "content": content, "visibility": "PRIVATE",
        "tags": tags, "pinned": pinned, "resources": [], "relations": [], "reactions": [],
        "property": {"tags": tags, "hasLink": has_link, "hasTaskList": has_task, "hasCode": "`" in content,
                     "hasIncompleteTasks": "- [ ]" in content},
        "snippet": re.sub(r"\s+", " ", re.sub(r"[#*\[\]()`]", "", content))[:64],
    })
text = json.dumps({"memos": items, "nextPageToken": "Cg0KC2NyZWF0ZV90aW1lEAEYFA=="}, indent=2, ensure_ascii=False) + "\n"
forms = [json.dumps(json.loads(text), ensure_ascii=False)]
write_only(F608, text, keys(F608), forms)
