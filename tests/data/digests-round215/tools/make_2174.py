#!/usr/bin/env python3
"""2174: a Serverless Framework `serverless.yml` (v3: service, frameworkVersion, provider aws with runtime, region,
environment and iam statements, custom values, functions with handlers and http / schedule events, a resources block)
of an invented Korean diffusion-sampler demo service that lists the papers behind each sampler: an OpenReview forum
link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in `description` strings and comments, `arXiv:2303.01469` in a
description, titles alone in `#` comments and a custom value; non-papers (the Serverless docs, a dataset, a book, the
repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2174)
TXT = fill(r'''# serverless.yml -- 확산 모델 샘플러 데모 (생성모델 연구실 읽기 모임용)
# 문서: https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml
# 저장소: https://github.com/saengseong-lab/sampler-demo
# 담당: 한지민 <jimin.han@saengseong-lab.example.kr>
service: sampler-demo
frameworkVersion: '3'

provider:
  name: aws
  runtime: python3.11
  region: ap-northeast-2
  stage: ${opt:stage, 'dev'}
  memorySize: 3008
  timeout: 29
  environment:
    MODEL_BUCKET: ${self:custom.bucket}
    DEFAULT_STEPS: '50'
  iam:
    role:
      statements:
        - Effect: Allow
          Action:
            - s3:GetObject
            - s3:PutObject
          Resource: arn:aws:s3:::${self:custom.bucket}/*

custom:
  bucket: sampler-demo-${sls:stage}-weights
  # 다음 학기 데모 후보 (아직 구현 안 함)
  nextSampler: '[[T:2208.01618]]'

functions:
  ddpm:
    handler: handlers/ddpm.handler
    description: '[[T:2006.11239]] - https://arxiv.org/abs/2006.11239'
    events:
      - httpApi:
          path: /sample/ddpm
          method: post
  sde:
    handler: handlers/sde.handler
    description: '[[T:2011.13456]] (https://openreview.net/forum?id=[[ID:PxTIG12RRHS]])'
    events:
      - httpApi:
          path: /sample/sde
          method: post
  consistency:
    handler: handlers/consistency.handler
    description: '[[T:2303.01469]], arXiv:2303.01469 - 1 step'
    events:
      - httpApi:
          path: /sample/consistency
          method: post
  sdxl:
    handler: handlers/sdxl.handler
    # 논문: [[T:2307.01952]]
    #       https://arxiv.org/pdf/2307.01952v1
    description: SDXL base + refiner
    memorySize: 10240
    timeout: 900
    events:
      - schedule: rate(1 day)
  controlnet:
    handler: handlers/controlnet.handler
    description: '[[T:2302.05543]] - http://arxiv.org/abs/2302.05543'
    events:
      - httpApi:
          path: /sample/controlnet
          method: post

# 읽기 모임 참고 (서비스와 무관):
#   - [[T:2009.09761]] -- 오디오 쪽, 5월 발표
#   - [[T:2208.12242]]
#   - 교재: Murphy, "Probabilistic Machine Learning" 2권
#   - 데이터셋: LAION-Aesthetics (데이터셋, 논문 아님)
#   - 발표 영상: https://video.saengseong-lab.example.kr/talks/2024-05

resources:
  Resources:
    WeightsBucket:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: ${self:custom.bucket}
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
