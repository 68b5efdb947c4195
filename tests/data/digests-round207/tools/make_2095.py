#!/usr/bin/env python3
"""2095: a NONMEM control stream (.ctl) of an invented one-compartment oral PK model, Italian `;` comments: one
OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v1`, `http://`), one `arXiv:NNNN.NNNNN`, titles alone in comments
and in $PROBLEM; non-papers (the NONMEM users guides, a book, PsN, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2095)
TXT = fill(r'''$PROBLEM PK orale 1-cpt, covariate da note cliniche (cfr. [[T:2011.03459]])
; run017.ctl -- Giulia Moretti <giulia.moretti@farmaco-nlp.example.it>
; Repository: https://github.com/farmaco-nlp/pk-note-cliniche
; Riferimenti tecnici: NONMEM Users Guides (Part V, ADVAN2 TRANS2); PsN: execute run017.ctl -dir=run017
; Libro: Bonate, "Pharmacokinetic-Pharmacodynamic Modeling and Simulation"
; Seminario: https://video.farmaco-nlp.example.it/seminario/2024-04
;
; Le covariate (peso, creatinina) sono estratte dalle note con modelli di linguaggio:
;   [[T:2008.07905]]  https://openreview.net/forum?id=[[ID:ORGLAT]]
;   [[T:1908.10084]]  https://arxiv.org/abs/1908.10084
;   [[T:1910.13461]]  https://arxiv.org/pdf/1910.13461v1
;   [[T:1301.3781]]  http://arxiv.org/abs/1301.3781
;   [[T:1802.05365]] (ELMo, arXiv:1802.05365)
;   da leggere: [[T:2004.10102]]
;   e [[T:2006.03236]]
$INPUT ID TIME DV AMT EVID MDV WT CRCL
$DATA ../dati/pk_note_v4.csv IGNORE=@
$SUBROUTINES ADVAN2 TRANS2
$PK
  TVCL = THETA(1) * (WT/70)**0.75 * (CRCL/90)**THETA(4)
  CL   = TVCL * EXP(ETA(1))
  V    = THETA(2) * (WT/70) * EXP(ETA(2))
  KA   = THETA(3) * EXP(ETA(3))
  S2   = V
$ERROR
  IPRED = F
  W     = SQRT(THETA(5)**2 + (THETA(6)*IPRED)**2)
  IF (W.EQ.0) W = 1
  Y     = IPRED + W*EPS(1)
$THETA
  (0, 5.2)     ; CL (L/h)
  (0, 48)      ; V (L)
  (0, 1.1)     ; KA (1/h)
  (-2, 0.6, 3) ; CRCL su CL
  (0, 0.1)     ; errore additivo
  (0, 0.15)    ; errore proporzionale
$OMEGA 0.09 0.1 0.3
$SIGMA 1 FIX
$ESTIMATION METHOD=1 INTERACTION MAXEVAL=9999 PRINT=5 NOABORT
$COVARIANCE PRINT=E
$TABLE ID TIME IPRED CWRES NOPRINT ONEHEADER FILE=sdtab017
''', {'ORGLAT': OR('2008.07905')})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
