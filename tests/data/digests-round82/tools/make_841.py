#!/usr/bin/env python3
r"""841: one chapter file of a LaTeX law dissertation (`chapters/ch4-compute.tex`, \input by the main file) whose
footnotes are written by hand in OSCOLA (4th edn): authors in full without full stops after initials, 'and others'
after the first of more than three, titles in single quotes (``...' in LaTeX), `<\url{…}> accessed 3 March 2024`,
`ibid`, `(n 12)` cross-references, legislation and cases in OSCOLA form; LaTeX escapes (\%, \&, ~, ---),
\textit, \label / \cref, % comments and a TODO. English. Papers on scale, distributed training and neural
architecture; legislation, cases, books, a dataset and a blog post are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys

F = by_num(841)


def osc(key):
    a = [n.replace(".", "") for n in CAT[key]["authors"]]
    if len(a) > 3: return a[0] + " and others"
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " and " + a[-1]


def q(key):
    return f"`{T(key)}'"


ACC = "accessed 3~March 2024"
text = rf"""% chapters/ch4-compute.tex --- included from thesis.tex with \input{{chapters/ch4-compute}}
% Citation style: OSCOLA 4th edn, footnotes written by hand (no biblatex-oscola: the law faculty template breaks it)
% Last compiled: 2024-03-03 (pdflatex, three passes)

\chapter{{Compute as a Regulatory Proxy}}\label{{ch:compute}}

\section{{Introduction}}\label{{sec:compute-intro}}

The drafters of the AI Act chose to single out `general-purpose AI models with systemic risk' by reference to the
cumulative amount of computation used for their training, presuming such risk where that amount exceeds $10^{{25}}$
floating-point operations.\footnote{{Regulation (EU) 2024/1689 of the European Parliament and of the Council laying down
harmonised rules on artificial intelligence (Artificial Intelligence Act) [2024] OJ L, art 51(2).}} This chapter asks
whether computation is a defensible legal proxy for capability, and what the technical literature on how large
models are actually trained tells a regulator about the proxy's weaknesses. It argues, in \cref{{sec:compute-sparse}},
that the proxy is least reliable precisely where the engineering literature has been most inventive: in models whose
parameters are not all used for every input.

% TODO(supervisor): shorten this paragraph; move the history to ch2?
The idea that law can regulate through architecture rather than through rules is not new.\footnote{{Lawrence Lessig,
\textit{{Code and Other Laws of Cyberspace}} (Basic Books 1999) 6--8 (a book, cited for the framing only).}} What is new
is that the relevant architecture is a training run whose cost is measured in GPU-hours and whose existence is
usually disclosed, if at all, in a technical report.

\section{{Why compute?}}\label{{sec:compute-why}}

Three features make compute attractive to a legislator. It is quantifiable \textit{{ex ante}}; it correlates, at least
within a model family, with capability; and it is concentrated in a small number of data-centre operators who can be
made to report.\footnote{{See the training-compute estimates compiled in the Epoch AI `Notable AI Models' database
(dataset, updated monthly) <\url{{https://epoch.example.org/data/notable-ai-models}}> {ACC}.}} The correlation is
the weakest of the three. It depends on how efficiently the computation is used, and a long line of work has shown
how much that efficiency can be changed by engineering choices that no statute mentions.

Model parallelism is the first of these choices. Splitting individual layers across accelerators allowed
multi-billion-parameter models to be trained at all.\footnote{{{osc('1909.08053')}, {q('1909.08053')} (2019)
<\url{{https://arxiv.org/abs/1909.08053}}> {ACC}.}} A second line of work automated the partitioning
itself.\footnote{{{osc('2006.16668')}, {q('2006.16668')} (2020) <\url{{https://arxiv.org/abs/2006.16668}}> {ACC}.}}
Neither technique changes the number of operations a model needs; both change who can afford to perform them, and
how quickly.

Efficiency gains can also come from the model itself. Architecture search and training-aware scaling have produced
networks that reach the same accuracy with a fraction of the training time,\footnote{{{osc('2104.00298')},
{q('2104.00298')} (2021) arXiv:2104.00298, reporting training up to several times faster than earlier models of the
same family.}} and automated search methods have been refined to the point where the choice of architecture is itself
a learned quantity.\footnote{{{osc('2108.04392')}, {q('2108.04392')} (International Conference on Learning
Representations, 2021).}} Even regularisation has been automated.\footnote{{{osc('2101.01761')}, {q('2101.01761')}
(Proceedings of the AAAI Conference on Artificial Intelligence, 2021).}} A threshold fixed in floating-point
operations cannot see any of this: two models trained with the same compute may differ sharply in capability, and
two models of similar capability may sit on either side of the line.

\section{{Sparse models and the counting problem}}\label{{sec:compute-sparse}}

The sharpest difficulty is conditional computation. In a mixture-of-experts model only a small subset of the
network's parameters is active for any given token.\footnote{{{osc('1701.06538')}, {q('1701.06538')} (International
Conference on Learning Representations, Toulon, April 2017) <\url{{https://openreview.net/forum?id=B1ckMDqlg}}>
{ACC}.}} The number of parameters and the number of operations per token come apart, and the statute speaks only of
the latter. This is defensible: what matters for the presumption is the computation actually performed. But it means
that a provider may assemble a very large model whose training stays below the threshold, and the Commission's power
to designate models on other criteria\footnote{{AI Act (n 1) art 51(1)(b) and annex XIII.}} becomes the only safeguard.

A related point concerns the sharding of training across many parties. Where a model is trained in a federated
manner, no single operator performs the whole computation.\footnote{{{osc('2111.04263')}, {q('2111.04263')} (2021)
<\url{{https://arxiv.org/abs/2111.04263}}> {ACC}; on the data-protection side of federated training see
Case C-311/18 \textit{{Data Protection Commissioner v Facebook Ireland and Maximillian Schrems}} EU:C:2020:559 (on
transfers, not on training, but routinely cited in this context).}} Article 51 aggregates `cumulative' computation, but
it does not say whose. Game-theoretic reformulations of classical learning problems, in which many agents each
compute a part of the answer,\footnote{{{osc('2010.00554')}, {q('2010.00554')} (International Conference on Learning
Representations, 2021).}} show that the question is not hypothetical: decomposing a computation among parties is an
ordinary technique, not an evasion.

\section{{Interim conclusion}}\label{{sec:compute-interim}}

Compute is a workable trigger for scrutiny, not a measure of risk. The parallelism and sparsity literature discussed
above\footnote{{{osc('1909.08053')} (n 4); {osc('2006.16668')} (n 5); {osc('1701.06538')} (n 9).}} suggests three
amendments, set out in \cref{{ch:proposals}}: a parameter-count limb alongside the operations limb; a disclosure duty
covering the training configuration, not merely its total; and an explicit aggregation rule for computation performed
by several parties.\footnote{{For a practitioner's overview of these debates see the \textit{{Lex Machina Europaea}}
blog, `Counting FLOPs in Brussels' (blog post, 12~February 2024) <\url{{https://lexmachina.example.eu/2024/02/counting-flops}}>
{ACC}.}} The next chapter turns to the second proxy the Act relies on, the number of registered business users, and
asks whether it fares any better.

% end of chapter 4
"""
write_only(F, text, keys(F))
