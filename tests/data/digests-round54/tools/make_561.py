#!/usr/bin/env python3
"""561: an EndNote 20 library exported with the "BibTeX Export" output style: RN keys, three-space indented fields,
capitalised ISSN / DOI, a closing `type = {…}` naming EndNote's reference type, Korean notes, keywords and a
Korean thesis; titles as the records hold them (one in sentence case from a journal import)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import F561, keys, LSTM

def bibnames(k):
    out = []
    for n in authors(k):
        p = n.split()
        out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " and ".join(out)

def entry(typ, rn, fields, reftype):
    body = ",\n".join(f"   {k} = {{{v}}}" for k, v in fields + [("type", reftype)])
    return f"@{typ}{{RN{rn},\n{body}\n}}\n"

E = []
E.append(entry("article", 3, [("author", "Hochreiter, Sepp and Schmidhuber, Jürgen"), ("title", "Long short-term memory"),
   ("journal", "Neural Computation"), ("volume", "9"), ("number", "8"), ("pages", "1735-1780"),
   ("note", "게이트 구조(입력/망각/출력)의 원전. 2장 CEC 설명만 읽어도 충분함."),
   ("keywords", "순환신경망; 기억; LSTM"), ("ISSN", "0899-7667"), ("DOI", "10.1162/neco.1997.9.8.1735"),
   ("url", "https://doi.org/10.1162/neco.1997.9.8.1735"), ("year", "1997")], "Journal Article"))
E.append(entry("article", 7, [("author", "Graves, Alex and Wayne, Greg and Danihelka, Ivo"), ("title", T("1410.5401")),
   ("journal", "arXiv preprint arXiv:1410.5401"), ("note", "외부 메모리 + 내용/위치 기반 주소 지정. 복사 과제 실험(그림 3) 재현해 볼 것."),
   ("keywords", "외부 메모리; 미분 가능한 컴퓨터"), ("year", "2014")], "Journal Article"))
E.append(entry("inproceedings", 11, [("author", bibnames("2001.04451")), ("title", T("2001.04451")),
   ("booktitle", "International Conference on Learning Representations"),
   ("note", "LSH 어텐션 + 가역 잔차층. 리뷰 스레드도 읽어볼 만함."),
   ("keywords", "효율적 트랜스포머; LSH"), ("url", "https://openreview.net/forum?id=" + OR("2001.04451")),
   ("year", "2020")], "Conference Proceedings"))
E.append(entry("inproceedings", 12, [("author", bibnames("2004.11886")), ("title", T("2004.11886")),
   ("booktitle", "International Conference on Learning Representations (ICLR)"),
   ("note", "모바일 환경용. 어텐션(전역)과 합성곱(지역) 가지를 나눔. 세미나 3주차."),
   ("keywords", "경량 모델; 모바일 NLP"), ("year", "2020")], "Conference Proceedings"))
E.append(entry("misc", 15, [("author", bibnames("2010.06891")), ("title", T("2010.06891")),
   ("note", "ICLR 2021 투고본(OpenReview). 메모리 슬롯을 시간에 따라 갱신; MRBP 학습 기법."),
   ("keywords", "메모리 증강; 순환"), ("url", "https://openreview.net/forum?id=" + OR("2010.06891")),
   ("year", "2020")], "Generic"))
E.append(entry("inproceedings", 18, [("author", bibnames("2202.10447")), ("title", T("2202.10447")),
   ("booktitle", "Proceedings of the 39th International Conference on Machine Learning"),
   ("series", "Proceedings of Machine Learning Research"), ("volume", "162"), ("pages", "9099-9117"),
   ("note", "FLASH: GAU 층 + 청크 단위 선형 어텐션. PMLR 판 기준."),
   ("keywords", "선형 어텐션; 게이트"), ("url", "https://proceedings.mlr.press/v162/hua22a.html"),
   ("year", "2022")], "Conference Proceedings"))
E.append(entry("article", 21, [("author", bibnames("2302.10866")), ("title", T("2302.10866")),
   ("journal", "arXiv preprint"),
   ("note", "Hyena 연산자: 암묵적 장 합성곱 + 게이트. ICML 2023 채택."),
   ("keywords", "합성곱 언어모델; 서브쿼드라틱"), ("url", "https://arxiv.org/abs/2302.10866"),
   ("year", "2023")], "Journal Article"))
E.append(entry("techreport", 22, [("author", bibnames("2306.15595")), ("title", T("2306.15595")),
   ("institution", "Meta AI"),
   ("note", "위치 보간(PI): RoPE 위치를 선형으로 줄여 2k→32k. 미세조정 1000 스텝이면 됨. 실험실 LLaMA 체크포인트에 적용 예정."),
   ("keywords", "긴 문맥; RoPE"), ("year", "2023")], "Report"))
E.append(entry("book", 25, [("author", "Graves, Alex"), ("title", "Supervised Sequence Labelling with Recurrent Neural Networks"),
   ("publisher", "Springer"), ("address", "Berlin, Heidelberg"), ("series", "Studies in Computational Intelligence"),
   ("volume", "385"), ("note", "도서관 전자책. 4장이 LSTM 해설."), ("ISBN", "978-3-642-24796-5"), ("year", "2012")], "Book"))
E.append(entry("phdthesis", 26, [("author", "박, 서윤"), ("title", "장문 맥락 언어모델을 위한 메모리 압축 기법 연구"),
   ("school", "가온대학교 대학원 인공지능학과"), ("address", "대전"),
   ("note", "선배 학위논문. 관련연구 장의 표 2-1 참고."), ("year", "2023")], "Thesis"))
E.append(entry("misc", 28, [("author", "Dao-AILab"), ("title", "flash-attention: Fast and memory-efficient exact attention"),
   ("note", "소프트웨어(GitHub 저장소). 논문 아님 — 실습용."), ("url", "https://github.com/Dao-AILab/flash-attention"),
   ("year", "2024")], "Computer Program"))
E.append(entry("misc", 30, [("author", "김, 도현"), ("title", "트랜스포머 메모리 계열 정리 (연구실 위키)"),
   ("note", "내부 위키 페이지. 접속: 2024-03-02"), ("url", "https://wiki.nlp-lab.example.kr/memory-models"),
   ("year", "2024")], "Web Page"))
# EndNote writes the records in library order (here: the RN order)
text = "\n".join(E)
write_only(F561, text, keys(F561))
