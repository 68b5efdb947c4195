#!/usr/bin/env python3
"""881: `kaynaklar.bib` of a Turkish master's thesis on fine-tuning and transfer, grown by pasting whatever each site's
BibTeX button gave: arXiv's "Export BibTeX Citation" in its current form (key = surname + year + first title words,
six-space indent, `title={…}, ` and `url={…}, ` with the trailing space, `eprint` / `archivePrefix` / `primaryClass` /
`url`) and in its older form (short key, no `url`); OpenReview's export (`@misc{` then the key on its own line, no
indent); ACL Anthology's (`title = "…"`, authors `Surname, Name  and` broken over lines); the NeurIPS proceedings
site's (one-space indent, fields alphabetical); a Google Scholar-style entry; a book and a software entry (not
papers). `%` comments in Turkish say where each came from."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, OR, write_only
from make_expected import by_num, keys

F = by_num(881)
K = dict(lora="2106.09685", qlora="2305.14314", bit_t="2011.06182", prefix="2101.00190", adapt="1902.00751",
         prompt="2104.08691", bit="1912.11370", rethink="2006.06882")


def arxiv_new(key, k, year, cls):
    return (f"@misc{{{key},\n      title={{{T(k)}}}, \n      author={{{' and '.join(authors(k))}}},\n"
            f"      year={{{year}}},\n      eprint={{{k}}},\n      archivePrefix={{arXiv}},\n      primaryClass={{{cls}}},\n"
            f"      url={{https://arxiv.org/abs/{k}}}, \n}}\n")


def arxiv_old(key, k, year, cls):
    return (f"@misc{{{key},\n      title={{{T(k)}}}, \n      author={{{' and '.join(authors(k))}}},\n"
            f"      year={{{year}}},\n      eprint={{{k}}},\n      archivePrefix={{arXiv}},\n      primaryClass={{{cls}}}\n}}\n")


text = f"""% kaynaklar.bib — Yüksek Lisans tezi: "Büyük dil modellerinde parametre-verimli ince ayar"
% Ayşe Kılıç, Bilgisayar Mühendisliği (örnek üniversite), danışman: Doç. Dr. M. Aydın
% NOT: Girdileri sitelerin "BibTeX" düğmelerinden olduğu gibi yapıştırdım; biçimler bu yüzden karışık.
%      Teslimden önce biber --tool ile temizlenecek. Lütfen anahtarları (key) DEĞİŞTİRMEYİN, tez.tex'te kullanılıyor.

% ---------------------------------------------------------------------
% 1. Bölüm 2.3 — düşük ranklı uyarlama
% ---------------------------------------------------------------------

% arXiv "Export BibTeX Citation" (yeni biçim, url alanı var)
{arxiv_new("hu2021loralowrankadaptationlarge", K['lora'], 2021, "cs.CL")}
% yine arXiv, yeni biçim — 4-bit NF4 + çift nicemleme; deneylerde kullandığımız yöntem
{arxiv_new("dettmers2023qloraefficientfinetuningquantized", K['qlora'], 2023, "cs.LG")}
% ---------------------------------------------------------------------
% 2. Bölüm 2.2 — adaptörler ve istem (prompt) tabanlı yöntemler
% ---------------------------------------------------------------------

% Google Scholar'dan (Cite -> BibTeX); DOI'si yok, olduğu gibi
@inproceedings{{houlsby2019parameter,
  title={{Parameter-Efficient Transfer Learning for NLP}},
  author={{Houlsby, Neil and Giurgiu, Andrei and Jastrzebski, Stanislaw and Morrone, Bruna and De Laroussilhe, Quentin and Gesmundo, Andrea and Attariyan, Mona and Gelly, Sylvain}},
  booktitle={{International Conference on Machine Learning}},
  pages={{2790--2799}},
  year={{2019}},
  organization={{PMLR}}
}}

% arXiv, ESKİ biçim (2022'de indirmiştim, url alanı yok)
{arxiv_old("li2021prefixtuning", K['prefix'], 2021, "cs.CL")}
% ACL Anthology'den — yazar satırları böyle bölünmüş geliyor
@inproceedings{{lester-etal-2021-power,
    title = "{T(K['prompt'])}",
    author = "Lester, Brian  and
      Al-Rfou, Rami  and
      Constant, Noah",
    editor = "Moens, Marie-Francine  and
      Huang, Xuanjing  and
      Specia, Lucia  and
      Yih, Scott Wen-tau",
    booktitle = "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing",
    month = nov,
    year = "2021",
    address = "Online and Punta Cana, Dominican Republic",
    publisher = "Association for Computational Linguistics",
    url = "https://aclanthology.org/2021.emnlp-main.243",
    doi = "10.18653/v1/2021.emnlp-main.243",
    pages = "3045--3059",
}}

% ---------------------------------------------------------------------
% 3. Bölüm 2.1 — görüntüde transfer öğrenme (karşılaştırma için)
% ---------------------------------------------------------------------

% OpenReview "Show BibTeX" — ICLR 2021 gönderimi; anahtar ayrı satırda geliyor, öyle bıraktım
@misc{{
zhong2021bituning,
title={{{T(K['bit_t'])}}},
author={{{' and '.join(authors(K['bit_t']))}}},
year={{2021}},
url={{https://openreview.net/forum?id={OR(K['bit_t'])}}}
}}

% Springer'in sayfasından (ECCV 2020)
@InProceedings{{10.1007/978-3-030-58558-7_29,
author="Kolesnikov, Alexander
and Beyer, Lucas
and Zhai, Xiaohua
and Puigcerver, Joan
and Yung, Jessica
and Gelly, Sylvain
and Houlsby, Neil",
editor="Vedaldi, Andrea
and Bischof, Horst
and Brox, Thomas
and Frahm, Jan-Michael",
title="Big Transfer (BiT): General Visual Representation Learning",
booktitle="Computer Vision -- ECCV 2020",
year="2020",
publisher="Springer International Publishing",
address="Cham",
pages="491--507",
isbn="978-3-030-58558-7"
}}

% NeurIPS proceedings sitesinden (alanlar alfabetik, tek boşluk girinti)
@inproceedings{{NEURIPS2020_27e9661e,
 author = {{Zoph, Barret and Ghiasi, Golnaz and Lin, Tsung-Yi and Cui, Yin and Liu, Hanxiao and Cubuk, Ekin Dogus and Le, Quoc}},
 booktitle = {{Advances in Neural Information Processing Systems}},
 editor = {{H. Larochelle and M. Ranzato and R. Hadsell and M.F. Balcan and H. Lin}},
 pages = {{3833--3845}},
 publisher = {{Curran Associates, Inc.}},
 title = {{{T(K['rethink'])}}},
 url = {{https://proceedings.neurips.cc/paper_files/paper/2020/file/27e9661e033a73a6ad8cefcde965c54d-Paper.pdf}},
 volume = {{33}},
 year = {{2020}}
}}

% ---------------------------------------------------------------------
% Makale olmayanlar: kitap ve yazılım (tez yönetmeliği ayrı listelememizi istiyor)
% ---------------------------------------------------------------------

@book{{goodfellow2016deep,
  title={{Deep Learning}},
  author={{Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron}},
  publisher={{MIT Press}},
  year={{2016}}
}}

@Misc{{peft,
  title =        {{PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods}},
  author =       {{Sourab Mangrulkar and Sylvain Gugger and Lysandre Debut and Younes Belkada and Sayak Paul and Benjamin Bossan}},
  howpublished = {{\\url{{https://github.com/huggingface/peft}}}},
  year =         {{2022}}
}}
"""
write_only(F, text, keys(F))
