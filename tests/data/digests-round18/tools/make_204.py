#!/usr/bin/env python3
"""Builds digests/204_fictionbook_fb2_russian_popsci_ai_for_science.fb2: the free preview ("ознакомительный фрагмент")
of an (invented) Russian popular-science book as a FictionBook 2.0 file, the way FictionBook Editor 2.6 saves it:
declaration, <FictionBook> with the fb2 and xlink namespaces, <description> (title-info: genres, author, book-title,
annotation, keywords, date, coverpage, lang, sequence; document-info: author, program-used, date, id, version,
history; publish-info: book-name, publisher, city, year, isbn), a main <body> (book title, "От автора", chapter 1 and
the start of chapter 2 with nested <section>s, an epigraph, <emphasis>/<strong>, <empty-line/>, a <cite>, footnote
references `<a l:href="#n_N" type="note">[N]</a>`), a notes <body name="notes"> with one <section id="n_N"> per
footnote, and the cover as a base64 <binary> (PNG). Indented with one space per level, CRLF line ends as the editor
writes them on Windows.

Evidence: arXiv abs links in footnotes (GAN, FNO) and an arXiv pdf link (EigenGame) (link); "arXiv:1512.03385" and
"arXiv:2011.03459" in footnotes (arxiv-text); titles in «…» inside Russian prose and in footnotes (title-only: LeNet,
AlphaGo Zero and AlphaFold not on arXiv, the on-policy study, evolving RL, MeshGraphNets, Graphormer). Non-papers: the
Russian edition of the Deep Learning book, the AlphaFold code repository and database, a MeshGraphNets video page, a
course, the publisher's shop page. LeNet-5, ResNet, AlphaGo, AlphaGo Zero, AlphaFold 2, MeshGraphNets, Graphormer,
"Generative Adversarial Nets" (the NIPS name of the GAN paper, named in its footnote) are nicknames or the same paper.
Book, author, publisher, ISBN, ids and dates are invented."""
import base64, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor
from png import boxes

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "204_fictionbook_fb2_russian_popsci_ai_for_science.fb2")


def isbn13(base12):
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


ISBN = isbn13("978591657042")
ISBN_TXT = f"{ISBN[:3]}-{ISBN[3]}-{ISBN[4:9]}-{ISBN[9:12]}-{ISBN[12]}"


def N(k):
    return f'<a l:href="#n_{k}" type="note">[{k}]</a>'


def A(url, text=None):
    return f'<a l:href="{escape(url)}">{escape(text or url)}</a>'


# main body: ("title", [lines]) / ("p", xml) / ("section", title, [items]) / ("epigraph", [p], author) / ("empty",) / ("cite", [p], author)
PREFACE = [
    "Эта книга выросла из цикла лекций, который я читал в 2021–2022 годах студентам-физикам и биологам. Меня часто спрашивали: с чего начать, если хочется понять, "
    "как нейронные сети попали в лабораторию? Вместо учебника я предлагаю прогулку по двум десяткам статей — от распознавания рукописных цифр до предсказания "
    "структуры белков.",
    "Ссылки на оригинальные работы собраны в примечаниях в конце фрагмента. Многие из них свободно доступны на arXiv; там, где статья вышла только в журнале, "
    "я указываю журнал и страницы.",
    "Формул в книге почти нет. Там, где без них не обойтись, они вынесены в отдельные врезки, которые можно смело пропустить.",
]

CH1 = [
    ("section", "Цифры на конвертах", [
        "Историю глубокого обучения обычно начинают с 2012 года, но мне больше нравится 1998-й. В том году Ян Лекун, Леон Ботту, Йошуа Бенджио и Патрик Хаффнер "
        "опубликовали длинную, почти на пятьдесят страниц, статью «Gradient-Based Learning Applied to Document Recognition»" + N(1) + ". Описанная в ней сеть LeNet-5 "
        "читала рукописные цифры на банковских чеках и почтовых конвертах, и читала их в промышленных масштабах.",
        "Идея свёрточной сети проста: один и тот же маленький фильтр прикладывается ко всем участкам изображения. Сеть не обязана заново учиться узнавать "
        "завиток «двойки» в каждом углу картинки.",
        "Следующий большой скачок случился в конце 2015 года. Остаточные сети, <emphasis>ResNet</emphasis>, позволили обучать сети глубиной в сотни слоёв: "
        "каждый блок учится не всему преобразованию, а только поправке к своему входу" + N(2) + ". Почти все модели, о которых пойдёт речь дальше, так или иначе "
        "используют этот приём.",
    ]),
    ("section", "Генератор и критик", [
        "В 2014 году аспирант Монреальского университета Иэн Гудфеллоу предложил заставить две сети соревноваться. Одна, генератор, рисует поддельные картинки; "
        "другая, дискриминатор, пытается отличить их от настоящих" + N(3) + ". Легенда гласит, что идея пришла ему в голову в баре, а первая работающая версия "
        "была написана той же ночью.",
        ("cite", ["Генератор похож на фальшивомонетчика, а дискриминатор — на полицию. Соревнование заставляет обоих совершенствоваться, пока подделки не станут "
                  "неотличимы от настоящих денег."], "Из популярного пересказа идеи"),
        "Для науки важнее не картинки, а сама схема: модель, которая учится порождать правдоподобные данные, можно использовать для симуляций, когда настоящих "
        "данных мало.",
    ]),
    ("section", "Партия без учителя", [
        "В марте 2016 года AlphaGo обыграла Ли Седоля. Но для этой книги интереснее то, что было дальше. Через полтора года DeepMind опубликовала в Nature статью "
        "«Mastering the game of Go without human knowledge»" + N(4) + ": новая программа, AlphaGo Zero, не видела ни одной партии, сыгранной людьми, и училась, "
        "играя сама с собой.",
        "Обучение с подкреплением при этом остаётся капризным. Большое исследование «What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical "
        "Study»" + N(5) + " проверило десятки «мелких» решений — нормировку наблюдений, инициализацию, размер шага — на двухстах пятидесяти тысячах обученных агентов. "
        "Вывод отрезвляет: детали, которые в статьях упоминают мимоходом, часто важнее самого алгоритма.",
        "Авторы работы «Evolving Reinforcement Learning Algorithms»" + N(6) + " пошли ещё дальше и поручили поиск самого алгоритма обучения эволюции: функция потерь "
        "записывается как граф вычислений, и этот граф мутирует.",
        "Теория игр подсказала и неожиданный взгляд на классический метод главных компонент. В статье «EigenGame: PCA as a Nash Equilibrium»" + N(7) + " каждая "
        "главная компонента — игрок, который максимизирует свою дисперсию и штрафуется за сходство с «старшими» игроками.",
        ("empty",),
        "<strong>Врезка.</strong> Если вы хотите поиграть с этим сами, достаточно ноутбука и пары вечеров: небольшой агент для «крестиков-ноликов» учится "
        "за несколько минут. Код к главе лежит на сайте издательства.",
    ]),
]

CH2 = [
    ("section", "Белки", [
        "В ноябре 2020 года организаторы соревнования CASP14 объявили, что задача предсказания структуры белка по его последовательности в значительной мере решена. "
        "Подробное описание метода вышло летом 2021 года: «Highly accurate protein structure prediction with AlphaFold»" + N(8) + ".",
        "Через год в открытой базе было уже больше двухсот миллионов предсказанных структур — практически все известные науке белки.",
    ]),
    ("section", "Уравнения", [
        "Физики давно решают дифференциальные уравнения численно, и это дорого. Нейронный оператор Фурье" + N(9) + " учится отображать начальные условия сразу "
        "в решение и работает на порядки быстрее классического решателя, хотя и менее точно.",
        "Для задач на нерегулярных сетках — ткань, флаг на ветру, обтекание крыла — хорошо подошли графовые сети: «Learning Mesh-Based Simulation with Graph "
        "Networks»" + N(10) + ".",
    ]),
    ("section", "Графы", [
        "Трансформеры добрались и до графов. Статья с провокационным названием «Do Transformers Really Perform Bad for Graph Representation?»" + N(11) + " "
        "показала, что достаточно правильно закодировать структуру графа в механизме внимания.",
        "Отдельная история — графы знаний, в которых нужно отвечать на сложные логические запросы. Об этом — работа о нейросетевых предсказателях связей" + N(12) + ", "
        "которую мы разберём в следующей главе.",
        ("empty",),
        "<emphasis>Конец ознакомительного фрагмента.</emphasis>",
    ]),
]

NOTES = [
    "LeCun Y., Bottou L., Bengio Y., Haffner P. Gradient-Based Learning Applied to Document Recognition // Proceedings of the IEEE. 1998. Vol. 86, № 11. P. 2278–2324.",
    "He K., Zhang X., Ren S., Sun J. Deep Residual Learning for Image Recognition. arXiv:1512.03385. Опубликована на конференции CVPR 2016.",
    "Goodfellow I. et al. Generative Adversarial Networks. " + A("https://arxiv.org/abs/1406.2661") + " В сборнике NIPS 2014 статья называлась "
    "«Generative Adversarial Nets». Подробный учебник на русском: Гудфеллоу Я., Бенджио И., Курвилль А. Глубокое обучение. М.: ДМК Пресс, 2018.",
    "Silver D., Schrittwieser J., Simonyan K. et al. Mastering the game of Go without human knowledge // Nature. 2017. Vol. 550. P. 354–359.",
    "Andrychowicz M., Raichuk A., Stańczyk P. et al. International Conference on Learning Representations (ICLR), 2021.",
    "Co-Reyes J. D., Miao Y., Peng D. et al. ICLR 2021.",
    "Gemp I., McWilliams B., Vernade C., Graepel T. ICLR 2021. " + A("https://arxiv.org/pdf/2010.00554"),
    "Jumper J., Evans R., Pritzel A. et al. // Nature. 2021. Vol. 596. P. 583–589. Код: " + A("https://github.com/google-deepmind/alphafold") +
    "; база предсказанных структур: " + A("https://alphafold.ebi.ac.uk") + " (это база данных, а не статья).",
    "Li Z., Kovachki N., Azizzadenesheli K. et al. Fourier Neural Operator for Parametric Partial Differential Equations. ICLR 2021. " +
    A("https://arxiv.org/abs/2010.08895"),
    "Pfaff T., Fortunato M., Sanchez-Gonzalez A., Battaglia P. W. ICLR 2021. Видео симуляций: " + A("https://sites.google.com/view/meshgraphnets") + ".",
    "Ying C., Cai T., Luo S. et al. NeurIPS 2021. Модель известна под именем Graphormer.",
    "Arakelyan E., Daza D., Minervini P., Cochez M. Complex Query Answering with Neural Link Predictors. arXiv:2011.03459. Премия за лучшую статью ICLR 2021. "
    "Видеолекции по графам знаний есть в курсе «Глубокое обучение на графах»: " + A("https://dlgraphs.example.ru/course"),
]


class W:
    def __init__(self): self.lines = []
    def add(self, depth, s): self.lines.append(" " * depth + s)


def para(s):
    return "<p>" + s + "</p>"


def items(w, depth, its):
    for it in its:
        if isinstance(it, str):
            w.add(depth, para(it))
        elif it[0] == "empty":
            w.add(depth, "<empty-line/>")
        elif it[0] == "cite":
            w.add(depth, "<cite>")
            for p in it[1]: w.add(depth + 1, para(p))
            w.add(depth + 1, "<text-author>" + it[2] + "</text-author>")
            w.add(depth, "</cite>")
        elif it[0] == "section":
            w.add(depth, "<section>")
            w.add(depth + 1, "<title>"); w.add(depth + 2, para(it[1])); w.add(depth + 1, "</title>")
            items(w, depth + 1, it[2])
            w.add(depth, "</section>")


w = W()
w.lines.append('<?xml version="1.0" encoding="utf-8"?>')
w.add(0, '<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">')
w.add(1, "<description>")
w.add(2, "<title-info>")
for g in ("sci_popular", "computers"): w.add(3, f"<genre>{g}</genre>")
w.add(3, "<author>"); w.add(4, "<first-name>Алексей</first-name>"); w.add(4, "<middle-name>Игоревич</middle-name>"); w.add(4, "<last-name>Воронцов</last-name>"); w.add(3, "</author>")
w.add(3, "<book-title>Машины, которые открывают. Как нейросети пришли в науку</book-title>")
w.add(3, "<annotation>")
w.add(4, para("Как алгоритмы, придуманные для распознавания цифр и игры в го, оказались в лабораториях биологов и физиков? Научный журналист Алексей Воронцов "
              "рассказывает историю глубокого обучения через двадцать ключевых статей — без формул, но с ссылками на первоисточники."))
w.add(4, para("Для широкого круга читателей."))
w.add(3, "</annotation>")
w.add(3, "<keywords>нейронные сети, глубокое обучение, история науки, AlphaFold, научно-популярная литература</keywords>")
w.add(3, '<date value="2023-09-01">2023</date>')
w.add(3, '<coverpage><image l:href="#cover.png"/></coverpage>')
w.add(3, "<lang>ru</lang>")
w.add(3, "<src-lang>ru</src-lang>")
w.add(3, '<sequence name="Библиотека «Точка роста»" number="14"/>')
w.add(2, "</title-info>")
w.add(2, "<document-info>")
w.add(3, "<author><nickname>sevveter_books</nickname></author>")
w.add(3, "<program-used>FictionBook Editor Release 2.6.7</program-used>")
w.add(3, '<date value="2023-11-05">5 ноября 2023</date>')
w.add(3, "<src-url>https://sevveter.example.ru/catalog/mashiny-kotorye-otkryvayut/</src-url>")
w.add(3, "<id>0F3C9A21-7B4E-4D1A-9E55-2C8B7A6D1F40</id>")
w.add(3, "<version>1.1</version>")
w.add(3, "<history>"); w.add(4, para("1.0 — создание файла (ознакомительный фрагмент)")); w.add(4, para("1.1 — исправлены примечания к главе 1")); w.add(3, "</history>")
w.add(2, "</document-info>")
w.add(2, "<publish-info>")
w.add(3, "<book-name>Машины, которые открывают</book-name>")
w.add(3, "<publisher>Издательство «Северный ветер»</publisher>")
w.add(3, "<city>Москва</city>")
w.add(3, "<year>2023</year>")
w.add(3, f"<isbn>{ISBN_TXT}</isbn>")
w.add(2, "</publish-info>")
w.add(1, "</description>")
w.add(1, "<body>")
w.add(2, "<title>"); w.add(3, para("Алексей Воронцов")); w.add(3, para("Машины, которые открывают")); w.add(2, "</title>")
w.add(2, "<section>")
w.add(3, "<title>"); w.add(4, para("От автора")); w.add(3, "</title>")
for p in PREFACE: w.add(3, para(p))
w.add(3, para("<emphasis>А. В., Москва, весна 2023</emphasis>"))
w.add(2, "</section>")
w.add(2, '<section id="ch1">')
w.add(3, "<title>"); w.add(4, para("Глава 1")); w.add(4, para("Игры, в которые играют машины")); w.add(3, "</title>")
w.add(3, "<epigraph>"); w.add(4, para("Игра — это единственный вид исследования, в котором правила известны заранее.")); w.add(4, "<text-author>Из лекции автора</text-author>"); w.add(3, "</epigraph>")
items(w, 3, CH1)
w.add(2, "</section>")
w.add(2, '<section id="ch2">')
w.add(3, "<title>"); w.add(4, para("Глава 2")); w.add(4, para("Белки, уравнения и графы")); w.add(3, "</title>")
items(w, 3, CH2)
w.add(2, "</section>")
w.add(1, "</body>")
w.add(1, '<body name="notes">')
w.add(2, "<title>"); w.add(3, para("Примечания")); w.add(2, "</title>")
for k, n in enumerate(NOTES, 1):
    w.add(2, f'<section id="n_{k}">')
    w.add(3, f"<title><p>{k}</p></title>")
    w.add(3, para(n))
    w.add(2, "</section>")
w.add(1, "</body>")
cover = boxes(60, 90, (20, 44, 84), [(6, 10, 54, 14, (240, 200, 80)), (6, 20, 40, 23, (255, 255, 255)), (6, 27, 46, 30, (255, 255, 255)),
                                     (18, 50, 42, 74, (96, 160, 210)), (24, 56, 36, 68, (240, 200, 80))])
b64 = base64.b64encode(cover).decode()
w.add(1, '<binary id="cover.png" content-type="image/png">' + b64 + "</binary>")
w.add(0, "</FictionBook>")
text = "\r\n".join(w.lines) + "\r\n"
check_no_distractor(text, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text), ISBN_TXT)
