#!/usr/bin/env python3
"""2092: a Celestia solar-system catalog (.ssc) add-on of invented asteroids named for an invented planetarium
club's reading list, Korean `#` comments: links in InfoURL fields (`/abs/`, `/pdf/…v1`, `http://`, `/pdf/….pdf`), one
`arXiv:NNNN.NNNNN` in a comment, titles alone in comments; non-papers (the Celestia wiki, a book, the repository, a
talk). Tab-indented. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2092)
TXT = fill('# 독서소행성.ssc -- 천문동아리 "별빛읽기" 가상의 소행성 애드온 (Celestia 1.6 이상)\n# 만든 사람: 한지민 <jimin.han@byeolbit.example.kr>\n# 저장소: https://github.com/byeolbit-club/dokseo-asteroids\n# 설치: extras/ 폴더에 복사 -- 문법은 Celestia 위키의 SSC 문서 참고 (https://www.celestiaproject.space/)\n# 참고 도서: Murray & Dermott, "Solar System Dynamics"\n# 발표 영상: https://video.byeolbit.example.kr/balpyo/2024-05\n#\n# 소행성마다 이번 학기에 읽은 논문 하나씩 (InfoURL = 논문 링크)\n# 궤도 요소는 모두 임의로 지은 값입니다.\n\n"Dokseo-1" "Sol"\n{\n\tClass "asteroid"\n\tTexture "asteroid.jpg"\n\tRadius 14\n\t# [[T:2001.08361]]\n\tInfoURL "https://arxiv.org/abs/2001.08361"\n\tEllipticalOrbit\n\t{\n\t\tPeriod 4.21\n\t\tSemiMajorAxis 2.61\n\t\tEccentricity 0.081\n\t\tInclination 5.4\n\t\tAscendingNode 80.3\n\t\tArgOfPericenter 72.5\n\t\tMeanAnomaly 12.0\n\t}\n}\n\n"Dokseo-2" "Sol"\n{\n\tClass "asteroid"\n\tTexture "asteroid.jpg"\n\tRadius 9\n\t# [[T:2203.15556]]\n\tInfoURL "https://arxiv.org/pdf/2203.15556v1"\n\tEllipticalOrbit\n\t{\n\t\tPeriod 3.64\n\t\tSemiMajorAxis 2.37\n\t\tEccentricity 0.12\n\t\tInclination 7.9\n\t\tAscendingNode 140.1\n\t\tArgOfPericenter 301.7\n\t\tMeanAnomaly 245.6\n\t}\n}\n\n"Dokseo-3" "Sol"\n{\n\tClass "asteroid"\n\tTexture "asteroid.jpg"\n\tRadius 21\n\t# [[T:2101.03961]]\n\tInfoURL "http://arxiv.org/abs/2101.03961"\n\tEllipticalOrbit\n\t{\n\t\tPeriod 5.02\n\t\tSemiMajorAxis 2.93\n\t\tEccentricity 0.064\n\t\tInclination 11.2\n\t\tAscendingNode 22.8\n\t\tArgOfPericenter 190.4\n\t\tMeanAnomaly 88.1\n\t}\n}\n\n"Dokseo-4" "Sol"\n{\n\tClass "asteroid"\n\tTexture "asteroid.jpg"\n\tRadius 6\n\t# [[T:2206.07682]]\n\tInfoURL "https://arxiv.org/pdf/2206.07682.pdf"\n\tEllipticalOrbit\n\t{\n\t\tPeriod 4.47\n\t\tSemiMajorAxis 2.71\n\t\tEccentricity 0.15\n\t\tInclination 3.3\n\t\tAscendingNode 261.0\n\t\tArgOfPericenter 45.9\n\t\tMeanAnomaly 310.2\n\t}\n}\n\n# 다음 학기 후보 (아직 소행성 없음):\n#   [[T:2306.11644]] -- arXiv:2306.11644\n#   [[T:2104.08691]]\n#   [[T:2303.18223]] (개관 논문, 발표자 미정)\n#   [[T:1910.10683]]\n', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
