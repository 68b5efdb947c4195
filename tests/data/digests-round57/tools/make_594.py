#!/usr/bin/env python3
"""594: a groff -ms source with refer(1) citations given in full inside .[ … .] (%A %T %J %B %V %N %P %D %I %R %O
fields), an .R1/.R2 refer setup (accumulate, label style), .TL/.AU/.AI/.AB, .NH numbered headings, .PP/.LP/.IP
paragraphs, .B/.I font macros, a tbl table (.TS/.TE), eqn inline delimiters, \\" comments. An English lecture
handout on sequence models, from the classics to memory-augmented Transformers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import F594, keys, CTC, LENET, BACKPROP, LSTM

def A(k, n=3):
    return "\n".join("%A " + a for a in CAT[k]["authors"][:n])

def ref(k, *fields, n=3):
    return ".[\n" + A(k, n) + f"\n%T {T(k)}\n" + "\n".join(fields) + "\n.]"

text = f""".\\" handout-week09.ms -- sequence models, part II
.\\" build: groff -ms -R -t -e -Tpdf handout-week09.ms > handout-week09.pdf
.\\" (refer needs -R; references are given in full inside the citations, no database file)
.R1
accumulate
label "%a %d"
bracket-label " [" "]" ", "
sort
no-label-in-reference
.R2
.EQ
delim $$
.EN
.ds LH CS 4471 \\(em Sequence Models
.ds RH Week 9 handout
.ds CF Page %
.TL
Sequence Models, Part II: From Recurrence to Attention
.AU
Dr. Orla Whitcombe
.AI
School of Computing, Hallowmere University
.AB
This handout accompanies the week 9 lectures.
It traces how sequence models moved from recurrent networks trained with
back-propagation through time to attention-based models with explicit memory.
Readings marked with a dagger are examinable; the rest are background.
.AE
.NH 1
Where we left off
.PP
Last week we derived the gradient of a recurrent network by unrolling it in time.
The derivation is the one popularised in
.I "Learning representations by back-propagating errors"
.[
%A David E. Rumelhart
%A Geoffrey E. Hinton
%A Ronald J. Williams
%T {T(BACKPROP)}
%J Nature
%V 323
%P 533-536
%D 1986
.]
and the same chain rule underlies the convolutional networks of
.[
%A Yann LeCun
%A L\\('eon Bottou
%A Yoshua Bengio
%A Patrick Haffner
%T {T(LENET)}
%J Proceedings of the IEEE
%V 86
%N 11
%P 2278-2324
%D 1998
.]
which we met in week 3.
The product of Jacobians $prod from t W sup T diag ( sigma prime ( h sub t ) )$
explains why plain recurrent networks forget.
.NH 1
Gated recurrence\\(dg
.PP
The gating mechanism of
.[
%A Sepp Hochreiter
%A J\\(:urgen Schmidhuber
%T {T(LSTM)}
%J Neural Computation
%V 9
%N 8
%P 1735-1780
%D 1997
.]
keeps an additive path through the cell state.
For speech and handwriting, where input and output lengths differ, we pair it with the loss of
.[
%A Alex Graves
%A Santiago Fern\\('andez
%A Faustino Gomez
%A J\\(:urgen Schmidhuber
%T {T(CTC)}
%B Proceedings of the 23rd International Conference on Machine Learning (ICML)
%P 369-376
%D 2006
.]
.NH 1
Attention\\(dg
.PP
Attention removes recurrence altogether.
Read sections 3 and 4 of
.[
{A("1706.03762")}
%T {T("1706.03762")}
%R arXiv:1706.03762
%I Advances in Neural Information Processing Systems 30
%D 2017
.]
before the lab.
.IP \\(bu 3
Lab 9 implements scaled dot-product attention in NumPy; the notebook is on the course page.
.IP \\(bu 3
The lab machines have PyTorch 2.2 installed; no GPU is needed.
.NH 1
Memory beyond a fixed context
.PP
Three ways to give a Transformer memory:
.TS
center box;
l l l.
Idea	Mechanism	Reading
_
segment recurrence	cached states	Dai et al. 2019
memory slots	read/write attention	Wu et al. 2020
short/long split	convolution + attention	Wu et al. 2020
.TE
.LP
.B "Readings."
{ref("1901.02860", "%B Proceedings of ACL 2019", "%O https://arxiv.org/abs/1901.02860", "%D 2019")}
{ref("2010.06891", "%O https://openreview.net/forum?id=_adSMszz_g9", "%D 2020")}
{ref("2004.11886", "%B International Conference on Learning Representations", "%O https://arxiv.org/abs/2004.11886", "%D 2020")}
.NH 1
Further material (not examinable)
.IP \\(bu 3
Chapter 10 of Goodfellow, Bengio and Courville, \\fIDeep Learning\\fP (MIT Press, 2016).
.IP \\(bu 3
Christopher Olah's blog post \\(lqUnderstanding LSTM Networks\\(rq (2015).
.IP \\(bu 3
The PyTorch \\f(CWnn.LSTM\\fP and \\f(CWnn.MultiheadAttention\\fP documentation.
.SH
References
.LP
.[
$LIST$
.]
"""
write_only(F594, text, keys(F594))
