$PROBLEM PK orale 1-cpt, covariate da note cliniche (cfr. Complex Query Answering with Neural Link Predictors)
; run017.ctl -- Giulia Moretti <giulia.moretti@farmaco-nlp.example.it>
; Repository: https://github.com/farmaco-nlp/pk-note-cliniche
; Riferimenti tecnici: NONMEM Users Guides (Part V, ADVAN2 TRANS2); PsN: execute run017.ctl -dir=run017
; Libro: Bonate, "Pharmacokinetic-Pharmacodynamic Modeling and Simulation"
; Seminario: https://video.farmaco-nlp.example.it/seminario/2024-04
;
; Le covariate (peso, creatinina) sono estratte dalle note con modelli di linguaggio:
;   Glancing Transformer for Non-Autoregressive Neural Machine Translation  https://openreview.net/forum?id=ZaYZfu8pT_N
;   Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks  https://arxiv.org/abs/1908.10084
;   BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension  https://arxiv.org/pdf/1910.13461v1
;   Efficient Estimation of Word Representations in Vector Space  http://arxiv.org/abs/1301.3781
;   Deep contextualized word representations (ELMo, arXiv:1802.05365)
;   da leggere: Attention is Not Only a Weight: Analyzing Transformers with Vector Norms
;   e Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing
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
