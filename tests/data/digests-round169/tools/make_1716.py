#!/usr/bin/env python3
"""1716 (negative): a Ukrainian postdoc's Sieve mail-filter script (RFC 5228, as uploaded to a Dovecot Pigeonhole /
ManageSieve server): a `require` of the extensions used, then `if`/`elsif` rules filing lab lists, cluster job mails,
seminar announcements, GitHub notifications and conference-system mail into folders, `#` comments in Ukrainian, a
vacation rule and a final `keep`. No paper, no arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1716)
SRC = '''# Фільтри пошти — Олена Ковальчук, лабораторія обробки мови
# Завантажено через ManageSieve (Roundcube → Налаштування → Фільтри), активний скрипт: osnovnyi
# Останні зміни: березень, додала правило для повідомлень SLURM і відпустку

require ["fileinto", "mailbox", "imap4flags", "envelope", "vacation", "variables"];

# Спам, позначений сервером, — одразу в Junk
if header :contains "X-Spam-Flag" "YES" {
  fileinto :create "Junk";
  stop;
}

# Список розсилки лабораторії
if header :contains "List-Id" "nlp-lab.lists.example.edu.ua" {
  fileinto :create "Lab/Rozsylka";
  stop;
}

# Кластер: листи SLURM про завершення або помилку задач
if allof (address :is "from" "slurm@hpc.example.edu.ua",
          header :contains "subject" ["Ended", "Failed", "TIMEOUT"]) {
  if header :contains "subject" "Failed" {
    addflag "\\\\Flagged";
  }
  fileinto :create "Cluster/Zadachi";
  stop;
}

# Оголошення семінару кафедри (четвер, 15:00)
elsif header :contains "subject" ["[Семінар]", "[seminar]"] {
  fileinto :create "Seminar";
}

# GitHub: сповіщення з репозиторіїв лабораторії, окремо — рецензії pull request
if address :domain :is "from" "github.com" {
  if header :contains "X-GitHub-Reason" "review_requested" {
    fileinto :create "GitHub/Retsenzii";
  } else {
    fileinto :create "GitHub/Inshe";
  }
  stop;
}

# Системи конференцій: листи про рецензування та рішення
if anyof (address :domain :is "from" "easychair.org",
          address :domain :is "from" "softconf.com") {
  addflag "$Conference";
  fileinto :create "Konferentsii";
  stop;
}

# Бухгалтерія та відрядження — не пропустити
if envelope :domain :is "from" "buh.example.edu.ua" {
  addflag "\\\\Flagged";
  keep;
  stop;
}

# Відпустка: автовідповідь лише на листи, адресовані мені особисто
if address :is "to" "o.kovalchuk@example.edu.ua" {
  vacation :days 3 :subject "Автовідповідь: у відпустці до понеділка"
    "Дякую за лист! Я у відпустці й відповім після повернення. Термінові питання щодо кластера — до адміністратора лабораторії.";
}

keep;
'''


if __name__ == "__main__":
    write(F, SRC, negative=True)
