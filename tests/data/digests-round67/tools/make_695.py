#!/usr/bin/env python3
"""695: DataCite Metadata Schema 4.5 XML for a Brazilian dataset deposit, as a repository's DataCite export writes it:
`<resource xmlns="http://datacite.org/schema/kernel-4" … xsi:schemaLocation=…kernel-4.5/metadata.xsd>`, identifier
(test prefix 10.5072), creators (nameType, givenName / familyName, nameIdentifier ORCID-shaped, affiliation), titles
(pt + TranslatedTitle en), publisher, publicationYear, resourceType, subjects, contributors, dates, language,
relatedIdentifiers (relatedIdentifierType arXiv / URL / DOI, relationType), sizes, formats, version, rightsList,
descriptions (Abstract / Methods / TechnicalInfo, <br/> line breaks), fundingReferences, relatedItems (relatedItemType,
relationType, titles, creators, publicationYear); 2-space indentation, & < > escaped. Topic: fine-tuning, PEFT,
robustness."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, year, write_only
from make_expected import F695, keys


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


def rel_item(k, ident=None, ident_type="URL", typ="Preprint"):
    lines = [f'    <relatedItem relationType="References" relatedItemType="{typ}">']
    if ident:
        lines.append(f'      <relatedItemIdentifier relatedItemIdentifierType="{ident_type}">{esc(ident)}</relatedItemIdentifier>')
    lines.append("      <creators>")
    for a in authors(k)[:3]:
        g, f_ = " ".join(a.split()[:-1]), a.split()[-1]
        lines += ['        <creator>', f'          <creatorName nameType="Personal">{esc(f_)}, {esc(g)}</creatorName>',
                  f"          <givenName>{esc(g)}</givenName>", f"          <familyName>{esc(f_)}</familyName>", "        </creator>"]
    lines += ["      </creators>", "      <titles>", f"        <title>{esc(T(k))}</title>", "      </titles>",
              f"      <publicationYear>{year(k)}</publicationYear>", "    </relatedItem>"]
    return "\n".join(lines)


methods = (
    "O conjunto foi construído para comparar métodos de ajuste fino eficiente em parâmetros em tarefas de classificação "
    "em português e em um subconjunto de imagens médicas anonimizadas.<br/>"
    f"Referências metodológicas principais: “{T('2110.04366')}” ({au('2110.04366')}); "
    f"“{T('2303.10512')}” ({au('2303.10512')}); “{T('2106.10199')}” ({au('2106.10199')}, identificador arXiv:2106.10199).<br/>"
    f"O modelo de linguagem base foi pré-treinado seguindo “{T('2012.08561')}” e comparado com “{T('2010.06040')}” "
    "(sem link; versão em PDF no repositório interno).<br/>"
    f"A seleção das imagens a rotular seguiu a ideia de “{T('2103.14339')}”; os testes de robustez usam os protocolos de "
    f"“{T('2004.07780')}” e de “{T('2103.14586')}”.")
raw = f"""<?xml version="1.0" encoding="UTF-8"?>
<resource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://datacite.org/schema/kernel-4" xsi:schemaLocation="http://datacite.org/schema/kernel-4 http://schema.datacite.org/meta/kernel-4.5/metadata.xsd">
  <identifier identifierType="DOI">10.5072/UEPC.DADOS.2024.0117</identifier>
  <creators>
    <creator>
      <creatorName nameType="Personal">Souza, Mariana Teixeira</creatorName>
      <givenName>Mariana Teixeira</givenName>
      <familyName>Souza</familyName>
      <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="https://orcid.org">https://orcid.org/0000-0002-1825-0097</nameIdentifier>
      <affiliation>Universidade Estadual do Planalto Central, Laboratório de Aprendizado de Máquina</affiliation>
    </creator>
    <creator>
      <creatorName nameType="Personal">Albuquerque, Rafael</creatorName>
      <givenName>Rafael</givenName>
      <familyName>Albuquerque</familyName>
      <affiliation>Universidade Estadual do Planalto Central, Laboratório de Aprendizado de Máquina</affiliation>
    </creator>
    <creator>
      <creatorName nameType="Organizational">Laboratório de Aprendizado de Máquina (LAM-UEPC)</creatorName>
    </creator>
  </creators>
  <titles>
    <title xml:lang="pt">PEFT-PT: resultados e predições de ajuste fino eficiente em parâmetros para português e imagens médicas</title>
    <title xml:lang="en" titleType="TranslatedTitle">PEFT-PT: results and predictions of parameter-efficient fine-tuning for Portuguese and medical images</title>
  </titles>
  <publisher>Repositório de Dados da UEPC</publisher>
  <publicationYear>2024</publicationYear>
  <resourceType resourceTypeGeneral="Dataset">Resultados experimentais e predições</resourceType>
  <subjects>
    <subject xml:lang="pt">aprendizado de máquina</subject>
    <subject xml:lang="pt">ajuste fino eficiente</subject>
    <subject xml:lang="pt">robustez</subject>
    <subject subjectScheme="ANZSRC Fields of Research" classificationCode="4611">Machine learning</subject>
  </subjects>
  <contributors>
    <contributor contributorType="ContactPerson">
      <contributorName nameType="Personal">Souza, Mariana Teixeira</contributorName>
      <givenName>Mariana Teixeira</givenName>
      <familyName>Souza</familyName>
    </contributor>
    <contributor contributorType="DataCurator">
      <contributorName nameType="Personal">Lins, Beatriz</contributorName>
      <givenName>Beatriz</givenName>
      <familyName>Lins</familyName>
    </contributor>
    <contributor contributorType="HostingInstitution">
      <contributorName nameType="Organizational">Universidade Estadual do Planalto Central</contributorName>
    </contributor>
  </contributors>
  <dates>
    <date dateType="Collected">2023-09-01/2024-03-31</date>
    <date dateType="Created">2024-04-02</date>
    <date dateType="Issued">2024-05-15</date>
    <date dateType="Updated">2024-05-20</date>
  </dates>
  <language>pt</language>
  <alternateIdentifiers>
    <alternateIdentifier alternateIdentifierType="Local accession number">LAM-2024-0117</alternateIdentifier>
  </alternateIdentifiers>
  <relatedIdentifiers>
    <relatedIdentifier relatedIdentifierType="URL" relationType="References" resourceTypeGeneral="Preprint">https://openreview.net/forum?id=0RDcd5Axok</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="URL" relationType="References" resourceTypeGeneral="Preprint">https://arxiv.org/abs/2303.10512</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="arXiv" relationType="References" resourceTypeGeneral="Preprint">arXiv:2106.10199</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="URL" relationType="References" resourceTypeGeneral="Preprint">https://arxiv.org/abs/2012.08561</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="URL" relationType="References" resourceTypeGeneral="Preprint">https://arxiv.org/pdf/2004.07780</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="URL" relationType="IsSupplementedBy" resourceTypeGeneral="Software">https://github.com/lam-uepc/peft-pt</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="URL" relationType="IsDerivedFrom" resourceTypeGeneral="Dataset">https://huggingface.co/datasets/lam-uepc/assin2-normalizado</relatedIdentifier>
    <relatedIdentifier relatedIdentifierType="DOI" relationType="IsPreviousVersionOf" resourceTypeGeneral="Dataset">10.5072/UEPC.DADOS.2024.0117.V2</relatedIdentifier>
  </relatedIdentifiers>
  <sizes>
    <size>1,4 GB</size>
    <size>38 arquivos</size>
  </sizes>
  <formats>
    <format>application/jsonl</format>
    <format>text/csv</format>
    <format>application/x-parquet</format>
  </formats>
  <version>1.1</version>
  <rightsList>
    <rights xml:lang="en" rightsURI="https://creativecommons.org/licenses/by/4.0/legalcode" rightsIdentifier="cc-by-4.0" rightsIdentifierScheme="SPDX" schemeURI="https://spdx.org/licenses/">Creative Commons Attribution 4.0 International</rights>
  </rightsList>
  <descriptions>
    <description xml:lang="pt" descriptionType="Abstract">Predições, métricas por semente e registros de treinamento de 11 métodos de ajuste fino (completo, adaptadores, matrizes de baixo posto e variantes, ajuste só dos vieses) em seis tarefas de classificação em português e duas tarefas de imagens médicas. Inclui os scripts de avaliação &amp; as divisões de treino/validação/teste.</description>
    <description xml:lang="pt" descriptionType="Methods">{esc(methods).replace("&lt;br/&gt;", "<br/>")}</description>
    <description xml:lang="pt" descriptionType="TechnicalInfo">Arquivos: resultados/*.jsonl (uma linha por exemplo &lt;id, rótulo, predição, confiança&gt;), metricas.csv, configs/*.yaml.<br/>Treinamento em 4× A100 40 GB (cluster Cerrado); total de 2.310 horas de GPU. Sementes: 0–4.<br/>Os rótulos das imagens médicas foram revisados por duas radiologistas; ver LEIAME.md.</description>
    <description xml:lang="pt" descriptionType="Other">Materiais relacionados que não são artigos: a biblioteca PEFT (Hugging Face), o tutorial “Adaptadores do zero” do blog do laboratório e o curso “Aprendizado Profundo 2024/1” (gravações no canal do LAM).</description>
  </descriptions>
  <fundingReferences>
    <fundingReference>
      <funderName>Fundação de Amparo à Pesquisa do Planalto Central (fictícia)</funderName>
      <awardNumber>FAPPC 2023/01177-4</awardNumber>
      <awardTitle>Métodos eficientes de adaptação de modelos de linguagem para o português</awardTitle>
    </fundingReference>
  </fundingReferences>
  <relatedItems>
{rel_item('2110.04366', 'https://openreview.net/forum?id=0RDcd5Axok', typ='ConferencePaper')}
{rel_item('2303.10512', 'https://arxiv.org/abs/2303.10512')}
{rel_item('2106.10199', 'arXiv:2106.10199', 'arXiv')}
{rel_item('2012.08561', 'https://arxiv.org/abs/2012.08561')}
{rel_item('2010.06040', typ='ConferencePaper')}
{rel_item('2103.14339', typ='ConferencePaper')}
{rel_item('2004.07780', 'https://arxiv.org/pdf/2004.07780', typ='JournalArticle')}
{rel_item('2103.14586', typ='ConferencePaper')}
  </relatedItems>
</resource>
"""
import html
write_only(F695, raw, keys(F695), forms=[html.unescape(raw)])
