#!/usr/bin/env python3
"""449: a Postman collection (v2.1 export, tab-indented JSON as Postman writes it) of an internal fine-tuning service
("Ajuste"), with Portuguese descriptions in Markdown: collection info and description, bearer auth, collection
variables, folders (modelos base, jobs de PEFT, avaliação, administração) with requests (method, headers, raw JSON
bodies, url objects with host / path / query / variable), pre-request and test scripts, and saved example
responses. Papers are cited in the descriptions (and one in a request body comment field): arXiv abs / pdf URLs
(link), an OpenReview forum URL (link), "arXiv:ID" / "arXiv ID" (arxiv-text), the title alone — in quotes, in
italics, in a Markdown table, in lower case (title-only). Not papers: the PEFT library docs, the Hugging Face model
pages, the internal wiki, the service's own runbook, the Llama licence page."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F449, keys


def url(path, query=(), var=()):
    raw = "{{baseUrl}}/" + "/".join(path) + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")
    u = {"raw": raw, "host": ["{{baseUrl}}"], "path": list(path)}
    if query: u["query"] = [{"key": k, "value": v} for k, v in query]
    if var: u["variable"] = [{"key": k, "value": v, "description": d} for k, v, d in var]
    return u


def req(name, method, path, desc, body=None, query=(), var=(), tests=None, examples=()):
    r = {"method": method, "header": [{"key": "Accept", "value": "application/json", "type": "text"}]}
    if body is not None:
        r["header"].append({"key": "Content-Type", "value": "application/json", "type": "text"})
        r["body"] = {"mode": "raw", "raw": json.dumps(body, indent=4, ensure_ascii=False),
                     "options": {"raw": {"language": "json"}}}
    r["url"] = url(path, query, var)
    r["description"] = desc
    it = {"name": name}
    if tests:
        it["event"] = [{"listen": "test", "script": {"exec": tests, "type": "text/javascript"}}]
    it["request"] = r
    it["response"] = [{"name": en, "originalRequest": {"method": method, "header": [], "url": url(path, query, var)},
                       "status": st, "code": code, "_postman_previewlanguage": "json",
                       "header": [{"key": "Content-Type", "value": "application/json"}],
                       "cookie": [], "body": json.dumps(b, indent=4, ensure_ascii=False)} for en, st, code, b in examples]
    return it


STATUS_TEST = ['pm.test("status 2xx", function () {', '    pm.expect(pm.response.code).to.be.within(200, 299);', '});']
coll = {
 "info": {
  "_postman_id": "6f1c2a9e-4b7d-4e0a-9f3b-2d81c5e7a410",
  "name": "Ajuste — API de fine-tuning (v2)",
  "description": "Coleção da API interna **Ajuste** (serviço de fine-tuning eficiente em parâmetros do grupo de PLN).\n\n"
   "- Ambiente: selecione `ajuste-staging` ou `ajuste-prod` no canto superior direito.\n"
   "- Autenticação: token pessoal em `{{token}}` (gere em https://ajuste.example.com.br/conta/tokens).\n"
   "- Runbook e limites de GPU: https://wiki.example.com.br/pln/ajuste/runbook\n\n"
   "Cada método de PEFT tem uma requisição de exemplo na pasta *Jobs de PEFT*; a descrição de cada uma diz de onde vêm "
   "os hiperparâmetros padrão. Visão geral recomendada antes de mexer nos padrões: *" + T("2110.04366") + "* "
   "(He et al., ICLR 2022) — https://openreview.net/forum?id=0RDcd5Axok — que mostra adapters, prefix tuning e LoRA "
   "como variações da mesma modificação dos estados ocultos.\n\n"
   "Dúvidas: canal #pln-ajuste ou Rafaela Monteiro (rafaela.monteiro@example.com.br).",
  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
  "_exporter_id": "21894417"
 },
 "item": [
  {"name": "Modelos base", "description": "Modelos base disponíveis no cluster (pesos já convertidos para safetensors).\n\n"
    "| modelo | tamanhos | referência |\n|---|---|---|\n"
    "| llama | 7b, 13b | [" + T("2302.13971") + "](https://arxiv.org/pdf/2302.13971) |\n"
    "| llama-2 / llama-2-chat | 7b, 13b | " + T("2307.09288") + " (exige aceite da licença da Meta no cadastro) |\n"
    "| opt | 1.3b, 6.7b | " + T("2205.01068") + ", arXiv:2205.01068 |\n\n"
    "Todos são carregados com a biblioteca transformers (citar como “" + T("1910.03771") + "”, Wolf et al., EMNLP 2020 "
    "— demos), versão fixada em 4.38.2.",
   "item": [
    req("Listar modelos base", "GET", ["v2", "base-models"], "Lista os modelos base e as quantizações disponíveis.",
        query=[("family", "llama"), ("include_quantized", "true")], tests=STATUS_TEST,
        examples=[("200 — llama", "OK", 200, {"items": [
            {"id": "llama-7b", "family": "llama", "params": "6.7B", "dtypes": ["bf16", "nf4"]},
            {"id": "llama-2-13b-chat", "family": "llama-2", "params": "13B", "dtypes": ["bf16"], "license_ack_required": True}]})]),
    req("Detalhes de um modelo base", "GET", ["v2", "base-models", ":model_id"],
        "Metadados, tokenizer e limites de contexto de um modelo base.",
        var=[("model_id", "opt-1.3b", "ex.: opt-1.3b, llama-7b")], tests=STATUS_TEST),
   ]},
  {"name": "Jobs de PEFT", "description": "Criação e acompanhamento de jobs. Todos os jobs usam bf16 e gradient checkpointing; "
    "o campo `method` escolhe o método.",
   "item": [
    req("Criar job — LoRA adaptativo (AdaLoRA)", "POST", ["v2", "jobs"],
        "Orçamento de rank adaptativo durante o treino. Padrões (`init_r=12`, `target_r=8`, `tinit=200`, `tfinal=1000`) "
        "copiados de Zhang et al., " + T("2303.10512") + " — https://arxiv.org/abs/2303.10512 (tabela 9 do apêndice).",
        body={"base_model": "llama-7b", "method": "adalora", "dataset": "s3://pln-dados/faq-sus/v3/train.jsonl",
              "hyperparameters": {"init_r": 12, "target_r": 8, "tinit": 200, "tfinal": 1000, "deltaT": 10,
                                  "learning_rate": 0.0005, "epochs": 3},
              "tags": ["faq-sus", "baseline"]}, tests=STATUS_TEST + ['pm.collectionVariables.set("job_id", pm.response.json().id);'],
        examples=[("201 — criado", "Created", 201, {"id": "job_8f2c1e", "status": "queued", "method": "adalora", "position_in_queue": 3})]),
    req("Criar job — prompt tuning", "POST", ["v2", "jobs"],
        "Soft prompts com 20 tokens virtuais inicializados a partir do vocabulário. Referência: "
        "\"" + T("2104.08691") + "\" (Lester, Al-Rfou e Constant, EMNLP 2021). Só vale a pena em modelos grandes — "
        "no opt-1.3b o resultado foi bem pior que LoRA (ver relatório de 12/02 na wiki).",
        body={"base_model": "llama-2-13b", "method": "prompt_tuning",
              "dataset": "s3://pln-dados/classificacao-ouvidoria/v1/train.jsonl",
              "hyperparameters": {"num_virtual_tokens": 20, "init": "vocab", "learning_rate": 0.3, "epochs": 5}},
        tests=STATUS_TEST),
    req("Criar job — (IA)³", "POST", ["v2", "jobs"],
        "Vetores aprendidos que reescalam keys, values e ativações do FFN. Padrões do artigo "
        "_" + T("2205.05638") + "_ (Liu et al., NeurIPS 2022; arXiv:2205.05638), sem as perdas extras do T-Few.",
        body={"base_model": "opt-6.7b", "method": "ia3", "dataset": "s3://pln-dados/faq-sus/v3/train.jsonl",
              "hyperparameters": {"target_modules": ["k_proj", "v_proj", "fc2"], "learning_rate": 0.003, "steps": 1000},
              "comment": "comparar com o baseline OPT (arXiv 2205.01068 é só o artigo do modelo base)"},
        tests=STATUS_TEST),
    req("Criar job — adapters (Houlsby)", "POST", ["v2", "jobs"],
        "Adapters sequenciais depois da atenção e do FFN, gargalo 64. Método de "
        + T("1902.00751").lower() + " (Houlsby et al., ICML 2019).",
        body={"base_model": "opt-1.3b", "method": "adapter", "dataset": "s3://pln-dados/ner-juridico/v2/train.jsonl",
              "hyperparameters": {"bottleneck": 64, "placement": "both", "learning_rate": 0.0001, "epochs": 10}},
        tests=STATUS_TEST),
    req("Consultar job", "GET", ["v2", "jobs", ":job_id"], "Status, métricas de treino e caminho do checkpoint.",
        var=[("job_id", "{{job_id}}", "definido pelo teste da requisição de criação")], tests=STATUS_TEST,
        examples=[("200 — em execução", "OK", 200, {"id": "job_8f2c1e", "status": "running", "step": 420,
                                                      "train_loss": 1.184, "gpu": "a100-80g:2"})]),
    req("Cancelar job", "DELETE", ["v2", "jobs", ":job_id"], "Cancela um job em fila ou em execução.",
        var=[("job_id", "{{job_id}}", "")]),
   ]},
  {"name": "Avaliação", "description": "Avaliação automática em conjuntos internos. Não há leaderboard público.",
   "item": [
    req("Avaliar checkpoint", "POST", ["v2", "evaluations"],
        "Roda os conjuntos de validação do projeto. O relatório sai em HTML no bucket `pln-relatorios`.",
        body={"job_id": "{{job_id}}", "suites": ["faq-sus-dev", "ouvidoria-dev"], "max_new_tokens": 256},
        tests=STATUS_TEST),
   ]},
  {"name": "Administração", "description": "Só para quem tem o papel `ajuste-admin`.",
   "item": [
    req("Cotas por usuário", "GET", ["v2", "admin", "quotas"], "Horas de GPU usadas no mês.",
        query=[("month", "2024-03")]),
   ]},
 ],
 "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}", "type": "string"}]},
 "event": [
  {"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
   "// garante que o ambiente foi escolhido",
   "if (!pm.environment.get(\"baseUrl\") && !pm.collectionVariables.get(\"baseUrl\")) {",
   "    throw new Error(\"Selecione o ambiente ajuste-staging ou ajuste-prod\");",
   "}"]}},
  {"listen": "test", "script": {"type": "text/javascript", "exec": [""]}}
 ],
 "variable": [
  {"key": "baseUrl", "value": "https://ajuste-staging.example.com.br/api", "type": "string"},
  {"key": "job_id", "value": "", "type": "string"}
 ]
}
text = json.dumps(coll, indent="\t", ensure_ascii=False)
strings = []
def walk(v):
    if isinstance(v, str): strings.append(v)
    elif isinstance(v, list): [walk(x) for x in v]
    elif isinstance(v, dict): [walk(x) for x in v.values()]
walk(coll)
write_only(F449, text, keys(F449), forms=strings)
