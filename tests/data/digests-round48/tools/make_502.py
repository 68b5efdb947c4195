#!/usr/bin/env python3
"""502: an Airtable grid-view CSV download ("Download CSV"): UTF-8 with BOM, CRLF, every field quoted only when
needed, multiple-select cells as comma-joined values, linked-record and collaborator cells, attachment cells as
"name (url)", checkbox "checked", dates as Airtable writes them (M/D/YYYY h:mma). Portuguese column names and notes.
Self-supervised / representation learning tracker, 8 papers among non-paper rows (repo, talk, dataset)."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F502, keys

SIM, MAE, MOCO, RNST, SAM, RETH, ALIGN, C2D = "2011.10566", "2111.06377", "1911.05722", "2004.08955", "2304.02643", "2006.06882", "2102.05918", "2103.13646"
cols = ["Título", "Tipo", "Autores", "Link", "Identificador", "Tags", "Status", "Responsável", "Sessão", "Lido", "Nota (1-5)", "Anexos", "Comentários", "Criado em"]
rows = [
 [T(MOCO), "Artigo", au(MOCO, 4), "https://openaccess.thecvf.com/content_CVPR_2020/html/He_Momentum_Contrast_for_Unsupervised_Visual_Representation_Learning_CVPR_2020_paper.html", "", "contrastivo,clássico", "Lido", "Beatriz Lacerda", "Sessão 01 - contrastivo", "checked", "5", "", "Fila de negativos + encoder com momento. Ler junto com a v2 (nota técnica).", "2/5/2024 9:14am"],
 [T(SIM), "Artigo", au(SIM, 2), "", "CVPR 2021", "contrastivo,sem negativos", "Lido", "Beatriz Lacerda", "Sessão 01 - contrastivo", "checked", "4", "", "Stop-gradient é o truque todo; a discussão da seção 5 vale a sessão.", "2/5/2024 9:20am"],
 [T(MAE), "Artigo", au(MAE, 4), f"https://arxiv.org/abs/{MAE}", "", "mascaramento,vit", "Lido", "Caio Nogueira", "Sessão 02 - mascaramento", "checked", "5", f"mae_fig3.png (https://dl.airtable.example.com/att/mae_fig3.png)", "75% de mascaramento; decoder leve.", "2/6/2024 4:02pm"],
 [T(RNST), "Artigo", au(RNST, 4), "", f"arXiv:{RNST}", "backbone", "A ler", "Caio Nogueira", "Sessão 03 - backbones", "", "", "", "Entrou só como baseline da tabela de detecção.", "2/7/2024 11:45am"],
 [T(RETH), "Artigo", au(RETH, 4), "https://proceedings.neurips.cc/paper/2020/hash/27e9661e033a73a6ad8cefcde965c54d-Abstract.html", "NeurIPS 2020", "auto-treino,pré-treino", "Em andamento", "Renata Fumagalli", "Sessão 03 - backbones", "", "", "", "Pré-treino no ImageNet ajuda menos com aumento forte; auto-treino ajuda sempre.", "2/7/2024 11:50am"],
 [T(C2D), "Artigo", au(C2D, 4), f"https://openreview.net/forum?id={OR(C2D)}", "", "rótulos ruidosos,contrastivo", "A ler", "Renata Fumagalli", "Sessão 04 - rótulos ruidosos", "", "", "", "Versão do OpenReview (WACV 2022 tem o mesmo conteúdo).", "2/8/2024 8:31am"],
 [T(ALIGN), "Artigo", au(ALIGN, 4), "https://proceedings.mlr.press/v139/jia21b.html", "ICML 2021", "visão-linguagem,dados ruidosos", "A ler", "Otávio Brandão", "Sessão 05 - visão e linguagem", "", "", "", "\"Ruído\" aqui é texto alternativo da web, sem filtragem cara.", "2/8/2024 8:40am"],
 [T(SAM), "Artigo", au(SAM, 4), f"https://arxiv.org/pdf/{SAM}.pdf", "", "segmentação,foundation", "Em andamento", "Otávio Brandão", "Sessão 06 - segmentação", "", "", "sam_demo.mp4 (https://dl.airtable.example.com/att/sam_demo.mp4)", "Ler a parte do motor de dados (seção 4) com calma.", "2/9/2024 2:17pm"],
 ["solo-learn", "Repositório", "vturrisi", "https://github.com/vturrisi/solo-learn", "", "código", "Referência", "Caio Nogueira", "", "", "", "", "Biblioteca com SimSiam, MoCo etc. já implementados.", "2/9/2024 2:30pm"],
 ["Palestra: aprendizado auto-supervisionado na prática", "Palestra", "Júlia Serrano", "https://media.valmarina.example.edu/palestras/ssl-pratica", "", "vídeo", "Referência", "Beatriz Lacerda", "Sessão 01 - contrastivo", "checked", "4", "", "Convidada do laboratório de visão, 50 min.", "2/10/2024 10:05am"],
 ["ImageNet-1k (ILSVRC 2012)", "Conjunto de dados", "", "https://www.image-net.org/download.php", "", "dados", "Referência", "", "", "", "", "", "Licença só para pesquisa; pedir acesso com e-mail institucional.", "2/10/2024 10:07am"],
 ["Tutorial: linear probing com PyTorch", "Tutorial", "Renata Fumagalli", "https://wiki.valmarina.example.edu/ssl/linear-probing", "", "tutorial", "Rascunho", "Renata Fumagalli", "", "", "", "", "Falta a parte de k-NN.", "2/11/2024 7:58pm"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(cols)
for r in rows: w.writerow(r)
text = "\ufeff" + buf.getvalue()
cells = "\n".join(c for r in rows for c in r)
write_only(F502, text, keys(F502), forms=(cells,))
