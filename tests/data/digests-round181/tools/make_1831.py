#!/usr/bin/env python3
"""1831: a Brazilian graduate programme's LLM study group page as a ColdFusion template (`leituras.cfm`, CFML as
Lucee / Adobe ColdFusion run it): `<!--- … --->` comments, a `<cfscript>` block holding the list as an array of
struct literals (`key: value`, `//` comments) and a `.filter()` closure, `<cfinclude>` of the site header and footer,
and a `<cfoutput>` table with `#…#` expressions, `<cfloop array=… item=…>` and `<cfif>/<cfelse>`. Papers are in the
structs as titles, links (one OpenReview forum link) and one arXiv id in a note. The first meeting is a Thursday
(createDate), the last one dateAdd("ww", …) weeks later. Ends with a final newline."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1831)
START = dt.date(2024, 3, 14)  # a Thursday
# (titulo, link, ano, status, apresenta, nota)
LEITURAS = [
 (T("2001.08361"), "https://arxiv.org/abs/2001.08361", 2020, "lido", "Rafael", "ponto de partida do grupo"),
 (T("2203.15556"), "", 2022, "lido", "Juliana", "Chinchilla; PDF na pasta compartilhada do grupo"),
 (T("2204.02311"), "https://arxiv.org/pdf/2204.02311.pdf", 2022, "lido", "Thiago", "só as seções 4 a 6"),
 (T("2101.03961"), "", 2021, "em andamento", "Beatriz", "arXiv 2101.03961; saiu no JMLR em 2022"),
 (T("1910.02054"), "https://arxiv.org/abs/1910.02054v3", 2019, "em andamento", "Thiago", "a base do DeepSpeed"),
 (T("1710.03740"), f"https://openreview.net/forum?id={OR('1710.03740')}", 2018, "em andamento", "Juliana", "ICLR 2018; FP16 com escala da perda"),
 (T("2303.18223"), "", 2023, "a ler", "Rafael", "levantamento longo; ler as seções 3 e 5"),
 (T("2306.11644"), "", 2023, "a ler", "Beatriz", "phi-1; qualidade dos dados de treino"),
 ("Megatron-LM (repositório da NVIDIA no GitHub)", "https://github.com/NVIDIA/Megatron-LM", 2019, "a ler", "Thiago", "código, não é artigo"),
 ("Stanford CS324: Large Language Models (notas de aula)", "https://stanford-cs324.github.io/winter2022/", 2022, "lido", "Rafael", "curso, não é artigo"),
]


def cf(s):
    assert "#" not in s
    return '"' + s.replace('"', '""') + '"'


def build():
    L = ["<!--- leituras.cfm: lista de leituras do Grupo de Estudos em Modelos de Linguagem (PPGCC) --->",
         "<!--- Mantida por Rafael Souza. Para sugerir um artigo: rafael.souza@ic.example.br --->",
         "<!--- link vazio = PDF só na pasta compartilhada do grupo --->",
         "<cfset pageTitle = \"Grupo de Estudos em LLMs: leituras de 2024/1\">",
         "<cfinclude template=\"/includes/cabecalho.cfm\">",
         "",
         "<cfscript>",
         "    leituras = ["]
    for i, (t, l, a, s, p, n) in enumerate(LEITURAS):
        L.append("        {")
        L.append(f"            titulo: {cf(t)},")
        L.append(f"            link: {cf(l)},")
        L.append(f"            ano: {a}, status: {cf(s)}, apresenta: {cf(p)},")
        L.append(f"            nota: {cf(n)}")
        L.append("        }" + ("," if i < len(LEITURAS) - 1 else ""))
    L += ["    ];",
          "    // o que ainda não foi discutido",
          "    pendentes = leituras.filter(function(l) {",
          "        return l.status != \"lido\";",
          "    });",
          "    // encontros às quintas: o primeiro e o último",
          f"    primeiroEncontro = createDate({START.year}, {START.month}, {START.day});",
          "    ultimoEncontro = dateAdd(\"ww\", arrayLen(leituras) - 1, primeiroEncontro);",
          "</cfscript>",
          "",
          "<cfoutput>",
          "<h1>#pageTitle#</h1>",
          "<p>Encontros às quintas, 16h, sala 2-115 do Bloco B, de #dateFormat(primeiroEncontro, \"dd/mm\")# a",
          "   #dateFormat(ultimoEncontro, \"dd/mm\")#. São #arrayLen(leituras)# itens na lista, #arrayLen(pendentes)# ainda",
          "   não discutidos.</p>",
          "",
          "<table class=\"leituras\">",
          "    <thead>",
          "        <tr><th>Artigo</th><th>Ano</th><th>Situação</th><th>Quem apresenta</th><th>Observações</th></tr>",
          "    </thead>",
          "    <tbody>",
          "    <cfloop array=\"#leituras#\" item=\"l\">",
          "        <tr>",
          "            <td><cfif len(l.link)><a href=\"#l.link#\">#encodeForHTML(l.titulo)#</a><cfelse>#encodeForHTML(l.titulo)#</cfif></td>",
          "            <td>#l.ano#</td>",
          "            <td>#l.status#</td>",
          "            <td>#l.apresenta#</td>",
          "            <td>#encodeForHTML(l.nota)#</td>",
          "        </tr>",
          "    </cfloop>",
          "    </tbody>",
          "</table>",
          "</cfoutput>",
          "",
          "<cfinclude template=\"/includes/rodape.cfm\">"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
