#!/usr/bin/env python3
"""413: papers.http, a request file for the VS Code REST Client extension (Brazilian Portuguese comments) kept by
the organiser of an LLM-agents reading group to pull metadata for the group's spreadsheet: file variables
("@name = value", one read from .env with {{$dotenv …}}), requests separated by "### title" lines, "# @name" to
name a request, request variables ({{react.response.body.…}}), headers, JSON bodies, # comments. Papers: a title in
a "###" line with an arxiv.org abs URL (on export.arxiv.org) or an arXiv pdf URL in a comment (link), with an
openreview.net forum URL in a comment (link), with the id in an arXiv API "id_list=" query, in a Semantic Scholar
"paper/arXiv:ID" path or "arXiv:ID" in a batch body (arxiv-text), or as a title search — the "###" title in
“curly quotes”, in lower case with the query percent-encoded, with "+" for spaces in the query (title-only).
Not papers: the Voyager and AgentBench GitHub repositories, Lilian Weng's agents post, the HotpotQA and ALFWorld
data, the group's sheet, SayCan / RT-2 (names only)."""
import os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F413, keys

saycan = T("2204.01691")
rt2 = T("2307.15818")
tool = T("2302.04761")
text = f"""# papers.http — metadados para a planilha do grupo de leitura de agentes (extensão REST Client do VS Code)
# Coloque S2_API_KEY no .env (não faça commit da chave). Sem chave o limite do Semantic Scholar é bem baixo,
# então rode um pedido de cada vez. O arXiv pede no máximo 1 pedido a cada 3 s.
# Planilha: https://docs.google.com/spreadsheets/d/1v8QeXkP0_agentes-leitura/edit  (aba "2024.1")

@s2 = https://api.semanticscholar.org/graph/v1
@arxivapi = https://export.arxiv.org/api/query
@fields = title,year,venue,externalIds,openAccessPdf,citationCount
@s2key = {{{{$dotenv S2_API_KEY}}}}

### {T('2210.03629')} — versão do ICLR 2023
# fórum: https://openreview.net/forum?id={OR('2210.03629')}
# @name react
GET https://api2.openreview.net/notes?forum={OR('2210.03629')}&details=replyCount
Accept: application/json

### título que o OpenReview devolveu (para conferir com a planilha)
GET {{{{s2}}}}/paper/search/match?query={{{{react.response.body.$.notes[0].content.title.value}}}}&fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### {T('2305.16291')}
GET {{{{s2}}}}/paper/arXiv:2305.16291?fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### código do Voyager (não é artigo, só para a coluna "repo")
GET https://api.github.com/repos/MineDojo/Voyager
Accept: application/vnd.github+json

### {T('2304.03442')} (UIST '23)
GET {{{{arxivapi}}}}?id_list=2304.03442&max_results=1

### {T('2308.03688')}
# pdf: https://arxiv.org/pdf/2308.03688v2 — o repositório com os ambientes é https://github.com/THUDM/AgentBench
GET {{{{s2}}}}/paper/search?query=agentbench+evaluating+llms+as+agents&limit=3&fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### lote: {T('2310.11511')} + Voyager de novo (citationCount atualizado)
POST {{{{s2}}}}/paper/batch?fields={{{{fields}}}}
Content-Type: application/json
x-api-key: {{{{s2key}}}}

{{
  "ids": ["arXiv:2310.11511", "arXiv:2305.16291"]
}}

### {T('2106.01345')}
# página abs pelo espelho de exportação (o arxiv.org principal bloqueia o REST Client às vezes)
GET https://export.arxiv.org/abs/2106.01345
Accept: text/html

### {saycan.lower()}
# busca por título (o match exige o título exato, com vírgula e dois-pontos)
GET {{{{s2}}}}/paper/search/match?query={quote(saycan)}&fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### {rt2}
GET {{{{s2}}}}/paper/search/match?query={rt2.replace(':', '').replace(' ', '+')}&fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### “{tool}”
# a busca por "toolformer" sozinha traz uns 40 resultados; pegar o primeiro de 2023
GET {{{{s2}}}}/paper/search?query=toolformer&year=2023&limit=5&fields={{{{fields}}}}
x-api-key: {{{{s2key}}}}

### post da Lilian Weng sobre agentes (leitura de apoio, não é artigo — só conferir se o link ainda funciona)
HEAD https://lilianweng.github.io/posts/2023-06-23-agent/

### dados do encontro 3: HotpotQA (dev, distractor) e ALFWorld
HEAD http://curtis.ml.cmu.edu/datasets/hotpot/hotpot_dev_distractor_v1.json

###
HEAD https://github.com/alfworld/alfworld/releases/download/0.3.2/json_2.1.1_json.zip
"""
write_only(F413, text, keys(F413))
