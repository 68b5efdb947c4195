#!/usr/bin/env python3
"""1836 (negative control): a Vietnamese lab's Renovate configuration for its reading-group website repository
(`renovate.json`): JSON in two-space layout with a final newline, `$schema`, a `description` array in Vietnamese,
presets in `extends`, labels, reviewers, `packageRules` (each with a description, match conditions and an action),
lock file maintenance and vulnerability alerts. Laid out as Prettier leaves a hand-written file: objects expanded,
an array of scalars on one line when it fits in 80 columns, else one element a line. No paper, no catalogue title, nothing arXiv-shaped."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1836_negative_renovate_config_json_vietnamese_reading_group_site_dependencies_no_papers.json"
CONF = {
    "$schema": "https://docs.renovatebot.com/renovate-schema.json",
    "description": [
        "Cấu hình Renovate cho kho mã trang web của nhóm đọc bài báo (phòng thí nghiệm Học máy).",
        "Chỉ tạo PR vào cuối tuần; các bản cập nhật nhỏ được gộp lại để đỡ phải duyệt nhiều PR.",
        "Người phụ trách: Nguyễn Thu Hà. Có thắc mắc thì hỏi trong kênh #web-nhom-doc."
    ],
    "extends": ["config:recommended", ":semanticCommits", ":timezone(Asia/Ho_Chi_Minh)", "schedule:weekends"],
    "labels": ["phụ thuộc"],
    "reviewers": ["nguyen-thu-ha"],
    "prConcurrentLimit": 3,
    "rangeStrategy": "bump",
    "packageRules": [
        {
            "description": "Gộp các bản cập nhật nhỏ và bản vá của devDependencies, tự động merge khi CI qua",
            "matchDepTypes": ["devDependencies"],
            "matchUpdateTypes": ["minor", "patch"],
            "groupName": "công cụ phát triển",
            "automerge": True
        },
        {
            "description": "Astro và các tích hợp của nó phải được cập nhật cùng lúc",
            "matchPackageNames": ["astro", "@astrojs/mdx", "@astrojs/sitemap", "@astrojs/check"],
            "groupName": "astro"
        },
        {
            "description": "Không tự nâng phiên bản chính của các action trong GitHub Actions",
            "matchManagers": ["github-actions"],
            "matchUpdateTypes": ["major"],
            "enabled": False
        },
        {
            "description": "Node trong .nvmrc: chỉ dùng bản LTS",
            "matchManagers": ["nvm"],
            "allowedVersions": "/^20\\./"
        }
    ],
    "lockFileMaintenance": {
        "enabled": True,
        "schedule": ["before 6am on monday"]
    },
    "vulnerabilityAlerts": {
        "labels": ["bảo mật"]
    }
}


def pretty(v, ind=0, pre=""):
    """one value at indent `ind` after `pre` (a key and ": "); returns its lines, the last without a comma"""
    sp = " " * ind
    if isinstance(v, dict):
        L = [sp + pre + "{"]
        for i, (k, x) in enumerate(v.items()):
            sub = pretty(x, ind + 2, json.dumps(k, ensure_ascii=False) + ": ")
            if i < len(v) - 1: sub[-1] += ","
            L += sub
        return L + [sp + "}"]
    if isinstance(v, list):
        one = "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        if all(not isinstance(x, (dict, list)) for x in v) and len(sp + pre + one) + 1 <= 80:
            return [sp + pre + one]
        L = [sp + pre + "["]
        for i, x in enumerate(v):
            sub = pretty(x, ind + 2)
            if i < len(v) - 1: sub[-1] += ","
            L += sub
        return L + [sp + "]"]
    return [sp + pre + json.dumps(v, ensure_ascii=False)]


if __name__ == "__main__":
    write(F, "\n".join(pretty(CONF)) + "\n", negative=True)
