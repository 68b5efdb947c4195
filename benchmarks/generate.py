"""Generate realistic test material for the benchmarks: digest corpora and large stores.

Digests are shaped like the real ones in seeds/ (Chinese and English mixed, numbered titles, arXiv and OpenReview
links, authors lines, code links, page chrome and comment sections). Stores are filled through the same SQL the
ingest path writes, then indexed with the real FTS segmentation, so queries meet realistic data.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

from paperlist.store import fts
from paperlist.store.db import open_store
from paperlist.titles import title_key

# Terms the benchmarks search for, with the share of papers whose abstract or summary uses them, chosen to
# look like arXiv cs.* (e.g. "transformer" is in roughly a tenth of recent ML abstracts). Everything else is
# drawn from Zipf-distributed vocabularies, so common words are common and rare words rare, as in real text.
EN_TERMS = {
    "learning": 0.45, "model": 0.40, "transformer": 0.10, "attention": 0.12, "diffusion": 0.05,
    "contrastive": 0.04, "graph": 0.08, "reinforcement": 0.05, "robust": 0.06, "efficient": 0.10,
}  # fmt: skip
ZH_TERMS = {
    "本文提出了一种新的方法": 0.30,
    "实验表明": 0.25,
    "对比学习": 0.04,
    "通过卷积": 0.03,
    "注意力机制": 0.08,
}
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "tra",
    "for",
    "ser",
    "vi",
    "gra",
    "pha",
    "lin",
    "spa",
    "den",
    "con",
    "ten",
    "sor",
    "qua",
    "mod",
    "ler",
    "rep",
    "tion",
    "al",
    "ing",
]
_HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多"
    "定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因"
    "由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解"
)


class Vocabulary:
    """Zipf-distributed pseudo-words: English-like syllables, or Chinese words of 2-4 characters."""

    def __init__(self, rng: random.Random, size: int, chinese: bool) -> None:
        words: set[str] = set()
        while len(words) < size:
            if chinese:
                words.add("".join(rng.choice(_HAN) for _ in range(rng.choice((2, 2, 2, 3, 4)))))
            else:
                words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3)))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        # (cumulative weights, computed once: given plain weights, every draw would add them all up again)
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(size)))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)


_EN = Vocabulary(random.Random(1), 8000, chinese=False)
_ZH = Vocabulary(random.Random(2), 6000, chinese=True)
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


def _with_terms(rng: random.Random, words: list[str], terms: dict[str, float]) -> list[str]:
    """Put each benchmark term into the text with its target document frequency."""
    for term, share in terms.items():
        if rng.random() < share:
            words.insert(rng.randrange(len(words) + 1), term)
    return words


def title(rng: random.Random) -> str:
    words = _with_terms(rng, _EN.draw(rng, rng.randint(4, 9)), {t: f / 4 for t, f in EN_TERMS.items()})
    head = words[0].capitalize()
    if rng.random() < 0.4:
        head = "".join(w.capitalize() for w in _EN.draw(rng, 2))[:14] + ":"
    return " ".join([head, *(w if rng.random() < 0.6 else w.capitalize() for w in words[1:])])


def zh_summary(rng: random.Random, sentences: int = 4) -> str:
    words = _with_terms(rng, _ZH.draw(rng, sentences * 10), ZH_TERMS)
    return "。".join("".join(words[i : i + 10]) for i in range(0, len(words), 10)) + "。"


def en_abstract(rng: random.Random, words: int = 120) -> str:
    return " ".join(_with_terms(rng, _EN.draw(rng, words), EN_TERMS)).capitalize() + "."


def authors(rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 6))]


def arxiv_id(rng: random.Random) -> str:
    return f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}.{rng.randint(1, 29999):05d}"


NAVIGATION = (
    "聊天消息", "系统消息", "评论与回复", "下载海量资料", "学习在线课程", "观看技术视频", "写文章/发帖/加入社区",
    "会员中心", "创作中心", "首页", "博客", "专栏", "课程", "问答", "社区", "插件", "认证", "开源", "登录", "注册",
)  # fmt: skip
READERS = (
    "茶点故事",
    "沈念sama",
    "开封第一讲书人",
    "深度学习自然语言处理",
    "机器之心",
    "小白学视觉",
    "AI科技评论",
)


def page_header(rng: random.Random, papers: int) -> list[str]:
    """What a blog or forum page puts before the papers: navigation, a log-in prompt, byline, an introduction."""
    lines = [f"  • {item}" for item in rng.sample(NAVIGATION, rng.randint(6, 14))]
    lines += [rng.choice(CHROME), "", f"本期推荐{papers}篇论文", ""]
    lines += [f"{rng.choice(READERS)} 来源:{rng.choice(READERS)} 2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
              f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} {rng.randint(100, 99999)}次阅读", ""]  # fmt: skip
    lines += ["导读", "", zh_summary(rng, rng.randint(4, 12)), ""]
    return lines


def page_footer(rng: random.Random) -> list[str]:
    """What follows the papers: related-reading teasers, a comment thread, sharing and legal chrome."""
    lines = ["", rng.choice(("推荐阅读更多精彩内容", "相关推荐", "往期精彩回顾"))]
    for _ in range(rng.randint(6, 16)):
        lines += [f"  • {zh_summary(rng, 2)[:rng.randint(40, 60)]}...",
                  f"    {rng.choice(READERS)}阅读 {rng.randint(1000, 60000):,}评论 {rng.randint(0, 9)} {rng.randint(10, 999)}"]  # fmt: skip
    lines += ["", "评论"]
    for _ in range(rng.randint(0, 8)):
        lines += [f"{rng.choice(READERS)}: {zh_summary(rng, 1)}", f"点赞 {rng.randint(0, 99)} 回复"]
    lines += [rng.choice(CHROME) for _ in range(3)]
    return lines


def digest_text(rng: random.Random, papers: int = 8) -> str:
    """One digest: page chrome, numbered entries with links/titles/summaries, related reading, comments.

    Calibrated on seeds/ (`benchmarks/bench_ingest.py` prints both shapes): about 1.4 KB of digest per
    referenced paper, of which about 60% is what the digest says about its papers (titles, authors lines,
    summaries: the text ingest indexes) and the rest page chrome; about 130 Chinese characters and 30 Latin
    words of that text per KB.
    """
    lines = page_header(rng, papers)
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
        lines += ["", zh_summary(rng, rng.randint(5, 11)), ""]
        if rng.random() < 0.2:
            lines += [
                f"代码:https://github.com/{rng.choice(SURNAMES).lower()}/{name.split()[0].lower().strip(':')}"
            ]
        if rng.random() < 0.25:
            lines += [en_abstract(rng, rng.randint(100, 180)), ""]
    lines += page_footer(rng)
    return "\n".join(lines) + "\n"


def shape(folder: Path, limit: int = 200) -> str:
    """How a folder of digests compares with real ones: what ingest's cost depends on, per KB of digest."""
    from paperlist.ingest.parse import parse_digest
    from paperlist.ingest.sources import collect_sources

    size = indexed = cjk = words = papers = 0
    for source in collect_sources([str(folder)])[:limit]:
        parsed = parse_digest(source)
        size += parsed.digest.size
        for reference in parsed.extraction.references:
            text = fts.mention_text(
                reference.title, reference.authors, reference.affiliations, reference.summary
            )
            papers += 1
            indexed += len(text.encode())
            cjk += len(fts.cjk_char().findall(text))
            words += len(re.findall(r"[A-Za-z]+", text))
    kb = size / 1000
    return (
        f"{size / max(papers, 1) / 1000:.2f} KB per paper, {indexed / size:.0%} of it the papers' text,"
        f" {cjk / kb:.0f} Chinese characters and {words / kb:.0f} Latin words per KB"
    )


# Bumped when the corpus changes shape (benchmarks cache corpora by it). 2: page chrome as in seeds/.
CORPUS_VERSION = 2


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


class Texts:
    """The texts of generated papers: each one drawn anew (realistic document frequencies: benchmarks), or,
    with `pool`, drawn from that many of each made up front (a library of thousands of papers in seconds:
    tests). Pooled mentions name their paper by link only (no title), and their segmented search text is made
    once per pooled text."""

    def __init__(self, rng: random.Random, pool: int = 0) -> None:
        self.rng = rng
        self.pool = pool
        if pool:
            self.titles = [title(rng) for _ in range(pool)]
            self.authors = [json.dumps(authors(rng)) for _ in range(pool)]
            self.abstracts = [en_abstract(rng) for _ in range(pool)]
            self.summaries = [zh_summary(rng, rng.randint(2, 5)) for _ in range(pool)]
            self.notes = [zh_summary(rng, 1) for _ in range(pool)]
            self.prepared = {text: fts.segment(text) for text in self.summaries + self.notes}
        else:
            self.prepared = {}

    def _pick(self, texts: list[str]) -> str:
        return texts[self.rng.randrange(self.pool)]

    def title(self) -> str:
        return self._pick(self.titles) if self.pool else title(self.rng)

    def authors_json(self) -> str:
        return self._pick(self.authors) if self.pool else json.dumps(authors(self.rng))

    def abstract(self) -> str:
        return self._pick(self.abstracts) if self.pool else en_abstract(self.rng)

    def summary(self) -> str:
        return self._pick(self.summaries) if self.pool else zh_summary(self.rng, self.rng.randint(2, 5))

    def note(self) -> str:
        return self._pick(self.notes) if self.pool else zh_summary(self.rng, 1)

    def mention_title(self, paper_title: str) -> str | None:
        return None if self.pool else paper_title


def build_store(path: Path, papers: int, seed: int = 11, *, pool: int = 0) -> None:
    """A store of `papers` enriched papers with 1–3 mentions each (Chinese summaries), user state and tags.

    Written a chunk of papers at a time (a million papers take minutes, not hours). `pool`: texts drawn from
    that many made up front (see Texts), for a big library in seconds.
    """
    rng = random.Random(seed)
    texts = Texts(rng, pool)
    store = open_store(path)
    conn = store.conn
    conn.execute("PRAGMA cache_size = -200000")
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
    for first in range(1, papers + 1, CHUNK_PAPERS):
        rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in _INSERTS}
        ids = range(first, min(papers, first + CHUNK_PAPERS - 1) + 1)
        for paper_id in ids:
            identifier = arxiv_id(rng)
            while identifier in seen:
                identifier = arxiv_id(rng)
            seen.add(identifier)
            name = texts.title()
            year = 2000 + int(identifier[:2])
            published = f"{year}-{identifier[2:4]}-{rng.randint(1, 28):02d}"
            primary = rng.choice(CATEGORIES)
            rows["papers"].append(
                (paper_id, identifier, name, texts.authors_json(), texts.abstract(), published, published,
                 rng.randint(1, 3), primary, json.dumps([primary]), now, now)
            )  # fmt: skip
            added = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+00:00"
            status = rng.choices(("unread", "reading", "read", "skipped"), (70, 5, 20, 5))[0]
            starred = int(rng.random() < 0.05)
            rows["user_state"].append(
                (paper_id, status, starred, added, texts.note() if rng.random() < 0.05 else None)
            )
            rows["paper_titles"].append((title_key(name), paper_id))
            for digest_id in rng.sample(range(1, digests + 1), min(digests, rng.choice((1, 1, 1, 2, 3)))):
                rows["mentions"].append(
                    (paper_id, digest_id, rng.randint(1, 400), "[]", f"https://arxiv.org/abs/{identifier}",
                     texts.mention_title(name), texts.summary())
                )  # fmt: skip
            if rng.random() < 0.1:
                rows["tags"].append((paper_id, rng.choice(("nlp", "cv", "todo"))))
        with store.transaction():
            for table, sql in _INSERTS.items():
                conn.executemany(sql, rows[table])
            # (ingest keeps digest_count as it records mentions; here they were written by hand)
            conn.execute(
                "UPDATE papers SET digest_count ="
                " (SELECT count(DISTINCT digest_id) FROM mentions m WHERE m.paper_id = papers.id)"
                " WHERE id BETWEEN ? AND ?",
                (ids[0], ids[-1]),
            )
            fts.reindex(conn, ids, texts.prepared)
    with store.transaction():
        # (and the digests' paper counts, where the schema has them)
        if any(row[1] == "paper_count" for row in conn.execute("PRAGMA table_info(digests)")):
            conn.execute(
                "UPDATE digests SET paper_count ="
                " (SELECT count(DISTINCT paper_id) FROM mentions m WHERE m.digest_id = digests.id)"
            )
    store.refresh_statistics()
    store.close()


CHUNK_PAPERS = 5000
_INSERTS = {
    "papers": "INSERT INTO papers (id, arxiv_id, title, authors, abstract, published, updated, version,"
    " primary_category, categories, enrichment, enriched_at, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'enriched', ?, ?)",
    "user_state": "INSERT INTO user_state (paper_id, status, starred, added_at, note) VALUES (?, ?, ?, ?, ?)",
    "paper_titles": "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)",
    "mentions": "INSERT INTO mentions (paper_id, digest_id, line, lines, evidence, raw, title, summary)"
    " VALUES (?, ?, ?, ?, 'arxiv-link', ?, ?, ?)",
    "tags": "INSERT INTO tags (paper_id, tag) VALUES (?, ?)",
}
