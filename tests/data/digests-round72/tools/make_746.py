#!/usr/bin/env python3
"""746 (negative): a DVC 3 pipeline file (dvc.yaml) of a Korean speech lab's ASR benchmark: top-level `vars` (a params
file and inline values), `stages` with `cmd` (strings and lists), `wdir`, `deps`, `params` (bare keys and
`file.yaml:` maps), `outs` (with `cache: false` / `persist: true`), `metrics` (`cache: false`), `plots`, a
`foreach` / `do` stage with `${item.*}` and `${key}` interpolation, `frozen`, and the top-level `plots` block with
x / y / template. Comments in Korean; no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(746)
text = """# ─────────────────────────────────────────────────────────────
# 음성인식(ASR) 벤치마크 파이프라인 — 한빛음성연구실 (가상)
# 관리: 서지민 <jimin.seo@speech.example.ac.kr>
# 실행: dvc repro            (전체)
#       dvc repro eval@ko-read (한 평가셋만)
# 주의: 원본 음성은 NAS(/mnt/nas/corpus)에만 있고 Git 에는 올리지 않습니다.
#       데이터셋 라이선스는 docs/데이터_라이선스.md 참고.
# ─────────────────────────────────────────────────────────────
vars:
  - params.yaml
  - configs/eval_sets.yaml
  - sample_rate: 16000
    num_workers: 8

stages:
  # 1) 원본 음성 목록 만들기 — 파일이 바뀌면 자동으로 다시 실행됨
  manifest:
    cmd: python -m asrbench.data.make_manifest --root /mnt/nas/corpus --out data/manifest.jsonl
    deps:
      - asrbench/data/make_manifest.py
      - /mnt/nas/corpus/index.csv
    outs:
      - data/manifest.jsonl:
          cache: false

  # 2) 리샘플링 + 무음 구간 자르기 (sox 필요)
  preprocess:
    cmd:
      - mkdir -p data/wav16k
      - >-
        python -m asrbench.data.preprocess
        --manifest data/manifest.jsonl
        --sr ${sample_rate}
        --workers ${num_workers}
        --out data/wav16k
    deps:
      - asrbench/data/preprocess.py
      - data/manifest.jsonl
    params:
      - preprocess.trim_db
      - preprocess.min_duration
      - preprocess.max_duration
    outs:
      - data/wav16k

  # 3) 학습/검증 분할 — 화자가 겹치지 않도록 나눔
  split:
    cmd: python -m asrbench.data.split --in data/wav16k --seed ${split.seed} --out data/splits
    deps:
      - asrbench/data/split.py
      - data/wav16k
    params:
      - split.seed
      - split.dev_ratio
    outs:
      - data/splits

  # 4) 토크나이저 (SentencePiece, 한글 음절 단위와 비교용)
  tokenizer:
    cmd: python -m asrbench.text.train_spm --corpus data/splits/train.txt --vocab ${tokenizer.vocab_size} --out models/spm
    deps:
      - asrbench/text/train_spm.py
      - data/splits
    params:
      - tokenizer
    outs:
      - models/spm

  # 5) 미세조정 — GPU 4장 기준 약 9시간. 실험 중에는 frozen: true 로 두세요.
  finetune:
    cmd: >-
      torchrun --nproc_per_node ${train.gpus}
      -m asrbench.train
      --config configs/finetune.yaml
      --spm models/spm/spm.model
      --out models/finetuned
    deps:
      - asrbench/train.py
      - configs/finetune.yaml
      - data/splits
      - models/spm
    params:
      - train
      - configs/finetune.yaml:
          - optimizer.lr
          - optimizer.warmup_steps
          - specaugment
    outs:
      - models/finetuned:
          persist: true
    metrics:
      - reports/train_summary.json:
          cache: false
    plots:
      - reports/loss_curve.csv:
          x: step
          y: loss
          cache: false
    frozen: false

  # 6) 평가셋별 평가 — configs/eval_sets.yaml 의 목록을 그대로 돌림
  eval:
    foreach: ${eval_sets}
    do:
      cmd: >-
        python -m asrbench.evaluate
        --model models/finetuned
        --manifest ${item.manifest}
        --lang ${item.lang}
        --beam ${decode.beam}
        --out reports/eval/${key}
      deps:
        - asrbench/evaluate.py
        - models/finetuned
        - ${item.manifest}
      params:
        - decode.beam
        - decode.lm_weight
      metrics:
        - reports/eval/${key}/wer.json:
            cache: false
      plots:
        - reports/eval/${key}/errors_by_length.csv:
            cache: false

  # 7) 요약표 — 연구실 위키에 붙여넣을 마크다운 표를 만듦
  summarize:
    cmd: python scripts/summarize.py reports/eval --format markdown --out reports/summary.md
    deps:
      - scripts/summarize.py
      - reports/eval
    outs:
      - reports/summary.md:
          cache: false

  # 8) 배포용 ONNX 내보내기 — 데모 서버(데모실 PC)에서 사용, 평가와는 무관
  export_onnx:
    cmd: python -m asrbench.export --model models/finetuned --opset 17 --out models/onnx/model.onnx
    deps:
      - asrbench/export.py
      - models/finetuned
    outs:
      - models/onnx/model.onnx
    frozen: true

# 그래프 설정: dvc plots show / dvc plots diff 에서 사용
plots:
  - 학습 손실:
      template: linear
      x: step
      y:
        reports/loss_curve.csv: loss
  - 평가셋별 WER:
      template: bar_horizontal
      x: wer
      y:
        reports/eval/ko-read/errors_by_length.csv: length_bin
        reports/eval/ko-spont/errors_by_length.csv: length_bin
        reports/eval/ko-call/errors_by_length.csv: length_bin

# 참고 (논문 아님):
#   - DVC 문서: https://dvc.org/doc/user-guide/project-structure/dvcyaml-files
#   - 평가 지표 구현은 jiwer 패키지 사용 (소프트웨어)
#   - 공개 평가셋: KsponSpeech 는 신청 후 내려받는 데이터셋이라 경로만 적어 둠
#   - 연구실 블로그의 "DVC 도입기" 글에 운영 팁 정리되어 있음
"""
write(F, text, negative=True)
