#!/usr/bin/env python3
"""447: a Texinfo manual (memlayers.texi) of a small library of memory-augmented and efficient attention layers:
the header block, @copying with the GFDL notice, @dircategory / @direntry, the title page, the Top node and
@menu, chapters with @node lines, @table / @multitable / @example, @cindex / @findex entries, and an appendix
"Bibliography" whose entries use @cite{...} for titles and @uref{...} for links. Papers: arXiv abs / pdf URLs in
@uref (link), OpenReview forum / pdf URLs (link), "arXiv:ID" (arxiv-text), the title alone in @cite or in prose,
once in lower case (title-only). Not papers: the xformers and Triton repositories, the Texinfo manual, the GNU FDL,
a textbook, the library's own tutorial, PG-19 / enwik8 (datasets), the "LRA" and "MoE" names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F447, keys

text = r"""\input texinfo   @c -*-texinfo-*-
@c %**start of header
@setfilename memlayers.info
@settitle Memlayers Manual 0.9
@documentencoding UTF-8
@documentlanguage en
@c %**end of header

@set VERSION 0.9.2
@set UPDATED 14 March 2024

@copying
This manual is for Memlayers (version @value{VERSION}, @value{UPDATED}),
a library of memory-augmented and efficient attention layers for
sequence models.

Copyright @copyright{} 2022--2024 The Memlayers developers.

@quotation
Permission is granted to copy, distribute and/or modify this document
under the terms of the GNU Free Documentation License, Version 1.3 or
any later version published by the Free Software Foundation; with no
Invariant Sections, with no Front-Cover Texts, and with no Back-Cover
Texts.  A copy of the license is included in the section entitled
``GNU Free Documentation License''.
@end quotation
@end copying

@dircategory Machine learning
@direntry
* Memlayers: (memlayers).       Memory and efficient attention layers.
* memlayers-bench: (memlayers)Benchmarks.   Run the layer benchmarks.
@end direntry

@titlepage
@title Memlayers
@subtitle Memory-augmented and efficient attention layers
@subtitle for version @value{VERSION}, @value{UPDATED}
@author Oskar Lindqvist
@author Priya Raman
@author and the Memlayers developers
@page
@vskip 0pt plus 1filll
@insertcopying
@end titlepage

@contents

@ifnottex
@node Top
@top Memlayers

This manual documents Memlayers @value{VERSION}: what each layer computes,
which paper it follows, how to configure it and how fast it is.

@insertcopying
@end ifnottex

@menu
* Overview::                    What Memlayers is and is not.
* Installation::                Building the extension and the Info manual.
* Attention layers::            Sparse, local, hashed and gated attention.
* Memory layers::               Recurrent and feedback memories.
* Sparse experts::              Routed feed-forward layers.
* Benchmarks::                  The memlayers-bench program.
* Bibliography::                Papers the layers follow.
* GNU Free Documentation License::  Copying this manual.
* Index::                       Concepts and functions.
@end menu

@node Overview
@chapter Overview
@cindex overview
@cindex quadratic attention, cost of

Memlayers collects drop-in replacements for the self-attention and
feed-forward blocks of a Transformer.  Each layer is a PyTorch module
with a reference implementation in plain PyTorch and, where it pays off,
a fused kernel written in Triton.  The library does not train models;
the examples in @file{examples/} are deliberately small (a character
model on enwik8 and a word model on PG-19).

If you are new to the area, read the survey first: @cite{""" + T("2103.14636") + r"""}
by Fournier, Marceau Caron and Aloise (ACM Computing Surveys, 2023)
groups the methods the same way this manual does, and its tables are
the reason the chapters below are split into ``attention'' and
``memory''.  The textbook chapter we point students to for the
background is not a paper and is not listed in @ref{Bibliography}.

@quotation Note
Memlayers started as the layer zoo of the @samp{longseq} course project;
the course material lives at @url{https://teaching.example.edu/longseq/}
and is not maintained any more.
@end quotation

@node Installation
@chapter Installation
@cindex installation
@cindex Triton, required version

Memlayers needs Python 3.10, PyTorch 2.1 or later and, for the fused
kernels, Triton 2.1.  From a checkout:

@example
$ git clone https://git.example.org/memlayers/memlayers.git
$ cd memlayers
$ pip install -e ".[triton]"
$ make info          # builds memlayers.info from this file
$ info ./memlayers.info
@end example

The Info manual is built with @command{makeinfo} from Texinfo 7.0 or
later; @command{make html} writes the HTML version to @file{doc/html/}.
Without Triton, every layer falls back to its reference implementation
and prints one warning per process.

@node Attention layers
@chapter Attention layers
@cindex attention layers

All attention layers take @code{(batch, length, d_model)} tensors and a
boolean key mask, and return a tensor of the same shape.

@menu
* Local and global attention::
* Hashed attention::
* Long-short range attention::
* Gated attention units::
* Funnel pooling::
@end menu

@node Local and global attention
@section Local and global attention
@findex LocalGlobalAttention
@cindex sliding window attention

@code{LocalGlobalAttention(d_model, n_heads, window=512, global_tokens=())}
combines a sliding window with a few tokens that attend everywhere,
following @uref{https://arxiv.org/abs/2004.05150, Longformer: The Long-Document Transformer}
(Beltagy, Peters and Cohan, 2020).  Dilated windows are not implemented.

@table @code
@item window
Width of the sliding window, in tokens (even).
@item global_tokens
Indices of positions that attend to, and are attended by, every position;
for classification, pass @code{(0,)}.
@end table

@node Hashed attention
@section Hashed attention
@findex LSHAttention
@cindex locality-sensitive hashing

@code{LSHAttention(d_model, n_heads, n_hashes=4, bucket_size=64)} sorts
shared query/key vectors into buckets with random rotations and attends
within chunks of the sorted order, as in ``""" + T("2001.04451") + r"""''
(Kitaev, Kaiser and Levskaya, ICLR 2020).  The reversible residual
layers of that paper are in @code{memlayers.reversible}.

@node Long-short range attention
@section Long-short range attention
@findex LSRABlock

@code{LSRABlock} splits the channels between a convolution branch (local
context) and an attention branch (global context).  Reference: Wu, Liu,
Lin, Lin and Han, @cite{""" + T("2004.11886") + r"""}, ICLR 2020,
arXiv:2004.11886.  Our kernel size defaults to 7 instead of the paper's 3.

@node Gated attention units
@section Gated attention units
@findex GAU
@cindex FLASH
@cindex chunked linear attention

@code{GAU(d_model, expansion=2, s=128, chunk=256)} is the gated
attention unit with mixed chunk attention of Hua, Dai, Liu and Le,
@cite{""" + T("2202.10447") + r"""} (ICML 2022; arXiv:2202.10447).  The
relative position bias is a T5-style bucketed bias, not the paper's
RoPE variant; set @code{rope=True} to get theirs.

@node Funnel pooling
@section Funnel pooling
@findex FunnelEncoder

@code{FunnelEncoder(blocks=(4, 4, 4), pool="mean")} halves the sequence
length between blocks and can upsample again for token-level tasks:
see @uref{https://arxiv.org/pdf/2006.03236.pdf, ``""" + T("2006.03236") + r"""''}.

@node Memory layers
@chapter Memory layers
@cindex memory layers
@cindex recurrence

@menu
* Feedback memory::
* Memformer memory::
@end menu

@node Feedback memory
@section Feedback memory
@findex FeedbackMemory

@code{FeedbackMemory(d_model, n_layers)} exposes every layer's past
representations to all layers of the next step, as described in
@cite{""" + T("2002.09402") + r"""}, Fan et al.,
@uref{https://openreview.net/forum?id=OCm0rwa1lx1}.  Training is
sequential over segments and therefore slow; use @code{--bptt 2}.

@node Memformer memory
@section Memformer memory
@findex MemformerMemory

@code{MemformerMemory(d_model, slots=64)} keeps a fixed number of memory
slots that are read by cross-attention and written with a slot-wise
gate.  This is the design of
""" + T("2010.06891").lower() + r""" (Wu, Lan, Qian, Gu, Geramifard and Yu).
The memory replay back-propagation of that paper is
@emph{not} implemented; we truncate gradients at the segment boundary.

@node Sparse experts
@chapter Sparse experts
@cindex mixture of experts
@findex SwitchFFN

@code{SwitchFFN(d_model, n_experts, capacity_factor=1.25)} routes each
token to a single expert and adds the load-balancing loss of
@cite{""" + T("2101.03961") + r"""} (Fedus, Zoph and Shazeer, JMLR 2022).
Expert parallelism across devices is out of scope; all experts live on
one device.

@node Benchmarks
@chapter Benchmarks
@cindex benchmarks
@pindex memlayers-bench

@command{memlayers-bench} times each layer's forward and backward pass
and, with @option{--lra}, trains the layers on the text and ListOps tasks
of the benchmark suite described in
@uref{https://openreview.net/pdf?id=qVyeW-grC2k, ``""" + T("2011.04006") + r"""''}
(Tay et al., ICLR 2021), using the data preparation scripts of its
public repository.

@example
$ memlayers-bench --layers lsh,local,gau --length 4096 --dtype bf16
layer    length  fwd(ms)  bwd(ms)  peak(GiB)
lsh        4096     11.8     30.2       2.1
local      4096      6.4     14.9       1.3
gau        4096      4.1      9.7       1.1
@end example

@multitable @columnfractions .25 .25 .25 .25
@headitem Layer @tab ListOps @tab Text @tab Steps/s
@item LSH @tab 36.9 @tab 64.1 @tab 5.2
@item Local+global @tab 37.4 @tab 63.8 @tab 9.8
@item GAU @tab 38.0 @tab 65.2 @tab 12.4
@end multitable

These numbers come from one seed on one A100 and are only meant to
catch regressions.

@node Bibliography
@appendix Bibliography
@cindex bibliography

The layers follow these papers.  Entries marked (*) have a fused kernel.

@itemize @bullet
@item
Angela Fan, Thibaut Lavril, Edouard Grave, Armand Joulin and Sainbayar
Sukhbaatar.  @cite{""" + T("2002.09402") + r"""}.
@uref{https://openreview.net/forum?id=OCm0rwa1lx1}.

@item
Zihang Dai, Guokun Lai, Yiming Yang and Quoc V. Le.
@cite{""" + T("2006.03236") + r"""}.  NeurIPS 2020.
@uref{https://arxiv.org/abs/2006.03236}.

@item
Zhanghao Wu, Zhijian Liu, Ji Lin, Yujun Lin and Song Han.
@cite{""" + T("2004.11886") + r"""}.  ICLR 2020.  arXiv:2004.11886.

@item
Weizhe Hua, Zihang Dai, Hanxiao Liu and Quoc V. Le.
@cite{""" + T("2202.10447") + r"""}.  ICML 2022.  arXiv:2202.10447. (*)

@item
Iz Beltagy, Matthew E. Peters and Arman Cohan.
@cite{""" + T("2004.05150") + r"""}.  2020.
@uref{https://arxiv.org/abs/2004.05150}. (*)

@item
Nikita Kitaev, Łukasz Kaiser and Anselm Levskaya.
@cite{""" + T("2001.04451") + r"""}.  ICLR 2020. (*)

@item
Qingyang Wu, Zhenzhong Lan, Kun Qian, Jing Gu, Alborz Geramifard and
Zhou Yu.  @cite{""" + T("2010.06891") + r"""}.  Findings of AACL 2022.

@item
William Fedus, Barret Zoph and Noam Shazeer.
@cite{""" + T("2101.03961") + r"""}.
Journal of Machine Learning Research 23, 2022.

@item
Yi Tay, Mostafa Dehghani, Samira Abnar, Yikang Shen, Dara Bahri, Philip
Pham, Jinfeng Rao, Liu Yang, Sebastian Ruder and Donald Metzler.
@cite{""" + T("2011.04006") + r"""}.  ICLR 2021.
@uref{https://openreview.net/pdf?id=qVyeW-grC2k}.

@item
Quentin Fournier, Gaétan Marceau Caron and Daniel Aloise.
@cite{""" + T("2103.14636") + r"""}.  ACM Computing Surveys 55(14), 2023.
@end itemize

Software we build on, which is not a paper: Triton
(@url{https://github.com/openai/triton}), and the block-sparse kernels of
xformers (@url{https://github.com/facebookresearch/xformers}), which
@code{LocalGlobalAttention} calls when it is installed.

@node GNU Free Documentation License
@appendix GNU Free Documentation License

@center Version 1.3, 3 November 2008

@display
Copyright @copyright{} 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc.
@uref{https://fsf.org/}

Everyone is permitted to copy and distribute verbatim copies
of this license document, but changing it is not allowed.
@end display

The full text is in the file @file{doc/fdl.texi} of the source
distribution; it is not repeated here to keep this manual short.

@node Index
@unnumbered Index

@printindex cp

@bye
"""
write_only(F447, text, keys(F447))
