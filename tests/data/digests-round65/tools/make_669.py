#!/usr/bin/env python3
"""669: a Haddock-documented Haskell module (Attention/Kernels.hs): LANGUAGE pragmas, a {-| … -} module header with
the Module / Description / Copyright / License / Maintainer / Stability / Portability fields, an export list with
"-- *" section headings, "-- |" and "-- ^" comments, Haddock markup (<url label> hyperlinks, @code@, 'identifiers',
"Module" links, /emphasis/, __bold__, >>> examples, bird tracks, \\/ escapes, "= heading" lines inside a doc block),
hmatrix code. Korean comments on efficient attention kernels."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F669, keys


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" 외" if len(a) > n else "")


src = f'''{{-# LANGUAGE BangPatterns #-}}
{{-# LANGUAGE ScopedTypeVariables #-}}
{{-|
Module      : Attention.Kernels
Description : 선형·희소·청크 어텐션 커널 (참조 구현)
Copyright   : (c) 2024 한빛대학교 계산언어연구실
License     : BSD-3-Clause
Maintainer  : jiwoo.park@hanbit-lab.example.kr
Stability   : experimental
Portability : POSIX

이 모듈은 세미나에서 읽은 논문들의 어텐션 커널을 /느리지만 읽기 쉬운/ 형태로 옮긴
참조 구현이다. 성능이 필요하면 "Attention.Kernels.Fused" (C FFI) 를 쓸 것.

= 참고 문헌

* __{T('2006.16236')}__ — {au('2006.16236')}, ICML 2020.
  <https://arxiv.org/abs/2006.16236 arXiv 초록 페이지>. 'linearAttention' 과 'causalLinearAttention' 의 근거.
* {T('2205.14135')} — {au('2205.14135')}, NeurIPS 2022.
  <https://arxiv.org/pdf/2205.14135.pdf PDF>. 'tiledSoftmaxAttention' 은 이 논문의 온라인 소프트맥스를 따른다
  (SRAM\\/HBM 구분은 흉내만 낸다).
* {T('2202.10447')} — {au('2202.10447')}, ICML 2022. 'gatedAttentionUnit' 참고.
  (링크는 사내 위키 참고 문헌 페이지에 있음)
* {T('1904.10509')} — {au('1904.10509')}. 'stridedMask' 의 고정\\/스트라이드 패턴.
* {T('2006.03236')} — {au('2006.03236')}, NeurIPS 2020. 'funnelPool' (시퀀스 풀링).
* {T('2111.00396')} — {au('2111.00396')}, ICLR 2022.
  <https://openreview.net/forum?id={OR('2111.00396')} OpenReview 토론 페이지>. 이 모듈에는 없고 "SSM.S4" 에 있다.
* {T('2211.17192')} — {au('2211.17192')}, ICML 2023, arXiv:2211.17192.
  'speculativeAccept' 의 수락\\/거절 규칙.
* 개관: {T('2103.14636')} ({au('2103.14636', 3)}) — 표 1 의 분류를 따라 이 모듈의 절을 나눴다.

논문이 아닌 참고 자료: hmatrix 문서 <https://hackage.haskell.org/package/hmatrix>,
Lilian Weng 의 블로그 글 \\"The Transformer Family Version 2.0\\",
Long Range Arena 벤치마크 저장소 <https://github.com/google-research/long-range-arena>.
-}}
module Attention.Kernels
  ( -- * 기본 소프트맥스 어텐션
    softmaxAttention
  , tiledSoftmaxAttention
    -- * 선형 어텐션
  , FeatureMap (..)
  , linearAttention
  , causalLinearAttention
    -- * 게이트 \\/ 희소 \\/ 풀링
  , gatedAttentionUnit
  , stridedMask
  , funnelPool
    -- * 추론 보조
  , speculativeAccept
  ) where

import Data.List (foldl')
import Numeric.LinearAlgebra

-- | 표준 스케일드 닷-프로덕트 어텐션. 길이 @n@ 에 대해 시간·메모리 모두 /O(n²)/.
--
-- >>> let q = (2><2) [1,0,0,1] :: Matrix Double
-- >>> rows (softmaxAttention q q q)
-- 2
softmaxAttention
  :: Matrix Double  -- ^ 쿼리 @Q@ (n × d)
  -> Matrix Double  -- ^ 키 @K@ (n × d)
  -> Matrix Double  -- ^ 값 @V@ (n × d_v)
  -> Matrix Double
softmaxAttention q k v = rowSoftmax (scale s (q <> tr k)) <> v
  where
    s = 1 / sqrt (fromIntegral (cols q))

-- | 행 단위 소프트맥스 (수치 안정화를 위해 행 최댓값을 뺀다).
rowSoftmax :: Matrix Double -> Matrix Double
rowSoftmax m = fromRows [ let e = cmap exp (r - scalar (maxElement r)) in scale (1 / sumElements e) e | r <- toRows m ]

-- | 블록 단위로 키\\/값을 훑으면서 최댓값 @m@ 과 정규화 상수 @l@ 을 갱신하는 온라인 소프트맥스.
-- 결과는 'softmaxAttention' 과 같아야 한다 (테스트: @test\\/KernelsSpec.hs@).
--
-- > 각 블록 j 에 대해:
-- >   m' = max m (rowmax S_j)
-- >   l' = exp (m - m') * l + rowsum (exp (S_j - m'))
tiledSoftmaxAttention
  :: Int            -- ^ 블록 크기 (키 방향)
  -> Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double
tiledSoftmaxAttention b q k v = fromRows (map one (toRows q))
  where
    s = 1 / sqrt (fromIntegral (cols q))
    blocks = [ (subMatrix (i, 0) (min b (rows k - i), cols k) k, subMatrix (i, 0) (min b (rows v - i), cols v) v)
             | i <- [0, b .. rows k - 1] ]
    one qi = let (_, l, acc) = foldl' step (-1 / 0, 0, konst 0 (cols v)) blocks in scale (1 / l) acc
      where
        step (!m, !l, !acc) (kj, vj) =
          let sj = scale s (kj #> qi)
              m' = max m (maxElement sj)
              p  = cmap (\\x -> exp (x - m')) sj
              c  = exp (m - m')
          in (m', c * l + sumElements p, scale c acc + tr vj #> p)

-- | 선형 어텐션의 특징 사상 φ. 논문의 기본값은 'EluPlusOne'.
data FeatureMap
  = EluPlusOne      -- ^ φ(x) = elu(x) + 1
  | ReluMap         -- ^ φ(x) = max(0, x), 비교 실험용
  deriving (Show, Eq)

phi :: FeatureMap -> Matrix Double -> Matrix Double
phi EluPlusOne = cmap (\\x -> if x > 0 then x + 1 else exp x)
phi ReluMap    = cmap (max 0)

-- | 비인과 선형 어텐션: @φ(Q) (φ(K)ᵀ V)@ 를 먼저 묶어 /O(n)/ 으로 계산한다.
linearAttention :: FeatureMap -> Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double
linearAttention f q k v = (fq <> kv) / (fq <> z)
  where
    fq = phi f q
    fk = phi f k
    kv = tr fk <> v
    z  = asColumn (fromList [ sumElements c | c <- toColumns (tr fk) ]) ? replicate (cols v) 0 -- 정규화 분모

-- | 인과 버전: 누적합 @S_i = Σ_{{j≤i}} φ(k_j) v_jᵀ@ 를 순서대로 갱신한다 (RNN 처럼 쓰는 형태).
causalLinearAttention :: FeatureMap -> Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double
causalLinearAttention f q k v = fromRows (go (toRows (phi f q)) (toRows (phi f k)) (toRows v) s0 z0)
  where
    s0 = konst 0 (cols q, cols v)
    z0 = konst 0 (cols q)
    go (qi:qs) (ki:ks) (vi:vs) s z =
      let s' = s + outer ki vi
          z' = z + ki
      in scale (1 / (qi <.> z')) (tr s' #> qi) : go qs ks vs s' z'
    go _ _ _ _ _ = []

-- | GAU 층 (단일 헤드, 제곱 ReLU 어텐션). 청크 분할은 아직 없음 — TODO(민서).
gatedAttentionUnit
  :: Matrix Double  -- ^ 입력 @X@ (n × d)
  -> Matrix Double  -- ^ @W_u@
  -> Matrix Double  -- ^ @W_v@
  -> Matrix Double  -- ^ @W_z@ (공유 저차원 표현)
  -> Matrix Double
gatedAttentionUnit x wu wv wz = u * (a <> vv)
  where
    u  = cmap silu (x <> wu)
    vv = cmap silu (x <> wv)
    z  = cmap silu (x <> wz)
    n  = fromIntegral (rows x)
    a  = cmap (\\t -> max 0 t ^ (2 :: Int)) (scale (1 / n) (z <> tr z))
    silu t = t / (1 + exp (negate t))

-- | 스트라이드 희소 마스크. @stridedMask n l@ 의 (i, j) 원소는 j ≤ i 이고
-- (i - j \\< l 또는 (i - j) \\`mod\\` l == 0) 일 때 1.
stridedMask :: Int -> Int -> Matrix Double
stridedMask n l = build (n, n) (\\i j -> if j <= i && (i - j < fromIntegral l || (round (i - j) :: Int) `mod` l == 0) then 1 else 0)

-- | 길이 방향 평균 풀링 (보폭 2). 디코더 쪽 업샘플링은 __구현하지 않았다__.
funnelPool :: Matrix Double -> Matrix Double
funnelPool m = fromRows [ scale 0.5 (a + b) | (a, b) <- pairs (toRows m) ]
  where
    pairs (a:b:rest) = (a, b) : pairs rest
    pairs [a]        = [(a, a)]
    pairs []         = []

-- | 추측 디코딩의 수락 확률 @min 1 (p(x) \\/ q(x))@. @p@ 는 큰 모델, @q@ 는 초안 모델의 확률.
--
-- >>> speculativeAccept 0.2 0.4
-- 0.5
speculativeAccept :: Double -> Double -> Double
speculativeAccept p q
  | q <= 0    = 1
  | otherwise = min 1 (p / q)
'''
write_only(F669, src, keys(F669))
