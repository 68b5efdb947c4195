#!/usr/bin/env python3
"""798: an Astro Starlight documentation page (`src/content/docs/leituras/difusao.mdx`, Starlight 0.21) of a Brazilian
study group's site: YAML front matter (title, description, sidebar order / badge, lastUpdated, tableOfContents),
`import { … } from '@astrojs/starlight/components';`, `:::note[…]` / `:::tip` / `:::caution` asides, GFM tables,
`<CardGrid>` / `<Card title=… icon=…>`, self-closing `<LinkCard title=… href=… description=… />`, `<Tabs>` /
`<TabItem label=…>`, `<Badge text=… variant=… />`, JSX comments `{/* … */}`. Papers on diffusion and generative
models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(798)
text = f"""---
title: Difusão e modelos generativos — lista comentada
description: Artigos, cursos e ferramentas que o grupo de estudos usa nos encontros sobre modelos de difusão.
sidebar:
  label: Difusão
  order: 3
  badge:
    text: Atualizado
    variant: tip
lastUpdated: 2024-03-04
tableOfContents:
  minHeadingLevel: 2
  maxHeadingLevel: 3
---

import {{ Aside, Badge, Card, CardGrid, LinkCard, Tabs, TabItem }} from '@astrojs/starlight/components';

{{/* Página mantida por Beatriz Albuquerque e Caio Menezes. Não apague linhas da tabela: marque como "lido". */}}

Esta página reúne o que lemos (ou pretendemos ler) no **GEMG — Grupo de Estudos em Modelos Generativos** do
Instituto de Computação da Universidade Federal do Vale do Itaúna. Os encontros são às quartas, 18h, na sala 214 do
bloco C, e também pelo Jitsi (o link fica fixado no canal `#gemg` do Matrix).

:::note[Como contribuir]
Abra um *pull request* editando este arquivo (`src/content/docs/leituras/difusao.mdx`). Use o **título completo** do
artigo, os autores e, se houver, o link do arXiv ou do OpenReview. Cursos, posts de blog, repositórios e bases de dados
vão na seção [Material de apoio](#material-de-apoio), não na tabela de artigos.
:::

## Fundamentos

| Artigo | Autores | Ano | Link | Status |
| ------ | ------- | --- | ---- | ------ |
| {T('2006.11239')} | {au('2006.11239')} | 2020 | [arXiv](https://arxiv.org/abs/2006.11239) | <Badge text="lido" variant="success" /> |
| {T('2011.13456')} | {au('2011.13456', 3)} | 2021 | [OpenReview](https://openreview.net/forum?id={OR('2011.13456')}) | <Badge text="lido" variant="success" /> |
| {T('2303.01469')} | {au('2303.01469')} | 2023 | `arXiv:2303.01469` | <Badge text="próximo" variant="caution" /> |
| {T('2010.02014')} | {au('2010.02014')} | 2020 | — | <Badge text="opcional" variant="note" /> |

<Aside type="tip" title="Ordem sugerida">
Comece pelo DDPM (seções 2 e 3), depois a formulação contínua com SDEs. O artigo dos *consistency models* só faz
sentido depois dos dois — o Caio apresenta no encontro de 13/03. O artigo de VAE autossupervisionado é opcional: serve
para comparar com a família dos VAEs hierárquicos.
</Aside>

## Controle e personalização

<CardGrid>
  <Card title="Condicionamento espacial" icon="puzzle">
    {T('2302.05543')} — {au('2302.05543')}.
    Leia a seção 3.2 (a "convolução zero"). [arxiv.org/abs/2302.05543](https://arxiv.org/abs/2302.05543)
  </Card>
  <Card title="Personalização por embedding" icon="pencil">
    {T('2208.01618')} — {au('2208.01618', 4)}.
    O PDF está na pasta compartilhada do grupo (Drive › GEMG › artigos).
  </Card>
  <Card title="Personalização por ajuste fino" icon="rocket">
    {T('2208.12242')} — {au('2208.12242', 4)}.
    Sem link aqui: usamos a versão da conferência (CVPR 2023), impressa.
  </Card>
  <Card title="Alta resolução" icon="seti:image">
    {T('2307.01952')} — {au('2307.01952', 4)}.
    Relatório técnico com o refinador e o condicionamento por tamanho da imagem.
  </Card>
</CardGrid>

<LinkCard
  title="SDXL — relatório técnico (PDF)"
  href="https://arxiv.org/pdf/2307.01952.pdf"
  description="Apresentação da Beatriz no encontro de 28/02, slides no Drive."
/>

:::caution
Os pesos do refinador têm licença própria. Antes de usar em trabalho de conclusão de curso, confira a licença no
cartão do modelo (não é um artigo e não entra na tabela).
:::

## Material de apoio

Nada daqui é artigo — são cursos, posts e ferramentas que ajudam nos encontros.

<Tabs>
  <TabItem label="Cursos">
    - Curso de difusão do Hugging Face (unidades 1 a 4, com notebooks no Colab).
    - Aulas gravadas da disciplina *Tópicos em Aprendizado Profundo* (2023/2), aulas 11–14.
  </TabItem>
  <TabItem label="Blogs">
    - *The Annotated Diffusion Model* — post com implementação passo a passo em PyTorch.
    - O post do Lil'Log sobre modelos de difusão (ótimo para a notação).
    - Nosso próprio resumo do encontro 5, em [/blog/encontro-5](/blog/encontro-5/).
  </TabItem>
  <TabItem label="Ferramentas">
    - `diffusers` (biblioteca), `accelerate`, `xformers`.
    - ComfyUI para os experimentos visuais do encontro 7.
    - Conjunto de dados: LAION-Aesthetics (subconjunto 6.5+) e as fotos do próprio grupo para o exercício de
      personalização (autorização de uso assinada por todos).
  </TabItem>
</Tabs>

## Calendário

| Data | Tema | Quem apresenta |
| ---- | ---- | -------------- |
| 28/02 | Alta resolução e refinador | Beatriz Albuquerque |
| 06/03 | Condicionamento espacial | Rafael Tavares |
| 13/03 | *Consistency models* e amostragem em um passo | Caio Menezes |
| 20/03 | Personalização (embedding × ajuste fino) | Júlia Prado |
| 27/03 | Sem encontro (semana santa) | — |

:::tip[Dúvidas?]
Escreva no canal `#gemg` ou mande e-mail para gemg@example.edu.br. Sugestões de artigos são bem-vindas!
:::
"""
write_only(F, text, keys(F))
