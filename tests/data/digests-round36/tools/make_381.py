#!/usr/bin/env python3
"""381: a Zotero collection exported with Better BibTeX's "Better BibLaTeX" translator: citekeys in BBT's default
pattern (first author's surname in lower case, three title words, year), biblatex field names (date, journaltitle,
eprinttype, urldate, langid, pubstate), titles with BBT's case protection in double braces ({{Reinforcement Learning
Algorithms}}), LaTeX accents in names (Sta{\\'n}czyk, Dess{\\`i}, L{\\'e}onard), abstracts with LaTeX, keywords,
Zotero storage paths in `file`; entry types @online (preprints and a blog post), @misc (a "Document" item),
@inproceedings, @article, @book, @software. Papers: url = {http://arxiv.org/abs/ID} (link), eprint = {ID} without a
URL or a bare doi = {10.48550/arXiv.ID} (arxiv-text), proceedings, PMLR, Nature and ACM records with their own URL or
DOI (title-only). The Sutton & Barto book, the Gymnasium software and Lilian Weng's blog post are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F381, keys, GO

TEX = {"ń": "{\\'n}", "é": "{\\'e}", "ì": "{\\`i}", "ö": "{\\\"o}"}
MULTI = ("Gomez Colmenarejo", "van den Driessche", "de Freitas", "Ringel Morris", "Barth-Maron")


def person(n):
    for m in MULTI:
        if n.endswith(" " + m):
            last, first = m, n[: -len(m) - 1]
            break
    else:
        first, last = n.rsplit(" ", 1)
    s = f"{last}, {first}"
    for a, b in TEX.items():
        s = s.replace(a, b)
    return s


def authors(k):
    return " and ".join(person(a) for a in CAT[k]["authors"])


def entry(typ, key, fields):
    body = ",\n".join(f"  {f} = {{{v}}}" for f, v in fields)
    return f"@{typ}{{{key},\n{body}\n}}\n"


Z = "/Users/anwar/Zotero/storage"
E = [
 entry("online", "co-reyesEvolvingReinforcementLearning2021", [
  ("title", "Evolving {{Reinforcement Learning Algorithms}}"), ("author", authors("2101.03958")),
  ("date", "2021-01-08"), ("eprint", "2101.03958"), ("eprinttype", "arXiv"), ("eprintclass", "cs"),
  ("url", "http://arxiv.org/abs/2101.03958"), ("urldate", "2024-02-12"),
  ("abstract", "We propose a method for meta-learning reinforcement learning algorithms by searching over the space of computational graphs which compute the loss function for a value-based model-free {RL} agent to optimize."),
  ("pubstate", "preprint"), ("keywords", "Computer Science - Machine Learning,meta-RL,to-read"),
  ("file", f"{Z}/8KQ2H3ZD/Co-Reyes et al. - 2021 - Evolving Reinforcement Learning Algorithms.pdf")]),
 entry("online", "reedGeneralistAgent2022", [
  ("title", "A {{Generalist Agent}}"), ("author", authors("2205.06175")), ("date", "2022-05-12"),
  ("eprint", "2205.06175"), ("eprinttype", "arXiv"), ("eprintclass", "cs"),
  ("url", "http://arxiv.org/abs/2205.06175"), ("urldate", "2024-02-12"), ("pubstate", "preprint"),
  ("keywords", "Computer Science - Artificial Intelligence,Computer Science - Robotics,generalist"),
  ("file", f"{Z}/Q9T3MV2A/Reed et al. - 2022 - A Generalist Agent.pdf")]),
 entry("inproceedings", "chenDecisionTransformerReinforcement2021", [
  ("title", "Decision {{Transformer}}: {{Reinforcement Learning}} via {{Sequence Modeling}}"),
  ("booktitle", "Advances in {{Neural Information Processing Systems}}"), ("author", authors("2106.01345")),
  ("date", "2021"), ("volume", "34"), ("pages", "15084--15097"), ("publisher", "{Curran Associates, Inc.}"),
  ("eprint", "2106.01345"), ("eprinttype", "arxiv"), ("langid", "english"),
  ("keywords", "offline-RL,sequence-models"),
  ("file", f"{Z}/2WJ7RZCX/Chen et al. - 2021 - Decision Transformer Reinforcement Learning via Sequence Modeling.pdf")]),
 entry("inproceedings", "jannerOfflineReinforcementLearning2021", [
  ("title", "Offline {{Reinforcement Learning}} as {{One Big Sequence Modeling Problem}}"),
  ("booktitle", "Advances in {{Neural Information Processing Systems}}"), ("author", authors("2106.02039")),
  ("date", "2021"), ("volume", "34"), ("pages", "1273--1286"), ("publisher", "{Curran Associates, Inc.}"),
  ("url", "https://proceedings.neurips.cc/paper/2021/hash/099fe6b0b444c23836c4a5d07346082b-Abstract.html"),
  ("urldate", "2024-02-13"), ("keywords", "offline-RL,planning,sequence-models")]),
 entry("article", "silverMasteringGameGo2017", [
  ("title", "Mastering the Game of {{Go}} without Human Knowledge"), ("author", authors(GO)),
  ("date", "2017-10"), ("journaltitle", "Nature"), ("volume", "550"), ("number", "7676"), ("pages", "354--359"),
  ("issn", "1476-4687"), ("doi", "10.1038/nature24270"), ("url", "https://www.nature.com/articles/nature24270"),
  ("urldate", "2024-02-13"), ("langid", "english"), ("keywords", "classic,self-play")]),
 entry("inproceedings", "brohanRT2VisionLanguageActionModels2023", [
  ("title", "{{RT-2}}: {{Vision-Language-Action Models Transfer Web Knowledge}} to {{Robotic Control}}"),
  ("booktitle", "Proceedings of {{The}} 7th {{Conference}} on {{Robot Learning}}"), ("author", authors("2307.15818")),
  ("date", "2023"), ("series", "Proceedings of {{Machine Learning Research}}"), ("volume", "229"),
  ("pages", "2165--2183"), ("publisher", "PMLR"), ("url", "https://proceedings.mlr.press/v229/zitkovich23a.html"),
  ("urldate", "2024-02-14"), ("keywords", "robotics,VLA")]),
 entry("online", "andrychowiczWhatMattersOnPolicy2020", [
  ("title", "What {{Matters In On-Policy Reinforcement Learning}}? {{A Large-Scale Empirical Study}}"),
  ("author", authors("2006.05990")), ("date", "2020-06-10"), ("eprint", "2006.05990"), ("eprinttype", "arXiv"),
  ("eprintclass", "cs, stat"), ("url", "http://arxiv.org/abs/2006.05990"), ("urldate", "2024-02-12"),
  ("abstract", "In recent years, on-policy reinforcement learning ({RL}) has been successfully applied to many different continuous control tasks. We implement {$>$}50 such ``choices'' in a unified on-policy {RL} framework."),
  ("pubstate", "preprint"), ("keywords", "PPO,ablations"),
  ("file", f"{Z}/HV4E8N2P/Andrychowicz et al. - 2020 - What Matters In On-Policy Reinforcement Learning A Large-Scale Empirical Study.pdf")]),
 entry("inproceedings", "parkGenerativeAgentsInteractive2023", [
  ("title", "Generative {{Agents}}: {{Interactive Simulacra}} of {{Human Behavior}}"),
  ("booktitle", "Proceedings of the 36th {{Annual ACM Symposium}} on {{User Interface Software}} and {{Technology}}"),
  ("author", authors("2304.03442")), ("date", "2023-10-29"), ("series", "{{UIST}} '23"), ("pages", "1--22"),
  ("publisher", "{Association for Computing Machinery}"), ("location", "New York, NY, USA"),
  ("doi", "10.1145/3586183.3606763"), ("isbn", "979-8-4007-0132-0"), ("urldate", "2024-02-15"),
  ("keywords", "LLM-agents,memory,simulation")]),
 entry("online", "shinnReflexionLanguageAgents2023", [
  ("title", "Reflexion: {{Language Agents}} with {{Verbal Reinforcement Learning}}"),
  ("shorttitle", "Reflexion"), ("author", authors("2303.11366")), ("date", "2023-10-10"),
  ("eprint", "2303.11366"), ("eprinttype", "arXiv"), ("eprintclass", "cs"),
  ("url", "http://arxiv.org/abs/2303.11366"), ("urldate", "2024-02-15"), ("pubstate", "preprint"),
  ("keywords", "LLM-agents,self-reflection"),
  ("file", f"{Z}/7UYC5K3B/Shinn et al. - 2023 - Reflexion Language Agents with Verbal Reinforcement Learning.pdf")]),
 entry("misc", "schickToolformerLanguageModels2023", [
  ("title", "Toolformer: {{Language Models Can Teach Themselves}} to {{Use Tools}}"),
  ("shorttitle", "Toolformer"), ("author", authors("2302.04761")), ("date", "2023-02-09"),
  ("organization", "Meta AI Research"), ("doi", "10.48550/arXiv.2302.04761"), ("urldate", "2024-02-15"),
  ("note", "Saved as a PDF ``Document'' item; the arXiv page was not reachable from the lab proxy that day"),
  ("keywords", "LLM-agents,tool-use"),
  ("file", f"{Z}/ZJ4D6Q8M/Schick et al. - 2023 - Toolformer Language Models Can Teach Themselves to Use Tools.pdf")]),
 entry("book", "suttonReinforcementLearningIntroduction2018", [
  ("title", "Reinforcement Learning: {{An Introduction}}"), ("shorttitle", "Reinforcement Learning"),
  ("author", "Sutton, Richard S. and Barto, Andrew G."), ("date", "2018"), ("edition", "2"),
  ("publisher", "{The MIT Press}"), ("location", "Cambridge, MA"), ("isbn", "978-0-262-03924-6"),
  ("keywords", "textbook")]),
 entry("software", "towersGymnasium2023", [
  ("title", "Gymnasium"), ("author", "Towers, Mark and Terry, Jordan K. and Kwiatkowski, Ariel and others"),
  ("date", "2023-03-25"), ("organization", "Farama Foundation"), ("version", "0.28.1"),
  ("url", "https://github.com/Farama-Foundation/Gymnasium"), ("urldate", "2024-02-12"),
  ("keywords", "software")]),
 entry("online", "wengLLMPoweredAutonomous2023", [
  ("title", "{{LLM Powered Autonomous Agents}}"), ("author", "Weng, Lilian"), ("date", "2023-06-23"),
  ("url", "https://lilianweng.github.io/posts/2023-06-23-agent/"), ("urldate", "2024-02-15"),
  ("organization", "Lil'Log"), ("langid", "english"), ("keywords", "blog,LLM-agents")]),
]
text = "\n".join(E)


def bib_text(s):
    """the .bib read as text: braces removed, the few LaTeX accents undone, ``'' quotes as quotes"""
    for a, b in TEX.items():
        s = s.replace(b, a)
    return s.replace("``", "\"").replace("''", "\"").replace("{", "").replace("}", "")


if __name__ == "__main__":
    write_only(F381, text, keys(F381), forms=[bib_text(text)])
