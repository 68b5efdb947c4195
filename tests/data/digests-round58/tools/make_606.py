#!/usr/bin/env python3
"""606 (NEGATIVE): a Snakemake 8 workflow file (workflow/Snakefile, saved as .smk): configfile, wildcard_constraints,
Python helpers, rule all with expand(), rules with input / output / params / threads / resources / log / conda /
shell (triple-quoted) or run blocks, a checkpoint, temp() / protected() outputs, onsuccess / onerror handlers, # comments.
Hindi comments and messages, a lab's speech-corpus preprocessing pipeline (Common Voice, a lab corpus, Kaldi-style
manifests): software and data sets, no paper title, nothing arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

NAME = "606_negative_snakemake_snakefile_hindi_speech_corpus_preprocessing.smk"
text = r'''# =============================================================================
#  workflow/Snakefile — हिंदी वाक् कॉर्पस की पूर्व-प्रक्रिया (preprocessing) पाइपलाइन
#  वाक् एवं भाषा प्रयोगशाला, गंगातट प्रौद्योगिकी संस्थान (काल्पनिक)
#  रखरखाव: अनन्या मिश्रा <ananya.mishra@vaak-lab.example>
#  चलाने का तरीका:
#     snakemake --cores 16 --use-conda --configfile config/config.yaml
#  क्लस्टर पर:
#     snakemake --profile profiles/slurm --jobs 40
#  अंतिम बदलाव: 2024-03-18 (सेगमेंट की न्यूनतम अवधि 1.0 से 0.5 सेकंड की गई)
# =============================================================================

import csv
import os
from pathlib import Path

from snakemake.utils import min_version

min_version("8.0")

configfile: "config/config.yaml"

# ---- स्रोत (sources) -------------------------------------------------------
# cv   = Mozilla Common Voice का हिंदी हिस्सा (डेटासेट, लाइसेंस CC0)
# lab  = प्रयोगशाला का अपना रिकॉर्डेड कॉर्पस (केवल आंतरिक उपयोग, सहमति-पत्र फ़ाइल में)
# radio = सामुदायिक रेडियो की रिकॉर्डिंग (अनुमति पत्र: docs/permissions/radio.pdf)
SOURCES = config.get("sources", ["cv", "lab", "radio"])
SPLITS = ["train", "dev", "test"]
SAMPLE_RATE = int(config.get("sample_rate", 16000))
RAW = Path(config["raw_dir"])          # उदाहरण: /data/raw/hindi_speech
WORK = Path(config.get("work_dir", "work"))

wildcard_constraints:
    src="|".join(SOURCES),
    split="|".join(SPLITS),


def speakers_of(src):
    """स्पीकर सूची पढ़ें; गुमनाम (anonymised) आईडी ही लौटाएँ।"""
    path = RAW / src / "speakers.tsv"
    with open(path, encoding="utf-8") as fh:
        return [row["speaker_id"] for row in csv.DictReader(fh, delimiter="\t")]


# ---- अंतिम लक्ष्य -----------------------------------------------------------
rule all:
    input:
        expand(WORK / "manifests/{src}_{split}.jsonl", src=SOURCES, split=SPLITS),
        WORK / "reports/summary.html",
        WORK / "lexicon/lexicon.txt",


# ---- 1. ऑडियो को एक जैसे प्रारूप में बदलना ---------------------------------
rule convert_audio:
    input:
        RAW / "{src}" / "clips.tsv",
    output:
        directory(WORK / "wav/{src}"),
    params:
        sr=SAMPLE_RATE,
    threads: 8
    resources:
        mem_mb=4000,
        runtime=120,
    log:
        "logs/convert_audio/{src}.log",
    conda:
        "envs/audio.yaml"
    shell:
        """
        # mp3/ogg -> 16 kHz मोनो wav; ffmpeg और GNU parallel ज़रूरी हैं
        mkdir -p {output}
        tail -n +2 {input} | cut -f2 | parallel -j {threads} \
            'ffmpeg -nostdin -loglevel error -i {RAW}/{wildcards.src}/clips/{{}} \
             -ac 1 -ar {params.sr} {output}/{{.}}.wav' > {log} 2>&1
        """


# ---- 2. आवाज़ वाले हिस्सों का पता लगाना (VAD) --------------------------------
checkpoint segment:
    input:
        WORK / "wav/{src}",
    output:
        directory(WORK / "segments/{src}"),
    params:
        min_dur=0.5,          # सेकंड; इससे छोटे टुकड़े हटा दें
        max_dur=20.0,         # सेकंड; लंबे टुकड़ों को विभाजित करें
    threads: 8
    resources:
        mem_mb=8000,
        slurm_partition="cpu",
    log:
        "logs/segment/{src}.log",
    conda:
        "envs/vad.yaml"
    script:
        "scripts/segment_vad.py"


def segment_lists(wildcards):
    out = checkpoints.segment.get(src=wildcards.src).output[0]
    return sorted(str(p) for p in Path(out).glob("*.txt"))


# ---- 3. पाठ का सामान्यीकरण (text normalisation) ----------------------------
rule normalise_text:
    input:
        trans=RAW / "{src}" / "transcripts.tsv",
    output:
        WORK / "text/{src}.norm.tsv",
    log:
        "logs/normalise/{src}.log",
    conda:
        "envs/text.yaml"
    shell:
        """
        # indic-nlp-library से यूनिकोड सामान्यीकरण, फिर अंकों को शब्दों में
        python scripts/normalise_hi.py --in {input.trans} --out {output} \
            --numbers-to-words --remove-nukta-variants 2> {log}
        """


# ---- 4. स्पीकर-आधारित विभाजन (एक स्पीकर केवल एक split में) ---------------
rule split_by_speaker:
    input:
        segs=segment_lists,
        text=WORK / "text/{src}.norm.tsv",
    output:
        expand(WORK / "splits/{{src}}_{split}.tsv", split=SPLITS),
    params:
        ratios=config.get("split_ratios", [0.9, 0.05, 0.05]),
        seed=13,
    run:
        import random
        spk = speakers_of(wildcards.src)
        random.Random(params.seed).shuffle(spk)
        n = len(spk)
        a = int(n * params.ratios[0])
        b = a + int(n * params.ratios[1])
        groups = {"train": set(spk[:a]), "dev": set(spk[a:b]), "test": set(spk[b:])}
        rows = list(csv.reader(open(input.text, encoding="utf-8"), delimiter="\t"))
        for split, path in zip(SPLITS, output):
            with open(path, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, delimiter="\t")
                w.writerows(r for r in rows if r[1] in groups[split])
        print(f"[{wildcards.src}] स्पीकर: कुल {n}, train {a}, dev {b - a}, test {n - b}")


# ---- 5. मैनिफेस्ट (NeMo/ESPnet दोनों के लिए jsonl) ---------------------------
rule manifest:
    input:
        WORK / "splits/{src}_{split}.tsv",
    output:
        protected(WORK / "manifests/{src}_{split}.jsonl"),
    conda:
        "envs/audio.yaml"
    shell:
        "python scripts/make_manifest.py --tsv {input} --wav-root {WORK}/wav/{wildcards.src} --out {output}"


# ---- 6. उच्चारण शब्दकोश (lexicon) -------------------------------------------
rule lexicon:
    input:
        expand(WORK / "text/{src}.norm.tsv", src=SOURCES),
    output:
        WORK / "lexicon/lexicon.txt",
    params:
        g2p_model="models/g2p_hi_v3.fst",     # प्रयोगशाला का अपना G2P मॉडल (Phonetisaurus)
    log:
        "logs/lexicon.log",
    conda:
        "envs/g2p.yaml"
    shell:
        """
        cat {input} | cut -f3 | tr ' ' '\n' | sort -u | grep -v '^$' > {WORK}/lexicon/words.txt
        phonetisaurus-apply --model {params.g2p_model} --word_list {WORK}/lexicon/words.txt > {output} 2> {log}
        """


# ---- 7. रिपोर्ट -------------------------------------------------------------
rule report:
    input:
        expand(WORK / "manifests/{src}_{split}.jsonl", src=SOURCES, split=SPLITS),
    output:
        WORK / "reports/summary.html",
    params:
        title="हिंदी वाक् कॉर्पस — सांख्यिकी",
    conda:
        "envs/report.yaml"
    script:
        "scripts/report.py"   # घंटे, स्पीकर, लिंग-अनुपात, अवधि का हिस्टोग्राम


# ---- अस्थायी फ़ाइलें साफ़ करना ----------------------------------------------
rule clean_tmp:
    output:
        temp(touch(WORK / ".cleaned")),
    shell:
        "find {WORK}/wav -name '*.tmp.wav' -delete"


onsuccess:
    print("पाइपलाइन सफल रही। रिपोर्ट: work/reports/summary.html")
    shell("mail -s 'vaak-pipeline: सफल' ananya.mishra@vaak-lab.example < /dev/null || true")


onerror:
    print("त्रुटि! logs/ फ़ोल्डर देखें और #vaak-pipeline चैनल पर सूचना दें।")
'''
write(NAME, text, negative=True)
