/*
    model_files.yar -- правила для пошуку файлів моделей (ваги, кванти, кеші) на спільному сховищі
    Автор: Олена Коваленко <olena.kovalenko@vahy-skan.example.com.ua>
    Репозиторій: https://github.com/vahy-skan/model-files-yara
    Документація YARA: https://yara.readthedocs.io/ (Writing YARA rules)
    Формат safetensors: https://huggingface.co/docs/safetensors
    Книга: "Practical Malware Analysis" (Sikorski, Honig) -- розділ про сигнатури
    Доповідь: https://video.vahy-skan.example.com.ua/dopovid/2024-03
*/

import "math"

rule Safetensors_GPTQ_Checkpoint
{
    meta:
        author = "Олена Коваленко"
        description = "Квантовані ваги у safetensors: GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers"
        reference = "https://arxiv.org/abs/2210.17323"
        date = "2024-03-11"
        severity = 1
    strings:
        $hdr = { 7B 22 5F 5F 6D 65 74 61 64 61 74 61 5F 5F 22 }  // {"__metadata__"
        $qw = "qweight" ascii
        $qz = "qzeros" ascii
        $sc = "scales" ascii
    condition:
        $hdr in (8..64) and all of ($q*) and $sc
}

rule FlashAttention_Kernel_Cache
{
    meta:
        description = "Скомпільовані ядра: FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"
        reference = "https://arxiv.org/pdf/2205.14135v3"
        date = "2024-03-12"
    strings:
        $so = "flash_attn_2_cuda" ascii
        $fn = "mha_fwd" ascii
    condition:
        uint32(0) == 0x464c457f and $so and $fn
}

rule Linear_Attention_Checkpoint
{
    meta:
        // Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention
        reference = "http://arxiv.org/abs/2006.16236"
        description = "Ваги з лінійною увагою (feature_map у конфігу)"
    strings:
        $fm = "\"feature_map\": \"elu\"" ascii
    condition:
        filesize < 200KB and $fm
}

rule S4_State_Space_Weights
{
    meta:
        // Efficiently Modeling Long Sequences with Structured State Spaces
        reference = "https://openreview.net/forum?id=uYLFoz1vlAC"
        description = "Параметри SSM (log_dt, C, D) у state_dict"
    strings:
        $a = "log_dt" ascii
        $b = "kernel.C" ascii
    condition:
        all of them and math.entropy(0, 4096) > 7.0
}

rule Draft_Model_Pair
{
    meta:
        description = "Пара чорнова/цільова модель, Fast Inference from Transformers via Speculative Decoding (arXiv:2211.17192)"
        date = "2024-03-14"
    strings:
        $d = "draft_model" ascii
        $t = "target_model" ascii
    condition:
        $d and $t
}

// TODO (наступна версія): правила для GAU-моделей ("Transformer Quality in Linear Time"),
// огляд "A Practical Survey on Faster and Lighter Transformers" як список архітектур,
// і розріджена увага з "Generating Long Sequences with Sparse Transformers".
