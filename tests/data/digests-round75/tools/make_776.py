#!/usr/bin/env python3
"""776 (negative): a `justfile` (casey/just command runner) of a lab's experiment repository, with Persian comments:
`set` lines (dotenv-load, shell, positional-arguments), `:=` assignments with backtick and env_var_or_default(),
`export`, recipes with parameters (defaults, `*args`), dependencies, `@` quiet recipes and lines, attributes
([private], [confirm], [linux], [no-cd]), a `#!/usr/bin/env bash` shebang recipe, `{{…}}` interpolation, comments
above recipes (shown by `just --list`); recipe bodies indented by four spaces. Mentions software and datasets only —
no paper, no catalogue title, nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(776)

text = r'''# justfile — مخزن آزمایش‌های گروه بینایی و زبان
# نگه‌دارنده: سارا احمدی <sara.ahmadi@ml-lab.example.ir>
#
# فهرست دستورها:   just --list
# نصب just:        cargo install just   (یا از مخزن بسته‌های توزیع)
# نکته: متغیرهای محیطی از فایل .env خوانده می‌شوند (کلید W&B و مسیر داده‌ها را آنجا بگذارید، نه اینجا).

set dotenv-load
set shell := ["bash", "-euo", "pipefail", "-c"]
set positional-arguments

# مسیرها و پیش‌فرض‌ها
python      := env_var_or_default("PYTHON", "python3")
data_root   := env_var_or_default("DATA_ROOT", "/datasets")
run_root    := "/scratch/" + env_var("USER") + "/runs"
git_rev     := `git rev-parse --short HEAD`
today       := `date +%Y-%m-%d`
gpus        := env_var_or_default("GPUS", "0")

export HF_HOME := "/scratch/" + env_var("USER") + "/hf-cache"
export TORCH_HOME := "/scratch/" + env_var("USER") + "/torch-cache"
export WANDB_MODE := "offline"

# نمایش فهرست دستورها (پیش‌فرض)
@default:
    just --list --unsorted

# ساخت محیط مجازی و نصب وابستگی‌ها
setup:
    {{python}} -m venv .venv
    .venv/bin/pip install -U pip wheel
    .venv/bin/pip install -r requirements.txt
    .venv/bin/pre-commit install

# بررسی اینکه GPU دیده می‌شود
[private]
[linux]
_check-gpu:
    @nvidia-smi --query-gpu=index,name,memory.used,memory.total --format=csv,noheader || (echo "GPU پیدا نشد" && exit 1)

# آموزش یک مدل؛ مثال: just train configs/vit_small.yaml --epochs 30
train config="configs/base.yaml" *args="": _check-gpu
    @echo "آموزش با {{config}} روی GPU {{gpus}} (نسخهٔ کد {{git_rev}})"
    CUDA_VISIBLE_DEVICES={{gpus}} {{python}} -m lab.train \
        --config {{config}} \
        --data-root {{data_root}} \
        --out {{run_root}}/{{today}}-{{file_stem(config)}} \
        "${@:2}"

# ارزیابی یک چک‌پوینت روی مجموعهٔ اعتبارسنجی
eval ckpt split="val": _check-gpu
    CUDA_VISIBLE_DEVICES={{gpus}} {{python}} -m lab.evaluate --ckpt {{ckpt}} --split {{split}} --data-root {{data_root}}

# همگام‌سازی داده‌ها از سرور ذخیره‌سازی (ImageNet، COCO و Common Voice)
sync-data dataset="all":
    #!/usr/bin/env bash
    set -euo pipefail
    # فقط از شبکهٔ داخلی دانشکده در دسترس است
    src="storage01.ml-lab.example.ir:/export/datasets"
    if [ "{{dataset}}" = "all" ]; then
        rsync -avh --info=progress2 "$src/" "{{data_root}}/"
    else
        rsync -avh --info=progress2 "$src/{{dataset}}/" "{{data_root}}/{{dataset}}/"
    fi
    echo "همگام‌سازی {{dataset}} تمام شد."

# اجرای آزمون‌ها و بررسی سبک کد
test:
    {{python}} -m pytest -q tests/
    ruff check lab/ tests/
    ruff format --check lab/ tests/

# قالب‌بندی خودکار کد
fmt:
    ruff format lab/ tests/
    ruff check --fix lab/ tests/

# ارسال کار به صف Slurm (گره‌های gpu01 تا gpu04)
submit config="configs/base.yaml" hours="12":
    sbatch --job-name=lab-{{file_stem(config)}} --gres=gpu:1 --time={{hours}}:00:00 \
        --output={{run_root}}/slurm-%j.out scripts/train.sbatch {{config}}

# وضعیت کارهای من در صف
@queue:
    squeue -u "$USER" -o "%.10i %.20j %.8T %.10M %.6D %R"

# اجرای JupyterLab روی گره محاسباتی (تونل SSH را جداگانه باز کنید)
[no-cd]
notebook port="8888":
    {{python}} -m jupyter lab --no-browser --ip=127.0.0.1 --port={{port}}

# بارگذاری اجراهای آفلاین در W&B (از گره ورود که اینترنت دارد)
wandb-sync:
    wandb sync --sync-all {{run_root}}/wandb/

# پاک کردن خروجی‌های قدیمی‌تر از ۳۰ روز — با تأیید
[confirm("همهٔ اجراهای قدیمی‌تر از ۳۰ روز پاک شوند؟")]
clean-runs:
    find {{run_root}} -maxdepth 1 -type d -mtime +30 -print -exec rm -rf {} +

# اندازه‌گیری سرعت استنتاج (تعداد تصویر در ثانیه) برای چند اندازهٔ دسته
bench ckpt batch_sizes="1 8 32 128": _check-gpu
    for bs in {{batch_sizes}}; do \
        CUDA_VISIBLE_DEVICES={{gpus}} {{python}} -m lab.bench --ckpt {{ckpt}} --batch-size "$bs" --amp; \
    done

# خروجی گرفتن ONNX برای استقرار روی سرور استنتاج
export-onnx ckpt out=(run_root + "/onnx"):
    mkdir -p {{out}}
    {{python}} -m lab.export --ckpt {{ckpt}} --format onnx --opset 17 --out {{out}}

# پاک‌سازی خروجی نوت‌بوک‌ها پیش از کامیت (nbstripout)
strip-notebooks:
    find notebooks -name '*.ipynb' -print0 | xargs -0 nbstripout

# ساخت مستندات داخلی با MkDocs و انتشار روی سرور گروه
docs:
    mkdocs build --strict
    rsync -a --delete site/ docs.ml-lab.example.ir:/var/www/lab-docs/

# ساخت تصویر Docker برای خوشهٔ Kubernetes دانشکده
docker tag=git_rev:
    docker build -t registry.ml-lab.example.ir/vision/lab:{{tag}} .
    docker push registry.ml-lab.example.ir/vision/lab:{{tag}}
'''
write(F, text, negative=True)
