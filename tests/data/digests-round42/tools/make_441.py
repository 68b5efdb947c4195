#!/usr/bin/env python3
"""441: a JabRef 5 database (.bib) kept by a lab: the "% Encoding: UTF-8" line, entries with JabRef's layout
(`@Article{Key,` capitalised type, two-space `field = {…},` with a comma after the last field too), JabRef fields (`file = {:path:PDF}`,
`groups`, `ranking = {rank4}`, `readstatus`, `priority`, `owner`, `creationdate`), an @Comment with a note, and the
closing `@Comment{jabref-meta: …}` blocks (databaseType, saveOrderConfig, grouping tree). LLM agents and alignment."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F441, keys, AGZ

K = keys(F441)


def who(k, n=None):
    a = CAT[key_of(k)]["authors"]
    a = a if n is None or len(a) <= n else a[:n] + ["others"]
    return " and ".join(a)


def entry(typ, key, fields):
    body = ",\n".join(f"  {f:<12} = {{{v}}}" if False else f"  {f} = {{{v}}}" for f, v in fields)
    return f"@{typ}{{{key},\n{body},\n}}\n"


E = []
E.append(entry("Article", "Reed2022", [
    ("author", who("2205.06175")), ("title", T("2205.06175")), ("journal", "Transactions on Machine Learning Research"),
    ("year", "2022"), ("url", "https://arxiv.org/abs/2205.06175"), ("creationdate", "2023-02-14T10:21:07"),
    ("file", ":Reed2022 - A Generalist Agent.pdf:PDF"), ("groups", "Agents, Foundations"), ("owner", "ldaniels"),
    ("ranking", "rank4"), ("readstatus", "read")]))
E.append(entry("Misc", "Zhao2023", [
    ("author", who("2303.18223", 8)), ("title", T("2303.18223")), ("year", "2023"),
    ("url", "https://arxiv.org/abs/2303.18223v13"), ("comment", "long; use as a map, cite specific sections"),
    ("creationdate", "2023-04-03T09:02:44"), ("groups", "Surveys"), ("owner", "ldaniels"), ("priority", "prio2")]))
E.append(entry("InProceedings", "Ouyang2022", [
    ("author", who("2203.02155", 6)), ("booktitle", "Advances in Neural Information Processing Systems"),
    ("title", T("2203.02155")), ("year", "2022"), ("pages", "27730--27744"), ("volume", "35"),
    ("creationdate", "2023-02-14T10:25:51"), ("groups", "Alignment"), ("owner", "ldaniels"), ("ranking", "rank5"),
    ("readstatus", "read")]))
E.append(entry("Misc", "Gunasekar2023", [
    ("author", who("2306.11644", 6)), ("title", T("2306.11644")), ("year", "2023"), ("archiveprefix", "arXiv"),
    ("eprint", "2306.11644"), ("primaryclass", "cs.CL"), ("creationdate", "2023-07-02T18:40:12"),
    ("groups", "Data"), ("owner", "pkowalczyk"), ("readstatus", "skimmed")]))
E.append(entry("InProceedings", "Park2023", [
    ("author", who("2304.03442")), ("booktitle", "Proceedings of the 36th Annual ACM Symposium on User Interface Software and Technology"),
    ("title", T("2304.03442")), ("year", "2023"), ("doi", "10.1145/3586183.3606763"), ("series", "UIST '23"),
    ("creationdate", "2023-08-21T11:12:09"), ("file", ":Park2023 - Generative Agents.pdf:PDF"),
    ("groups", "Agents"), ("owner", "pkowalczyk"), ("ranking", "rank4")]))
E.append(entry("Misc", "Shinn2023", [
    ("author", who("2303.11366")), ("title", T("2303.11366")), ("year", "2023"), ("note", "NeurIPS 2023"),
    ("eprint", "2303.11366"), ("archiveprefix", "arXiv"), ("creationdate", "2023-08-21T11:15:30"),
    ("groups", "Agents"), ("owner", "pkowalczyk")]))
E.append(entry("Misc", "Wang2023", [
    ("author", who("2305.16291")), ("title", T("2305.16291")), ("year", "2023"),
    ("howpublished", "\\url{https://arxiv.org/abs/2305.16291}"), ("comment", "Minecraft; skill library = code; compare with Generative Agents' memory stream"),
    ("creationdate", "2023-08-21T11:18:02"), ("groups", "Agents, Embodied"), ("owner", "pkowalczyk"),
    ("ranking", "rank3")]))
E.append(entry("Misc", "Packer2023", [
    ("author", who("2310.08560")), ("title", T("2310.08560")), ("year", "2023"),
    ("url", "https://arxiv.org/pdf/2310.08560.pdf"), ("creationdate", "2023-10-19T08:57:41"),
    ("file", ":Packer2023 - MemGPT.pdf:PDF"), ("groups", "Agents, Memory"), ("owner", "ldaniels"),
    ("readstatus", "read")]))
E.append(entry("Misc", "Asai2023", [
    ("author", who("2310.11511")), ("title", T("2310.11511")), ("year", "2023"), ("eprint", "2310.11511"),
    ("archiveprefix", "arXiv"), ("primaryclass", "cs.CL"), ("creationdate", "2023-10-23T14:30:00"),
    ("groups", "Retrieval"), ("owner", "ldaniels"), ("priority", "prio1")]))
E.append(entry("InProceedings", "Guu2020", [
    ("author", who("2002.08909")), ("booktitle", "Proceedings of the 37th International Conference on Machine Learning"),
    ("title", T("2002.08909")), ("year", "2020"), ("editor", "III, Hal Daum\\'e and Singh, Aarti"),
    ("pages", "3929--3938"), ("publisher", "PMLR"), ("series", "Proceedings of Machine Learning Research"),
    ("volume", "119"), ("url", "https://proceedings.mlr.press/v119/guu20a.html"),
    ("creationdate", "2023-10-23T14:33:16"), ("groups", "Retrieval"), ("owner", "ldaniels")]))
E.append(entry("InProceedings", "Chen2021", [
    ("author", who("2106.01345")), ("booktitle", "Advances in Neural Information Processing Systems"),
    ("title", T("2106.01345")), ("year", "2021"), ("volume", "34"), ("pages", "15084--15097"),
    ("creationdate", "2023-02-14T10:30:12"), ("groups", "Foundations, RL"), ("owner", "ldaniels"),
    ("readstatus", "read")]))
E.append(entry("Article", "Silver2017", [
    ("author", who(AGZ)), ("journal", "Nature"), ("title", T(AGZ)), ("year", "2017"), ("issn", "1476-4687"),
    ("month", "oct"), ("number", "7676"), ("pages", "354--359"), ("volume", "550"), ("doi", "10.1038/nature24270"),
    ("creationdate", "2023-02-14T10:31:40"), ("groups", "Foundations, RL"), ("owner", "ldaniels"),
    ("ranking", "rank5")]))
E.append(entry("Book", "SuttonBarto2018", [
    ("author", "Sutton, Richard S. and Barto, Andrew G."), ("publisher", "MIT Press"),
    ("title", "Reinforcement Learning: An Introduction"), ("year", "2018"), ("edition", "2"),
    ("creationdate", "2023-02-14T10:33:02"), ("groups", "Foundations, RL"), ("owner", "ldaniels")]))
E.append(entry("Software", "LangChain2023", [
    ("author", "Chase, Harrison"), ("title", "LangChain"), ("year", "2022"),
    ("url", "https://github.com/langchain-ai/langchain"), ("creationdate", "2023-08-21T11:20:44"),
    ("groups", "Tools"), ("owner", "pkowalczyk")]))

meta = r"""@Comment{jabref-meta: databaseType:bibtex;}

@Comment{jabref-meta: fileDirectoryLatex-ldaniels-LAB-WS-07:/home/ldaniels/papers;}

@Comment{jabref-meta: saveOrderConfig:specified;citationkey;false;year;true;}

@Comment{jabref-meta: grouping:
0 AllEntriesGroup:;
1 StaticGroup:Foundations\;0\;1\;0x8a8a8aff\;\;\;;
1 StaticGroup:Surveys\;0\;1\;0x8a8a8aff\;\;\;;
1 StaticGroup:Agents\;0\;1\;0x1a5fb4ff\;\;\;;
2 StaticGroup:Embodied\;0\;1\;0x1a5fb4ff\;\;\;;
2 StaticGroup:Memory\;0\;1\;0x1a5fb4ff\;\;\;;
1 StaticGroup:Alignment\;0\;1\;0xc01c28ff\;\;\;;
1 StaticGroup:Retrieval\;0\;1\;0x26a269ff\;\;\;;
1 StaticGroup:Data\;0\;1\;0x8a8a8aff\;\;\;;
1 StaticGroup:RL\;0\;1\;0x8a8a8aff\;\;\;;
1 StaticGroup:Tools\;0\;1\;0x8a8a8aff\;\;\;;
}
"""
order = sorted(E, key=lambda s: s.split("{", 1)[1].split(",", 1)[0])
text = ("% Encoding: UTF-8\n\n" + "\n".join(order) + "\n"
        + "@Comment{Reading list for the agents seminar, spring term. Keys follow [auth][year]. "
          "Please set readstatus when you have read something, and do not rename PDFs by hand.}\n\n" + meta)
write_only(F441, text, K, forms=[text.replace("{", "").replace("}", "")])
