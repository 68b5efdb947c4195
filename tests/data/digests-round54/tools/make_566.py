#!/usr/bin/env python3
"""566 (NEGATIVE): a Telegraph API answer, GET https://api.telegra.ph/getPage/<path>?return_content=true, for a
Kazakh ML community's weekly newsletter page: {"ok":true,"result":{path, url, title, description, author_name,
author_url, image_url, content (Telegraph Node array), views, can_edit}}, compact, with PHP-style escapes (\\/ and
\\uXXXX). Events, tools, a course, jobs — no paper, no catalogue title, nothing arXiv-shaped."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F566

def p(*ch): return {"tag": "p", "children": list(ch)}
def a(href, *ch): return {"tag": "a", "attrs": {"href": href}, "children": list(ch)}
def b(*ch): return {"tag": "strong", "children": list(ch)}
def li(*ch): return {"tag": "li", "children": list(ch)}
content = [
 {"tag": "figure", "children": [{"tag": "img", "attrs": {"src": "/file/6f1c2ab0e4d95b7c3a1e2.png"}}, {"tag": "figcaption", "children": ["Алматыдағы наурыз кездесуінен"]}]},
 p("Сәлем, достар! Бұл — ", b("«Деректер дайджесті»"), " қауымдастығының 11-шығарылымы. Бұл аптада мақала шолуы жоқ: кездесулер, құралдар, курстар мен бос орындар ғана."),
 {"tag": "h3", "children": ["📅 Кездесулер"]},
 {"tag": "ul", "children": [
   li(b("14 наурыз, 19:00"), " — Алматы, «Орталық» коворкингі: жергілікті LLM-дерді қазақ тіліне бейімдеу тәжірибесі (баяндамашы — Айгерім Сапарова). ", a("https://t.me/derek_digest_kz/412", "Тіркелу")),
   li(b("21 наурыз, 18:30"), " — Астана, онлайн-трансляциямен: MLOps бойынша дөңгелек үстел."),
   li(b("30 наурыз"), " — «Дала хакатоны»: ауыл шаруашылығы деректері бойынша 48 сағаттық жарыс. Команда 3–5 адам."),
 ]},
 {"tag": "h3", "children": ["🛠 Құралдар мен жаңартулар"]},
 {"tag": "ul", "children": [
   li("PyTorch-тың жаңа нұсқасы шықты — ", {"tag": "code", "children": ["torch.compile"]}, " енді Windows-та да тұрақтырақ."),
   li("Hugging Face-те қазақша сөйлеу деректер жинағының жаңа нұсқасы жарияланды (лицензиясын тексеріңіздер)."),
   li("Біздің мүшеміз Ерлан жазған ", a("https://github.com/example-kz/kazakh-tokenizer-tools", "kazakh-tokenizer-tools"), " кітапханасы — латын/кирилл транслитерациясы бар."),
 ]},
 {"tag": "h3", "children": ["🎓 Курстар"]},
 p("Наурыздың соңында «Машиналық оқыту негіздері» тегін онлайн-курсының қазақша нұсқасы басталады (8 апта, аптасына 2 дәріс). Тіркелу — ", a("https://courses.example.kz/ml-negizderi", "курс беті"), "."),
 {"tag": "blockquote", "children": ["«Бір аптада бір жаңа нәрсе үйрен — жыл соңында елу екі дағды болады». — оқырманымыз Данияр"]},
 {"tag": "h3", "children": ["💼 Бос орындар"]},
 {"tag": "ol", "children": [
   li(b("Junior Data Scientist"), " — Шымкент, логистика компаниясы, SQL + Python."),
   li(b("ML Engineer (компьютерлік көру)"), " — Алматы, гибрид, жалақы келісім бойынша."),
   li(b("Деректер аннотаторы"), " — қашықтан, қазақ және орыс тілдері, жарты күн."),
 ]},
 {"tag": "h3", "children": ["✉️ Оқырман хаты"]},
 p({"tag": "em", "children": ["«Келесі шығарылымда GPU жалға алу бағаларын салыстыра аласыздар ма?»"]}, " — Иә, сәуірдің басында кесте дайындаймыз."),
 {"tag": "hr"},
 p("Дайджестті достарыңызбен бөлісіңіз. Жаңалық жібергіңіз келсе — ", a("https://t.me/derek_digest_bot", "@derek_digest_bot"), ". Келесі шығарылым — 18 наурызда."),
]
res = {"ok": True, "result": {
  "path": "Derekter-dajdzhesti--11-shygarylym-03-11",
  "url": "https://telegra.ph/Derekter-dajdzhesti--11-shygarylym-03-11",
  "title": "Деректер дайджесті — 11-шығарылым",
  "description": "Сәлем, достар! Бұл — «Деректер дайджесті» қауымдастығының 11-шығарылымы.",
  "author_name": "Деректер дайджесті",
  "author_url": "https://t.me/derek_digest_kz",
  "image_url": "https://telegra.ph/file/6f1c2ab0e4d95b7c3a1e2.png",
  "content": content, "views": 1874, "can_edit": False}}
text = json.dumps(res, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
write(F566, text + "\n", negative=True)
