#!/usr/bin/env python3
"""2209: a Pylint configuration (`.pylintrc` of a teaching repository: [MAIN], [MESSAGES CONTROL], [BASIC], [FORMAT],
[DESIGN], [SIMILARITIES], [TYPECHECK]) of an invented Korean lab whose comments explain the short variable names
allowed in `good-names` by the papers the code reimplements: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) beside
their titles, `arXiv:2006.03656` in a comment, titles alone in comments (two papers not on arXiv); non-papers (the
Pylint docs, a repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEX, DBN

F = by_num(2209)
TXT = fill(r'''# .pylintrc -- 백본비교 (backbone-bigyo) 실습 저장소
# 관리: 정다은 <daeun.jung@baekbon-lab.example.kr>, 2024년 2학기
# 옵션 설명: https://pylint.readthedocs.io/en/stable/user_guide/configuration/all-options.html

[MAIN]
jobs=0
ignore=third_party,build
ignore-patterns=^\.#,^test_.*_gen\.py$
load-plugins=pylint.extensions.docparams,
             pylint.extensions.no_self_use
persistent=yes
py-version=3.10

[MESSAGES CONTROL]
# 실험 스크립트는 인자가 많아서 R0913 은 끔
disable=missing-module-docstring,
        too-many-arguments,
        too-many-locals,
        consider-using-f-string,
        fixme

[BASIC]
# 논문 기호를 그대로 쓰는 짧은 이름들:
#   alpha, beta, phi -- 복합 스케일링 계수, [[T:1905.11946]]
#                       https://arxiv.org/abs/1905.11946
#   lr, wd, bs       -- 학습 설정, [[T:2106.10270]]
#                       https://arxiv.org/pdf/2106.10270v2
#   syn, real        -- 합성 데이터, [[T:2006.05929]]
#                       http://arxiv.org/abs/2006.05929
#   h, a             -- [[T:2006.03656]] (arXiv:2006.03656, 다음 학기 과제)
good-names=i,j,k,x,y,z,h,a,lr,wd,bs,alpha,beta,phi,syn,real,_
bad-names=foo,bar,baz,tmp
argument-naming-style=snake_case
class-naming-style=PascalCase
const-rgx=(([A-Z_][A-Z0-9_]*)|(__.*__))$

[FORMAT]
max-line-length=110
indent-string='    '
expected-line-ending-format=LF

[DESIGN]
max-args=12
max-attributes=15
max-branches=14

[SIMILARITIES]
min-similarity-lines=6
ignore-comments=yes
ignore-docstrings=yes

[TYPECHECK]
# torch 는 C 확장이라 멤버 검사를 건너뜀
generated-members=torch.*,numpy.*
ignored-modules=timm

# 읽을거리 (링크 없음, 세미나에서 다룸):
#   [[T:alex]] -- 1주차 배경
#   [[T:dbn]] -- 역사 강의용
#   [[T:2101.08809]]
#   [[T:2103.14339]]
# 교재: 오일석, 『기계 학습』(한빛아카데미) 4장. 실습 코드: https://github.com/baekbon-lab/backbone-bigyo
# 세미나 녹화: https://video.baekbon-lab.example.kr/seminar/2024-10
''', {"alex": ALEX, "dbn": DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
