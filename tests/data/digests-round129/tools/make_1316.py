#!/usr/bin/env python3
"""1316 (negative): gron output (Korean): a Seoul-like graduate NLP course's teaching assistant (이민지) checked the
course's `course.json` (schedule, staff, materials, datasets, grading, leaderboard) and the course account's GitHub
stars with gron, and pasted the terminal into the course's KakaoTalk-like notice board draft. gron's output as
remembered: one assignment a line (`json.a.b = value;`), an object or array declared (`= {};` / `= [];`) before its
members, keys sorted (arrays by index), keys that are not identifiers in `["…"]`, strings as Go's encoding/json writes
them (raw UTF-8, `&` `<` `>` as `\\u0026` `\\u003c` `\\u003e`); the stars through `grep -E` (only the matching
lines). Everything is software, repositories, datasets, courses, docs, videos, a leaderboard, people, rooms, dates and
ids: no paper, nothing arXiv-shaped."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1316

IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*$")


def gval(v):
    s = json.dumps(v, ensure_ascii=False)
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") if isinstance(v, str) else s


def gron(v, path="json"):
    if isinstance(v, dict):
        out = [f"{path} = {{}};"]
        for k in sorted(v):
            out += gron(v[k], f"{path}.{k}" if IDENT.match(k) else f"{path}[{json.dumps(k, ensure_ascii=False)}]")
        return out
    if isinstance(v, list):
        out = [f"{path} = [];"]
        for i, x in enumerate(v): out += gron(x, f"{path}[{i}]")
        return out
    return [f"{path} = {gval(v)};"]


DOM = "nlp-gangui.example.ac.kr"
course = {
 "course": {"code": "AAI5023", "title": "자연어처리 심화", "semester": "2024-1", "credits": 3, "room": "공학관 B동 412호", "time": "화 15:00-17:45", "language": "한국어 (자료는 영어)"},
 "instructor": {"name": "김도윤", "email": f"doyun.kim@{DOM}", "office_hours": "목 13:00-14:30, 공학관 B동 507호"},
 "tas": [{"name": "이민지", "email": f"minji.lee@{DOM}", "github": "minji-nlp"}, {"name": "박준호", "email": f"junho.park@{DOM}", "github": "junho-p"}],
 "schedule": [
  {"week": 1, "date": "2024-03-05", "topic": "과목 소개, 단어 임베딩 복습", "materials": ["slides/w01.pdf", "https://pytorch.org/tutorials/beginner/nlp/word_embeddings_tutorial.html"]},
  {"week": 2, "date": "2024-03-12", "topic": "토크나이저: BPE, WordPiece, SentencePiece 실습", "materials": ["slides/w02.pdf", "https://huggingface.co/docs/tokenizers/index"]},
  {"week": 3, "date": "2024-03-19", "topic": "트랜스포머 구조 (인코더/디코더)", "materials": ["slides/w03.pdf", "https://jalammar.github.io/illustrated-transformer/"]},
  {"week": 4, "date": "2024-03-26", "topic": "사전학습 언어모델 미세조정 <실습: KLUE-NLI>", "materials": ["labs/lab04.ipynb", "https://huggingface.co/docs/transformers/training"]},
  {"week": 8, "date": "2024-04-23", "topic": "중간 프로젝트 발표", "materials": []},
  {"week": 11, "date": "2024-05-14", "topic": "검색 증강 생성 (RAG) 실습 & 평가", "materials": ["labs/lab11.ipynb", "https://python.langchain.com/docs/tutorials/rag/"]},
 ],
 "datasets": [
  {"name": "KLUE", "url": "https://huggingface.co/datasets/klue", "note": "NLI, NER, STS 과제 사용"},
  {"name": "KorQuAD 1.0", "url": "https://korquad.github.io/", "note": "기말 프로젝트 후보"},
  {"name": "NSMC (네이버 영화 리뷰)", "url": "https://github.com/e9t/nsmc", "note": "과제 1 감성분석"},
 ],
 "grading": {"assignments": 40, "midterm_project": 20, "final_project": 30, "participation": 10},
 "leaderboard": f"https://leaderboard.{DOM}/aai5023/2024-1?task=nli&sort=acc",
 "links": {"lms": f"https://lms.{DOM}/course/view.php?id=48213", "videos": "https://www.youtube.com/playlist?list=PLq7Vz2fXoKb0HcR9tW4mNeLdJ5sYa1uQi",
           "kakao-open-chat": "https://open.kakao.com/o/gR4tQv2h", "code": "https://github.com/minji-nlp/aai5023-labs"},
 "updated_at": "2024-05-13T22:41:09+09:00",
}
stars = [
 {"full_name": "huggingface/transformers", "description": "🤗 Transformers: State-of-the-art Machine Learning for Pytorch, TensorFlow, and JAX.", "html_url": "https://github.com/huggingface/transformers", "language": "Python", "stargazers_count": 128417, "topics": ["nlp", "pytorch", "transformer"]},
 {"full_name": "KLUE-benchmark/KLUE", "description": "📖  Korean NLU Benchmark", "html_url": "https://github.com/KLUE-benchmark/KLUE", "language": None, "stargazers_count": 551, "topics": ["benchmark", "korean", "nlu"]},
 {"full_name": "karpathy/nanoGPT", "description": "The simplest, fastest repository for training/finetuning medium-sized GPTs.", "html_url": "https://github.com/karpathy/nanoGPT", "language": "Python", "stargazers_count": 33870, "topics": []},
 {"full_name": "e9t/nsmc", "description": "Naver sentiment movie corpus", "html_url": "https://github.com/e9t/nsmc", "language": None, "stargazers_count": 605, "topics": []},
 {"full_name": "huggingface/datasets", "description": "🤗 The largest hub of ready-to-use datasets for ML models with fast, easy-to-use and efficient data manipulation tools", "html_url": "https://github.com/huggingface/datasets", "language": "Python", "stargazers_count": 18702, "topics": ["datasets", "machine-learning", "nlp"]},
 {"full_name": "minji-nlp/aai5023-labs", "description": "자연어처리 심화 (2024-1) 실습 노트북 & 과제 템플릿 <조교용>", "html_url": "https://github.com/minji-nlp/aai5023-labs", "language": "Jupyter Notebook", "stargazers_count": 7, "topics": ["course", "korean-nlp"]},
]
full = []
for i, s in enumerate(stars):  # the API's other fields, which grep filters out
    r = {"id": 155220641 + 97 * i, "node_id": f"R_kgDOJ{i}xQ", "name": s["full_name"].split("/")[1], "private": False, "fork": False,
         "created_at": "2018-10-29T13:56:00Z", "archived": False, "default_branch": "main", "forks_count": 20 + i, "open_issues_count": 3 + i,
         "owner": {"login": s["full_name"].split("/")[0], "type": "Organization"}, **s}
    full.append(r)
pat = re.compile(r"\]\.(description|full_name|html_url|language|stargazers_count|topics)")
P = "minji@aai5023-ta:~/course$ "
out = [P + "gron course.json"] + gron(course)
out += [P + "gh api 'user/starred?per_page=6' | gron | grep -E '\\]\\.(description|full_name|html_url|language|stargazers_count|topics)'"]
out += [l for l in gron(full) if pat.search(l)]
out.append(P)
text = "\n".join(out) + "\n"
write(F1316, text, negative=True)
