#!/usr/bin/env python3
"""1001: `references.bib` of an Overleaf project (a Hindi-speaking MTech student's survey term paper on LLM
reasoning and agents), entries pasted from wherever the student found them, with `%` comments in Hindi: two entries
from OpenReview's "Show BibTeX" (the key alone on the line after `@inproceedings{`, no indentation, OpenReview's
field order title / author / booktitle / [editor] / year / url, the ICLR 2023 booktitle with its trailing blank,
lower-case profile names such as `brian ichter`, the closing brace alone) — the CoT title changed by hand to the
arXiv version's hyphenated title, as a comment says —; arXiv's "Export BibTeX Citation" (`@misc`, six blanks, the
blank after `title={…},` and `url={…},`); PMLR's proceedings BibTeX (`  name = \t {…},` with the tab, `@InProceedings`,
`pdf` and `url` fields) trimmed to a few authors; DBLP's (`DBLP:conf/…` key, fields padded to column 15, long values
continued with 18 blanks, timestamp / biburl / bibsource); Google-Scholar-like hand entries with aligned `=`; a
software `@misc` and a `@book`.

Papers: two OpenReview forum URLs and one arXiv export (links), `journal={arXiv preprint arXiv:…}` and
`note={arXiv:…}` (arxiv-text), three titles only (the DBLP NeurIPS record, the PMLR record, a TMLR hand entry). Not
papers: the LangChain repository, Sutton and Barto's book; nicknames in comments (CoT, SayCan, DT) are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(1001)
K = dict(react="2210.03629", cot="2201.11903", agentbench="2308.03688", matters="2006.05990", evolving="2101.03958",
         dt="2106.01345", saycan="2204.01691", emergent="2206.07682")
A = lambda k: CAT[K[k]]["authors"]

bib = r"""% ============================================================
% references.bib  --  Overleaf प्रोजेक्ट "llm-agents-term-paper"
% विषय: LLM में तर्क (reasoning) और एजेंट  |  कोर्स CS6.452, सेमेस्टर 2
% अंतिम बदलाव: 14 अप्रैल 2024 (रोहित)
% ============================================================
% नियम (सर गुप्ता ने कहा था):
%   * जहाँ paper OpenReview पर है, वहीं से "Show BibTeX" करके चिपकाओ
%   * arXiv-only papers के लिए arXiv का "Export BibTeX Citation"
%   * बाकी DBLP / PMLR से; शीर्षक कभी छोटा मत करो
% ------------------------------------------------------------

% ---------- भाग 1: prompting और reasoning ----------

% OpenReview (ICLR 2023) -- जैसा का तैसा चिपकाया, booktitle के अंत में खाली जगह OpenReview की ही है
@inproceedings{
yao2023react,
title={[[T:react]]},
author={[[AUTH_REACT]]},
booktitle={The Eleventh International Conference on Learning Representations },
year={2023},
url={https://openreview.net/forum?id=WE_vluYUL-X}
}

% OpenReview (NeurIPS 2022) -- शीर्षक arXiv वाले संस्करण से बदल दिया (OpenReview पर hyphen नहीं है),
% बाकी सब वैसा ही। CoT पूरे पेपर की नींव है, section 2 में सबसे पहले cite करना है।
@inproceedings{
wei2022chain,
title={[[T:cot]]},
author={Jason Wei and Xuezhi Wang and Dale Schuurmans and Maarten Bosma and brian ichter and Fei Xia and Ed H. Chi and Quoc V Le and Denny Zhou},
booktitle={Advances in Neural Information Processing Systems},
editor={Alice H. Oh and Alekh Agarwal and Danielle Belgrave and Kyunghyun Cho},
year={2022},
url={https://openreview.net/forum?id=_VjQlMeSB_J}
}

% Google Scholar से लिया, शीर्षक के अक्षर खुद ठीक किए (Scholar सब छोटे अक्षरों में देता है)
@article{wei2022emergent,
  title   = {[[T:emergent]]},
  author  = {Wei, Jason and Tay, Yi and Bommasani, Rishi and Raffel, Colin and Zoph, Barret and Borgeaud, Sebastian and others},
  journal = {Transactions on Machine Learning Research},
  year    = {2022},
  note    = {Survey Certification}
}

% ---------- भाग 2: एजेंट और उनका मूल्यांकन ----------

% arXiv "Export BibTeX Citation"
@misc{liu2023agentbench,
      title={[[T:agentbench]]}, 
      author={[[AUTH_AGENTBENCH]]},
      year={2023},
      eprint={2308.03688},
      archivePrefix={arXiv},
      primaryClass={cs.AI},
      url={https://arxiv.org/abs/2308.03688}, 
}

% PMLR (CoRL 2022) -- लेखक सूची बहुत लंबी थी (40+), पहले आठ रखे और "others" लगा दिया। abstract हटा दिया।
@InProceedings{pmlr-v205-ichter23a,
  title = 	 {[[T:saycan]]},
  author =       {Ichter, Brian and Brohan, Anthony and Chebotar, Yevgen and Finn, Chelsea and Hausman, Karol and Herzog, Alexander and Ho, Daniel and Ibarz, Julian and others},
  booktitle = 	 {Proceedings of The 6th Conference on Robot Learning},
  pages = 	 {287--318},
  year = 	 {2023},
  editor = 	 {Liu, Karen and Kulic, Dana and Ichnowski, Jeff},
  volume = 	 {205},
  series = 	 {Proceedings of Machine Learning Research},
  month = 	 {14--18 Dec},
  publisher =    {PMLR},
  pdf = 	 {https://proceedings.mlr.press/v205/ichter23a/ichter23a.pdf},
  url = 	 {https://proceedings.mlr.press/v205/ichter23a.html}
}

% LangChain -- software है, paper नहीं; related work में सिर्फ़ footnote में
@misc{langchain2022,
  author       = {Harrison Chase},
  title        = {{LangChain}},
  year         = {2022},
  howpublished = {\url{https://github.com/langchain-ai/langchain}},
  note         = {GitHub repository, version 0.1.16 देखा}
}

% ---------- भाग 3: RL को sequence modeling की तरह (DT) और RL की बुनियाद ----------

% DBLP
@inproceedings{DBLP:conf/nips/ChenLRLGLASM21,
  author       = {Lili Chen and
                  Kevin Lu and
                  Aravind Rajeswaran and
                  Kimin Lee and
                  Aditya Grover and
                  Michael Laskin and
                  Pieter Abbeel and
                  Aravind Srinivas and
                  Igor Mordatch},
  editor       = {Marc'Aurelio Ranzato and
                  Alina Beygelzimer and
                  Yann N. Dauphin and
                  Percy Liang and
                  Jennifer Wortman Vaughan},
  title        = {[[T:dt]]},
  booktitle    = {Advances in Neural Information Processing Systems 34: Annual Conference
                  on Neural Information Processing Systems 2021, NeurIPS 2021, December
                  6-14, 2021, virtual},
  pages        = {15084--15097},
  year         = {2021},
  url          = {https://proceedings.neurips.cc/paper/2021/hash/7f489f642a0ddb10272b5c31057f0663-Abstract.html},
  timestamp    = {Tue, 03 May 2022 16:20:47 +0200},
  biburl       = {https://dblp.org/rec/conf/nips/ChenLRLGLASM21.bib},
  bibsource    = {dblp computer science bibliography, https://dblp.org}
}

% Scholar; ICLR 2021 वाला संस्करण भी है पर arXiv वाला ही रखा
@article{andrychowicz2020matters,
  title   = {[[T:matters]]},
  author  = {Andrychowicz, Marcin and Raichuk, Anton and Sta{\'n}czyk, Piotr and Orsini, Manu and Girgin, Sertan and Marinier, Rapha{\"e}l and Hussenot, L{\'e}onard and Geist, Matthieu and Pietquin, Olivier and Michalski, Marcin and others},
  journal = {arXiv preprint arXiv:2006.05990},
  year    = {2020}
}

% TODO: OpenReview पर ढूँढना है (ICLR 2021), अभी Scholar वाला + arXiv नंबर note में
@inproceedings{coreyes2021evolving,
  title     = {[[T:evolving]]},
  author    = {Co-Reyes, John D. and Miao, Yingjie and Peng, Daiyi and Real, Esteban and Levine, Sergey and Le, Quoc V. and Lee, Honglak and Faust, Aleksandra},
  booktitle = {International Conference on Learning Representations},
  year      = {2021},
  note      = {arXiv:2101.03958}
}

% किताब -- background के लिए
@book{sutton2018reinforcement,
  title     = {Reinforcement Learning: An Introduction},
  author    = {Sutton, Richard S. and Barto, Andrew G.},
  edition   = {2},
  year      = {2018},
  publisher = {MIT Press}
}
"""
bib = bib.replace("[[AUTH_REACT]]", "Shunyu Yao and Jeffrey Zhao and Dian Yu and Nan Du and Izhak Shafran and Karthik R Narasimhan and Yuan Cao")
bib = bib.replace("[[AUTH_AGENTBENCH]]", " and ".join(A("agentbench")))
for k in K:
    bib = bib.replace(f"[[T:{k}]]", T(K[k]))
assert "[[" not in bib
write_only(F, bib, keys(F))
