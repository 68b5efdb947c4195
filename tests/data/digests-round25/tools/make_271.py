#!/usr/bin/env python3
"""271: lab-meeting minutes typed in Windows Notepad and saved as UTF-8 with a BOM, CRLF line ends, Sinhala with English
terms. Header lines (date, place, present, absent, minutes by), a numbered agenda followed point by point, an
"ACTION ITEMS" list of "[ ] owner — task — due date" lines, the next meeting. One title is broken by a typed line end."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

zero = T("1910.02054")
lines = f"""ML පර්යේෂණ කණ්ඩායම — සතිපතා රැස්වීමේ සටහන් (MINUTES)
දිනය: 2024-03-14 (බ්‍රහස්පතින්දා), 10:00–11:15
ස්ථානය: පරිගණක විද්‍යා අංශය, කාමරය CS-204 / Zoom
සහභාගී වූවෝ: ආචාර්ය රුවන් පෙරේරා (සභාපති), නිමාලි ජයසිංහ, කසුන් බණ්ඩාර, තිළිණි ප්‍රනාන්දු, Arjun Mehta
නොපැමිණි: ඉෂාරා විජේසූරිය (අසනීප)
සටහන් තැබුවේ: තිළිණි

න්‍යාය පත්‍රය (AGENDA)
1. පසුගිය සතියේ ක්‍රියා අයිතම
2. GPU cluster භාවිතය
3. විශාල මාදිලි පුහුණුව — කියවීම් ලැයිස්තුව
4. optimizer / initialization ගැටලුව
5. වෙනත් කරුණු

1. පසුගිය සතියේ ක්‍රියා අයිතම
- නිමාලි: Sinhala news corpus (1.2M වාක්‍ය) පිරිසිදු කිරීම අවසන්. dedup පසු 0.94M ඉතිරි.
- කසුන්: baseline නැවත run කළා, job id 4471823 (gpu-07). ප්‍රතිඵල පහත 4 යටතේ.

2. GPU cluster භාවිතය
- A100 x 4 node එක මාර්තු 18–22 maintenance නිසා නැත. LKR 1,250,000 grant එකෙන් cloud credits ගැනීමට සභාපති එකඟ විය.
- CUDA 12.1 + PyTorch 2.2 වෙත upgrade කිරීම Arjun බලනවා.

3. විශාල මාදිලි පුහුණුව — කියවීම් ලැයිස්තුව
4 GPU වලට වඩා විශාල මාදිලියක් පුහුණු කිරීමට පෙර පහත ලිපි කියවීමට තීරණය විය:
- {T("1909.08053")} (tensor parallelism; NVIDIA)
- {zero.split(" Training ")[0]}
  Training {zero.split(" Training ")[1]}  https://arxiv.org/abs/1910.02054
- MoE සඳහා: {T("1701.06538")}  https://openreview.net/forum?id=B1ckMDqlg
- {T("2101.03961")} — Arjun ඉදිරිපත් කරයි (මාර්තු 28)
- {T("2006.16668")}  https://arxiv.org/pdf/2006.16668.pdf
- mobile/edge පැත්තට නිමාලි යෝජනා කළා: {T("2004.11886")} (arXiv 2004.11886)
DeepSpeed docs සහ Megatron-LM GitHub repo එක "කියවීම්" නොවේ, නමුත් setup එකට අවශ්‍යයි.
"Chinchilla" ගැන සාකච්ඡාව ඊළඟ සතියට කල් දැමුණා.

4. optimizer / initialization ගැටලුව
- කසුන්: Adam + L2 සමඟ validation loss එක epoch 30 පසු ඉහළ යයි. සභාපති කිව්වා {T("1711.05101")}
  (arXiv:1711.05101) කියවා AdamW වෙත මාරු වෙන්න කියලා. lr 3e-4 → 1e-4, weight decay 0.05.
- init ගැන: "{T("Understanding the difficulty of training deep feedforward neural networks")}" (Glorot & Bengio, AISTATS 2010)
  සහ {T("1502.01852")} https://arxiv.org/abs/1502.01852 — ReLU සඳහා He init.
- තිළිණි: generalization වැඩි කිරීමට {T("2010.01412")} (SAM) උත්සාහ කරන්න පුළුවන්, නමුත් compute 2x.
- Arjun: පැරණි ඉතිහාසය සඳහා LeCun ගේ "{T("Gradient-Based Learning Applied to Document Recognition")}" (Proc. IEEE 1998) — LeNet-5 ලිපිය.

5. වෙනත් කරුණු
- තිළිණිගේ dataset condensation අදහස සඳහා {T("2006.05929")} කියවන්න (ඉෂාරා ආපසු ආ පසු).
- ICLR 2024 Tiny Papers deadline අවසන්. ACL SRW (Student Research Workshop) සඳහා ඉලක්කය.
- Andrew Ng ගේ Coursera "Deep Learning Specialization" 4 වන පාඨමාලාව අලුත් සිසුන්ට නිර්දේශ කළා.

ACTION ITEMS
[ ] කසුන් — AdamW සමඟ baseline නැවත run කිරීම — 2024-03-21
[ ] Arjun — Switch Transformers ඉදිරිපත් කිරීම (slides 15) — 2024-03-28
[ ] නිමාලි — Megatron-LM + ZeRO-2 setup, 2 nodes — 2024-03-21
[x] තිළිණි — minutes Teams එකට upload කිරීම — 2024-03-14
[ ] ආචාර්ය පෙරේරා — cloud credits ඉල්ලුම් පත්‍රය — 2024-03-20

ඊළඟ රැස්වීම: 2024-03-21 (බ්‍රහස්පතින්දා) 10:00, CS-204
"""
txt = "\ufeff" + lines.replace("\n", "\r\n")
write("271_notepad_lab_meeting_minutes_txt_sinhala_large_model_training.txt", txt)
