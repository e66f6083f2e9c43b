# Pathway events: the validator, their words, the event commands of the CLI, the Events page,
# its form and its undo commands. Terms from shared/domain/glossary-zh.md.
ZH = {
    # Validation (PathwayEventValidator, PathwayRepository)
    "Choose the type of event.": "请选择事件类型。",
    'Unknown event type "%1": use one of %2.': "未知的事件类型“%1”：请使用 %2 之一。",
    '"%1" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.':
        "“%1”不是日期：请写为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。",
    "Required: the date of the event.": "必填：事件日期。",
    '"%1" is not a whole number.': "“%1”不是整数。",
    '"%1" is not a number of ×10⁶ CD34+ cells per kg.': "“%1”不是CD34+细胞数（×10⁶/kg）。",
    "The date %1 is in the future.": "日期 %1 晚于今天。",
    "A %1 event does not take this field.": "“%1”事件没有此项。",
    "At most %1 characters.": "最多 %1 个字符。",
    "A CD34+ count cannot be negative.": "CD34+细胞数不能为负数。",
    "Required: induction, consolidation or maintenance.": "必填：诱导治疗、巩固治疗或维持治疗。",
    'Unknown phase "%1": use induction, consolidation or maintenance.':
        "未知的阶段“%1”：请使用 induction、consolidation 或 maintenance。",
    "Required: the regimen, e.g. VRD.": "必填：治疗方案，如 VRD。",
    "A cycle number is from 1 to %1.": "周期数为 1 至 %1。",
    "The end date %1 is before the start %2.": "结束日期 %1 早于开始日期 %2。",
    "Required: the conditioning regimen, e.g. MEL200.": "必填：预处理方案，如 MEL200。",
    "Required: the day's CD34+ yield in ×10⁶/kg.": "必填：当日采集的CD34+细胞数（×10⁶/kg）。",
    "Required: 1 for the first transplant, 2 for the second.":
        "必填：第一次移植填 1，第二次移植填 2。",
    "The transplant number is 1 or 2.": "移植次序为 1 或 2。",
    "Required: platelets or red_cells.": "必填：platelets（血小板）或 red_cells（红细胞）。",
    'Unknown product "%1": use platelets or red_cells.':
        "未知的血液制品“%1”：请使用 platelets 或 red_cells。",
    'Required: what was reported, e.g. "WBC engrafted".': "必填：报告内容，如“白细胞植活”。",
    "This event was changed elsewhere after you read it; it has been reloaded.":
        "您读取此事件后，它已在别处被修改；事件已重新载入。",
    "save the event": "保存事件",
    # Events in words (PathwayEventText)
    "Therapy cycle": "治疗周期",
    "New line of therapy": "新治疗线",
    "Stem-cell mobilization": "干细胞动员",
    "Stem-cell collection": "干细胞采集",
    "Admission": "入院",
    "Discharge": "出院",
    "Conditioning": "预处理",
    "Transplant": "移植",
    "Transfusion": "输注",
    "Reported": "报告",
    "Induction": "诱导治疗",
    "Consolidation": "巩固治疗",
    "Maintenance": "维持治疗",
    "Platelets": "血小板",
    "Red cells": "红细胞",
    "CD34+ %1 ×10⁶/kg": "CD34+ %1 ×10⁶/kg",
    "%1 cycle %2": "%1 第%2周期",
    "until %1": "至 %1",
    "ASCT #%1 (day 0)": "第%1次自体移植（第0天）",
    "%1 infused": "回输 %1",
    # Command line (EventCommands)
    "  event add MRN --type TYPE --date DATE [--end-date DATE] [--phase PHASE]\n"
    "              [--regimen R] [--cycle N] [--number 1|2] [--cd34 X] [--agents A,B]\n"
    "              [--product platelets|red_cells] [--label L] [--note N] [--reason R]\n"
    "      TYPE is one of %1.\n"
    "      PHASE is induction, consolidation or maintenance; --cd34 is ×10⁶/kg.\n"
    "  event list MRN [--json]\n"
    "  event edit ID [the options of add]\n"
    "  event remove ID --reason TEXT\n":
        "  event add 病历号 --type 类型 --date 日期 [--end-date 日期] [--phase 阶段]\n"
        "              [--regimen 方案] [--cycle 周期] [--number 1|2] [--cd34 数值] [--agents A,B]\n"
        "              [--product platelets|red_cells] [--label 内容] [--note 备注] [--reason 原因]\n"
        "      类型为 %1 之一。\n"
        "      阶段为 induction、consolidation 或 maintenance；--cd34 的单位为 ×10⁶/kg。\n"
        "  event list 病历号 [--json]\n"
        "  event edit 编号 [与 add 相同的选项]\n"
        "  event remove 编号 --reason 原因\n",
    "event %1 needs an event ID (see event list).": "event %1 需要事件编号（见 event list）。",
    '"%1" is not an event ID.': "“%1”不是事件编号。",
    "event %1 needs an MRN.": "event %1 需要病历号。",
    'Unknown event command "%1": use add, list, edit or remove.':
        "未知的事件命令“%1”：请使用 add、list、edit 或 remove。",
    "Added event %1: %2": "已添加事件 %1：%2",
    "ID": "编号",
    "Date": "日期",
    "Type": "类型",
    "Details": "详情",
    "%n event(s)": "%n 个事件",
    "Event %1 is unchanged.": "事件 %1 未改变。",
    "Saved event %1: %2": "已保存事件 %1：%2",
    "Removed event %1: %2": "已删除事件 %1：%2",
    # Undo commands (EventCommand)
    "“%1” cannot be redone: %2": "无法重做“%1”：%2",
    "“%1” cannot be undone: %2": "无法撤销“%1”：%2",
    "The event was changed elsewhere in the meantime.": "此事件在此期间已在别处被修改。",
    "Add %1": "添加 %1",
    "Change %1": "修改 %1",
    "Delete %1": "删除 %1",
    # The form (EventFormDialog)
    "Edit a pathway event": "编辑病程事件",
    "Add a pathway event": "添加病程事件",
    "&Type": "类型(&T)",
    "&Date": "日期(&D)",
    "&End date": "结束日期(&E)",
    "&Phase": "阶段(&P)",
    "&Regimen": "方案(&R)",
    "&Cycle": "周期(&C)",
    "Transplant &number": "移植次序(&N)",
    "CD&34+": "CD34+(&3)",
    "&Agents": "动员药物(&A)",
    "&Product": "血液制品(&P)",
    "&Label": "报告内容(&L)",
    "N&ote": "备注(&O)",
    "Rea&son": "原因(&S)",
    "YYYY-MM-DD, or YYYY-MM or YYYY": "YYYY-MM-DD，或 YYYY-MM、YYYY",
    "Write only as much of the date as is known.": "日期只写已知的部分。",
    "optional: YYYY-MM-DD": "选填：YYYY-MM-DD",
    "e.g. 3.2": "如 3.2",
    "×10⁶ CD34+ cells per kg of body weight": "每公斤体重 ×10⁶ 个CD34+细胞",
    "optional, comma-separated: G-CSF, plerixafor": "选填，以逗号分隔：G-CSF, plerixafor",
    "required, e.g. WBC engrafted": "必填，如 白细胞植活",
    "optional": "选填",
    "optional: why the line of therapy changed": "选填：更换治疗线的原因",
    "The cycle's number within its phase; — when not known.": "该阶段内的周期序号；未知时为 —。",
    "1 for the first transplant, 2 for the second.": "第一次移植为 1，第二次移植为 2。",
    "OK": "确定",
    "Cancel": "取消",
    "required, e.g. MEL200": "必填，如 MEL200",
    "required, e.g. VRD": "必填，如 VRD",
    # The page (EventsPage)
    "Pathway events": "病程事件",
    "&Add…": "添加(&A)…",
    "Record an event (Ins or Ctrl+N)": "记录事件（Ins 或 Ctrl+N）",
    "&Edit…": "编辑(&E)…",
    "Change the chosen event (Enter or F2)": "修改所选事件（Enter 或 F2）",
    "&Delete…": "删除(&D)…",
    "Delete the chosen event; you are asked why (Del)": "删除所选事件，需说明原因（Del）",
    "Undo %1": "撤销 %1",
    "Undo": "撤销",
    "Redo %1": "重做 %1",
    "Redo": "重做",
    "Add": "添加",
    "Edit": "编辑",
    "Delete": "删除",
    "Ins adds · Enter or F2 edits · Del deletes · Ctrl+Z undoes · Ctrl+Y redoes":
        "Ins 添加 · Enter 或 F2 编辑 · Del 删除 · Ctrl+Z 撤销 · Ctrl+Y 重做",
    "Pathway events in date order": "按日期排列的病程事件",
    "Delete a pathway event": "删除病程事件",
    "Why is the event “%1” deleted? The reason is kept in the audit log.":
        "为何删除事件“%1”？原因将记入审计日志。",
}
