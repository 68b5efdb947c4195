#!/usr/bin/env python3
"""1028: a terminal copy of an `isql-fb` session (Firebird 3.0 on Debian) in which a Russian department's seminar
secretary looks through the seminar's small database «Классика глубокого обучения»: `SHOW TABLES`, `SHOW TABLE`,
`SET COUNT ON`, a COUNT, a mistyped column answered by Firebird's error block (SQLSTATE, `-Column unknown`, the
column position), a table-mode SELECT (headers over `=` rules, numbers right-aligned, trailing spaces), an UPDATE
and an INSERT with `CON>` continuation prompts, COMMIT, `SET LIST ON` and a list-mode `SELECT *` (names padded to
32, `<null>`, text BLOBs shown after their blob id). Three papers have arXiv data, one gets its URL in the session;
four classics have none (title-only). The Russian translation of the Goodfellow–Bengio–Courville textbook is a book,
not a paper; "word2vec", "LeNet-5", "RBM" are nicknames."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, BACKPROP, LENET, DBN, GLOVE

F = by_num(1028)
K = dict(sbert="1908.10084", hubert="2106.07447", nmt="1409.0473", selftrain="2006.06882",
         bp=BACKPROP, lenet=LENET, dbn=DBN, glove=GLOVE)
PS = "vlad@kaf-srv02:~$ "
DB = "localhost:/srv/firebird/seminar_dl.fdb"


def ini(name):
    """'Tsung-Yi Lin' -> 'T.-Y. Lin' (initials() with hyphenated given names kept)"""
    parts = name.split()
    return " ".join("-".join(q[0] + "." for q in p.split("-")) if not p.endswith(".") else p for p in parts[:-1]) + " " + parts[-1]


def auths(k, n=3):
    a = CAT[key_of(K[k])]["authors"]
    s = ", ".join(ini(x) for x in a[:n])
    return s + (" и др." if len(a) > n else "")


COLS = [("ID", "INTEGER Not Null"), ("TITLE", "VARCHAR(300) Not Null"), ("AUTHORS", "VARCHAR(400) Nullable"),
        ("YEAR_PUB", "SMALLINT Nullable"), ("VENUE", "VARCHAR(200) Nullable"), ("ARXIV_ID", "VARCHAR(20) Nullable"),
        ("URL", "VARCHAR(300) Nullable"), ("NOTE", "BLOB segment 80, subtype TEXT CHARACTER SET UTF8 Nullable")]
rows = [
    [1, T(K["bp"]), auths("bp"), 1986, "Nature 323", None, None,
     "Отправная точка курса. Всего четыре страницы, читать целиком.\nНа семинаре вывести правило обновления весов на доске."],
    [2, T(K["lenet"]), auths("lenet"), 1998, "Proceedings of the IEEE 86(11)", None, None,
     "Длинная статья (46 с.). Обязательно: разделы I–III (свёрточные сети, LeNet-5).\nСети графовых трансформеров (разд. IV и далее) — по желанию."],
    [3, T(K["dbn"]), auths("dbn"), 2006, "Neural Computation 18(7)", None, None,
     "Жадное послойное предобучение через RBM. Исторически важно: с этой работы\nначалась «вторая волна». Попросить докладчика не уходить в детали контрастивной дивергенции."],
    [4, T(K["glove"]), auths("glove"), 2014, "EMNLP 2014", None, None,
     "Сравнить с word2vec: глобальная матрица совместной встречаемости против локального окна."],
    [5, T(K["nmt"]), auths("nmt"), 2014, "ICLR 2015", "1409.0473", None,
     "Механизм внимания впервые. Рисунок с матрицей выравнивания — показать на слайде."],
    [6, T(K["sbert"]), auths("sbert", 2), 2019, "EMNLP-IJCNLP 2019", None, None,
     "Сиамская схема поверх BERT; для практики — библиотека sentence-transformers."],
    [7, T(K["selftrain"]), auths("selftrain"), 2020, "NeurIPS 2020", "2006.06882", None,
     "Самообучение против предобучения на ImageNet при сильной аугментации.\nХороший материал для дискуссии в конце семестра."],
    [8, T(K["hubert"]), auths("hubert"), 2021, "IEEE/ACM TASLP 29", "2106.07447", "https://arxiv.org/pdf/2106.07447",
     "Единственная речевая статья в списке. Кластеризация MFCC → псевдометки → маскированное предсказание."],
]
sessions = [(1, "2024-02-13", 1, "Кравец Анна Сергеевна"), (2, "2024-02-20", 2, "Лебедев Илья"),
            (3, "2024-02-27", 3, "Орлова Мария"), (4, "2024-03-05", 4, "Гусев Тимофей"),
            (5, "2024-03-12", 5, "Кравец Анна Сергеевна"), (6, "2024-03-19", 6, "Захарова Полина"),
            (7, "2024-03-26", 7, "Лебедев Илья"), (8, "2024-04-02", 8, "Семенов Владислав")]

out = [PS + "isql-fb -ch UTF8 " + DB, "Database: " + DB + ", User: SEMINAR"]


def sql(*lines):
    out.append("SQL> " + lines[0])
    out.extend("CON> " + l for l in lines[1:])


def table(heads, data):
    """heads: [(name, width, numeric)]; isql writes every column padded and followed by one space"""
    out.append("")
    out.append("".join((n.rjust(w) if num else n.ljust(w)) + " " for n, w, num in heads))
    out.append("".join("=" * w + " " for _, w, _ in heads))
    for r in data:
        out.append("".join(((str(v).rjust(w) if num else str(v).ljust(w)) if v is not None else "<null>".rjust(w) if num else "<null>".ljust(w)) + " "
                           for v, (_, w, num) in zip(r, heads)))
    out.append("")


def blob_id(i):
    return "%x:%x" % (0x8f, int(hashlib.md5(str(i).encode()).hexdigest()[:3], 16))


sql("SHOW TABLES;")
out.append("       " + "PAPERS".ljust(39) + "SESSIONS")
out.append("")
sql("SHOW TABLE PAPERS;")
out.extend(n.ljust(32) + d + " " for n, d in COLS)
out += ["CONSTRAINT PK_PAPERS:", "  Primary key (ID)"]
sql("SET COUNT ON;")
sql("SELECT COUNT(*) FROM PAPERS;")
table([("COUNT", 21, True)], [[len(rows)]])
out.append("Records affected: 1")
bad = "SELECT TITLE FROM PAPERS WHERE YEAR = 2014;"
sql(bad)
out += ["Statement failed, SQLSTATE = 42S22", "Dynamic SQL Error", "-SQL error code = -206", "-Column unknown", "-YEAR",
        f"-At line 1, column {bad.index('YEAR') + 1}"]
sql("SELECT ID, DAY, PAPER_ID, PRESENTER FROM SESSIONS ORDER BY DAY;")
table([("ID", 12, True), ("DAY", 11, False), ("PAPER_ID", 12, True), ("PRESENTER", 60, False)], sessions)
out.append(f"Records affected: {len(sessions)}")
sql("UPDATE PAPERS SET URL = 'https://arxiv.org/abs/1908.10084'", "WHERE ID = 6;")
rows[5][6] = "https://arxiv.org/abs/1908.10084"
out.append("Records affected: 1")
book = [9, "Глубокое обучение", "Я. Гудфеллоу, И. Бенджио, А. Курвилль", 2018, "книга, ДМК Пресс (пер. с англ.)", None, None, None]
sql("INSERT INTO PAPERS (ID, TITLE, AUTHORS, YEAR_PUB, VENUE)",
    f"VALUES (9, '{book[1]}', '{book[2]}', {book[3]}, '{book[4]}');")
rows.append(book)
out.append("Records affected: 1")
sql("COMMIT;")
sql("SET LIST ON;")
sql("SELECT * FROM PAPERS ORDER BY ID;")
for r in rows:
    out.append("")
    for (n, _), v in zip(COLS, r):
        if n == "NOTE" and v is not None:
            out.append(n.ljust(32) + blob_id(r[0]))
            out.extend(v.split("\n"))
        else:
            out.append(n.ljust(32) + ("<null>" if v is None else str(v)))
out.append("")
out.append(f"Records affected: {len(rows)}")
sql("QUIT;")
out.append(PS)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
