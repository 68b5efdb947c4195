#!/usr/bin/env python3
"""1150: a groovysh session (Groovy Shell 4.0, Portuguese): a São Paulo group reads its reading list on agents and
reasoning from JSON with JsonSlurper, counts it, lists the papers without a link, prints the schedule in a loop over
three buffer lines (prompts groovy:000> / 001> / 002>), counts by presenter and writes a Markdown file. Results are
printed `===> ` as Groovy's toString would write them (maps `[k:v, …]`, lists `[a, b]`, null)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1150, keys

rows = [
 ("2024-05-02", "Beatriz", T("2201.11903"), None, None, "base de tudo; sem link porque usamos a versão do NeurIPS impressa"),
 ("2024-05-02", "Beatriz", T("2210.03629"), "https://openreview.net/forum?id=WE_vluYUL-X", None, "código em github.com/ysymyth/ReAct"),
 ("2024-05-09", "Rafael", T("2106.01345"), "https://arxiv.org/abs/2106.01345", None, "RL como modelagem de sequência"),
 ("2024-05-09", "Rafael", T("2006.05990"), None, None, "leitura de apoio, só a seção 3"),
 ("2024-05-16", "Camila", T("2204.01691"), "https://arxiv.org/abs/2204.01691", None, "SayCan; vídeos no site do projeto"),
 ("2024-05-16", "Camila", T("2307.15818"), "https://arxiv.org/pdf/2307.15818", None, "RT-2, continuação do SayCan"),
 ("2024-05-23", "Thiago", T("2308.03688"), None, "arXiv:2308.03688", "benchmark, comparar com o nosso"),
 ("2024-05-23", "Thiago", T("2307.15043"), None, None, "segurança: ataques de sufixo"),
]
K = ["data", "quem", "titulo", "link", "ref", "obs"]
items = [dict(zip(K, r)) for r in rows]
gs = lambda v: "null" if v is None else str(v)
gmap = lambda d: "[" + ", ".join(f"{k}:{gs(v)}" for k, v in d.items()) + "]"
L = []
P = lambda n: f"groovy:{n:03d}> "
L += ["bia@notebook-lab:~/leituras$ groovysh",
      "Groovy Shell (4.0.21, JVM: 17.0.10)", "Type ':help' or ':h' for help.", "-" * 79]
L += [P(0) + "// lista do grupo de leitura — agentes e raciocínio (maio/2024)", P(0) + "import groovy.json.JsonSlurper",
      "===> groovy.json.JsonSlurper"]
L += [P(0) + "def leituras = new JsonSlurper().parse(new File('leituras-agentes.json'), 'UTF-8')",
      "===> [" + ", ".join(gmap(d) for d in items) + "]"]
L += [P(0) + "leituras.size()", f"===> {len(items)}"]
L += [P(0) + "leituras.findAll { it.link == null && it.ref == null }*.titulo",
      "===> [" + ", ".join(d["titulo"] for d in items if d["link"] is None and d["ref"] is None) + "]"]
L += [P(0) + "for (l in leituras) {", P(1) + "  println \"${l.data}  ${l.quem.padRight(8)}${l.titulo}\"", P(2) + "}"]
L += [f"{d['data']}  {d['quem'].ljust(8)}{d['titulo']}" for d in items] + ["===> null"]
cnt = {}
for d in items: cnt[d["quem"]] = cnt.get(d["quem"], 0) + 1
L += [P(0) + "leituras.countBy { it.quem }", "===> [" + ", ".join(f"{k}:{v}" for k, v in cnt.items()) + "]"]
mdl = []
for d in items:
    tail = f" — {d['link']}" if d["link"] else (f" ({d['ref']})" if d["ref"] else "")
    mdl.append(f"- {d['data']} **{d['quem']}**: {d['titulo']}{tail}")
md = "# Grupo de leitura: agentes e raciocínio\n\n" + "\n".join(mdl) + "\n\nSite do SayCan: https://say-can.github.io/\n"
L += [P(0) + "def md = \"# Grupo de leitura: agentes e raciocínio\\n\\n\" + leituras.collect { \"- ${it.data} **${it.quem}**: ${it.titulo}\" + (it.link ? \" — ${it.link}\" : (it.ref ? \" (${it.ref})\" : '')) }.join('\\n') + '\\n\\nSite do SayCan: https://say-can.github.io/\\n'",
      "===> " + md.rstrip("\n")]
L += ["", P(0) + "new File('agentes.md').write(md, 'UTF-8')", "===> null"]
L += [P(0) + "new File('agentes.md').length()", f"===> {len(md.encode())}"]
L += [P(0) + ":exit", "bia@notebook-lab:~/leituras$ "]
text = "\n".join(L) + "\n"
write_only(F1150, text, keys(F1150))
