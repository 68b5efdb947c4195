#!/usr/bin/env python3
"""1040: the `main.tex` of a Japanese bachelor's thesis (卒業論文) written for upLaTeX with the `jsreport` class (the
`%#!uplatex` line for YaTeX-style editors, `uplatex` + `dvipdfmx` class options, pxjahyper), as the student submitted
it: title page data, 概要, 目次, はじめに and 関連研究 written inline (\\cite everywhere, nicknames in the prose), the
experiment and result chapters pulled in with \\input, おわりに, 謝辞 (\\chapter* + \\addcontentsline), then a
hand-written `thebibliography` in the IEICE (電子情報通信学会) style the lab asks for: initials + surname, "and"
before the last author, the title in ``…,'' quotes, `Proc.` / `vol.` / `no.` / `pp.` without a blank after the dot,
`--` ranges; some entries carry `\\url{…}` to arXiv, two an `arXiv preprint arXiv:…` / `arXiv:…` note, three none.
The student's own inconsistencies are kept: a title broken over two source lines, `Proc.ICLR` without a blank, a
`% TODO` comment. The PEFT library, a model card and the lab's instruction data are not papers; "LoRA", "QLoRA",
"P-tuning", "(IA)$^3$", "AdamW", "Adapter" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys

F = by_num(1040)
K = dict(lora="2106.09685", prefix="2101.00190", qlora="2305.14314", bitfit="2106.10199", ptuning="2103.10385",
         adamw="1711.05101", ia3="2205.05638", houlsby="1902.00751")

S = r"""%#!uplatex main && dvipdfmx main
% !TEX program = uplatex
% ------------------------------------------------------------
%  卒業論文 main.tex（提出版）  2024/02/05 山口
%  ビルド: uplatex main → uplatex main（目次・参照のため2回）→ dvipdfmx main
%  第3章・第4章は chapters/ 以下に分割
% ------------------------------------------------------------
\documentclass[uplatex,dvipdfmx,a4paper,11pt,openany]{jsreport}
\usepackage[dvipdfmx]{graphicx}
\usepackage{amsmath,amssymb,bm}
\usepackage{booktabs}
\usepackage{xcolor}
\usepackage{url}
\usepackage[dvipdfmx,hidelinks]{hyperref}
\usepackage{pxjahyper}

\newcommand{\todo}[1]{\textcolor{red}{[TODO: #1]}}
\newcommand{\ia}{(IA)$^3$}

\title{日本語大規模言語モデルに対する\\パラメータ効率の良いファインチューニング手法の比較評価}
\author{北陵工業大学 工学部 情報工学科\\学籍番号 20T4127\\山口 拓海\\[1em]指導教員\quad 佐々木 健一 准教授}
\date{2024年2月}

\begin{document}

\maketitle

\begin{abstract}
本研究では，約130億パラメータの日本語大規模言語モデルを対象に，研究室で作成した日本語指示追従データを用いて，
パラメータ効率の良いファインチューニング（PEFT）手法であるAdapter，Prefix-Tuning，P-tuning，BitFit，LoRA，
QLoRA，\ia{}の7手法を同一条件で比較した．
評価には自動評価（JGLUEの一部タスク）とGPT-4による採点を併用した．
その結果，LoRAとQLoRAが学習パラメータ数0.1\%未満で全パラメータの更新に近い性能を示し，
特にQLoRAは24GBのGPU 1枚で学習できることを確認した．
一方，BitFitは日本語の生成タスクでは性能が大きく低下した．
\end{abstract}

\tableofcontents

%=============================================================
\chapter{はじめに}
%=============================================================
近年，大規模言語モデル（Large Language Model; LLM）は様々な自然言語処理タスクで高い性能を示している．
しかし，数十億から数百億のパラメータを持つモデルの全パラメータを更新するファインチューニングは，
GPUメモリと計算時間の両面で大学の研究室には負担が大きい．

この問題に対し，モデルの大部分を固定し，少数の追加パラメータのみを学習する
パラメータ効率の良いファインチューニング（Parameter-Efficient Fine-Tuning; PEFT）が提案されてきた
\cite{houlsby2019,li2021prefix,hu2022lora}．
ただし，既存の比較の多くは英語のベンチマークで行われており，
日本語モデル・日本語データでどの手法が有効かは十分に調べられていない．

そこで本研究では，公開されている日本語LLM\cite{llmjp13b}を対象として，
代表的なPEFT手法を同一のデータ・同一のハイパーパラメータ探索範囲で比較する．
本論文の構成は次のとおりである．
第2章で関連研究を述べ，第3章で実験設定を，第4章で結果と考察を述べる．第5章でまとめる．

%=============================================================
\chapter{関連研究}
%=============================================================
\section{追加モジュールとプロンプトを学習する手法}
Houlsbyら\cite{houlsby2019}は，Transformerの各層に小さなボトルネック構造（Adapter）を挿入し，
Adapterのみを学習することで，タスクごとに保存するパラメータを大幅に削減した．
Prefix-Tuning\cite{li2021prefix}は各層のキーとバリューの前に連続ベクトル（prefix）を付加し，
そのベクトルのみを最適化する．
P-tuning\cite{liu2021gpt}は入力埋め込みの一部を学習可能なプロンプトに置き換える手法で，
GPT系のモデルでも自然言語理解タスクでBERTと同等以上の性能が得られることを示した．
BitFit\cite{benzaken2021bitfit}はさらに単純で，バイアス項のみを学習する．

\section{低ランク適応と量子化}
LoRA\cite{hu2022lora}は，重み行列の更新量$\Delta W$を低ランク行列の積$BA$で近似し，
$A$と$B$のみを学習する．推論時には$W+BA$を事前に計算できるため，推論速度が低下しない．
QLoRA\cite{dettmers2023qlora}は，ベースモデルを4ビット（NF4）で量子化して固定したまま，
LoRAの重みを学習することで，必要なGPUメモリを大きく削減した．
本研究の実験はすべてHugging FaceのPEFTライブラリ\cite{peft}上で実装した．

\section{少数事例での比較}
Liuら\cite{liu2022ia3}は活性値をベクトルで再スケールする\ia{}を提案し，
少数事例の設定ではIn-Context Learningよりも安く高精度であることを示した．
本研究のデータは約3,000件と少ないため，この知見が日本語でも成り立つかを確かめる．

\section{最適化}
すべての手法でAdamW\cite{loshchilov2019adamw}を用い，
重み減衰は学習率のスケジュールとは独立に与えた．

%=============================================================
\chapter{実験設定}
%=============================================================
\input{chapters/03_setup}

%=============================================================
\chapter{結果と考察}
%=============================================================
\input{chapters/04_results}

%=============================================================
\chapter{おわりに}
%=============================================================
本研究では，日本語LLMに対するPEFT手法7種を比較した．
LoRAとQLoRAが性能と学習コストのバランスに優れ，
特にQLoRAは研究室のRTX 4090 1枚でも130億パラメータのモデルを学習できた．
今後は，研究室の指示追従データ\cite{hitinst}を拡充し，
安全性に関する評価を加えることが課題である．

\chapter*{謝辞}
\addcontentsline{toc}{chapter}{謝辞}
本研究を進めるにあたり，終始丁寧なご指導をいただいた佐々木健一准教授に心より感謝いたします．
また，実験環境の構築を手伝ってくださった博士前期課程の中島さん，
日々の議論に付き合ってくれた研究室の皆様に感謝します．

%-------------------------------------------------------------
% 参考文献：研究室の指定どおり電子情報通信学会の形式で手書き
% TODO: [7] の頁番号を確認（NeurIPSのproceedingsで）
%-------------------------------------------------------------
\begin{thebibliography}{99}

\bibitem{hu2022lora}
E.~J.~Hu, Y.~Shen, P.~Wallis, Z.~Allen-Zhu, Y.~Li, S.~Wang, L.~Wang, and W.~Chen,
``[[T:lora]],''
Proc.\ International Conference on Learning Representations (ICLR 2022), 2022.
\url{https://arxiv.org/abs/2106.09685}

\bibitem{houlsby2019}
N.~Houlsby, A.~Giurgiu, S.~Jastrzebski, B.~Morrone, Q.~de~Laroussilhe, A.~Gesmundo, M.~Attariyan, and S.~Gelly,
``[[T:houlsby]],''
Proc.\ 36th International Conference on Machine Learning (ICML 2019), PMLR, vol.97, pp.2790--2799, 2019.

\bibitem{li2021prefix}
X.~L.~Li and P.~Liang,
``[[T:prefix]],''
Proc.\ 59th Annual Meeting of the Association for Computational Linguistics (ACL-IJCNLP 2021), pp.4582--4597, 2021.
\url{https://arxiv.org/abs/2101.00190}

\bibitem{liu2021gpt}
X.~Liu, Y.~Zheng, Z.~Du, M.~Ding, Y.~Qian, Z.~Yang, and J.~Tang,
``[[T:ptuning]],''
arXiv preprint arXiv:2103.10385, 2021.

\bibitem{benzaken2021bitfit}
E.~Ben~Zaken, S.~Ravfogel, and Y.~Goldberg,
``BitFit: Simple Parameter-efficient Fine-tuning for
Transformer-based Masked Language-models,''
Proc.\ 60th Annual Meeting of the Association for Computational Linguistics (Short Papers), pp.1--9, 2022.
arXiv:2106.10199.

\bibitem{dettmers2023qlora}
T.~Dettmers, A.~Pagnoni, A.~Holtzman, and L.~Zettlemoyer,
``[[T:qlora]],''
Advances in Neural Information Processing Systems 36 (NeurIPS 2023), 2023.
\url{https://arxiv.org/pdf/2305.14314.pdf}

\bibitem{liu2022ia3}
H.~Liu, D.~Tam, M.~Muqeeth, J.~Mohta, T.~Huang, M.~Bansal, and C.~Raffel,
``Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context
Learning,''
Advances in Neural Information Processing Systems 35 (NeurIPS 2022), pp.1950--1965, 2022.

\bibitem{loshchilov2019adamw}
I.~Loshchilov and F.~Hutter,
``[[T:adamw]],''
Proc.ICLR 2019, 2019.

\bibitem{peft}
S.~Mangrulkar, S.~Gugger, L.~Debut, Y.~Belkada, S.~Paul, and B.~Bossan,
``PEFT: State-of-the-art parameter-efficient fine-tuning methods,''
GitHub repository, 2022. \url{https://github.com/huggingface/peft}

\bibitem{llmjp13b}
LLM-jp,
``llm-jp-13b-v1.0,''
Hugging Face model card, 2023. \url{https://huggingface.co/llm-jp/llm-jp-13b-v1.0}

\bibitem{hitinst}
佐々木研究室,
``研究室内日本語指示追従データ HIT-Inst v2（非公開）,''
2023.

\end{thebibliography}

\end{document}
"""
text = fill(S, K)
write_only(F, text, keys(F))
