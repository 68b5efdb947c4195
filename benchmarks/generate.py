"""Generate realistic test material for the benchmarks: digest corpora and large stores.

Digests are shaped like the real ones in seeds/ (Chinese and English mixed, numbered titles, arXiv and OpenReview
links, authors lines, code links, page chrome and comment sections). Stores are filled through the same SQL the
ingest path writes, then indexed with the real FTS segmentation, so queries meet realistic data.
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

from paperlist.store import fts
from paperlist.store.db import open_store
from paperlist.titles import title_key

WORDS = [
    "attention",
    "transformer",
    "contrastive",
    "learning",
    "self-supervised",
    "representation",
    "graph",
    "neural",
    "network",
    "diffusion",
    "model",
    "language",
    "vision",
    "robust",
    "efficient",
    "sparse",
    "linear",
    "memory",
    "retrieval",
    "augmented",
    "generation",
    "reinforcement",
    "policy",
    "reward",
    "agent",
    "scaling",
    "law",
    "pre-training",
    "fine-tuning",
    "distillation",
    "quantization",
    "pruning",
    "benchmark",
    "dataset",
    "multimodal",
    "alignment",
    "instruction",
    "tuning",
    "adversarial",
    "training",
    "optimization",
    "convergence",
    "stochastic",
    "gradient",
    "descent",
    "kernel",
    "bayesian",
    "inference",
    "variational",
    "autoencoder",
    "flow",
    "matching",
    "state",
    "space",
    "sequence",
    "modeling",
    "long",
    "context",
    "recurrent",
    "convolution",
    "segmentation",
    "detection",
    "tracking",
    "speech",
    "translation",
]
ZH = [
    "本文提出了一种新的方法",
    "对比学习",
    "自监督学习",
    "通过卷积",
    "注意力机制",
    "大规模预训练",
    "模型压缩",
    "知识蒸馏",
    "图神经网络",
    "强化学习",
    "数据增强",
    "实验表明",
    "显著优于以前的方法",
    "在多个基准上取得了最好的结果",
    "计算复杂度",
    "长序列建模",
    "参数效率",
    "训练速度",
    "鲁棒性",
    "泛化能力",
    "目标检测",
    "语义分割",
    "机器翻译",
    "语言模型",
    "扩散模型",
]
SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Smith",
    "Johnson",
    "Lee",
    "Kim",
    "Garcia",
    "Müller",
    "Rossi",
    "Tanaka",
    "Singh",
    "Brown",
]
FIRST = [
    "Wei",
    "Jing",
    "Hao",
    "Yu",
    "Anna",
    "John",
    "Maria",
    "Kenji",
    "Priya",
    "David",
    "Sara",
    "Lukas",
    "Emma",
    "Min",
    "Jun",
]
CATEGORIES = ("cs.CL", "cs.CV", "cs.LG", "cs.AI", "stat.ML", "cs.IR", "eess.AS", "cs.RO")
CHROME = (
    "登录后你可以 下载海量资料 学习在线课程",
    "往期精彩回顾 适合初学者入门人工智能的路线及资料下载",
    "推荐阅读更多精彩内容",
    "评论 点赞 收藏 分享 举报",
    "https://weibo.com/1402400261/K8wjSoUDC",
    "image.png",
    "声明:本文内容及配图由入驻作者撰写或者入驻合作网站授权转载。",
)


def title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 9))
    head = words[0].capitalize()
    if rng.random() < 0.4:
        head = "".join(w.capitalize() for w in rng.sample(WORDS, 2))[:12] + ":"
    return " ".join([head, *(w if rng.random() < 0.6 else w.capitalize() for w in words[1:])])


def zh_summary(rng: random.Random, sentences: int = 4) -> str:
    return "。".join("".join(rng.sample(ZH, rng.randint(3, 6))) for _ in range(sentences)) + "。"


def en_abstract(rng: random.Random, words: int = 120) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def authors(rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 6))]


def arxiv_id(rng: random.Random) -> str:
    return f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}.{rng.randint(1, 29999):05d}"


def digest_text(rng: random.Random, papers: int = 8) -> str:
    """One digest: chrome, numbered entries with links/titles/summaries, a comment section."""
    lines = [rng.choice(CHROME), "", f"本期推荐{papers}篇论文", ""]
    for number in range(1, papers + 1):
        kind = rng.random()
        name = title(rng)
        if kind < 0.5:
            lines += [f"{number}. {name}", "", f"https://arxiv.org/abs/{arxiv_id(rng)}"]
        elif kind < 0.65:
            lines += [f"{number}、[{rng.choice(('LG', 'CV', 'CL'))}] {name}", "", ", ".join(authors(rng))]
        elif kind < 0.8:
            lines += [name, "", f"论文链接:https://openreview.net/forum?id={rng.randbytes(8).hex()[:10]}"]
        else:
            lines += [f"{name} arXiv:{arxiv_id(rng)}v{rng.randint(1, 3)}"]
        lines += ["", zh_summary(rng, rng.randint(2, 5)), ""]
        if rng.random() < 0.2:
            lines += [
                f"代码:https://github.com/{rng.choice(SURNAMES).lower()}/{name.split()[0].lower().strip(':')}"
            ]
        if rng.random() < 0.3:
            lines += [en_abstract(rng, 60), ""]
    lines += ["", "评论", *(rng.choice(CHROME) for _ in range(3))]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, digests: int, seed: int = 7) -> int:
    """Write `digests` digest files into `folder`; return the total bytes written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(digests):
        data = digest_text(rng, rng.randint(4, 14)).encode("utf-8")
        (folder / f"digest_{index:06d}.md").write_bytes(data)
        total += len(data)
    return total


def build_store(path: Path, papers: int, seed: int = 11) -> None:
    """A store of `papers` enriched papers with 1–3 mentions each (Chinese summaries), user state and tags."""
    rng = random.Random(seed)
    store = open_store(path)
    conn = store.conn
    digests = max(1, papers // 8)
    now = "2026-01-01T00:00:00+00:00"
    with store.transaction():
        conn.executemany(
            "INSERT INTO digests (id, path, name, sha256, size, encoding, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (d, f"/corpus/digest_{d:06d}.md", f"digest_{d:06d}.md", f"{d:064x}", 9000, "utf-8", now)
                for d in range(1, digests + 1)
            ],
        )
        seen: set[str] = set()
        for paper_id in range(1, papers + 1):
            identifier = arxiv_id(rng)
            while identifier in seen:
                identifier = arxiv_id(rng)
            seen.add(identifier)
            name = title(rng)
            year = 2000 + int(identifier[:2])
            published = f"{year}-{identifier[2:4]}-{rng.randint(1, 28):02d}"
            primary = rng.choice(CATEGORIES)
            conn.execute(
                "INSERT INTO papers (id, arxiv_id, title, authors, abstract, published, updated, version,"
                " primary_category, categories, enrichment, enriched_at, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'enriched', ?, ?)",
                (paper_id, identifier, name, json.dumps(authors(rng)), en_abstract(rng), published, published,
                 rng.randint(1, 3), primary, json.dumps([primary]), now, now),
            )  # fmt: skip
            added = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+00:00"
            status = rng.choices(("unread", "reading", "read", "skipped"), (70, 5, 20, 5))[0]
            conn.execute(
                "INSERT INTO user_state (paper_id, status, starred, added_at, note) VALUES (?, ?, ?, ?, ?)",
                (
                    paper_id,
                    status,
                    int(rng.random() < 0.05),
                    added,
                    zh_summary(rng, 1) if rng.random() < 0.05 else None,
                ),
            )
            conn.execute(
                "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)",
                (title_key(name), paper_id),
            )
            for digest_id in rng.sample(range(1, digests + 1), min(digests, rng.choice((1, 1, 1, 2, 3)))):
                conn.execute(
                    "INSERT INTO mentions (paper_id, digest_id, line, lines, evidence, raw, title, summary)"
                    " VALUES (?, ?, ?, ?, 'arxiv-link', ?, ?, ?)",
                    (paper_id, digest_id, rng.randint(1, 400), "[]", f"https://arxiv.org/abs/{identifier}", name,
                     zh_summary(rng, rng.randint(2, 5))),
                )  # fmt: skip
            if rng.random() < 0.1:
                conn.execute(
                    "INSERT INTO tags (paper_id, tag) VALUES (?, ?)",
                    (paper_id, rng.choice(("nlp", "cv", "todo"))),
                )
        fts.reindex(conn, range(1, papers + 1))
    conn.execute("PRAGMA optimize")
    store.close()


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)
