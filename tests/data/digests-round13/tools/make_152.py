#!/usr/bin/env python3
"""Builds digests/152_zotero_csl_json_rl_agents_library.json: a Zotero 7 "Export Library… → CSL JSON" of a small
RL / embodied-agents collection.

As Zotero writes it: a JSON array, tab-indented (JSON.stringify(items, null, "\\t")), no trailing newline; item
"id"s are the local library URIs (http://zotero.org/users/local/<key>/items/<KEY>); keys in Zotero's order (id,
type, then the mapped fields, then author/editor, accessed, issued); names as {family, given}; "date-parts" with the
year as a string and month/day as numbers (Zotero's quirk); "note" carries the item's Extra field; preprints are
type "article" with publisher arXiv, number arXiv:ID, DOI 10.48550/arXiv.ID, source arXiv.org. Also a book, a
webpage, a software item (computerProgram → "software") and a presentation ("speech"): not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "152_zotero_csl_json_rl_agents_library.json")
LIB = "http://zotero.org/users/local/Qm7tRx2p/items/"
PARTICLES = {"van", "von", "de", "der", "den"}


def names(lst):
    out = []
    for n in lst:
        parts = n.split()
        i = len(parts) - 1
        while i > 1 and parts[i - 1].lower() in PARTICLES:
            i -= 1
        out.append({"family": " ".join(parts[i:]), "given": " ".join(parts[:i])})
    return out


def date(y, m=None, d=None):
    parts = [str(y)] + ([m] if m else []) + ([d] if d else [])
    return {"date-parts": [parts]}


items = []


def item(key, typ, fields, who=None, accessed=None, issued=None, role="author"):
    it = {"id": LIB + key, "type": typ}
    it.update(fields)
    if who:
        it[role] = names(who) if isinstance(who[0], str) else who
    if accessed:
        it["accessed"] = date(*accessed)
    if issued:
        it["issued"] = date(*issued)
    items.append(it)


ICLR = {"container-title": "International Conference on Learning Representations",
        "event-place": "Virtual", "event-title": "ICLR 2021", "language": "en", "source": "openreview.net"}

item("3HQZ8K2M", "paper-conference",
     {"container-title": "Advances in Neural Information Processing Systems", "language": "en",
      "note": "arXiv: 2106.01345", "page": "15084–15097", "publisher": "Curran Associates, Inc.",
      "source": "Neural Information Processing Systems",
      "title": "Decision Transformer: Reinforcement Learning via Sequence Modeling", "title-short": "Decision Transformer",
      "URL": "https://proceedings.neurips.cc/paper/2021/hash/7f489f642a0ddb10272b5c31057f0663-Abstract.html",
      "volume": "34"}, authors("2106.01345"), (2024, 2, 27), (2021,))
item("7VN4C9TA", "article",
     {"DOI": "10.48550/arXiv.2106.02039", "note": "arXiv:2106.02039 [cs]", "number": "arXiv:2106.02039",
      "publisher": "arXiv", "source": "arXiv.org",
      "title": "Offline Reinforcement Learning as One Big Sequence Modeling Problem",
      "URL": "http://arxiv.org/abs/2106.02039"}, authors("2106.02039"), (2024, 2, 27), (2021, 11, 28))
item("B2X6RJ5E", "paper-conference",
     dict(ICLR, title="What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
          **{"title-short": "What Matters In On-Policy Reinforcement Learning?"}),
     authors("2006.05990"), (2024, 2, 28), (2021,))
item("C8P3WQ1N", "article",
     {"note": "Project page: say-can.example.github.io", "publisher": "arXiv", "source": "arXiv.org",
      "title": "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances",
      "title-short": "Do As I Can, Not As I Say", "URL": "https://arxiv.org/abs/2204.01691v2"},
     authors("2204.01691"), (2024, 2, 28), (2022, 8, 16))
item("D4K9MZ7S", "article-journal",
     {"container-title": "Transactions on Machine Learning Research", "ISSN": "2835-8856", "language": "en",
      "source": "Zotero", "title": "A Generalist Agent"},
     authors("2205.06175"), (2024, 2, 28), (2022, 11))
item("E6T2HB8V", "article",
     {"DOI": "10.48550/arXiv.2307.15818", "number": "arXiv:2307.15818", "publisher": "arXiv", "source": "arXiv.org",
      "title": "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", "title-short": "RT-2"},
     authors("2307.15818"), (2024, 3, 1), (2023, 7, 28))
item("F9R5CX3J", "paper-conference", dict(ICLR, title="Gradient Projection Memory for Continual Learning"),
     authors("2103.09762"), (2024, 3, 1), (2021,))
item("G1M8VK4D", "paper-conference", dict(ICLR, title="Federated Learning Based on Dynamic Regularization"),
     authors("2111.04263"), (2024, 3, 1), (2021,))
item("H5W2NQ9L", "paper-conference",
     dict(ICLR, note="Outstanding Paper Award", title="Rethinking Architecture Selection in Differentiable NAS"),
     authors("2108.04392"), (2024, 3, 1), (2021,))
item("J7S4TF6B", "paper-conference",
     dict(ICLR, title="Complex Query Answering with Neural Link Predictors", URL="https://arxiv.org/pdf/2011.03459"),
     authors("2011.03459"), (2024, 3, 2), (2021,))
item("K3D9PL2R", "paper-conference", dict(ICLR, title="EigenGame: PCA as a Nash Equilibrium", **{"title-short": "EigenGame"}),
     authors("2010.00554"), (2024, 3, 2), (2021,))
item("L8Z6GY5C", "article-journal",
     {"container-title": "Nature", "DOI": "10.1038/nature24270", "ISSN": "1476-4687", "issue": "7676",
      "journalAbbreviation": "Nature", "language": "en", "license": "2017 Macmillan Publishers Limited, part of Springer Nature.",
      "page": "354-359", "publisher": "Nature Publishing Group", "source": "www.nature.com",
      "title": "Mastering the game of Go without human knowledge", "URL": "https://www.nature.com/articles/nature24270",
      "volume": "550"}, authors("Mastering the game of Go without human knowledge"), (2024, 3, 2), (2017, 10))
# ---- not papers
item("M2Q7HW8T", "book",
     {"edition": "2", "ISBN": "978-1-7384-2210-6", "number-of-pages": "412",
      "publisher": "Harbour Press", "publisher-place": "Bristol", "source": "Library catalogue",
      "title": "Sequential Decision Making in Practice: From Bandits to Offline RL"},
     [{"family": "Abernathy", "given": "Lucinda"}, {"family": "Ferreira", "given": "Tomás"}], (2024, 3, 4), (2023,))
item("N6V1XJ3K", "webpage",
     {"container-title": "The Replay Buffer", "language": "en-GB",
      "title": "An RL debugging checklist (2024 edition)", "URL": "https://replaybuffer.example.net/posts/rl-debugging-checklist/"},
     [{"family": "Moreau", "given": "Élodie"}], (2024, 3, 4), (2024, 1, 19))
item("P4C8RM6F", "software",
     {"abstract": "Minimal, well-tested implementations of PPO, SAC and IQL in JAX.", "genre": "Python",
      "publisher": "GitHub", "source": "GitHub", "title": "rl-zoo-lite", "URL": "https://github.com/replaybuffer/rl-zoo-lite",
      "version": "0.7.2"}, [{"family": "Moreau", "given": "Élodie"}, {"family": "Osei", "given": "Kwame"}],
     (2024, 3, 4), (2024, 2, 2))
item("Q9B5TD2W", "speech",
     {"event-place": "Tannfeld", "event-title": "Embodied AI reading group", "genre": "Tutorial",
      "title": "Offline RL in one hour: value, policy and sequence-model views",
      "URL": "https://video.example.edu/embodied-rg/2024-02-offline-rl"},
     [{"family": "Achterberg", "given": "Nils"}], (2024, 3, 4), (2024, 2, 9))

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(items, indent="\t", ensure_ascii=False))
