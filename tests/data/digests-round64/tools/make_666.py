#!/usr/bin/env python3
"""666 (negative): Kubernetes manifests for a lab's GPU training namespace, one multi-document YAML file as kept in
the lab's ops repository and applied with `kubectl apply -f`: "---" separators, apiVersion / kind / metadata in every
document, two-space indentation, block scalars (|), Korean comments. Namespace, ResourceQuota, LimitRange, PVCs for
datasets and checkpoints, a ConfigMap with a training config, a Secret reference, a Job (PyTorch DDP on 2 GPUs), a
CronJob cleaning old checkpoints, a Deployment + Service for TensorBoard. No paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F666

text = """# =====================================================================
# 한강 지능시스템 연구실(예시) — GPU 학습 네임스페이스 매니페스트
# 관리: 인프라 담당 조교 (ops@hangang-lab.example.kr)
# 적용: kubectl apply -f training-namespace.yaml
# 주의: 이 파일을 수정한 뒤에는 반드시 `kubectl diff -f`로 먼저 확인할 것!
# 마지막 수정: 2024-03-08 (쿼터 상향: GPU 8 -> 12)
# =====================================================================
apiVersion: v1
kind: Namespace
metadata:
  name: hg-train
  labels:
    lab: hangang-is
    purpose: training
---
# 네임스페이스 전체 자원 한도 — 학기 중에는 학생 1인당 동시에 GPU 2장까지만 사용 권장
apiVersion: v1
kind: ResourceQuota
metadata:
  name: hg-train-quota
  namespace: hg-train
spec:
  hard:
    requests.cpu: "96"
    requests.memory: 768Gi
    requests.nvidia.com/gpu: "12"
    limits.nvidia.com/gpu: "12"
    persistentvolumeclaims: "20"
    count/jobs.batch: "30"
---
# 컨테이너 기본값 — 자원 요청을 빼먹은 파드도 스케줄되도록
apiVersion: v1
kind: LimitRange
metadata:
  name: hg-train-defaults
  namespace: hg-train
spec:
  limits:
    - type: Container
      default:
        cpu: "4"
        memory: 16Gi
      defaultRequest:
        cpu: "2"
        memory: 8Gi
---
# 공용 데이터셋 볼륨 (읽기 전용으로 마운트). 원본은 NAS의 /volume1/datasets
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: datasets-ro
  namespace: hg-train
spec:
  accessModes:
    - ReadOnlyMany
  storageClassName: nfs-nas01
  resources:
    requests:
      storage: 20Ti
---
# 체크포인트 저장용 — 30일 지난 파일은 아래 CronJob이 정리함
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: checkpoints
  namespace: hg-train
spec:
  accessModes:
    - ReadWriteMany
  storageClassName: nfs-nas01
  resources:
    requests:
      storage: 8Ti
---
# 학습 설정. 하이퍼파라미터를 바꿀 때는 이미지 재빌드 없이 이 ConfigMap만 수정
apiVersion: v1
kind: ConfigMap
metadata:
  name: train-config
  namespace: hg-train
data:
  train.yaml: |
    # 한국어 뉴스 분류 베이스라인 (학부 연구생 실습용)
    model_name: klue-roberta-base
    dataset_dir: /data/korean-news-v3
    max_seq_len: 512
    batch_size_per_gpu: 32
    learning_rate: 3.0e-5
    warmup_ratio: 0.06
    epochs: 5
    precision: bf16
    save_every_steps: 2000
    output_dir: /ckpt/news-cls
  NCCL_DEBUG: WARN
  OMP_NUM_THREADS: "8"
---
# DDP 학습 Job — GPU 2장, 실패 시 2번까지 재시도
apiVersion: batch/v1
kind: Job
metadata:
  name: news-cls-ddp
  namespace: hg-train
  labels:
    app: news-cls
    owner: jiwoo-park
spec:
  backoffLimit: 2
  ttlSecondsAfterFinished: 86400
  template:
    metadata:
      labels:
        app: news-cls
    spec:
      restartPolicy: Never
      nodeSelector:
        gpu-type: a100-40g
      tolerations:
        - key: nvidia.com/gpu
          operator: Exists
          effect: NoSchedule
      containers:
        - name: trainer
          image: registry.hangang-lab.example.kr/ml/pytorch-train:2.2.1-cu121
          command: ["torchrun"]
          args:
            - --nproc_per_node=2
            - train.py
            - --config=/config/train.yaml
          envFrom:
            - configMapRef:
                name: train-config
          env:
            - name: HF_TOKEN
              valueFrom:
                secretKeyRef:
                  name: hf-token
                  key: token
            - name: WANDB_MODE
              value: offline
          resources:
            requests:
              cpu: "16"
              memory: 96Gi
              nvidia.com/gpu: "2"
            limits:
              nvidia.com/gpu: "2"
          volumeMounts:
            - name: datasets
              mountPath: /data
              readOnly: true
            - name: ckpt
              mountPath: /ckpt
            - name: config
              mountPath: /config
            - name: dshm
              mountPath: /dev/shm
      volumes:
        - name: datasets
          persistentVolumeClaim:
            claimName: datasets-ro
        - name: ckpt
          persistentVolumeClaim:
            claimName: checkpoints
        - name: config
          configMap:
            name: train-config
        # DataLoader 워커가 많을 때 공유 메모리 부족 오류 방지
        - name: dshm
          emptyDir:
            medium: Memory
            sizeLimit: 32Gi
---
# 매일 새벽 4시(KST)에 30일 지난 체크포인트 삭제. 지우기 전에 목록을 로그로 남김
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ckpt-cleanup
  namespace: hg-train
spec:
  schedule: "0 19 * * *"
  concurrencyPolicy: Forbid
  successfulJobsHistoryLimit: 3
  failedJobsHistoryLimit: 3
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: busybox:1.36
              command:
                - /bin/sh
                - -c
                - |
                  echo "[정리] 30일 지난 체크포인트 목록:"
                  find /ckpt -name '*.pt' -mtime +30 -print
                  find /ckpt -name '*.pt' -mtime +30 -delete
              volumeMounts:
                - name: ckpt
                  mountPath: /ckpt
          volumes:
            - name: ckpt
              persistentVolumeClaim:
                claimName: checkpoints
---
# 텐서보드 — 연구실 내부망에서만 접속 (http://tb.hangang-lab.example.kr)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tensorboard
  namespace: hg-train
spec:
  replicas: 1
  selector:
    matchLabels:
      app: tensorboard
  template:
    metadata:
      labels:
        app: tensorboard
    spec:
      containers:
        - name: tensorboard
          image: tensorflow/tensorflow:2.15.0
          command: ["tensorboard", "--logdir=/ckpt", "--bind_all", "--port=6006"]
          ports:
            - containerPort: 6006
          resources:
            requests:
              cpu: 500m
              memory: 2Gi
          volumeMounts:
            - name: ckpt
              mountPath: /ckpt
              readOnly: true
      volumes:
        - name: ckpt
          persistentVolumeClaim:
            claimName: checkpoints
---
apiVersion: v1
kind: Service
metadata:
  name: tensorboard
  namespace: hg-train
spec:
  type: ClusterIP
  selector:
    app: tensorboard
  ports:
    - name: http
      port: 80
      targetPort: 6006
"""
write(F666, text, negative=True)
