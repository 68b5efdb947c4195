#!/usr/bin/env python3
"""1136 (negative): a Logstash pipeline configuration (`/etc/logstash/conf.d/paperbot.conf`, Thai comments): a
Bangkok lab ships its paper bot's logs (GELF over UDP and Filebeat) to OpenSearch. It looks like it may hold papers
(grok captures named arxiv_id / openreview_id / title, an index per edition, a translate dictionary of venues) but
names none: no paper title, no arXiv-shaped id. The builder refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1136

TEXT = r'''# =====================================================================
#  paperbot.conf — ไปป์ไลน์ Logstash สำหรับบอทสรุปเปเปอร์ของแล็บ
#  ผู้ดูแล: ธนพล ศรีวงศ์ <thanaphon@lab.example.ac.th>
#  แก้ไขล่าสุด: 2024-03-08 (เพิ่ม GELF input, แยก index ตามฉบับ)
# =====================================================================

input {
  # บอทส่ง log แบบ GELF (UDP) มาที่พอร์ตนี้
  gelf {
    id => "paperbot_gelf"
    port => 12201
    use_udp => true
    use_tcp => false
    tags => ["paperbot", "gelf"]
  }

  # log ไฟล์เก่าจากเครื่อง cron (ส่งผ่าน Filebeat)
  beats {
    id => "paperbot_beats"
    port => 5044
  }
}

filter {
  if "gelf" in [tags] {
    mutate {
      rename => { "short_message" => "message" }
      rename => { "_edition" => "[paperbot][edition]" }
    }
  } else {
    # รูปแบบบรรทัด: 2024-03-07 09:00:01,118 INFO digest.paper_added id=... title="..."
    grok {
      match => {
        "message" => [
          "%{TIMESTAMP_ISO8601:log_ts} %{LOGLEVEL:level} %{NOTSPACE:event} id=arXiv:(?<arxiv_id>[0-9]{4}\.[0-9]{4,5})(v%{INT:arxiv_version})? title=\"%{DATA:title}\"",
          "%{TIMESTAMP_ISO8601:log_ts} %{LOGLEVEL:level} %{NOTSPACE:event} id=openreview:(?<openreview_id>[A-Za-z0-9_\-]{8,12}) title=\"%{DATA:title}\"",
          "%{TIMESTAMP_ISO8601:log_ts} %{LOGLEVEL:level} %{NOTSPACE:event} %{GREEDYDATA:detail}"
        ]
      }
      tag_on_failure => ["_grok_paperbot_fail"]
    }
    date {
      match => ["log_ts", "yyyy-MM-dd HH:mm:ss,SSS"]
      timezone => "Asia/Bangkok"
      target => "@timestamp"
    }
  }

  # แปลงชื่อย่อเวทีเป็นชื่อเต็ม (ใช้ในแดชบอร์ด)
  if [venue] {
    translate {
      source => "[venue]"
      target => "[venue_full]"
      dictionary => {
        "neurips" => "Conference on Neural Information Processing Systems"
        "iclr"    => "International Conference on Learning Representations"
        "acl"     => "Annual Meeting of the Association for Computational Linguistics"
      }
      fallback => "ไม่ทราบ"
    }
  }

  # ลิงก์ที่ไม่ใช่เปเปอร์ (บล็อก, repo) ไม่ต้องนับเป็นบทความ
  if [url] =~ /github\.com|medium\.com|youtube\.com/ {
    mutate { add_tag => ["not_a_paper"] }
  }

  mutate {
    remove_field => ["[agent]", "[ecs]", "[input]", "[log][offset]"]
    lowercase => ["level"]
  }
}

output {
  if "_grok_paperbot_fail" in [tags] {
    file {
      path => "/var/log/logstash/paperbot-failed-%{+YYYY-MM-dd}.log"
      codec => line { format => "%{message}" }
    }
  } else {
    opensearch {
      hosts => ["https://search.lab.example.ac.th:9200"]
      index => "paperbot-%{[paperbot][edition]}-%{+YYYY.MM}"
      user => "logstash_paperbot"
      password => "${OPENSEARCH_PW}"
      ssl => true
      cacert => "/etc/logstash/certs/lab-ca.pem"
    }
  }
  # เปิดไว้ตอนดีบักเท่านั้น
  # stdout { codec => rubydebug }
}
'''
write(F1136, TEXT, negative=True)
