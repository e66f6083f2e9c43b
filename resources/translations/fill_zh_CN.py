#!/usr/bin/env python3
"""Fills resources/translations/mmtrack_zh_CN.ts from the table below.

The table is the reviewed Simplified Chinese wording (terms from the ward's glossary). Run
after `cmake --build build --target update_translations` has added new source strings:
    python3 resources/translations/fill_zh_CN.py
Strings missing from the table stay unfinished, and the i18n test names them.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "mmtrack_zh_CN.ts"

ZH = {
    # Case file reader
    "expected a number": "应为数字",
    "expected a string": "应为字符串",
    "line %1, column %2": "第%1行，第%2列",
    "not valid JSON (%1)": "不是有效的JSON（%1）",
    "a case file is a JSON object": "病例文件须为JSON对象",
    'expected "mmtrack-case"': "应为\"mmtrack-case\"",
    "only version 1 can be read": "仅能读取第1版",
    "required, and must be an object": "必填，且须为对象",
    "must be an object": "须为对象",
    "not imported by this version of mmtrack": "此版本mmtrack未导入该内容",
    # Command line
    "Usage: mmtrack-cli [--db PATH] [--verbose] [--lang en|zh_CN] COMMAND ...\n\nWithout --db, the default database of the GUI is used: %1\n\nCommands:\n":
        "用法：mmtrack-cli [--db 路径] [--verbose] [--lang en|zh_CN] 命令 ...\n\n未指定 --db 时，使用图形界面的默认数据库：%1\n\n命令：\n",
    "\nExit status: 0 done; 2 the input or the database was refused (the reason is on stderr).\n":
        "\n退出状态：0 完成；2 输入或数据库被拒绝（原因见标准错误输出）。\n",
    "%1 needs a value.": "%1 需要一个值。",
    'Unknown command "%1".': "未知命令“%1”。",
    "Unexpected arguments: %1": "无法识别的参数：%1",
    "See mmtrack-cli --help.": "请参阅 mmtrack-cli --help。",
    "  patients [--search TEXT] [--archived] [--json]\n      List patients; --search matches part of a name or MRN, --archived includes archived ones.\n  patient add --mrn MRN --name NAME --sex male|female [--birth-date DATE] [--weight KG]\n              [--diagnosis-date DATE] [--heavy-chain IgG|IgA|IgD|IgE|IgM|none]\n              [--light-chain kappa|lambda] [--notes TEXT] [--json]\n      DATE is YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.\n  patient show MRN [--json]\n  patient edit MRN [the options of add]\n  patient archive MRN [--reason TEXT]\n  patient restore MRN\n":
        "  patients [--search 文本] [--archived] [--json]\n      列出患者；--search 匹配姓名或病历号的一部分，--archived 包含已归档患者。\n  patient add --mrn 病历号 --name 姓名 --sex male|female [--birth-date 日期] [--weight 公斤]\n              [--diagnosis-date 日期] [--heavy-chain IgG|IgA|IgD|IgE|IgM|none]\n              [--light-chain kappa|lambda] [--notes 文本] [--json]\n      日期格式为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。\n  patient show 病历号 [--json]\n  patient edit 病历号 [与 add 相同的选项]\n  patient archive 病历号 [--reason 文本]\n  patient restore 病历号\n",
    'Unknown patient command "%1": use add, show, edit, archive or restore.':
        "未知的患者命令“%1”：请使用 add、show、edit、archive 或 restore。",
    "Added %1 (%2).": "已添加 %1（%2）。",
    "patient show needs an MRN.": "patient show 需要病历号。",
    "patient edit needs an MRN.": "patient edit 需要病历号。",
    "This command needs an MRN.": "此命令需要病历号。",
    "Saved %1 (%2).": "已保存 %1（%2）。",
    "Archived %1 (%2).": "已归档 %1（%2）。",
    "Restored %1 (%2).": "已从归档恢复 %1（%2）。",
    "yes": "是",
    "no": "否",
    # Database
    "This is not a file.": "这不是一个文件。",
    "This file is not an SQLite database; it was left untouched.": "此文件不是SQLite数据库；文件未作任何改动。",
    "The database cannot be opened (%1); it was left untouched.": "无法打开数据库（%1）；文件未作任何改动。",
    "The database is damaged (%1); it was left untouched.": "数据库已损坏（%1）；文件未作任何改动。",
    "The database is damaged or unreadable; it was left untouched.": "数据库已损坏或无法读取；文件未作任何改动。",
    "The database was written by a newer version of mmtrack (schema %1; this program knows schema %2 at most). Update mmtrack; the file was left untouched.":
        "此数据库由更新版本的mmtrack写入（结构版本%1；本程序最多支持版本%2）。请升级mmtrack；文件未作任何改动。",
    "This SQLite database belongs to another program (it holds tables but no mmtrack schema); it was left untouched.":
        "此SQLite数据库属于其他程序（含有数据表但没有mmtrack结构）；文件未作任何改动。",
    "The database cannot be opened: %1": "无法打开数据库：%1",
    "The database refused a setting (%1): %2": "数据库拒绝了设置（%1）：%2",
    "read the schema version": "读取结构版本",
    "begin the schema upgrade": "开始结构升级",
    "apply migration %1 (%2)": "执行迁移 %1（%2）",
    "record migration %1": "记录迁移 %1",
    "commit the schema upgrade": "提交结构升级",
    "read the audit log": "读取审计日志",
    "write the audit log": "写入审计日志",
    "The database could not %1: %2": "数据库未能%1：%2",
    "check the MRN": "检查病历号",
    "The MRN %1 already belongs to another patient.": "病历号 %1 已属于另一位患者。",
    "begin a transaction": "开始事务",
    "add the patient": "添加患者",
    "save the patient": "保存患者",
    "read patients": "读取患者",
    "This patient was changed by %1 at %2 after you opened it. The record has been reloaded; please make your change again.":
        "您打开此患者记录后，%1 于 %2 修改了它。记录已重新载入，请重新进行修改。",
    "This patient was changed elsewhere while you were editing. The record has been reloaded; please make your change again.":
        "您编辑期间此患者记录已在别处被修改。记录已重新载入，请重新进行修改。",
    "No patient has the id %1.": "没有编号为 %1 的患者。",
    "No patient has the MRN %1.": "没有病历号为 %1 的患者。",
    "mmtrack cannot open the database": "mmtrack 无法打开数据库",
    # Main window
    "mmtrack — myeloma transplant pathway": "mmtrack — 骨髓瘤移植全程管理",
    "Search name or MRN (Ctrl+F)": "搜索姓名或病历号（Ctrl+F）",
    "Show &archived patients": "显示已归档患者(&A)",
    "&File": "文件(&F)",
    "&Patient": "患者(&P)",
    "&Settings": "设置(&S)",
    "&Language": "语言(&L)",
    "Tools": "工具栏",
    "&New patient…": "新建患者(&N)…",
    "&Quit": "退出(&Q)",
    "&Edit patient…": "编辑患者(&E)…",
    "&Archive patient…": "归档患者(&A)…",
    "&Restore from archive": "从归档恢复(&R)",
    "Ctrl+N": "Ctrl+N",
    "Ctrl+Q": "Ctrl+Q",
    "Ctrl+E": "Ctrl+E",
    "Ctrl+Shift+Del": "Ctrl+Shift+Del",
    "Follow the system": "跟随系统",
    "%n patient(s)": "%n 位患者",
    "%n patient(s) match the search": "%n 位患者符合搜索条件",
    "Archive patient": "归档患者",
    "Archive %1 (%2)? The record is kept and can be restored; it is hidden from the list.":
        "归档 %1（%2）？记录将被保留并可恢复，但不再显示在列表中。",
    "Dismiss": "关闭",
    "Dismiss message": "关闭消息",
    # Patient form
    "Patient": "患者",
    "Fields marked * are required. Dates may be partial (YYYY-MM or YYYY) when only that much is known.":
        "标有 * 的为必填项。仅知年月或年份时，日期可写为 YYYY-MM 或 YYYY。",
    "Medical record &number (MRN) *": "病历号(&N) *",
    "e.g. TZ-2025-0417": "例如 TZ-2025-0417",
    "&Name *": "姓名(&M) *",
    "&Sex *": "性别(&S) *",
    "&Birth date": "出生日期(&B)",
    "YYYY-MM-DD, YYYY-MM or YYYY": "YYYY-MM-DD、YYYY-MM 或 YYYY",
    "&Weight (kg)": "体重（kg）(&W)",
    "kg": "kg",
    "&Diagnosis date": "诊断日期(&D)",
    "&Heavy chain": "重链(&H)",
    "&Light chain": "轻链(&L)",
    "N&otes": "备注(&O)",
    "Known to the year": "精确到年",
    "Known to the month": "精确到月",
    "Known to the day": "精确到日",
    "New patient": "新建患者",
    "— choose —": "— 请选择 —",
    "not recorded": "未记录",
    "kappa (κ)": "κ（kappa）",
    "lambda (λ)": "λ（lambda）",
    "Edit patient %1": "编辑患者 %1",
    # Patient list and summary
    "%1 (archived)": "%1（已归档）",
    "Known to the month only": "仅知年月",
    "Known to the year only": "仅知年份",
    "Name": "姓名",
    "MRN": "病历号",
    "Sex": "性别",
    "Age": "年龄",
    "Isotype": "分型",
    "Diagnosed": "诊断日期",
    "%1 (year only)": "%1（仅知年份）",
    "%1 (month only)": "%1（仅知年月）",
    "Select a patient in the list, or add one with Ctrl+N.": "请在列表中选择患者，或按 Ctrl+N 新建患者。",
    "Archived": "已归档",
    "%1 y": "%1 岁",
    "Birth date": "出生日期",
    "Weight": "体重",
    "Weight (kg)": "体重（kg）",
    "%1 kg": "%1 kg",
    "Diagnosis date": "诊断日期",
    "Heavy chain": "重链",
    "Light chain": "轻链",
    "Notes": "备注",
    "Registered": "登记",
    "%1 by %2": "%1，%2",
    "Last changed": "最近修改",
    # Patient words
    "Male": "男",
    "Female": "女",
    "none (light chain only)": "无（轻链型）",
    "light chain only": "轻链型",
    "%1 light chain only": "%1 轻链型",
    # Validation
    'Unknown sex "%1": use male or female.': "未知性别“%1”：请使用 male（男）或 female（女）。",
    '"%1" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.':
        "“%1”不是日期：请写为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。",
    '"%1" is not a number of kilograms.': "“%1”不是以公斤计的数字。",
    'Unknown heavy chain "%1": use one of %2.': "未知重链“%1”：请使用 %2 之一。",
    'Unknown light chain "%1": use kappa or lambda.': "未知轻链“%1”：请使用 kappa 或 lambda。",
    "The medical record number (MRN) is required.": "病历号为必填项。",
    "The MRN is longer than %1 characters.": "病历号超过 %1 个字符。",
    "The MRN may not contain spaces or control characters.": "病历号不能包含空格或控制字符。",
    "The patient's name is required.": "患者姓名为必填项。",
    "The name is longer than %1 characters.": "姓名超过 %1 个字符。",
    "The name may not contain control characters.": "姓名不能包含控制字符。",
    "Choose the patient's sex.": "请选择患者性别。",
    "The birth date %1 is in the future.": "出生日期 %1 晚于今天。",
    "The birth date %1 is before %2.": "出生日期 %1 早于 %2 年。",
    "The diagnosis date %1 is in the future.": "诊断日期 %1 晚于今天。",
    "The diagnosis date %1 is before the birth date %2.": "诊断日期 %1 早于出生日期 %2。",
    "A weight of %1 kg is not plausible (expected %2–%3 kg).": "体重 %1 kg 不合理（应在 %2–%3 kg 之间）。",
    "The notes are longer than %1 characters.": "备注超过 %1 个字符。",
    "The notes may not contain control characters.": "备注不能包含控制字符。",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            if source not in ZH:
                if translation.get("type") == "unfinished":
                    missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                form = ET.SubElement(translation, "numerusform")
                form.text = ZH[source]
            else:
                translation.text = ZH[source]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(TS, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for source in missing:
        print("no translation for:", repr(source), file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
