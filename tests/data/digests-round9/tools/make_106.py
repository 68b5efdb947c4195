#!/usr/bin/env python3
"""Builds digests/106_telegram_llm_chat_result.json, a Telegram Desktop chat export (result.json).

Telegram Desktop writes `text` as a plain string when a message has no formatting, or as a list mixing plain
strings and entity objects ({"type": "link"|"text_link"|"bold"|"italic"|"hashtag"|"mention"|"code", "text": …,
"href" for text_link}); `text_entities` always lists every piece as an object (plain pieces as {"type": "plain"}).
The file is indented by one space, non-ASCII is written as is, and `date_unixtime` is the UTC epoch of the local
`date` (the exporting machine was on Moscow time, UTC+3)."""
import json, os
from datetime import datetime, timedelta, timezone

MSK = timezone(timedelta(hours=3))
USERS = {
    "Ilya Sorokin": "user183402211",
    "Anya K.": "user5120938812",
    "Pavel Grin": "user402288716",
    "Daria Volkova": "user6034411907",
    "Kirill M.": "user97211054",
}
msgs = []


def ts(d):
    return str(int(datetime.fromisoformat(d).replace(tzinfo=MSK).timestamp()))


def pieces(parts):
    """parts: a str (no formatting) or a list of str / (type, text[, href]) tuples."""
    if not isinstance(parts, str) and all(isinstance(p, str) for p in parts):
        parts = "".join(parts)
    if isinstance(parts, str):
        return parts, ([{"type": "plain", "text": parts}] if parts else [])
    text, ents = [], []
    for p in parts:
        if isinstance(p, str):
            text.append(p)
            ents.append({"type": "plain", "text": p})
        else:
            o = {"type": p[0], "text": p[1]}
            if p[0] == "text_link":
                o["href"] = p[2]
            if p[0] == "mention_name":
                o["user_id"] = p[2]
            text.append(o)
            ents.append(dict(o))
    return text, ents


def msg(i, date, who, parts, **extra):
    text, ents = pieces(parts)
    m = {"id": i, "type": "message", "date": date, "date_unixtime": ts(date)}
    if "edited" in extra:
        e = extra.pop("edited")
        m["edited"] = e
        m["edited_unixtime"] = ts(e)
    m["from"] = who
    m["from_id"] = USERS[who]
    for k in ("forwarded_from", "reply_to_message_id", "photo", "photo_file_size", "width", "height", "file",
              "file_name", "file_size", "thumbnail", "thumbnail_file_size", "media_type", "sticker_emoji",
              "mime_type", "poll"):
        if k in extra:
            m[k] = extra.pop(k)
    m["text"] = text
    m["text_entities"] = ents
    if "reactions" in extra:
        m["reactions"] = [{"type": "emoji", "count": n, "emoji": e} for e, n in extra.pop("reactions")]
    assert not extra, extra
    msgs.append(m)


def service(i, date, actor, action, **extra):
    m = {"id": i, "type": "service", "date": date, "date_unixtime": ts(date), "actor": actor,
         "actor_id": USERS.get(actor, "channel1987654321"), "action": action}
    m.update(extra)
    m["text"] = ""
    m["text_entities"] = []
    msgs.append(m)


msg(18231, "2024-03-01T10:15:22", "Ilya Sorokin", [
    "Доброе утро! На встречу в четверг (7 марта) предлагаю начать с классики открытых моделей:\n",
    ("bold", "LLaMA: Open and Efficient Foundation Language Models"), "\n",
    ("link", "https://arxiv.org/abs/2302.13971"), "\nКто готов рассказать? Нужно ~25 минут + вопросы"],
    reactions=[("👍", 4)])
msg(18232, "2024-03-01T10:21:05", "Anya K.",
    "Я могу! Только давайте сразу захватим раздел про данные, там интереснее всего", reply_to_message_id=18231)
msg(18233, "2024-03-01T10:40:48", "Pavel Grin", [
    "Вдогонку, вторая часть: Llama 2: Open Foundation and Fine-Tuned Chat Models — 77 страниц, кто осилит целиком? 😅"],
    file="files/2307.09288v2.pdf", file_name="2307.09288v2.pdf", file_size=13979712,
    thumbnail="files/2307.09288v2.pdf_thumb.jpg", thumbnail_file_size=6120, mime_type="application/pdf")
service(18234, "2024-03-01T11:02:13", "Ilya Sorokin", "invite_members", members=["Daria Volkova"])
msg(18235, "2024-03-01T11:03:40", "Daria Volkova", "Всем привет! Спасибо за инвайт 🙌")
msg(18236, "2024-03-01T11:30:02", "Kirill M.", [
    ("bold", "Universal and Transferable Adversarial Attacks on Aligned Language Models"),
    "\n\nАвторы из CMU подбирают суффикс к запросу градиентным поиском по токенам на открытых моделях — и он "
    "переносится на закрытые чат-боты. Работает пугающе хорошо.\n\n",
    ("text_link", "Статья", "https://arxiv.org/abs/2307.15043"), " · ",
    ("text_link", "Код", "https://github.com/llm-attacks/llm-attacks"), " · ",
    ("text_link", "Демо", "https://llm-attacks.org/"), "\n\n",
    ("hashtag", "#safety"), " ", ("hashtag", "#jailbreak")],
    forwarded_from="Нейросети и котики", reactions=[("🔥", 6), ("🤯", 2)])
msg(18237, "2024-03-01T11:34:51", "Anya K.",
    "Это же GCG, да? Читала летом, атака до сих пор пробивает половину open-source моделей",
    reply_to_message_id=18236)
msg(18238, "2024-03-01T12:02:10", "Ilya Sorokin", [
    "Скрин из обзорной статьи ", ("italic", "A Survey of Large Language Models"),
    " (arXiv:2303.18223), рис. 2 — таймлайн моделей с 2019 года. Удобно распечатать и повесить над столом"],
    photo="photos/photo_41@01-03-2024_12-02-10.jpg", photo_file_size=187334, width=1280, height=719)
msg(18239, "2024-03-01T13:47:33", "Pavel Grin", [
    "Раз уж заговорили про генерацию — база про декодирование: ",
    ("text_link", "The Curious Case of Neural Text Degeneration", "https://arxiv.org/abs/1904.09751"),
    ". Nucleus sampling, top-p — всё оттуда."])
msg(18240, "2024-03-01T13:52:19", "Daria Volkova", [
    "А до этого в GPT-2 было top-k, да? Их отчёт Language Models are Unsupervised Multitask Learners на arXiv так "
    "и не выложили, только pdf: ",
    ("link", "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf")],
    reply_to_message_id=18239)
msg(18241, "2024-03-01T15:10:27", "Kirill M.", [
    "Кстати, кто-нибудь читал OPT: Open Pre-trained Transformer Language Models? Там выложили логбук обучения, "
    "он интереснее самой статьи: ",
    ("link", "https://github.com/facebookresearch/metaseq/tree/main/projects/OPT/chronicles")])
service(18242, "2024-03-01T15:30:00", "Ilya Sorokin", "pin_message", message_id=18231)
msg(18243, "2024-03-02T09:05:44", "Anya K.", [
    "Для мультимодальной встречи (21 марта) кандидаты:\n1. ", ("italic", "Visual Instruction Tuning"),
    " (LLaVA) — ", ("link", "https://llava-vl.github.io/"),
    "\n2. BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models — ",
    ("link", "https://huggingface.co/papers/2301.12597"),
    "\n3. Flamingo, если успеем\nГолосуйте ниже 👇"],
    edited="2024-03-02T09:07:10")
msg(18244, "2024-03-02T09:06:30", "Anya K.", "", poll={
    "question": "Что читаем 21 марта?", "closed": False, "total_voters": 5,
    "answers": [{"text": "LLaVA", "voters": 3, "chosen": True},
                {"text": "BLIP-2", "voters": 2, "chosen": False},
                {"text": "Flamingo", "voters": 0, "chosen": False}]})
msg(18245, "2024-03-02T10:18:02", "Pavel Grin",
    "Ещё из scaling обязательно Training Compute-Optimal Large Language Models (она же Chinchilla). "
    "Без неё половина разговоров про LLaMA непонятна — почему 7B учат на триллионе токенов",
    reactions=[("💯", 3)])
msg(18246, "2024-03-02T10:19:41", "Daria Volkova", "", file="(File not included. Change data exporting settings to download.)",
    file_size=28671, thumbnail="(File not included. Change data exporting settings to download.)",
    thumbnail_file_size=6432, media_type="sticker", sticker_emoji="😂", width=512, height=512)
msg(18247, "2024-03-04T18:55:09", "Kirill M.", [
    "Напоминалка: встреча в чт в 19:00, ссылка на созвон в закрепе. Запись прошлой встречи (про Mixtral и MoE): ",
    ("link", "https://youtu.be/xR4gk2Zq9sE")], edited="2024-03-04T18:56:31")
msg(18248, "2024-03-04T19:20:13", "Ilya Sorokin", [
    ("mention", "@kirill_m"), " читал, да. Можно ещё статью про Mistral разобрать, но там 9 страниц без деталей про данные 🙃 ",
    "Кстати, ", ("code", "tokens_per_param ≈ 20"), " — это как раз из Chinchilla."], reply_to_message_id=18241)
msg(18249, "2024-03-05T08:41:57", "Anya K.", [
    "Выложила слайды по LLaMA: ", ("link", "https://disk.yandex.ru/d/8XqkT2mPq3LzVw"),
    "\nПо голосованию пока лидирует LLaVA 🦙"])

chat = {"name": "LLM Papers · читаем вместе", "type": "private_supergroup", "id": 1987654321, "messages": msgs}
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "106_telegram_llm_chat_result.json"), "w", encoding="utf-8") as fh:
    json.dump(chat, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
