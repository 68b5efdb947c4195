/*
 * werkzeugprotokoll.pml -- Protokoll zwischen Sprachmodell-Agent und Werkzeug-Server
 * Autor: Jonas Kettenbach <jonas.kettenbach@agenten-pruef.example.de>
 * Repo:  https://github.com/agenten-pruef/werkzeug-protokoll
 * Prüfen mit: spin -a werkzeugprotokoll.pml && gcc -o pan pan.c && ./pan -a
 * SPIN-Doku: https://spinroot.com/spin/Man/ ; Buch: G. J. Holzmann,
 * "The SPIN Model Checker: Primer and Reference Manual"
 *
 * Das Modell bildet die Schleife "denken -> handeln -> beobachten" nach aus:
 *   ReAct: Synergizing Reasoning and Acting in Language Models
 *   https://openreview.net/forum?id=WE_vluYUL-X
 * Weitere Grundlagen:
 *   Chain-of-Thought Prompting Elicits Reasoning in Large Language Models  https://arxiv.org/abs/2201.11903
 *   AgentBench: Evaluating LLMs as Agents  https://arxiv.org/pdf/2308.03688v2
 *   MemGPT: Towards LLMs as Operating Systems  http://arxiv.org/abs/2310.08560
 * Vortrag: https://video.agenten-pruef.example.de/vortrag/2024-06
 */

#define MAXSCHRITTE 4

mtype = { ANFRAGE, AKTION, BEOBACHTUNG, ANTWORT, ABBRUCH };

chan zumServer = [2] of { mtype, byte };
chan zumAgent = [2] of { mtype, byte };

byte schritte = 0;
bool fertig = false;

/* Der Agent darf nur antworten, wenn er sich sicher ist; vgl.
   Language Models (Mostly) Know What They Know (arXiv:2207.05221). */
active proctype Agent() {
  byte wert;
  do
  :: schritte < MAXSCHRITTE ->
       zumServer ! AKTION, schritte;
       zumAgent ? BEOBACHTUNG, wert;
       schritte++
  :: schritte >= MAXSCHRITTE ->
       zumServer ! ABBRUCH, 0;
       break
  :: else -> skip
  od;
  fertig = true
}

// Angriffe über Werkzeugausgaben: Universal and Transferable Adversarial Attacks on Aligned Language Models
active proctype Server() {
  byte n;
  do
  :: zumServer ? AKTION, n ->
       zumAgent ! BEOBACHTUNG, n
  :: zumServer ? ABBRUCH, n ->
       break
  od
}

// TODO: Belohnungsmodell aus "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study" übernehmen?
// Klassiker zur Suche mit Selbstspiel: Mastering the game of Go without human knowledge
ltl terminiert { <> fertig }
