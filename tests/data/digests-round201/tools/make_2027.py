#!/usr/bin/env python3
"""2027: a vcpkg manifest (`vcpkg.json` of an invented C++ LLM runtime port), Brazilian Portuguese: arXiv links
(`/abs/`, `http://`, `/pdf/…v1`, `/pdf/….pdf`) in `$comment` / `$leituras` strings and a feature description, one id
in text, three titles alone, and non-papers (a repository, a book, software, a talk). json.dumps with two-space
indentation (as `vcpkg format-manifest` writes it), LF."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(2027)
BASELINE = hashlib.sha1(b"lumen-llm vcpkg baseline (round201, invented)").hexdigest()
M = {
    "$schema": "https://raw.githubusercontent.com/microsoft/vcpkg-tool/main/docs/vcpkg.schema.json",
    "$comment": "Manifesto do lumen-llm (grupo de leitura de LLMs, sala 2.07). Mantido por @rafaelcosta-lab; issues em https://github.com/lumen-br/lumen-llm/issues",
    "$leituras": [
        f"Semana 1 - {T('2001.08361')}: https://arxiv.org/abs/2001.08361",
        f"Semana 2 - {T('2203.15556')} (http://arxiv.org/abs/2203.15556), base do agendador de tokens/parametros",
        f"Semana 3 - {T('2204.02311')} -> https://arxiv.org/pdf/2204.02311v1",
        f"Semana 4 - {T('2101.03961')} (arXiv:2101.03961); o backend MoE ainda e experimental",
        f"Extras, sem link: \"{T('2306.11644')}\" e \"{T('2104.08691')}\"",
        "Livro de apoio: Jurafsky & Martin, Speech and Language Processing (3a ed., rascunho) - nao e artigo",
    ],
    "name": "lumen-llm",
    "version": "0.9.2",
    "description": [
        "Runtime C++ minimo para inferencia de modelos de linguagem em CPU.",
        "Inclui utilitarios para estimar curvas de escala (perda x computacao) a partir de logs de treino.",
    ],
    "homepage": "https://github.com/lumen-br/lumen-llm",
    "documentation": "https://lumen-br.github.io/lumen-llm/",
    "license": "MIT",
    "supports": "!(uwp | arm32)",
    "dependencies": [
        "fmt",
        "nlohmann-json",
        {"name": "curl", "default-features": False, "features": ["ssl"]},
        "sentencepiece",
        {"name": "vcpkg-cmake", "host": True},
        {"name": "vcpkg-cmake-config", "host": True},
    ],
    "default-features": ["tokenizer"],
    "features": {
        "tokenizer": {
            "description": "Tokenizador SentencePiece embutido",
            "dependencies": ["sentencepiece"],
        },
        "survey-tools": {
            "$comment": f"Scripts da aula de revisao: {T('2303.18223')} (https://arxiv.org/pdf/2303.18223.pdf) e {T('2206.07682')}",
            "description": "Ferramentas de analise de capacidades emergentes (tabelas e graficos)",
            "dependencies": ["matplotplusplus"],
        },
        "cuda": {
            "description": "Kernels CUDA (precisa do toolkit instalado fora do vcpkg)",
            "supports": "windows | linux",
            "dependencies": ["cuda"],
        },
    },
    "builtin-baseline": BASELINE,
    "$palestra": "Gravacao da apresentacao do lumen-llm: https://video.lumen.example.com.br/palestra/2024-07",
}
TXT = json.dumps(M, indent=2, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    s = json.loads(TXT)
    strings = []
    def walk(o):
        if isinstance(o, str): strings.append(o)
        elif isinstance(o, dict): [walk(k) or walk(v) for k, v in o.items()]
        elif isinstance(o, list): [walk(v) for v in o]
    walk(s)
    write_only(F, TXT, keys(F), forms=("\n".join(strings),))
