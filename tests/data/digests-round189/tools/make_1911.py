#!/usr/bin/env python3
"""1911: a Polish systems group's TLA+ specification (`ShardedAdam.tla`, written in the TLA+ Toolbox): the module
line, a boxed header comment `(* … *)` naming the papers the protocol follows — an OpenReview forum link, arXiv
`/abs/`, `/pdf/…v3`, `http://` links, one id in a `\\*` comment (arxiv-text), three titles alone —, EXTENDS,
CONSTANTS, VARIABLES, an invariant, actions, the spec and a theorem, the closing line and the Toolbox's modification
history; non-papers (the TLA+ repository, the book Specifying Systems, a talk) in comments. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1911)
W = 79


def box(lines):
    out = ["(" + "*" * (W - 2) + ")"]
    for l in lines:
        assert len(l) <= W - 6, l
        out.append("(* " + l.ljust(W - 6) + " *)")
    return out + ["(" + "*" * (W - 2) + ")"]


def build():
    name = "ShardedAdam"
    head = " MODULE " + name + " "
    dash = (W - len(head)) // 2
    L = ["-" * dash + head + "-" * (W - len(head) - dash)]
    L += box(["Specyfikacja protokołu shardowania stanu optymalizatora (jak ZeRO-1/2)",
              "na W pracownikach i S fragmentach parametrów. Zespół Systemów Uczenia,",
              "pok. 214; autorka: Zofia Wiśniewska, przegląd: Piotr Kaczmarek.",
              "",
              "Literatura - w komentarzach poniżej (tytuły są za długie na ramkę)."])
    L += ["\\* Na czym się opieramy:",
          "\\*   " + T("1910.02054"),
          "\\*     https://arxiv.org/abs/1910.02054",
          "\\*   " + T("1710.03740") + " (kopie fp32 parametrów)",
          "\\*     https://openreview.net/forum?id=" + OR("1710.03740"),
          "\\*   " + T("2101.03961"),
          "\\*     https://arxiv.org/pdf/2101.03961v3 (routing - poza modelem)",
          "\\*   " + T("2001.08361"),
          "\\*     http://arxiv.org/abs/2001.08361 (po co nam duże modele)",
          "\\* Do przeczytania przed przeglądem (bez linków):",
          "\\*   " + T("2203.15556"),
          "\\*   " + T("2204.02311"),
          "\\*   " + T("2307.09288"),
          "\\* Nie artykuły: https://github.com/tlaplus/tlaplus, książka Lamporta \"Specifying Systems\",",
          "\\* wykład Piotra z 12.03 (nagranie: https://wideo.sysml.example.pl/wyklady/tla-zero).",
          ""]
    L += ["EXTENDS Naturals, FiniteSets, Sequences, TLC",
          "",
          "CONSTANTS Workers,    \\* zbiór pracowników (GPU)",
          "          Shards,     \\* zbiór fragmentów stanu optymalizatora",
          "          MaxStep     \\* ograniczenie dla TLC",
          "",
          "ASSUME MaxStep \\in Nat /\\ Shards # {}",
          "",
          "VARIABLES step,     \\* numer kroku każdego pracownika",
          "          grads,    \\* czy gradient dla fragmentu został zredukowany",
          "          owner,    \\* właściciel fragmentu",
          "          updated   \\* czy fragment został zaktualizowany w bieżącym kroku",
          "",
          "vars == <<step, grads, owner, updated>>",
          "",
          "\\* Kwantyzacja 8-bitowa wag (arXiv 2208.07339,",
          "\\* " + T("2208.07339") + ") jest poza modelem.",
          "",
          "TypeOK ==",
          "    /\\ step \\in [Workers -> 0..MaxStep]",
          "    /\\ grads \\in [Shards -> BOOLEAN]",
          "    /\\ owner \\in [Shards -> Workers]",
          "    /\\ updated \\in [Shards -> BOOLEAN]",
          "",
          "Init ==",
          "    /\\ step = [w \\in Workers |-> 0]",
          "    /\\ grads = [s \\in Shards |-> FALSE]",
          "    /\\ owner \\in [Shards -> Workers]",
          "    /\\ updated = [s \\in Shards |-> FALSE]",
          "",
          "ReduceScatter(s) ==",
          "    /\\ ~grads[s]",
          "    /\\ grads' = [grads EXCEPT ![s] = TRUE]",
          "    /\\ UNCHANGED <<step, owner, updated>>",
          "",
          "Update(s) ==",
          "    /\\ grads[s] /\\ ~updated[s]",
          "    /\\ updated' = [updated EXCEPT ![s] = TRUE]",
          "    /\\ UNCHANGED <<step, grads, owner>>",
          "",
          "AllGather(w) ==",
          "    /\\ \\A s \\in Shards : updated[s]",
          "    /\\ step[w] < MaxStep",
          "    /\\ step' = [step EXCEPT ![w] = @ + 1]",
          "    /\\ IF \\A v \\in Workers : step'[v] = step'[w]",
          "          THEN /\\ grads' = [s \\in Shards |-> FALSE]",
          "               /\\ updated' = [s \\in Shards |-> FALSE]",
          "          ELSE UNCHANGED <<grads, updated>>",
          "    /\\ UNCHANGED owner",
          "",
          "Next ==",
          "    \\/ \\E s \\in Shards : ReduceScatter(s) \\/ Update(s)",
          "    \\/ \\E w \\in Workers : AllGather(w)",
          "",
          "Spec == Init /\\ [][Next]_vars /\\ WF_vars(Next)",
          "",
          "\\* Żaden fragment nie jest aktualizowany przed redukcją gradientu",
          "NoStaleUpdate == \\A s \\in Shards : updated[s] => grads[s]",
          "",
          "\\* Pracownicy nie rozjeżdżają się o więcej niż jeden krok",
          "Lockstep == \\A v, w \\in Workers : step[v] - step[w] \\in {0, 1} \\/ step[w] - step[v] \\in {0, 1}",
          "",
          "THEOREM Spec => [](TypeOK /\\ NoStaleUpdate)",
          "=" * W,
          "\\* Modification History",
          "\\* Last modified Tue Mar 12 16:41:07 CET 2024 by zofia",
          "\\* Created Mon Feb 26 10:12:55 CET 2024 by zofia"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
