#!/usr/bin/env python3
"""2250: a KataGo GTP engine configuration (`gtp_lab.cfg`, cut down from KataGo's `gtp_example.cfg`: `key = value`
lines under `#` section comments — logs, analysis, rules, resignation, search limits, threads, GPU) of an invented
Korean Go-AI study group whose weekly reading list sits in the comments: an OpenReview forum link and arXiv links
(`/abs/`, `/pdf/…v1`, `http://`) after the titles, `arXiv:2310.08560` beside a title, titles alone (one of them,
AlphaGo Zero's Nature paper, not on arXiv); non-papers (KataGo's repository and example config, the Sabaki GUI, a
book, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, AGZ

F = by_num(2250)
TXT = fill(r'''# gtp_lab.cfg -- KataGo GTP 설정 (연구실 바둑 AI 스터디용)
# 관리: 김도윤 <doyun.kim@baduk-lab.example.kr>
# KataGo v1.15의 gtp_example.cfg를 복사해서 필요한 것만 남김. 각 항목 설명은 원본에:
#   https://github.com/lightvector/KataGo/blob/master/cpp/configs/gtp_example.cfg
# 실행: katago gtp -model models/kata1-b18c384nbt.bin.gz -config gtp_lab.cfg
# Sabaki에 엔진으로 등록해서 복기할 때 씀.

# Logs and files ----------------------------------------------------------
logDir = gtp_logs
logAllGTPCommunication = true
logSearchInfo = true
logToStderr = false

# Analysis ----------------------------------------------------------------
analysisPVLen = 15
reportAnalysisWinratesAs = BLACK

# Default rules -----------------------------------------------------------
# 한국 규칙(집 계산은 일본식). 스터디 대국은 전부 이걸로.
rules = korean

# Bot behavior ------------------------------------------------------------
allowResignation = true
resignThreshold = -0.90
resignConsecTurns = 3
resignMinScoreDifference = 40

# Search limits -----------------------------------------------------------
# 복기용이라 넉넉하게. 대국용 설정은 gtp_match.cfg에 따로 있음.
maxVisits = 1600
maxTime = 10.0
ponderingEnabled = false
lagBuffer = 1.0
searchFactorAfterOnePass = 0.50
searchFactorAfterTwoPass = 0.25

# Threads and cache -------------------------------------------------------
numSearchThreads = 16
nnCacheSizePowerOfTwo = 20
nnMutexPoolSizePowerOfTwo = 16
nnMaxBatchSize = 16
numNNServerThreadsPerModel = 1

# GPU (연구실 서버, RTX 3090 한 장) ----------------------------------------
cudaDeviceToUseThread0 = 0
cudaUseFP16 = auto
cudaUseNHWC = auto

# ==== 스터디 읽을거리 (격주 목요일 19시, 302호) ====
# 1주: [[T:agz]]
#      (Nature 2017. KataGo가 여기서 출발했으니 처음에 같이 읽기)
# 2주: [[T:2106.02039]]
#      https://arxiv.org/abs/2106.02039
# 3주: [[T:2006.05990]]
#      https://arxiv.org/pdf/2006.05990v1
# 4주: [[T:2210.03629]]
#      https://openreview.net/forum?id=WE_vluYUL-X
# 5주: [[T:2304.03442]]
#      http://arxiv.org/abs/2304.03442
# 후보 (지훈 선배 추천, 투표로 정함):
#      [[T:2310.08560]] (arXiv:2310.08560)
#      [[T:2307.15818]]
#      [[T:2308.03688]]
# 교재: Sutton & Barto, "Reinforcement Learning: An Introduction" (2판), 8장과 16장.
# 스터디 저장소: https://github.com/baduk-lab/study
# 지난 발표 녹화: https://video.baduk-lab.example.kr/study/2024-11
''', {"agz": AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
