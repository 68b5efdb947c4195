#!/usr/bin/env python3
"""2094: a YARA ruleset (.yar) of an invented model-file scanner, Ukrainian comments and descriptions: one
OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) in `reference` meta fields, one
`arXiv:NNNN.NNNNN` in a description, titles alone in comments and a description; non-papers (the YARA docs, the
safetensors format, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, write, OR
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(2094)
TXT = fill(r'''/*
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
        description = "Квантовані ваги у safetensors: [[T:2210.17323]]"
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
        description = "Скомпільовані ядра: [[T:2205.14135]]"
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
        // [[T:2006.16236]]
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
        // [[T:2111.00396]]
        reference = "https://openreview.net/forum?id=[[ID:ORS4]]"
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
        description = "Пара чорнова/цільова модель, [[T:2211.17192]] (arXiv:2211.17192)"
        date = "2024-03-14"
    strings:
        $d = "draft_model" ascii
        $t = "target_model" ascii
    condition:
        $d and $t
}

// TODO (наступна версія): правила для GAU-моделей ("[[T:2202.10447]]"),
// огляд "[[T:2103.14636]]" як список архітектур,
// і розріджена увага з "[[T:1904.10509]]".
''', {'ORS4': OR('2111.00396')})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
