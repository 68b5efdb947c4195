#!/usr/bin/env python3
"""Builds digests/147_jupyter_course_pretrained_transformers.ipynb: lecture 6 of an (invented) NLP course, saved by
JupyterLab 4 as nbformat 4.5 JSON.

Written the way Jupyter writes it: json.dumps(indent=1, ensure_ascii=False, sort_keys=True) plus a trailing
newline; every cell has an "id"; cell sources and stream texts are lists of lines, each but the last ending in
"\\n"; code cells carry execution_count and outputs (stream stdout/stderr, execute_result with text/plain and
text/html, display_data, one error with an ANSI-coloured traceback); markdown cells carry "attachments"-free
metadata; the notebook metadata has kernelspec, language_info and a course-specific "toc" key."""
import json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "147_jupyter_course_pretrained_transformers.ipynb")


def lines(text):
    ls = text.split("\n")
    return [l + "\n" for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])


cells = []
n_id = [0]


def cid():
    n_id[0] += 1
    return ["3f1c9a2e", "b7d04e51", "9a6e2c10", "e41f7d93", "0c5b8a77", "6d2e91f4", "a8c3f05b", "51e7b2d9",
            "f2a9c6e0", "7b4d1e38", "c90e5f2a", "2e8b7c61", "d5f3a094", "84c1e6bd", "1a7f9d52", "e6b20c4f",
            "5c8d3a1e", "9f0e4b27", "b3a6d8c5", "47e1f9a0", "0d9c2b6e", "c1f8e347"][n_id[0] - 1]


def md(text, tags=None):
    meta = {"tags": tags} if tags else {}
    cells.append({"cell_type": "markdown", "id": cid(), "metadata": meta, "source": lines(text)})


def code(src, n, outputs, meta=None):
    cells.append({"cell_type": "code", "execution_count": n, "id": cid(), "metadata": meta or {},
                  "outputs": outputs, "source": lines(src)})


def stream(text, name="stdout"):
    return {"name": name, "output_type": "stream", "text": lines(text)}


def result(n, plain, html=None):
    data = {"text/plain": lines(plain)}
    if html:
        data["text/html"] = lines(html)
    return {"data": data, "execution_count": n, "metadata": {}, "output_type": "execute_result"}


md("""# CS-L 4172 · Lecture 6 — Pretrained Transformers after BERT

*Natural Language Processing with Deep Learning, Spring 2024 · Tannfeld Institute of Technology*
Instructor: Dr. Mirela Ostrowska · TAs: Kofi Asante, Jun-ho Baek

> **Before class:** make sure you can run this notebook on the course JupyterHub (`hub.cs-l4172.example.edu`) or on
> your laptop with the `cs-l4172` conda environment (`environment.yml` in the course repo). A GPU is *not* required;
> everything below runs on CPU in under five minutes.

## Learning goals

1. Know what changed in pretraining recipes between 2019 and 2021 (data, objectives, masking, denoising).
2. Load and compare encoder, decoder and encoder–decoder checkpoints with 🤗 Transformers.
3. Read a model card critically (training data, intended use, known failure modes).""")

md("""## Required reading (before Thursday)

Read **two** of the following; we discuss all of them in class.

* [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://arxiv.org/abs/1907.11692) — same architecture as
  BERT, more data, longer training, no next-sentence prediction. Section 4 is the one to read carefully.
* BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension
  (Lewis et al., ACL 2020) — the denoising-autoencoder view; skim the noising functions in Figure 2.
* *DeBERTa: Decoding-enhanced BERT with Disentangled Attention* — [paper](https://arxiv.org/abs/2006.03654v2),
  we use its v3 checkpoint in the lab below.
* Unsupervised Cross-lingual Representation Learning at Scale (arXiv:1911.02116) — "XLM-R"; the curse of
  multilinguality plot (Fig. 4) is exam material.

Optional: Chapter 11 of Jurafsky & Martin, *Speech and Language Processing* (3rd ed. draft) is the textbook
treatment; Jay Alammar's *The Illustrated BERT, ELMo, and co.* is a gentle blog introduction.""")

md("""## 0. Setup""")

code("""%pip install -q "transformers==4.38.2" "datasets==2.18.0" "sentence-transformers==2.5.1" evaluate""", 1, [
    stream("""Note: you may need to restart the kernel to use updated packages.
""")])

code("""import torch, transformers, datasets
from transformers import AutoTokenizer, AutoModel, AutoModelForMaskedLM, pipeline

print("torch", torch.__version__, "| transformers", transformers.__version__, "| datasets", datasets.__version__)
print("CUDA available:", torch.cuda.is_available())""", 2, [
    stream("""torch 2.2.1+cpu | transformers 4.38.2 | datasets 2.18.0
CUDA available: False
""")])

md("""## 1. Same sentence, four tokenizers

The library we use throughout is described in *HuggingFace’s Transformers: State-of-the-art Natural Language
Processing* (Wolf et al., EMNLP 2020 demos) — cite that paper, not the GitHub README, if you use it in your project
report. Reference docs: <https://huggingface.co/docs/transformers/main_classes/tokenizer>.""")

code("""sentence = "Tokenizers disagree about 'unbelievable' and Zürich."
for ckpt in ["bert-base-uncased", "roberta-base", "xlm-roberta-base", "microsoft/deberta-v3-base"]:
    tok = AutoTokenizer.from_pretrained(ckpt)
    print(f"{ckpt:28s}", tok.tokenize(sentence))""", 3, [
    stream("""/opt/conda/envs/cs-l4172/lib/python3.11/site-packages/transformers/convert_slow_tokenizer.py:550: UserWarning: The sentencepiece tokenizer that you are converting to a fast tokenizer uses the byte fallback option which is not implemented in the fast tokenizers. In practice this means that the fast version of the tokenizer can produce unknown tokens whereas the sentencepiece version would have converted these unknown tokens into a sequence of byte tokens matching the original piece of text.
  warnings.warn(
""", "stderr"),
    stream("""bert-base-uncased            ['token', '##izer', '##s', 'disagree', 'about', "'", 'unbelievable', "'", 'and', 'zurich', '.']
roberta-base                 ['Token', 'izers', 'Ġdisagree', 'Ġabout', "Ġ'", 'un', 'bel', 'ievable', "'", 'Ġand', 'ĠZ', 'ür', 'ich', '.']
xlm-roberta-base             ['▁To', 'ken', 'izer', 's', '▁disagree', '▁about', "▁'", 'un', 'believ', 'able', "'", '▁and', '▁Zürich', '.']
microsoft/deberta-v3-base    ['▁Token', 'izers', '▁disagree', '▁about', "▁'", 'unbelievable', "'", '▁and', '▁Zürich', '.']
""")])

md("""**Question 1.1.** Why does `xlm-roberta-base` keep *Zürich* as one piece while `roberta-base` splits it into
three? (Hint: vocabulary size 250k vs 50k, and what data each vocabulary was trained on.)""", tags=["exercise"])

md("""## 2. Masked-LM predictions: BERT vs RoBERTa

RoBERTa drops next-sentence prediction and uses *dynamic* masking. Below we only look at fill-mask behaviour; the
GLUE numbers are in Table 5 of the paper linked above.""")

code("""fill_bert = pipeline("fill-mask", model="bert-base-uncased")
fill_rob = pipeline("fill-mask", model="roberta-base")
print([p["token_str"] for p in fill_bert("The lecture was really [MASK] today.")[:5]])
print([p["token_str"].strip() for p in fill_rob("The lecture was really <mask> today.")[:5]])""", 4, [
    stream("""Some weights of the model checkpoint at bert-base-uncased were not used when initializing BertForMaskedLM: ['bert.pooler.dense.bias', 'bert.pooler.dense.weight', 'cls.seq_relationship.bias', 'cls.seq_relationship.weight']
- This IS expected if you are initializing BertForMaskedLM from the checkpoint of a model trained on another task or with another architecture (e.g. initializing a BertForSequenceClassification model from a BertForPreTraining model).
""", "stderr"),
    stream("""['good', 'interesting', 'boring', 'fun', 'long']
['good', 'interesting', 'fun', 'long', 'boring']
""")])

md("""## 3. Sentence embeddings

Mean-pooled BERT vectors are poor sentence embeddings; [Sentence-BERT: Sentence Embeddings using Siamese
BERT-Networks](https://arxiv.org/pdf/1908.10084.pdf) fixes that with a siamese fine-tuning objective. The
`sentence-transformers` package is the reference implementation (docs: <https://www.sbert.net/docs/quickstart.html>).""")

code("""from sentence_transformers import SentenceTransformer, util
st = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
a = st.encode(["A cat sits on the mat.", "A kitten is lying on a rug.", "Stock prices fell sharply."])
util.cos_sim(a, a)""", 5, [
    result(5, """tensor([[1.0000, 0.6124, 0.0391],
        [0.6124, 1.0000, 0.0218],
        [0.0391, 0.0218, 1.0000]])""")])

md("""## 4. Decoding: why beam search produces boring text

The argument for nucleus (top-*p*) sampling is made in *The Curious Case of Neural Text Degeneration* (Holtzman et
al., ICLR 2020). Try the three strategies below and compare repetition. The generation docs list every knob:
<https://huggingface.co/docs/transformers/generation_strategies>.""")

code("""gen = pipeline("text-generation", model="gpt2")
prompt = "The most surprising result in the paper was"
for kw in [dict(num_beams=5), dict(do_sample=True, top_k=50), dict(do_sample=True, top_p=0.92, top_k=0)]:
    torch.manual_seed(4172)
    print(kw, "→", gen(prompt, max_new_tokens=30, pad_token_id=50256, **kw)[0]["generated_text"][len(prompt):])""", 6, [
    stream("""{'num_beams': 5} →  that the model was able to learn from the data. The model was able to learn from the data. The model was able to learn from the data.
{'do_sample': True, 'top_k': 50} →  how quickly the bees recovered after the storm, which the authors attribute to a second, smaller colony nearby.
{'do_sample': True, 'top_p': 0.92, 'top_k': 0} →  not the accuracy itself but how little it cost: two GPUs and a weekend, according to the appendix.
""")])

code("""# repetition rate of distinct 4-grams over 20 samples (precomputed on the hub, 8.2 s)
import pandas as pd
pd.DataFrame({"strategy": ["beam=5", "top-k=50", "top-p=0.92"], "distinct-4": [0.31, 0.87, 0.91],
              "self-BLEU": [0.74, 0.41, 0.37]})""", 7, [
    result(7, """     strategy  distinct-4  self-BLEU
0      beam=5        0.31       0.74
1    top-k=50        0.87       0.41
2  top-p=0.92        0.91       0.37""", """<div>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>strategy</th>
      <th>distinct-4</th>
      <th>self-BLEU</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>beam=5</td>
      <td>0.31</td>
      <td>0.74</td>
    </tr>
    <tr>
      <th>1</th>
      <td>top-k=50</td>
      <td>0.87</td>
      <td>0.41</td>
    </tr>
    <tr>
      <th>2</th>
      <td>top-p=0.92</td>
      <td>0.91</td>
      <td>0.37</td>
    </tr>
  </tbody>
</table>
</div>""")])

md("""## 5. Lab: fine-tune on MRPC (homework 3 starter)

We use the GLUE MRPC split from the Hub (<https://huggingface.co/datasets/nyu-mll/glue>). The baseline is
`distilbert-base-uncased`; for the bonus, swap in `microsoft/deberta-v3-base` and report the difference.""")

code("""raw = datasets.load_dataset("nyu-mll/glue", "mrpc")
raw""", 8, [
    stream("""Downloading readme: 100%|██████████| 35.3k/35.3k [00:00<00:00, 1.21MB/s]
Downloading data: 100%|██████████| 649k/649k [00:00<00:00, 3.90MB/s]
Generating train split: 100%|██████████| 3668/3668 [00:00<00:00, 301245.87 examples/s]
Generating validation split: 100%|██████████| 408/408 [00:00<00:00, 118734.02 examples/s]
Generating test split: 100%|██████████| 1725/1725 [00:00<00:00, 402231.55 examples/s]
""", "stderr"),
    result(8, """DatasetDict({
    train: Dataset({
        features: ['sentence1', 'sentence2', 'label', 'idx'],
        num_rows: 3668
    })
    validation: Dataset({
        features: ['sentence1', 'sentence2', 'label', 'idx'],
        num_rows: 408
    })
    test: Dataset({
        features: ['sentence1', 'sentence2', 'label', 'idx'],
        num_rows: 1725
    })
})""")])

code("""trainer.train()""", 9, [
    {"ename": "NameError", "evalue": "name 'trainer' is not defined", "output_type": "error",
     "traceback": ["\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
                   "\u001b[0;31mNameError\u001b[0m                                 Traceback (most recent call last)",
                   "Cell \u001b[0;32mIn[9], line 1\u001b[0m\n\u001b[0;32m----> 1\u001b[0m \u001b[43mtrainer\u001b[49m\u001b[38;5;241m.\u001b[39mtrain()\n",
                   "\u001b[0;31mNameError\u001b[0m: name 'trainer' is not defined"]}])

md("""**TODO (you):** build the `Trainer` — see the course notes, §6.3, and the *Fine-tuning a pretrained model*
tutorial in the docs. Expected validation F1 after 3 epochs: ≈ 0.88 (DistilBERT), ≈ 0.91 (DeBERTa-v3).""",
   tags=["exercise", "homework"])

md("""## 6. Further reading (for the project)

Retrieval and knowledge:
- REALM: Retrieval-Augmented Language Model Pre-Training — arXiv 2002.08909
- Autoregressive Entity Retrieval (De Cao et al., ICLR 2021) — entity linking by generating names; code in our fork
  <https://github.com/cs-l4172/genre-mini>

Better masking:
- Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model —
  [OpenReview](https://openreview.net/forum?id=cYr2OPNyTz7)
- the ELECTRA and SpanBERT-style objectives (we cover these in lecture 7; no reading needed yet)

Interpretability:
- Attention is Not Only a Weight (Kobayashi et al., EMNLP 2020) — norms of transformed vectors, not raw attention
  weights
- Dodrio: Exploring Transformer Models with Interactive Visualization — try the live demo before office hours

The T5 paper and the GPT-2 report come back in lecture 8 (text-to-text and decoder-only scaling).""")

md("""---
*Last run: 2024-03-04 on hub.cs-l4172.example.edu (kernel `cs-l4172`, 4 vCPU). Licence: CC BY-SA 4.0 for text, MIT
for code. Report problems on the course forum, thread #lecture-06.*""")

nb = {"cells": cells,
      "metadata": {"kernelspec": {"display_name": "Python 3 (cs-l4172)", "language": "python", "name": "cs-l4172"},
                   "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                                     "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                                     "pygments_lexer": "ipython3", "version": "3.11.8"},
                   "toc": {"base_numbering": 1, "nav_menu": {}, "number_sections": False, "sideBar": True,
                           "skip_h1_title": True, "title_cell": "Contents", "title_sidebar": "Contents",
                           "toc_cell": False, "toc_position": {}, "toc_section_display": True,
                           "toc_window_display": False}},
      "nbformat": 4, "nbformat_minor": 5}
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
