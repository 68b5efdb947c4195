#!/usr/bin/env python3
"""989: a terminal copy of a Perforce (Helix Core) command-line session in a Polish game studio's ML team: `p4 changes
-l` for the team's reading-list folder (`Change N on yyyy/mm/dd by user@client`, tab-indented descriptions, newest
first), `p4 describe -du` of the newest change (header with the time, description, `Affected files ...` with
`... //depot/…#rev action`, `Differences ...`, one `==== //depot/…#rev (text) ====` header per edited file followed
by unified hunks with three lines of context), and `p4 print` of another file (`//depot/…#rev - edit change N
(text)`, then the file). The reading lists are Markdown in Polish: LLM agents for NPCs (the diff) and RL as sequence
modelling (the printed file). The generative_agents repository, the Unity ML-Agents documentation and a recorded GDC
talk are not papers."""
import difflib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AGZ

F = by_num(989)
K = dict(genag="2304.03442", memgpt="2310.08560", dt="2106.01345", agentbench="2308.03688", tt="2106.02039",
         saycan="2204.01691", evolving="2101.03958")
DEPOT = "//depot/research/ml/reading"

AGENCI_OLD = f"""# Agenci LLM — lista lektur zespołu AI NPC

Aktualizacja: 26.02.2024. Kolejność = kolejność omawiania na piątkowych spotkaniach (sala „Wydra”, 15:00).

## Przeczytane

(na razie nic — pierwsze spotkanie 08.03)

## Do przeczytania

- **{T(K['genag'])}** — Park i in., 2023.
  https://arxiv.org/abs/2304.03442
  Pamięć + refleksja + planowanie; designerzy chcą dokładnie tego dla mieszkańców wioski w „Przełęczy”.
- {T(K['memgpt'])} — https://arxiv.org/abs/2310.08560

## Nie artykuły, ale warto

- dokumentacja Unity ML-Agents: https://unity-technologies.github.io/ml-agents/
- nagranie prelekcji z GDC o narzędziach do drzew dialogowych (link na kanale #ai-npc)
"""

AGENCI_NEW = f"""# Agenci LLM — lista lektur zespołu AI NPC

Aktualizacja: 11.03.2024. Kolejność = kolejność omawiania na piątkowych spotkaniach (sala „Wydra”, 15:00).

## Przeczytane

- **{T(K['genag'])}** — Park i in., 2023.
  https://arxiv.org/abs/2304.03442
  Omówione 08.03 (Michał). Wnioski: strumień pamięci z ocenami ważności działa, ale koszt wywołań
  przy 25 agentach to dla nas za dużo — sprawdzić wersję z małym modelem lokalnym.
  Kod: https://github.com/joonspk-research/generative_agents (repozytorium, nie artykuł).

## Do przeczytania

- {T(K['memgpt'])} — https://arxiv.org/abs/2310.08560
  Stronicowanie kontekstu jak w systemie operacyjnym. Tomek sprawdza, czy da się to podpiąć pod
  nasz system dialogów (limit 8k tokenów na konsoli).
- {T(K['agentbench'])} (arXiv:2308.03688) — do wyboru benchmarku przed przeglądem kwartalnym.
- {T(K['saycan'])} — robotyka, ale pomysł „co model chce zrobić × co w ogóle da się zrobić”
  pasuje do wyboru akcji NPC. Kasia: „przeczytać rozdział 3, reszta to sprzęt”.

## Nie artykuły, ale warto

- dokumentacja Unity ML-Agents: https://unity-technologies.github.io/ml-agents/
- nagranie prelekcji z GDC o narzędziach do drzew dialogowych (link na kanale #ai-npc)
"""

README_OLD = """# Lektury zespołu ML

Wszystkie listy w Markdownie, jeden plik na temat. Zmiany przez zwykły changelist, opis po polsku.

| plik | temat | opiekun |
| --- | --- | --- |
| agenci.md | agenci LLM dla NPC | m.kowalski |
| rl_sekwencje.md | RL jako modelowanie sekwencji | k.wojcik |
"""
README_NEW = README_OLD.replace("| rl_sekwencje.md | RL jako modelowanie sekwencji | k.wojcik |\n",
                                "| rl_sekwencje.md | RL jako modelowanie sekwencji | k.wojcik |\n"
                                "| (nowe) spotkania.md | terminarz piątkowych spotkań | m.kowalski |\n")

RL = f"""# RL jako modelowanie sekwencji

Opiekunka: Kasia Wójcik. Cel: czy da się uczyć zachowań bossów z nagrań rozgrywek testerów (offline, bez symulatora).

1. {T(K['dt'])}
   https://arxiv.org/abs/2106.01345
   Warunkowanie na docelowym zwrocie (return-to-go). Najprostsze do wdrożenia — mamy już kod treningu
   transformera z zespołu animacji.
2. {T(K['tt'])} — arXiv 2106.02039
   Janner, Li, Levine. Dyskretyzacja stanów i beam search zamiast polityki; ciekawe do planowania ruchu.
3. {T(K['evolving'])} — Co-Reyes i in., ICLR 2021.
   Ewolucja funkcji straty RL jako grafów obliczeń. Raczej ciekawostka, ale Paweł chce to omówić.
4. {AGZ} — Nature, 2017.
   Klasyk do kontekstu: samodzielna gra + MCTS. Nie dla nas wprost, ale wszyscy o nim mówią na spotkaniach.

Nie artykuły: kurs „Deep RL” z YouTube, który Paweł podlinkował na #ai-rl — to wykłady, nie lektura.
"""

CHANGES = [
    (48213, "2024/03/11", "14:02:51", "m.kowalski", "m.kowalski_ws-ml-07",
     ["Lista lektur: agenci LLM — omówione Generative Agents, dopisane AgentBench", "i SayCan po piątkowym spotkaniu. README: zapowiedź pliku ze spotkaniami."]),
    (48120, "2024/03/04", "10:37:09", "k.wojcik", "k.wojcik_laptop",
     ["rl_sekwencje.md: nowa lista (Decision Transformer i spółka), wpis w README."]),
    (47988, "2024/02/26", "17:12:44", "m.kowalski", "m.kowalski_ws-ml-07",
     ["Nowy katalog z listami lektur zespołu ML + agenci.md."]),
]
P = "mkowalski@ws-ml-07:~/p4/research$ "
out = [P + "p4 changes -m 3 -l %s/..." % DEPOT]
for n, d, t, u, c, desc in CHANGES:
    out += ["Change %d on %s by %s@%s" % (n, d, u, c), ""] + ["\t" + x for x in desc] + [""]
n, d, t, u, c, desc = CHANGES[0]
out += [P + "p4 describe -du %d" % n, "Change %d by %s@%s on %s %s" % (n, u, c, d, t), ""] + ["\t" + x for x in desc] + [""]
files = [("README.md", 3, README_OLD, README_NEW), ("agenci.md", 2, AGENCI_OLD, AGENCI_NEW)]
out += ["Affected files ...", ""] + ["... %s/%s#%d edit" % (DEPOT, f, r) for f, r, _, _ in files] + ["", "Differences ...", ""]
for f, r, a, b in files:
    out += ["==== %s/%s#%d (text) ====" % (DEPOT, f, r), ""]
    out += [l.rstrip("\n") for l in list(difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=3))[2:]]
    out.append("")
out += [P + "p4 print %s/rl_sekwencje.md" % DEPOT, "%s/rl_sekwencje.md#1 - add change 48120 (text)" % DEPOT]
out += RL.rstrip("\n").split("\n")
out.append(P)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
