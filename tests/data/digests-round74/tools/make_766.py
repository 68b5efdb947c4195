#!/usr/bin/env python3
"""766 (negative): a Nix flake (`flake.nix`) for a lab's GPU research development shells: `description`, `inputs` with
`url` / `follows`, `nixConfig` substituters, `outputs` as a function with `let … in`, `forAllSystems` via
`nixpkgs.lib.genAttrs`, `import nixpkgs { config.allowUnfree = true; config.cudaSupport = true; overlays = [ … ]; }`,
`python311.withPackages (ps: with ps; [ … ])`, `mkShell` with `packages`, env vars and a `shellHook` in an indented
''…'' string with `''${…}` escapes, `devShells`, `packages`, `apps`, `formatter`. Arabic comments; software, datasets
and a course are named, no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "766_negative_nix_flake_arabic_comments_gpu_research_dev_shell.nix"
text = r"""# flake.nix — بيئة التطوير المشتركة لمختبر الرؤية والتعلّم الآلي
#
# الاستخدام:
#   nix develop            # الصدفة الافتراضية (بايثون + CUDA)
#   nix develop .#cpu      # بدون CUDA، للحواسيب المحمولة
#   nix develop .#docs     # لبناء موقع التوثيق الداخلي فقط
#   nix run .#jupyter      # تشغيل JupyterLab على المنفذ 8888
#
# ملاحظات:
#   - لا تضيفوا حزمًا إلى الصدفة الافتراضية دون نقاش في قناة #infra.
#   - إصدار CUDA مثبّت على 12.2 لأن برامج التشغيل على عقد gpu-a و gpu-b قديمة نسبيًا.
#   - لتحديث القفل: nix flake update ثم شغّلوا اختبارات الدخان (make smoke).
{
  description = "مختبر الرؤية — بيئات تطوير قابلة لإعادة الإنتاج (CUDA / CPU / توثيق)";

  nixConfig = {
    extra-substituters = [
      "https://cuda-maintainers.cachix.org"
      "https://cache.lab.example.org"
    ];
    extra-trusted-public-keys = [
      "cuda-maintainers.cachix.org-1:0dq3bujKpuEPMCX6U4WylrUDZ9JyUG0VpVZa7CNfq5E="
      "cache.lab.example.org-1:Qm9vTGFiQ2FjaGVLZXlGb3JUZXN0aW5nT25seUFhYWFh="
    ];
  };

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";
    nixpkgs-unstable.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-utils.url = "github:numtide/flake-utils";
    # أدوات المختبر الداخلية (سكربتات تنزيل البيانات وإدارة المهام)
    labtools = {
      url = "git+https://git.lab.example.org/infra/labtools?ref=main";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };

  outputs = { self, nixpkgs, nixpkgs-unstable, flake-utils, labtools, ... }:
    let
      systems = [ "x86_64-linux" "aarch64-linux" ];
      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f system);

      # طبقة تعديل: نأخذ بعض الحزم من الفرع غير المستقر لأنها أحدث
      overlay = final: prev: {
        unstable = import nixpkgs-unstable {
          inherit (prev) system;
          config.allowUnfree = true;
        };
      };

      pkgsFor = system: cuda: import nixpkgs {
        inherit system;
        overlays = [ overlay labtools.overlays.default ];
        config = {
          allowUnfree = true;          # مطلوب لـ CUDA و cuDNN
          cudaSupport = cuda;
          cudaCapabilities = [ "8.0" "8.6" "8.9" ];  # A100 و RTX 3090 و RTX 4090
        };
      };

      # حزم بايثون المشتركة بين الصدفتين
      pyEnv = pkgs: pkgs.python311.withPackages (ps: with ps; [
        torch
        torchvision
        numpy
        scipy
        pandas
        scikit-learn
        matplotlib
        seaborn
        pillow
        opencv4
        einops
        timm
        transformers
        datasets
        accelerate
        safetensors
        tensorboard
        wandb
        hydra-core
        omegaconf
        rich
        tqdm
        pytest
        ipykernel
        jupyterlab
      ]);
    in
    {
      devShells = forAllSystems (system:
        let
          pkgs = pkgsFor system true;
          pkgsCpu = pkgsFor system false;
          common = p: with p; [
            git
            git-lfs
            gnumake
            ruff
            pre-commit
            nvtopPackages.full
            htop
            rsync
            labtools.packages.${system}.lab-data   # تنزيل مجموعات البيانات إلى /scratch
          ];
        in
        {
          default = pkgs.mkShell {
            name = "vision-lab-cuda";
            packages = [ (pyEnv pkgs) pkgs.cudaPackages.cudatoolkit pkgs.cudaPackages.cudnn ] ++ common pkgs;

            # متغيرات البيئة: مسارات الذاكرة المؤقتة على القرص السريع
            HF_HOME = "/scratch/hf-cache";
            TORCH_HOME = "/scratch/torch-cache";
            WANDB_MODE = "offline";        # نرفع السجلات يدويًا بعد انتهاء التجربة
            CUDA_MODULE_LOADING = "LAZY";

            shellHook = ''
              export LD_LIBRARY_PATH=/run/opengl-driver/lib:''${LD_LIBRARY_PATH:-}
              export PYTHONPATH=$PWD/src:''${PYTHONPATH:-}
              echo "🔬 بيئة المختبر (CUDA) — بايثون $(python --version | cut -d' ' -f2)"
              if command -v nvidia-smi >/dev/null 2>&1; then
                nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
              else
                echo "تحذير: لم يُعثر على nvidia-smi؛ هل أنت على عقدة بدون GPU؟"
              fi
              # تذكير: مجموعات البيانات (ImageNet-1k و COCO 2017 و ADE20K) موجودة مسبقًا في /datasets
              # لا تنزّلوها مرة أخرى إلى مجلداتكم الشخصية.
            '';
          };

          # صدفة خفيفة للحواسيب المحمولة (بدون CUDA)
          cpu = pkgsCpu.mkShell {
            name = "vision-lab-cpu";
            packages = [ (pyEnv pkgsCpu) ] ++ common pkgsCpu;
            shellHook = ''
              echo "بيئة المختبر (CPU فقط) — للتجارب الصغيرة والاختبارات"
            '';
          };

          # موقع التوثيق الداخلي (MkDocs) وملاحظات مقرر «الرؤية الحاسوبية المتقدمة»
          docs = pkgs.mkShell {
            name = "vision-lab-docs";
            packages = with pkgs; [
              (python311.withPackages (ps: with ps; [ mkdocs mkdocs-material pymdown-extensions ]))
              unstable.typst
              pandoc
            ];
          };
        });

      packages = forAllSystems (system:
        let pkgs = pkgsFor system false; in
        {
          # صورة حاوية للتشغيل على العنقود (تُبنى بـ nix build .#container)
          container = pkgs.dockerTools.buildLayeredImage {
            name = "registry.lab.example.org/vision/base";
            tag = "2024-03";
            contents = [ (pyEnv pkgs) pkgs.bashInteractive pkgs.coreutils ];
            config.Env = [ "HF_HOME=/scratch/hf-cache" "PYTHONUNBUFFERED=1" ];
          };
        });

      apps = forAllSystems (system:
        let
          pkgs = pkgsFor system false;
          jupyter = pkgs.writeShellScriptBin "lab-jupyter" ''
            exec ${pyEnv pkgs}/bin/jupyter lab --no-browser --port=''${PORT:-8888} --ip=127.0.0.1
          '';
        in
        {
          jupyter = {
            type = "app";
            program = "${jupyter}/bin/lab-jupyter";
          };
        });

      # nix fmt — تنسيق ملفات nix
      formatter = forAllSystems (system: (pkgsFor system false).nixpkgs-fmt);
    };
}
"""
write(F, text.lstrip("\n"), negative=True)
