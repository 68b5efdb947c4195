; vuorot.smt2 -- seminaarin "Tehokas huomio ja pitkat kontekstit" vuorojako, kevat 2024
; Ajo:  z3 vuorot.smt2     (tai: cvc5 --produce-models vuorot.smt2)
; Standardi: https://smt-lib.org/language.shtml
; Repo: https://github.com/huomio-lab/seminaari-vuorot
; Yllapito: Aino Kettunen <aino.kettunen@huomio-lab.example.fi>
(set-info :smt-lib-version 2.6)
(set-info :source |
Seminaarin paperit (viikot 15-20), yksi paperi per viikko:
  reformer  Reformer: The Efficient Transformer
            https://openreview.net/forum?id=rkgNKkHtvB
  mamba     Mamba: Linear-Time Sequence Modeling with Selective State Spaces
            https://arxiv.org/abs/2312.00752
  flash     Transformer Quality in Linear Time
            https://arxiv.org/pdf/2202.10447v2
  dora      DoRA: Weight-Decomposed Low-Rank Adaptation
            http://arxiv.org/abs/2402.09353
  linear    Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention (arXiv:2006.16236)
  expire    Not All Memories are Created Equal: Learning to Forget by Expiring
|)
(set-option :produce-models true)
(set-logic ALL)

; viikko, jolla kukin paperi esitetaan (15..20)
(declare-const reformer Int)
(declare-const mamba Int)
(declare-const flash Int)
(declare-const dora Int)
(declare-const linear Int)
(declare-const expire Int)

(define-fun viikolla ((w Int)) Bool (and (>= w 15) (<= w 20)))
(define-fun aihe () String "A Practical Survey on Faster and Lighter Transformers")

(assert (viikolla reformer))
(assert (viikolla mamba))
(assert (viikolla flash))
(assert (viikolla dora))
(assert (viikolla linear))
(assert (viikolla expire))
(assert (distinct reformer mamba flash dora linear expire))

; lineaarinen huomio ennen FLASHia, Reformer ennen muistipaperia
(assert (< linear flash))
(assert (< reformer expire))
; Mamba ja DoRA eivat perakkaisilla viikoilla (Eetu esittaa molemmat)
(assert (not (= (- mamba dora) 1)))
(assert (not (= (- dora mamba) 1)))
; viikko 17 on paasiaisen jalkeen -- ei raskasta paperia
(assert (=> (= mamba 17) false))

; Ylimaaraiset, ei vuoroa:
;   Attention is Not Only a Weight: Analyzing Transformers with Vector Norms
;   oppikirja: Hwu, Kirk & El Hajj, "Programming Massively Parallel Processors"
;   nauhoite: https://video.huomio-lab.example.fi/esitelmat/2024-03
(check-sat)
(get-model)
(exit)
