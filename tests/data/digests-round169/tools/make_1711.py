#!/usr/bin/env python3
"""1711: a Russian ML engineer's massCode library file (massCode: an open-source snippet manager; v2 keeps everything in
one `db.json` written by lowdb as JSON.stringify(data, null, 2)): folders, snippets with fragments (label, language,
value), tags, createdAt/updatedAt in ms. Snippets hold Python, JSON and Markdown fragments with Russian comments on
quantised inference and training systems. Ids are 8-character nanoid-like strings derived from hashes; every
timestamp is derived from a modelled creation date plus edits."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1711)
ABC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"


def nid(seed):
    h = hashlib.sha256(("mc:" + seed).encode()).digest()
    return "".join(ABC[b & 63] for b in h[:8])


BASE = 1699000000000
FOLDERS = [("Инференс", "python"), ("Обучение", "python"), ("Разное", "bash")]
TAGS = ["квантизация", "llm", "deepspeed", "moe", "чтение"]
GPTQ = f'''# {T("2210.17323")}
# https://arxiv.org/abs/2210.17323
# 4 бита, group_size=128, act_order — так лучше всего на наших 7B
from transformers import AutoModelForCausalLM, AutoTokenizer, GPTQConfig

model_id = "models/ru-7b-instruct"
tok = AutoTokenizer.from_pretrained(model_id)
cfg = GPTQConfig(bits=4, group_size=128, desc_act=True, dataset="c4", tokenizer=tok)
model = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto", quantization_config=cfg)
model.save_pretrained("models/ru-7b-instruct-gptq-4bit")
'''
INT8 = f'''# {T("2208.07339")}
# https://arxiv.org/pdf/2208.07339v2
# выбросы (>6.0) считаются в fp16, остальное в int8; на A100 медленнее fp16 примерно на 15-20%
from transformers import AutoModelForCausalLM, BitsAndBytesConfig

bnb = BitsAndBytesConfig(load_in_8bit=True, llm_int8_threshold=6.0)
model = AutoModelForCausalLM.from_pretrained("models/ru-13b", device_map="auto", quantization_config=bnb)
print(model.get_memory_footprint() / 2**30, "GiB")
'''
ZERO_JSON = '''{
  "train_micro_batch_size_per_gpu": 4,
  "gradient_accumulation_steps": 8,
  "bf16": {"enabled": true},
  "zero_optimization": {
    "stage": 3,
    "overlap_comm": true,
    "contiguous_gradients": true,
    "offload_optimizer": {"device": "cpu", "pin_memory": true},
    "stage3_gather_16bit_weights_on_model_save": true
  }
}
'''
ZERO_MD = f'''Статья: [{T("1910.02054")}](https://arxiv.org/abs/1910.02054)

- stage 1 — шардирование состояний оптимизатора, 2 — плюс градиенты, 3 — плюс сами параметры;
- offload на CPU спасает на 4×A100 40GB, но шаг медленнее примерно вдвое;
- документация DeepSpeed по конфигу — в закладках.
'''
SWITCH = f'''import torch
import torch.nn.functional as F


def top1_route(x, w_gate, capacity_factor=1.25):
    """Маршрутизация top-1 как в {T("2101.03961")}.

    x: [tokens, d], w_gate: [d, n_experts]. Возвращает индекс эксперта, вес и маску переполнения.
    """
    logits = x @ w_gate
    probs = F.softmax(logits, dim=-1)
    gate, expert = probs.max(dim=-1)
    n_exp = w_gate.shape[1]
    capacity = int(capacity_factor * x.shape[0] / n_exp)
    pos = torch.cumsum(F.one_hot(expert, n_exp), dim=0)[torch.arange(x.shape[0]), expert]
    keep = pos <= capacity
    # вспомогательная потеря балансировки: n_exp * sum(f_i * P_i)
    frac = F.one_hot(expert, n_exp).float().mean(0)
    aux = n_exp * (frac * probs.mean(0)).sum()
    return expert, gate * keep, aux
'''
FUNNEL = '''import torch.nn.functional as F


def funnel_pool(h, mask, stride=2):
    """h: [batch, seq, d] -> [batch, seq // stride, d]; mask сжимается так же."""
    h = F.avg_pool1d(h.transpose(1, 2), stride, stride).transpose(1, 2)
    mask = mask[:, ::stride]
    return h, mask
'''
HF = f'''# загрузка любой модели с хаба одной строкой; ссылка для отчёта:
# {T("1910.03771")}
from transformers import pipeline

gen = pipeline("text-generation", model="models/ru-7b-instruct-gptq-4bit", device_map="auto")
print(gen("Кратко объясни, что такое квантизация весов:", max_new_tokens=64)[0]["generated_text"])
'''
READ_MD = f'''Что почитать до созвона с Артёмом:

1. {T("2103.14636")} — обзор, глава про квантизацию и дистилляцию.
2. {T("2105.06548")} — Expire-Span, для задачи с длинными логами поддержки.
3. Блог-пост Тима Деттмерса про выбор GPU (не статья, но полезно).
'''
SSH = '''ssh -N -L 8888:localhost:8888 gpu02.lab.example.ru
'''
# (name, folder, tags, description, fragments [(label, lang, value)], created day, edits (minutes), favorite, deleted)
SNIPPETS = [
    ("GPTQ: квантизация 7B в 4 бита", 0, [0, 1], None, [("Fragment 1", "python", GPTQ)], 3, 42, True, False),
    ("LLM.int8 через bitsandbytes", 0, [0, 1], None, [("Fragment 1", "python", INT8)], 5, 7, False, False),
    ("DeepSpeed ZeRO-3 конфиг", 1, [2], "Конфиг для 13B на 4×A100 40GB",
     [("Fragment 1", "json", ZERO_JSON), ("Fragment 2", "markdown", ZERO_MD)], 9, 1440, True, False),
    ("Switch: маршрутизация top-1", 1, [3], None, [("Fragment 1", "python", SWITCH)], 12, 95, False, False),
    ("Funnel pooling", 1, [], f"Пулинг по последовательности из {T('2006.03236')} (arXiv:2006.03236), "
     "stride 2 между блоками энкодера", [("Fragment 1", "python", FUNNEL)], 14, 0, False, False),
    ("pipeline() для быстрой проверки", 0, [1], None, [("Fragment 1", "python", HF)], 15, 3, False, False),
    ("Почитать про ускорение трансформеров", 2, [4], None, [("Fragment 1", "markdown", READ_MD)], 21, 600, False, False),
    ("туннель к jupyter на gpu02", 2, [], None, [("Fragment 1", "bash", SSH)], 1, 0, False, True),
]


def build():
    folders = [{"name": n, "defaultLanguage": lang, "parentId": None, "isOpen": i != 2, "isSystem": False,
                "createdAt": BASE + i * 60000, "updatedAt": BASE + i * 60000 + 5000, "icon": None,
                "id": nid("f" + n), "index": i} for i, (n, lang) in enumerate(FOLDERS)]
    tags = [{"name": n, "createdAt": BASE + 86400000 + i * 1000, "updatedAt": BASE + 86400000 + i * 1000, "id": nid("t" + n)}
            for i, n in enumerate(TAGS)]
    snips = []
    for i, (name, fo, tg, desc, frags, day, edit, fav, dele) in enumerate(SNIPPETS):
        c = BASE + day * 86400000 + 3600000 * (9 + i) + 137 * i
        snips.append({"name": name, "folderId": folders[fo]["id"], "isDeleted": dele, "isFavorites": fav,
                      "tagsIds": [tags[t]["id"] for t in tg], "description": desc,
                      "content": [{"label": l, "language": lang, "value": v} for l, lang, v in frags],
                      "createdAt": c, "updatedAt": c + edit * 60000, "id": nid("s" + name)})
    return json.dumps({"folders": folders, "snippets": snips, "tags": tags}, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F), forms=["\n".join(s["content"][k]["value"] for s in json.loads(txt)["snippets"] for k in range(len(s["content"])))])
