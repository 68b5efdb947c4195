#!/usr/bin/env python3
"""1007: what Basecamp 3's API answered to `GET /buckets/31842277/todolists/6620184093/todos.json` for a Russian ML
platform team (a cron script saves it with curl -o before the Monday meeting): one line of Rails JSON as ActiveSupport
encodes it (compact, no final newline, UTF-8 written raw, `<` `>` `&` escaped as `\\u003c` `\\u003e` `\\u0026`): the
pending to-dos of the list «Чтение: дообучение и сервинг» in the project «ML-платформа», in position order, each with
the API's fields (id, status, visible_to_clients, created_at, updated_at, title, inherits_status, type, url, app_url,
bookmark_url, subscription_url, comments_count, comments_url, position, parent, bucket, creator, description,
completed, content, starts_on, due_on, assignees, completion_subscribers, completion_url); people objects in full.
Descriptions are Basecamp rich text (Trix HTML: div, br, strong, em, a, ul/li). Two to-dos are chores; the vLLM
repository, the vLLM documentation and a meetup recording are not papers; "LoRA" and "vLLM" are nicknames."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

# JSON as Rails' ActiveSupport encodes it (compact, UTF-8 raw, < > & and U+2028 / U+2029 as lowercase \uXXXX)
ESC = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029", '"': '\\"', "\\": "\\\\",
       "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def rails_str(s):
    return '"' + "".join(ESC.get(c, c if ord(c) >= 0x20 else "\\u%04x" % ord(c)) for c in s) + '"'


def rails_json(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return rails_str(v)
    if isinstance(v, list): return "[" + ",".join(map(rails_json, v)) + "]"
    return "{" + ",".join(rails_str(k) + ":" + rails_json(x) for k, x in v.items()) + "}"

F = by_num(1007)
K = dict(adalora="2303.10512", paged="2309.06180", unified="2110.04366", tfew="2205.05638", ulmfit="1801.06146",
         bitfit="2106.10199", instruct="2203.02155", adamw="1711.05101")
ACC, BUCKET, LIST = 5839201, 31842277, 6620184093
API, APP = f"https://3.basecampapi.com/{ACC}", f"https://3.basecamp.com/{ACC}"
def sgid(kind, n):
    h = hashlib.sha1(f"{kind}{n}".encode()).hexdigest()
    import base64
    gid = f"gid://bc3/{kind}/{n}?expires_in"
    purpose = "attachable" if kind == "Person" else "readable"
    raw = (b"\x04\x08{\x08I\"\x08gid\x06:\x06ETI\"" + bytes([len(gid) + 5]) + gid.encode() + b"\x06;\x00TI\"\x0cpurpose\x06;\x00TI\""
           + bytes([len(purpose) + 5]) + purpose.encode() + b"\x06;\x00TI\"\x0fexpires_at\x06;\x00T0")
    b = base64.b64encode(raw).decode()
    return b + "--" + h


PEOPLE = {
    1049301877: ("Анна Морозова", "a.morozova@severkod.example", "Руководитель ML-платформы", "2021-09-13T08:02:11.402Z", True),
    1049302215: ("Дмитрий Волков", "d.volkov@severkod.example", "Инженер по инференсу", "2021-09-13T08:40:57.118Z", False),
    1049318840: ("Екатерина Лебедева", "e.lebedeva@severkod.example", "ML-инженер", "2022-02-01T09:15:30.661Z", False),
    1049355102: ("Сергей Новиков", "s.novikov@severkod.example", "Исследователь", "2023-06-05T07:58:04.290Z", False),
}


def person(i):
    name, mail, title, created, admin = PEOPLE[i]
    av = hashlib.sha1(str(i).encode()).hexdigest()
    return {"id": i, "attachable_sgid": sgid("Person", i), "name": name, "email_address": mail, "personable_type": "User",
            "title": title, "bio": None, "location": "Санкт-Петербург", "created_at": created, "updated_at": created,
            "admin": admin, "owner": admin, "client": False, "employee": True, "time_zone": "Europe/Moscow",
            "avatar_url": f"https://3.basecamp-static.com/{ACC}/people/BAhpBH{av[:6]}=--{av}/avatar?v=1",
            "company": {"id": 1033781650, "name": "Северный Код"}, "can_ping": True, "can_manage_projects": admin,
            "can_manage_people": admin, "can_access_timesheet": admin, "can_access_hill_charts": True}


todos = []


def todo(i, title, desc, by, created, updated, assignees=(), due=None, starts=None, comments=0):
    todos.append({
        "id": i, "status": "active", "visible_to_clients": False, "created_at": created, "updated_at": updated,
        "title": title, "inherits_status": True, "type": "Todo", "url": f"{API}/buckets/{BUCKET}/todos/{i}.json",
        "app_url": f"{APP}/buckets/{BUCKET}/todos/{i}",
        "bookmark_url": f"{API}/my/bookmarks/{sgid('Recording', i)}.json",
        "subscription_url": f"{API}/buckets/{BUCKET}/recordings/{i}/subscription.json", "comments_count": comments,
        "comments_url": f"{API}/buckets/{BUCKET}/recordings/{i}/comments.json", "position": len(todos) + 1,
        "parent": {"id": LIST, "title": "Чтение: дообучение и сервинг", "type": "Todolist",
                   "url": f"{API}/buckets/{BUCKET}/todolists/{LIST}.json", "app_url": f"{APP}/buckets/{BUCKET}/todolists/{LIST}"},
        "bucket": {"id": BUCKET, "name": "ML-платформа", "type": "Project"}, "creator": person(by), "description": desc,
        "completed": False, "content": title, "starts_on": starts, "due_on": due, "assignees": [person(a) for a in assignees],
        "completion_subscribers": [], "completion_url": f"{API}/buckets/{BUCKET}/todos/{i}/completion.json"})


AM, DV, EL, SN = 1049301877, 1049302215, 1049318840, 1049355102
todo(7104418821, "Разбор PagedAttention (vLLM) — доклад Дмитрия на семинаре 18.03",
     "<div><strong>" + T(K["paged"]) + "</strong><br>PDF: <a href=\"https://arxiv.org/pdf/2309.06180\">arxiv.org/pdf/2309.06180</a></div>"
     "<div><br></div><div>Что хотим понять: откуда берётся фрагментация KV-кэша у нас на стенде и сколько памяти мы теряем "
     "при batch &gt; 32.<br>Код: <a href=\"https://github.com/vllm-project/vllm\">github.com/vllm-project/vllm</a> (репозиторий, не статья).</div>",
     AM, "2024-02-26T07:41:09.218Z", "2024-03-06T12:03:55.640Z", [DV], due="2024-03-18", comments=3)
todo(7104420377, "Прочитать AdaLoRA и сравнить с нашим LoRA-пайплайном",
     "<div>Статья: <a href=\"https://arxiv.org/abs/2303.10512\">" + T(K["adalora"]) + "</a></div>"
     "<div>Вопрос: даёт ли адаптивный ранг выигрыш на 7B-моделях при бюджете r=8? Прогнать на задаче классификации "
     "обращений, сравнить с обычным LoRA по качеству и времени обучения.</div>",
     AM, "2024-02-26T07:44:31.902Z", "2024-02-29T15:20:12.377Z", [EL], due="2024-03-22", comments=1)
todo(7104425640, "Unified view: адаптеры vs prefix tuning vs LoRA — свести в одну таблицу",
     "<div>«" + T(K["unified"]) + "», He et al., ICLR 2022 — <a href=\"https://openreview.net/forum?id=0RDcd5Axok\">OpenReview</a> "
     "(там же рецензии, полезно почитать).</div><div><br></div><div>Таблица: куда вставляется модификация "
     "(attention / FFN), какая функция, последовательно или параллельно, сколько обучаемых параметров.</div>",
     EL, "2024-02-27T10:02:47.115Z", "2024-02-27T10:02:47.115Z", [EL, SN], due="2024-03-25")
todo(7104431196, "(IA)³ / T-Few — проверить на классификации тикетов поддержки",
     "<div><em>" + T(K["tfew"]) + "</em> (arXiv:2205.05638)</div>"
     "<div>Сравнить с few-shot промптингом по стоимости инференса: у нас 40 тыс. запросов в день, "
     "длинный промпт с примерами обходится дорого.</div>",
     SN, "2024-02-28T08:19:03.554Z", "2024-03-04T09:47:26.031Z", [SN], due="2024-04-01", comments=2)
todo(7104437752, "Классика по дообучению для новичков (Марина, Игорь)",
     "<div>Прочитать до конца испытательного срока, в этом порядке:</div>"
     "<ul><li>" + T(K["ulmfit"]) + " — с чего всё началось: discriminative fine-tuning, постепенная разморозка</li>"
     "<li>" + T(K["bitfit"]) + " — обучаем только bias, и этого почти хватает</li></ul>"
     "<div>Ссылки не прикладываю — найдутся по названию.</div>",
     AM, "2024-02-29T13:30:44.870Z", "2024-03-01T08:12:19.446Z", [], due=None)
todo(7104440018, "Перечитать перед планированием RLHF-этапа",
     "<div>" + T(K["instruct"]) + " — разделы 3 и 4 (сбор демонстраций, reward model, PPO-ptx).</div>"
     "<div>Анна просит оценку: сколько разметчиков нужно на 10 тыс. сравнений &amp; сколько это стоит.</div>",
     AM, "2024-03-01T08:15:58.302Z", "2024-03-05T16:44:10.909Z", [AM, SN], due="2024-03-29", comments=4)
todo(7104446931, "Проверить weight decay в конфигах оптимизатора",
     "<div>Мы используем torch.optim.AdamW, но в половине конфигов weight_decay=0.0, а в старых — Adam с L2 в лоссе.</div>"
     "<div>См. <strong>" + T(K["adamw"]) + "</strong> (Loshchilov &amp; Hutter): для Adam L2-регуляризация и weight decay "
     "— не одно и то же.</div>",
     DV, "2024-03-04T11:27:36.148Z", "2024-03-04T11:27:36.148Z", [DV], due="2024-03-15")
todo(7104452207, "Обновить образ инференса на стенде до vLLM 0.3.3",
     "<div>Не статья — техническая задача. Документация: <a href=\"https://docs.vllm.ai/en/latest/\">docs.vllm.ai</a>. "
     "После обновления прогнать нагрузочный тест (&lt;200 мс p95 на 512 токенов).</div>",
     DV, "2024-03-05T09:03:12.671Z", "2024-03-07T14:58:40.225Z", [DV], due="2024-03-12", starts="2024-03-11")
todo(7104458350, "Записать демо для внутреннего митапа",
     "<div>Запись прошлого митапа: <a href=\"https://vk.com/video-218834470_456239102\">VK Видео</a>. "
     "В этот раз — 15 минут про LoRA-адаптеры в проде, без статей.</div>",
     EL, "2024-03-06T07:55:21.083Z", "2024-03-06T07:55:21.083Z", [EL], due="2024-03-28")
text = rails_json(todos)
write_only(F, text, keys(F), [t["description"] + "\n" + t["title"] for t in todos])
