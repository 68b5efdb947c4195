# Фільтри пошти — Олена Ковальчук, лабораторія обробки мови
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
    addflag "\\Flagged";
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
  addflag "\\Flagged";
  keep;
  stop;
}

# Відпустка: автовідповідь лише на листи, адресовані мені особисто
if address :is "to" "o.kovalchuk@example.edu.ua" {
  vacation :days 3 :subject "Автовідповідь: у відпустці до понеділка"
    "Дякую за лист! Я у відпустці й відповім після повернення. Термінові питання щодо кластера — до адміністратора лабораторії.";
}

keep;
