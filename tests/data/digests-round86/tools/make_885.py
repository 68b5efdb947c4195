#!/usr/bin/env python3
"""885: a Teletype (teletype.in) blog post, selected whole in the browser and pasted as plain text into a reading
group's notes: the blog's name and @handle, the title, the date in Russian (`18 марта 2024`), the body as the page
shows it — headings and list items on their own lines (bullets and link targets lost, so only URLs written out as
text survive), a soft line break inside one paragraph that splits a paper title, a quote, hashtags — and the view
counter and "Подписаться" block at the end. A Russian ML engineer's overview of efficient attention and long
context; a GitHub repository, a Telegram channel and a conference talk are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(885)
K = dict(hyena="2302.10866", memf="2010.06891", ref="2001.04451", lin="2006.16236", flash="2202.10447",
         lite="2004.11886", survey="2103.14636", lost="2307.03172")
ref_a, ref_b = T(K["ref"]).split(": ", 1)

text = f"""Кирилл Орлов | заметки ML-инженера
@k_orlov
Длинный контекст без боли: восемь статей про эффективное внимание
18 марта 2024
Каждый раз, когда в чате команды кто-то пишет «а давайте просто увеличим контекст до 128k», я отправляю этот список. Квадратичная сложность self-attention никуда не делась, и ниже — восемь статей, после которых понятно, какие есть обходные пути и чем за них платят.
Сначала обзор
Если читать только одну вещь — это «{T(K['survey'])}» (Fournier, Marceau Caron, Aloise). Там аккуратная таксономия: разреженное внимание, низкоранговые приближения, ядра, память, рекуррентность. Ссылку не даю, обзор легко гуглится, а у меня он лежит в PDF с пометками.
Ядра и линейное внимание
Transformers are RNNs — статья, с которой для меня началось линейное внимание:
{T(K['lin'])}
https://arxiv.org/abs/{K['lin']}
Идея: заменить softmax на скалярное произведение признаковых отображений и переставить скобки. Получаем O(n) и, в авторегрессионном режиме, — RNN.
Дальше Google сделал FLASH (не путать с FlashAttention!): «{T(K['flash'])}», arXiv:{K['flash']}. Там gated attention unit и «смешанное» чанкованное внимание. На практике у нас не взлетело, но разобраться стоит.
Хеширование и память
{ref_a}:
{ref_b}
— LSH-внимание и обратимые слои. Читать лучше версию с OpenReview, там ответы рецензентам проясняют, где именно теряется качество: https://openreview.net/forum?id={OR(K['ref'])}
{T(K['memf'])}
https://openreview.net/forum?id={OR(K['memf'])}
Внешняя память фиксированного размера + memory replay back-propagation, чтобы не хранить все активации. Мне понравилось, но воспроизводить тяжело.
Без внимания вообще
Hyena — свёртки с неявно параметризованными длинными фильтрами вместо внимания:
{T(K['hyena'])}
https://arxiv.org/abs/{K['hyena']}
Для мобильных устройств
Отдельно упомяну «{T(K['lite'])}» (ICLR 2020): часть голов делает свёртку (локальный контекст), часть — внимание (дальний). Старая, но очень практичная статья, если вы деплоите на телефоны.
А работает ли длинный контекст вообще?
И в конце — холодный душ:
«{T(K['lost'])}»
Модели хорошо используют информацию в начале и в конце окна и заметно хуже — в середине. Прежде чем растягивать контекст, проверьте, что ваша модель вообще умеет им пользоваться.
Не статьи, но полезно: репозиторий lucidrains/linear-attention-transformer на GitHub, мой Telegram-канал @k_orlov_notes, где я выкладываю разборы, и доклад про длинный контекст с прошлого Highload++ (запись есть на YouTube).
#attention #transformers #longcontext #llm
1 204 просмотра
Подписаться
Кирилл Орлов | заметки ML-инженера
Пишу про обучение и инференс больших моделей. 2 318 подписчиков
"""
write_only(F, text, keys(F))
