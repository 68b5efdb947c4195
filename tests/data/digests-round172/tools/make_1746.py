#!/usr/bin/env python3
"""1746 (negative control): a Turkish lab engineer's bartib activity file (~/.bartib, BARTIB_FILE): one activity per
line, `YYYY-MM-DD HH:MM - YYYY-MM-DD HH:MM | project | description`, the running one without an end. Activities in
start order, none overlapping, each ending after it starts. No paper, no arXiv-shaped id (the builder refuses any
catalogue title and anything arXiv-shaped)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1746)
# (day, start, minutes or None for the running one, project, description)
A = [
 ("2024-03-11", "08:40", 35, "destek", "Selin'in dizüstünde CUDA sürücüsü yeniden kuruldu"),
 ("2024-03-11", "09:20", 95, "gpu-kumesi", "Slurm kuyruk sınırları: öğrenci hesapları için 2 GPU / 48 saat"),
 ("2024-03-11", "11:00", 30, "toplanti", "Haftalık laboratuvar toplantısı"),
 ("2024-03-11", "13:15", 140, "gpu-kumesi", "node03 bellek hatası, DIMM B2 değiştirildi, memtest temiz"),
 ("2024-03-11", "15:45", 50, "yedekleme", "NAS anlık görüntüleri: 30 günden eskiler silindi"),
 ("2024-03-12", "08:35", 25, "destek", "Yazıcı (3. kat) kağıt sıkışması, servis çağrıldı"),
 ("2024-03-12", "09:05", 180, "ag", "Sunucu odası anahtarında VLAN 20 düzenlemesi, bağlantılar test edildi"),
 ("2024-03-12", "13:30", 45, "satin-alma", "Yeni GPU sunucusu için üç teklif karşılaştırıldı"),
 ("2024-03-12", "14:20", 70, "gpu-kumesi", "Slurm yükseltmesi için bakım duyurusu hazırlandı"),
 ("2024-03-13", "08:30", 20, "destek", "Misafir öğrenci için VPN hesabı açıldı"),
 ("2024-03-13", "09:00", 210, "gpu-kumesi", "Bakım penceresi: Slurm yükseltmesi, node01-node06 yeniden başlatıldı"),
 ("2024-03-13", "13:45", 60, "dokumantasyon", "Wiki: kümeye bağlanma ve iş gönderme rehberi güncellendi"),
 ("2024-03-13", "15:00", 40, "yedekleme", "Haftalık yedek geri yükleme testi (rastgele 5 dosya)"),
 ("2024-03-14", "08:45", 30, "toplanti", "Bölüm başkanıyla bütçe görüşmesi"),
 ("2024-03-14", "09:30", 120, "ag", "Kablosuz erişim noktası (B blok) firmware güncellemesi"),
 ("2024-03-14", "13:10", None, "gpu-kumesi", "Jupyter sunucusu için kota ayarları"),
]


def build():
    L = []
    for day, start, mins, proj, desc in A:
        s = dt.datetime.strptime(f"{day} {start}", "%Y-%m-%d %H:%M")
        if mins is None:
            L.append(f"{s:%Y-%m-%d %H:%M} | {proj} | {desc}")
        else:
            L.append(f"{s:%Y-%m-%d %H:%M} - {s + dt.timedelta(minutes=mins):%Y-%m-%d %H:%M} | {proj} | {desc}")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
