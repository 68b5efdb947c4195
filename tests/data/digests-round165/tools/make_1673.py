#!/usr/bin/env python3
"""1673: a Russian ML-engineering group's runbook kept as a Runme notebook (a Markdown file that the Runme VS Code
extension / CLI runs cell by cell): Runme's front matter (`runme:` id and version v3) and fenced code cells carrying
Runme's JSON attributes (`{"id":"…","name":"…"}`, some with `"interactive":"false"` or `"excludeFromRunAll":"true"`).
Ids are ULIDs computed from each cell's modelled creation time (48-bit milliseconds, then 80 bits from a hash) in
Crockford base32."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1673)
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(ts, salt):
    ms = int(dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    rnd = int(hashlib.sha256(salt.encode()).hexdigest()[:20], 16)
    n = (ms << 80) | rnd
    return "".join(B32[(n >> (5 * i)) & 31] for i in range(25, -1, -1))


def cell(lang, name, ts, code, **extra):
    attrs = {"id": ulid(ts, name), "name": name, **extra}
    import json
    return f"```{lang} {json.dumps(attrs, separators=(',', ':'), ensure_ascii=False, sort_keys=True)}\n{code}\n```"


def build():
    C = [
        cell("sh", "env-setup", "2024-02-12 08:05:40", "conda activate llm-int\npip install -r requirements.txt\nnvidia-smi --query-gpu=name,memory.used,memory.total --format=csv"),
        cell("sh", "gptq-quantize", "2024-02-12 09:17:02", "python scripts/quantize_gptq.py \\\n  --model checkpoints/base-7b \\\n  --bits 4 --group-size 128 \\\n  --calib data/calib_ru_128.jsonl \\\n  --out checkpoints/base-7b-gptq", interactive="false"),
        cell("sh", "dora-finetune", "2024-02-20 14:02:55", "accelerate launch train_adapters.py \\\n  --config configs/dora_r16.yaml \\\n  --deepspeed configs/zero2.json", excludeFromRunAll="true"),
        cell("sh", "show-zero-config", "2024-02-20 14:06:31", "cat configs/zero2.json | jq '.zero_optimization'"),
        cell("sh", "spec-decode-bench", "2024-03-01 10:21:09", "python bench/spec_decode.py --target checkpoints/base-7b-gptq \\\n  --draft checkpoints/draft-160m --k 4 --n-prompts 200", background="true"),
        cell("python", "eval-int8-vs-gptq", "2024-02-13 11:40:27", "from evalkit import perplexity\nfor ckpt in ['checkpoints/base-7b', 'checkpoints/base-7b-gptq']:\n    print(ckpt, perplexity(ckpt, 'data/val_ru.jsonl', load_in_8bit=ckpt.endswith('7b')))"),
    ]
    doc = f"""---
runme:
  id: {ulid("2024-02-12 08:03:11", "doc")}
  version: v3
---

# Квантование и дообучение LLM на сервере `gpu-03`

Рабочая тетрадь группы инференса. Запускать ячейки по порядку (`runme run --all` пропускает ячейки,
помеченные как ручные). Вопросы — в канал `#инференс` или Артёму Соколову.

## 1. Окружение

{C[0]}

## 2. Квантование GPTQ

Метод из статьи [{T('2210.17323')}](https://arxiv.org/abs/2210.17323): послойное квантование весов до 4 бит
с поправкой по приближённому гессиану. Калибровка — 128 примеров из нашего корпуса.

{C[1]}

## 3. Сравнение с 8-битным инференсом

Для сравнения берём подход из [{T('2208.07339')}](https://arxiv.org/pdf/2208.07339.pdf) — он встроен
в bitsandbytes, отдельный код не нужен (см. документацию bitsandbytes, раздел про `load_in_8bit`).

{C[5]}

## 4. Дообучение адаптерами DoRA

[{T('2402.09353')}](https://arxiv.org/abs/2402.09353v2) — разложение весов на норму и направление,
поверх LoRA. В peft включается флагом `use_dora=True`.

{C[2]}

Конфигурация DeepSpeed — ZeRO стадии 2, см. [{T('1910.02054')}](https://arxiv.org/abs/1910.02054).
Обучение в bf16; про потери точности при fp16 см. классическую работу {T('1710.03740')}.

{C[3]}

## 5. Спекулятивное декодирование

Черновая модель — 160M, основная — наша 7B после GPTQ. Идея из работы {T('2211.17192')}
(arXiv:2211.17192); в vLLM включается параметрами `--speculative-model` и `--num-speculative-tokens`.

{C[4]}

## Заметки и что почитать дальше

- {T('2312.00752')} — стоит ли пробовать SSM для длинных логов поддержки? (Мария)
- {T('2006.03236')} — для энкодера классификатора тикетов, сжатие последовательности по ходу сети.
- Не забыть: после каждого прогона выгружать метрики в MLflow (`mlflow ui` на порту 5001).
"""
    return doc


if __name__ == "__main__":
    write_only(F, build(), keys(F))
