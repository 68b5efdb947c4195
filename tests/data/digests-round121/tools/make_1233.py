#!/usr/bin/env python3
"""1233: an Amazon Ion text file (Brazilian Portuguese): a São Carlos-like lab keeps its reading list for the agents
group as Ion (their pipeline already reads Ion); the file as a member saved it from the lab's repository. Ion text:
the `$ion_1_0` version marker, `//` and `/* */` comments, annotations (`lista::`, `artigo::`, `repositorio::`,
`podcast::`, `curso::`), structs with unquoted identifier field names, symbols (bare identifiers, quoted
`'simulação'` when not an identifier), strings, long strings ('''…''', adjacent ones concatenated), timestamps
(`2024-04-02T`, `2024-05-16T10:42-03:00`), typed nulls (`null.string`), ints, a decimal and an S-expression. Papers
with an arXiv or OpenReview link are links; a bare `arxiv: "2308.03688"` field with no link is arxiv-text; papers
with `link: null.string` are title-only (one is not on arXiv); LangGraph and AgentBench repositories, a podcast
episode and a course are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import F1233, keys, GPT2

TPL = r"""$ion_1_0
// Lista de leitura — grupo de Agentes, LabIA (São Carlos)
// Mantida por Ana Ribeiro <ana.ribeiro@labia.example.br>. Gerada em parte pelo script `exporta_leituras.py`;
// os campos `id` e `adicionado` são preenchidos pelo script, não edite à mão.

lista::{
  nome: "Agentes e comportamento de LLMs — 1º semestre de 2024",
  atualizada: 2024-05-16T10:42-03:00,
  responsavel: "Ana Ribeiro",
  reunioes: 'quinta-feira 14h, sala 3-104',
  itens: [
    artigo::{
      id: 101,
      titulo: "[[T:2304.03442]]",
      link: "https://arxiv.org/abs/2304.03442",
      tags: [agentes, 'simulação', memoria],
      adicionado: 2024-04-02T,
      quem: "Ana",
      lido: true,
      nota: '''Smallville: 25 agentes com memória, reflexão e planejamento. '''
            '''Discutido em 11/04 — ver ata.'''
    },
    artigo::{
      id: 102,
      titulo: "[[T:2210.03629]]",
      link: "https://openreview.net/forum?id=WE_vluYUL-X",
      tags: [agentes, raciocinio, ferramentas],
      adicionado: 2024-04-02T,
      quem: "Bruno",
      lido: true,
      nota: "Versão da ICLR 2023 (OpenReview); o Bruno apresentou com a demo no HotpotQA."
    },
    artigo::{
      id: 103,
      titulo: "[[T:2310.08560]]",
      link: "https://arxiv.org/pdf/2310.08560v2",
      tags: [agentes, memoria, contexto_longo],
      adicionado: 2024-04-18T,
      quem: "Carla",
      lido: false,
      nota: "Memória hierárquica no estilo sistema operacional. O código virou o projeto Letta."
    },
    artigo::{
      id: 104,
      titulo: "[[T:2308.03688]]",
      link: null.string,
      arxiv: "2308.03688",
      tags: [agentes, avaliacao],
      adicionado: 2024-04-25T,
      quem: "Diego",
      lido: false,
      nota: "Só o identificador veio no e-mail do Diego; benchmark com 8 ambientes."
    },
    repositorio::{
      id: 105,
      titulo: "THUDM/AgentBench",
      link: "https://github.com/THUDM/AgentBench",
      tags: [codigo, avaliacao],
      adicionado: 2024-04-25T,
      nota: "Código e tabela de resultados do benchmark — não é artigo."
    },
    artigo::{
      id: 106,
      titulo: "[[T:2207.05221]]",
      link: null.string,
      tags: [calibracao, honestidade],
      adicionado: 2024-05-02T,
      quem: "Ana",
      lido: false,
      nota: '''P(True) e P(IK): o modelo sabe quando sabe? Sem link — '''
            '''alguém acha a versão certa?'''
    },
    artigo::{
      id: 107,
      titulo: "[[ID:GPT2]]",
      link: null.string,
      tags: [classicos, pretreino],
      adicionado: 2024-05-02T,
      quem: "Bruno",
      lido: true,
      nota: "GPT-2. Relatório técnico da OpenAI (2019) — não está no arXiv; PDF no site da OpenAI."
    },
    artigo::{
      id: 108,
      titulo: "[[T:2306.11644]]",
      link: null.string,
      tags: [dados_sinteticos, codigo],
      adicionado: 2024-05-09T,
      quem: "Carla",
      lido: false,
      nota: "phi-1: dados \"de qualidade de livro didático\"; comparar com o nosso gerador."
    },
    artigo::{
      id: 109,
      titulo: "[[T:2303.18223]]",
      link: null.string,
      tags: [survey, referencia],
      adicionado: 2024-05-09T,
      quem: "Diego",
      lido: false,
      paginas: 97,
      nota: "Survey longo; ler só as seções 5 e 6 para a reunião."
    },
    repositorio::{
      id: 110,
      titulo: "langchain-ai/langgraph",
      link: "https://github.com/langchain-ai/langgraph",
      tags: [codigo, ferramentas],
      adicionado: 2024-05-13T,
      nota: "Biblioteca que vamos usar no protótipo — não é artigo."
    },
    podcast::{
      id: 111,
      titulo: "Episódio 42 — Agentes autônomos: hype ou realidade?",
      link: "https://podcast.ia-brasil.example.com.br/ep42",
      duracao_min: 58.5,
      adicionado: 2024-05-14T,
      nota: "Entrevista com o pessoal do LabIA; cita ReAct e Generative Agents de passagem."
    },
    curso::{
      id: 112,
      titulo: "Minicurso: Agentes com LLMs na prática (ICMC, julho de 2024)",
      link: "https://eventos.icmc.example.br/minicurso-agentes-2024",
      adicionado: 2024-05-16T,
      nota: "Inscrições até 30/06."
    }
  ],
  /* filtro usado pelo bot do Slack para a lista "a ler" */
  filtro_a_ler: (and (tipo artigo) (not lido) (tag agentes))
}
"""
text = fill(TPL, {"GPT2": GPT2})
write_only(F1233, text, keys(F1233))
