#!/usr/bin/env python3
"""1558: an awesome-list README.md kept on gitgud.io (a GitLab instance), Brazilian Portuguese, GitLab-style anchors."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys
F = by_num(1558)
ids = {"tool": "2302.04761", "refl": "2303.11366", "voy": "2305.16291", "swe": "2310.06770", "srag": "2310.11511",
       "gato": "2205.06175", "judge": "2306.05685", "lost": "2307.03172"}


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


secs = ["Artigos", "Ferramentas e frameworks", "Benchmarks e avaliação", "Cursos e vídeos em português", "Como contribuir"]
toc = "\n".join(f"- [{h}](#{slug(h)})" for h in secs)
text = """# Awesome Agentes LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> Lista curada (em português) de artigos, ferramentas e benchmarks sobre agentes baseados em LLMs.
> Mantida pelo grupo de leitura `leitura-agentes` no gitgud.io — espelho de nada, este é o original.

Para clonar:

```bash
git clone https://gitgud.io/leitura-agentes/awesome-agentes-llm.git
cd awesome-agentes-llm
```

## Sumário

""" + toc + """

## Artigos

Ordem: os que lemos primeiro no grupo. "Apelidos" entre parênteses são só para busca.

- [[[T:tool]]](https://arxiv.org/abs/2302.04761) — o modelo aprende sozinho quando chamar APIs (calculadora, busca). (Toolformer)
- [[[T:refl]]](https://arxiv.org/pdf/2303.11366.pdf) — autocrítica em linguagem natural guardada em memória episódica.
- [[[T:voy]]](https://arxiv.org/abs/2305.16291v2) — agente em Minecraft com biblioteca de habilidades em código.
- [[T:srag]] (arXiv:2310.11511) — recuperação sob demanda + tokens de reflexão. Sem link aqui porque o PDF mudou três vezes.
- **[[T:gato]]** — um único transformer para jogos, legendas e braço robótico. (Gato; só o título, a DeepMind publicou no TMLR)
- **[[T:lost]]** — por que o meio do contexto some; leitura obrigatória antes de montar RAG.

## Ferramentas e frameworks

Não são artigos: são código.

| Projeto | Linguagem | Link |
| --- | --- | --- |
| LangGraph | Python | https://github.com/langchain-ai/langgraph |
| CrewAI | Python | https://github.com/crewAIInc/crewAI |
| smolagents | Python | https://github.com/huggingface/smolagents |
| Maritaca Sabiá (modelo em PT-BR) | API | https://www.maritaca.ai/ |

## Benchmarks e avaliação

- [[[T:swe]]](https://openreview.net/forum?id=VTF8yNQM66) — issues reais do GitHub; a versão ICLR 2024 no OpenReview.
- **[[T:judge]]** — usar LLM como juiz; MT-Bench e a Chatbot Arena. O placar (leaderboard) é site, não artigo: https://lmarena.ai/
- SWE-bench Verified (placar, não artigo): https://www.swebench.com/

## Cursos e vídeos em português

- Curso "Agentes de IA na prática" do grupo (gravações no PeerTube da universidade, 8 aulas, 2024).
- Palestra "Agentes com ferramentas" — Python Brasil 2024, Belo Horizonte (vídeo).
- Blog: "O que é um agente, afinal?" — https://leitura-agentes.gitgud.site/blog/2024/o-que-e-um-agente/

## Como contribuir

1. Faça um fork no gitgud.io e abra um merge request (MR), não "pull request".
2. Um item por linha: `- [Título completo](link) — comentário curto`.
3. Sem link para o arXiv? Escreva o título completo em negrito.

## Licença

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)
"""
write_only(F, fill(text, ids), keys(F))
