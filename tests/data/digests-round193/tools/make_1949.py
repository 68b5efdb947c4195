#!/usr/bin/env python3
"""1949: a Polish RimWorld mod's research tree (`Defs/ResearchProjectDefs/ResearchProjects_LLM.xml`): the XML
declaration, a comment with the mod's sources, one ResearchTabDef and eight ResearchProjectDefs (defName, label,
description, baseCost, techLevel, prerequisites, tab, researchViewX / Y) — arXiv links (`/abs/`, `/pdf/`, `http://`,
`/abs/…v2`) in comments and a description, one id in a description (arxiv-text), three titles alone in descriptions —
and non-papers (a repository, the RimWorld wiki, a book, a talk). Tab indentation, LF, a final newline."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1949)

PROJECTS = [
    # defName, label, description, cost, tech, prereqs, x, y, comment before
    ("LLM_MixtureOfExperts", "mieszanka ekspertów",
     "Rdzenie kolonii dzielą się pracą: każdy token trafia tylko do jednego eksperta. Na podstawie: " + T("2101.03961") + ".",
     1200, "Industrial", ["MicroelectronicsBasics"], 0.00, 0.00,
     "Switch: https://arxiv.org/abs/2101.03961"),
    ("LLM_ComputeOptimal", "optymalne zużycie obliczeń",
     "Więcej danych, mniejszy model — tak samo dobry wynik przy tym samym budżecie. " + T("2203.15556") + ".",
     1600, "Industrial", ["LLM_MixtureOfExperts"], 1.00, 0.00,
     "Chinchilla: https://arxiv.org/pdf/2203.15556"),
    ("LLM_ZeroSharding", "dzielenie pamięci (ZeRO)",
     "Stany optymalizatora rozłożone na wiele konsol; nikt nie trzyma wszystkiego. " + T("1910.02054") + ", zob. http://arxiv.org/abs/1910.02054",
     2000, "Spacer", ["LLM_ComputeOptimal"], 2.00, 0.00, None),
    ("LLM_IOAwareAttention", "uwaga świadoma pamięci",
     "Kolonista liczy uwagę kafelkami i nie zapisuje macierzy na dysk. " + T("2205.14135") + ".",
     2400, "Spacer", ["LLM_ZeroSharding"], 3.00, 0.00,
     "FlashAttention: https://arxiv.org/abs/2205.14135v2"),
    ("LLM_Int8", "mnożenie 8-bitowe",
     "Wagi w 8 bitach, a odstające cechy osobno. " + T("2208.07339") + " (arXiv 2208.07339).",
     1800, "Spacer", ["LLM_ComputeOptimal"], 2.00, 1.00, None),
    ("LLM_PostTrainingQuant", "kwantyzacja po treningu",
     "Modele mieszczą się w starych rdzeniach AI bez ponownego trenowania. Podstawa: " + T("2210.17323") + ".",
     2200, "Spacer", ["LLM_Int8"], 3.00, 1.00, None),
    ("LLM_SpeculativeDecoding", "dekodowanie spekulatywne",
     "Mały model zgaduje kilka tokenów, duży tylko sprawdza — rozmowy z rdzeniem są szybsze. " + T("2211.17192") + ".",
     2600, "Spacer", ["LLM_IOAwareAttention", "LLM_PostTrainingQuant"], 4.00, 0.50, None),
    ("LLM_Survey", "przegląd dziedziny",
     "Archotech czyta wszystko naraz. Nagroda: lektura " + T("2303.18223") + " (bardzo długa).",
     4000, "Ultra", ["LLM_SpeculativeDecoding"], 5.00, 0.50, None),
]


def build():
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         "<Defs>",
         "",
         "\t<!-- Badania LLM — mod \"Rdzenie Myślące\" (Kacper Wiśniewski, kacper.w@rdzenie.example.pl).",
         "\t\tŹródła w komentarzach; to nie są wszystkie publikacje, tylko te, z których wziąłem nazwy.",
         "\t\tKod: https://git.rdzenie.example.pl/kacper/rdzenie-myslace ; wiki gry (nie paper):",
         "\t\thttps://rimworldwiki.com/wiki/Research ; książka, z której są opisy ekonomii: \"The Economics",
         "\t\tof Artificial Intelligence\" (książka). Nagranie z Pyrkonu: https://video.rdzenie.example.pl/pyrkon24 -->",
         "",
         "\t<ResearchTabDef>",
         "\t\t<defName>RdzenieLLM</defName>",
         "\t\t<label>rdzenie myślące</label>",
         "\t</ResearchTabDef>",
         ""]
    for name, label, desc, cost, tech, pre, x, y, com in PROJECTS:
        if com:
            L.append(f"\t<!-- {escape(com)} -->")
        L += ["\t<ResearchProjectDef>",
              f"\t\t<defName>{name}</defName>",
              f"\t\t<label>{escape(label)}</label>",
              f"\t\t<description>{escape(desc)}</description>",
              f"\t\t<baseCost>{cost}</baseCost>",
              f"\t\t<techLevel>{tech}</techLevel>",
              "\t\t<prerequisites>"]
        L += [f"\t\t\t<li>{p}</li>" for p in pre]
        L += ["\t\t</prerequisites>",
              "\t\t<tab>RdzenieLLM</tab>",
              f"\t\t<researchViewX>{x:.2f}</researchViewX>",
              f"\t\t<researchViewY>{y:.2f}</researchViewY>",
              "\t</ResearchProjectDef>", ""]
    L += ["</Defs>", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
