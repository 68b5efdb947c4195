#!/usr/bin/env python3
"""266: NEGATIVE. A JSON Resume file (resume.json, jsonresume.org schema v1.0.0) of a Mongolian ML engineer, Mongolian
summaries and highlights; courses, certificates, repositories, datasets, talks and a book, but no paper (no
`publications` section). The builder refuses any catalogue title and any arXiv-shaped id."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

r = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Батбаяр Энхтуяа",
        "label": "Машин сургалтын инженер (NLP, яриа таних)",
        "image": "https://avatars.githubusercontent.com/u/48151623",
        "email": "enkhtuya.b@example.mn",
        "phone": "+976 9911 4820",
        "url": "https://enkhtuya.example.mn",
        "summary": "Монгол хэлний яриа таних (ASR) болон текст ангиллын системийг 4 жил хөгжүүлсэн. PyTorch, Hugging Face Transformers, Kaldi, ONNX Runtime-тай ажилладаг. Монгол кирилл болон уламжлалт монгол бичгийн өгөгдөл бэлтгэх туршлагатай.",
        "location": {"address": "Сүхбаатар дүүрэг, 1-р хороо", "postalCode": "14200", "city": "Улаанбаатар", "countryCode": "MN", "region": "Улаанбаатар"},
        "profiles": [
            {"network": "GitHub", "username": "enkhtuya-b", "url": "https://github.com/enkhtuya-b"},
            {"network": "Hugging Face", "username": "enkhtuya", "url": "https://huggingface.co/enkhtuya"},
            {"network": "LinkedIn", "username": "enkhtuya-batbayar", "url": "https://www.linkedin.com/in/enkhtuya-batbayar"},
        ],
    },
    "work": [
        {"name": "Дата Лаб ХХК", "position": "Ахлах ML инженер", "url": "https://datalab.example.mn", "startDate": "2022-03-01",
         "summary": "Банк, харилцаа холбооны салбарт зориулсан дуудлагын төвийн яриа таних систем.",
         "highlights": ["wav2vec2-д суурилсан монгол ASR загварыг 38%-иас 14.2% WER хүртэл сайжруулсан",
                        "Whisper small загварыг 220 цагийн дотоод өгөгдөл дээр fine-tune хийж, ONNX-д хөрвүүлсэн",
                        "Kubernetes дээр Triton Inference Server ашиглан секундэд 120 хүсэлт боловсруулах үйлчилгээ"]},
        {"name": "Монгол Улсын Их Сургууль, ХШУИС", "position": "Судалгааны туслах", "startDate": "2020-09-01", "endDate": "2022-02-28",
         "summary": "Монгол хэлний нэрлэсэн объект таних (NER) өгөгдлийн сан бэлтгэх төсөл.",
         "highlights": ["12 000 өгүүлбэр бүхий NER корпус тэмдэглэсэн (BIO формат)", "BERT-base-multilingual-cased загварыг дахин сургасан"]},
    ],
    "volunteer": [
        {"organization": "PyCon Mongolia 2023", "position": "Илтгэгч", "url": "https://pycon.example.mn/2023/talks/17", "startDate": "2023-10-14", "endDate": "2023-10-14",
         "summary": "Илтгэл: «Монгол ярианы өгөгдлийг цэвэрлэх нь: 5 алдаа ба шийдэл» (30 минут)", "highlights": ["Слайд болон видео бичлэг YouTube-д байршсан"]},
        {"organization": "Mozilla Common Voice", "position": "Монгол хэлний хэсгийн сайн дурын ажилтан", "startDate": "2021-01-01",
         "summary": "Өгүүлбэр цуглуулах, бичлэг шалгах.", "highlights": ["18 000 гаруй бичлэг баталгаажуулсан"]},
    ],
    "education": [
        {"institution": "Монгол Улсын Их Сургууль", "url": "https://www.num.edu.mn", "area": "Компьютерийн ухаан", "studyType": "Бакалавр",
         "startDate": "2016-09-01", "endDate": "2020-06-15", "score": "3.6",
         "courses": ["CS301 — Алгоритмын шинжилгээ", "CS412 — Машин сургалт", "CS415 — Хэл боловсруулалт", "MATH205 — Магадлал, статистик"]},
        {"institution": "Stanford Online", "area": "Deep Learning", "studyType": "Онлайн сургалт", "startDate": "2021-01-10", "endDate": "2021-04-30",
         "courses": ["CS224N: Natural Language Processing with Deep Learning", "CS231n: Convolutional Neural Networks for Visual Recognition"]},
    ],
    "awards": [
        {"title": "Kaggle Competitions Expert", "date": "2022-11-05", "awarder": "Kaggle", "summary": "Хоёр мөнгөн медаль (текст ангилал)."},
        {"title": "Шилдэг залуу инженер 2023", "date": "2023-12-20", "awarder": "Монголын Мэдээллийн Технологийн Холбоо"},
    ],
    "certificates": [
        {"name": "Deep Learning Specialization", "date": "2021-08-02", "issuer": "DeepLearning.AI / Coursera", "url": "https://www.coursera.org/account/accomplishments/specialization/EXAMPLE12"},
        {"name": "Hugging Face NLP Course", "date": "2022-05-17", "issuer": "Hugging Face"},
        {"name": "AWS Certified Machine Learning – Specialty", "date": "2023-06-30", "issuer": "Amazon Web Services", "url": "https://www.credly.com/badges/00000000-aaaa-bbbb-cccc-000000000000"},
        {"name": "Practical Deep Learning for Coders", "date": "2020-12-01", "issuer": "fast.ai"},
    ],
    "skills": [
        {"name": "Машин сургалт", "level": "Ахисан", "keywords": ["PyTorch", "Transformers", "wav2vec2", "Whisper", "CTC loss", "beam search", "KenLM"]},
        {"name": "MLOps", "level": "Дунд", "keywords": ["Docker", "Kubernetes", "Triton", "MLflow", "DVC"]},
        {"name": "Өгөгдөл", "level": "Ахисан", "keywords": ["Common Voice mn", "FLEURS", "OSCAR", "Label Studio"]},
    ],
    "languages": [{"language": "Монгол", "fluency": "Төрөлх"}, {"language": "English", "fluency": "Professional working proficiency"},
                  {"language": "日本語", "fluency": "Elementary"}],
    "interests": [{"name": "Ном", "keywords": ["«Deep Learning» (Goodfellow, Bengio, Courville)", "«Speech and Language Processing» (Jurafsky & Martin)",
                                               "«Designing Machine Learning Systems» (Chip Huyen)"]},
                  {"name": "Подкаст", "keywords": ["Latent Space", "The Gradient"]}],
    "references": [{"name": "Д. Ганзориг, МУИС-ийн дэд профессор",
                    "reference": "Энхтуяа манай NER корпусын төслийг бие даан удирдаж, 3 оюутныг сургасан. Маш хариуцлагатай."}],
    "projects": [
        {"name": "mn-asr-toolkit", "description": "Монгол ярианы өгөгдлийг цэвэрлэх, сегментчлэх CLI хэрэгсэл (MIT лиценз).", "url": "https://github.com/enkhtuya-b/mn-asr-toolkit",
         "startDate": "2022-06-01", "highlights": ["GitHub дээр 340 од", "PyPI: mn-asr-toolkit 0.9.3"], "keywords": ["Python", "sox", "webrtcvad"], "roles": ["Зохиогч"], "type": "application"},
        {"name": "mongolian-news-classification", "description": "Монгол мэдээний 8 ангилалтай өгөгдлийн сан ба жишиг загвар.", "url": "https://huggingface.co/datasets/enkhtuya/mongolian-news-8",
         "startDate": "2021-03-01", "endDate": "2021-07-31", "highlights": ["41 000 мэдээ, 2015–2021", "XLM-RoBERTa жишиг: 91.4% нарийвчлал"], "type": "dataset"},
    ],
    "meta": {"canonical": "https://raw.githubusercontent.com/enkhtuya-b/resume/main/resume.json", "version": "v1.0.0", "lastModified": "2024-02-11T09:30:00"},
}
write("266_negative_json_resume_mongolian_ml_engineer_cv.json", json.dumps(r, indent=2, ensure_ascii=False) + "\n", negative=True)
