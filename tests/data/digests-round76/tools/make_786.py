#!/usr/bin/env python3
"""786 (negative): a Prometheus alerting / recording rules file (rules/gpu-klaster.yml, checked with `promtool check
rules`-style grammar): `groups:` with name / interval / rules, recording rules (`record:` level:metric:operation names),
alerting rules (`alert:` CamelCase, `expr:` PromQL with ranges, `for:`, `keep_firing_for:`, labels with severity,
annotations with `{{ $labels.… }}` / `{{ $value | humanize }}` templates, block scalars `|`, runbook_url), two-space
indentation, Ukrainian comments. A university ML group's GPU training cluster: DCGM exporter, node_exporter, Slurm
exporter, shared dataset storage. No papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(786)
RB = "https://wiki.ml-lab.example.org/runbooks"
text = f"""# Правила сповіщень для GPU-кластера лабораторії машинного навчання.
# Файл підключено в prometheus.yml (rule_files: ["rules/*.yml"]).
# Перед комітом: promtool check rules rules/gpu-klaster.yml
# Відповідальні: Остап Мельничук, Христина Бойко (чергування — у таблиці на вікі).
#
# УВАГА: пороги для A100 і для старих V100 різні — див. групу gpu-temperatura.

groups:
  # ---------------------------------------------------------------------------
  # Агреговані метрики (recording rules) — рахуємо раз на хвилину, щоб Grafana
  # не ганяла важкі запити по всіх вузлах.
  # ---------------------------------------------------------------------------
  - name: gpu-agregaty
    interval: 1m
    rules:
      - record: instance:dcgm_gpu_utilization:avg5m
        expr: avg by (instance) (avg_over_time(DCGM_FI_DEV_GPU_UTIL[5m]))
      - record: cluster:dcgm_fb_used_bytes:sum
        expr: sum(DCGM_FI_DEV_FB_USED) * 1024 * 1024
      - record: partition:slurm_jobs_pending:sum
        expr: sum by (partition) (slurm_partition_jobs_pending)

  # ---------------------------------------------------------------------------
  # Апаратні збої GPU
  # ---------------------------------------------------------------------------
  - name: gpu-zboi
    interval: 30s
    rules:
      # Xid 79 = GPU "випав" з шини; зазвичай допомагає лише перезавантаження вузла.
      - alert: GpuXidError
        expr: increase(DCGM_FI_DEV_XID_ERRORS[10m]) > 0
        for: 0m
        labels:
          severity: critical
          team: infra
        annotations:
          summary: "Xid-помилка на {{{{ $labels.Hostname }}}} (GPU {{{{ $labels.gpu }}}})"
          description: |
            DCGM повідомив про Xid {{{{ $value }}}} на вузлі {{{{ $labels.Hostname }}}}.
            Поставте вузол у drain: scontrol update nodename={{{{ $labels.Hostname }}}} state=drain reason="xid"
            і напишіть у канал #klaster-chergovi. Задачі користувачів Slurm перезапустить сам.
          runbook_url: {RB}/gpu-xid

      - alert: GpuEccDoubleBit
        expr: increase(DCGM_FI_DEV_ECC_DBE_VOL_TOTAL[1h]) > 0
        for: 0m
        labels:
          severity: critical
          team: infra
        annotations:
          summary: "Двобітові ECC-помилки на {{{{ $labels.Hostname }}}}"
          description: "Пам'ять GPU {{{{ $labels.gpu }}}} дає некориговані помилки. Потрібна заявка постачальнику (RMA)."
          runbook_url: {RB}/gpu-ecc

  # ---------------------------------------------------------------------------
  # Температура та живлення
  # ---------------------------------------------------------------------------
  - name: gpu-temperatura
    interval: 30s
    rules:
      - alert: GpuHotA100
        expr: DCGM_FI_DEV_GPU_TEMP{{modelName=~".*A100.*"}} > 84
        for: 5m
        keep_firing_for: 10m
        labels:
          severity: warning
          team: infra
        annotations:
          summary: "A100 на {{{{ $labels.Hostname }}}} гріється: {{{{ $value }}}} °C"
          description: |
            Температура вище 84 °C понад 5 хвилин. Перевірте, чи не зупинився
            вентилятор у стійці R3 (там уже двічі міняли блок живлення).
          runbook_url: {RB}/gpu-temperatura

      - alert: GpuHotV100
        expr: DCGM_FI_DEV_GPU_TEMP{{modelName=~".*V100.*"}} > 80
        for: 5m
        labels:
          severity: warning
          team: infra
        annotations:
          summary: "V100 на {{{{ $labels.Hostname }}}} гріється: {{{{ $value }}}} °C"
          runbook_url: {RB}/gpu-temperatura

      - alert: GpuPowerCapped
        expr: DCGM_FI_DEV_POWER_USAGE / DCGM_FI_DEV_POWER_MGMT_LIMIT > 0.98
        for: 30m
        labels:
          severity: info
          team: infra
        annotations:
          summary: "GPU {{{{ $labels.gpu }}}} на {{{{ $labels.Hostname }}}} упирається в ліміт живлення"
          description: "Не аварія, але навчання сповільнюється. Значення: {{{{ $value | humanizePercentage }}}}."

  # ---------------------------------------------------------------------------
  # Використання: простої та черга Slurm
  # ---------------------------------------------------------------------------
  - name: gpu-vykorystannia
    interval: 1m
    rules:
      # Задача тримає GPU, але нічого не рахує (часто — забутий Jupyter).
      - alert: GpuAllocatedButIdle
        expr: instance:dcgm_gpu_utilization:avg5m < 5 and on (instance) slurm_node_alloc_gpus > 0
        for: 2h
        labels:
          severity: warning
          team: koordynatory
        annotations:
          summary: "Вузол {{{{ $labels.instance }}}}: GPU виділені, але простоюють 2 години"
          description: |
            Напишіть власнику задачі (squeue -w {{{{ $labels.instance }}}}). Якщо це інтерактивна
            сесія Jupyter без активності — можна скасувати після попередження.

      - alert: SlurmQueueTooLong
        expr: partition:slurm_jobs_pending:sum{{partition="gpu"}} > 40
        for: 6h
        labels:
          severity: info
          team: koordynatory
        annotations:
          summary: "У черзі gpu {{{{ $value }}}} задач чекають понад 6 годин"
          description: "Перед дедлайнами конференцій це нормально; в інший час — перевірте квоти груп."

  # ---------------------------------------------------------------------------
  # Сховище: набори даних і чекпоінти
  # ---------------------------------------------------------------------------
  - name: skhovyshche
    interval: 1m
    rules:
      - alert: DatasetVolumeAlmostFull
        expr: |
          (node_filesystem_avail_bytes{{mountpoint="/srv/datasets"}}
            / node_filesystem_size_bytes{{mountpoint="/srv/datasets"}}) < 0.10
        for: 15m
        labels:
          severity: warning
          team: infra
        annotations:
          summary: "На /srv/datasets лишилося менше 10% місця"
          description: |
            Найбільші каталоги зазвичай — копії ImageNet і Common Crawl у різних форматах.
            Попросіть власників видалити дублікати (du -sh /srv/datasets/* | sort -h).
          runbook_url: {RB}/datasets-misce

      - alert: CheckpointVolumeFillingFast
        expr: predict_linear(node_filesystem_avail_bytes{{mountpoint="/srv/checkpoints"}}[6h], 24 * 3600) < 0
        for: 30m
        labels:
          severity: warning
          team: infra
        annotations:
          summary: "/srv/checkpoints заповниться протягом доби"
          description: "Хтось зберігає чекпоінти кожні 100 кроків? Перевірте нові каталоги за останні 6 годин."

      - alert: NfsExporterDown
        expr: up{{job="node", instance=~"nfs-.*"}} == 0
        for: 5m
        labels:
          severity: critical
          team: infra
        annotations:
          summary: "node_exporter на {{{{ $labels.instance }}}} не відповідає"
          runbook_url: {RB}/nfs
"""
write(F, text, negative=True)
