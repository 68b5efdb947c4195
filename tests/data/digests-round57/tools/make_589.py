#!/usr/bin/env python3
"""589: unstructured.io `partition_pdf` output written by `elements_to_json` (a JSON list, indent 4, ensure_ascii
off): elements with type (Title, NarrativeText, ListItem, Header, Footer, UncategorizedText, PageBreak-free), a
32-hex element_id, text, metadata (filetype, languages, page_number, filename, file_directory, last_modified,
parent_id, links with text / url / start_index). A Portuguese seminar handout on self-supervised learning."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F589, keys

FN = "seminario_ssl_handout_v2.pdf"
els, last_title = [], {}

def eid(s, i):
    return hashlib.sha256(f"{i}:{s}".encode()).hexdigest()[:32]

def add(typ, text, page, links=None, parent=True):
    i = len(els)
    md = {"filetype": "application/pdf", "languages": ["por"], "page_number": page, "filename": FN,
          "file_directory": "/home/rsilva/Downloads", "last_modified": "2024-03-18T21:40:12"}
    if links:
        md["links"] = [{"text": t_, "url": u, "start_index": text.index(t_)} for t_, u in links]
    if typ == "Title":
        last_title[page] = eid(text, i)
    elif parent and page in last_title:
        md["parent_id"] = last_title[page]
    els.append({"type": typ, "element_id": eid(text, i), "text": text, "metadata": md})

add("Header", "Seminário de Aprendizado de Máquina — PPGCC · 2024/1", 1)
add("Title", "Aprendizado auto-supervisionado: de contrastivo a mascarado", 1)
add("NarrativeText", "Roteiro para o encontro de 21 de março. Responsáveis: Renata Silva e Caio Mendes. Leitura prévia obrigatória dos itens marcados com (*). As discussões serão em português; os artigos estão todos em inglês.", 1)
add("Title", "1. Métodos contrastivos e sem negativos", 1)
s = f"(*) {T('2002.05709')} — Chen, Kornblith, Norouzi, Hinton (ICML 2020). https://arxiv.org/abs/2002.05709"
add("ListItem", s, 1, [("https://arxiv.org/abs/2002.05709", "https://arxiv.org/abs/2002.05709")])
add("ListItem", f"{T('2011.10566')} — Xinlei Chen e Kaiming He (CVPR 2021). Mostra que o stop-gradient basta para evitar o colapso.", 1)
add("ListItem", f"(*) {T('2104.14294')} — Caron et al., ICCV 2021, arXiv:2104.14294 (DINO).", 1)
add("NarrativeText", "Perguntas para discussão: por que o SimCLR precisa de lotes tão grandes? O que exatamente impede o colapso no SimSiam e no DINO? Compare com o BYOL (não faz parte da leitura).", 1)
add("Footer", "1", 1)
add("Header", "Seminário de Aprendizado de Máquina — PPGCC · 2024/1", 2)
add("Title", "2. Modelagem mascarada e escala", 2)
s = f"(*) {T('2111.06377')} — He, Chen, Xie, Li, Dollár, Girshick (CVPR 2022)"
add("ListItem", s, 2, [(T('2111.06377'), "https://arxiv.org/abs/2111.06377")])
add("ListItem", f"{T('2304.07193')} — Oquab et al., TMLR 2024. Modelos e código no repositório oficial (não é artigo).", 2)
s = f"{T('2106.07447')} — Hsu et al., IEEE/ACM TASLP 2021 (a mesma ideia em fala)"
add("ListItem", s, 2, [(T('2106.07447'), "https://arxiv.org/pdf/2106.07447.pdf")])
add("Title", "3. Rótulos ruidosos e generalização de domínio", 2)
s = f"{T('2103.13646')} — Zheltonozhskii, Baskin, Mendelson, Bronstein, Litany (WACV 2022). Revisões em https://openreview.net/forum?id=uB5x7Y2qsFR"
add("ListItem", s, 2, [("https://openreview.net/forum?id=uB5x7Y2qsFR", "https://openreview.net/forum?id=uB5x7Y2qsFR")])
add("ListItem", f"{T('2007.01434')} — Gulrajani e Lopez-Paz (ICLR 2021). Leitura opcional: o DomainBed como protocolo de avaliação.", 2)
add("NarrativeText", "Material complementar (não são artigos): blog “Self-Supervised Representation Learning” de Lilian Weng; curso Deep Learning da NYU (vídeos de 2021), aula 10; biblioteca solo-learn; conjunto de dados ImageNet-1k e o subconjunto ImageNet-100 usado nos exercícios.", 2)
add("UncategorizedText", "Sala 204 · 14h00–16h00 · transmissão pelo Meet (link no Moodle)", 2)
add("NarrativeText", "Exercício: treinar um SimSiam com ResNet-18 no CIFAR-10 por 200 épocas (cerca de 3 h na GPU do laboratório) e reportar a acurácia do k-NN. Entrega pelo Moodle até 28/03.", 2)
add("Footer", "2", 2)
text = json.dumps(els, indent=4, ensure_ascii=False) + "\n"
write_only(F589, text, keys(F589))
