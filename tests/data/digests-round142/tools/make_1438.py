#!/usr/bin/env python3
"""1438: README.md of a Russian ML team's awesome list kept in a private AWS CodeCommit repository
(`awesome-peft-ru`, region eu-central-1): clone URLs in CodeCommit's forms (HTTPS `git-codecommit.<region>.amazonaws.com/v1/repos/<repo>`,
git-remote-codecommit `codecommit::<region>://<repo>`), console links to files (`…/browse/refs/heads/main/--/<path>?region=`),
pull requests (`…/pull-requests/<n>/details?region=`) and the repository settings, a table of contents whose anchors
are the headings' GitHub-style slugs, two tables. Not papers: peft, trl, bitsandbytes, unsloth, axolotl, LLaMA-Factory,
torch.optim.AdamW's docs, Saiga, ruGPT-3.5, Vikhr, the MERA benchmark site, the team's notebooks, the PEFT docs, CodeCommit
itself; Adapters, IA3, DoRA, LoRA+, AdaLoRA, P-tuning v2,
LongLoRA, YaRN, T-Few are names."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1438, keys

REG, REPO = "eu-central-1", "awesome-peft-ru"
CON = f"https://{REG}.console.aws.amazon.com/codesuite/codecommit/repositories/{REPO}"
def blob(path): return f"{CON}/browse/refs/heads/main/--/{path}?region={REG}"
def pr(n): return f"{CON}/pull-requests/{n}/details?region={REG}"

md = f"""# Awesome PEFT (ru) 🇷🇺

Внутренний список статей, библиотек и рецептов по **parameter-efficient fine-tuning** (PEFT) для команды NLP.
Репозиторий приватный и живёт в AWS CodeCommit нашего аккаунта `ml-platform-prod`; доступ — через IAM-группу
`codecommit-nlp-readers` (заявка в #infra-access).

> ⚠️ С июля 2024 AWS больше не открывает CodeCommit новым аккаунтам. Наш аккаунт продолжает работать, но переезд на
> внутренний GitLab запланирован на IV квартал (задача PLAT-2291). Ссылки ниже на консоль перестанут работать после переезда.

## Содержание

- [Как клонировать](#как-клонировать)
- [Статьи](#статьи)
  - [Адаптеры и промпты](#адаптеры-и-промпты)
  - [Низкоранговые методы](#низкоранговые-методы)
  - [Длинный контекст](#длинный-контекст)
- [Оптимизация](#оптимизация)
- [Библиотеки](#библиотеки)
- [Русскоязычные модели](#русскоязычные-модели)
- [Наши ноутбуки](#наши-ноутбуки)
- [Как добавить запись](#как-добавить-запись)

## Как клонировать

Через HTTPS (нужны Git credentials для CodeCommit из IAM):

```bash
git clone https://git-codecommit.{REG}.amazonaws.com/v1/repos/{REPO}
```

Через `git-remote-codecommit` (рекомендуется, работает с SSO-профилем):

```bash
pip install git-remote-codecommit
git clone codecommit::{REG}://nlp-sso@{REPO}
```

Просмотр в консоли: [{REPO}]({CON}/browse?region={REG}).

## Статьи

Формат: название — ссылка — одна строка, зачем читать. ⭐ — обязательно к прочтению для новичков в команде.

### Адаптеры и промпты

- **{T('1902.00751')}** (Houlsby et al., ICML 2019) — классические адаптеры: маленькие bottleneck-слои после
  attention и FFN. Всё, что называют «Adapters», начинается отсюда. PDF есть в PMLR, ссылку не даём — ищется по названию.
- ⭐ **{T('2101.00190')}** — arXiv:2101.00190. Обучаемый префикс к ключам и значениям на всех слоях; для генерации
  (суммаризация, data-to-text) работает лучше prompt tuning.
- **{T('2103.10385')}** (P-tuning) — непрерывные промпты + LSTM-энкодер промпта. Не путать с P-tuning v2 (это другая
  статья, её пока не добавляли).
- **{T('2205.05638')}** — [arxiv.org/abs/2205.05638](https://arxiv.org/abs/2205.05638). Метод (IA)³ и рецепт T-Few;
  полезно как аргумент «PEFT vs few-shot ICL» для менеджеров.

### Низкоранговые методы

- ⭐ **{T('2106.09685')}** — [arXiv](https://arxiv.org/abs/2106.09685). База. В `peft` это `LoraConfig`.
- ⭐ **{T('2305.14314')}** — [PDF](https://arxiv.org/pdf/2305.14314.pdf). 4-bit NF4 + double quantization + paged
  optimizers; именно так мы дообучаем 70B на одной A100 80GB.
- DoRA, LoRA+, AdaLoRA — пока только упоминаем; кто прочитает, пусть добавит нормальную запись (см. PR #17).

### Длинный контекст

- **{T('2306.15595')}** — [arxiv.org/abs/2306.15595](https://arxiv.org/abs/2306.15595). Position Interpolation
  для RoPE: 1000 шагов дообучения, и контекст 2k → 32k. Сравнивали с YaRN и LongLoRA в [PR #21]({pr(21)}).

## Оптимизация

| Что | Где | Комментарий |
|---|---|---|
| AdamW | [torch.optim.AdamW](https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html) | статья: «{T('1711.05101')}» (Loshchilov, Hutter) |
| paged AdamW 8-bit | `bitsandbytes` | `optim="paged_adamw_8bit"` в `TrainingArguments` |
| LR для LoRA | — | 1e-4…2e-4, warmup 3 %, cosine; больше — разваливается |

## Библиотеки

- [huggingface/peft](https://github.com/huggingface/peft) — LoRA, IA3, prefix tuning, prompt tuning в одном API
  ([документация](https://huggingface.co/docs/peft)).
- [huggingface/trl](https://github.com/huggingface/trl) — `SFTTrainer`, DPO.
- [bitsandbytes](https://github.com/bitsandbytes-foundation/bitsandbytes) — 4/8-bit квантизация.
- [unsloth](https://github.com/unslothai/unsloth) — быстрее и экономнее по памяти, но только одна GPU.
- [axolotl](https://github.com/axolotl-ai-cloud/axolotl) и [LLaMA-Factory](https://github.com/hiyouga/LLaMA-Factory) — конфиги вместо кода.

## Русскоязычные модели

| Модель | Размер | На чём проверяли LoRA |
|---|---|---|
| Saiga (Llama 3) | 8B | внутренний датасет тикетов поддержки |
| ruGPT-3.5 | 13B | суммаризация звонков |
| Vikhr | 7B | QA по базе знаний |

Бенчмарк для сравнения: [MERA](https://mera.a-ai.ru/) (свои сабмиты не публикуем).

## Наши ноутбуки

- [01_lora_sft_saiga.ipynb]({blob('notebooks/01_lora_sft_saiga.ipynb')}) — SFT с LoRA, r=16, alpha=32.
- [02_qlora_70b.ipynb]({blob('notebooks/02_qlora_70b.ipynb')}) — QLoRA на 70B, замеры памяти.
- [03_prefix_vs_lora.ipynb]({blob('notebooks/03_prefix_vs_lora.ipynb')}) — сравнение на суммаризации.

## Как добавить запись

1. Создайте ветку `add/<короткое-имя>` от `main`.
2. Добавьте запись в нужный раздел: полное название статьи, ссылка на arXiv или OpenReview, одна строка комментария.
3. Откройте pull request в консоли CodeCommit; нужен один аппрув (шаблон правил `nlp-one-approval`).
4. После мержа уведомление придёт в Slack-канал #nlp-reading через AWS Chatbot.

Открытые PR: [#17 — DoRA и LoRA+]({pr(17)}), [#21 — сравнение методов длинного контекста]({pr(21)}).

---
Поддерживает: Анна Соколова (@a.sokolova). Последнее обновление: 2024-08-07.
"""
write_only(F1438, md, keys(F1438))
