#!/usr/bin/env python3
"""577: a Remind reminders file (~/.reminders, read by `remind` / `rem2ps` / tkremind) holding a Norwegian PhD
student's autumn reading plan: SET / OMIT / FSET / BANNER lines, REM lines with ISO dates, AT, DURATION, +delta,
SKIP, PRIORITY, TAG, MSG / CAL bodies with %" … %" calendar parts and % substitutions, comments with # and ;."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F577, keys, GLOROT, DBN, AGZ

A = lambda i: "https://arxiv.org/abs/" + i
lines = f"""# ~/.reminders — Ingrid Solbakken, stipendiat, Institutt for datateknikk (Nordvik universitet)
# Lesesirkel «RL og optimering», høsten 2024. Vises i tkremind og skrives ut med
#   remind -p3 ~/.reminders 2024-09 | rem2ps -l -c3 > lesing.ps
# Sist endret: 2024-08-27 (flyttet økt 4 pga. seminaruka)
;
; ---------------------------------------------------------------- oppsett
SET $FirstIndent 0
SET $SubsIndent 0
SET $CalcUTC 0
BANNER Påminnelser for %w %d. %m %y%o:
FSET _lokale() "Rom 4.112, Nordvik-bygget"
FSET _les(x) "Les til i dag: " + x
FSET _pause() "Kaffe og kjeks: " + $U
;
; helligdager / fridager (OMIT gjør at SKIP hopper over dem)
OMIT 2024-10-14 MSG Høstferie (ingen økt)
OMIT 2024-12-24 THROUGH 2024-12-31 MSG Juleferie
;
; ---------------------------------------------------------------- faste ting
REM Mon AT 09:00 DURATION 0:15 TAG jobb MSG Stand-up med veileder (Teams)
REM Fri AT 15:30 +30 TAG privat MSG Hente Sigrid i barnehagen %b
REM 2024-09-01 *7 UNTIL 2024-12-15 SKIP AT 20:00 TAG lesing MSG Ukeplan: se hvilken artikkel som er neste %b
;
; ---------------------------------------------------------------- lesesirkelen
; Format på MSG-linjene: %"…%" er det som står i kalenderen, resten vises bare i remind-utskriften.
REM 2024-09-03 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 1: Xavier-initialisering%" — [_les("«{GLOROT}», Glorot & Bengio, AISTATS 2010")] Innleder: Ingrid.
REM 2024-09-03 AT 14:15 DURATION 1:30 TAG lesesirkel CAL [_lokale()]
REM 2024-09-10 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 2: DBN-klassikeren%" — [_les("«{DBN}» (Hinton, Osindero, Teh; Neural Computation 18(7), 2006)")] Innleder: Eirik. Ta med utskrift, PDF-en på DOI-siden er skannet.
REM 2024-09-17 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 3: Hvorfor virker lokale metoder?%" — [_les("«{T('2103.13462')}», Tengyu Ma, arXiv:2103.13462")] Bokkapittel-versjonen, ikke foredraget. Innleder: Marte.
REM 2024-09-24 SKIP AT 14:15 DURATION 1:30 TAG lesesirkel MSG %"(avlyst – seminaruka)%"
REM 2024-10-01 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 4: On-policy RL i praksis%" — [_les("{T('2006.05990')} ({A('2006.05990')})")] Vi går gjennom anbefalingene og sammenligner med PPO-koden vår i gruppe-repoet. Innleder: Jonas.
REM 2024-10-08 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 5: AlphaGo Zero%" — [_les("«{AGZ}», Silver et al., Nature 550 (2017)")] Bakgrunnsstoff (ikke artikler): DeepMind-bloggposten og dokumentaren fra 2017 — frivillig.
REM 2024-10-22 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 6: RL som sekvensmodellering%" — [_les("«{T('2106.01345')}» (NeurIPS 2021)")] Koden ligger i kzl/decision-transformer på GitHub, men vi leser bare artikkelen. Innleder: Ingrid.
REM 2024-10-29 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 7: Søk etter RL-algoritmer%" — [_les("{T('2101.03958')} — {A('2101.03958')}")] Sammenlign tapsfunksjonene de finner med DQN. Innleder: Eirik.
REM 2024-11-05 AT 14:15 DURATION 1:30 +2 PRIORITY 7000 TAG lesesirkel MSG %"Økt 8: AutoML for hyperparametre og arkitektur%" — [_les("{T('2006.03656')}, {A('2006.03656')}")] Innleder: Marte. Etterpå: planlegge vårsemesteret.
;
; ---------------------------------------------------------------- forberedelser (varsler dagen før)
REM 2024-09-02 AT 16:00 TAG lesing MSG Skriv ut Glorot & Bengio og marker figur 6 (aktiveringer per lag)
REM 2024-09-30 AT 16:00 TAG lesing MSG Kjør PPO-baseline på nytt (hopper, 3 frø) før økt 4
REM 2024-10-21 AT 16:00 TAG lesing MSG Bestille grupperom for juleavslutning (romreservasjon.nordvik.example)
REM 2024-11-04 AT 16:00 TAG lesing MSG Lag lysarkmal for vårsemesteret; spør Jonas om han vil lede en økt om offline RL
;
; ---------------------------------------------------------------- annet
REM 2024-09-12 AT 10:00 DURATION 2:00 TAG kurs MSG %"DAT8120 forelesning (vikar)%" — husk å laste opp øving 2 til Blackboard.
REM 2024-10-16 AT 12:00 TAG frist MSG %"Frist: abstrakt til Norsk IKT-konferanse%" %b
REM 2024-11-20 THROUGH 2024-11-22 TAG reise MSG %"Reise: veiledningsmøte i Tromsø%"
REM 2024-12-05 AT 18:00 TAG sosialt MSG %"Juleavslutning lesesirkelen%" — [_pause()] Pizza bestilles hos Peppes, 6 stk.
; Slutt. `remind -n ~/.reminders` viser neste forekomst av hver påminnelse.
"""
write_only(F577, lines, keys(F577))
