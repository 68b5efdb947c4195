#!/usr/bin/env python3
"""Builds digests/238_chatgpt_data_export_conversations_json_bulgarian_peft_reading_list.json: `conversations.json`
from a ChatGPT "Export data" archive (Settings → Data controls → Export) of an (invented) master's student at Sofia
University writing a thesis on parameter-efficient fine-tuning for Bulgarian, with two conversations: the reading
list one (Bulgarian, with English paper titles) and an unrelated one (a banitsa recipe).

Layout, as the 2024 export writes it: one line, Python's json.dumps defaults (", " and ": " separators,
ensure_ascii, so all Cyrillic and typographic quotes are \\uXXXX escapes), no final newline; a list of conversations,
newest first, each with title, create_time, update_time, mapping, moderation_results, current_node, plugin_ids,
conversation_id, conversation_template_id, gizmo_id, is_archived, safe_urls, default_model_slug, id; the mapping a tree
of nodes {id, message, parent, children}: a client-created root ("aaa1…", message null), a hidden empty system
message, user messages ("aaa2…" ids, client timestamps with three decimals) and assistant messages (uuid4 ids,
finish_details, model_slug, parent_id, timestamp_ "absolute"); a regenerated answer (two assistant children of one
user message) and an edited question (two user children of one assistant message), current_node the last leaf of
the visible branch; safe_urls the URLs that occur in the conversation, in order of first appearance.

Evidence (all branches count, like every text of the file): Prefix-Tuning's abs link, the unified-view paper's
OpenReview forum, QLoRA's pdf and GPTQ's abs link (in the regenerated answer), prompt tuning's huggingface.co/papers
link (link); "arXiv:2106.09685" pasted by the student for LoRA and "arXiv:2205.05638" for (IA)³ (arxiv-text);
adapters, BitFit, P-tuning's "GPT Understands, Too", AdaLoRA (its current title, and its ICLR title
"Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning" as a second mention), LLM.int8() (only in the first,
abandoned answer), DoRA (title-only). Non-papers: the PEFT library, bitsandbytes, BgGPT, the banitsa recipe. The
ids, timestamps and request ids are invented (deterministic)."""
import json, os, random, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "238_chatgpt_data_export_conversations_json_bulgarian_peft_reading_list.json")
R = random.Random(238)


def uid(prefix=None):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return prefix + u[4:] if prefix else u


def req():
    return f"{R.getrandbits(64):016x}"[:16] + "-SOF"


class Conv:
    def __init__(self, title, t0):
        self.title, self.t0 = title, t0
        self.root = uid("aaa1")
        self.mapping = {self.root: {"id": self.root, "message": None, "parent": None, "children": []}}
        self.sys = uid()
        self._add(self.sys, self.root, {
            "id": self.sys, "author": {"role": "system", "name": None, "metadata": {}}, "create_time": None,
            "update_time": None, "content": {"content_type": "text", "parts": [""]}, "status": "finished_successfully",
            "end_turn": True, "weight": 0.0, "metadata": {"is_visually_hidden_from_conversation": True},
            "recipient": "all"})
        self.t = t0

    def _add(self, nid, parent, msg):
        self.mapping[nid] = {"id": nid, "message": msg, "parent": parent, "children": []}
        self.mapping[parent]["children"].append(nid)

    def user(self, parent, text, dt):
        self.t += dt
        nid = uid("aaa2")
        self._rid = req()
        self._add(nid, parent, {
            "id": nid, "author": {"role": "user", "name": None, "metadata": {}}, "create_time": round(self.t, 3),
            "update_time": None, "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully",
            "end_turn": None, "weight": 1.0,
            "metadata": {"request_id": self._rid, "timestamp_": "absolute", "message_type": None},
            "recipient": "all"})
        return nid

    def assistant(self, parent, text, dt, model="gpt-4"):
        self.t += dt
        nid = uid()
        self._add(nid, parent, {
            "id": nid, "author": {"role": "assistant", "name": None, "metadata": {}},
            "create_time": round(self.t + R.random() / 7, 6), "update_time": None,
            "content": {"content_type": "text", "parts": [text]}, "status": "finished_successfully",
            "end_turn": True, "weight": 1.0,
            "metadata": {"finish_details": {"type": "stop", "stop_tokens": [100260]}, "citations": [],
                         "gizmo_id": None, "is_complete": True, "message_type": None, "model_slug": model,
                         "parent_id": parent, "request_id": self._rid, "timestamp_": "absolute"},
            "recipient": "all"})
        return nid

    def export(self, current, urls, model="gpt-4"):
        cid = uid()
        times = [n["message"]["create_time"] for n in self.mapping.values() if n["message"] and n["message"]["create_time"]]
        return {"title": self.title, "create_time": round(self.t0, 6), "update_time": round(max(times) + 1.5, 6),
                "mapping": self.mapping, "moderation_results": [], "current_node": current, "plugin_ids": None,
                "conversation_id": cid, "conversation_template_id": None, "gizmo_id": None, "is_archived": False,
                "safe_urls": urls, "default_model_slug": model, "id": cid}


A1 = """Здравей! Чудесна тема — ето основните статии за PEFT, подредени по „семейства“. За всяка давам какво да търсиш при четенето.

### 1. Адаптери
- **Parameter-Efficient Transfer Learning for NLP** — Houlsby et al., ICML 2019. Въвежда адаптерните слоеве (bottleneck след attention и FFN) и показва, че с ~3% нови параметри се доближаваш до пълното фино настройване на GLUE. Отправна точка за всичко останало.
- **BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models** — Ben Zaken, Ravfogel & Goldberg, ACL 2022. Настройват се *само* bias векторите. Много проста базова линия — добре е да я имаш в експериментите си.

### 2. Промптове
- **Prefix-Tuning: Optimizing Continuous Prompts for Generation** — Li & Liang, ACL 2021 ([arXiv](https://arxiv.org/abs/2101.00190)). Обучаеми „виртуални токени“ пред ключовете и стойностите във всеки слой.
- **The Power of Scale for Parameter-Efficient Prompt Tuning** — Lester, Al-Rfou & Constant, EMNLP 2021. Само входни soft prompts; разликата с пълното настройване изчезва при ~10B параметъра.
- **GPT Understands, Too** — Liu et al., 2021 (P-tuning). Промптът се генерира от малка LSTM мрежа; полезно за NLU задачи.

### 3. Нискорангови методи
- **LoRA: Low-Rank Adaptation of Large Language Models** — Hu et al., ICLR 2022. Днес де факто стандартът; прочети внимателно раздел 4 и анализа на ранга в раздел 7.
- **AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning** — Zhang et al., ICLR 2023. Рангът се разпределя адаптивно между матриците чрез SVD-параметризация.

### 4. Обединяваща гледна точка
- **Towards a Unified View of Parameter-Efficient Transfer Learning** — He et al., ICLR 2022 ([OpenReview](https://openreview.net/forum?id=0RDcd5Axok)). Показва, че адаптери, prefix tuning и LoRA са варианти на една и съща модификация на скритите състояния. Много подходяща за теоретичната глава на дипломната.

За практическата част: библиотеката 🤗 PEFT (https://github.com/huggingface/peft) има готови реализации на почти всичко по-горе. Ако искаш, мога да предложа и план на експериментите с български модели (например BgGPT или XLM-R)."""

Q2 = "Благодаря! Може ли и нещо за квантизация? Имам само една RTX 3090 (24 GB) в лабораторията."

A2a = """Разбира се. С 24 GB VRAM квантизацията е почти задължителна за модели над 7B. Основните статии:

1. **LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale** — Dettmers et al., NeurIPS 2022. Векторна 8-битова квантизация + отделяне на „outlier“ характеристиките в fp16. Реализирано в bitsandbytes.
2. **GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers** — Frantar et al., ICLR 2023. 3–4-битова квантизация след обучението, слой по слой, с апроксимация от втори ред.

За дообучаване върху квантизиран модел виж и QLoRA (Dettmers et al., 2023)."""

A2b = """Да, при 24 GB това е ключово. Най-важната статия за твоя случай е QLoRA — дообучаване на LoRA адаптери върху 4-битов замразен модел:

- **QLoRA: Efficient Finetuning of Quantized LLMs** — Dettmers, Pagnoni, Holtzman & Zettlemoyer, NeurIPS 2023. PDF: https://arxiv.org/pdf/2305.14314
  Въвежда NF4 (4-bit NormalFloat), двойна квантизация и „paged“ оптимизатори. С нея 33B модел се побира на една 24 GB карта.
- **GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers** — Frantar, Ashkboos, Hoefler & Alistarh, ICLR 2023: https://arxiv.org/abs/2210.17323
  Ако ти трябва само инференция (напр. за оценка), GPTQ моделите са по-бързи от bitsandbytes.

Практически съвет: започни с QLoRA върху 7B модел, r=16, alpha=32, и сравни с пълна LoRA в bf16 върху по-малък модел."""

Q3a = "Колко VRAM ще ми трябва за 7B модел с QLoRA при контекст 2048?"

A3a = """Грубо: 4-битовите тегла на 7B модел заемат ~3.5–4 GB, LoRA адаптерите и състоянията на оптимизатора — под 1 GB, а активациите при контекст 2048 и batch 4 с gradient checkpointing — още 6–8 GB. Общо около 12–14 GB, т.е. на RTX 3090 имаш запас. Без gradient checkpointing активациите могат да удвоят това число."""

Q3b = "Намерих LoRA статията — arXiv:2106.09685. Трябва ли да чета и DoRA? И кой друг метод е близък до LoRA, но с още по-малко параметри?"

A3b = """Да, DoRA си струва, защото е пряко сравнима с LoRA и е лесна за добавяне в експериментите ти:

- **DoRA: Weight-Decomposed Low-Rank Adaptation** — Liu et al., ICML 2024. Разлага теглото на големина и посока; LoRA се прилага само върху посоката. Обикновено дава +1–2 точки при същия ранг.

За още по-малко параметри:
- **(IA)³** от статията **Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning** (Liu et al., NeurIPS 2022; arXiv:2205.05638) — само три обучаеми вектора, които мащабират ключовете, стойностите и FFN активациите. Параметрите са ~0.01% от модела.
- AdaLoRA също може да намали бюджета; в ICLR 2023 статията е публикувана под заглавието „Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning“.

Ако трябва да избираш за дипломната: LoRA (базова линия), DoRA и (IA)³ дават добра „скала“ от брой параметри."""

Q4 = "Супер. Дай ми линк към Prompt Tuning статията в Hugging Face Papers, там имаше дискусия с авторите."

A4 = """Ето я: https://huggingface.co/papers/2104.08691

Там са абстрактът, връзки към кода (T5X) и коментарите. Ако ти трябва BibTeX, най-лесно е да го вземеш от страницата на ACL Anthology за EMNLP 2021."""

B1 = "Как се прави баница със сирене? Искам рецепта за тава 30×40."

B2 = """Ето класическа рецепта за тава около 30×40 см:

**Продукти:** 500 г кори за баница, 400 г сирене, 4 яйца, 400 г кисело мляко, 1/2 ч.ч. олио, 1 ч.л. сода бикарбонат.

1. Разбий яйцата, добави киселото мляко, в което си угасил содата, и натрошеното сирене.
2. Намажи тавата с олио. Слагай по две кори, поръсвай с олио и плънка.
3. Последните две кори намажи само с олио и разбито яйце.
4. Печи на 200 °C около 35–40 минути, докато стане златиста.

Добър апетит! 🥧"""


def build():
    c = Conv("PEFT статии за дипломна работа", 1709712331.402)
    u1 = c.user(c.sys, "Здравей! Пиша дипломна работа във ФМИ на СУ за ефективно фино настройване (PEFT) на езикови "
                       "модели за български. Можеш ли да ми дадеш списък с основните статии — адаптери, LoRA, prompt "
                       "tuning и т.н. — с по едно-две изречения за всяка?", 0.0)
    a1 = c.assistant(u1, A1, 2.4)
    u2 = c.user(a1, Q2, 211.6)
    c.assistant(u2, A2a, 2.1)
    a2b = c.assistant(u2, A2b, 48.3)
    u3a = c.user(a2b, Q3a, 95.0)
    c.assistant(u3a, A3a, 1.9)
    u3b = c.user(a2b, Q3b, 64.2)
    a3b = c.assistant(u3b, A3b, 2.2)
    u4 = c.user(a3b, Q4, 402.7)
    a4 = c.assistant(u4, A4, 1.6)
    urls = ["https://arxiv.org/abs/2101.00190", "https://openreview.net/forum?id=0RDcd5Axok",
            "https://github.com/huggingface/peft", "https://arxiv.org/pdf/2305.14314", "https://arxiv.org/abs/2210.17323",
            "https://huggingface.co/papers/2104.08691"]
    conv1 = c.export(a4, urls)
    b = Conv("Рецепта за баница", 1708789912.118)
    ub = b.user(b.sys, B1, 0.0)
    ab = b.assistant(ub, B2, 2.8, model="text-davinci-002-render-sha")
    conv2 = b.export(ab, [], model="text-davinci-002-render-sha")
    return json.dumps([conv1, conv2])


if __name__ == "__main__":
    s = build()
    check_no_distractor(json.dumps(json.loads(s), ensure_ascii=False), "238")
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
