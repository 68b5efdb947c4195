#!/usr/bin/env python3
"""513: a codemeta.json (CodeMeta 3.0 JSON-LD, as the codemeta generators, Software Heritage and Zenodo read it) of
an invented Brazilian PEFT / quantisation library, with Portuguese descriptions: @context, @type, identifiers,
authors with affiliations, dependencies, and a "referencePublication" / "citation" list of ScholarlyArticle nodes.
Papers: arXiv abs URLs in "url" / "sameAs" (link), an "identifier" "arXiv:…" (arxiv-text), articles with a venue, an
ACL Anthology or report URL or nothing (title-only). Not papers: the library itself, the peft / bitsandbytes
repositories, a tutorial, a dataset."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F513, keys, GPT2


def art(name, **kw):
    d = {"@type": "ScholarlyArticle", "name": name}
    d.update(kw)
    return d


doc = {
 "@context": "https://w3id.org/codemeta/3.0",
 "@type": "SoftwareSourceCode",
 "name": "ajuste-leve",
 "alternateName": "ajusteleve",
 "description": "Biblioteca em PyTorch para ajuste fino eficiente em parâmetros (adaptadores, prefixos, LoRA e variantes) e quantização de modelos de linguagem, com receitas para modelos em português. Mantida pelo Laboratório de Linguagem Natural da Universidade de Valmarina.",
 "version": "0.7.2",
 "softwareVersion": "0.7.2",
 "dateCreated": "2023-03-09",
 "dateModified": "2024-08-27",
 "datePublished": "2024-08-27",
 "license": "https://spdx.org/licenses/Apache-2.0",
 "codeRepository": "https://github.com/lln-valmarina/ajuste-leve",
 "issueTracker": "https://github.com/lln-valmarina/ajuste-leve/issues",
 "readme": "https://github.com/lln-valmarina/ajuste-leve/blob/main/README.md",
 "buildInstructions": "https://ajuste-leve.readthedocs.io/pt/latest/instalacao.html",
 "continuousIntegration": "https://github.com/lln-valmarina/ajuste-leve/actions",
 "developmentStatus": "active",
 "programmingLanguage": ["Python 3.10", "CUDA"],
 "runtimePlatform": "Python 3",
 "operatingSystem": ["Linux"],
 "keywords": ["ajuste fino eficiente", "PEFT", "LoRA", "adaptadores", "quantização", "modelos de linguagem", "português"],
 "applicationCategory": "Aprendizado de máquina",
 "identifier": "https://doi.org/10.5281/zenodo.0000000",
 "author": [
  {"@type": "Person", "@id": "https://orcid.org/0000-0000-0000-0000", "givenName": "Renata", "familyName": "Albuquerque Sarmento",
   "email": "renata.sarmento@example.br", "affiliation": {"@type": "Organization", "name": "Universidade de Valmarina"}},
  {"@type": "Person", "givenName": "Tiago", "familyName": "Furtado Lemos", "email": "tiago.lemos@example.br",
   "affiliation": {"@type": "Organization", "name": "Universidade de Valmarina"}},
  {"@type": "Person", "givenName": "Beatriz", "familyName": "Onofre", "affiliation": {"@type": "Organization", "name": "Instituto Serra Azul"}}
 ],
 "maintainer": {"@type": "Person", "givenName": "Tiago", "familyName": "Furtado Lemos", "email": "tiago.lemos@example.br"},
 "funder": {"@type": "Organization", "name": "Fundação de Amparo à Pesquisa (bolsa fictícia 2023/00000-0)"},
 "softwareRequirements": [
  {"@type": "SoftwareApplication", "identifier": "torch", "name": "PyTorch", "version": ">=2.1"},
  {"@type": "SoftwareApplication", "identifier": "transformers", "name": "transformers", "version": ">=4.40"},
  {"@type": "SoftwareApplication", "identifier": "bitsandbytes", "name": "bitsandbytes", "version": ">=0.43",
   "codeRepository": "https://github.com/bitsandbytes-foundation/bitsandbytes"},
  {"@type": "SoftwareApplication", "identifier": "peft", "name": "peft", "version": ">=0.11",
   "description": "Usado apenas nos testes de equivalência (não é dependência em tempo de execução).",
   "codeRepository": "https://github.com/huggingface/peft"}
 ],
 "referencePublication": [
  art(T("2305.14314"), url="https://arxiv.org/abs/2305.14314", datePublished="2023",
      description="Receita principal: NF4 + quantização dupla + otimizadores paginados (módulo ajusteleve.qlora)."),
  art(T("2402.09353"), sameAs="https://arxiv.org/abs/2402.09353", datePublished="2024",
      description="Decomposição em magnitude e direção (ajusteleve.dora), adicionada na versão 0.7.")
 ],
 "citation": [
  art(T("1902.00751"), url="https://arxiv.org/abs/1902.00751", isPartOf={"@type": "PublicationEvent", "name": "ICML 2019"},
      description="Adaptadores em gargalo (ajusteleve.adapters)."),
  art(T("2101.00190"), url="https://aclanthology.org/2021.acl-long.353/", isPartOf={"@type": "PublicationEvent", "name": "ACL-IJCNLP 2021"},
      description="Prefixos treináveis (ajusteleve.prefix)."),
  art(T("2208.07339"), identifier="arXiv:2208.07339", datePublished="2022",
      description="Multiplicação em 8 bits com decomposição de outliers; usamos via bitsandbytes."),
  art(T("2307.09288"), datePublished="2023", publisher={"@type": "Organization", "name": "Meta AI"},
      description="Modelos base das receitas de exemplo (pesos obtidos com a licença da Meta)."),
  art(GPT2, url="https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
      datePublished="2019", publisher={"@type": "Organization", "name": "OpenAI"},
      description="Modelo pequeno usado nos testes de unidade (gpt2, 124M)."),
  art(T("2206.07682"), isPartOf={"@type": "Periodical", "name": "Transactions on Machine Learning Research"}, datePublished="2022",
      description="Citado na documentação sobre escolha do tamanho do modelo base.")
 ],
 "isPartOf": {"@type": "WebSite", "name": "Tutorial: ajuste fino leve em português (vídeo-aulas, não é artigo)",
              "url": "https://ajuste-leve.readthedocs.io/pt/latest/tutorial.html"},
 "relatedLink": [
  "https://ajuste-leve.readthedocs.io/pt/latest/",
  "https://huggingface.co/datasets/lln-valmarina/instrucoes-ptbr",
  "https://github.com/huggingface/peft"
 ]
}
text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
write_only(F513, text, keys(F513))
