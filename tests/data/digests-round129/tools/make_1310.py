#!/usr/bin/env python3
"""1310: `lms log stream` output (Arabic): a Riyadh-like researcher (ريم) prepared her LLM-scaling reading group's
schedule with a local model in LM Studio and, in a second terminal, watched the prompts with `lms log stream`; she
pasted that terminal into the group's notes to show what the model was given. LM Studio's log stream as remembered:
`I Streaming logs from LM Studio`, then one block per prediction — `timestamp:` (en-US locale, `M/D/YYYY, h:mm:ss AM`),
`type: llm.prediction.input`, `modelIdentifier:`, `modelPath:`, `input: "…"` with the prompt as the Llama 3 template
made it (raw newlines inside the quotes, special tokens), blocks separated by a blank line, `^C` at the end. Each input
holds the whole chat so far: LM Studio's default system prompt, the user's turns (a list with arXiv links, an `arXiv:`
id, a title without link, two titles without links), the model's earlier answers. Chinchilla, GPT-2, PaLM, Switch,
Llama 2 are nicknames; the model's answers name no other paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1310, keys, GPT2

MODEL = "lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF/Meta-Llama-3-8B-Instruct-Q4_K_M.gguf"
SYSTEM = "You are a helpful, smart, kind, and efficient AI assistant. You always fulfill the user's requests to the best of your ability."
U1 = f"""لدي قائمة قراءة لحلقة النقاش عن توسيع النماذج اللغوية (ستّ جلسات، كل ثلاثاء). رتّبها زمنيًا واقترح ترتيبًا للجلسات مع جملة واحدة عن كل ورقة:

1. {T('2001.08361')} (arXiv:2001.08361)
2. {T('2203.15556')} — https://arxiv.org/pdf/2203.15556
3. {T('2204.02311')} — https://arxiv.org/abs/2204.02311
4. {T('2101.03961')} — https://arxiv.org/abs/2101.03961
5. {T('2307.09288')} — https://arxiv.org/abs/2307.09288
6. {GPT2} (تقرير من OpenAI، ليس على arXiv)"""
A1 = f"""إليك ترتيبًا زمنيًا مقترحًا للجلسات:

**الجلسة 1 — {GPT2} (2019)**
تقرير GPT-2: نموذج لغوي كبير يتعلّم مهامّ متعددة دون إشراف صريح.

**الجلسة 2 — {T('2001.08361')} (2020)**
قوانين القوة بين الخسارة وحجم النموذج والبيانات والحوسبة.

**الجلسة 3 — {T('2101.03961')} (2021)**
خليط الخبراء (MoE) مع توجيه كل رمز إلى خبير واحد.

**الجلسة 4 — {T('2203.15556')} (2022)**
Chinchilla: توزيع ميزانية الحوسبة بالتساوي تقريبًا بين المعاملات والرموز.

**الجلسة 5 — {T('2204.02311')} (2022)**
PaLM بـ540 مليار معامل ونظام Pathways للتدريب.

**الجلسة 6 — {T('2307.09288')} (2023)**
نماذج مفتوحة مع ضبط للمحادثة وRLHF.

هل تريدين إضافة أسئلة للنقاش لكل جلسة؟"""
U2 = f"""أضف هاتين الورقتين كجلسة سابعة مشتركة، ليس لدي الروابط بعد:
- {T('2206.07682')}
- {T('2207.05221')}"""
A2 = f"""تمت الإضافة:

**الجلسة 7 — القدرات الناشئة والمعايرة**
- {T('2206.07682')} (2022): قدرات تظهر فجأة عند حجم معيّن.
- {T('2207.05221')} (2022): هل يعرف النموذج متى يكون محقًا؟

يمكنك البحث عن الروابط في arXiv بالعنوان الكامل."""
U3 = "اكتب رسالة قصيرة لقناة المجموعة على تيليجرام فيها الجدول (التواريخ تبدأ من 21 مايو، الساعة 7 مساءً، القاعة 2-114)."


def prompt(turns):
    s = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n" + SYSTEM + "<|eot_id|>"
    for role, text in turns:
        s += f"<|start_header_id|>{role}<|end_header_id|>\n\n{text}<|eot_id|>"
    return s + "<|start_header_id|>assistant<|end_header_id|>\n\n"


turns = [("user", U1)]
blocks = [("5/14/2024, 9:41:07 PM", prompt(turns))]
turns += [("assistant", A1), ("user", U2)]
blocks.append(("5/14/2024, 9:44:52 PM", prompt(turns)))
turns += [("assistant", A2), ("user", U3)]
blocks.append(("5/14/2024, 9:47:30 PM", prompt(turns)))
out = ["reem@qiraa-lab:~$ lms log stream", "I Streaming logs from LM Studio", ""]
for ts, inp in blocks:
    out += [f"timestamp: {ts}", "type: llm.prediction.input", f"modelIdentifier: {MODEL}", f"modelPath: {MODEL}", f'input: "{inp}"', ""]
out += ["^C", "reem@qiraa-lab:~$ "]
text = "\n".join(out) + "\n"
write_only(F1310, text, keys(F1310))
