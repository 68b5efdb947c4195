# =====================================================================
#  प्रयोगशाला के क्लाउड GPU वर्कस्टेशन — Terraform कॉन्फ़िगरेशन
#  भाषा प्रौद्योगिकी प्रयोगशाला, उत्तर भारत तकनीकी संस्थान (काल्पनिक)
#  रखरखाव: अनन्या त्रिपाठी <ananya.tripathi@lt-lab.example.ac.in>
#
#  उपयोग:
#    terraform init
#    terraform plan  -var-file=semester.tfvars
#    terraform apply -var-file=semester.tfvars
#
#  ध्यान दें: state फ़ाइल GCS बकेट में रखी जाती है; स्थानीय state कभी commit न करें।
# =====================================================================

terraform {
  required_version = ">= 1.6.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 5.17"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "gcs" {
    bucket = "lt-lab-terraform-state"
    prefix = "workstations/2024-spring"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
  zone    = var.zone
}

# ---------------------------------------------------------------------
# चर (variables) — मान semester.tfvars में दिए जाते हैं
# ---------------------------------------------------------------------

variable "project_id" {
  description = "GCP प्रोजेक्ट (प्रयोगशाला का अनुदान खाता)"
  type        = string
}

variable "region" {
  type    = string
  default = "asia-south1"
}

variable "zone" {
  type    = string
  default = "asia-south1-a"
}

variable "students" {
  description = "हर छात्र के लिए एक वर्कस्टेशन; कुंजी = उपयोगकर्ता नाम"
  type = map(object({
    gpu_type  = string
    gpu_count = number
    disk_gb   = number
    spot      = bool
  }))
  default = {
    "ananya" = { gpu_type = "nvidia-l4", gpu_count = 1, disk_gb = 300, spot = true }
    "rohit"  = { gpu_type = "nvidia-l4", gpu_count = 2, disk_gb = 500, spot = true }
    "meera"  = { gpu_type = "nvidia-tesla-t4", gpu_count = 1, disk_gb = 200, spot = false }
  }

  validation {
    condition     = alltrue([for s in values(var.students) : s.gpu_count >= 1 && s.gpu_count <= 4])
    error_message = "gpu_count 1 से 4 के बीच होना चाहिए।"
  }
}

variable "allowed_ssh_cidrs" {
  description = "केवल संस्थान के नेटवर्क और VPN से SSH"
  type        = list(string)
  default     = ["203.0.113.0/24", "198.51.100.16/28"]
}

variable "shutdown_hour_ist" {
  description = "रात में अपने-आप बंद करने का समय (IST, 24 घंटे)"
  type        = number
  default     = 23
}

locals {
  common_labels = {
    lab        = "lt-lab"
    semester   = "2024-spring"
    managed_by = "terraform"
    grant      = "serb-crg-demo"
  }

  # हर छात्र के लिए मशीन का प्रकार: L4 के लिए g2, T4 के लिए n1
  machine_types = {
    for name, s in var.students :
    name => (s.gpu_type == "nvidia-l4" ? "g2-standard-${8 * s.gpu_count}" : "n1-standard-8")
  }
}

data "google_compute_image" "dl_image" {
  family  = "pytorch-latest-gpu"
  project = "deeplearning-platform-release"
}

resource "google_compute_network" "lab" {
  name                    = "lt-lab-net"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "lab" {
  name          = "lt-lab-subnet"
  ip_cidr_range = "10.42.0.0/20"
  region        = var.region
  network       = google_compute_network.lab.id
}

resource "google_compute_firewall" "ssh" {
  name    = "lt-lab-allow-ssh"
  network = google_compute_network.lab.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = var.allowed_ssh_cidrs
  target_tags   = ["lt-workstation"]
}

resource "random_id" "suffix" {
  byte_length = 2
}

// हर छात्र के लिए एक GPU वर्कस्टेशन
resource "google_compute_instance" "ws" {
  for_each     = var.students
  name         = "ws-${each.key}-${random_id.suffix.hex}"
  machine_type = local.machine_types[each.key]
  tags         = ["lt-workstation"]
  labels       = merge(local.common_labels, { owner = each.key })

  boot_disk {
    initialize_params {
      image = data.google_compute_image.dl_image.self_link
      size  = each.value.disk_gb
      type  = "pd-balanced"
    }
  }

  guest_accelerator {
    type  = each.value.gpu_type
    count = each.value.gpu_count
  }

  scheduling {
    on_host_maintenance = "TERMINATE"
    automatic_restart   = !each.value.spot
    preemptible         = each.value.spot
    provisioning_model  = each.value.spot ? "SPOT" : "STANDARD"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.lab.id
    access_config {}
  }

  metadata = {
    install-nvidia-driver = "True"
    enable-oslogin        = "TRUE"
  }

  # पहली बार चालू होने पर: साझा डेटा माउंट, conda वातावरण, रात में शटडाउन
  metadata_startup_script = <<-EOT
    #!/bin/bash
    set -euo pipefail
    mkdir -p /mnt/shared
    # साझा कॉर्पस (IndicCorp की प्रति, Samanantar अनुवाद जोड़े) केवल पढ़ने के लिए
    gcsfuse --implicit-dirs -o ro lt-lab-corpora /mnt/shared || echo "gcsfuse विफल" >&2
    sudo -u ${each.key} bash -lc 'pip install --user transformers datasets accelerate sentencepiece'
    echo "30 ${var.shutdown_hour_ist - 6} * * * root /sbin/shutdown -h now" > /etc/cron.d/night-shutdown
  EOT

  lifecycle {
    ignore_changes = [metadata_startup_script, boot_disk[0].initialize_params[0].image]
  }
}

# बजट चेतावनी: अनुदान की मासिक सीमा का 80% पार होने पर ईमेल
resource "google_billing_budget" "monthly" {
  billing_account = "000000-AAAAAA-BBBBBB"
  display_name    = "lt-lab monthly GPU budget"

  amount {
    specified_amount {
      currency_code = "INR"
      units         = "250000"
    }
  }

  threshold_rules {
    threshold_percent = 0.8
  }
}

output "workstation_ips" {
  description = "हर छात्र की मशीन का बाहरी IP (SSH के लिए)"
  value = {
    for name, vm in google_compute_instance.ws :
    name => vm.network_interface[0].access_config[0].nat_ip
  }
}

output "machine_types" {
  value = local.machine_types
}
