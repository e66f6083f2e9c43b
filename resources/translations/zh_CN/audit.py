# The tamper-evident audit log (AuditLog, AuditCommands, AuditViewerDialog).
ZH = {
    # AuditLog
    "write the audit log": "写入审计日志",
    "seal the audit log": "封存审计日志",
    "read the audit log": "读取审计日志",
    "audit row %1 is not sealed: it was written or altered outside mmtrack":
        "审计日志第 %1 行未封存：该行是在 mmtrack 之外写入或修改的",
    "audit row %1 was changed: its contents no longer match its hash":
        "审计日志第 %1 行已被修改：其内容与其哈希值不再相符",
    "audit row %1 does not follow row %2: one of them was changed":
        "审计日志第 %1 行与第 %2 行不衔接：其中一行已被修改",
    "audit rows before row %1 are missing": "审计日志第 %1 行之前的记录缺失",
    "audit rows between row %1 and row %2 are missing": "审计日志第 %1 行与第 %2 行之间的记录缺失",
    # AuditCommands
    "%1: %2 is not a date (YYYY-MM-DD).": "%1：%2 不是日期（YYYY-MM-DD）。",
    "%1: no such database.": "%1：数据库不存在。",
    "%n rows, chain intact": "%n 行，哈希链完整",
    "Audit log broken at row %1: %2": "审计日志在第 %1 行处被破坏：%2",
    "%1 needs a value.": "%1 需要一个值。",
    "Row": "行",
    "Time (UTC)": "时间（UTC）",
    "User": "用户",
    "Action": "操作",
    "Table": "数据表",
    "Record": "记录",
    "MRN": "病历号",
    "Reason": "原因",
    "Changes": "变更",
    "  audit [--patient MRN] [--user USER] [--from DATE] [--to DATE] [--json]\n      List the audit log: who changed what, when, old and new values, reasons.\n  verify-audit\n      Check the audit log's hash chain. Exit status 0 intact, 1 a row was changed\n      or removed outside mmtrack (the first such row is named), 2 unreadable.\n":
        "  audit [--patient 病历号] [--user 用户] [--from 日期] [--to 日期] [--json]\n      列出审计日志：谁在何时修改了什么、原值与新值、原因。\n  verify-audit\n      检查审计日志的哈希链。退出状态 0 完整；1 有记录在 mmtrack 之外被修改\n      或删除（列出第一条这样的记录）；2 无法读取。\n",
    # AuditViewerDialog
    "added": "新增",
    "changed": "修改",
    "deleted": "删除",
    "Patient": "患者",
    "Lab result": "检验结果",
    "Lab import": "检验结果导入",
    "Lab code": "检验代码",
    "Event": "事件",
    "Diagnosis details": "诊断详情",
    "Protocol": "方案",
    "Old → new values": "原值 → 新值",
    "&From": "起始日期(&F)",
    "&To": "截止日期(&T)",
    "&Verify chain": "校验哈希链(&V)",
    "Audit log": "审计日志",
    "MRN or name": "病历号或姓名",
    "User name": "用户名",
    "&Patient:": "患者(&P)：",
    "&User:": "用户(&U)：",
    "%n audit rows": "%n 条审计记录",
    "The audit log is intact: %n rows, none changed or removed outside mmtrack.":
        "审计日志完整：共 %n 行，没有在 mmtrack 之外被修改或删除的记录。",
    "The audit log was altered outside mmtrack: %1": "审计日志在 mmtrack 之外被改动：%1",
}
