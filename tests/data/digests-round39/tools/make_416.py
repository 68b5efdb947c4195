#!/usr/bin/env python3
"""416 (NEGATIVE): `conda env export > environment.yml` of a fine-tuning environment: name, channels, the conda
packages as "name=version=build" sorted by name (CUDA 12.1 runtime libraries, pytorch 2.2.2 from the pytorch
channel, python 3.10), the pip section as "name==version" sorted by name (transformers, peft, trl, bitsandbytes,
auto-gptq, flash-attn, mamba-ssm, deepspeed, lm-eval …), prefix. Research-flavoured noise only — package names that
are also method nicknames (peft, auto-gptq, flash-attn, mamba-ssm, rotary-embedding-torch, deepspeed) — and no paper:
the builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F416

NAME = "llm-ft"
CONDA = """_libgcc_mutex=0.1=conda_forge
_openmp_mutex=4.5=2_kmp_llvm
blas=2.116=mkl
brotli-python=1.1.0=py310hc6cd4ac_1
bzip2=1.0.8=hd590300_5
ca-certificates=2024.2.2=hbcca054_0
certifi=2024.2.2=pyhd8ed1ab_0
charset-normalizer=3.3.2=pyhd8ed1ab_0
cuda-cudart=12.1.105=0
cuda-cupti=12.1.105=0
cuda-libraries=12.1.0=0
cuda-nvrtc=12.1.105=0
cuda-nvtx=12.1.105=0
cuda-opencl=12.4.127=0
cuda-runtime=12.1.0=0
ffmpeg=4.3=hf484d3e_0
filelock=3.13.4=pyhd8ed1ab_0
gmp=6.3.0=h59595ed_1
gmpy2=2.1.5=py310hc3586ac_0
idna=3.7=pyhd8ed1ab_0
jinja2=3.1.3=pyhd8ed1ab_0
ld_impl_linux-64=2.40=h41732ed_0
libblas=3.9.0=16_linux64_mkl
libcblas=3.9.0=16_linux64_mkl
libcublas=12.1.0.26=0
libcufft=11.0.2.4=0
libcurand=10.3.5.147=0
libcusolver=11.4.4.55=0
libcusparse=12.0.2.55=0
libffi=3.4.2=h7f98852_5
libgcc-ng=13.2.0=h77fa898_7
libgomp=13.2.0=h77fa898_7
libjpeg-turbo=2.0.0=h9bf148f_0
liblapack=3.9.0=16_linux64_mkl
libnpp=12.0.2.50=0
libnvjitlink=12.1.105=0
libnvjpeg=12.1.1.14=0
libsqlite=3.45.3=h2797004_0
libstdcxx-ng=13.2.0=hc0a3c3a_7
libuuid=2.38.1=h0b41bf4_0
libzlib=1.2.13=hd590300_5
llvm-openmp=18.1.3=h4dfa4d8_0
markupsafe=2.1.5=py310h2372a71_0
mkl=2022.1.0=h84fe81f_915
mpc=1.3.1=hfe3b2da_0
mpfr=4.2.1=h9458935_1
mpmath=1.3.0=pyhd8ed1ab_0
ncurses=6.4.20240210=h59595ed_0
networkx=3.3=pyhd8ed1ab_1
numpy=1.26.4=py310hb13e2d6_0
openssl=3.3.0=hd590300_0
pip=24.0=pyhd8ed1ab_0
pysocks=1.7.1=pyha2e5f31_6
python=3.10.14=hd12c33a_0_cpython
python_abi=3.10=4_cp310
pytorch=2.2.2=py3.10_cuda12.1_cudnn8.9.2_0
pytorch-cuda=12.1=ha16c6d3_5
pytorch-mutex=1.0=cuda
pyyaml=6.0.1=py310h2372a71_1
readline=8.2=h8228510_1
requests=2.31.0=pyhd8ed1ab_0
setuptools=69.5.1=pyhd8ed1ab_0
sympy=1.12=pypyh9d50eac_103
tk=8.6.13=noxft_h4845f30_101
torchtriton=2.2.0=py310
typing_extensions=4.11.0=pyha770c72_0
tzdata=2024a=h0c530f3_0
urllib3=2.2.1=pyhd8ed1ab_0
wheel=0.43.0=pyhd8ed1ab_1
xz=5.2.6=h166bdaf_0
yaml=0.2.5=h7f98852_2
zstd=1.5.5=hfc55251_0""".split("\n")
PIP = """accelerate==0.29.3
aiohttp==3.9.5
aiosignal==1.3.1
annotated-types==0.6.0
async-timeout==4.0.3
attrs==23.2.0
auto-gptq==0.7.1
bitsandbytes==0.43.1
causal-conv1d==1.2.0.post2
click==8.1.7
datasets==2.19.0
deepspeed==0.14.2
dill==0.3.8
docker-pycreds==0.4.0
docstring-parser==0.16
einops==0.7.0
evaluate==0.4.1
flash-attn==2.5.8
frozenlist==1.4.1
fsspec==2024.3.1
gekko==1.1.1
gitdb==4.0.11
gitpython==3.1.43
hjson==3.1.0
huggingface-hub==0.22.2
jsonlines==4.0.0
lm-eval==0.4.2
mamba-ssm==1.2.0.post1
markdown-it-py==3.0.0
multidict==6.0.5
multiprocess==0.70.16
ninja==1.11.1.1
nltk==3.8.1
nvidia-ml-py==12.535.133
optimum==1.19.1
packaging==24.0
pandas==2.2.2
peft==0.10.0
protobuf==4.25.3
psutil==5.9.8
py-cpuinfo==9.0.0
pyarrow==16.0.0
pyarrow-hotfix==0.6
pydantic==2.7.1
pydantic-core==2.18.2
python-dateutil==2.9.0.post0
pytz==2024.1
regex==2024.4.28
rich==13.7.1
rotary-embedding-torch==0.5.3
rouge-score==0.1.2
sacrebleu==2.4.2
safetensors==0.4.3
scipy==1.13.0
sentencepiece==0.2.0
sentry-sdk==2.0.1
setproctitle==1.3.3
shtab==1.7.1
six==1.16.0
smmap==5.0.1
tokenizers==0.19.1
tqdm==4.66.2
transformers==4.40.1
trl==0.8.6
tyro==0.8.3
wandb==0.16.6
xformers==0.0.25.post1
xxhash==3.4.1
yarl==1.9.4""".split("\n")
out = [f"name: {NAME}", "channels:", "  - pytorch", "  - nvidia", "  - conda-forge", "dependencies:"]
out += [f"  - {x}" for x in CONDA]
out += ["  - pip:"] + [f"    - {x}" for x in PIP]
out += [f"prefix: /home/mkowalczyk/miniconda3/envs/{NAME}", ""]
write(F416, "\n".join(out), negative=True)
