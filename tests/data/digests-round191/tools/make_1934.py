#!/usr/bin/env python3
"""1934: a Korean course's Desmos graph state (`3주차-초기화와-스케일링.json`, `JSON.stringify(Calc.getState(), null,
2)` saved by the TA): version, randomSeed, graph settings, and an expression list of folders, text notes,
expressions with sliders and a table. Papers in the notes — arXiv `/abs/`, `/pdf/…v2`, `http://` links, one id in a
note (arxiv-text), four titles alone (one not on arXiv) — beside non-papers (a book, a dataset, a repository, a
talk, the Desmos help). LF, a final newline (the TA's script adds it)."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(1934)


def build():
    E = []
    nid = [0]

    def add(**kw):
        nid[0] += 1
        d = {"type": kw.pop("type"), "id": str(nid[0])}
        d.update(kw)
        E.append(d)
        return d["id"]

    f1 = add(type="folder", title="1. 초기화: 분산을 지켜라", collapsed=False)
    add(type="text", folderId=f1, text=(f"ReLU 신경망 초기화는 {T('1502.01852')} (arXiv 1502.01852) 에서 나온 "
                                       "He 초기화. 아래 슬라이더 n 으로 fan-in 을 바꿔 보세요."))
    add(type="expression", folderId=f1, color="#c74440", latex=r"n=64",
        slider={"hardMin": True, "hardMax": True, "min": "1", "max": "512", "step": "1"})
    add(type="expression", folderId=f1, color="#2d70b3", latex=r"\sigma_{He}=\sqrt{\frac{2}{n}}")
    add(type="expression", folderId=f1, color="#388c46", latex=r"y=\frac{1}{\sigma_{He}\sqrt{2\pi}}e^{-\frac{x^{2}}{2\sigma_{He}^{2}}}")
    f2 = add(type="folder", title="2. 깊이: 잔차 연결", collapsed=True)
    add(type="text", folderId=f2, text=f"{T('1512.03385')} https://arxiv.org/abs/1512.03385 — 층을 쌓아도 학습 오차가 줄어드는 이유를 그래프로.")
    add(type="expression", folderId=f2, color="#6042a6", latex=r"L=20",
        slider={"hardMin": True, "hardMax": True, "min": "1", "max": "152", "step": "1"})
    add(type="expression", folderId=f2, color="#000000", latex=r"g_{plain}\left(x\right)=0.9^{Lx}")
    add(type="expression", folderId=f2, color="#c74440", latex=r"g_{res}\left(x\right)=1")
    f3 = add(type="folder", title="3. 스케일링: 깊이·너비·해상도", collapsed=True)
    add(type="text", folderId=f3, text=f"{T('1905.11946')} — http://arxiv.org/abs/1905.11946 · 복합 계수 \u03c6 로 세 축을 함께 키운다.")
    add(type="expression", folderId=f3, color="#2d70b3", latex=r"\phi=1",
        slider={"hardMin": True, "hardMax": True, "min": "0", "max": "6", "step": "0.1"})
    add(type="expression", folderId=f3, color="#fa7e19", latex=r"F\left(\phi\right)=\left(1.2\cdot1.1^{2}\cdot1.15^{2}\right)^{\phi}")
    add(type="table", folderId=f3, columns=[
        {"values": ["0", "1", "2", "3"], "hidden": False, "id": "c1", "color": "#c74440", "latex": "x_{1}"},
        {"values": ["77.1", "79.1", "80.1", "81.6"], "hidden": False, "id": "c2", "color": "#2d70b3", "latex": "y_{1}", "points": True, "lines": True}])
    f4 = add(type="folder", title="4. ViT 학습 레시피", collapsed=True)
    add(type="text", folderId=f4, text=f"{T('2106.10270')}\nhttps://arxiv.org/pdf/2106.10270v2\n데이터·증강·정규화의 교환 관계: 데이터 10배 ≈ 증강+정규화.")
    add(type="expression", folderId=f4, color="#388c46", latex=r"a\left(d\right)=75+4\log_{10}\left(d\right)")
    add(type="text", text=("다음 주 읽을거리 (링크는 조교가 LMS 에 올림):\n"
                          f"\u2022 {T(ALEXNET)}\n\u2022 {T('1912.11370')}\n\u2022 {T('2004.08955')}\n\u2022 {T('2006.06882')}"))
    add(type="text", text=("논문 아님: 교재 『Dive into Deep Learning』(d2l.ai), ImageNet 데이터셋, 코드 https://github.com/pytorch/vision , "
                          "지난 특강 영상 https://vod.cvlecture.example.kr/2024/week2 , Desmos 도움말 https://help.desmos.com/"))
    state = {
        "version": 11,
        "randomSeed": hashlib.md5(b"week3").hexdigest(),
        "graph": {"viewport": {"xmin": -2.5, "ymin": -0.4, "xmax": 10.5, "ymax": 3.2},
                  "xAxisLabel": "x", "yAxisLabel": "y", "showGrid": True},
        "expressions": {"list": E},
    }
    return json.dumps(state, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
