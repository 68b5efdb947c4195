#!/usr/bin/env python3
"""1480: a RIS export of the items saved in "Meu Espaço" on the Portal de Periódicos CAPES (Brazilian Portuguese
user): CR LF, `TAG  - value` lines, records from arXiv (JOUR, arXiv.org), IEEE/CVF proceedings (CONF), a book, a
dataset and a Brazilian master's thesis; the user's tags (KW) and notes (N1) in Portuguese; exported without
abstracts. Author lines come from the catalogue."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import by_num, keys

F = by_num(1480)
KEYS = keys(F)


def au(key):
    return [("AU", f"{n.split()[-1]}, {' '.join(n.split()[:-1])}") for n in CAT[key]["authors"]]


def arxiv_rec(key, url, kws, note):
    d = CAT[key]["published"][:10].replace("-", "/")
    return ([("TY", "JOUR")] + au(key) + [("TI", T(key)), ("PY", d[:4]), ("DA", d), ("JO", "arXiv.org"),
            ("PB", "Cornell University Library, arXiv.org"), ("UR", url)] + [("KW", k) for k in kws]
            + [("N1", note), ("LA", "Inglês"), ("DB", "Portal de Periódicos CAPES"), ("ER", "")])


def conf_rec(key, year, venue, sp, ep, kws, note):
    return ([("TY", "CONF")] + au(key) + [("TI", T(key)), ("T2", venue), ("PY", str(year)), ("SP", str(sp)),
            ("EP", str(ep)), ("PB", "IEEE")] + [("KW", k) for k in kws]
            + [("N1", note), ("LA", "Inglês"), ("DB", "Portal de Periódicos CAPES"), ("ER", "")])


CVPR22 = "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"
recs = [
 arxiv_rec("2111.06377", "https://arxiv.org/abs/2111.06377", ["autossupervisionado", "pré-treino"],
           "Base do pré-treino do projeto das folhas de café. Ler seção 4 (razão de mascaramento 75%)."),
 arxiv_rec("2010.11929", "https://arxiv.org/abs/2010.11929", ["backbone", "ViT"],
           "Artigo do ViT. Comparar com a tabela de custo computacional do capítulo 2 da dissertação."),
 arxiv_rec("2103.14030", "https://arxiv.org/pdf/2103.14030", ["backbone", "detecção"],
           "Swin-T é o backbone do baseline no MMDetection (config do Rafael)."),
 arxiv_rec("2010.04159", "https://arxiv.org/abs/2010.04159", ["detecção", "DETR"],
           "Converge em ~50 épocas contra 500 do DETR original. Usar como baseline de detecção."),
 conf_rec("2012.07177", 2021, "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", 2918, 2928,
          ["aumento de dados", "segmentação"],
          "A versão arXiv:2012.07177 tem o apêndice com os detalhes de treino no LVIS. Testar no nosso conjunto pequeno."),
 conf_rec("2201.03545", 2022, CVPR22, 11976, 11986, ["backbone", "CNN"],
          "ConvNeXt: modernização da ResNet passo a passo. Bom para a discussão CNN × transformer na qualificação."),
 conf_rec("2106.04560", 2022, CVPR22, 12104, 12113, ["backbone", "escala"],
          "Leis de escala para ViT (até 2 bilhões de parâmetros). Só a figura 1 para os slides."),
 conf_rec("2103.14167", 2021, "2021 IEEE/CVF International Conference on Computer Vision (ICCV)", 6207, 6217,
          ["correspondência", "transformer"],
          "Correspondência densa entre duas imagens. Pedido do prof. Aurélio para o trabalho de odometria visual."),
 [("TY", "BOOK"), ("AU", "Szeliski, Richard"), ("TI", "Computer Vision: Algorithms and Applications"), ("ET", "2"),
  ("PY", "2022"), ("CY", "Cham"), ("PB", "Springer"), ("KW", "livro-texto"),
  ("N1", "Disponível no Minha Biblioteca? Não — só o PDF gratuito no site do autor."), ("LA", "Inglês"),
  ("DB", "Portal de Periódicos CAPES"), ("ER", "")],
 [("TY", "THES"), ("AU", "Moreira, Larissa Campos"), ("TI", "Detecção de doenças em folhas de café com redes convolucionais e transformers"),
  ("PY", "2023"), ("PB", "Universidade Federal do Alto Sapucaí"), ("CY", "Pouso Alegre, MG"), ("M3", "Dissertação (Mestrado em Ciência da Computação)"),
  ("KW", "folhas de café"), ("KW", "trabalho relacionado"),
  ("N1", "Mesma base de imagens que a nossa; citar na seção 2.3."), ("LA", "Português"),
  ("DB", "Portal de Periódicos CAPES"), ("ER", "")],
 [("TY", "DATA"), ("AU", "Moreira, Larissa Campos"), ("AU", "Ferraz, Daniel Augusto"),
  ("TI", "Imagens de folhas de café arábica com anotações de ferrugem e cercosporiose (versão 2)"), ("PY", "2023"),
  ("PB", "Repositório de Dados de Pesquisa da UFAS"), ("KW", "conjunto de dados"),
  ("N1", "Licença CC BY 4.0. 4.812 imagens, 3 classes."), ("LA", "Português"),
  ("DB", "Portal de Periódicos CAPES"), ("ER", "")],
]
text = "".join("".join(f"{t}  - {v}\r\n" for t, v in r) + "\r\n" for r in recs)
write_only(F, text, KEYS)
