#!/usr/bin/env python3
"""677: a Microsoft Graph v1.0 response to GET /me/todo/lists/{id}/tasks?$expand=checklistItems (Microsoft To Do):
compact JSON, "@odata.context" first, todoTask objects in Graph's field order ("@odata.etag" W/"…", importance,
isReminderOn, status, title, createdDateTime, lastModifiedDateTime, hasAttachments, categories, id, body {content,
contentType}, then completedDateTime / dueDateTime / reminderDateTime as dateTimeTimeZone objects when set,
"checklistItems@odata.context" and checklistItems), 7-digit fractional seconds with Z, text bodies with CRLF, raw
UTF-8. A Brazilian lab's reading plan on LLM pre-training (Portuguese)."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F677, keys, GPT1

USER = "7c1e4f0a-2b9d-4d6e-9a51-3f0c8e2d61b4"
LIST_ID = "AAMkADdlZjQ5YjU2LTk3ZjEtNDQzNi04NWUwLWE0ZTU1ZWZkYjM4OQAuAAAAAAC1ZfTXq8_rSaVbH2mGQmWiAQBk3nUXb0bXTb2sb9qGx1ojAAAL6vM0AAA="


def gid(n):
    raw = hashlib.sha256(f"todo-677-{n}".encode()).digest() + b"\x00\x00"
    return "AAMkADdlZjQ5YjU2LTk3ZjEtNDQzNi04NWUwLWE0ZTU1ZWZkYjM4OQBGAAAAAAC1ZfTXq8_rSaVbH2mGQmWiBwBk3nUXb0bXTb2sb9qGx1ojAAAL6vM0AABk3nUXb0bXTb2sb9qGx1ojAAAM" + \
        base64.b64encode(raw[:21]).decode().replace("/", "_").replace("+", "-") + "AAA="


def etag(n):
    return 'W/"ZN51F29G102tvG/ahsdaIwAAD' + base64.b64encode(hashlib.md5(f"e{n}".encode()).digest()[:9]).decode() + '"'


def ts(day, hms, frac):
    return f"2024-{day}T{hms}.{frac:07d}Z"


def dtz(day):
    return {"dateTime": f"2024-{day}T03:00:00.0000000", "timeZone": "UTC"}


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


def crlf(s):
    return s.replace("\n", "\r\n")


tasks = []


def task(title, body, created, modified, status="notStarted", importance="normal", cats=(), due=None, done=None,
         remind=None, checklist=()):
    n = len(tasks)
    t = {"@odata.etag": etag(n), "importance": importance, "isReminderOn": remind is not None, "status": status,
         "title": title, "createdDateTime": created, "lastModifiedDateTime": modified, "hasAttachments": False,
         "categories": list(cats), "id": gid(n), "body": {"content": crlf(body), "contentType": "text"}}
    if done: t["completedDateTime"] = {"dateTime": done, "timeZone": "UTC"}
    if due: t["dueDateTime"] = dtz(due)
    if remind: t["reminderDateTime"] = {"dateTime": remind, "timeZone": "UTC"}
    t["checklistItems@odata.context"] = (f"https://graph.microsoft.com/v1.0/$metadata#users('{USER}')/todo/lists('"
                                         f"{LIST_ID}')/tasks('{t['id']}')/checklistItems")
    items = []
    for j, (name, checked, cdt) in enumerate(checklist):
        it = {"displayName": name, "createdDateTime": cdt, "isChecked": checked}
        if checked: it["checkedDateTime"] = cdt.replace("T1", "T2", 1)
        it["id"] = hashlib.md5(f"c{n}-{j}".encode()).hexdigest()[:8] + "-" + hashlib.md5(f"c{n}-{j}".encode()).hexdigest()[8:12] + "-4" + \
            hashlib.md5(f"c{n}-{j}".encode()).hexdigest()[13:16] + "-a" + hashlib.md5(f"c{n}-{j}".encode()).hexdigest()[17:20] + "-" + \
            hashlib.md5(f"c{n}-{j}".encode()).hexdigest()[20:32]
        items.append(it)
    t["checklistItems"] = items
    tasks.append(t)


K = keys(F677)
task("Semana 0 — combinados do grupo de leitura",
     "Grupo de leitura \"LLMs do zero\" — Laboratório de Linguagem Natural, Universidade Federal do Vale do Itapoã.\n"
     "Encontros às quintas, 14h, sala 2.17 do bloco C (e no Jitsi: https://meet.itapoa.example.br/llm-do-zero).\n"
     "Cada semana alguém apresenta (20 min) e os outros trazem duas perguntas.\n"
     "Planilha de apresentadores: https://planilhas.itapoa.example.br/s/leitura-llm-2024\n"
     "Canal do Matrix: #llm-do-zero:itapoa.example.br",
     ts("04-29", "12:03:11", 4411872), ts("05-02", "18:40:02", 1203377), status="completed",
     done="2024-05-02T00:00:00.0000000", cats=["Organização"],
     checklist=[("Reservar a sala 2.17", True, ts("04-29", "12:04:00", 1101000)),
                ("Mandar o convite na lista ppgcc-pln", True, ts("04-29", "12:05:13", 2209311))])
task(f"Ler: {T(GPT1)}",
     f"{au(GPT1, 4)} (OpenAI, 2018). Relatório técnico, não tem versão no arXiv — o PDF está no site da OpenAI.\n"
     "Apresenta: Larissa. Foco: pré-treino gerativo + ajuste fino discriminativo; comparar com o que veio depois.\n"
     "Pergunta para a discussão: o que muda quando o ajuste fino some e fica só o prompt?",
     ts("04-29", "12:10:45", 3320011), ts("05-08", "21:15:37", 8870125), status="completed",
     done="2024-05-09T00:00:00.0000000", due="05-09", cats=["Leitura", "Clássicos"],
     checklist=[("Ler seções 1–3", True, ts("04-30", "10:02:19", 5500120)),
                ("Preparar 5 slides", True, ts("05-06", "19:30:44", 1200457))])
task(f"Ler: {T('2005.14165')}",
     f"{au('2005.14165')}\nhttps://arxiv.org/abs/2005.14165\n"
     "Apresenta: Rafael. O artigo é longo (75 páginas): combinamos ler só as seções 1, 2 e 3.1–3.3, e a tabela de contaminação.\n"
     "Material de apoio (não é artigo): o post \"How GPT3 Works - Visualizations and Animations\" do Jay Alammar.",
     ts("04-29", "12:12:02", 9911230), ts("05-15", "11:47:29", 3012884), status="completed",
     done="2024-05-16T00:00:00.0000000", due="05-16", cats=["Leitura"],
     checklist=[("Seções 1–2", True, ts("05-10", "09:14:50", 1123344)), ("Seção 3 (até 3.3)", True, ts("05-13", "16:20:01", 4433221)),
                ("Tabela de contaminação (apêndice C)", False, ts("05-13", "16:20:30", 7788123))])
task(f"Ler: {T('2302.13971')}",
     f"{au('2302.13971')} — arXiv:2302.13971 (fevereiro de 2023).\n"
     "Apresenta: Tainá. Comparar a mistura de dados da tabela 1 com o que sabemos do corpus do Carolina (USP).\n"
     "Rodar o notebook \"tokenizador-pt\" do repositório do laboratório antes do encontro.",
     ts("04-29", "12:13:30", 6621450), ts("05-20", "14:02:11", 5090021), importance="high", due="05-23",
     remind="2024-05-22T12:00:00.0000000", cats=["Leitura"],
     checklist=[("Ler o artigo", True, ts("05-17", "08:55:10", 2201133)), ("Rodar o notebook tokenizador-pt", False, ts("05-17", "08:55:40", 9901212))])
task(f"Ler: {T('2205.01068')}",
     f"{au('2205.01068')}\nPDF: https://arxiv.org/pdf/2205.01068\n"
     "Apresenta: Otávio. Ler junto com o logbook de treino publicado no repositório metaseq (é um log, não um artigo): "
     "as quedas de loss e os reinícios são o assunto do encontro.",
     ts("04-29", "12:15:09", 1287755), ts("05-20", "14:03:40", 3321906), due="05-30", cats=["Leitura"])
task(f"Ler: {T('2001.08361')}",
     f"{au('2001.08361')}\nhttps://arxiv.org/abs/2001.08361v1\n"
     "Apresenta: Larissa. Refazer a figura 1 com os nossos próprios pontos (modelos de 10M a 350M que treinamos em março).",
     ts("04-29", "12:17:44", 4410098), ts("05-21", "10:11:05", 6630012), due="06-06", cats=["Leitura", "Leis de escala"],
     checklist=[("Exportar as curvas do W&B", False, ts("05-21", "10:10:49", 2987001)),
                ("Ajustar a lei de potência (scipy.optimize.curve_fit)", False, ts("05-21", "10:11:02", 8812000))])
task(f"Ler: {T('2203.15556')}",
     f"{au('2203.15556')} (DeepMind, 2022).\n"
     "Apresenta: Rafael. Discutir junto com o anterior: por que as duas análises chegam a proporções diferentes de "
     "tokens por parâmetro? Não colei o link; o PDF está na pasta compartilhada \"leitura/escala\".",
     ts("04-29", "12:18:20", 7751002), ts("05-21", "10:12:37", 1190443), due="06-06", cats=["Leitura", "Leis de escala"])
task(f"Ler: {T('2306.11644')}",
     f"{au('2306.11644')}\nhttps://arxiv.org/abs/2306.11644\n"
     "Apresenta: Tainá. Pergunta central: qualidade dos dados versus escala. Ver também o dataset TinyStories no Hugging Face "
     "(é um conjunto de dados, não entra na lista de artigos).",
     ts("04-29", "12:19:58", 3320987), ts("05-21", "10:13:12", 4456012), due="06-13", cats=["Leitura", "Dados"])
task(f"Ler (opcional): {T('2303.18223')}",
     f"{au('2303.18223')}\n"
     "Survey de mais de 100 páginas; usar como mapa, não precisa ler inteiro. Cada um escolhe um capítulo e traz um resumo de uma página.",
     ts("04-29", "12:21:07", 5560031), ts("05-21", "10:14:48", 2230871), importance="low", due="06-20", cats=["Leitura", "Survey"])
task("Curso: CS324 — Large Language Models (Stanford, 2022)",
     "Notas de aula abertas: https://stanford-cs324.github.io/winter2022/\n"
     "Não é artigo; serve de apoio para quem chegou agora ao grupo. Ver principalmente as aulas \"Capabilities\" e \"Scaling laws\".",
     ts("04-30", "09:30:12", 1100345), ts("04-30", "09:31:55", 9987212), importance="low", cats=["Material de apoio"])
task("Reproduzir: nanoGPT no corpus BrWaC (124M)",
     "Repositório: https://github.com/karpathy/nanoGPT\n"
     "Configuração em configs/brwac_124m.py no nosso GitLab (https://gitlab.itapoa.example.br/pln/nanogpt-brwac).\n"
     "Fila da GPU: pedir 2×A100 no sistema do NCC até 24/05.",
     ts("05-02", "17:44:30", 4433001), ts("05-20", "08:05:17", 3009911), status="inProgress", importance="high", due="05-31",
     cats=["Experimentos"],
     checklist=[("Baixar e limpar o BrWaC", True, ts("05-03", "11:00:02", 1234567)), ("Treinar tokenizador BPE 32k", True, ts("05-06", "15:21:44", 7654321)),
                ("Rodar 1 época e registrar no W&B", False, ts("05-06", "15:22:10", 1111222))])
task("Livro: \"Build a Large Language Model (From Scratch)\" — Sebastian Raschka (Manning)",
     "Livro, não artigo. A biblioteca do instituto comprou 2 exemplares; reservar pelo Pergamum.",
     ts("05-03", "13:02:55", 8876540), ts("05-03", "13:02:55", 8876540), importance="low", cats=["Material de apoio"])
task("Escrever o resumo do semestre para o blog do laboratório",
     "Rascunho em https://blog.itapoa.example.br/wp-admin/post.php?post=412&action=edit\n"
     "Incluir a lista de leituras e os slides (link do Drive). Publicar só depois do último encontro.",
     ts("05-10", "20:11:40", 2298811), ts("05-10", "20:11:40", 2298811), due="06-27", cats=["Organização"])

doc = {"@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#users('{USER}')/todo/lists('{LIST_ID}')/tasks(checklistItems())",
       "value": tasks}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
write_only(F677, text, K, forms=["\n".join(t["title"] + "\n" + t["body"]["content"] for t in tasks)])
