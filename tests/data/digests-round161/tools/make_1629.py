#!/usr/bin/env python3
"""1629: a Brazilian master's student's dissertation outline kept in TreePad Lite (.hjt): the `<Treepad version 3.0>`
line, then every node in pre-order as `dt=Text`, `<node>`, its title, its level (0 for the root) and its text, closed by
`<end node> 5P9i0s8y19Z`. TreePad Lite is a Windows program: the file is Windows-1252 with CRLF line ends."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import keys, by_num, GLOROT

F = by_num(1629)
NODES = [  # (level, title, text lines)
    (0, "Dissertação - rascunho", ["Mestrado PPGCC - Fundamentos de treino de redes profundas",
                                   "Orientador: Prof. Ricardo Almeida | coorientadora: Profa. Beatriz Nogueira",
                                   "Prazo da qualificação: 28/06/2024", "", "Última revisão deste arquivo: 11/03/2024"]),
    (1, "Cap. 1 - Introdução", ["Motivação: por que redes profundas eram difíceis de treinar e o que mudou.",
                                "Escrever por último (conselho do Ricardo)."]),
    (1, "Cap. 2 - Fundamentação", ["Estrutura: inicialização -> arquiteturas residuais -> otimização -> treino eficiente."]),
    (2, "2.1 Inicialização", [GLOROT + " (AISTATS 2010)",
                              "  - a inicialização \"Xavier\"; derivar a variância para tanh na seção 2.1.2.",
                              T("1502.01852"),
                              "  - inicialização de He + PReLU; ICCV 2015. Usar a figura da convergência (22 vs 30 camadas).",
                              "Conferir com o capítulo 8 do livro Deep Learning (Goodfellow, Bengio e Courville)."]),
    (2, "2.2 Arquiteturas residuais", [T("1512.03385"), "https://arxiv.org/abs/1512.03385", "",
                                       T("2004.08955"), "https://arxiv.org/abs/2004.08955v2",
                                       "  - só como exemplo de variante; pesos no repositório timm."]),
    (2, "2.3 Otimização e generalização", [T("2010.01412"), "https://arxiv.org/pdf/2010.01412.pdf",
                                           "  - SAM: implementar no experimento 3 (ver pasta exp3/).",
                                           T("2103.13462"),
                                           "  - notas de aula do Tengyu Ma; bom para a discussão sobre não convexidade.",
                                           "  - (não achei versão publicada em conferência, citar como nota técnica?)"]),
    (2, "2.4 Treino eficiente", [T("1710.03740") + " - ICLR 2018, arXiv:1710.03740",
                                 "  - FP16 + loss scaling; a doc do torch.cuda.amp explica bem a parte prática.",
                                 T("1910.02054"),
                                 "  - SC 2020; só um parágrafo, o cluster do laboratório tem 4 GPUs.",
                                 "  - ler a documentação do DeepSpeed antes de citar detalhes."]),
    (1, "Cap. 3 - Experimentos", ["exp1: CIFAR-10, ResNet-18, comparar inicializações",
                                  "exp2: mesmas redes com/sem precisão mista (tempo por época)",
                                  "exp3: SGD vs SAM, ver o notebook no Drive do laboratório"]),
    (1, "Reuniões", ["04/03 - Ricardo pediu para reduzir a revisão histórica; focar em 2.3.",
                     "11/03 - Beatriz sugeriu trocar a figura 2.4 por uma tabela."]),
    (1, "Pendências", ["[ ] pedir acesso ao cluster novo (e-mail para o suporte)",
                       "[ ] revisar abstract em inglês", "[x] mandar cronograma para a secretaria"]),
]
END = "<end node> 5P9i0s8y19Z"


def build():
    L = ["<Treepad version 3.0>"]
    for lvl, title, text in NODES:
        L += ["dt=Text", "<node>", title, str(lvl)] + text + [END]
    return "\r\n".join(L) + "\r\n"


if __name__ == "__main__":
    write_encoded(F, build(), "cp1252", keys(F))
