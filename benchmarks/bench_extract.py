"""Measure extraction and decoding throughput on a generated corpus shaped like real digests.

The corpus is calibrated on the seed digests: about 1-1.5 KB of digest text per referenced paper (summaries of
several sentences, page chrome, footers), Chinese and English mixed.

Prints MB/s (of UTF-8 digest bytes per second of CPU time on one core, median of several runs) for:
- extraction alone (`extract_references`) over many digests of the shapes paperlist meets: Chinese blog posts
  with page chrome, Markdown newsletters, arXiv-daily lists, Weibo-style digests, comment and related lists;
- extraction of one very large digest (a guard against work that grows faster than the text);
- extraction of the labelled digests of other shapes (tests/data/digests-dev and digests-own: Markdown plans and
  tables, BibTeX, RIS, CSV, org, reference lists, arXiv listings, threads, HTML pages), each read by its shape,
  and those of them that are JSON or YAML documents;
- decoding (`decode_digest`) of the same digests as UTF-8, GB18030 and HTML bytes.

Run: .venv/bin/python benchmarks/bench_extract.py [--megabytes 20] [--runs 5]
Benchmarks print figures and never assert timings.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from paperlist.ingest.decode import decode_digest
from paperlist.ingest.extract import extract_document, extract_references

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data"

CHINESE = (
    "本文提出了一种新的方法,在多个基准上取得了最好的结果。我们发现模型的容量与数据规模密切相关。"
    "作者通过大量实验验证了该方法的有效性,并分析了其局限性。与之前的工作相比,该方法计算量更小。"
    "自监督学习近年来发展迅速,对比学习成为主流范式之一。这篇论文的核心思想是用注意力机制建模长程依赖。"
    "实验表明,在ImageNet上top-1精度提升了1.2%,同时推理速度提高了两倍。代码已经开源,欢迎大家试用。"
)
WORDS = [
    "learning",
    "attention",
    "transformer",
    "efficient",
    "scaling",
    "networks",
    "vision",
    "language",
    "models",
    "diffusion",
    "graph",
    "contrastive",
    "representation",
    "robust",
    "adversarial",
    "training",
    "sparse",
    "mixture",
    "experts",
    "retrieval",
    "augmented",
    "generation",
    "reinforcement",
    "policy",
    "optimization",
    "benchmark",
    "towards",
    "understanding",
    "neural",
    "implicit",
    "fields",
    "self-supervised",
    "pre-training",
    "multi-modal",
    "reasoning",
    "chain",
    "thought",
    "alignment",
    "preference",
]
SMALL = ("for", "with", "via", "of", "in", "and", "on")
CHROME = [
    "登录后你可以",
    "  • 下载海量资料",
    "会员中心",
    "文章图片",
    "image.png",
    "f01.png.jpgf02.png.jpg",
    "点赞 在看 分享",
    "https://weibo.com/1402400261/K8wjSoUDC",
    "本站qq群1003271085,加入微信群请回复“加群”,知识星球:https://t.zsxq.com/yFQV7am",
]


def _title(rng: random.Random) -> str:
    words = [rng.choice(WORDS).capitalize() for _ in range(rng.randint(3, 9))]
    for position in range(1, len(words) - 1, 3):
        words[position] = rng.choice(SMALL)
    if rng.random() < 0.4:
        words[0] += ":"
    return " ".join(words)


ENGLISH = (
    "We propose a simple method that scales to billions of parameters. The model is trained on public data only. "
    "Experiments on ImageNet and COCO show consistent gains over strong baselines. The authors also release code. "
    "Ablations show that the gains come from the new attention pattern rather than from extra compute. "
    "Unlike prior work, the approach needs no labelled data and transfers to unseen tasks with few examples. "
)


def _english(rng: random.Random, sentences: int) -> str:
    parts = [part.strip() for part in ENGLISH.split(". ") if part.strip()]
    return ". ".join(rng.choice(parts) for _ in range(sentences)).rstrip(".") + "."


def _prose(rng: random.Random, sentences: int) -> str:
    parts = CHINESE.split("。")
    return "。".join(rng.choice(parts) for _ in range(sentences)) + "。"


def _arxiv_id(rng: random.Random) -> str:
    return f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}.{rng.randint(1, 29999):05d}"


def _blog(rng: random.Random) -> str:
    lines = ["推荐五篇论文|轻量级的Transformer;对比学习", "", *rng.sample(CHROME, 3), ""]
    for number in range(1, rng.randint(5, 15)):
        form = rng.random()
        if form < 0.3:
            lines.append(f"{_title(rng)} https://arxiv.org/abs/{_arxiv_id(rng)}v{rng.randint(1, 3)}")
        elif form < 0.6:
            lines += [f"{number}.{_title(rng)}", "", f"https://arxiv.org/abs/{_arxiv_id(rng)}", ""]
        elif form < 0.8:
            lines += [
                _title(rng),
                "",
                _prose(rng, 3),
                "",
                "论文链接:https://openreview.net/forum?id=zOGdf9K8aC",
            ]
        else:
            lines += [f"{number}、[CV] {_title(rng)}", "", "Y H Tsai, Y Wu, R Salakhutdinov", "[CMU]"]
        lines += [_prose(rng, rng.randint(6, 16)), ""]
        if rng.random() < 0.5:
            lines += [_prose(rng, rng.randint(4, 10)), ""]
        if rng.random() < 0.2:
            lines.append("https://github.com/mit-han-lab/lite-transformer")
    lines += ["", "往期精彩回顾", *rng.sample(CHROME, 4), "相关推荐", *(_prose(rng, 1) for _ in range(8))]
    return "\n".join(lines) + "\n"


def _newsletter(rng: random.Random) -> str:
    lines = ["# This Week in ML", "", "## Papers", ""]
    for _ in range(rng.randint(5, 15)):
        lines += [
            f"- **[{_title(rng)}](https://arxiv.org/abs/{_arxiv_id(rng)})** — Some Author et al.",
            f"  {_english(rng, rng.randint(4, 10))}",
            f"  {_prose(rng, rng.randint(3, 8))}",
            "",
        ]
    lines += ["## News", "", "- OpenAI Releases a New Model to the Public", "", "## Comments", "great post!"]
    return "\n".join(lines) + "\n"


def _daily(rng: random.Random) -> str:
    lines = []
    for number in range(1, rng.randint(10, 40)):
        lines += [
            f"【{number}】 {_title(rng)}",
            "标题:一种新的方法",
            f"链接:https://arxiv.org/abs/{_arxiv_id(rng)}",
            "作者:Mingxing Tan, Quoc V. Le",
            f"摘要:{_prose(rng, rng.randint(8, 16))}",
            _english(rng, rng.randint(3, 8)),
            "",
        ]
    return "\n".join(lines) + "\n"


def _prose_digest(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(10, 30)):
        lines.append(
            f"概述 {_prose(rng, 6)}来自Google的《{_title(rng)}》,{_prose(rng, 6)}"
            "S4、RWKV、RetNet都可以归入此类。"
        )
        lines.append(f"{_prose(rng, rng.randint(6, 14))}")
    return "\n".join(lines) + "\n"


SHAPES: tuple[Callable[[random.Random], str], ...] = (_blog, _newsletter, _daily, _prose_digest)


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    digests: list[str] = []
    size = 0
    while size < megabytes * 1024 * 1024:
        digest = rng.choice(SHAPES)(rng)
        digests.append(digest)
        size += len(digest.encode("utf-8"))
    return digests


# Data documents (API answers, exports, task files) read through the YAML parser.
DATA_SUFFIXES = (".json", ".jsonl", ".ndjson", ".yaml", ".yml")


def _labelled() -> list[tuple[str, str, bool]]:
    """(name, decoded text, was HTML) of the labelled digests in tests/data (all shapes)."""
    found = []
    for path in sorted(LABELLED.glob("digests-*/digests/*")):
        text, encoding = decode_digest(path.read_bytes(), path.name)
        found.append((path.name, text, encoding.startswith("html/")))
    return found


def _html(text: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line)
    head = "<!DOCTYPE html><html><head><title>digest</title></head>"
    return f"{head}<body><article>{body}</article></body></html>"


def _rate(work: Callable[[], object], megabytes: float, runs: int) -> float:
    # CPU time of this process: the work is single-threaded, and other jobs on a shared machine must not
    # make it look slower than it is on one core.
    timings = []
    for _ in range(runs):
        started = time.process_time()
        work()
        timings.append(time.process_time() - started)
    return megabytes / statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    digests = corpus(args.megabytes)
    utf8 = [digest.encode("utf-8") for digest in digests]
    total = sum(len(data) for data in utf8) / 1024 / 1024
    print(f"corpus: {len(digests)} digests, {total:.1f} MB of UTF-8 text")

    def extract_all() -> None:
        for digest in digests:
            extract_references(digest)

    print(f"extraction:            {_rate(extract_all, total, args.runs):6.1f} MB/s")

    big = "".join(digests[:400])
    big_mb = len(big.encode("utf-8")) / 1024 / 1024
    big_rate = _rate(lambda: extract_references(big), big_mb, args.runs)
    print(f"extraction, one {big_mb:.1f} MB digest: {big_rate:6.1f} MB/s")

    shaped = _labelled()
    shaped_mb = sum(len(text.encode("utf-8")) for _, text, _ in shaped) / 1024 / 1024

    def extract_shaped() -> None:
        for name, text, html in shaped:
            extract_document(text, name, html=html)

    print(
        f"extraction, {len(shaped)} labelled digests of other shapes ({shaped_mb:.2f} MB): "
        f"{_rate(extract_shaped, shaped_mb, args.runs):6.1f} MB/s"
    )

    data = [(name, text, html) for name, text, html in shaped if name.endswith(DATA_SUFFIXES)]
    data_mb = sum(len(text.encode("utf-8")) for _, text, _ in data) / 1024 / 1024

    def extract_data() -> None:
        for name, text, html in data:
            extract_document(text, name, html=html)

    print(
        f"extraction, the {len(data)} of them in JSON or YAML ({data_mb:.2f} MB): "
        f"{_rate(extract_data, data_mb, args.runs):6.1f} MB/s"
    )

    gb = [digest.encode("gb18030") for digest in digests]
    html = [_html(digest).encode("utf-8") for digest in digests[:300]]
    html_mb = sum(len(data) for data in html) / 1024 / 1024
    gb_mb = sum(len(data) for data in gb) / 1024 / 1024

    def decode(blobs: list[bytes]) -> Callable[[], None]:
        def run() -> None:
            for number, data in enumerate(blobs):
                decode_digest(data, f"digest-{number}")

        return run

    print(f"decoding, UTF-8:       {_rate(decode(utf8), total, args.runs):6.1f} MB/s")
    print(f"decoding, GB18030:     {_rate(decode(gb), gb_mb, args.runs):6.1f} MB/s")
    print(f"decoding, HTML:        {_rate(decode(html), html_mb, args.runs):6.1f} MB/s")


if __name__ == "__main__":
    main()
