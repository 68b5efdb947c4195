#!/usr/bin/env python3
"""2150: a PGN file (`razbor-2024-03.pgn`: the seven-tag roster plus Annotator / ECO / PlyCount tags, movetext with
`{…}` comments, one `;` comment, a `(…)` variation, NAGs and the result) of an invented Russian chess-engine club that
annotates a game with papers: arXiv links (`/abs/`, `/pdf/…v1`, `http://`) in comments, one `arXiv:2103.13462` in a
comment, titles alone in comments (two papers not on arXiv); non-papers (Stockfish, a book, the repository, a talk).
The moves are a legal Giuoco Piano line; PlyCount is computed. LF."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2150)
MOVES = r'''1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 {Итальянская партия. Для разогрева: Understanding the difficulty of training deep feedforward neural networks -- почему инициализация сети оценки так важна.} 4. c3 Nf6 5. d4 exd4 6. cxd4 Bb4+ 7. Bd2 Bxd2+ 8. Nbxd2 d5 {Классика. Историческая справка к докладу: A Fast Learning Algorithm for Deep Belief Nets.} 9. exd5 Nxd5 10. Qb3 Nce7 {Дистилляция позиций в маленький набор: [[T:2006.05929]] https://arxiv.org/abs/2006.05929} 11. O-O O-O 12. Rfe1 c6 {Дообучение на новых дебютах без забывания старых: [[T:2103.09762]] http://arxiv.org/abs/2103.09762} 13. a4 (13. Ne4 Qb6 {[[T:2011.03459]] -- Сергей предлагает для базы дебютов.}) 13... Qb6 $5 {Почему SGD находит хорошие минимумы: [[T:2103.13462]] (arXiv:2103.13462).} 14. Qa3 Be6 $10 {Ничья по соглашению. Для визуализации доски в 3D (Павел): [[T:2308.04079]] https://arxiv.org/pdf/2308.04079v1 ; ещё без ссылки: [[T:2103.14338]].} 1/2-1/2'''


def plies(m):
    m = re.sub(r"\{[^}]*\}", "", m)
    while "(" in m:
        m = re.sub(r"\([^()]*\)", "", m)
    toks = [t for t in m.split() if not re.fullmatch(r"\d+\.(\.\.)?|\$\d+|1/2-1/2|1-0|0-1|\*", t)]
    return len(toks)


def wrap(s, width=79):
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


def build():
    # titles are kept on one line when the movetext is wrapped (their spaces protected, then restored)
    moves = re.sub(r"\[\[T:([^\]]+)\]\]", lambda m: fill(m.group(0), {}).replace(" ", "\x01"), MOVES)
    for t in (GLOROT, DBN):
        moves = moves.replace(t, t.replace(" ", "\x01"))
    head = fill(r'''[Event "Клубный разбор, партия недели"]
[Site "Москва RUS"]
[Date "2024.03.16"]
[Round "7"]
[White "Волков, Дмитрий"]
[Black "Stockfish 16 (уровень 3)"]
[Result "1/2-1/2"]
[Annotator "Волков, Д. <d.volkov@shahmaty-lab.example.ru>"]
[ECO "C54"]
[PlyCount "@@PLY@@"]

; Разбор к семинару шахматно-движкового клуба. Репозиторий: https://github.com/shahmaty-lab/razbory
; Запись доклада: https://video.shahmaty-lab.example.ru/doklady/2024-03 ; книга: Boyd & Vandenberghe, "Convex Optimization"
''', {})
    return head.replace("@@PLY@@", str(plies(moves.replace("\x01", " ")))) + wrap(moves).replace("\x01", " ") + "\n"


TXT = build()

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
