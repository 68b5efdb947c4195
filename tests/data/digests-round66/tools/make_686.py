#!/usr/bin/env python3
"""686 (negative): an HTCondor submit description file (condor_submit, HTCondor 23.x): `#` comments, `key = value`
commands (universe, executable, arguments in the new double-quoted syntax, transfer_input_files, log / output / error
with $(Cluster) / $(Process), request_cpus / request_memory / request_disk / request_gpus, gpus_minimum_capability,
requirements, rank, +Custom attributes, periodic_release, max_idle, on_exit_hold, notification), a user macro and
`queue lr, wd, seed from ( … )` with the item list. Arabic comments: a hyperparameter sweep on a faculty pool; no
papers (the builder refuses any catalogue title and anything arXiv-shaped)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F686

head = """# ==============================================================================
#  ملف إرسال HTCondor — مسح المعاملات الفائقة لتجارب تصنيف النصوص العربية
#  مختبر معالجة اللغات الطبيعية، كلية الحاسبات، جامعة الواحة الشرقية
#  المسؤول: م. سلمى الحربي <salma.harbi@wahah.example.edu.sa>
#  آخر تعديل: 2024-05-14
#
#  الاستخدام:
#     condor_submit sweep_arabert.sub
#     condor_q -nobatch salma              # متابعة المهام
#     condor_release salma                 # بعد إصلاح أي مهمة متوقفة (held)
#
#  ملاحظات:
#   - عقد GPU في المجمع: gpu-a01..a04 (A100 40GB) و gpu-v01..v06 (V100 32GB).
#   - لا تطلب أكثر من بطاقة واحدة لكل مهمة؛ سياسة الكلية تمنع احتكار العقد.
#   - نقطة البداية للنموذج من مستودع Hugging Face الداخلي (نسخة محلية على /shared/models).
#   - السجلات تُرفع تلقائيًا إلى خادم MLflow: https://mlflow.wahah.example.edu.sa
#   - دليل المجمع (ويكي القسم): https://wiki.wahah.example.edu.sa/htcondor/gpu-pool
# ==============================================================================

# ---- البيئة ------------------------------------------------------------------
universe                = vanilla
executable              = run_finetune.sh
getenv                  = False
environment             = "HF_HOME=/shared/hf_cache MLFLOW_TRACKING_URI=https://mlflow.wahah.example.edu.sa TOKENIZERS_PARALLELISM=false"

# ماكرو خاص بنا: اسم التجربة يظهر في مسارات السجلات وفي MLflow
EXPERIMENT              = arabic-news-cls-may24
DATASET                 = sanad_subset_v3

# الوسائط بالصيغة الجديدة (بين علامتي تنصيص مزدوجتين، والمسافات تفصل بين الوسائط)
arguments               = "--experiment $(EXPERIMENT) --dataset $(DATASET) --lr $(lr) --weight-decay $(wd) --seed $(seed) --epochs 4 --batch-size 32 --max-len 256 --fp16"

# ---- نقل الملفات ---------------------------------------------------------------
should_transfer_files   = YES
when_to_transfer_output = ON_EXIT
transfer_input_files    = run_finetune.sh, train.py, configs/base.yaml, data/$(DATASET).tar.gz
transfer_output_files   = outputs
transfer_output_remaps  = "outputs = results/$(EXPERIMENT)/lr$(lr)_wd$(wd)_s$(seed)"

# ---- السجلات -------------------------------------------------------------------
log                     = logs/$(EXPERIMENT)/sweep_$(Cluster).log
output                  = logs/$(EXPERIMENT)/job_$(Cluster)_$(Process).out
error                   = logs/$(EXPERIMENT)/job_$(Cluster)_$(Process).err
stream_output           = False

# ---- الموارد -------------------------------------------------------------------
request_cpus            = 4
request_memory          = 24GB
request_disk            = 30GB
request_gpus            = 1
# قدرة الحوسبة 7.0 على الأقل (V100 فما فوق) لأن التدريب يستخدم fp16 مع Tensor Cores
gpus_minimum_capability = 7.0
gpus_minimum_memory     = 30000

# نفضّل بطاقات A100 إن وُجدت، ونستبعد العقدة gpu-v03 (مروحتها معطلة منذ أبريل)
requirements            = (OpSysAndVer == "AlmaLinux9") && (Machine != "gpu-v03.wahah.example.edu.sa")
rank                    = (GPUs_DeviceName =?= "NVIDIA A100-PCIE-40GB") * 10

# ---- سمات خاصة بالمجمع (تُقرأ في سياسة الأولوية الخاصة بالكلية) ------------------------
+ProjectName            = "nlp-arabic-cls"
+JobFlavour             = "longlunch"
+AccountingGroup        = "group_nlp.salma"

# ---- السلوك عند الفشل -----------------------------------------------------------
# أعد المحاولة تلقائيًا إذا انتهت المهمة بإشارة (مثلاً نفاد الذاكرة على العقدة) — بحد أقصى 3 مرات
on_exit_hold            = (ExitBySignal == True) || (ExitCode != 0)
periodic_release        = (NumJobStarts < 3) && ((time() - EnteredCurrentStatus) > 600)
periodic_remove         = (JobStatus == 2) && ((time() - EnteredCurrentStatus) > 28800)
max_retries             = 2
max_idle                = 12
notification            = Error
notify_user             = salma.harbi@wahah.example.edu.sa

# ---- قائمة التجارب ----------------------------------------------------------------
# كل سطر: معدل التعلم، تضاؤل الأوزان، البذرة العشوائية
# (الشبكة مأخوذة من جدول الاجتماع الأسبوعي؛ القيم خارج هذا النطاق جُرِّبت في مارس ولم تفد)
queue lr, wd, seed from (
"""
rows = []
for lr in ("1e-5", "2e-5", "3e-5", "5e-5"):
    for wd in ("0.0", "0.01", "0.1"):
        for seed in (13, 42, 87):
            rows.append(f"  {lr}, {wd}, {seed}")
tail = """)
"""
text = head + "\n".join(rows) + "\n" + tail
write(F686, text, negative=True)
