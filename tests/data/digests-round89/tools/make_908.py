#!/usr/bin/env python3
"""908: the `!!!meta.json` of a Trilium Notes export ("Export" → "HTML in ZIP archive" of one subtree), taken out of
the zip by a Russian PhD student whose knowledge base keeps one note per paper. As Trilium's zip export writes it
(`JSON.stringify(meta, null, '\\t')`: tab indentation, `"key": value`, UTF-8 unescaped, no final newline):
`formatVersion` 2, `appVersion`, `files` — one entry per note, keys in the exporter's order (`isClone`, `noteId`,
`notePath` (the exported subtree's note ids down to this one), `title`, `notePosition` (10, 20 …), `prefix`,
`isExpanded`, `type`, `mime`, `attributes` (owned labels and relations: `type`, `name`, `value`, `isInheritable`,
`position`), `format` for text notes, `dataFileName` (the sanitised title cut to 30 characters, `.html`) when the
note has content or no children, `attachments`, then `dirFileName` and `children` for notes with children). Paper
notes carry the promoted attributes of a template note (`~template`, `~child:template`): статус, год, авторы, arxiv,
url, кратко. A blog post, a course page and an annotated-code page sit under «Не статьи» and are not papers."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, LSTM, BACKPROP, GLOVE

F = by_num(908)
K = dict(hyena="2302.10866", memf="2010.06891", reformer="2001.04451", bahdanau="1409.0473", ntm="1410.5401")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def nid(seed):
    h = int(hashlib.sha256(("trilium-908-" + seed).encode()).hexdigest(), 16)
    s = ""
    for _ in range(12):
        h, r = divmod(h, 62)
        s += B62[r]
    return s


def sanitize(t):  # sanitize-filename: drops / ? < > \ : * | " and control characters
    return re.sub(r'[/?<>\\:*|"\x00-\x1f]', "", t)


def lab(name, value, inh=False):
    return ("label", name, value, inh)


def rel(name, target, inh=False):
    return ("relation", name, target, inh)


TPL = nid("template")


def note(seed, title, attrs=(), children=None, content=True, expanded=False, prefix=None):
    return dict(seed=seed, title=title, attrs=list(attrs), children=children, content=content, expanded=expanded,
                prefix=prefix)


def paper(seed, title, status, year, authors, arxiv="", url="", short="", extra=()):
    return note(seed, title, [rel("template", TPL), lab("статус", status), lab("год", str(year)), lab("авторы", authors),
                              lab("arxiv", arxiv), lab("url", url), lab("кратко", short), *extra])


TREE = note("root", "Последовательные модели и память", [lab("iconClass", "bx bx-network-chart"),
                                                        rel("child:template", TPL)], expanded=True,
            children=[
    note("template", "Шаблон: статья", [lab("template", ""), lab("label:статус", "promoted,single,text"),
                                        lab("label:год", "promoted,single,number"),
                                        lab("label:авторы", "promoted,single,text"),
                                        lab("label:arxiv", "promoted,single,text"),
                                        lab("label:url", "promoted,single,url"),
                                        lab("label:кратко", "promoted,single,text"),
                                        lab("iconClass", "bx bx-file-blank")], content=False),
    note("classic", "Классика (до трансформеров)", [rel("child:template", TPL)], expanded=True, children=[
        paper("lstm", LSTM, "прочитано", 1997, au(LSTM, 2), short="Ячейка с «каруселью ошибки» и гейтами; "
              "решает проблему затухающего градиента.", extra=[lab("журнал", "Neural Computation 9(8)")]),
        paper("backprop", BACKPROP, "прочитано", 1986, au(BACKPROP, 3), short="Три страницы в Nature, с которых всё "
              "началось. Перечитать рисунок с семейным деревом.", extra=[lab("журнал", "Nature 323")]),
        paper("glove", GLOVE, "прочитано", 2014, au(GLOVE, 3), short="Факторизация матрицы совместной встречаемости; "
              "сравнить с word2vec на семинаре.", extra=[lab("конференция", "EMNLP 2014")]),
        paper("bahdanau", T(K["bahdanau"]), "прочитано", 2014, au(K["bahdanau"], 3), arxiv=K["bahdanau"],
              short="Первое «внимание»: декодер сам выбирает, на какие позиции входа смотреть.",
              extra=[lab("конференция", "ICLR 2015")]),
        paper("ntm", T(K["ntm"]), "в очереди", 2014, au(K["ntm"], 3), short="Контроллер + внешняя память с "
              "дифференцируемым чтением и записью. Ссылку ещё не нашёл."),
    ]),
    note("memory", "Память и эффективное внимание", [rel("child:template", TPL)], expanded=True, children=[
        paper("reformer", T(K["reformer"]), "прочитано", 2020, au(K["reformer"], 3),
              url="https://openreview.net/forum?id=rkgNKkHtvB", short="LSH-внимание и обратимые слои; рецензии ICLR "
              "полезнее самой статьи."),
        paper("memformer", T(K["memf"]), "читаю", 2020, au(K["memf"], 3),
              url="https://openreview.net/forum?id=_adSMszz_g9", short="Внешняя память фиксированного размера и "
              "обучение через memory replay back-propagation."),
        paper("hyena", T(K["hyena"]), "в очереди", 2023, au(K["hyena"], 3), url="https://arxiv.org/abs/2302.10866",
              short="Длинные неявные свёртки с гейтами вместо внимания. Сравнить с S4 на нашей задаче."),
    ]),
    note("questions", "Вопросы к семинару 14.03", [lab("iconClass", "bx bx-help-circle"), lab("семинар", "2024-03-14")]),
    note("notpapers", "Не статьи", [lab("iconClass", "bx bx-link-external")], children=[
        note("colah", "Understanding LSTM Networks (блог Кристофера Олаха)",
             [lab("url", "https://colah.github.io/posts/2015-08-Understanding-LSTMs/"), lab("тип", "блог")]),
        note("cs224n", "CS224N, лекция про RNN и внимание (курс)",
             [lab("url", "https://web.stanford.edu/class/cs224n/"), lab("тип", "курс")]),
        note("annotated", "The Annotated Transformer (разбор кода)",
             [lab("url", "https://nlp.seas.harvard.edu/annotated-transformer/"), lab("тип", "код")]),
    ]),
])


def meta(n, path, pos, names):
    me = n["seed"] if n["seed"] != "root" else "root-export"
    noteid = TPL if n["seed"] == "template" else nid(me)
    p = path + [noteid]
    m = {"isClone": False, "noteId": noteid, "notePath": p, "title": n["title"], "notePosition": pos,
         "prefix": n["prefix"], "isExpanded": n["expanded"], "type": "text", "mime": "text/html",
         "attributes": [{"type": t, "name": a, "value": v, "isInheritable": inh, "position": 10 * (i + 1)}
                        for i, (t, a, v, inh) in enumerate(n["attrs"])],
         "format": "html"}
    base = sanitize(n["title"])
    if n["content"] or not n["children"]:
        fn = base.strip()
        if len(fn) > 30: fn = fn[:30].strip()
        fn += ".html"
        assert fn.lower() not in names, fn
        names.add(fn.lower())
        m["dataFileName"] = fn
    m["attachments"] = []
    if n["children"]:
        assert base.lower() not in names
        names.add(base.lower())
        m["dirFileName"] = base
        sub = set()
        m["children"] = [meta(c, p, 10 * (i + 1), sub) for i, c in enumerate(n["children"])]
    return m


doc = {"formatVersion": 2, "appVersion": "0.63.7", "files": [meta(TREE, [], 10, set())]}
text = json.dumps(doc, indent="\t", ensure_ascii=False)
write_only(F, text, keys(F))
