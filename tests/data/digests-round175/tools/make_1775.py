#!/usr/bin/env python3
"""1775: a Chinese lab's doccano export (text classification project, JSONL, the `all.jsonl` of the downloaded zip):
one JSON object a line with the example's id, its text, the metadata uploaded with it (`url`, `来源`), the labels
chosen and the comments. The project labels paper cards (title plus a Chinese one-line summary) by topic, so that a
classifier can route the lab's weekly reading suggestions; non-papers are labelled `非论文`. Ids are doccano's
database ids (rising, with gaps where examples were deleted); every label is one of the project's label set."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1775)
LABELS = ["参数高效微调", "自动机器学习", "综述", "医学影像", "知识图谱", "非论文"]
# (id, text, url, 来源, labels, comments)
E = [
 (1041, f"{T('2104.08691')}。只训练输入端的软提示，模型越大越接近全量微调。", "https://arxiv.org/abs/2104.08691", "周报第12期", ["参数高效微调"], []),
 (1042, f"{T('2101.08809')}（arXiv:2101.08809）。把搜索空间写成可变的符号化程序。", "", "周报第12期", ["自动机器学习"], ["王老师：和 AutoHAS 放在同一周讲"]),
 (1043, f"{T('2006.03656')}。同时搜索超参数和网络结构，权重共享。", "https://arxiv.org/pdf/2006.03656v3", "周报第12期", ["自动机器学习"], []),
 (1045, f"{T('2108.04392')}。质疑 DARTS 用架构参数大小来选操作，ICLR 2021。", "", "周报第13期", ["自动机器学习"], []),
 (1046, f"{T('2103.14339')}。用元学习加强化学习挑选要标注的医学图像。", "https://arxiv.org/abs/2103.14339", "周报第13期", ["医学影像", "自动机器学习"], ["标注时有分歧，暂时两个标签都保留"]),
 (1047, f"{T('2303.18223')}。大模型综述，章节很全，适合新同学入门。", "https://arxiv.org/abs/2303.18223", "周报第13期", ["综述"], []),
 (1049, f"{T('2103.14636')}。高效 Transformer 的实用综述，纸质版在实验室书架上。", "", "周报第14期", ["综述"], []),
 (1050, f"{T('2011.03459')}。用神经链接预测器回答复杂逻辑查询，ICLR 2021 杰出论文。", "", "周报第14期", ["知识图谱"], []),
 (1052, "李宏毅机器学习课程 2023（视频合集）。不是论文，供入门参考。", "https://speech.ee.ntu.edu.tw/~hylee/ml/2023-spring.php", "周报第14期", ["非论文"], []),
 (1053, "Hugging Face PEFT 文档：适配器与 prompt tuning 的使用说明。不是论文。", "https://huggingface.co/docs/peft/index", "周报第14期", ["非论文", "参数高效微调"], ["只应标非论文？下次组会讨论"]),
]


def build():
    out = []
    for i, text, url, src, labels, comments in E:
        assert all(l in LABELS for l in labels)
        out.append(json.dumps({"id": i, "text": text, "url": url, "来源": src, "label": labels, "Comments": comments}, ensure_ascii=False))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
