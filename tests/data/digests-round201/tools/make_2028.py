#!/usr/bin/env python3
"""2028: a Conan 2 recipe (`conanfile.py` of an invented robot-agent C++ library), Japanese comments: an OpenReview
forum link and arXiv links (`/abs/`, `http://`, `/pdf/…v1`) in comments and the description, one id in text, three
titles alone, and non-papers (a repository, a book, a dataset, a talk). Four-space Python, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2028)
TXT = f'''from conan import ConanFile
from conan.tools.cmake import CMake, CMakeToolchain, cmake_layout
from conan.tools.files import copy
import os

# kodou: LLM エージェントからロボットの行動計画を呼び出す小さなライブラリ
# 輪読会（毎週木曜 17:00、3 号館 502）で読んでいる論文:
#   - {T("2210.03629")}
#     https://openreview.net/forum?id={OR("2210.03629")}
#   - {T("2204.01691")}  https://arxiv.org/pdf/2204.01691v1
#   - {T("2307.15818")}
#     https://arxiv.org/abs/2307.15818
# 評価は {T("2308.03688")} (arXiv:2308.03688) の OS / DB タスクを真似している。
# 次回以降（リンクは Slack に貼ります）: 「{T("2201.11903")}」、
# 「{T("2307.15043")}」（ガードレールの回で）。
# 教科書: Sutton & Barto『Reinforcement Learning: An Introduction』第 2 版。


class KodouConan(ConanFile):
    name = "kodou"
    version = "0.4.1"
    license = "Apache-2.0"
    author = "佐藤 美咲 <misaki.sato@kodou-lab.example.jp>"
    url = "https://github.com/kodou-jp/conan-kodou"
    homepage = "https://github.com/kodou-jp/kodou"
    description = ("Action planning primitives for LLM-driven robot agents "
                   "(policy heads after {T("2106.01345")}, http://arxiv.org/abs/2106.01345)")
    topics = ("robotics", "llm-agents", "planning", "reinforcement-learning")
    package_type = "library"
    settings = "os", "compiler", "build_type", "arch"
    options = {{
        "shared": [True, False],
        "fPIC": [True, False],
        "with_offline_rl": [True, False],
    }}
    default_options = {{
        "shared": False,
        "fPIC": True,
        "with_offline_rl": False,
    }}
    exports_sources = "CMakeLists.txt", "src/*", "include/*", "LICENSE"

    def config_options(self):
        if self.settings.os == "Windows":
            del self.options.fPIC

    def configure(self):
        if self.options.shared:
            self.options.rm_safe("fPIC")

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("eigen/3.4.0")
        self.requires("nlohmann_json/3.11.3")
        self.requires("spdlog/1.14.1")
        # オフライン RL のバッファ（「{T("2106.02039")}」の再現用）
        if self.options.with_offline_rl:
            self.requires("hdf5/1.14.3")

    def generate(self):
        tc = CMakeToolchain(self)
        tc.variables["KODOU_WITH_OFFLINE_RL"] = self.options.with_offline_rl
        # 行動データセット（RoboNet 形式の社内ミラー）は /data/robonet に置く。論文ではない。
        tc.variables["KODOU_DATA_DIR"] = "/data/robonet"
        tc.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()

    def package_info(self):
        self.cpp_info.libs = ["kodou"]
        self.cpp_info.set_property("cmake_file_name", "kodou")
        self.cpp_info.set_property("cmake_target_name", "kodou::kodou")
        # 発表動画: https://video.kodou-lab.example.jp/happyou/2024-10
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
