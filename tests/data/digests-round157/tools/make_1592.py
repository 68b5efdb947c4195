#!/usr/bin/env python3
"""1592: a Brazilian master's student's MindMup 2 map (.mup, saved to Drive / downloaded): one line of JSON as the web
app writes it (formatVersion 3, the "root" wrapper, the centre idea, child ideas under rank keys — positive to the
right, negative to the left — with ids, attr.note, attr.style and attr.collapsed, and a dashed cross-link). URLs sit in
node titles, where MindMup shows them as links. Built from the modelled tree; ids are numbered depth first."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1592)
# (rank, title, note, extra attr, children)
TREE = ("Qualificação — visão + linguagem (leituras até junho)", "Mapa da Bia para a banca de qualificação. Atualizado 02/05/2024.", {"style": {"background": "#22AAE0"}}, [
    ("1", "Contrastivo imagem-texto", None, {}, [
        ("1", T("2103.00020") + " https://arxiv.org/abs/2103.00020", "CLIP — zero-shot no ImageNet; ler seção 3 e os apêndices de prompt", {}, []),
        ("2", T("2102.05918"), "ALIGN · arXiv:2102.05918 · 1,8 bilhão de pares com texto ruidoso", {}, []),
        ("3", "open_clip (repositório) https://github.com/mlfoundations/open_clip", "código, não é artigo", {}, []),
    ]),
    ("2", "Poucos exemplos / modelos multimodais", None, {}, [
        ("1", T("2204.14198") + " https://arxiv.org/pdf/2204.14198.pdf", "Flamingo — Perceiver Resampler + camadas de cross-attention", {}, []),
        ("2", T("2106.13884"), "Frozen, NeurIPS 2021 — antecessor do Flamingo; o Prof. Henrique tem o PDF", {}, []),
    ]),
    ("-1", "Segmentação", None, {}, [
        ("1", T("2304.02643") + " https://arxiv.org/abs/2304.02643v1", "SAM; prompts de ponto e caixa", {}, []),
        ("2", "SA-1B (dataset) https://ai.meta.com/datasets/segment-anything/", "conjunto de dados, não artigo", {}, []),
    ]),
    ("-2", "Dados e rótulos", None, {"style": {"background": "#E0E0E0"}}, [
        ("1", T("2006.05929"), "ICLR 2021 — condensar o conjunto de treino em poucas imagens sintéticas", {}, []),
        ("2", T("2103.14339"), "imagens médicas + meta-learning + RL para escolher o que rotular", {}, []),
        ("3", T("2103.14338"), "não é visão+linguagem, mas o orientador pediu (transferência de movimento)", {}, []),
    ]),
    ("3", "Não são artigos", None, {"collapsed": True}, [
        ("1", "LAION-5B (dataset)", None, {}, []),
        ("2", "Aula gravada: visão e linguagem (YouTube, 1h40)", None, {}, []),
        ("3", "Curso CS231n — notas de aula", None, {}, []),
    ]),
])
LINKS = [(T("2103.00020"), T("2204.14198"), "encoder de visão contrastivo")]


def idea(node, ctr, ids):
    if len(node) == 4:
        title, note, attr, kids = node
    else:
        _, title, note, attr, kids = node
    ctr[0] += 1
    me = ctr[0]
    ids[title.split(" https://")[0]] = me
    d = {"title": title, "id": me}
    a = dict(attr)
    if note:
        a["note"] = {"index": me, "text": note}
    if a:
        d["attr"] = a
    if kids:
        d["ideas"] = {k[0]: idea(k, ctr, ids) for k in kids}
    return d


def build():
    ctr, ids = [0], {}
    centre = idea(TREE, ctr, ids)
    doc = {"formatVersion": 3, "id": "root", "ideas": {"1": centre}, "title": TREE[0],
           "links": [{"ideaIdFrom": ids[a], "ideaIdTo": ids[b], "attr": {"style": {"color": "#FF0000", "lineStyle": "dashed", "arrow": True, "label": lab}}}
                     for a, b, lab in LINKS]}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    write_only(F, build(), keys(F))
