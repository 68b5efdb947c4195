#!/usr/bin/env python3
"""2194: a setuptools `setup.cfg` ([metadata] with classifiers and project_urls, [options], [options.packages.find],
[options.extras_require], [options.entry_points], [tool:pytest], [flake8]) of an invented Vietnamese teaching
package whose papers sit in project_urls and `#` comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in
project_urls, `arXiv:2103.13462` in a comment, titles alone in comments (two not on arXiv / catalogue-only); non-papers
(the setuptools docs, the repository, PyPI packages, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, GLOROT

F = by_num(2194)
TXT = fill(r'''# setup.cfg -- gói "chuthich" (bài giảng Transformer hiệu quả, Nhóm Học Máy Hiệu Năng)
# Tham khảo cấu hình: https://setuptools.pypa.io/en/latest/userguide/declarative_config.html
[metadata]
name = chuthich
version = 0.6.1
author = Nguyễn Thị Thu Trang
author_email = trang.nguyen@hieunang-lab.example.vn
description = Cài đặt gọn các cơ chế chú ý thưa và tuyến tính cho môn học
long_description = file: README.md
long_description_content_type = text/markdown
license = MIT
url = https://github.com/hieunang-lab/chuthich
classifiers =
    Programming Language :: Python :: 3
    License :: OSI Approved :: MIT License
    Intended Audience :: Education
    Topic :: Scientific/Engineering :: Artificial Intelligence
# Mỗi mô-đun ứng với một bài báo; link hiện trên trang PyPI:
#   chuthich.longformer  -> [[T:2004.05150]]
#   chuthich.linformer   -> [[T:2006.04768]]
#   chuthich.sparse      -> [[T:1904.10509]]
project_urls =
    Source = https://github.com/hieunang-lab/chuthich
    Tracker = https://github.com/hieunang-lab/chuthich/issues
    Longformer = https://arxiv.org/abs/2004.05150
    Linformer = https://arxiv.org/pdf/2006.04768v2
    Sparse Transformer = http://arxiv.org/abs/1904.10509

[options]
packages = find:
package_dir =
    = src
python_requires = >=3.9
install_requires =
    torch>=2.1
    einops>=0.7
    numpy>=1.24

[options.packages.find]
where = src

[options.extras_require]
dev =
    pytest>=7
    flake8
docs =
    sphinx>=7
    furo

[options.entry_points]
console_scripts =
    chuthich-bench = chuthich.bench:main

# Bài đọc thêm cho phần lý thuyết (chưa có mô-đun, thầy Phong chọn):
#   [[T:2006.03236]]
#   [[T:glorot]] (AISTATS 2010)
#   [[T:2103.13462]] -- arXiv:2103.13462
#   [[T:2103.14339]]
#   [[T:2101.08809]] (so sánh với cấu hình khai báo của gói này)
# Sách: Goodfellow, Bengio & Courville, "Deep Learning". Bài giảng ghi hình:
# https://video.hieunang-lab.example.vn/bai-giang/2024-03

[tool:pytest]
testpaths = tests
addopts = -q --maxfail=1

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build,dist
''', {"glorot": GLOROT})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
