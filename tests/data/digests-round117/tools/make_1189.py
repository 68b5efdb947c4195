#!/usr/bin/env python3
"""1189: a logback log file (Portuguese, Brazil): a São Carlos group's Java job (`digest-semanal.jar`) reads the
group's reading sheet and posts the week's parameter-efficient fine-tuning digest. logback.xml pattern
`%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n`; threads main and pool-1-thread-1/2; one
SocketTimeoutException with its stack (`\tat …` lines, `... N more`) after an ERROR. A paper row has a link, an arXiv
id as text, or only its title (a WARN). The sheet count and the closing summary are computed from the lines."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1189, keys

rnd = random.Random(1189)
ms = [(7 * 3600 + 30 * 60 + 1) * 1000 + 207]
out = []


def abbrev(name, target=36):
    """logback's %logger{36}: shorten package segments to their first letter, left to right, until it fits"""
    parts = name.split(".")
    for i in range(len(parts) - 1):
        if len(".".join(parts)) <= target: break
        parts[i] = parts[i][0]
    return ".".join(parts)


LOG = {k: abbrev(v) for k, v in {"job": "br.usp.icmc.digest.DigestJob", "sheet": "br.usp.icmc.digest.sheet.PlanilhaReader",
       "cls": "br.usp.icmc.digest.Classificador", "post": "br.usp.icmc.digest.mattermost.Publicador",
       "http": "org.apache.hc.client5.http.impl.classic.RetryExec"}.items()}


def L(th, lv, lg, msg, lo=3, hi=400):
    ms[0] += rnd.randint(lo, hi)
    s, m = divmod(ms[0], 1000)
    out.append(f"2024-04-19 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{m:03d} [{th}] {lv:<5} {LOG[lg]} - {msg}")


items = [  # (title, link-or-id or "" or None for not a paper)
 (T("2106.09685"), "https://arxiv.org/abs/2106.09685"),
 (T("2305.14314"), "https://arxiv.org/pdf/2305.14314"),
 (T("2303.10512"), ""),
 (T("1902.00751"), "arXiv:1902.00751"),
 ("Curso: Fine-tuning eficiente com PEFT (Hugging Face)", None),
 (T("2101.00190"), "https://arxiv.org/abs/2101.00190"),
 (T("2106.10199"), ""),
 (T("2205.05638"), ""),
 ("huggingface/peft — repositório no GitHub", None),
 (T("2103.10385"), ""),
]
L("main", "INFO", "job", "Iniciando digest-semanal 2.3.1 (Java 17.0.10, perfil=prod)")
L("main", "DEBUG", "sheet", "Lendo planilha 'Leituras PEFT 2024' (aba 'abril')")
L("main", "INFO", "sheet", f"{len(items)} linhas lidas da planilha")
for i, (t, ref) in enumerate(items):
    th = f"pool-1-thread-{1 + i % 2}"
    if ref is None:
        L(th, "INFO", "cls", f"Linha {i + 2} ignorada (não é artigo): \"{t}\"")
    elif ref == "":
        L(th, "WARN", "cls", f"Linha {i + 2} sem link nem identificador; mantendo só o título: \"{t}\"")
    elif ref.startswith("arXiv:"):
        L(th, "INFO", "cls", f"Linha {i + 2} artigo \"{t}\" (identificador {ref}, sem link)")
    else:
        L(th, "INFO", "cls", f"Linha {i + 2} artigo \"{t}\" -> {ref}")
L("main", "ERROR", "post", "Falha ao publicar no canal ~leituras-peft; nova tentativa em 30 s", 900, 2000)
out.extend([
    "java.net.SocketTimeoutException: Read timed out",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
    "\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)",
    "\tat org.apache.hc.client5.http.impl.classic.InternalHttpClient.doExecute(InternalHttpClient.java:174)",
    "\tat br.usp.icmc.digest.mattermost.Publicador.enviar(Publicador.java:61)",
    "\t... 3 common frames omitted",
])
L("main", "INFO", "http", "Recovered I/O exception (java.net.SocketTimeoutException) caught when processing request to {s}->https://chat.lab.example.com.br:443", 30000, 30400)
L("main", "INFO", "post", "Mensagem publicada em ~leituras-peft (id 8wq3kzm1t7y5dfe4)")
papers = [x for x in items if x[1] is not None]
L("main", "INFO", "job", f"Concluído: {len(papers)} artigos ({sum(1 for x in papers if x[1])} com link ou identificador, "
  f"{sum(1 for x in papers if not x[1])} só com título), {len(items) - len(papers)} linhas ignoradas")
text = "\n".join(out) + "\n"
write_only(F1189, text, keys(F1189))
