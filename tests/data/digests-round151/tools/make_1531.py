#!/usr/bin/env python3
"""1531: a Russian PhD student's paper folder tagged with TMSU: `tmsu tags` (every tagged file in the directory, in
byte order, `name: tag tag=value …` with tags sorted), `tmsu files <query>` (paths with ./, sorted), `tmsu files not
arxiv`, then `cat ссылки.md`, her links file. Every listing is computed from the modelled tag database."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1531)
PS = "olga@gpu-box:~/статьи/диффузия$ "
# file name -> tags (name or name=value)
FILES = {
    "2006.11239v2.pdf": ["arxiv=2006.11239", "диффузия", "прочитано", "год=2020"],
    T("2112.10752") + ".pdf": ["arxiv=2112.10752", "диффузия", "латентная", "прочитано", "год=2021"],
    T("2208.12242") + ".pdf": ["arxiv=2208.12242", "персонализация", "прочитать", "год=2022"],
    "controlnet.pdf": ["arxiv=2302.05543", "условная_генерация", "прочитать", "год=2023"],
    "2308.04079.pdf": ["3d", "arxiv=2308.04079", "гауссианы", "прочитать", "год=2023"],
    T("2208.01618") + ".pdf": ["персонализация", "прочитать", "год=2022"],
    T("2303.01469") + ".pdf": ["быстрая_выборка", "диффузия", "прочитать", "год=2023"],
    T("2009.09761") + ".pdf": ["аудио", "диффузия", "год=2020"],
    "cs236-lecture13-diffusion.pdf": ["диффузия", "лекция"],
    "diffusers-schedulers-docs.pdf": ["документация", "диффузия"],
    "sd-webui-скриншот.png": ["картинка"],
}
LINKS = f"""# Ссылки по диффузии (для главы 2)

## Прочитано
- {T('2006.11239')} — https://arxiv.org/abs/2006.11239 (DDPM, база)
- {T('2112.10752')} — https://arxiv.org/abs/2112.10752 (LDM / Stable Diffusion)

## Читать
- {T('2208.12242')} — https://arxiv.org/pdf/2208.12242.pdf
- {T('2302.05543')} (ControlNet) — arXiv:2302.05543, ссылку не сохранила, файл controlnet.pdf
- {T('2308.04079')} — только файл 2308.04079.pdf, к диффузии не относится, но Саша просил для 3D-части
- Textual Inversion — файл лежит, название полностью в имени файла
- Consistency Models — тоже только файл, без ссылки
- DiffWave — для аудио-раздела, спросить у Димы, нужно ли

## Не статьи
- библиотека diffusers: https://github.com/huggingface/diffusers (и раздел про schedulers в документации)
- курс Stanford CS236, лекция 13 (слайды в папке): https://deepgenerativemodels.github.io/
- лидерборд генерации изображений: https://huggingface.co/spaces/ArtificialAnalysis/Text-to-Image-Leaderboard
"""


def bkey(s):
    return s.encode("utf-8")


def tagsort(ts):
    return sorted(ts, key=bkey)


def has(ts, q):
    return any(t == q or t.startswith(q + "=") for t in ts)


def build():
    names = sorted(FILES, key=bkey)
    L = [PS + "tmsu tags"]
    L += [f"{n}: {' '.join(tagsort(FILES[n]))}" for n in names]
    for q in ("прочитать", "arxiv"):
        L.append(PS + f"tmsu files {q}")
        L += ["./" + n for n in names if has(FILES[n], q)]
    L.append(PS + "tmsu files not arxiv")
    L += ["./" + n for n in names if not has(FILES[n], "arxiv")]
    L.append(PS + "tmsu files 'год > 2022'")
    L += ["./" + n for n in names if any(t.startswith("год=") and int(t[4:]) > 2022 for t in FILES[n])]
    L.append(PS + "cat ссылки.md")
    L += LINKS.rstrip("\n").split("\n")
    L.append(PS)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
