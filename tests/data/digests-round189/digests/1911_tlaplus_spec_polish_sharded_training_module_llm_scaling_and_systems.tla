----------------------------- MODULE ShardedAdam ------------------------------
(*****************************************************************************)
(* Specyfikacja protokołu shardowania stanu optymalizatora (jak ZeRO-1/2)    *)
(* na W pracownikach i S fragmentach parametrów. Zespół Systemów Uczenia,    *)
(* pok. 214; autorka: Zofia Wiśniewska, przegląd: Piotr Kaczmarek.           *)
(*                                                                           *)
(* Literatura - w komentarzach poniżej (tytuły są za długie na ramkę).       *)
(*****************************************************************************)
\* Na czym się opieramy:
\*   ZeRO: Memory Optimizations Toward Training Trillion Parameter Models
\*     https://arxiv.org/abs/1910.02054
\*   Mixed Precision Training (kopie fp32 parametrów)
\*     https://openreview.net/forum?id=r1gs9JgRZ
\*   Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity
\*     https://arxiv.org/pdf/2101.03961v3 (routing - poza modelem)
\*   Scaling Laws for Neural Language Models
\*     http://arxiv.org/abs/2001.08361 (po co nam duże modele)
\* Do przeczytania przed przeglądem (bez linków):
\*   Training Compute-Optimal Large Language Models
\*   PaLM: Scaling Language Modeling with Pathways
\*   Llama 2: Open Foundation and Fine-Tuned Chat Models
\* Nie artykuły: https://github.com/tlaplus/tlaplus, książka Lamporta "Specifying Systems",
\* wykład Piotra z 12.03 (nagranie: https://wideo.sysml.example.pl/wyklady/tla-zero).

EXTENDS Naturals, FiniteSets, Sequences, TLC

CONSTANTS Workers,    \* zbiór pracowników (GPU)
          Shards,     \* zbiór fragmentów stanu optymalizatora
          MaxStep     \* ograniczenie dla TLC

ASSUME MaxStep \in Nat /\ Shards # {}

VARIABLES step,     \* numer kroku każdego pracownika
          grads,    \* czy gradient dla fragmentu został zredukowany
          owner,    \* właściciel fragmentu
          updated   \* czy fragment został zaktualizowany w bieżącym kroku

vars == <<step, grads, owner, updated>>

\* Kwantyzacja 8-bitowa wag (arXiv 2208.07339,
\* LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale) jest poza modelem.

TypeOK ==
    /\ step \in [Workers -> 0..MaxStep]
    /\ grads \in [Shards -> BOOLEAN]
    /\ owner \in [Shards -> Workers]
    /\ updated \in [Shards -> BOOLEAN]

Init ==
    /\ step = [w \in Workers |-> 0]
    /\ grads = [s \in Shards |-> FALSE]
    /\ owner \in [Shards -> Workers]
    /\ updated = [s \in Shards |-> FALSE]

ReduceScatter(s) ==
    /\ ~grads[s]
    /\ grads' = [grads EXCEPT ![s] = TRUE]
    /\ UNCHANGED <<step, owner, updated>>

Update(s) ==
    /\ grads[s] /\ ~updated[s]
    /\ updated' = [updated EXCEPT ![s] = TRUE]
    /\ UNCHANGED <<step, grads, owner>>

AllGather(w) ==
    /\ \A s \in Shards : updated[s]
    /\ step[w] < MaxStep
    /\ step' = [step EXCEPT ![w] = @ + 1]
    /\ IF \A v \in Workers : step'[v] = step'[w]
          THEN /\ grads' = [s \in Shards |-> FALSE]
               /\ updated' = [s \in Shards |-> FALSE]
          ELSE UNCHANGED <<grads, updated>>
    /\ UNCHANGED owner

Next ==
    \/ \E s \in Shards : ReduceScatter(s) \/ Update(s)
    \/ \E w \in Workers : AllGather(w)

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

\* Żaden fragment nie jest aktualizowany przed redukcją gradientu
NoStaleUpdate == \A s \in Shards : updated[s] => grads[s]

\* Pracownicy nie rozjeżdżają się o więcej niż jeden krok
Lockstep == \A v, w \in Workers : step[v] - step[w] \in {0, 1} \/ step[w] - step[v] \in {0, 1}

THEOREM Spec => [](TypeOK /\ NoStaleUpdate)
===============================================================================
\* Modification History
\* Last modified Tue Mar 12 16:41:07 CET 2024 by zofia
\* Created Mon Feb 26 10:12:55 CET 2024 by zofia
