#!/usr/bin/env python3
"""1368: a terminal session (Brazilian Portuguese): a São-Paulo-like group's engineer (Rafael Nogueira, `rafael`) pipes
pydoc's text help of the group's `labquant.memoria` module through `cat` (to paste it in the group's wiki). The module's
docstrings cite the reading group's papers. The help text is rendered by the standard library's own pydoc
(`pydoc.render_doc(…, renderer=pydoc.plaintext)`, what `python3 -m pydoc` writes to a pipe) from the module source
below, executed in memory under the name `labquant.memoria` with an invented `__file__` — so the layout is that of the
Python running the builder (3.11 when written; other versions may differ in small ways, e.g. the `__dict__` line).
bitsandbytes, the DeepSpeed tutorial and the cluster wiki are not papers; MoE, SSM, ZeRO, GPTQ are nicknames."""
import os, sys, types, pydoc
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1368, keys

SRC = f'''"""Utilitários de memória e quantização do cluster do grupo (nós gpu01 a gpu04).

Este módulo junta as contas de memória que fazemos antes de pedir GPUs na
planilha de reservas e os quantizadores dos experimentos do projeto Enxuto.
Dúvidas: canal #enxuto ou a wiki do cluster (https://wiki.enxuto-lab.example.br/cluster).

Referências do grupo de leitura (abril/2024)
--------------------------------------------
- {T('1710.03740')} -- https://openreview.net/forum?id=r1gs9JgRZ
- {T('1910.02054')} (arXiv:1910.02054)
- {T('2103.14636')} -- sem link; a Bruna traz o PDF impresso.

O tutorial do DeepSpeed (https://www.deepspeed.ai/tutorials/zero/) não é
artigo, mas explica bem os estágios 1-3.
"""
__version__ = "0.4.2"
__author__ = "Rafael Nogueira <rafael.nogueira@enxuto-lab.example.br>"

BYTES_POR_DTYPE = {{"fp32": 4, "bf16": 2, "fp16": 2, "int8": 1, "int4": 0.5}}
NOS_CLUSTER = ("gpu01", "gpu02", "gpu03", "gpu04")
MEMORIA_GPU_GIB = 80


class QuantizadorGPTQ:
    """Quantização pós-treino camada a camada, calibrada com poucas amostras.

    Segue {T('2210.17323')}
    (Frantar et al.), https://arxiv.org/abs/2210.17323 -- a ordem de ativação
    (act-order) só é usada nos modelos de 7B; nos de 13B estoura a memória.
    """

    def __init__(self, bits: int = 4, tamanho_grupo: int = 128, ordem_ativacao: bool = False):
        self.bits, self.tamanho_grupo, self.ordem_ativacao = bits, tamanho_grupo, ordem_ativacao

    def calibrar(self, modelo, amostras, n_amostras: int = 128):
        """Roda as amostras de calibração e guarda as hessianas de cada camada."""

    def quantizar(self, modelo):
        """Devolve uma cópia do modelo com os pesos em `bits` bits por grupo."""


class CarregadorInt8:
    """Carrega pesos em int8 com decomposição dos outliers em fp16.

    Ref.: {T('2208.07339')}, https://arxiv.org/pdf/2208.07339.pdf
    A implementação vem do bitsandbytes (https://github.com/TimDettmers/bitsandbytes),
    que é software, não artigo.
    """
    limiar_outlier = 6.0

    def carregar(self, caminho: str, dispositivo: str = "cuda:0"):
        """Lê um checkpoint safetensors e converte as camadas lineares."""


class EstadoSSM:
    """Estado recorrente dos experimentos com modelos de espaço de estados (SSM).

    {T('2312.00752')} -- https://arxiv.org/abs/2312.00752
    A inicialização da matriz A vem de {T('2008.07669')}
    (Gu et al., NeurIPS 2020); ainda falta achar o link da versão final.
    """

    def __init__(self, d_modelo: int, d_estado: int = 16):
        self.d_modelo, self.d_estado = d_modelo, d_estado

    def passo(self, x, delta):
        """Um passo da recorrência discretizada (modo de inferência)."""


def estimar_memoria_zero(n_parametros: int, n_gpus: int, estagio: int = 2, dtype: str = "bf16") -> float:
    """Memória por GPU (GiB) dos estados do modelo com ZeRO no estágio dado.

    Usa a fórmula da tabela 1 do artigo do ZeRO (ver as referências do módulo):
    2 + 2 + 12 bytes por parâmetro com Adam, divididos conforme o estágio.
    """


def estimar_memoria_moe(n_especialistas: int, parametros_por_especialista: int, capacidade: float = 1.25) -> float:
    """Memória extra de uma camada MoE com roteamento top-1.

    Como em {T('2101.03961')}
    (Fedus, Zoph e Shazeer, JMLR 2022). Sem link de propósito: o PDF está na pasta do grupo.
    """


def reservar(no: str, horas: int, motivo: str = "") -> str:
    """Gera a linha para colar na planilha de reservas (não reserva nada sozinho)."""
'''

pkg = types.ModuleType("labquant"); pkg.__path__ = []
mod = types.ModuleType("labquant.memoria")
mod.__file__ = "/home/rafael/labquant/labquant/memoria.py"
sys.modules["labquant"], sys.modules["labquant.memoria"] = pkg, mod
exec(compile(SRC, mod.__file__, "exec"), mod.__dict__)
help_text = pydoc.render_doc(mod, renderer=pydoc.plaintext)
P = "(.venv) rafael@gpu01:~/labquant$ "
text = P + "python3 -m pydoc labquant.memoria | cat\n" + help_text + P + "\n"
write_only(F1368, text, keys(F1368))
