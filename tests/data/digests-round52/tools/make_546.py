#!/usr/bin/env python3
"""546 (NEGATIVE): the web-archive page of one issue of a Ukrainian ML community newsletter sent with Buttondown
(buttondown.com/<user>/archive/<slug>/): HTML5 head with og: / twitter: meta, the RSS alternate link, Buttondown's
archive header with the newsletter name, the subscribe form posting to /api/emails/embed-subscribe/<user>, the e-mail
body (greeting, meetups, releases, a course, a podcast, a dataset, a hackathon, jobs, reader mail), the
Previous / Next issue links and the "Powered by Buttondown" footer. It names no research paper: no catalogue title,
nothing arXiv-shaped, no OpenReview link (the builder refuses all three)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F546

U = "neurodigest-ua"
TITLE = "Випуск №18: мітапи у Львові та Харкові, нові релізи й вакансії"
body = """<p>Привіт, спільното! 👋</p>
<p>Весна нарешті дісталася й до нашого дайджесту: у цьому випуску — два мітапи, кілька корисних релізів,
безкоштовний курс українською, подкаст про MLOps і, як завжди, вакансії від читачів. Жодних статей цього разу —
обіцяємо окремий випуск «що почитати» наприкінці квітня.</p>

<h2>📍 Події</h2>
<ul>
<li><strong>Львів, 4 квітня, 18:30</strong> — ML-мітап «Моделі в продакшні: що ламається першим». Три доповіді по
20 хвилин, потім піца й нетворкінг. Реєстрація: <a href="https://events.lviv-ml.example.org/april">events.lviv-ml.example.org</a>.</li>
<li><strong>Харків (онлайн), 11 квітня, 19:00</strong> — розбір домашнього кластера на трьох старих GPU:
охолодження, живлення, планувальник завдань. Трансляція на YouTube-каналі спільноти.</li>
<li><strong>Київ, 20–21 квітня</strong> — хакатон «Відкриті дані для громад». Команди до 4 осіб, призовий фонд
від партнерів. Потрібні люди з досвідом обробки геоданих.</li>
</ul>

<h2>🛠 Релізи, які варто помітити</h2>
<ul>
<li><strong>scikit-learn 1.4</strong> — підтримка Polars у трансформерах даних і metadata routing у більшій кількості
оцінювачів.</li>
<li><strong>Polars 0.20</strong> — швидший groupby і нова документація для тих, хто переходить з pandas.</li>
<li><strong>JAX 0.4</strong> (гілка квітня) — оновлений sharding API; якщо ви ще на pmap, час мігрувати.</li>
<li><strong>Label Studio</strong> — нові шаблони для розмітки аудіо; стане в пригоді тим, хто збирає мовлення.</li>
</ul>

<h2>🎓 Навчання</h2>
<p>Команда викладачів з Прикладного університету Полісся (так, ми знаємо, що назва довга) відкрила безкоштовний
курс «Машинне навчання з нуля» українською: 12 тижнів, домашні завдання в Jupyter, сертифікат. Старт — 15 квітня,
реєстрація до 10-го. Рівень: потрібні Python і шкільна математика.</p>

<h2>🎧 Подкаст</h2>
<p>Новий епізод «Градієнтного спуску» — про MLOps у невеликій команді: як ми переїхали з самописних скриптів на
нормальний реєстр моделей і чому моніторинг дрейфу даних варто налаштовувати з першого дня. 54 хвилини,
є на всіх платформах.</p>

<h2>🗂 Дані</h2>
<p>Волонтери зібрали відкритий набір коротких голосових команд українською (≈ 31 тис. записів, 420 мовців,
ліцензія CC BY 4.0). Опис і форма для доступу — на сторінці проєкту
<a href="https://data.golos-ua.example.org">data.golos-ua.example.org</a>. Автори просять повідомляти про помилки
в транскрипціях через форму зворотного зв'язку.</p>

<h2>💼 Вакансії від читачів</h2>
<ul>
<li><em>Junior ML Engineer</em>, агротех-стартап, Вінниця / віддалено — комп'ютерний зір для дронів, Python, PyTorch.</li>
<li><em>Data Engineer</em>, логістична компанія, Одеса — Airflow, dbt, ClickHouse; англійська B2.</li>
<li><em>Стажування з NLP</em> для студентів 3–4 курсу — 3 місяці, оплачуване, ментор від команди.</li>
</ul>
<p>Хочете розмістити вакансію? Просто дайте відповідь на цей лист — це безкоштовно для спільноти.</p>

<h2>✉️ Листи читачів</h2>
<blockquote><p>«Чи можна десь отримати записи минулих мітапів? Пропустив березневий через роботу.» — Андрій, Черкаси</p></blockquote>
<p>Можна! Усі записи, що дозволили доповідачі, лежать у плейлисті на YouTube-каналі спільноти. Посилання — у
закріпленому повідомленні нашого Telegram-чату.</p>

<p>До зустрічі через два тижні!<br>
Олена й Тарас, редакція «Нейродайджесту»</p>
"""
page = f"""<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Нейродайджест</title>
<meta name="description" content="Два мітапи, релізи scikit-learn і Polars, курс українською, подкаст про MLOps і вакансії.">
<meta property="og:title" content="{TITLE}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://buttondown.com/{U}/archive/vypusk-18/">
<meta property="og:site_name" content="Нейродайджест">
<meta property="og:description" content="Два мітапи, релізи scikit-learn і Polars, курс українською, подкаст про MLOps і вакансії.">
<meta name="twitter:card" content="summary">
<link rel="alternate" type="application/rss+xml" title="Нейродайджест" href="https://buttondown.com/{U}/rss">
<link rel="canonical" href="https://buttondown.com/{U}/archive/vypusk-18/">
<link rel="icon" href="https://assets.buttondown.email/icon/{U}.png">
</head>
<body class="archive-page">
<header class="newsletter-header">
<a href="https://buttondown.com/{U}" class="newsletter-name">Нейродайджест</a>
<p class="newsletter-description">Раз на два тижні: події, інструменти та вакансії української ML-спільноти.</p>
<form action="https://buttondown.com/api/emails/embed-subscribe/{U}" method="post" class="embeddable-buttondown-form">
<label for="bd-email">Ваша e-mail адреса</label>
<input type="email" name="email" id="bd-email" placeholder="you@example.com">
<input type="hidden" value="1" name="embed">
<input type="submit" value="Підписатися">
</form>
<nav class="archive-nav"><a href="https://buttondown.com/{U}/archive/">Архів</a></nav>
</header>
<main>
<article class="email">
<h1 class="email-subject">{TITLE}</h1>
<div class="email-metadata"><time datetime="2024-03-28T07:00:00+00:00">28 березня 2024 р.</time></div>
<div class="email-body-content">
{body}</div>
</article>
<nav class="email-navigation">
<a class="previous" href="https://buttondown.com/{U}/archive/vypusk-17/">← Випуск №17: підсумки зимового хакатону</a>
<a class="next" href="https://buttondown.com/{U}/archive/">Усі випуски →</a>
</nav>
</main>
<footer class="archive-footer">
<p>Ви читаєте архівну версію листа. <a href="https://buttondown.com/{U}">Підпишіться</a>, щоб отримувати нові випуски поштою.</p>
<p class="powered-by"><a href="https://buttondown.com/refer/{U}">Powered by Buttondown</a>, the easiest way to start and grow your newsletter.</p>
</footer>
</body>
</html>
"""
write(F546, page, negative=True)
