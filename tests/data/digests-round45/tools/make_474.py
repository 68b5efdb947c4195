#!/usr/bin/env python3
"""474: a Logseq graph export as EDN (… → Export graph → Export as EDN) of a Brazilian NLP student's graph: the
{:version 1 :blocks (…)} form, one map per page (:block/page-name, :block/properties, :block/format,
:block/children), nested child blocks with #uuid ids and :block/content strings in Logseq Markdown (properties as
"key:: value" lines, [[page links]], #tags, TODO / DONE markers, {{video}} macros). Portuguese prose. Papers:
arXiv abs URLs (link), OpenReview forum / pdf URLs (link), "arXiv:ID" in a block (arxiv-text), ACL Anthology /
NeurIPS / poster pages and titles in prose (title-only). Not papers: the Hugging Face course, sentence-transformers
docs, a YouTube video, the lab's Discord, a dataset (ASSIN 2), a deadline, a journal page (daily notes)."""
import os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F474, keys

NS = uuid.UUID("6f1c2a4e-8b0d-4e5f-9a7c-3d2e1b0a9c8d")
def uid(s):
    return str(uuid.uuid5(NS, s))

def es(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

def props(d, ind):
    if not d: return "{}"
    return "{" + (",\n" + " " * (ind + 1)).join(f":{k} {v}" for k, v in d.items()) + "}"

def block(content, kids=(), p=None, ind=0):
    pad = " " * ind
    s = (f"{{:block/id #uuid {es(uid(content))},\n{pad} :block/properties {props(p or {}, ind + 19)},\n"
         f"{pad} :block/format :markdown,\n{pad} :block/children\n{pad} [")
    s += ("\n" + pad + "  ").join(block(k[0], k[1] if len(k) > 1 else (), k[2] if len(k) > 2 else None, ind + 2) for k in kids)
    s += f"],\n{pad} :block/content {es(content)}}}"
    return s

def page(name, p, kids):
    s = (f"{{:block/id #uuid {es(uid('page:' + name))},\n   :block/page-name {es(name.lower())},\n"
         f"   :block/properties {props(p, 22)},\n   :block/format :markdown,\n   :block/children\n   [")
    s += "\n    ".join(block(k[0], k[1] if len(k) > 1 else (), k[2] if len(k) > 2 else None, 4) for k in kids)
    return s + "]}"

pages = [
 page("Sentence-BERT", {"tags": '#{"nlp" "embeddings" "paper"}', "ano": "2019", "status": '"lido"'}, [
   (f"tipo:: [[paper]]\nano:: 2019\nlink:: https://arxiv.org/abs/1908.10084\nstatus:: lido",),
   (f"**{T('1908.10084')}** — Reimers & Gurevych, EMNLP 2019", [
     ("Rede siamesa sobre BERT + pooling médio; similaridade por cosseno. Reduz a busca de 65 h para ~5 s no exemplo do artigo.",),
     ("Para o nosso caso (ASSIN 2, similaridade semântica em português) usar a biblioteca sentence-transformers: https://www.sbert.net/",),
   ]),
   ("TODO comparar com o [[ELMo]] como baseline de features contextuais",),
 ]),
 page("ELMo", {"tags": '#{"nlp" "paper"}', "ano": "2018"}, [
   (f"tipo:: [[paper]]\narxiv:: arXiv:1802.05365\nvenue:: NAACL 2018",),
   (f"{T('1802.05365')} (Peters et al.) — biLM de duas camadas, combinação linear das camadas por tarefa.",),
   ("DONE ler seção 5 (análise das camadas) #leitura",),
 ]),
 page("Pré-treinamento", {"tags": '#{"mapa"}'}, [
   ("Mapa de leitura: do [[ELMo]] ao ELECTRA e variantes. Ordem sugerida pelo prof. Otávio na reunião.",),
   (f"Electric — \"{T('2012.08561')}\" (Clark, Luong, Le, Manning; EMNLP 2020), arXiv:2012.08561", [
     ("modelo de energia sobre o texto, treinado com noise-contrastive estimation; serve para re-ranquear saídas de ASR",),
   ]),
   ("XLNet", [
     (f"{T('1906.08237')}, NeurIPS 2019 — https://papers.nips.cc/paper/2019/hash/dc6a7e655d7e5840e66733e9ee67cc69-Abstract.html",),
     ("permutação da ordem de fatoração + Transformer-XL como backbone; two-stream attention",),
   ]),
   (f"mascaramento \"totalmente explorado\": {T('2010.06040')}", [
     ("https://openreview.net/forum?id=" + OR("2010.06040"),),
     ("divide a sequência em subconjuntos não sobrepostos para reduzir a variância do gradiente; submissão ao ICLR 2021",),
   ]),
   ("{{video https://www.youtube.com/watch?v=xI0HHN5XKDo}} aula sobre pré-treinamento (curso de PLN da universidade, não é artigo)",),
 ]),
 page("Tradução não autorregressiva", {"tags": '#{"nmt" "paper"}'}, [
   (f"GLAT: [[{T('2008.07905')}]]", [
     ("PDF: https://openreview.net/pdf?id=" + OR("2008.07905"),),
     ("glancing sampling: amostra parte dos tokens de referência conforme a distância de Hamming da predição; um único passo de decodificação",),
     ("publicado no ACL 2021 (a versão do OpenReview é a submissão ao ICLR)",),
   ]),
   ("TODO ver se existe checkpoint pt-en #nmt",),
 ]),
 page("Recuperação de entidades", {"tags": '#{"nlp" "paper"}'}, [
   (f"GENRE = {T('2010.00904')} (De Cao, Izacard, Riedel, Petroni — ICLR 2021)", [
     ("gera o nome da entidade token a token com beam search restrito por uma trie dos títulos da Wikipédia",),
     ("pôster do ICLR: https://iclr.cc/virtual/2021/poster/2589",),
   ]),
 ]),
 page("Visualização", {"tags": '#{"interpretabilidade"}'}, [
   (f"Dodrio — {T('2103.14625')}, ACL 2021 demo", [
     ("https://aclanthology.org/2021.acl-demo.16/",),
     ("ferramenta interativa para ver cabeças de atenção com significado sintático/semântico; boa para a aula de quinta",),
   ]),
 ]),
 page("May 16th, 2024", {}, [
   ("reunião do grupo: prazo do STIL 2024 é em 3 semanas",),
   ("perguntar no Discord do laboratório quem tem GPU livre para rodar o [[Sentence-BERT]] no ASSIN 2",),
   ("curso de NLP do Hugging Face, capítulo 7, para a monitoria: https://huggingface.co/learn/nlp-course/chapter7/1",),
 ]),
]
text = "{:version 1,\n :blocks\n (" + "\n  ".join(pages) + ")}\n"
decoded = text.replace('\\"', '"').replace("\\n", "\n")
write_only(F474, text, keys(F474), [decoded])
