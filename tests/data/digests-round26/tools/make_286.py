#!/usr/bin/env python3
"""286 (NEGATIVE): a PhD position advertised on a research institute's careers page, selected in the browser and
pasted as text, Kyrgyz with English project, course and seminar names. The site's menu, the breadcrumb, the job
title, the facts block (reference number, published / deadline / start dates, contract, salary range, place), the
project, duties, requirements, what is offered, how to apply (portal link, documents, contact), share buttons,
similar vacancies with their deadlines, and the footer. It names projects, courses, seminars, datasets, a GitHub
organisation, a video, a grant number and many numbers, but no paper: the builder refuses any catalogue title and
any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

REF = "IKIST-HR-2024/031"
out = [
    "Ысык-Көл Илим жана Технология Институту", "Институт жөнүндө", "Изилдөө", "Билим берүү", "Карьера", "Байланыш",
    "КЫР | РУС | ENG", "",
    "Башкы бет / Карьера / Вакансиялар / PhD изилдөөчү (кеп таануу)", "",
    "PhD изилдөөчү (кеп таануу): кыргыз тили үчүн кепти автоматтык таануу", "",
    f"Шилтеме номери: {REF}",
    "Жарыяланды: 04.03.2024",
    "Арыз берүү мөөнөтү: 15.04.2024, 23:59 (Бишкек убактысы)",
    "Иштин башталышы: 01.09.2024",
    "Келишим: 36 ай, толук убакыт (40 саат/жума)",
    "Айлык акы: 45 000 – 55 000 сом (салыктарга чейин)",
    "Жайгашкан жери: Каракол кампусу / Бишкек (гибрид)", "",
    "Долбоор жөнүндө",
    "Бул орун «KyrSpeech: Low-Resource Speech Recognition for Kyrgyz and Related Turkic Languages» долбоорунун алкагында ачылды. "
    "Долбоор Horizon Europe программасы тарабынан каржыланат (грант № 101135412, 2024–2027) жана Тарту университети, "
    "Казак улуттук университети менен биргеликте ишке ашырылат. Максат — 1 000 сааттан ашык кыргыз кеп корпусун чогултуу "
    "жана ачык лицензия менен жарыялоо, ошондой эле диалекттерге туруктуу таануу моделдерин иштеп чыгуу.", "",
    "Милдеттер",
    "• кыргыз жана казак тилдериндеги кеп маалыматтарын чогултуу, тазалоо жана белгилөө (Common Voice, радио архивдери);",
    "• өз алдынча көзөмөлдөнгөн (self-supervised) кеп моделдерин кыргыз тилине ылайыкташтыруу жана баалоо;",
    "• «Speech Recognition in the Wild» семинар сериясын уюштурууга катышуу (айына бир жолу);",
    "• «Introduction to Deep Learning (CS-410)» курсунда практикалык сабактарды жүргүзүү (жумасына 4 саат);",
    "• натыйжаларды Interspeech, ICASSP сыяктуу конференцияларга жана журналдарга сунуштоо.", "",
    "Талаптар",
    "• информатика, колдонмо математика же лингвистика боюнча магистр даражасы (же 2024-жылдын июлуна чейин бүтүрүү);",
    "• Python, PyTorch; ESPnet, Kaldi же k2/icefall менен иштөө тажрыйбасы артыкчылык болот;",
    "• англис тили B2 деңгээлинен кем эмес; кыргыз тилин эне тил катары билүү же эркин сүйлөө;",
    "• Linux чөйрөсүндө жана Slurm кластеринде иштей билүү.", "",
    "Биз сунуштайбыз",
    "• 8 × NVIDIA A100 80GB GPU кластерине жеткиликтүүлүк (жылына ~150 000 GPU-саат);",
    "• жылына эки эл аралык конференцияга баруу чыгымдары (Interspeech 2025, ICASSP 2026);",
    "• Таллинде (Эстония) 3 айлык стажировка, «Efficient Speech Models» жайкы мектеби;",
    "• медициналык камсыздандыруу жана Каракол кампусунда жатакана.", "",
    "Кантип тапшыруу керек",
    "Арызды онлайн портал аркылуу гана кабыл алабыз: https://jobs.ikist.edu.kg/apply/IKIST-HR-2024-031",
    "Керектүү документтер: CV (2 беттен ашпаган), мотивациялык кат (1 бет), эки сунуш кат, дипломдун жана баалардын көчүрмөсү.",
    "Лабораториянын коду: https://github.com/ikist-speech · Маалымат топтому: https://commonvoice.mozilla.org/ky/datasets",
    "Лаборатория жөнүндө видео (YouTube, 6 мүн.): https://www.youtube.com/watch?v=Qh7tKz2mV9o",
    "Суроолор үчүн: Др. Айгерим Токтогулова, a.toktogulova@example.kg, +996 312 54 18 27 (дүйшөмбү–жума, 10:00–17:00).", "",
    "Бөлүшүү", "Facebook", "LinkedIn", "Telegram", "Шилтемени көчүрүү", "",
    "Окшош вакансиялар", "",
    "Постдок: табигый тилди иштетүү (NLP) үчүн чоң тил моделдери", "Мөөнөтү: 30.04.2024", "",
    "Маалымат инженери (Data Engineer), кеп корпусу", "Мөөнөтү: 22.03.2024", "",
    "Лаборант: GPU кластерин тейлөө (жарым ставка)", "Мөөнөтү: 10.05.2024", "",
    "© 2024 Ысык-Көл Илим жана Технология Институту · Каракол ш., Абдрахманов көч., 103 · +996 3922 5 07 41",
    "Купуялык саясаты · Сайттын картасы", "",
]
write("286_negative_phd_job_advert_copied_text_kyrgyz_speech_recognition.txt", "\n".join(out), negative=True)
