-- premake5.lua — 긴시퀀스 커널 모음 (seqkern)
-- 빌드: premake5 vs2022  또는  premake5 gmake2 && make config=release_x64
-- 저장소: https://github.com/seqkern-kr/seqkern (코드, 논문 아님)
-- 관리: 박지훈 (@jihoon-park-seq)

workspace "seqkern"
	configurations { "Debug", "Release" }
	platforms { "x64" }
	location "build"
	startproject "bench"

	filter "configurations:Debug"
		defines { "SEQKERN_DEBUG" }
		symbols "On"

	filter "configurations:Release"
		defines { "NDEBUG" }
		optimize "Speed"

	filter {}

-- 상태공간 모델 커널
-- Efficiently Modeling Long Sequences with Structured State Spaces
--   https://openreview.net/forum?id=uYLFoz1vlAC
-- HiPPO: Recurrent Memory with Optimal Polynomial Projections: https://arxiv.org/abs/2008.07669
project "ssm"
	kind "SharedLib"
	language "C++"
	cppdialect "C++17"
	targetdir "bin/%{cfg.buildcfg}"
	files { "src/ssm/**.h", "src/ssm/**.cpp", "src/ssm/**.cu" }
	includedirs { "include" }
	links { "cudart" }

-- 선택적 스캔: Mamba: Linear-Time Sequence Modeling with Selective State Spaces (https://arxiv.org/pdf/2312.00752v2)
project "scan"
	kind "StaticLib"
	language "C++"
	cppdialect "C++17"
	targetdir "bin/%{cfg.buildcfg}"
	files { "src/scan/**.h", "src/scan/**.cpp" }
	includedirs { "include" }

-- 희소·지역 어텐션
-- Generating Long Sequences with Sparse Transformers — http://arxiv.org/abs/1904.10509
-- Longformer: The Long-Document Transformer (arXiv 2004.05150) 의 슬라이딩 윈도우를 따른다.
-- TODO: Linformer: Self-Attention with Linear Complexity 의 저랭크 투영, Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing 의 풀링
project "attn"
	kind "SharedLib"
	language "C++"
	cppdialect "C++17"
	targetdir "bin/%{cfg.buildcfg}"
	files { "src/attn/**.h", "src/attn/**.cpp", "src/attn/**.cu" }
	includedirs { "include" }
	links { "cudart", "ssm" }

-- 벤치마크: 작업 구성은 Long Range Arena: A Benchmark for Efficient Transformers 를 따른다 (ListOps, Text, Retrieval, Image, Pathfinder)
-- 참고 블로그: Sasha Rush, "The Annotated S4" — 문서: https://premake.github.io/docs/
-- 발표 영상: https://video.seqkern.example.kr/balpyo/2024-08
project "bench"
	kind "ConsoleApp"
	language "C++"
	cppdialect "C++17"
	targetdir "bin/%{cfg.buildcfg}"
	files { "bench/**.cpp" }
	includedirs { "include" }
	links { "ssm", "scan", "attn" }
	debugargs { "--task", "listops", "--seq-len", "2048" }
