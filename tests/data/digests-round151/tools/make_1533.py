#!/usr/bin/env python3
"""1533: a Chinese NLP student queries a self-hosted 4get metasearch instance through its JSON API (/api/v1/web, the
Brave scraper), saves each body with curl, peeks at the raw bytes (PHP json_encode defaults: `\\/` and `\\uXXXX`
escapes, no final newline, so `; echo`) and prints title / url / description with jq. Result objects carry title,
description, url, date (Unix time or null), type, thumb, sublink, table; the envelope status, spelling, npt, answer,
web, image, video, news, related."""
import hashlib, json, os, sys
from urllib.parse import quote_plus
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1533)
PS = "wei@nlp-lab-07:~/agent-survey$ "
HOST = "https://4get.nlp-lab.example.cn"


def r(title, url, desc, date=None):
    return {"title": title, "description": desc, "url": url, "date": date, "type": "web",
            "thumb": {"url": None, "ratio": None}, "sublink": [], "table": []}


Q = [
    ("q1.json", "MemGPT 论文 智能体 长期记忆", [
        r(f"[2310.08560] {T('2310.08560')}", "https://arxiv.org/abs/2310.08560",
          "Large language models (LLMs) have revolutionized AI, but are constrained by limited context windows, hindering their utility in tasks like extended conversations and document analysis. To enable using context beyond limited context windows, we propose virtual context management…", 1697068800),
        r("MemGPT论文解读：把大模型当作操作系统来管理记忆 - 知乎", "https://zhuanlan.zhihu.com/p/661498742",
          "MemGPT 借鉴操作系统的分层内存，把上下文窗口当作“主存”，外部数据库当作“磁盘”，由模型自己通过函数调用换入换出。本文还对比了 LangChain 的记忆模块……", 1697932800),
        r("GitHub - cpacker/MemGPT: Create LLM agents with long-term memory and custom tools", "https://github.com/cpacker/MemGPT",
          "Create LLM agents with long-term memory and custom tools 📚🦙 - cpacker/MemGPT"),
        r(f"[2304.03442] {T('2304.03442')}", "https://arxiv.org/abs/2304.03442",
          "Believable proxies of human behavior can empower interactive applications ranging from immersive environments to rehearsal spaces for interpersonal communication to prototyping tools.", 1680825600),
        r(f"{T('2308.03688')} 论文笔记_大模型智能体评测-CSDN博客", "https://blog.csdn.net/qq_41739364/article/details/132211857",
          "清华等提出的智能体评测基准，包含操作系统、数据库、知识图谱、网页购物等 8 个环境，评测了 GPT-4 和 25 个开源模型……", 1691625600),
        r("SayCan 论文阅读：" + T("2204.01691") + " - 知乎", "https://zhuanlan.zhihu.com/p/530718012",
          "Google 把大模型的“说”和机器人的“做”结合起来：语言模型给出技能的有用性，价值函数给出可行性，两者相乘选择动作。", 1655683200),
    ]),
    ("q2.json", "大模型 量化 GPTQ LLM.int8 LoRA 微调", [
        r(f"[2208.07339] {T('2208.07339')}", "https://arxiv.org/abs/2208.07339",
          "Large language models have been widely adopted but require significant GPU memory for inference. We develop a procedure for Int8 matrix multiplication for feed-forward and attention projection layers in transformers…", 1660521600),
        r("大模型量化技术原理：GPTQ、LLM.int8()、AWQ - 知乎", "https://zhuanlan.zhihu.com/p/680212402",
          f"{T('2210.17323')}（arXiv:2210.17323）基于近似二阶信息逐层量化，可在单张 A100 上把 175B 模型压到 3/4 bit……", 1706140800),
        r("bitsandbytes - Hugging Face 文档", "https://huggingface.co/docs/bitsandbytes/main/en/index",
          "bitsandbytes enables accessible large language models via k-bit quantization for PyTorch. bitsandbytes provides three main features for dramatically reducing memory consumption for inference and training…"),
        r("英伟达提出 DoRA：比 LoRA 更好的微调方法 | 机器之心", "https://www.jiqizhixin.com/articles/2024-02-19-6",
          f"论文 {T('2402.09353')} 把预训练权重分解为幅度和方向两部分，只对方向使用 LoRA 更新……项目代码已开源。", 1708300800),
        r("GitHub - AutoGPTQ/AutoGPTQ: An easy-to-use LLMs quantization package", "https://github.com/AutoGPTQ/AutoGPTQ",
          "An easy-to-use LLMs quantization package with user-friendly apis, based on GPTQ algorithm."),
    ]),
    ("q3.json", "投机采样 speculative decoding 原理", [
        r("投机采样（Speculative Decoding）原理详解 - 知乎", "https://zhuanlan.zhihu.com/p/651359908",
          f"Google 在 {T('2211.17192')}（ICML 2023 Oral）中提出：用小模型起草若干 token，大模型一次并行验证，输出分布与原模型完全一致……", 1692921600),
        r("Assisted Generation: a new direction toward low-latency text generation", "https://huggingface.co/blog/assisted-generation",
          "Large language models are all the rage these days, with many companies investing significant resources to scale them up…", 1683590400),
        r("GitHub - feifeibear/LLMSpeculativeSampling: Fast inference from large language models via speculative decoding", "https://github.com/feifeibear/LLMSpeculativeSampling",
          "This repository implements speculative sampling for large language model (LLM) decoding. It utilizes two models during the decoding process…"),
        r("vLLM 文档：Speculative decoding", "https://docs.vllm.ai/en/latest/models/spec_decode.html",
          "This document shows how to use Speculative Decoding with vLLM. Speculative decoding is a technique which improves inter-token latency in memory-bound LLM inference."),
    ]),
]


def body(q, res):
    npt = "web." + hashlib.sha1(q.encode()).hexdigest()[:20]
    return {"status": "ok", "spelling": {"type": "no_correction", "using": None, "correction": None}, "npt": npt,
            "answer": [], "web": res, "image": [], "video": [], "news": [], "related": []}


def php_json(v):
    return json.dumps(v, separators=(",", ":")).replace("/", "\\/")


def build():
    L = []
    bodies = []
    for fn, q, res in Q:
        raw = php_json(body(q, res))
        bodies.append(raw)
        L.append(PS + f"curl -s '{HOST}/api/v1/web?s={quote_plus(q)}&scraper=brave' -o {fn}")
        if fn == "q1.json":
            L.append(PS + f"head -c 700 {fn}; echo")
            L.append(raw.encode()[:700].decode("ascii"))
        L.append(PS + f"jq -r '.status, (.web | length)' {fn}")
        L += ["ok", str(len(res))]
        L.append(PS + f"jq -r '.web[] | \"\\(.title)\\n  \\(.url)\\n  \\(.description)\"' {fn}")
        for x in res:
            L += [x["title"], "  " + x["url"], "  " + x["description"]]
    L.append(PS)
    return "\n".join(L) + "\n", bodies


if __name__ == "__main__":
    text, bodies = build()
    write_only(F, text, keys(F), forms=bodies)
