#!/usr/bin/env python3
"""Builds digests/164_git_log_stat_paper_notes_repo.txt: `git log --stat > log.txt` in a two-person MkDocs repository
of paper notes (RL, scientific ML, graphs, KG, vision), as git prints it when stdout is not a terminal: no colour, no
decorations, newest commit first (commit date order), "commit <40 hex>", "Merge: <7> <7>" for the pull-request
merge (which has no stat), "Author:", "Date:   Ddd Mon D HH:MM:SS YYYY +ZZZZ", the message indented by four spaces
(its empty lines too), then the diffstat (paths in path order, names padded to the longest, counts right-aligned,
one "+"/"-" per changed line because no line needs scaling at 80 columns) and "N file(s) changed, X insertion(s)(+),
Y deletion(s)(-)". Hashes are SHA-1s of the commit content and its parents (not real git objects); people, e-mails,
dates, paths and counts are invented; the papers are the catalogue's. Replaying the commits in a real repository
(same authors, dates, paths and line counts) gives the same output with git 2.x, hashes aside."""
import hashlib, os
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "164_git_log_stat_paper_notes_repo.txt")
TW = "Tomasz Wrona <tomasz.wrona@posteo.de>"
AN = "Aiko Nakashima <aiko.nakashima@fastmail.jp>"
DB = "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"
CET, JST = timezone(timedelta(hours=1)), timezone(timedelta(hours=9))

C = []  # (key, author, datetime, message, files, parents)


def commit(key, who, when, tz, msg, files, parents=None):
    t = datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    if parents is None:
        parents = [C[-1][0]] if C else []
    C.append((key, who, t, msg, files, parents))


commit("init", TW, "2024-01-08 10:12:40", CET, "Initial commit: mkdocs skeleton",
       [("mkdocs.yml", 24, 0), ("README.md", 18, 0), ("docs/index.md", 9, 0), (".github/workflows/deploy.yml", 31, 0)])
commit("evo", TW, "2024-01-09 21:40:02", CET,
       "rl: add notes on evolved RL loss functions\n\nCo-Reyes et al., Evolving Reinforcement Learning Algorithms\n"
       "(ICLR 2021). DQNClipped / DQNReg, the search over loss graphs.",
       [("notes/rl/2101.03958-evolved-losses.md", 33, 0), ("mkdocs.yml", 1, 0)])
commit("dt", AN, "2024-01-12 18:05:31", JST,
       "Add notes: Decision Transformer: Reinforcement Learning via Sequence Modeling",
       [("notes/rl/decision-transformer.md", 31, 0), ("mkdocs.yml", 1, 0)])
commit("tt", AN, "2024-01-15 09:30:11", JST,
       "rl: trajectory transformer vs DT table\n\nOffline Reinforcement Learning as One Big Sequence Modeling Problem\n"
       "(Janner, Li, Levine)\n- beam search as planning\n- compare with DT's return conditioning",
       [("notes/rl/trajectory-transformer.md", 29, 0), ("notes/rl/decision-transformer.md", 6, 2)])
commit("sb", TW, "2024-01-19 20:14:55", CET, "Add Sutton & Barto ch. 13 summary (policy gradient)",
       [("notes/books/sutton-barto-ch13.md", 36, 0), ("mkdocs.yml", 2, 0)])
commit("ppo", TW, "2024-01-22 22:03:17", CET,
       "rl: PPO implementation details\n\nWhat Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical\n"
       "Study\nhttps://arxiv.org/abs/2006.05990\n\nTheir recommendations vs. the Spinning Up defaults.",
       [("notes/rl/on-policy-what-matters.md", 33, 0)])
commit("bump", DB, "2024-01-25 04:11:08", timezone.utc,
       "Bump actions/checkout from 3 to 4\n\nBumps [actions/checkout](https://github.com/actions/checkout) from 3 to 4.\n"
       "- [Release notes](https://github.com/actions/checkout/releases)\n"
       "- [Changelog](https://github.com/actions/checkout/blob/main/CHANGELOG.md)\n"
       "- [Commits](https://github.com/actions/checkout/compare/v3...v4)\n\n---\nupdated-dependencies:\n"
       "- dependency-name: actions/checkout\n  dependency-type: direct:production\n"
       "  update-type: version-update:semver-major\n...\n\nSigned-off-by: dependabot[bot] <support@github.com>",
       [(".github/workflows/deploy.yml", 1, 1)])
commit("fno", AN, "2024-01-30 11:47:26", JST,
       "sciml: FNO notes\n\nFourier Neural Operator for Parametric Partial Differential Equations.\n"
       "Spectral conv layer; the resolution-invariance claims need a grain of salt.",
       [("notes/sciml/2010.08895-fno.md", 30, 0), ("mkdocs.yml", 2, 0)])
commit("mgn", AN, "2024-02-02 08:55:03", JST,
       "sciml: add MeshGraphNets notes\n\nLearning Mesh-Based Simulation with Graph Networks (ICLR 2021).\n"
       "encode-process-decode, world-space vs mesh-space edges.",
       [("notes/sciml/meshgraphnets.md", 28, 0)])
commit("eig", TW, "2024-02-06 19:26:44", CET,
       "Add notes on EigenGame\n\nEigenGame: PCA as a Nash Equilibrium\npdf: https://arxiv.org/pdf/2010.00554.pdf\n\n"
       f"Co-authored-by: {AN}",
       [("notes/misc/eigengame.md", 27, 0)])
commit("talk", TW, "2024-02-09 21:02:10", CET,
       "Add notes on Deep RL Bootcamp lecture 4a (policy gradients)\n\nvideo: https://www.youtube.com/watch?v=S_gwYj1Q-44",
       [("notes/talks/deep-rl-bootcamp-4a.md", 19, 0)])
commit("gr1", AN, "2024-02-13 10:31:52", JST, "graphs: Graphormer notes (centrality, spatial encoding)",
       [("notes/graphs/graphormer.md", 32, 0)], parents=["talk"])
commit("ddetr", TW, "2024-02-14 08:40:19", CET,
       "vision: Deformable DETR: Deformable Transformers for End-to-End Object\nDetection - multi-scale deformable attention",
       [("notes/vision/deformable-detr.md", 31, 0), ("mkdocs.yml", 1, 0)], parents=["talk"])
commit("gr2", AN, "2024-02-15 13:05:40", JST, "graphs: fix spatial encoding equation",
       [("notes/graphs/graphormer.md", 3, 3)], parents=["gr1"])
commit("merge14", TW, "2024-02-16 09:12:33", CET,
       "Merge pull request #14 from aiko-n/graphormer-notes\n\n"
       "Notes: Do Transformers Really Perform Bad for Graph Representation?", [], parents=["ddetr", "gr2"])
commit("sbert", AN, "2024-02-20 17:48:09", JST,
       "nlp: Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks\n\n"
       "paper page: https://huggingface.co/papers/1908.10084\nused for the retrieval baseline in the kg notes",
       [("notes/nlp/sbert.md", 26, 0)])
commit("cqd", AN, "2024-02-26 12:20:37", JST,
       "kg: CQD notes - Complex Query Answering with Neural Link Predictors\n\n"
       "ICLR 2021 outstanding paper. t-norms, beam search over entities.",
       [("notes/kg/2011.03459-cqd.md", 29, 0), ("mkdocs.yml", 1, 0)])
commit("af2", TW, "2024-03-01 20:33:01", CET,
       "bio: add AlphaFold2 notes\n\nHighly accurate protein structure prediction with AlphaFold\n"
       "(Nature 596, 583-589). Evoformer + structure module only, no MSA pipeline.",
       [("notes/bio/alphafold2.md", 35, 0)])
commit("link", TW, "2024-03-04 07:58:46", CET, "Fix broken link to Spinning Up docs",
       [("notes/rl/on-policy-what-matters.md", 1, 1)])
commit("instant", TW, "2024-03-05 22:16:29", CET, "mkdocs: enable instant navigation",
       [("mkdocs.yml", 2, 0)])
commit("revert", AN, "2024-03-07 16:42:18", JST, "Revert \"mkdocs: enable instant navigation\"\n\nThis reverts commit {instant}.\n"
       "Breaks the MathJax rendering on page change.", [("mkdocs.yml", 0, 2)])
commit("readme", TW, "2024-03-11 21:07:55", CET, "README: list of topics + how to add a note",
       [("README.md", 12, 3)])

H = {}
for key, who, t, msg, files, parents in C:
    body = f"{key}\n{who}\n{t.isoformat()}\n{msg}\n{files}\n" + "".join(H[p] for p in parents)
    H[key] = hashlib.sha1(body.encode()).hexdigest()


def stat(files):
    files = sorted(files)  # git lists the paths of a diffstat in path order
    nw = max(len(f) for f, _, _ in files)
    cw = max(len(str(a + d)) for _, a, d in files)
    out = []
    for f, a, d in files:
        line = f" {f.ljust(nw)} | {str(a + d).rjust(cw)} " + "+" * a + "-" * d
        assert len(line.rstrip()) <= 80, line
        out.append(line.rstrip())
    n, ins, dels = len(files), sum(a for _, a, _ in files), sum(d for _, _, d in files)
    s = f" {n} file{'s' if n > 1 else ''} changed"
    if ins: s += f", {ins} insertion{'s' if ins > 1 else ''}(+)"
    if dels: s += f", {dels} deletion{'s' if dels > 1 else ''}(-)"
    return out + [s]


out = []
for key, who, t, msg, files, parents in sorted(C, key=lambda c: c[2], reverse=True):
    out.append(f"commit {H[key]}")
    if len(parents) > 1:
        out.append("Merge: " + " ".join(H[p][:7] for p in parents))
    out.append(f"Author: {who}")
    out.append(f"Date:   {t:%a %b} {t.day} {t:%H:%M:%S %Y %z}")
    out.append("")
    for l in msg.format(**H).split("\n"):
        out.append("    " + l)  # git indents the message's empty lines too
    if files:
        out.append("")
        out += stat(files)
    out.append("")
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(out[:-1]) + "\n")
