#!/usr/bin/env python3
"""268: the related-work section of a thesis chapter as one self-contained .tex (Overleaf-style): the BibTeX database
sits in a filecontents* environment before \\documentclass, natbib \\citep/\\citet in the text, Irish (babel irish).
Entries in the styles people paste: Google Scholar ("journal = {arXiv preprint arXiv:…}"), arXiv's own
(eprint/archivePrefix), DBLP (url), hand-made. Titles brace-protected and wrapped as BibTeX files have them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write

bib = r"""@article{beltagy2020longformer,
  title         = {{Longformer}: The Long-Document Transformer},
  author        = {Beltagy, Iz and Peters, Matthew E. and Cohan, Arman},
  year          = {2020},
  eprint        = {2004.05150},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}

@inproceedings{zaheer2020bigbird,
  author    = {Manzil Zaheer and Guru Guruganesh and Kumar Avinava Dubey and Joshua Ainslie and Chris Alberti and
               Santiago Onta{\~{n}}{\'{o}}n and Philip Pham and Anirudh Ravula and Qifan Wang and Li Yang and Amr Ahmed},
  title     = {{Big Bird}: Transformers for Longer Sequences},
  booktitle = {Advances in Neural Information Processing Systems 33 (NeurIPS 2020)},
  year      = {2020},
  url       = {https://arxiv.org/abs/2007.14062},
  biburl    = {https://dblp.org/rec/conf/nips/ZaheerGDAAOPRWY20.bib}
}

@inproceedings{katharopoulos2020transformers,
  title     = {Transformers are {RNN}s: Fast Autoregressive Transformers with Linear Attention},
  author    = {Katharopoulos, Angelos and Vyas, Apoorv and Pappas, Nikolaos and Fleuret, Fran{\c{c}}ois},
  booktitle = {Proceedings of the 37th International Conference on Machine Learning},
  pages     = {5156--5165},
  year      = {2020},
  series    = {Proceedings of Machine Learning Research},
  volume    = {119},
  publisher = {PMLR}
}

@inproceedings{peng2021rfa,
  title     = {Random Feature Attention},
  author    = {Hao Peng and Nikolaos Pappas and Dani Yogatama and Roy Schwartz and Noah A. Smith and Lingpeng Kong},
  booktitle = {International Conference on Learning Representations},
  year      = {2021},
  url       = {https://openreview.net/forum?id=QtTKTdVrFBB}
}

@article{hua2022flash,
  title   = {Transformer Quality in Linear Time},
  author  = {Hua, Weizhe and Dai, Zihang and Liu, Hanxiao and Le, Quoc V},
  journal = {arXiv preprint arXiv:2202.10447},
  year    = {2022}
}

@inproceedings{poli2023hyena,
  title     = {{H}yena Hierarchy: Towards Larger Convolutional Language Models},
  author    = {Poli, Michael and Massaroli, Stefano and Nguyen, Eric and Fu, Daniel Y. and Dao, Tri and Baccus, Stephen
               and Bengio, Yoshua and Ermon, Stefano and R{\'e}, Christopher},
  booktitle = {Proceedings of the 40th International Conference on Machine Learning (ICML)},
  year      = {2023}
}

@misc{sun2023retnet,
  title  = {Retentive Network: A Successor to {T}ransformer for Large
            Language Models},
  author = {Yutao Sun and Li Dong and Shaohan Huang and Shuming Ma and Yuqing Xia and Jilong Xue and Jianyong Wang and Furu Wei},
  year   = {2023},
  note   = {\url{https://arxiv.org/abs/2307.08621}}
}

@inproceedings{fan2021feedback,
  title     = {Addressing Some Limitations of Transformers with Feedback Memory},
  author    = {Fan, Angela and Lavril, Thibaut and Grave, Edouard and Joulin, Armand and Sukhbaatar, Sainbayar},
  year      = {2021},
  note      = {ICLR 2021 submission},
  howpublished = {\url{https://openreview.net/forum?id=OCm0rwa1lx1}}
}

@inproceedings{kitaev2020reformer,
  title     = {Reformer: The Efficient Transformer},
  author    = {Nikita Kitaev and Lukasz Kaiser and Anselm Levskaya},
  booktitle = {8th International Conference on Learning Representations, {ICLR} 2020, Addis Ababa, Ethiopia, April 26-30, 2020},
  year      = {2020}
}

@article{child2019sparse,
  title   = {Generating Long Sequences with Sparse Transformers},
  author  = {Child, Rewon and Gray, Scott and Radford, Alec and Sutskever, Ilya},
  journal = {arXiv preprint arXiv:1904.10509},
  year    = {2019}
}

@inproceedings{tay2021synthesizer,
  title     = {Synthesizer: Rethinking Self-Attention in Transformer Models},
  author    = {Tay, Yi and Bahri, Dara and Metzler, Donald and Juan, Da-Cheng and Zhao, Zhe and Zheng, Che},
  booktitle = {International Conference on Machine Learning},
  pages     = {10183--10192},
  year      = {2021},
  organization = {PMLR}
}

@inproceedings{gu2020hippo,
  title     = {{HiPPO}: Recurrent Memory with Optimal Polynomial Projections},
  author    = {Gu, Albert and Dao, Tri and Ermon, Stefano and Rudra, Atri and R{\'e}, Christopher},
  booktitle = {Advances in Neural Information Processing Systems},
  volume    = {33},
  pages     = {1474--1487},
  year      = {2020}
}

@article{graves2014ntm,
  title   = {Neural {T}uring Machines},
  author  = {Graves, Alex and Wayne, Greg and Danihelka, Ivo},
  journal = {CoRR},
  year    = {2014}
}

@misc{weng2023transformerfamily,
  author       = {Weng, Lilian},
  title        = {The Transformer Family Version 2.0},
  howpublished = {\url{https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/}},
  year         = {2023},
  note         = {Blog post}
}

@software{xformers2022,
  author = {Lefaudeux, Benjamin and Massa, Francisco and Liskovich, Diana and others},
  title  = {xFormers: A modular and hackable Transformer modelling library},
  url    = {https://github.com/facebookresearch/xformers},
  year   = {2022}
}

@phdthesis{nicriain2022,
  author = {N{\'i} Riain, Aoife},
  title  = {Samhaltú teanga don Ghaeilge le sonraí teoranta},
  school = {Ollscoil na Gaillimhe},
  year   = {2022}
}
"""

tex = r"""\begin{filecontents*}[overwrite]{\jobname.bib}
""" + bib + r"""\end{filecontents*}
\documentclass[11pt,a4paper]{report}
\usepackage[irish]{babel}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[numbers,sort&compress]{natbib}
\usepackage{url}
\usepackage[hidelinks]{hyperref}

\begin{document}
\setcounter{chapter}{1}
\chapter{Obair ghaolmhar}\label{ch:obair}

% TODO (Cian, 12/03): athscríobh an chéad alt, tá sé ró-fhada -- féach nótaí Aoife
\section{Aird éifeachtach ar sheichimh fhada}\label{sec:aird}

Is é an fhadhb lárnach ná go bhfásann costas na féin-airde go cearnach le fad an tseichimh.
Roinneadh na réitigh go garbh ina dtrí ghrúpa \citep{weng2023transformerfamily}.

\paragraph{Patrúin tanaí.}
Ba é \citet{child2019sparse} an chéad iarracht mhór: \emph{Generating Long Sequences with Sparse Transformers}.
Lean \emph{Longformer} \citep{beltagy2020longformer} agus \emph{Big Bird} \citep{zaheer2020bigbird} leis an smaoineamh
céanna, ach le fuinneog áitiúil agus roinnt comharthaí domhanda. Léiríonn \citet{zaheer2020bigbird} go bhfuil an
patrún tanaí fós ina chomhfhoghlaimeoir uilíoch.

\paragraph{Haiseáil agus comhfhogasú.}
Úsáideann ``Reformer: The Efficient Transformer'' \citep{kitaev2020reformer} haiseáil LSH chun eochracha cosúla a
ghrúpáil. Cuireann an obair \emph{Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention}
\citep{katharopoulos2020transformers} feidhm eithne in ionad an softmax, agus déanann \citet{peng2021rfa}
an rud céanna le gnéithe randamacha. Ceistíonn \citet{tay2021synthesizer} an gá atá le hidirghníomhú
ceist--eochair ar chor ar bith.

\paragraph{Cuimhne agus athfhillteacht.}
Tá líne eile oibre ann a fhilleann ar an gcuimhne sheachtrach, ó \citet{graves2014ntm} go dtí
\citet{fan2021feedback}, a thaispeánann go gcailltear cumas áirithe nuair nach mbíonn rochtain ag na sraitheanna
uachtaracha ar an am atá caite. Tógann \citet{gu2020hippo} bonn teoiriciúil don chuimhne leanúnach; is air sin a
tógadh S4 agus Mamba (féach Caibidil~\ref{ch:s4}), ach ní phléitear iad anseo.

\paragraph{Samhlacha gan aird.}
Le déanaí, tá samhlacha ann nach n-úsáideann aird iomlán ar chor ar bith: \citet{poli2023hyena} (convolúidí fada
agus geataí), \citet{hua2022flash} (aird ghiotánach, ``FLASH'') agus \citet{sun2023retnet}. Níor éirigh liom fós
torthaí RetNet a atáirgeadh leis an gcód oifigiúil; tá an t-eolas sin i dtábla~2.4 de \citet{nicriain2022}.
Baineadh úsáid as an leabharlann \citet{xformers2022} le haghaidh na dtomhas luais go léir.

% Ná dearmad: FlashAttention (Dao et al.) a lua i gCaibidil 4 -- níl sé sa bhunachar fós.

\bibliographystyle{plainnat}
\bibliography{\jobname}
\end{document}
"""
write("268_latex_related_work_with_filecontents_bib_irish_efficient_attention_chapter.tex", tex)
