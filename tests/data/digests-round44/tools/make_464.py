#!/usr/bin/env python3
"""464: a Xiaohongshu (小红书) note copied from the web page: author bar with 关注, the note title with emoji, a body
of emoji-numbered items (1️⃣ ... 8️⃣), 📌 / 👉 / 🔗 markers, topic tags `#扩散模型[话题]#`, "编辑于 03-12 上海", the
"共 37 条评论" block with comments, 作者 badge, 赞 / 回复 counts, and the bottom bar (说点什么... / likes / collects).
Chinese. Diffusion models, controllable and 3D generation, audio diffusion."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F464, keys

t = T
text = f"""小红书
发现
发布
通知
我

扩散酱的读论文日记
关注

📚扩散模型入门→进阶，这8篇论文我按顺序读完了‼️

研一刚入坑生成模型的姐妹看过来🙋‍♀️ 导师让我两个月补完扩散模型，踩了很多坑，整理了一个阅读顺序，亲测不迷路～
（全部是我自己读过的，链接放在每条后面，收藏=学会🤣）

🌱 第一阶段：打基础

1️⃣ 祖师爷论文：{t('1503.03585')}
📌 2015年ICML，很多人跳过它直接看DDPM，但真的建议先看前两节，理解"前向加噪/反向去噪"这个想法从哪来
👉 难度：⭐⭐⭐⭐（数学多，别怕，看图就行）

2️⃣ DDIM：{t('2010.02502')}
📌 采样从1000步降到50步的关键！ICLR 2021
🔗 openreview.net/forum?id={OR('2010.02502')}
https://openreview.net/forum?id={OR('2010.02502')}

🌿 第二阶段：Stable Diffusion 全家桶

3️⃣ 《{t('2112.10752')}》
📌 就是Stable Diffusion的论文！在隐空间里做扩散，显存友好
arXiv:2112.10752 （CVPR 2022）

4️⃣ SDXL：{t('2307.01952').lower()}
📌 Stability AI 的技术报告，看看他们怎么加大UNet、加refiner
👉 官方代码在 Stability-AI/generative-models 仓库

5️⃣ ControlNet：{t('2302.05543')}
🔗 https://arxiv.org/abs/2302.05543
📌 线稿/姿态/深度图控制生成，做应用必读！！WebUI插件装一下就能玩

🌳 第三阶段：拓展方向（按兴趣选）

6️⃣ 加速采样：《{t('2303.01469')}》 宋飏大佬的，ICML 2023，一步出图✨

7️⃣ 单图转3D：{t('2303.11328')}
🔗 https://arxiv.org/pdf/2303.11328
📌 用扩散模型做新视角合成，后面一堆3D生成工作都基于它

8️⃣ 音频也能扩散：{t('2009.09761')}
📌 ICLR 2021，做语音的同学可以看看，和图像的思路一模一样

💡 小tips
✔️ 先看B站的讲解视频再读原文，效率翻倍（搜"扩散模型 从零推导"就有）
✔️ 代码推荐 huggingface 的 diffusers 库，跑一遍 pipeline 比看十遍公式有用
✔️ 李沐的论文精读系列也有讲 DDPM

有问题评论区问我，看到都会回💬

#扩散模型[话题]# #AIGC[话题]# #研究生日常[话题]# #读论文[话题]# #StableDiffusion[话题]# #人工智能[话题]#

编辑于 03-12 上海

共 37 条评论

小鹿不睡觉
姐妹太及时了！！我导也让我看这个方向😭
03-12 上海
赞 45 回复

扩散酱的读论文日记 作者
回复 小鹿不睡觉: 一起加油💪 有问题随时问
03-12 上海
赞 6 回复

Kevin在调参
DiT和Sora的技术报告要不要也加上？
03-13 北京
赞 12 回复

扩散酱的读论文日记 作者
回复 Kevin在调参: 下一篇笔记写Transformer架构的扩散模型，敬请期待～
03-13 上海
赞 3 回复

芋泥波波奶茶
求问第一篇真的看得懂吗😂 我看了三遍还是懵的
03-14 广东
赞 8 回复

展开 32 条回复

说点什么...
1.2万
8623
37
"""
write_only(F464, text, keys(F464))
