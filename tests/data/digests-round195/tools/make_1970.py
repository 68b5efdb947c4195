#!/usr/bin/env python3
"""1970: a Russian modder's Slay the Spire (BaseMod) localization file (`localization/rus/UIStrings.json`): UIStrings
entries `labspire:Name` with TEXT / EXTRA_TEXT / TEXT_DICT, ` NL ` line breaks and #y keywords, as the game reads them
— with the papers in an in-game bibliography and card tooltips: arXiv links (`/abs/`, `/pdf/…v2`, `http://`), one id in
text (arxiv-text), four titles alone (one not on arXiv) — and non-papers (a repository, a book, a blog post, a talk).
Two-space JSON. LF, a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAGO

F = by_num(1970)
D = {
    "labspire:MainMenu": {"TEXT": ["Лаборатория", "Библиография", "Назад"]},
    "labspire:Bibliography": {
        "TEXT": [
            "#yБиблиография мода NL Каждая карта названа по статье.",
            "Трансформер решений: " + T("2106.01345") + " NL https://arxiv.org/abs/2106.01345",
            "Траектории целиком: " + T("2106.02039") + " NL https://arxiv.org/pdf/2106.02039v2",
            "Почему PPO работает: " + T("2006.05990") + " NL http://arxiv.org/abs/2006.05990",
            "Поиск архитектуры и гиперпараметров вместе: " + T("2006.03656") + " (arXiv 2006.03656)",
            "Код карт: github.com/labspire/labspire-mod (репозиторий, не статья)",
        ],
        "EXTRA_TEXT": [
            "Книга: Саттон и Барто, «Обучение с подкреплением» (книга).",
            "Блог: «Spinning Up in Deep RL» от OpenAI — документация, не статья.",
            "Доклад автора мода: https://video.spirelab.example.ru/stream/2024-04-11",
        ],
    },
    "labspire:CardTooltips": {
        "TEXT_DICT": {
            "SelfPlay": "#yСамоигра: как в " + ALPHAGO + ". NL Без человеческих партий.",
            "Symbolic": "#yСимволика: " + T("2101.08809") + " NL Поиск как программа.",
            "ArchPick": "#yВыбор: " + T("2108.04392") + " NL Не верь весам α.",
            "Nonconvex": "#yЛокальность: " + T("2103.13462") + " NL Ма, конспект лекций.",
        },
    },
}


def build():
    return json.dumps(D, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
