#!/usr/bin/env python3
"""1868: a Brazilian vision group's site component stories as a Storybook CSF 3 file
(`src/components/CartaoArtigo/CartaoArtigo.stories.jsx`, Storybook 7/8 with React): imports, a data array for the
semester list, the default export (title, component, tags, parameters, argTypes with a select control and an action,
default args) and named story objects — one per layout case of the paper card (arXiv link, OpenReview link, no link,
long title, only an arXiv id) and a composed list story with a `render` function, `parameters.docs.description.story`
and a `play` function from `@storybook/test`. Papers are `titulo` args and list entries, with links in `link`
(arXiv `/abs/`, `/pdf/….pdf`, `/abs/…v1`, an OpenReview forum), `link: null` (title-only) and one arXiv id in a `nota`.
Non-papers: Storybook's docs, a blog post, a repository, a dataset page and a talk recording (a links array and the
docs description). Prettier style: single quotes, two-space indentation, trailing commas. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1868)


def q(s):
    assert "'" not in s and "\\" not in s, s
    return "'" + s + "'"


def obj(d, ind):
    """a JS object literal, one key a line, trailing commas (Prettier)"""
    pad = " " * ind
    out = ["{"]
    for k, v in d.items():
        val = "null" if v is None else (v if isinstance(v, str) and v.startswith("@") else q(v))
        out.append(f"{pad}  {k}: {val.lstrip('@')},")
    out.append(pad + "}")
    return out


# the semester list (id, title, link, situacao, nota)
SEMESTRE = [
 ("byol", T("2006.07733"), "https://arxiv.org/abs/2006.07733", "lido", None),
 ("barlow", T("2103.03230"), "https://arxiv.org/pdf/2103.03230.pdf", "lido", None),
 ("clip", T("2103.00020"), None, "proximo", "PDF na pasta compartilhada (leitura 3)"),
 ("condensacao", T("2006.05929"), None, "proximo", "PDF na pasta compartilhada (leitura 4)"),
 ("gaussianas", T("2308.04079"), "https://arxiv.org/abs/2308.04079v1", "sugerido", "SIGGRAPH 2023; sugestão do Thiago"),
]
APOIO = [
 ("Documentação do Storybook: como escrever histórias", "https://storybook.js.org/docs/writing-stories"),
 ("Lilian Weng: Self-Supervised Representation Learning (post)", "https://lilianweng.github.io/posts/2019-11-10-self-supervised/"),
 ("graphdeco-inria/gaussian-splatting (código)", "https://github.com/graphdeco-inria/gaussian-splatting"),
 ("Common Objects in 3D (CO3D), página do conjunto de dados", "https://ai.meta.com/datasets/co3d-dataset/"),
 ("Gravação: seminário do grupo de 12/04 sobre 3DGS", "https://video.visao.example.br/seminarios/2024-04-12"),
]


def build():
    L = ["import { expect, userEvent, within } from '@storybook/test';",
         "",
         "import { CartaoArtigo } from './CartaoArtigo';",
         "import { ListaDeLeitura } from '../ListaDeLeitura/ListaDeLeitura';",
         "",
         "// Lista do semestre 2024.1, a mesma que alimenta /leituras (ver src/dados/leituras.json).",
         "// Artigo novo sem link? Deixe link: null e diga na nota onde está o PDF.",
         "const SEMESTRE = ["]
    for id_, t, link, sit, nota in SEMESTRE:
        d = {"id": id_, "titulo": t, "link": link, "situacao": sit}
        if nota:
            d["nota"] = nota
        o = obj(d, 2)
        o[0] = "  " + o[0]
        o[-1] += ","
        L += o
    L += ["];", "", "const APOIO = ["]
    for nome, url in APOIO:
        o = obj({"nome": nome, "url": url}, 2)
        o[0] = "  " + o[0]
        o[-1] += ","
        L += o
    L += ["];",
          "",
          "/**",
          " * Cartão de artigo do site do Grupo de Visão Computacional (página /leituras).",
          " * Cada história é um caso que já quebrou o layout em produção; rode `npm run storybook`",
          " * e confira também no viewport de celular antes de abrir o PR.",
          " */",
          "export default {",
          "  title: 'Leituras/CartaoArtigo',",
          "  component: CartaoArtigo,",
          "  tags: ['autodocs'],",
          "  parameters: {",
          "    layout: 'centered',",
          "  },",
          "  argTypes: {",
          "    situacao: {",
          "      control: 'select',",
          "      options: ['lido', 'proximo', 'sugerido'],",
          "    },",
          "    aoAbrir: { action: 'abriu' },",
          "  },",
          "  args: {",
          "    situacao: 'proximo',",
          "  },",
          "};",
          ""]
    stories = [
     ("ComArxiv", None, {"titulo": T("2006.07733"), "autores": "Grill, Strub, Altché et al.", "local": "NeurIPS 2020",
                         "link": "https://arxiv.org/abs/2006.07733", "situacao": "lido"}),
     ("ComOpenReview", "Com link do OpenReview",
      {"titulo": T("2011.06182"), "autores": "Zhong, Wang, Kou et al.", "local": "submissão ao ICLR 2021",
       "link": f"https://openreview.net/forum?id={OR('2011.06182')}"}),
     ("SemLink", "Sem link (PDF na pasta)",
      {"titulo": T("2006.05929"), "autores": "Zhao, Mopuri, Bilen", "local": "ICLR 2021", "link": None,
       "nota": "PDF na pasta compartilhada do grupo"}),
     ("TituloLongo", None,
      {"titulo": T("2103.14338"), "autores": "Huang, Han, Xu, Zhang", "local": "CVPR 2021", "link": None,
       "nota": "título comprido: testa a quebra em três linhas no celular"}),
     ("SoIdDoArxiv", "Só o id do arXiv",
      {"titulo": T("2010.04592"), "autores": "Robinson, Chuang, Sra, Jegelka", "local": "ICLR 2021", "link": None,
       "nota": "arXiv 2010.04592 (ainda sem link no cadastro)"}),
    ]
    for name, label, args in stories:
        L.append(f"export const {name} = {{")
        if label:
            L.append(f"  name: {q(label)},")
        o = obj(args, 2)
        L.append("  args: " + o[0])
        L += o[1:-1]
        L += ["  },", "};", ""]
    L += ["export const ListaDoSemestre = {",
          "  render: (args) => <ListaDeLeitura {...args} />,",
          "  args: {",
          "    artigos: SEMESTRE,",
          "    apoio: APOIO,",
          "  },",
          "  parameters: {",
          "    layout: 'padded',",
          "    docs: {",
          "      description: {",
          "        story:",
          "          'A lista do semestre como aparece em /leituras, com os links de apoio no rodapé (post, código, dados e gravação).',",
          "      },",
          "    },",
          "  },",
          "  play: async ({ canvasElement }) => {",
          "    const canvas = within(canvasElement);",
          "    await userEvent.click(canvas.getByRole('link', { name: /Barlow Twins/ }));",
          f"    await expect(canvas.getAllByRole('listitem')).toHaveLength({len(SEMESTRE)});",
          "  },",
          "};"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
