#!/usr/bin/env python3
"""257: a Perplexity thread exported as Markdown (Export › Markdown), Kazakh questions and answers, English titles.
Sources are footnotes [^turn_n] defined after the ⁂ divider of each turn."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

A, H, P = "https://arxiv.org/abs/", "https://huggingface.co/papers/", "https://arxiv.org/pdf/"
turn1 = [
    ("Lilian Weng, «What are Diffusion Models?»", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"),
    ("TI", A + "2208.01618"),
    ("diffusers docs", "https://huggingface.co/docs/diffusers/training/text_inversion"),
    ("ControlNet", H + "2302.05543"),
    ("ControlNet repo", "https://github.com/lllyasviel/ControlNet"),
    ("SDXL", P + "2307.01952v1"),
    ("Zero123", A + "2303.11328"),
    ("kk wiki", "https://kk.wikipedia.org/wiki/Жасанды_интеллект"),
]
turn2 = [
    ("YouTube", "https://www.youtube.com/watch?v=HoKDTa5jHvg"),
    ("audio blog", "https://diffwave-demo.github.io/"),
    ("3DGS project", "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/"),
    ("reddit", "https://www.reddit.com/r/MachineLearning/comments/15ep4uo/d_gaussian_splatting_explained/"),
]
# footnote numbers in order of first use
body1 = f"""<img src="https://r2cdn.perplexity.ai/pplx-full-logo-primary-dark%402x.png" style="height:64px;margin-right:32px"/>

# Мәтіннен сурет генерациялау бойынша негізгі мақалалар қандай? Магистратураға семинар дайындап жатырмын, 2022–2023 жылдардағы ең маңызды жұмыстарды ретімен атап бер

Мәтіннен сурет генерациялау (text-to-image) саласы 2022–2023 жылдары өте тез дамыды. Төменде семинарға ыңғайлы болу үшін мақалаларды тақырып бойынша топтастырдым[^1_1].

## 1. Персонализация (жеке объектіні үйрету)

- **{T("2208.01618")}** — бірнеше суреттен жаңа «сөз» (embedding) үйренеді, модельдің өзі өзгермейді[^1_2][^1_3].
- **{T("2208.12242")}** — модельді толық fine-tune жасап, объектіні сирек токенмен байланыстырады. Textual Inversion-мен салыстыру үшін жақсы жұп.

## 2. Басқарылатын генерация және өңдеу

- **{T("2302.05543")}** — «ControlNet» деп аталатын архитектура: жиектер, поза, тереңдік картасы арқылы басқару[^1_4][^1_5].
- **{T("2211.09800")}** — суретті мәтіндік нұсқаулықпен өңдеу (мысалы, «аспанды қызғылт түске боя»).

## 3. Үлкен модельдер

- **{T("2307.01952")}** — Stable Diffusion-ның жаңа нұсқасы, екі мәтіндік кодтаушы және refiner моделі[^1_6].
- DALL·E 2 мен Imagen туралы да айта кетуге болады, бірақ олардың толық атауларын семинар слайдында өзің тексеріп қос.

## 4. Мультимодальды негіз

Контрастивті алдын ала оқыту — бүкіл саланың іргетасы. CLIP-тен кейінгі ALIGN жұмысы: «{T("2102.05918")}» (arXiv:2102.05918). Тілдік модельді суретпен байланыстыратын тағы бір маңызды жұмыс — *{T("2106.13884")}*.

## 5. 3D бағыты

- **{T("2303.11328")}** — бір суреттен жаңа көзқарас бұрышын синтездеу[^1_7].

| Тақырып | Мақала | Жыл |
| :-- | :-- | :-- |
| Персонализация | Textual Inversion, DreamBooth | 2022 |
| Басқару | ControlNet | 2023 |
| Өңдеу | InstructPix2Pix | 2022 |
| 3D | Zero-1-to-3 | 2023 |

Семинар үшін ұсыныс: алдымен Lilian Weng-тің шолу жазбасын оқып шығу, содан кейін мақалаларға көшу тиімді. Қазақша терминдер үшін Уикипедиядағы мақаланы қарауға болады[^1_8].

<div style="text-align: center">⁂</div>

""" + "".join(f"[^1_{k}]: {u}\n\n" for k, (_, u) in enumerate(turn1, 1))

body2 = f"""# Ал дыбыс пен 3D үшін ше? Және «neural text degeneration» туралы мақала бар ма еді, декодтау туралы

Иә, бар. Дыбыс, 3D және декодтау бойынша қысқаша тізім[^2_1]:

**Дыбыс синтезі.** {T("2009.09761")} (arXiv 2009.09761) — вокодер ретінде диффузиялық модельді қолданатын алғашқы жұмыстардың бірі; демо беті бар[^2_2].

**3D.** {T("2308.04079")} — NeRF-ке балама, нақты уақыттағы рендеринг[^2_3]. Reddit-тегі талқылау да түсінікті[^2_4]. Адам қозғалысын көшіру бойынша: «{T("2103.14338")}».

**Декодтау.** Сіз айтып отырған мақала — "{T("1904.09751")}". Онда nucleus sampling (top-p) ұсынылған; бұл мәтін генерациясына қатысты, бірақ семинардың кіріспесінде сэмплинг стратегияларын түсіндіру үшін пайдалы.

> Ескерту: 2024 жылғы 12.03 семинар кестесінде 45 минут қана бар, сондықтан 6–7 мақаладан артық алмаған жөн.

<div style="text-align: center">⁂</div>

""" + "".join(f"[^2_{k}]: {u}\n\n" for k, (_, u) in enumerate(turn2, 1))

write("257_perplexity_thread_markdown_export_kazakh_image_generation_seminar.md", (body1 + body2).rstrip("\n") + "\n")
