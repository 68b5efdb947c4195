#!/usr/bin/env python3
"""2187: a `helmfile.yaml` (repositories, environments, helmDefaults, releases with chart / version / values / set /
needs) of an invented Portuguese LLM inference cluster whose papers sit in `#` comments and `set` values: arXiv links
(`/abs/`, `/pdf/…v2`, `http://`) in comments and a set value, an OpenReview forum link in a comment,
`arXiv:2208.07339` in a comment, titles alone in comments and a quoted annotation; non-papers (helmfile and vLLM docs,
charts, the repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2187)
TXT = fill(r'''# helmfile.yaml -- cluster de inferência do Laboratório Inferência (LLM de serviço interno)
# Mantido por Beatriz Quintela Farias <beatriz.farias@inferencia-lab.example.pt>
# Uso:  helmfile -e staging diff   &&   helmfile -e staging apply
# Documentação: https://helmfile.readthedocs.io/  |  vLLM: https://docs.vllm.ai/
# Código dos charts: https://github.com/inferencia-lab/cluster-inferencia

repositories:
  - name: prometheus-community
    url: https://prometheus-community.github.io/helm-charts
  - name: grafana
    url: https://grafana.github.io/helm-charts

environments:
  default:
    values:
      - env/default.yaml
  staging:
    values:
      - env/staging.yaml

helmDefaults:
  wait: true
  timeout: 600
  createNamespace: true

releases:
  # Gateway de geração. Decodificação especulativa com rascunho pequeno, ver
  # [[T:2211.17192]] -- https://arxiv.org/abs/2211.17192
  - name: vllm-gateway
    namespace: inferencia
    chart: ./charts/vllm-gateway
    version: 0.3.2
    labels:
      tier: serving
    values:
      - values/vllm-gateway.yaml
    set:
      - name: model.quantization
        value: gptq
      - name: model.quantizationPaper
        value: https://arxiv.org/pdf/2210.17323v2
      - name: speculative.numTokens
        value: 5
    # quantização: [[T:2210.17323]]
    # kernels de atenção: [[T:2205.14135]]
    # (http://arxiv.org/abs/2205.14135), ativado em values/vllm-gateway.yaml

  # Variante int8 para as GPUs antigas (bitsandbytes):
  # [[T:2208.07339]], arXiv:2208.07339 -- fica mais lenta, só para testes.
  - name: vllm-int8
    namespace: inferencia
    chart: ./charts/vllm-gateway
    version: 0.3.2
    installed: false
    values:
      - values/vllm-int8.yaml

  # Afinação LoRA noturna em fp16 ([[T:1710.03740]],
  # https://openreview.net/forum?id=r1gs9JgRZ); a configuração DeepSpeed segue
  # [[T:1910.02054]] (estágio 2, sem offload).
  - name: afinacao-noturna
    namespace: treino
    chart: ./charts/job-treino
    version: 0.1.7
    values:
      - values/afinacao.yaml
    needs:
      - inferencia/vllm-gateway

  # Red team semanal: sufixos adversariais como em
  # "[[T:2307.15043]]"; relatório para o Rui.
  - name: red-team
    namespace: avaliacao
    chart: ./charts/cronjob-avaliacao
    version: 0.2.0
    set:
      - name: schedule
        value: "0 3 * * 1"
      - name: image.tag
        value: "2024.06"
    # a imagem fixa transformers==4.41 (biblioteca; citar como
    # [[T:1910.03771]])

  - name: prometheus
    namespace: monitorizacao
    chart: prometheus-community/kube-prometheus-stack
    version: 58.2.1
    values:
      - values/prometheus.yaml

  - name: grafana
    namespace: monitorizacao
    chart: grafana/grafana
    version: 7.3.9
    needs:
      - monitorizacao/prometheus

# Leitura de fundo: Kleppmann, "Designing Data-Intensive Applications" (livro).
# Apresentação do cluster: https://video.inferencia-lab.example.pt/seminarios/2024-06
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
