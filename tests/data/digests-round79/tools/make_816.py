#!/usr/bin/env python3
"""816 (negative): a `CMakeLists.txt` (CMake 3.24+) building a PyTorch C++/CUDA inference extension: commands with
parenthesised arguments, `#` comments and a `#[[ … ]]` bracket comment, `if()` / `elseif()` / `else()` / `endif()`,
`foreach()` / `endforeach()`, `function()` / `endfunction()`, `option()`, `set(… CACHE …)`, `FetchContent_Declare`,
generator expressions `$<$<COMPILE_LANGUAGE:CUDA>:…>`, `${VAR}` references, `message(STATUS …)`. Turkish comments
about the lab's build; mentions software and datasets, no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(816)
text = r'''# -----------------------------------------------------------------------------
# hizli_cikarim — PyTorch için C++/CUDA çıkarım eklentisi
# Derin Öğrenme Laboratuvarı, Anadolu Bilişim Enstitüsü (iç kullanım)
# Bakım: Elif Karaca <elif.karaca@example.com>
#
# Derleme:
#   cmake -S . -B build -G Ninja -DCMAKE_PREFIX_PATH="$(python -c 'import torch;print(torch.utils.cmake_prefix_path)')"
#   cmake --build build -j
# -----------------------------------------------------------------------------
cmake_minimum_required(VERSION 3.24)
project(hizli_cikarim VERSION 0.3.0 LANGUAGES CXX CUDA)

#[[
  Notlar (Mart 2024):
  - CUTLASS sürümünü değiştirmeden önce Murat'a sorun; 3.4 ile fp8 yolları derleniyor.
  - Kıyaslama (benchmark) verisi olarak WikiText-103 ve C4'ün küçük bir dilimi
    kullanılıyor; veri betikleri scripts/ altında, CMake onlarla ilgilenmiyor.
  - Eski Makefile tabanlı derleme kaldırıldı.
]]

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CUDA_STANDARD 17)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)   # clangd için

# Hedef GPU mimarileri: laboratuvarda A100 (80), RTX 4090 (89), H100 (90)
if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
  set(CMAKE_CUDA_ARCHITECTURES 80 89 90)
endif()

option(HC_WITH_FP8 "H100 için fp8 çekirdeklerini derle" OFF)
option(HC_BUILD_TESTS "GoogleTest birim testlerini derle" ON)
option(HC_BUILD_BENCH "Kıyaslama programlarını derle" OFF)
set(HC_MAX_HEAD_DIM 256 CACHE STRING "Desteklenen en büyük başlık boyutu")
set_property(CACHE HC_MAX_HEAD_DIM PROPERTY STRINGS 64 128 256)

find_package(Python3 COMPONENTS Interpreter Development.Module REQUIRED)
find_package(Torch REQUIRED)
find_package(CUDAToolkit 12.1 REQUIRED)
message(STATUS "Torch bulundu: ${TORCH_INSTALL_PREFIX}")
message(STATUS "CUDA sürümü: ${CUDAToolkit_VERSION}")

include(FetchContent)
FetchContent_Declare(
  cutlass
  GIT_REPOSITORY https://github.com/NVIDIA/cutlass.git
  GIT_TAG        v3.4.1
  GIT_SHALLOW    TRUE
)
# CUTLASS'ın kendi örneklerini ve testlerini derlemeyelim, çok uzun sürüyor
set(CUTLASS_ENABLE_EXAMPLES OFF CACHE BOOL "" FORCE)
set(CUTLASS_ENABLE_TESTS OFF CACHE BOOL "" FORCE)
set(CUTLASS_ENABLE_HEADERS_ONLY ON CACHE BOOL "" FORCE)
FetchContent_MakeAvailable(cutlass)

if(HC_BUILD_TESTS)
  FetchContent_Declare(
    googletest
    URL https://github.com/google/googletest/archive/refs/tags/v1.14.0.tar.gz
  )
  set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
  FetchContent_MakeAvailable(googletest)
endif()

# Her çekirdek ailesi ayrı bir nesne kütüphanesi; derleme süresini bölmek için
function(hc_kernel_library name)
  add_library(${name} OBJECT ${ARGN})
  target_include_directories(${name} PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/csrc
    ${cutlass_SOURCE_DIR}/include
    ${cutlass_SOURCE_DIR}/tools/util/include)
  target_compile_definitions(${name} PRIVATE HC_MAX_HEAD_DIM=${HC_MAX_HEAD_DIM})
  target_compile_options(${name} PRIVATE
    $<$<COMPILE_LANGUAGE:CUDA>:--use_fast_math --expt-relaxed-constexpr -lineinfo>
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra>)
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  target_link_libraries(${name} PRIVATE ${TORCH_LIBRARIES})
endfunction()

hc_kernel_library(hc_attention
  csrc/attention/decode_kernel.cu
  csrc/attention/prefill_kernel.cu
  csrc/attention/launch.cpp)
hc_kernel_library(hc_quant
  csrc/quant/int8_gemm.cu
  csrc/quant/int4_dequant.cu)
hc_kernel_library(hc_norm
  csrc/norm/rmsnorm.cu
  csrc/norm/layernorm.cu)

if(HC_WITH_FP8)
  if(CMAKE_CUDA_COMPILER_VERSION VERSION_LESS 12.1)
    message(FATAL_ERROR "fp8 çekirdekleri için CUDA 12.1 veya üstü gerekli")
  endif()
  hc_kernel_library(hc_fp8 csrc/quant/fp8_gemm_sm90.cu)
  set_target_properties(hc_fp8 PROPERTIES CUDA_ARCHITECTURES 90a)
  list(APPEND HC_KERNELS hc_fp8)
elseif(CMAKE_CUDA_ARCHITECTURES MATCHES "90")
  message(STATUS "H100 hedefleniyor ama fp8 kapalı (HC_WITH_FP8=OFF)")
endif()
list(APPEND HC_KERNELS hc_attention hc_quant hc_norm)

# Python modülü: import hizli_cikarim._C
Python3_add_library(_C MODULE WITH_SOABI csrc/bindings.cpp)
foreach(k IN LISTS HC_KERNELS)
  target_sources(_C PRIVATE $<TARGET_OBJECTS:${k}>)
endforeach()
target_include_directories(_C PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/csrc)
target_link_libraries(_C PRIVATE ${TORCH_LIBRARIES} CUDA::cudart CUDA::cublas)
# torch_python kütüphanesi TORCH_LIBRARIES içinde yok, elle ekliyoruz
find_library(TORCH_PYTHON_LIBRARY torch_python PATHS "${TORCH_INSTALL_PREFIX}/lib" REQUIRED)
target_link_libraries(_C PRIVATE ${TORCH_PYTHON_LIBRARY})
target_compile_definitions(_C PRIVATE TORCH_EXTENSION_NAME=_C)

if(HC_BUILD_TESTS)
  enable_testing()
  add_executable(hc_tests
    tests/test_rmsnorm.cpp
    tests/test_decode.cpp
    tests/test_int8_gemm.cpp)
  foreach(k IN LISTS HC_KERNELS)
    target_sources(hc_tests PRIVATE $<TARGET_OBJECTS:${k}>)
  endforeach()
  target_link_libraries(hc_tests PRIVATE GTest::gtest_main ${TORCH_LIBRARIES} CUDA::cudart CUDA::cublas)
  include(GoogleTest)
  gtest_discover_tests(hc_tests DISCOVERY_TIMEOUT 120)
endif()

if(HC_BUILD_BENCH)
  # Kıyaslama sonuçları W&B'ye değil, bench/results.csv dosyasına yazılıyor
  add_executable(hc_bench bench/bench_decode.cu)
  target_link_libraries(hc_bench PRIVATE ${TORCH_LIBRARIES} CUDA::cudart)
endif()

install(TARGETS _C LIBRARY DESTINATION hizli_cikarim)
# TODO(elif): Windows desteği yok; MSVC ile denenmedi.
'''
write(F, text, negative=True)
