#!/usr/bin/env python3
"""1417: a Ukrainian course syllabus (робоча програма навчальної дисципліни) kept as a Word 97–2003 .doc and turned
into text with antiword (`antiword -m UTF-8.txt robocha_prohrama_GNOPM_2024.doc > …txt`): paragraphs filled to 76
columns, centred paragraphs padded with spaces, an empty paragraph as an empty line, the logo as `[pic]`, Word's list
numbers and bullets kept, tables as rows of `|`-separated cells padded to the column widths (a cell's text wrapped
inside its column, so one row may take several lines). Word's typographic apostrophe (’) and «» kept. Hours, credits
and points are computed from the modelled rows. Not papers: the Goodfellow and Jurafsky–Martin books, an invented
Ukrainian textbook and article, the HF course, CS224N, the PyTorch docs, the UberText corpus, Moodle; LSTM, GRU,
seq2seq, GPT, BERT, ULMFiT, Transformer are also written as names of models."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, au
from make_expected import F1417, keys, BACKPROP, LSTM, GPT1

W = 76
out = []


def par(s, indent=""):
    out.extend(textwrap.wrap(s, W, initial_indent=indent, subsequent_indent="", break_long_words=False,
                             break_on_hyphens=False) or [""])
    out.append("")


def centre(*lines):
    for l in lines:
        out.append(" " * ((W - len(l)) // 2) + l)
    out.append("")


def table(rows, widths):
    for r in rows:
        cells = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""] for c, w in zip(r, widths)]
        for i in range(max(map(len, cells))):
            out.append("|" + "|".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)) + "|")
    out.append("")


out += [" " * 35 + "[pic]", ""]
centre("МІНІСТЕРСТВО ОСВІТИ І НАУКИ УКРАЇНИ",
       "Придніпровський університет інформаційних технологій",
       "Факультет комп’ютерних наук і систем",
       "Кафедра інтелектуальних систем")
table([["", "«ЗАТВЕРДЖУЮ»"], ["", "Завідувач кафедри інтелектуальних систем"],
       ["", "____________ Олена КОВАЛЬЧУК"], ["", "«___» ____________ 2024 р."]], [34, 41])
centre("РОБОЧА ПРОГРАМА НАВЧАЛЬНОЇ ДИСЦИПЛІНИ",
       "«Глибинне навчання для обробки природної мови»")
table([["рівень вищої освіти", "другий (магістерський)"],
       ["галузь знань", "12 Інформаційні технології"],
       ["спеціальність", "122 Комп’ютерні науки"],
       ["освітньо-професійна програма", "Штучний інтелект та аналіз даних"],
       ["вид дисципліни", "вибіркова"],
       ["мова викладання", "українська"]], [30, 45])
centre("Дніпро – 2024")
par("Робоча програма навчальної дисципліни «Глибинне навчання для обробки природної мови» для здобувачів "
    "вищої освіти другого (магістерського) рівня за спеціальністю 122 Комп’ютерні науки.")
par("Розробник: Мельник Андрій Петрович, кандидат технічних наук, доцент кафедри інтелектуальних систем.")
par("Робочу програму схвалено на засіданні кафедри інтелектуальних систем. Протокол № 1 від «29» серпня "
    "2024 р.")

LEC, LAB, SELF = 32, 32, 56
CRED = 4
par("1. Опис навчальної дисципліни")
table([["Найменування показників", "Характеристика навчальної дисципліни (денна форма навчання)"],
       ["Кількість кредитів ЄКТС", str(CRED)],
       ["Загальна кількість годин", str(CRED * 30)],
       ["Рік підготовки / семестр", "1-й / 1-й"],
       ["Лекції", f"{LEC} год."],
       ["Лабораторні заняття", f"{LAB} год."],
       ["Самостійна робота", f"{SELF} год."],
       ["Вид контролю", "екзамен"]], [30, 45])
assert LEC + LAB + SELF == CRED * 30

par("2. Мета та завдання навчальної дисципліни")
par("Мета дисципліни – сформувати у здобувачів знання сучасних нейромережевих методів обробки природної мови "
    "та вміння застосовувати їх до українськомовних текстів: від рекурентних мереж і моделей "
    "«послідовність-у-послідовність» до трансформерів і попередньо навчених мовних моделей.")
par("Завдання дисципліни:")
for s in ["ознайомити з принципами навчання нейронних мереж методом зворотного поширення помилки;",
          "вивчити рекурентні архітектури (RNN, LSTM, GRU) та механізм уваги;",
          "опанувати архітектуру Transformer і підходи до попереднього навчання (ULMFiT, GPT, BERT);",
          "навчитися донавчати попередньо навчені моделі для класифікації, розпізнавання іменованих сутностей і "
          "машинного перекладу українською мовою;",
          "сформувати навички критичного читання наукових статей з обробки природної мови."]:
    par(s, "•   ")
par("Програмні результати навчання: ПРН 3, ПРН 7, ПРН 11, ПРН 14 (відповідно до освітньо-професійної "
    "програми).")

par("3. Програма навчальної дисципліни")
TOPICS = [
 ("Змістовий модуль 1. Рекурентні нейронні мережі", [
  ("Тема 1. Нейронні мережі та метод зворотного поширення помилки.",
   "Багатошаровий перцептрон, функції втрат, обчислювальний граф, автоматичне диференціювання. Класична "
   "стаття Румельхарта, Гінтона та Вільямса [4]. Векторні подання слів.", 18, 4, 4, 10),
  ("Тема 2. Рекурентні мережі, LSTM і GRU.",
   "Проблема зникання градієнта, комірка LSTM [5], GRU, двонапрямлені мережі, мовне моделювання на рівні "
   "символів і слів.", 20, 6, 6, 8),
  ("Тема 3. Моделі «послідовність-у-послідовність» і механізм уваги.",
   "Кодувальник-декодувальник [6], увага Багданау [7], пошук променем (beam search), оцінювання "
   "машинного перекладу (BLEU, chrF).", 22, 6, 6, 10)]),
 ("Змістовий модуль 2. Трансформери та попередньо навчені моделі", [
  ("Тема 4. Архітектура Transformer.",
   "Самоувага, багатоголова увага, позиційне кодування, нормалізація шарів [8]. Складність за довжиною "
   "послідовності.", 20, 6, 6, 8),
  ("Тема 5. Попереднє навчання мовних моделей.",
   "Перенесення навчання в NLP: ULMFiT [9], GPT [10], BERT [11]. Токенізація BPE і WordPiece для "
   "української мови [12].", 22, 6, 6, 10),
  ("Тема 6. Великі мовні моделі: практичні аспекти.",
   "Донавчання, оцінювання, етичні питання. Огляд відкритих моделей з підтримкою української мови.",
   18, 4, 4, 10)]),
]
for mod, ts in TOPICS:
    par(mod)
    for t, d, *_ in ts:
        par(t + " " + d)

par("4. Структура навчальної дисципліни")
rows = [["Назви змістових модулів і тем", "Усього", "Лекції", "Лаб.", "Сам. роб."]]
for mod, ts in TOPICS:
    rows.append([mod, "", "", "", ""])
    for t, d, a, b, c, e in ts:
        assert a == b + c + e, t
        rows.append([t.split(".")[0] + "." + t.split(".", 1)[1].split(".")[0], str(a), str(b), str(c), str(e)])
    rows.append(["Разом за змістовим модулем " + mod.split(".")[0].split()[-1],
                 *(str(sum(x[i] for x in ts)) for i in range(2, 6))])
tot = [sum(x[i] for _, ts in TOPICS for x in ts) for i in range(2, 6)]
assert tot == [CRED * 30, LEC, LAB, SELF], tot
rows.append(["Усього годин", *map(str, tot)])
table(rows, [40, 8, 8, 7, 9])

par("5. Теми лабораторних занять")
LABS = ["Реалізація зворотного поширення помилки для двошарової мережі (NumPy)",
        "Мовна модель на основі LSTM для корпусу українських новин",
        "Модель seq2seq з увагою для транслітерації",
        "Оцінювання машинного перекладу: BLEU, chrF, людська оцінка",
        "Реалізація блоку Transformer з нуля (PyTorch)",
        "Донавчання BERT-подібної моделі для класифікації відгуків",
        "Розпізнавання іменованих сутностей в українських текстах",
        "Захист міні-проєкту"]
table([["№ з/п", "Назва теми", "Кількість годин"]] + [[str(i + 1), s, "4"] for i, s in enumerate(LABS)]
      + [["", "Разом", str(4 * len(LABS))]], [6, 52, 16])
assert 4 * len(LABS) == LAB

par("6. Самостійна робота")
par("Самостійна робота включає опрацювання лекційного матеріалу, підготовку до лабораторних занять, "
    "читання та реферування наукових статей зі списку допоміжної літератури (дві статті на вибір, "
    "реферат до 3 сторінок), виконання міні-проєкту.")

par("7. Методи навчання")
par("Лекції з мультимедійним супроводом, лабораторні роботи в Google Colab, обговорення наукових статей, "
    "консультації (дистанційно через Moodle і Google Meet).")

par("8. Методи контролю")
par("Поточний контроль: захист лабораторних робіт, тестування в Moodle, реферат. Підсумковий контроль: "
    "письмовий екзамен.")

par("9. Розподіл балів, які отримують здобувачі вищої освіти")
PTS = [("Т1", 5), ("Т2", 8), ("Т3", 8), ("Т4", 8), ("Т5", 8), ("Т6", 5), ("Реферат", 8), ("Екзамен", 50)]
assert sum(p for _, p in PTS) == 100
table([[n for n, _ in PTS] + ["Сума"], [str(p) for _, p in PTS] + ["100"]], [7, 7, 7, 7, 7, 7, 8, 8, 6])
par("Шкала оцінювання: національна та ECTS")
table([["Сума балів за всі види навчальної діяльності", "Оцінка ECTS", "Оцінка за національною шкалою"],
       ["90 – 100", "A", "відмінно"], ["82 – 89", "B", "добре"], ["74 – 81", "C", "добре"],
       ["64 – 73", "D", "задовільно"], ["60 – 63", "E", "задовільно"],
       ["35 – 59", "FX", "незадовільно з можливістю повторного складання"],
       ["0 – 34", "F", "незадовільно з обов’язковим повторним вивченням дисципліни"]], [26, 12, 36])

par("10. Рекомендована література")
par("Базова")
LIT = [
 "Goodfellow I., Bengio Y., Courville A. Deep Learning. Cambridge (MA) : MIT Press, 2016. 800 p. URL: "
 "https://www.deeplearningbook.org/ (дата звернення: 28.08.2024).",
 "Jurafsky D., Martin J. H. Speech and Language Processing. 3rd ed. draft. 2024. URL: "
 "https://web.stanford.edu/~jurafsky/slp3/ (дата звернення: 28.08.2024).",
 "Литвиненко В. І., Бондар О. С. Нейронні мережі та глибинне навчання : навч. посіб. Дніпро : Вид-во ПУІТ, "
 "2021. 312 с.",
 f"Rumelhart D. E., Hinton G. E., Williams R. J. {BACKPROP}. Nature. 1986. Vol. 323, no. 6088. P. 533–536.",
 f"Hochreiter S., Schmidhuber J. {LSTM}. Neural Computation. 1997. Vol. 9, no. 8. P. 1735–1780.",
 f"Sutskever I., Vinyals O., Le Q. V. {T('1409.3215')}. 2014. URL: https://arxiv.org/abs/1409.3215 "
 "(дата звернення: 28.08.2024).",
 f"Bahdanau D., Cho K., Bengio Y. {T('1409.0473')}. arXiv:1409.0473. 2014. 15 p.",
 f"Vaswani A., Shazeer N., Parmar N. et al. {T('1706.03762')}. 2017. URL: https://arxiv.org/pdf/1706.03762.pdf "
 "(дата звернення: 28.08.2024).",
 f"Howard J., Ruder S. {T('1801.06146')}. 2018. URL: https://arxiv.org/abs/1801.06146 (дата звернення: "
 "28.08.2024).",
 f"Radford A., Narasimhan K., Salimans T., Sutskever I. {GPT1}. OpenAI, 2018. 12 p. URL: "
 "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf (дата "
 "звернення: 28.08.2024).",
 f"Devlin J., Chang M.-W., Lee K., Toutanova K. {T('1810.04805')}. 2018. URL: https://arxiv.org/abs/1810.04805 "
 "(дата звернення: 28.08.2024).",
 "Ткаченко О. М., Гнатюк І. В. Токенізація українськомовних текстів для трансформерних моделей. Вісник "
 "ПУІТ. Серія: Комп’ютерні науки. 2023. № 2. С. 41–53.",
]
for i, s in enumerate(LIT):
    if i == 3: par("Допоміжна")
    par(s, f"{i + 1}. ")
par("11. Інформаційні ресурси")
for i, s in enumerate([
        "Hugging Face NLP Course. URL: https://huggingface.co/learn/nlp-course",
        "Stanford CS224N: Natural Language Processing with Deep Learning. URL: https://web.stanford.edu/class/cs224n/",
        "PyTorch Documentation. URL: https://pytorch.org/docs/stable/",
        "Корпус UberText 2.0. URL: https://lang.org.ua/uk/corpora/",
        "Дистанційний курс у Moodle ПУІТ. URL: https://moodle.puit.example.edu.ua/course/view.php?id=2417"]):
    par(s, f"{i + 1}. ")
write_only(F1417, "\n".join(out), keys(F1417))
