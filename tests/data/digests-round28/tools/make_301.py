#!/usr/bin/env python3
"""301: handover notes a departing research engineer leaves in the project's GitLab repository (`HANDOVER.md`),
written in Tatar (Cyrillic) with English paper titles: who hands over to whom and when, GitLab's `[[_TOC_]]`,
numbered `## n.` sections (the project, repositories and the server tree as a code block, data, models as a table,
unfinished work as a task list with a count and issue / merge-request references `#n` / `!n`, the papers to read,
access, people), `@user` mentions, relative links to files of the tree, a `> **Игътибар:**` warning. The papers
are named as a person hands them on: a Markdown link whose text is the title, a URL after a title, "arXiv:ID" or a
bare id, and titles alone (with what each was used for)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only

KEYS = ["2009.09761", "2106.07447", "2309.06180", "2211.17192", "1910.02054", "1909.08053", "2307.09288",
        "1910.03771", "1907.11692", "1910.10683", "2205.01068", "2003.10555"]

TREE = ["tatspeech/", "├── README.md", "├── HANDOVER.md", "├── configs/", "│   ├── asr_hubert_base.yaml",
        "│   ├── tts_diffwave.yaml", "│   └── lm_llama2_7b_lora.yaml", "├── scripts/", "│   ├── prepare_common_voice.py",
        "│   ├── train_asr.sh", "│   ├── train_lm.sh", "│   └── serve_vllm.sh", "├── docs/", "│   ├── data.md",
        "│   └── eval.md", "└── eval/", "    └── tt_asr_test.tsv"]

tasks = [
    (True, "ASR: HuBERT base-ны татар сөйләмендә дәвам итеп өйрәтү (WER 14,2 % → 11,8 %) !31"),
    (True, "TTS: DiffWave вокодерын 22 кГц-ка күчерү !28"),
    (True, "LM: Llama 2 7B өчен LoRA, 1-нче этап !35"),
    (False, "LM: 2-нче этап — юридик текстлар белән өйрәтү, мәгълүматлар әзер (#57)"),
    (False, "Сервер: vLLM-ны 0.4.0 версиясенә яңарту, speculative decoding сынап карау (#61)"),
    (False, "ASR: диалект тест җыелмасы (Себер татарлары, 2 сәгать) — Гөлназ белән килешенгән (#48)"),
    (False, "Мәкалә: Türklang 2024 конференциясенә тезислар, срок 15.05.2024"),
    (False, "Иске `tt-roberta` модельләрен архивка күчерү (#40)"),
]
done = sum(1 for d, _ in tasks if d)

out = ["# TatSpeech: проектны тапшыру", "",
       "**Кемнән:** @r.khayrullin (Рамил Хәйруллин) · **Кемгә:** @a.galieva (Алсу Галиева) · "
       "**Җитәкче:** @i.sadykov (Ильдар Садыйков)  ",
       "**Язылды:** 22.03.2024 · **Соңгы эш көнем:** 29.03.2024", "",
       "[[_TOC_]]", "",
       "## 1. Проект турында кыскача", "",
       "TatSpeech — Гамәли семиотика институтының татар сөйләмен тану (ASR), сөйләм синтезы (TTS) һәм татар телле "
       "чат-модель проекты. Грант 2025 елның декабренә кадәр. Хәзер өч өлеш эшли: ASR модель сайтта "
       "(tatspeech.example.tatar), TTS тавышлары «Сәлам» кушымтасында, LM әлегә эчке тест өчен генә.", "",
       "## 2. Код һәм серверлар", "",
       "Барлык код шушы репозиторийда. Серверда (`gpu2.example.tatar`, 4 × A100 40 GB) юллар шундый ук:", "",
       "```text"] + TREE + ["```", "",
       "Төп конфиглар: [ASR](configs/asr_hubert_base.yaml), [TTS](configs/tts_diffwave.yaml), "
       "[LM](configs/lm_llama2_7b_lora.yaml). Мәгълүматларны әзерләү тәртибе — [docs/data.md](docs/data.md), "
       "бәяләү — [docs/eval.md](docs/eval.md).", "",
       "## 3. Мәгълүматлар", "",
       "- Common Voice (tt), 28 сәгать + институт язмалары, 112 сәгать (`/data/tatspeech/audio/`).",
       "- TTS өчен бер диктор (Ләйсән), 19 сәгать, лицензия институтныкы.",
       "- LM өчен текстлар: татар Википедиясе, «Ватаным Татарстан» архивы (килешү буенча), барлыгы 1,3 млрд токен.", "",
       "> **Игътибар:** институт язмаларын репозиторийга һәм Hugging Face-ка куярга ярамый (шәхси мәгълүматлар).", "",
       "## 4. Модельләр", "",
       "| Модель | Нигез | Чекпойнт | Нәтиҗә |",
       "|---|---|---|---|",
       "| ASR | HuBERT base | `ckpt/asr/hubert_tt_v3.pt` | WER 11,8 % (`eval/tt_asr_test.tsv`) |",
       "| TTS | DiffWave | `ckpt/tts/diffwave_laysan_22k.pt` | MOS 4,1 (20 тыңлаучы) |",
       "| LM | Llama 2 7B + LoRA | `ckpt/lm/llama2_tt_stage1/` | татар тестында 61 % |",
       "| Иске | tt-roberta-base | `ckpt/old/tt_roberta/` | кулланылмый |", "",
       f"## 5. Тәмамланмаган эшләр ({done}/{len(tasks)})", ""]
out += [f"- [{'x' if d else ' '}] {t}" for d, t in tasks]
out += ["",
        "Иң ашыгычы — #61: vLLM-ның яңа версиясендә безнең LoRA адаптерлары турыдан-туры эшли, "
        "иске скриптны ([scripts/serve_vllm.sh](scripts/serve_vllm.sh)) алыштырырга кирәк.", "",
        "## 6. Укырга кирәкле мәкаләләр", "",
        "Проектка кергәндә мин болардан башлаган идем. Тәртип — мөһимлек буенча.", "",
        "**Сөйләм:**", "",
        f"- [{T('2106.07447')}](https://arxiv.org/pdf/2106.07447.pdf) — безнең ASR шуның нигезендә.",
        f"- {T('2009.09761')} — https://arxiv.org/abs/2009.09761 (TTS вокодеры; 50 адым урынына 6 адымлы "
        "варианты кулланабыз).", "",
        "**Тел модельләре:**", "",
        f"- [{T('2307.09288')}](https://huggingface.co/papers/2307.09288) — нигез модель.",
        f"- {T('2205.01068')} — 2023 елда OPT-1.3B белән сынаган идек, нәтиҗәләр `docs/eval.md`-та.",
        f"- {T('1907.11692')} һәм {T('2003.10555')}: иске tt-roberta моделе "
        "шуларга карап өйрәтелгән иде (2022), хәзер кулланылмый, ләкин #40 өчен кирәк булыр.",
        f"- {T('1910.10683')} — текстны нормальләштерү (саннарны сүзләр белән язу) өчен mT5-ны "
        "шуннан алдык.", "",
        "**Өйрәтү һәм сервер:**", "",
        f"- {T('1910.02054')} (arXiv:1910.02054) — DeepSpeed ZeRO-2, `train_lm.sh` эчендә.",
        f"- {T('1909.08053').replace(': T', ': t').replace(' Multi-Billion Parameter Language Models Using Model Parallelism', ' multi-billion parameter language models using model parallelism')}: 7B өчен кирәк түгел, ләкин 13B-га күчсәгез, тензор параллельлеге кирәк булачак.",
        f"- [{T('2309.06180')}](https://arxiv.org/abs/2309.06180) — vLLM.",
        f"- Speculative decoding: {T('2211.17192')}, 2211.17192 — #61 өчен.",
        f"- {T('1910.03771')} — китапханә турында мәкалә, цитаталау өчен.", "",
        "Мәкалә булмаганнар: Hugging Face курсы (https://huggingface.co/learn/audio-course), vLLM документациясе, "
        "Ильдар абыйның «Татар телен цифрлаштыру» китабы (2021), Türklang 2023-тәге чыгышым (слайдлар `docs/`-та юк, "
        "миннән сорагыз).", "",
        "## 7. Керү мөмкинлекләре", "",
        "- GitLab: @a.galieva — Maintainer итеп куелды (22.03).",
        "- Сервер: `ssh` ачкычы @i.sadykov аша; серсүзләр Vault-та (`tatspeech/*`), монда түгел.",
        "- Hugging Face оешмасы `tatspeech`: чакыру җибәрелде.", "",
        "## 8. Кемгә мөрәҗәгать итәргә", "",
        "- Мәгълүматлар, диктор: Гөлназ Миңнуллина (@g.minnullina)",
        "- Сервер, GPU: Тимур (@t.zaripov), IT бүлеге",
        "- Мин: 29.03-тән соң да хатка җавап бирәм — r.khayrullin@example.com", ""]
write_only("301_gitlab_handover_notes_markdown_tatar_speech_and_language_models.md", "\n".join(out), KEYS)
