#!/usr/bin/env python3
"""650: a Sweave / knitr LaTeX source (.Rnw): preamble, <<label, options>>= … @ R chunks (a data frame of the readings,
a table via xtable, a figure chunk), \\Sexpr{} inline R, \\cite with a thebibliography list (\\bibitem, \\url),
LaTeX escaping (\\&, \\%, ~). A Portuguese (Brazil) report on a reading survey on ML for science and graphs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, authors, initials, write_only
from make_expected import F650, keys

AF = "Highly accurate protein structure prediction with AlphaFold"
BP = "Learning representations by back-propagating errors"


def tex_au(k, n=3):
    a = authors(k)
    s = ", ".join(initials(x).replace(". ", ".~") for x in a[:n])
    return s + (" \\emph{et~al.}" if len(a) > n else "")


text = r"""% !Rnw weave = knitr
% relatorio-leituras.Rnw -- compilar com: Rscript -e "knitr::knit2pdf('relatorio-leituras.Rnw')"
% (versao anterior usava Sweave puro; manter compatibilidade com \SweaveOpts nao e mais necessario)
\documentclass[a4paper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[brazil]{babel}
\usepackage{booktabs}
\usepackage{graphicx}
\usepackage[hidelinks]{hyperref}
\usepackage{url}

\title{Clube de Leitura em IA para Ciências\\[2pt]
  \large Relatório do 1º semestre de 2024 e resultado da enquete}
\author{Grupo de Aprendizado de Máquina Científico --- Instituto de Computação da Serra Azul}
\date{25 de março de 2024}

\begin{document}
\maketitle

<<setup, include=FALSE>>=
library(knitr)
library(xtable)
opts_chunk$set(echo = FALSE, message = FALSE, warning = FALSE,
               fig.width = 6, fig.height = 3.2, fig.align = "center")
votos <- read.csv("dados/enquete-2024-03.csv", fileEncoding = "UTF-8")
# colunas: participante, artigo, nota (1-5), presenca
@

\section{Resumo}

Neste semestre tivemos \Sexpr{length(unique(votos$participante))} participantes
(\Sexpr{round(100 * mean(votos$presenca), 0)}\% de presença média) e discutimos oito
artigos, escolhidos por votação na lista \texttt{clube-ia-ciencias@ic-serra.example.br}.
A tabela~\ref{tab:notas} resume as notas; as referências completas estão no final.

\section{Artigos discutidos}

\subsection{Grafos e simulação}

Começamos com \emph{""" + T("2106.05234") + r"""}~\cite{ying2021}, que
mostrou que codificações estruturais (centralidade, distância espacial) bastam para
o Transformer padrão competir em grafos moleculares. Em seguida lemos
\emph{""" + T("2010.03409") + r"""}~\cite{pfaff2021}, com a
demonstração de tecidos e fluidos --- o grupo de engenharia mecânica trouxe dados
próprios de elementos finitos para comparar.

\subsection{EDPs e biologia estrutural}

O artigo mais votado foi \emph{""" + T("2010.08895") + r"""}~\cite{li2021}
(arXiv:2010.08895), que aprende operadores no espaço de Fourier; a sessão prática
usou o código oficial com a equação de Navier--Stokes 2D. Na semana seguinte
discutimos \emph{""" + T(AF) + r"""}~\cite{jumper2021}, lido
junto com o material suplementar (62 páginas!).

\subsection{Otimização, aprendizado federado e visualização}

\begin{itemize}
  \item \emph{""" + T("2010.00554") + r"""}~\cite{gemp2021}: PCA como jogo entre
        autovetores; bom exemplo para a disciplina de álgebra linear.
  \item \emph{""" + T("2111.04263") + r"""}~\cite{acar2021}: o grupo de saúde
        quer usar para dados de hospitais parceiros.
  \item \emph{""" + T("2103.14625") + r"""}~\cite{wang2021}: ferramenta
        interativa, demonstrada ao vivo na sessão de encerramento.
  \item Sessão histórica: \emph{""" + T(BP) + r"""}~\cite{rumelhart1986},
        lido em papel (cópia da biblioteca).
\end{itemize}

<<notas, results="asis">>=
medias <- aggregate(nota ~ artigo, data = votos, FUN = mean)
medias <- medias[order(-medias$nota), ]
names(medias) <- c("Artigo (chave)", "Nota média")
print(xtable(medias, caption = "Notas médias da enquete (1 = fraco, 5 = excelente).",
             label = "tab:notas", digits = c(0, 0, 2)),
      include.rownames = FALSE, booktabs = TRUE, caption.placement = "top")
@

<<presenca, fig.cap="Presença por sessão.", out.width="0.8\\linewidth">>=
pres <- tapply(votos$presenca, votos$artigo, mean)
barplot(sort(pres), horiz = TRUE, las = 1, col = "steelblue", xlab = "proporção")
@

\section{Materiais que não são artigos}

Para quem chegou agora: o curso \emph{Machine Learning for the Physical Sciences}
(gravações no canal do instituto), a biblioteca PyTorch Geometric, o pacote
\texttt{neuraloperator} (Python) e o conjunto de dados OGB (\url{https://ogb.stanford.edu/}).
O livro \emph{Deep Learning for the Life Sciences} (O'Reilly) está na biblioteca setorial.
Nada disso entra na bibliografia do clube.

\section{Próximo semestre}

Propostas abertas até 15/04 no formulário do grupo. Regra: o artigo precisa ter
código disponível e menos de 40 páginas (com apêndices, 60).

\begin{thebibliography}{9}

\bibitem{ying2021} """ + tex_au("2106.05234") + r""".
  \newblock """ + T("2106.05234") + r""".
  \newblock \emph{NeurIPS}, 2021. \url{https://arxiv.org/abs/2106.05234}

\bibitem{pfaff2021} """ + tex_au("2010.03409") + r""".
  \newblock """ + T("2010.03409") + r""".
  \newblock \emph{ICLR}, 2021. \url{https://arxiv.org/abs/2010.03409}

\bibitem{li2021} """ + tex_au("2010.08895") + r""".
  \newblock """ + T("2010.08895") + r""".
  \newblock \emph{ICLR}, 2021. arXiv:2010.08895.

\bibitem{jumper2021} """ + tex_au(AF) + r""".
  \newblock """ + T(AF) + r""".
  \newblock \emph{Nature}, 596:583--589, 2021.

\bibitem{gemp2021} """ + tex_au("2010.00554") + r""".
  \newblock """ + T("2010.00554") + r""".
  \newblock \emph{ICLR}, 2021.

\bibitem{acar2021} """ + tex_au("2111.04263") + r""".
  \newblock """ + T("2111.04263") + r""".
  \newblock \emph{ICLR}, 2021. \url{https://arxiv.org/pdf/2111.04263.pdf}

\bibitem{wang2021} """ + tex_au("2103.14625") + r""".
  \newblock """ + T("2103.14625") + r""".
  \newblock \emph{ACL System Demonstrations}, 2021. \url{https://arxiv.org/abs/2103.14625}

\bibitem{rumelhart1986} """ + tex_au(BP) + r""".
  \newblock """ + T(BP) + r""".
  \newblock \emph{Nature}, 323:533--536, 1986.

\end{thebibliography}

\end{document}
"""
write_only(F650, text, keys(F650))
