#!/usr/bin/env python3
"""1398: a rentry.co page (a markdown pastebin much used for community guides) holding a Brazilian-Portuguese awesome
list on running LLMs locally, as its `/raw` view returns it: the text exactly as typed in the edit box, so CR LF line
ends (a browser submits a textarea with CR LF) and no final newline. Rentry's own markdown: `[TOC2]`, `-> centred <-`,
`!!! info` / `!!! warning` admonitions, `%color% text %%`, `==mark==`; GitHub-style tables."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1398)
L = f"""-> # Awesome LLMs locais (PT-BR) <-
-> *lista mantida pela galera do grupo "IA em casa" · última revisão: 09/03/2024* <-

[TOC2]

!!! info Como contribuir
    Manda sugestão no tópico fixado do grupo ou edita aqui se você tem o código de edição (pede pro @caio.rmn).
    Só entra coisa que alguém do grupo **testou de verdade**. Links quebrados: avisa!

***

## Primeiros passos

- **Qual modelo cabe na minha GPU?** Regra de bolso: parâmetros (em bilhões) × bits ÷ 8 ≈ GB de VRAM, +20% pro contexto.
- Guia de quantização (GGUF, EXL2, AWQ) em português: https://rentry.co/quant-ptbr-2024
- Tabela de VRAM por modelo (planilha do Marcão): https://rentry.co/vram-tabela
- ==Não baixe modelo de link encurtado.== Use sempre o Hugging Face da organização original.

## Programas (front-ends e back-ends)

| Programa | Para quê | Observação |
| --- | --- | --- |
| [llama.cpp](https://github.com/ggerganov/llama.cpp) | inferência em CPU/GPU, GGUF | a base de quase tudo |
| [koboldcpp](https://github.com/LostRuins/koboldcpp) | llama.cpp com interface | um executável só, bom pra Windows |
| [text-generation-webui](https://github.com/oobabooga/text-generation-webui) | "o ooba" | vários back-ends, extensões |
| [ExLlamaV2](https://github.com/turboderp/exllamav2) | EXL2, só GPU | o mais rápido numa 3090 |
| [SillyTavern](https://github.com/SillyTavern/SillyTavern) | front-end de chat/RP | não roda modelo sozinho |
| [Ollama](https://ollama.com) | CLI/servidor simples | bom pra quem tá começando |

## Servir para várias pessoas (servidor da república, do lab...)

- [vLLM](https://github.com/vllm-project/vllm) — batching contínuo e o PagedAttention. Artigo: [{T('2309.06180')}](https://arxiv.org/abs/2309.06180)
- [TGI](https://github.com/huggingface/text-generation-inference) — o servidor da Hugging Face (licença mudou e voltou, fique de olho).
- Kernels de atenção: [{T('2307.08691')}](https://arxiv.org/abs/2307.08691) — compila no Linux, no Windows é sofrimento (use as wheels prontas).

!!! warning Placa da AMD?
    ROCm funciona com llama.cpp e vLLM, mas confira a versão do ROCm no README de cada projeto antes de xingar no grupo.

## Contexto longo

- RoPE scaling "linear" = a interpolação de posição do pessoal da Meta: [{T('2306.15595')}](https://arxiv.org/abs/2306.15595)
- NTK-aware / YaRN: ver o post do r/LocalLLaMA (link no tópico fixado) — não é artigo, é thread.
- %orange% Atenção: %% aumentar o contexto sem fine-tune piora a perplexidade, teste antes com o seu caso de uso.

## Amostragem (samplers)

- Top-p (nucleus) vem de "{T('1904.09751')}" (Holtzman et al., ICLR 2020) — leitura obrigatória pra entender por que greedy repete frase.
- Min-p: proposta de um usuário do r/LocalLLaMA, explicada no wiki do SillyTavern — não tem artigo (ainda).
- Temperatura primeiro ou depois? Ordem dos samplers: https://rentry.co/samplers-ordem

## Alinhamento e instruções

- O artigo do InstructGPT, base de todo "chat model": [{T('2203.02155')}](https://arxiv.org/abs/2203.02155)
- DPO, ORPO, KTO: resumos no canal do YouTube "Papers em Português" (playlist "Alinhamento").
- Datasets em PT-BR: Canarim, Cabrita (ver Hugging Face) — são datasets/modelos, não artigos.

## Mistura de especialistas (MoE)

- Mixtral 8x7B roda em 24 GB com Q3; a ideia de MoE "grande" vem do {T('2006.16668')} (arXiv:2006.16668).
- Offloading de especialistas pra RAM: ver issue #4667 do llama.cpp.

## RAG e agentes

- {T('2310.11511')} — a ideia de o modelo decidir quando buscar; tem implementação no LlamaIndex.
- {T('2302.04761')} — o modelo aprende a chamar API sozinho; bom pra entender function calling.
- Ferramentas: LlamaIndex, LangChain, Chroma, Qdrant (tem imagem Docker pronta).

## Rankings (leaderboards)

- Open LLM Leaderboard (Hugging Face) — bom pra inglês, ruim pra português.
- Chatbot Arena (LMSYS) — votação cega.
- Leaderboard de modelos em português mantido pelo @bia.tks: https://huggingface.co/spaces/ia-em-casa/ranking-ptbr

***

-> feito com café e uma 3060 de 12 GB · sem afiliação com nenhum projeto citado <-
-> ~~versão antiga: rentry.co/llm-local-br-v1~~ <-"""
text = "\r\n".join(L.split("\n"))
write_only(F, text, keys(F))
