#!/usr/bin/env python3
"""2171: an SMT-LIB 2.6 script (`vuorot.smt2`, for z3 or cvc5: set-info with a `|…|` source block, set-logic ALL,
declare-const per paper, define-fun, asserts with distinct / and / or / =>, check-sat, get-model) of an invented
Finnish efficient-attention seminar that solves its slot plan: an OpenReview forum link and arXiv links (`/abs/`,
`/pdf/…v2`, `http://`) in `;` comments and the source block, `arXiv:2006.16236` in a comment, titles alone in `;`
comments and a string constant; non-papers (the SMT-LIB standard page, z3, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2171)
TXT = fill(r'''; vuorot.smt2 -- seminaarin "Tehokas huomio ja pitkat kontekstit" vuorojako, kevat 2024
; Ajo:  z3 vuorot.smt2     (tai: cvc5 --produce-models vuorot.smt2)
; Standardi: https://smt-lib.org/language.shtml
; Repo: https://github.com/huomio-lab/seminaari-vuorot
; Yllapito: Aino Kettunen <aino.kettunen@huomio-lab.example.fi>
(set-info :smt-lib-version 2.6)
(set-info :source |
Seminaarin paperit (viikot 15-20), yksi paperi per viikko:
  reformer  [[T:2001.04451]]
            https://openreview.net/forum?id=[[ID:rkgNKkHtvB]]
  mamba     [[T:2312.00752]]
            https://arxiv.org/abs/2312.00752
  flash     [[T:2202.10447]]
            https://arxiv.org/pdf/2202.10447v2
  dora      [[T:2402.09353]]
            http://arxiv.org/abs/2402.09353
  linear    [[T:2006.16236]] (arXiv:2006.16236)
  expire    [[T:2105.06548]]
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
(define-fun aihe () String "[[T:2103.14636]]")

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
;   [[T:2004.10102]]
;   oppikirja: Hwu, Kirk & El Hajj, "Programming Massively Parallel Processors"
;   nauhoite: https://video.huomio-lab.example.fi/esitelmat/2024-03
(check-sat)
(get-model)
(exit)
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
