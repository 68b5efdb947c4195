#!/usr/bin/env python3
"""276: NEGATIVE. A Hugging Face dataset card (README.md with the YAML metadata block) for a Khmer read-speech ASR
dataset, Khmer text with English template headings. Models, datasets, toolkits, a leaderboard, a course and the
dataset's own citation, but no paper: the template's "Paper:" line says there is none. The builder refuses any
catalogue title and any arXiv-shaped id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

splits = [("train", 2841039512, 21876), ("validation", 318207344, 2430), ("test", 329911870, 2517)]
tot = sum(s[2] for s in splits)
yaml = f"""---
annotations_creators:
- expert-generated
language_creators:
- crowdsourced
language:
- km
license: cc-by-sa-4.0
multilinguality:
- monolingual
size_categories:
- 10K<n<100K
source_datasets:
- original
task_categories:
- automatic-speech-recognition
task_ids: []
pretty_name: Khmer Read Speech (KRS) v1
tags:
- khmer
- speech
- asr
dataset_info:
  features:
  - name: audio
    dtype:
      audio:
        sampling_rate: 16000
  - name: sentence
    dtype: string
  - name: speaker_id
    dtype: string
  - name: gender
    dtype:
      class_label:
        names:
          '0': female
          '1': male
  - name: province
    dtype: string
  - name: duration
    dtype: float32
  splits:
""" + "".join(f"  - name: {n}\n    num_bytes: {b}\n    num_examples: {e}\n" for n, b, e in splits) + f"""  download_size: 3402117765
  dataset_size: {sum(s[1] for s in splits)}
configs:
- config_name: default
  data_files:
""" + "".join(f"  - split: {n}\n    path: data/{n}-*\n" for n, _, _ in splits) + "---\n"

card = yaml + f"""
# Dataset Card for Khmer Read Speech (KRS) v1

## Table of Contents
- [Dataset Description](#dataset-description)
- [Dataset Structure](#dataset-structure)
- [Dataset Creation](#dataset-creation)
- [Considerations for Using the Data](#considerations-for-using-the-data)
- [Additional Information](#additional-information)

## Dataset Description

- **Homepage:** https://krs.example.edu.kh
- **Repository:** https://github.com/kh-speech-lab/krs-v1
- **Paper:** មិនទាន់មាន (កំពុងរៀបចំ)
- **Leaderboard:** https://huggingface.co/spaces/kh-speech-lab/krs-leaderboard
- **Point of Contact:** Sokha Chan (sokha.chan@example.edu.kh)

### Dataset Summary

KRS v1 គឺជាសំណុំទិន្នន័យសំឡេងអានភាសាខ្មែរ ដែលមានការថតសំឡេងចំនួន {tot:,} ឃ្លា (ប្រហែល 41 ម៉ោង) ពីអ្នកនិយាយ 312 នាក់
មកពី 19 ខេត្ត។ ឃ្លានីមួយៗត្រូវបានផ្ទៀងផ្ទាត់ដោយអ្នកជំនាញភាសាយ៉ាងតិចពីរនាក់។

### Supported Tasks and Leaderboards

- `automatic-speech-recognition`: ម៉ូដែលត្រូវបានវាយតម្លៃដោយ Word Error Rate (WER) និង Character Error Rate (CER)។
  លទ្ធផលមូលដ្ឋាន (baseline) ពី fine-tune ម៉ូដែល `facebook/wav2vec2-xls-r-300m` ៖ WER 23.4%, CER 7.9% លើ test split។
  `openai/whisper-small` fine-tuned ៖ WER 27.1%។ `facebook/mms-1b-all` (adapter khm) ៖ WER 31.8%។

### Languages

ភាសាខ្មែរ (`km`, ISO 639-3 `khm`) អក្សរខ្មែរ (Unicode U+1780–U+17FF)។ ឃ្លាខ្លះមានលេខ និងពាក្យអង់គ្លេសខ្ចី។

## Dataset Structure

### Data Instances

```python
{{
  'audio': {{'path': 'train/spk0142/spk0142_00087.wav', 'array': array([...], dtype=float32), 'sampling_rate': 16000}},
  'sentence': 'ថ្ងៃនេះអាកាសធាតុនៅភ្នំពេញក្តៅខ្លាំង',
  'speaker_id': 'spk0142',
  'gender': 0,
  'province': 'Phnom Penh',
  'duration': 3.84
}}
```

### Data Fields

- `audio`: ឯកសារសំឡេង WAV 16 kHz mono
- `sentence`: អត្ថបទដែលបានអាន (normalized, គ្មាន zero-width space)
- `speaker_id`: លេខសម្គាល់អ្នកនិយាយ
- `gender`: ភេទ (0 = female, 1 = male)
- `province`: ខេត្តកំណើត
- `duration`: រយៈពេល (វិនាទី)

### Data Splits

| split | examples | hours | speakers |
|---|---|---|---|
""" + "".join(f"| {n} | {e:,} | {h} | {s} |\n" for (n, _, e), h, s in zip(splits, ("34.6", "3.1", "3.3"), (262, 25, 25))) + """
អ្នកនិយាយមិនត្រួតគ្នារវាង splits ទេ។

## Dataset Creation

### Curation Rationale

ទិន្នន័យសំឡេងខ្មែរដែលមានស្រាប់ (Common Voice km, FLEURS km_kh, OpenSLR SLR42) មានទំហំតូច ឬជាសំឡេងអ្នកនិយាយតិចនាក់។

### Source Data

ឃ្លាត្រូវបានជ្រើសពីអត្ថបទព័ត៌មាន Wikipedia ខ្មែរ និងសៀវភៅសិក្សា (អនុញ្ញាតដោយក្រសួងអប់រំ)។ ការថតប្រើកម្មវិធី Lig-Aikuma និង
Android app ផ្ទាល់ខ្លួន។

### Annotations

ការផ្ទៀងផ្ទាត់ធ្វើឡើងក្នុង Label Studio។ ការពិនិត្យគុណភាពប្រើ forced alignment ជាមួយ Montreal Forced Aligner (MFA)។

### Personal and Sensitive Information

អ្នកនិយាយទាំងអស់បានចុះហត្ថលេខាលើការយល់ព្រម (consent form)។ ឈ្មោះត្រូវបានជំនួសដោយលេខសម្គាល់។

## Considerations for Using the Data

### Discussion of Biases

អ្នកនិយាយភាគច្រើន (68%) មកពីភ្នំពេញ និងសៀមរាប ហើយអាយុ 18–30 ឆ្នាំ។ គ្រាមភាសាខ្មែរក្រោម និងខ្មែរលើតំណាងតិចតួច។

### Other Known Limitations

មិនមានសំឡេងនិយាយដោយឯកឯង (spontaneous speech) ទេ។

## Additional Information

### Dataset Curators

Khmer Speech Lab, Institute of Technology of Cambodia (ITC) និងអ្នកស្ម័គ្រចិត្ត 40 នាក់។

### Licensing Information

Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)

### Citation Information

```bibtex
@misc{krs_v1_2024,
  author       = {Chan, Sokha and Keo, Dara and Meas, Sreyneang},
  title        = {{KRS} v1: Khmer Read Speech},
  year         = {2024},
  publisher    = {Hugging Face},
  howpublished = {\\url{https://huggingface.co/datasets/kh-speech-lab/krs-v1}},
  doi          = {10.57967/hf/1874}
}
```

### Contributions

សូមអរគុណ @dara-keo សម្រាប់ការបន្ថែមសំណុំទិន្នន័យនេះ។ ការណែនាំការ fine-tune មាននៅក្នុង Hugging Face Audio Course
(Unit 5) និង blog post "Fine-Tune XLSR-Wav2Vec2 for low-resource ASR with 🤗 Transformers"។
"""
write("276_negative_huggingface_dataset_card_readme_khmer_read_speech_asr.md", card, negative=True)
