#!/usr/bin/env python3
"""626 (negative): an Apptainer (formerly Singularity) definition file for the lab's GPU training container, with
Korean comments: header (Bootstrap / From with a {{ }} build argument / Stage), %arguments, %setup, %files, %environment, %post (apt-get, pip pins, a heredoc-written accelerate config and motd),
%runscript, %startscript, %test, %labels, %help, and a SCIF app (%apprun / %appenv / %apphelp). Software, datasets,
docs and blogs are named; no paper, no catalogue title, nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F626

text = r"""# =====================================================================
#  gpu-train.def — 연구실 공용 GPU 학습 컨테이너 (Apptainer 1.2 이상)
#
#  빌드:   apptainer build --fakeroot gpu-train_v0.4.2.sif gpu-train.def
#  인자:   apptainer build --build-arg CUDA_TAG=12.3.2 ... (아래 %arguments 참고)
#  실행:   apptainer run --nv --bind /scratch:/scratch gpu-train_v0.4.2.sif train.py --config cfg.yaml
#
#  관리: 한빛대학교(가상) 지능시스템연구실 인프라 담당 — 문의는 #infra 채널
#  주의: 이 파일을 고치면 반드시 CHANGELOG.md 에 한 줄 남기고 버전 라벨도 올릴 것!
# =====================================================================

Bootstrap: docker
From: nvidia/cuda:{{ CUDA_TAG }}-cudnn9-devel-ubuntu22.04
Stage: build

%arguments
    CUDA_TAG=12.3.2
    PYTHON_VERSION=3.11
    TORCH_VERSION=2.2.1
    # 클러스터 노드의 GPU 아키텍처 (A100 = 8.0, H100 = 9.0, RTX 4090 = 8.9)
    TORCH_CUDA_ARCH_LIST=8.0;8.9;9.0

%setup
    # 호스트 쪽에서 미리 만들어 둘 디렉터리 (바인드 마운트 지점)
    mkdir -p ${APPTAINER_ROOTFS}/scratch
    mkdir -p ${APPTAINER_ROOTFS}/datasets
    mkdir -p ${APPTAINER_ROOTFS}/opt/lab

%files
    requirements/base.txt /opt/lab/requirements-base.txt
    requirements/nlp.txt /opt/lab/requirements-nlp.txt
    scripts/entrypoint.sh /opt/lab/entrypoint.sh
    scripts/check_env.py /opt/lab/check_env.py

%post
    set -eux
    export DEBIAN_FRONTEND=noninteractive

    # ---------------------------------------------------------------
    # 1) 시스템 패키지
    #    - 미러는 학교 내부 미러 사용 (외부망이 느린 시간대가 있음)
    #    - locales 는 한국어 로그 출력 때문에 필요
    # ---------------------------------------------------------------
    sed -i 's|http://archive.ubuntu.com|http://mirror.hanbit-univ.example|g' /etc/apt/sources.list
    apt-get update
    apt-get install -y --no-install-recommends \
        software-properties-common build-essential git git-lfs curl wget ca-certificates \
        ninja-build cmake pkg-config libaio-dev libopenmpi-dev openmpi-bin \
        locales tzdata tmux htop nvtop less vim-tiny unzip zstd
    add-apt-repository -y ppa:deadsnakes/ppa
    apt-get update
    apt-get install -y --no-install-recommends \
        python{{ PYTHON_VERSION }} python{{ PYTHON_VERSION }}-dev python{{ PYTHON_VERSION }}-venv
    locale-gen ko_KR.UTF-8 en_US.UTF-8
    ln -fs /usr/share/zoneinfo/Asia/Seoul /etc/localtime

    # ---------------------------------------------------------------
    # 2) 파이썬 가상환경 — 시스템 파이썬을 건드리지 않는다
    # ---------------------------------------------------------------
    python{{ PYTHON_VERSION }} -m venv /opt/venv
    . /opt/venv/bin/activate
    pip install --no-cache-dir --upgrade pip wheel setuptools

    # PyTorch 는 공식 휠 인덱스에서 (CUDA 12.1 빌드가 12.3 드라이버에서도 동작함)
    pip install --no-cache-dir \
        torch=={{ TORCH_VERSION }} torchvision==0.17.1 torchaudio=={{ TORCH_VERSION }} \
        --index-url https://download.pytorch.org/whl/cu121

    # 공통 패키지 (버전 고정은 requirements 파일에서)
    pip install --no-cache-dir -r /opt/lab/requirements-base.txt
    pip install --no-cache-dir -r /opt/lab/requirements-nlp.txt

    # flash-attn 은 빌드에 시간이 오래 걸린다 (노드 32코어 기준 약 25분).
    # MAX_JOBS 를 너무 크게 잡으면 빌드 노드 메모리가 부족해서 죽는다 — 8 이 안전.
    export TORCH_CUDA_ARCH_LIST="{{ TORCH_CUDA_ARCH_LIST }}"
    MAX_JOBS=8 pip install --no-cache-dir --no-build-isolation flash-attn==2.5.6

    # DeepSpeed 연산자는 런타임 JIT 대신 미리 빌드 (클러스터 노드에 컴파일러 권한 문제가 있었음)
    DS_BUILD_FUSED_ADAM=1 DS_BUILD_CPU_ADAM=1 DS_BUILD_UTILS=1 \
        pip install --no-cache-dir deepspeed==0.14.0

    # ---------------------------------------------------------------
    # 3) accelerate 기본 설정 — 단일 노드 4 GPU, bf16
    #    (다중 노드는 작업 스크립트에서 --num_machines 로 덮어쓸 것)
    # ---------------------------------------------------------------
    mkdir -p /opt/lab/accelerate
    cat > /opt/lab/accelerate/default_config.yaml <<'EOF_ACC'
compute_environment: LOCAL_MACHINE
distributed_type: MULTI_GPU
downcast_bf16: 'no'
gpu_ids: all
machine_rank: 0
main_training_function: main
mixed_precision: bf16
num_machines: 1
num_processes: 4
rdzv_backend: static
same_network: true
use_cpu: false
EOF_ACC

    # ---------------------------------------------------------------
    # 4) 로그인 안내문 (컨테이너 셸 진입 시 출력)
    # ---------------------------------------------------------------
    cat > /opt/lab/motd.txt <<'EOF_MOTD'
 ┌──────────────────────────────────────────────────────────┐
 │  지능시스템연구실 GPU 학습 컨테이너 v0.4.2               │
 │  - 데이터셋: /datasets (읽기 전용)                        │
 │  - 캐시/체크포인트: /scratch/$USER                        │
 │  - 문제 발생 시: /opt/lab/check_env.py 실행 결과를 첨부   │
 └──────────────────────────────────────────────────────────┘
EOF_MOTD

    # ---------------------------------------------------------------
    # 5) 정리 — 이미지 크기를 줄이기 위해 캐시 삭제
    # ---------------------------------------------------------------
    chmod +x /opt/lab/entrypoint.sh
    apt-get clean
    rm -rf /var/lib/apt/lists/* /root/.cache/pip

    # 빌드 날짜 기록 (라벨과 별개로 런타임에서 확인용)
    date -u +"%Y-%m-%dT%H:%M:%SZ" > /opt/lab/BUILD_DATE

%environment
    export LC_ALL=ko_KR.UTF-8
    export LANG=ko_KR.UTF-8
    export PATH=/opt/venv/bin:$PATH
    export VIRTUAL_ENV=/opt/venv
    # Hugging Face 캐시는 홈 디렉터리 용량 제한(50GB) 때문에 반드시 scratch 로
    export HF_HOME=/scratch/${USER}/hf_cache
    export HF_DATASETS_CACHE=/scratch/${USER}/hf_cache/datasets
    export TRANSFORMERS_OFFLINE=0
    export ACCELERATE_CONFIG_FILE=/opt/lab/accelerate/default_config.yaml
    # NCCL: 클러스터의 InfiniBand 인터페이스 이름
    export NCCL_SOCKET_IFNAME=ib0
    export NCCL_IB_DISABLE=0
    export OMP_NUM_THREADS=8
    export TOKENIZERS_PARALLELISM=false

%runscript
    # 인자 없이 실행하면 안내문과 환경 점검만 한다
    cat /opt/lab/motd.txt
    if [ $# -eq 0 ]; then
        exec python /opt/lab/check_env.py
    fi
    exec /opt/lab/entrypoint.sh "$@"

%startscript
    # instance 모드 (apptainer instance start) — 주피터 서버용
    # 포트는 사용자별로 다르게: 8800 + (UID % 100)
    PORT=$((8800 + $(id -u) % 100))
    exec jupyter lab --no-browser --ip=127.0.0.1 --port=${PORT} --notebook-dir=/scratch/${USER}

%test
    . /opt/venv/bin/activate
    python - <<'EOF_TEST'
import importlib, sys
mods = ["torch", "transformers", "datasets", "accelerate", "deepspeed", "flash_attn", "peft", "sentencepiece"]
missing = [m for m in mods if importlib.util.find_spec(m) is None]
if missing:
    print("누락된 모듈:", missing)
    sys.exit(1)
import torch
print("torch", torch.__version__, "cuda", torch.version.cuda)
EOF_TEST

%labels
    Maintainer 인프라 담당 <infra@isl.hanbit-univ.example>
    Version v0.4.2
    Description 지능시스템연구실 공용 GPU 학습 이미지 (PyTorch + DeepSpeed + flash-attn)
    Org.Lab 지능시스템연구실
    CUDA {{ CUDA_TAG }}

%help
    지능시스템연구실 공용 GPU 학습 컨테이너입니다.

    [사용 예]
      apptainer run --nv --bind /scratch:/scratch,/datasets:/datasets:ro \
          gpu-train_v0.4.2.sif train.py --config configs/klue_baseline.yaml

    [자주 묻는 질문]
      Q. 데이터셋은 어디에 있나요?
         /datasets 아래에 있습니다. 현재 AI Hub 한국어 대화 말뭉치, KLUE 벤치마크 데이터,
         모두의 말뭉치(국립국어원) 일부가 올라가 있습니다. 라이선스 동의서를 제출한 사람만
         읽기 권한이 있습니다 — 권한 신청은 인프라 담당에게.
      Q. 모델 가중치를 새로 받아야 하나요?
         Hugging Face Hub 에서 받되, HF_HOME 이 /scratch 로 잡혀 있으니 홈 디렉터리를 채우지
         않도록 주의하세요.
      Q. 참고할 만한 문서가 있나요?
         - PyTorch 공식 문서의 분산 학습 튜토리얼 (DDP, FSDP)
         - DeepSpeed 공식 문서의 ZeRO 설정 가이드 (config JSON 예시가 유용)
         - Hugging Face 블로그의 accelerate 소개 글
         - Apptainer 사용자 가이드의 "GPU Support" 장
         (모두 문서·블로그이며, 세미나 읽기 목록은 위키의 별도 페이지를 보세요.)

    [변경 이력]
      v0.4.2  flash-attn 2.5.6, deepspeed 0.14.0 으로 올림
      v0.4.1  jupyter lab instance 모드 추가
      v0.4.0  CUDA 12.3 베이스로 변경, 파이썬 3.11
      v0.3.x  (구버전, Singularity 3.8 용 — 더 이상 지원하지 않음)

# ---------------------------------------------------------------------
#  SCIF 앱: 데이터 전처리 전용 (GPU 불필요)
#  실행: apptainer run --app preprocess gpu-train_v0.4.2.sif --input /datasets/... --out /scratch/$USER/...
# ---------------------------------------------------------------------
%apprun preprocess
    exec python -m labtools.preprocess "$@"

%appenv preprocess
    export CUDA_VISIBLE_DEVICES=""
    export OMP_NUM_THREADS=16

%apphelp preprocess
    말뭉치 정제·토크나이즈 전처리 앱입니다. 한국어 정규화(NFC), 중복 제거,
    SentencePiece 토크나이저 학습을 순서대로 수행합니다. GPU 를 쓰지 않으므로
    CPU 파티션(cpu-long)에 제출하세요.
"""
write(F626, text, negative=True)
