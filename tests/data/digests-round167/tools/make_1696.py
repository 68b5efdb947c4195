#!/usr/bin/env python3
"""1696 (negative): an Indonesian lab's personal cheatsheet for its GPU cluster, kept for `cheat` (cheat/cheat: a
command-line tool that shows cheatsheets; a sheet is a plain file with optional YAML front matter — `syntax`,
`tags` — then blocks of `#` comments each followed by the commands they describe, blocks separated by blank lines).
Login, SLURM jobs, quotas, conda, data transfer and tensorboard tunnelling — no paper, no arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1696)
BLOCKS = [
    (["Masuk ke node login (kunci SSH lab, bukan kata sandi SSO)"],
     ["ssh -i ~/.ssh/lab_ed25519 dimas@login.hpc.example.ac.id"]),
    (["Lihat antrean job saya dan perkiraan waktu mulai"],
     ["squeue -u $USER --start", "squeue -u $USER -o '%.10i %.12j %.8T %.10M %R'"]),
    (["Kirim job latih 2 GPU A100 di partisi gpu-a100, maksimal 24 jam",
      "(skrip ada di ~/proyek/latih/jalankan.sh, log ke ~/log/)"],
     ["sbatch -p gpu-a100 --gres=gpu:a100:2 -t 24:00:00 -o ~/log/%x-%j.out ~/proyek/latih/jalankan.sh"]),
    (["Sesi interaktif 1 GPU untuk debug (jangan lebih dari 2 jam, Pak Hendra sering menegur)"],
     ["srun -p gpu-debug --gres=gpu:1 -t 02:00:00 --pty bash -l"]),
    (["Batalkan semua job saya yang masih PENDING"],
     ["scancel -u $USER -t PENDING"]),
    (["Pemakaian GPU-jam bulan ini (kuota lab: 1500 GPU-jam per bulan)"],
     ["sreport cluster AccountUtilizationByUser start=$(date +%Y-%m-01) account=lab-nlp -t hours"]),
    (["Kuota disk: /home 50 GB, /scratch 2 TB (dihapus otomatis setelah 30 hari)"],
     ["lfs quota -h -u $USER /scratch", "du -sh ~/* | sort -h | tail"]),
    (["Aktifkan lingkungan conda bersama (jangan install paket ke env ini!)"],
     ["module load miniconda3", "conda activate /shared/envs/torch-cu121"]),
    (["Salin dataset dari laptop ke scratch, bisa dilanjutkan kalau putus"],
     ["rsync -avP --partial data/korpus_id/ dimas@dtn.hpc.example.ac.id:/scratch/dimas/korpus_id/"]),
    (["Buka TensorBoard dari node komputasi lewat terowongan SSH",
      "(ganti gpu07 dengan node dari squeue; lalu buka http://localhost:6006)"],
     ["ssh -N -L 6006:gpu07:6006 dimas@login.hpc.example.ac.id"]),
    (["Cek GPU mana yang kosong di partisi gpu-a100"],
     ["sinfo -p gpu-a100 -O nodelist,gres:30,gresused:40,statelong"]),
]


def build():
    L = ["---", "syntax: bash", "tags: [ klaster, slurm, gpu, lab ]", "---"]
    for i, (com, cmds) in enumerate(BLOCKS):
        if i: L.append("")
        L += ["# " + c for c in com] + cmds
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
