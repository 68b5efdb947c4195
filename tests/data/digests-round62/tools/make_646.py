#!/usr/bin/env python3
"""646 (negative): an Ansible playbook (site.yml) preparing GPU workstations for a summer school: "---" start,
a play list (name / hosts / become / gather_facts / vars / vars_files / pre_tasks / roles / tasks / handlers / post_tasks),
fully qualified module names (ansible.builtin.apt, ansible.builtin.get_url, community.general.*), Jinja2 {{ }}
expressions, when / loop / register / notify / tags / block-rescue, YAML block scalars (| and >-), comments in
Greek. Mentions software and datasets only; no paper, no arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F646

text = """---
# site.yml — Θερινό Σχολείο Μηχανικής Μάθησης 2024, Τμήμα Πληροφορικής, Πανεπιστήμιο Αιγαιοπελαγίτικων Σπουδών (επινοημένο)
#
# Προετοιμάζει τους σταθμούς εργασίας με GPU του εργαστηρίου Β2 για τις πρακτικές ασκήσεις.
# Εκτέλεση:
#   ansible-playbook -i inventory/lab-b2.ini site.yml --ask-become-pass
#   ansible-playbook -i inventory/lab-b2.ini site.yml --tags datasets   # μόνο τα σύνολα δεδομένων
#
# Συντήρηση: Ν. Καραγιάννης, Ε. Μαυρίδου (ml-school@example.gr)

- name: Βασική ρύθμιση σταθμών εργασίας GPU
  hosts: gpu_workstations
  become: true
  gather_facts: true
  vars:
    school_user: mathitis
    school_group: therino2024
    conda_prefix: /opt/miniforge3
    conda_installer_url: "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-x86_64.sh"
    nvidia_driver_package: nvidia-driver-535
    cuda_toolkit_package: cuda-toolkit-12-2
    data_root: /srv/therino/data
    shared_notebooks_repo: "https://git.therino-ml.example/school/notebooks.git"
    jupyter_port: 8888
    python_packages:
      - torch
      - torchvision
      - torchaudio
      - transformers
      - datasets
      - accelerate
      - scikit-learn
      - matplotlib
      - jupyterlab
      - ipywidgets
      - gymnasium
  vars_files:
    - vars/secrets.yml   # κρυπτογραφημένο με ansible-vault (κωδικός εργαστηρίου)

  pre_tasks:
    - name: Έλεγχος ότι τρέχουμε σε Ubuntu 22.04
      ansible.builtin.assert:
        that:
          - ansible_distribution == "Ubuntu"
          - ansible_distribution_version is version('22.04', '>=')
        fail_msg: "Ο σταθμός {{ inventory_hostname }} δεν έχει Ubuntu 22.04 ή νεότερο."
      tags: [always]

    - name: Ενημέρωση της προσωρινής μνήμης apt
      ansible.builtin.apt:
        update_cache: true
        cache_valid_time: 3600
      tags: [packages]

  tasks:
    - name: Εγκατάσταση βασικών πακέτων
      ansible.builtin.apt:
        name:
          - build-essential
          - git
          - git-lfs
          - htop
          - nvtop
          - tmux
          - unzip
          - ffmpeg
        state: present
      tags: [packages]

    - name: Εγκατάσταση οδηγού NVIDIA και CUDA
      block:
        - name: Προσθήκη αποθετηρίου CUDA (keyring)
          ansible.builtin.apt:
            deb: "https://developer.download.nvidia.com/compute/cuda/repos/ubuntu2204/x86_64/cuda-keyring_1.1-1_all.deb"
            state: present

        - name: Εγκατάσταση οδηγού και εργαλειοθήκης
          ansible.builtin.apt:
            name:
              - "{{ nvidia_driver_package }}"
              - "{{ cuda_toolkit_package }}"
            state: present
            update_cache: true
          notify: Επανεκκίνηση σταθμού
      rescue:
        - name: Καταγραφή αποτυχίας οδηγού
          ansible.builtin.lineinfile:
            path: /var/log/therino-setup.log
            line: "{{ ansible_date_time.iso8601 }} αποτυχία εγκατάστασης οδηγού NVIDIA στο {{ inventory_hostname }}"
            create: true
            mode: "0644"
      tags: [gpu]

    - name: Δημιουργία ομάδας και λογαριασμού φοιτητών
      ansible.builtin.user:
        name: "{{ school_user }}"
        groups: "{{ school_group }},video,render"
        append: true
        shell: /bin/bash
        password: "{{ vault_school_user_password | password_hash('sha512') }}"
      tags: [users]

    - name: Λήψη του εγκαταστάτη Miniforge
      ansible.builtin.get_url:
        url: "{{ conda_installer_url }}"
        dest: /tmp/miniforge.sh
        mode: "0755"
      tags: [python]

    - name: Εγκατάσταση Miniforge (μόνο αν δεν υπάρχει)
      ansible.builtin.command: /tmp/miniforge.sh -b -p {{ conda_prefix }}
      args:
        creates: "{{ conda_prefix }}/bin/conda"
      tags: [python]

    - name: Δημιουργία περιβάλλοντος conda για το σχολείο
      ansible.builtin.shell: |
        {{ conda_prefix }}/bin/mamba create -y -n therino python=3.11
        {{ conda_prefix }}/envs/therino/bin/pip install --index-url https://download.pytorch.org/whl/cu121 torch torchvision torchaudio
        {{ conda_prefix }}/envs/therino/bin/pip install {{ python_packages | difference(['torch', 'torchvision', 'torchaudio']) | join(' ') }}
      args:
        creates: "{{ conda_prefix }}/envs/therino/bin/python"
      register: conda_env
      tags: [python]

    - name: Φάκελοι δεδομένων
      ansible.builtin.file:
        path: "{{ data_root }}/{{ item }}"
        state: directory
        owner: root
        group: "{{ school_group }}"
        mode: "2775"
      loop:
        - cifar10
        - mnist
        - imdb
        - hf_cache
      tags: [datasets]

    # Τα σύνολα δεδομένων κατεβαίνουν μία φορά ανά σταθμό, ώστε οι φοιτητές να μην
    # φορτώνουν το δίκτυο του εργαστηρίου την πρώτη μέρα (80 σταθμοί × 170 MB).
    - name: Λήψη CIFAR-10 και MNIST μέσω torchvision
      ansible.builtin.command: >-
        {{ conda_prefix }}/envs/therino/bin/python -c
        "import torchvision as tv;
        tv.datasets.CIFAR10('{{ data_root }}/cifar10', download=True);
        tv.datasets.MNIST('{{ data_root }}/mnist', download=True)"
      args:
        creates: "{{ data_root }}/cifar10/cifar-10-batches-py"
      tags: [datasets]

    - name: Προφόρτωση του IMDB από το Hugging Face Hub
      ansible.builtin.command: >-
        {{ conda_prefix }}/envs/therino/bin/python -c
        "from datasets import load_dataset; load_dataset('imdb', cache_dir='{{ data_root }}/hf_cache')"
      environment:
        HF_HOME: "{{ data_root }}/hf_cache"
      args:
        creates: "{{ data_root }}/hf_cache/imdb"
      tags: [datasets]

    - name: Κλωνοποίηση των σημειωματάριων των ασκήσεων
      ansible.builtin.git:
        repo: "{{ shared_notebooks_repo }}"
        dest: "/home/{{ school_user }}/askiseis"
        version: "v2024-07"
        force: false
      become_user: "{{ school_user }}"
      tags: [notebooks]

    - name: Υπηρεσία JupyterLab (systemd)
      ansible.builtin.template:
        src: templates/jupyterlab.service.j2
        dest: /etc/systemd/system/jupyterlab.service
        mode: "0644"
      notify:
        - Επαναφόρτωση systemd
        - Επανεκκίνηση JupyterLab
      tags: [jupyter]

    - name: Άνοιγμα της θύρας του JupyterLab μόνο για το υποδίκτυο του εργαστηρίου
      community.general.ufw:
        rule: allow
        port: "{{ jupyter_port }}"
        proto: tcp
        src: 10.42.8.0/24
      tags: [jupyter, firewall]

    - name: Μήνυμα καλωσορίσματος στο τερματικό
      ansible.builtin.copy:
        dest: /etc/motd
        mode: "0644"
        content: |
          ==============================================================
           Θερινό Σχολείο Μηχανικής Μάθησης 2024 — Εργαστήριο Β2
           Περιβάλλον:  conda activate therino
           Δεδομένα:    {{ data_root }}
           Βοήθεια:     ml-school@example.gr, γραφείο 214
           Παρακαλούμε μην αποθηκεύετε αρχεία εκτός του /home σας.
          ==============================================================
      tags: [motd]

  handlers:
    - name: Επαναφόρτωση systemd
      ansible.builtin.systemd:
        daemon_reload: true

    - name: Επανεκκίνηση JupyterLab
      ansible.builtin.systemd:
        name: jupyterlab
        state: restarted
        enabled: true

    - name: Επανεκκίνηση σταθμού
      ansible.builtin.reboot:
        reboot_timeout: 900
        msg: "Επανεκκίνηση μετά την εγκατάσταση του οδηγού NVIDIA"

  post_tasks:
    - name: Έλεγχος ότι η GPU είναι ορατή από το PyTorch
      ansible.builtin.command: >-
        {{ conda_prefix }}/envs/therino/bin/python -c
        "import torch; print(torch.cuda.is_available(), torch.cuda.get_device_name(0))"
      register: gpu_check
      changed_when: false
      tags: [gpu, check]

    - name: Αναφορά κατάστασης GPU
      ansible.builtin.debug:
        msg: "{{ inventory_hostname }}: {{ gpu_check.stdout }}"
      tags: [gpu, check]

- name: Διακομιστής αρχείων του σχολείου (σημειώσεις διαλέξεων, διαφάνειες)
  hosts: fileserver
  become: true
  vars:
    share_root: /srv/therino/share
  tasks:
    - name: Φάκελοι διαλέξεων
      ansible.builtin.file:
        path: "{{ share_root }}/{{ item.dir }}"
        state: directory
        mode: "0755"
      loop:
        - { dir: "01-eisagogi", title: "Εισαγωγή στη μηχανική μάθηση" }
        - { dir: "02-nevronika", title: "Νευρωνικά δίκτυα και PyTorch" }
        - { dir: "03-orasi", title: "Υπολογιστική όραση" }
        - { dir: "04-glossa", title: "Επεξεργασία φυσικής γλώσσας με Transformers" }
        - { dir: "05-enischytiki", title: "Ενισχυτική μάθηση με Gymnasium" }
      loop_control:
        label: "{{ item.title }}"
      tags: [share]

    - name: Εξαγωγή μέσω NFS στο εργαστήριο
      ansible.builtin.lineinfile:
        path: /etc/exports
        line: "{{ share_root }} 10.42.8.0/24(ro,sync,no_subtree_check)"
      notify: Επαναφόρτωση NFS
      tags: [share]

  handlers:
    - name: Επαναφόρτωση NFS
      ansible.builtin.command: exportfs -ra
"""
write(F646, text, negative=True)
