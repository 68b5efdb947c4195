import { expect, userEvent, within } from '@storybook/test';

import { CartaoArtigo } from './CartaoArtigo';
import { ListaDeLeitura } from '../ListaDeLeitura/ListaDeLeitura';

// Lista do semestre 2024.1, a mesma que alimenta /leituras (ver src/dados/leituras.json).
// Artigo novo sem link? Deixe link: null e diga na nota onde está o PDF.
const SEMESTRE = [
  {
    id: 'byol',
    titulo: 'Bootstrap your own latent: A new approach to self-supervised Learning',
    link: 'https://arxiv.org/abs/2006.07733',
    situacao: 'lido',
  },
  {
    id: 'barlow',
    titulo: 'Barlow Twins: Self-Supervised Learning via Redundancy Reduction',
    link: 'https://arxiv.org/pdf/2103.03230.pdf',
    situacao: 'lido',
  },
  {
    id: 'clip',
    titulo: 'Learning Transferable Visual Models From Natural Language Supervision',
    link: null,
    situacao: 'proximo',
    nota: 'PDF na pasta compartilhada (leitura 3)',
  },
  {
    id: 'condensacao',
    titulo: 'Dataset Condensation with Gradient Matching',
    link: null,
    situacao: 'proximo',
    nota: 'PDF na pasta compartilhada (leitura 4)',
  },
  {
    id: 'gaussianas',
    titulo: '3D Gaussian Splatting for Real-Time Radiance Field Rendering',
    link: 'https://arxiv.org/abs/2308.04079v1',
    situacao: 'sugerido',
    nota: 'SIGGRAPH 2023; sugestão do Thiago',
  },
];

const APOIO = [
  {
    nome: 'Documentação do Storybook: como escrever histórias',
    url: 'https://storybook.js.org/docs/writing-stories',
  },
  {
    nome: 'Lilian Weng: Self-Supervised Representation Learning (post)',
    url: 'https://lilianweng.github.io/posts/2019-11-10-self-supervised/',
  },
  {
    nome: 'graphdeco-inria/gaussian-splatting (código)',
    url: 'https://github.com/graphdeco-inria/gaussian-splatting',
  },
  {
    nome: 'Common Objects in 3D (CO3D), página do conjunto de dados',
    url: 'https://ai.meta.com/datasets/co3d-dataset/',
  },
  {
    nome: 'Gravação: seminário do grupo de 12/04 sobre 3DGS',
    url: 'https://video.visao.example.br/seminarios/2024-04-12',
  },
];

/**
 * Cartão de artigo do site do Grupo de Visão Computacional (página /leituras).
 * Cada história é um caso que já quebrou o layout em produção; rode `npm run storybook`
 * e confira também no viewport de celular antes de abrir o PR.
 */
export default {
  title: 'Leituras/CartaoArtigo',
  component: CartaoArtigo,
  tags: ['autodocs'],
  parameters: {
    layout: 'centered',
  },
  argTypes: {
    situacao: {
      control: 'select',
      options: ['lido', 'proximo', 'sugerido'],
    },
    aoAbrir: { action: 'abriu' },
  },
  args: {
    situacao: 'proximo',
  },
};

export const ComArxiv = {
  args: {
    titulo: 'Bootstrap your own latent: A new approach to self-supervised Learning',
    autores: 'Grill, Strub, Altché et al.',
    local: 'NeurIPS 2020',
    link: 'https://arxiv.org/abs/2006.07733',
    situacao: 'lido',
  },
};

export const ComOpenReview = {
  name: 'Com link do OpenReview',
  args: {
    titulo: 'Bi-tuning of Pre-trained Representations',
    autores: 'Zhong, Wang, Kou et al.',
    local: 'submissão ao ICLR 2021',
    link: 'https://openreview.net/forum?id=3rRgu7OGgBI',
  },
};

export const SemLink = {
  name: 'Sem link (PDF na pasta)',
  args: {
    titulo: 'Dataset Condensation with Gradient Matching',
    autores: 'Zhao, Mopuri, Bilen',
    local: 'ICLR 2021',
    link: null,
    nota: 'PDF na pasta compartilhada do grupo',
  },
};

export const TituloLongo = {
  args: {
    titulo: 'Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling',
    autores: 'Huang, Han, Xu, Zhang',
    local: 'CVPR 2021',
    link: null,
    nota: 'título comprido: testa a quebra em três linhas no celular',
  },
};

export const SoIdDoArxiv = {
  name: 'Só o id do arXiv',
  args: {
    titulo: 'Contrastive Learning with Hard Negative Samples',
    autores: 'Robinson, Chuang, Sra, Jegelka',
    local: 'ICLR 2021',
    link: null,
    nota: 'arXiv 2010.04592 (ainda sem link no cadastro)',
  },
};

export const ListaDoSemestre = {
  render: (args) => <ListaDeLeitura {...args} />,
  args: {
    artigos: SEMESTRE,
    apoio: APOIO,
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        story:
          'A lista do semestre como aparece em /leituras, com os links de apoio no rodapé (post, código, dados e gravação).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: /Barlow Twins/ }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
  },
};
