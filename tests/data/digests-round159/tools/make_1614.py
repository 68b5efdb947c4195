#!/usr/bin/env python3
"""1614: a Chinese student's Falkon profile file bookmarks.json (written by Qt's QJsonDocument: 4-space indentation,
object keys in sorted order, raw UTF-8, a final newline): roots bookmark_bar / bookmark_menu / other, folders with
children, description, expanded, expanded_sidebar, name, type; bookmarks with description, keyword, name, type, url,
visit_count; a separator. Built from the modelled bookmark tree."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1614)


def bm(name, url, visits, desc="", kw=""):
    return {"description": desc, "keyword": kw, "name": name, "type": "url", "url": url, "visit_count": visits}


def folder(name, kids, desc="", exp=True):
    return {"children": kids, "description": desc, "expanded": exp, "expanded_sidebar": exp, "name": name, "type": "folder"}


SEP = {"type": "separator"}
ROOTS = {
    "bookmark_bar": folder("Bookmarks Toolbar", [
        folder("论文", [
            folder("多模态", [
                bm(f"[2304.08485] {T('2304.08485')}", "https://arxiv.org/abs/2304.08485", 14, "LLaVA，组会第3次讲", "llava"),
                bm(f"[2303.15343] {T('2303.15343')}", "https://arxiv.org/abs/2303.15343", 6, "SigLIP：sigmoid 损失代替 softmax"),
                bm(f"{T('2204.14198')}", "https://arxiv.org/abs/2204.14198v2", 3, "Flamingo，NeurIPS 2022，附录很长"),
                bm(f"{T('1912.11370')}", "https://github.com/google-research/big_transfer", 2,
                   "BiT 的代码仓库；论文 ECCV 2020，arXiv:1912.11370"),
                bm(f"{T('2106.10270')}", "https://github.com/google-research/vision_transformer", 4,
                   "How to train your ViT 的代码和检查点（论文本身从仓库 README 进去）"),
            ]),
            folder("三维与视频", [
                bm(f"2308.04079.pdf", "https://arxiv.org/pdf/2308.04079", 9, f"{T('2308.04079')}（SIGGRAPH 2023）"),
                bm(f"{T('2103.14338')}", "https://openaccess.thecvf.com/CVPR2021", 1, "CVPR 2021，开放获取页面里搜标题"),
                bm("3D 高斯泼溅原理详解 - 知乎", "https://zhuanlan.zhihu.com/p/000000000", 5, "中文讲解（专栏文章，不是论文）"),
            ]),
            SEP,
            folder("数据", [
                bm(f"{T('2006.05929')}", "https://github.com/VICO-UoE/DatasetCondensation", 2, "ICLR 2021，代码"),
                bm("LAION-5B 数据集", "https://laion.ai/blog/laion-5b/", 1),
            ]),
        ]),
        folder("工具", [
            bm("llava-hf/llava-1.5-7b-hf · Hugging Face", "https://huggingface.co/llava-hf/llava-1.5-7b-hf", 7),
            bm("open_clip - GitHub", "https://github.com/mlfoundations/open_clip", 3),
            bm("实验室 GPU 预约", "https://gpu.vlab.example.cn/reserve", 41, "", "gpu"),
        ], exp=False),
    ], "Bookmarks located in Bookmarks Toolbar"),
    "bookmark_menu": folder("Bookmarks Menu", [
        bm("【讲座】多模态大模型综述 - 哔哩哔哩", "https://www.bilibili.com/video/BV1xx000000", 2, "录播，两小时"),
        bm("CVPR 2024 Accepted Papers", "https://cvpr.thecvf.com/Conferences/2024/AcceptedPapers", 3),
    ], "Bookmarks located in Bookmarks Menu"),
    "other": folder("Unsorted Bookmarks", [
        bm("Falkon - KDE 社区", "https://www.falkon.org/", 1),
    ], "All other bookmarks"),
}


def build():
    return json.dumps({"roots": ROOTS, "version": 1}, indent=4, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
