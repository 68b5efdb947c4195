#!/usr/bin/env python3
"""1889: a Chinese PhD student's Rime custom phrase table (`custom_phrase.txt` in the Rime user folder, for
luna_pinyin / 朙月拼音): the stock header comments (db_name / db_type lines, the field order note, in the original
traditional characters), then the user's own sections of tab-separated `phrase<TAB>code<TAB>weight` lines with `#`
comments in simplified Chinese: paper titles typed by an abbreviation (title-only: three papers), arXiv links
(`/abs/`, `/pdf/…v2`, `http://…/abs/`), an OpenReview forum link, an `arXiv:2303.01469` phrase (arxiv-text), and
non-papers (the diffusers repository, a blog post, a course, a dataset, the group's meeting link, sign-offs).
LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1889)
SDE = OR("2011.13456")
HEADER = """# Rime table
# coding: utf-8
#@/db_name	custom_phrase.txt
#@/db_type	tabledb
#
# 用於【朙月拼音】系列輸入方案
# 【小狼毫】0.9.21 以上
#
# 請將該文件以UTF-8編碼保存爲
# Rime用戶文件夾/custom_phrase.txt
#
# 碼表各字段以製表符（Tab）分隔
# 順序爲：文字、編碼、權重
# 輸入此編碼後，會在該詞條後面列出此文字
# 權重越高，越排前面
#
# 以下爲自定義詞條
"""
ROWS = [
 "# ---- 常用语 ----",
 ("老师您好，附件是本周的阅读笔记，请查收。", "lsnh", 100),
 ("收到，谢谢！", "sddx", 100),
 ("组会腾讯会议号：612 887 3041", "zhhy", 90),
 ("https://meeting.kuosan.example.cn/room/zuhui", "zhlj", 90),
 "# ---- 论文标题（写综述第二章时反复要打） ----",
 (T("2006.11239"), "ddpm", 10),
 (T("2011.13456"), "sde", 10),
 (T("2303.01469"), "cm", 10),
 (T("2307.01952"), "sdxl", 10),
 (T("2302.05543"), "controlnet", 10),
 (T("2208.01618"), "ti", 10),
 (T("2208.12242"), "dreambooth", 10),
 (T("2009.09761"), "diffwave", 10),
 "# ---- 链接（参考文献里要贴） ----",
 ("https://arxiv.org/abs/2006.11239", "ddpmlj", 10),
 (f"https://openreview.net/forum?id={SDE}", "sdelj", 10),
 ("arXiv:2303.01469", "cmid", 10),
 ("https://arxiv.org/pdf/2307.01952v1", "sdxllj", 10),
 ("http://arxiv.org/abs/2302.05543", "controlnetlj", 10),
 "# ti、dreambooth、diffwave 的链接还没整理，先只放标题",
 "# ---- 不是论文：代码、博客、课程、数据集 ----",
 ("https://github.com/huggingface/diffusers", "diffusers", 5),
 ("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "weng", 5),
 ("Hugging Face Diffusion Models Course", "hfkc", 5),
 ("LAION-Aesthetics 数据集（组里服务器 /data/laion-aes）", "laion", 5),
 ("第二章 扩散模型的基本原理", "dezh", 20),
 ("扩散模型", "kssm", 20),
 ("去噪", "qz", 20),
 ("得分函数", "dfhs", 20),
]


def build():
    L = [HEADER.rstrip("\n")]
    for r in ROWS:
        if isinstance(r, str):
            L += ["", r] if r.startswith("# ----") else [r]
        else:
            L.append(f"{r[0]}\t{r[1]}\t{r[2]}")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
