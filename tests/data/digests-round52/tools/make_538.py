#!/usr/bin/env python3
"""538: the GitHub REST API's answer to GET /repos/{owner}/{repo}/readme saved with curl (pretty-printed JSON: name,
path, sha, size, url, html_url, git_url, download_url, type, content, encoding, _links), so the awesome list itself
is only in the base64 `content` (60-character lines joined by "\\n", GitHub's way); `sha` is the git blob sha1 of
the README and `size` its byte length. The README is an English awesome list on LLM agents: badges, a contents list,
Markdown tables with <b>titles</b>, shields.io arXiv badges linked to abs pages, an OpenReview link, a project page,
a PMLR link, a <details> block, a Frameworks / Blogs section and a citation block for the list itself.
Papers: arXiv abs URLs behind badges (link), an OpenReview forum link (link), an `arXiv 2310.11511` code span (arxiv-text),
titles with a project page / PMLR link / venue (title-only). Not papers: LangChain, AutoGen, CrewAI, MetaGPT repos,
Lil'Log's agent post, a YouTube talk, the list's own BibTeX (@misc software)."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import F538, keys


def badge(aid):
    return f"[![arXiv](https://img.shields.io/badge/arXiv-{aid}-b31b1b.svg)](https://arxiv.org/abs/{aid})"


readme = f"""<div align="center">

# Awesome Agent Memory [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

<img src="assets/banner.png" width="640" alt="agents remembering things">

[![License: CC0-1.0](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)](http://creativecommons.org/publicdomain/zero/1.0/)
[![PRs Welcome](https://img.shields.io/badge/PRs-welcome-brightgreen.svg)](CONTRIBUTING.md)
![last commit](https://img.shields.io/github/last-commit/quillon-lab/awesome-agent-memory)

</div>

A curated list of papers, benchmarks and tools on **LLM agents that remember, reflect, retrieve and act**.
Maintained by the Quillon Lab reading group — we add what we actually read on Thursdays. 🧠

> [!NOTE]
> Entries are sorted by topic, then by date. Venue tags follow the camera-ready version where there is one.

## Contents

- [Memory and long horizons](#memory-and-long-horizons)
- [Reflection and self-critique](#reflection-and-self-critique)
- [Retrieval](#retrieval)
- [Tools and environments](#tools-and-environments)
- [Benchmarks](#benchmarks)
- [Frameworks](#frameworks)
- [Blogs and talks](#blogs-and-talks)
- [Contributing](#contributing)

## Memory and long horizons

| Paper | Venue | Links | Notes |
|:------|:-----:|:------|:------|
| <b>{T('2310.08560')}</b><br><sub>{au('2310.08560', 3)}</sub> | arXiv 2023 | {badge('2310.08560')} [![Code](https://img.shields.io/badge/Code-GitHub-black)](https://github.com/cpacker/MemGPT) | virtual context paging, main vs. external context |
| <b>{T('2305.16291')}</b><br><sub>{au('2305.16291', 3)}</sub> | TMLR 2024 | [🌐 Project](https://voyager.minedojo.org/) | skill library as long-term memory; Minecraft |
| <b>{T('2205.06175')}</b><br><sub>{au('2205.06175', 3)}</sub> | TMLR 2022 | — | one transformer, 604 tasks; no explicit memory, listed as the baseline everyone cites |

## Reflection and self-critique

| Paper | Venue | Links | Notes |
|:------|:-----:|:------|:------|
| <b>{T('2303.11366')}</b><br><sub>{au('2303.11366', 3)}</sub> | NeurIPS 2023 | {badge('2303.11366')} | episodic memory of verbal feedback |
| <b>{T('2310.11511')}</b><br><sub>{au('2310.11511', 3)}</sub> | ICLR 2024 (oral) | `arXiv 2310.11511` · [🌐 Project](https://selfrag.github.io/) | reflection tokens decide when to retrieve |

## Retrieval

<details>
<summary><b>Classic retrieval-augmented pre-training (click to expand)</b></summary>

- *{T('2002.08909')}* — {au('2002.08909', 2)}. ICML 2020. [[PMLR]](https://proceedings.mlr.press/v119/guu20a.html)
  Still the cleanest explanation of a learned retriever trained through the LM loss.

</details>

## Tools and environments

| Paper | Venue | Links | Notes |
|:------|:-----:|:------|:------|
| <b>{T('2302.04761')}</b><br><sub>{au('2302.04761', 3)}</sub> | NeurIPS 2023 | {badge('2302.04761')} | self-supervised API-call annotation |

## Benchmarks

| Benchmark | Venue | Links | Notes |
|:------|:-----:|:------|:------|
| <b>{T('2310.06770')}</b> | ICLR 2024 | [OpenReview](https://openreview.net/forum?id={OR('2310.06770')}) · [Leaderboard](https://www.swebench.com/) | 2,294 real issues from 12 Python repos |

## Frameworks

- [LangChain](https://github.com/langchain-ai/langchain) – building blocks for chains and agents.
- [AutoGen](https://github.com/microsoft/autogen) – multi-agent conversation framework.
- [CrewAI](https://github.com/crewAIInc/crewAI) – role-playing agent crews.
- [MetaGPT](https://github.com/geekan/MetaGPT) – software-company simulation (repo, not the paper).

## Blogs and talks

- [LLM Powered Autonomous Agents](https://lilianweng.github.io/posts/2023-06-23-agent/) – Lilian Weng's overview post (2023).
- [Agents reading group, session 7 (recording)](https://www.youtube.com/watch?v=Qm4bD2xWvTs) – our own discussion of memory architectures.

## Contributing

Contributions welcome! Read the [contribution guidelines](CONTRIBUTING.md) first. One paper per PR, please,
with venue and a one-line note. Run `python scripts/check_links.py` before opening the PR.

## Citation

If this list helped you, you can cite it as:

```bibtex
@misc{{awesome-agent-memory,
  author       = {{Quillon Lab Reading Group}},
  title        = {{Awesome Agent Memory}},
  year         = {{2024}},
  howpublished = {{\\url{{https://github.com/quillon-lab/awesome-agent-memory}}}}
}}
```

## License

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)
"""
raw = readme.encode("utf-8")
b64 = base64.b64encode(raw).decode()
content = "\n".join(b64[i:i + 60] for i in range(0, len(b64), 60)) + "\n"
sha = hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()
R = "quillon-lab/awesome-agent-memory"
doc = {
 "name": "README.md", "path": "README.md", "sha": sha, "size": len(raw),
 "url": f"https://api.github.com/repos/{R}/contents/README.md?ref=main",
 "html_url": f"https://github.com/{R}/blob/main/README.md",
 "git_url": f"https://api.github.com/repos/{R}/git/blobs/{sha}",
 "download_url": f"https://raw.githubusercontent.com/{R}/main/README.md",
 "type": "file", "content": content, "encoding": "base64",
 "_links": {"self": f"https://api.github.com/repos/{R}/contents/README.md?ref=main",
            "git": f"https://api.github.com/repos/{R}/git/blobs/{sha}",
            "html": f"https://github.com/{R}/blob/main/README.md"},
}
text = json.dumps(doc, indent=2) + "\n"
write_only(F538, text, keys(F538), [readme])
