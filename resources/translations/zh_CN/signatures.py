# Signed assessments (AssessmentSignatures, SignatureCommands, SignaturePanel,
# SignAssessmentDialog) and the lab import's new messages.
ZH = {
    # AssessmentSignatures
    "The assessment needs a date.": "评估需要一个日期。",
    "An assessment cannot be signed for a date in the future (%1).": "不能为将来的日期（%1）签名确认评估。",
    "There is no assessment to sign.": "没有可签名确认的评估。",
    "Enter your password to sign.": "请输入您的密码以签名确认。",
    "Version %1 signed by %2 on %3 already says this; nothing changed.":
        "%2 于 %3 签名确认的第 %1 版已是此内容；没有任何变化。",
    "The assessment of %1 is already signed (version %2): a correction needs a reason.":
        "%1 的评估已签名确认（第 %2 版）：更正需要填写原因。",
    "%1 signed this assessment at the same time (version %2). Review it, then sign a correction if needed.":
        "%1 同时签名确认了此评估（第 %2 版）。请先查看，如有需要再签名确认更正。",
    "sign the assessment": "签名确认评估",
    "read the signed assessments": "读取已签名确认的评估",
    # SignatureCommands
    "  signature sign MRN [--as-of YYYY-MM-DD] [--reason TEXT] [--rules IMWG-2016]\n"
    "                       sign the assessment as of a date (clinician; the password\n"
    "                       is checked again); a second signature of the same date is\n"
    "                       a correction and needs --reason\n"
    "  signature list MRN [--json]\n"
    "                       every signed version, with what each correction changed\n":
        "  signature sign MRN [--as-of YYYY-MM-DD] [--reason TEXT] [--rules IMWG-2016]\n"
        "                       签名确认截至某日的评估（临床医师；需再次验证密码）；\n"
        "                       同一日期的第二次签名确认即为更正，需要 --reason\n"
        "  signature list MRN [--json]\n"
        "                       列出所有已签名确认的版本及每次更正的变更内容\n",
    "signature needs sign or list.": "signature 需要 sign 或 list。",
    "signature sign needs the patient's MRN.": "signature sign 需要患者的病历号。",
    "--as-of: %1 is not a date (YYYY-MM-DD).": "--as-of：%1 不是日期（YYYY-MM-DD）。",
    "Assessment of %1 as of %2 signed by %3 (version %4).":
        "%1 截至 %2 的评估已由 %3 签名确认（第 %4 版）。",
    "signature list needs the patient's MRN.": "signature list 需要患者的病历号。",
    "No signed assessment for %1.": "%1 没有已签名确认的评估。",
    "%1  version %2  signed by %3 on %4": "%1  第 %2 版  由 %3 于 %4 签名确认",
    "  (CHANGED since signed!)": "  （签名后已被改动！）",
    "    reason: %1": "    原因：%1",
    # SignaturePanel
    "Si&gn…": "签名确认(&G)…",
    "Signature &history…": "签名历史(&H)…",
    "Sign the assessment as of a date with your password": "用您的密码签名确认截至某日的评估",
    "Assessment not signed.": "评估尚未签名确认。",
    "Signed and locked: assessment as of %1, version %2, signed by %3 on %4.":
        "已签名确认并锁定：截至 %1 的评估，第 %2 版，由 %3 于 %4 签名确认。",
    "Its stored copy no longer matches what was signed.": "其存储副本与签名时的内容不再一致。",
    "⚠ %n change(s) in the data since it was signed; sign a correction to record them.":
        "⚠ 签名后数据有 %n 处变化；请签名确认更正以记录这些变化。",
    # SignAssessmentDialog
    "yes": "是",
    "no": "否",
    "Best confirmed response: %1": "最佳确认疗效：%1",
    "ISS %1, R-ISS %2, R2-ISS %3": "ISS %1，R-ISS %2，R2-ISS %3",
    "High risk: %1": "高危：%1",
    "Transplant %1: day 0 %2, neutrophil engraftment %3": "第 %1 次移植：第 0 天 %2，中性粒细胞植入 %3",
    "not reached": "未达到",
    "Responses assessed: %1, alerts: %2": "已评估疗效：%1 次，警示：%2 条",
    "Sign the assessment": "签名确认评估",
    "Why the earlier version is corrected": "更正先前版本的原因",
    "Assessment as of:": "评估截至：",
    "Password of %1:": "%1 的密码：",
    "Sign": "签名确认",
    "What you sign:": "您将签名确认的内容：",
    "Version %1 (signed by %2) already says this: there is nothing to correct.":
        "第 %1 版（由 %2 签名确认）已是此内容：无需更正。",
    "Correction of version %1 (signed by %2). Changed since:": "更正第 %1 版（由 %2 签名确认）。此后的变化：",
    "Reason (required):": "原因（必填）：",
    "Reason:": "原因：",
    "Signed assessments": "已签名确认的评估",
    "As of": "截至",
    "Version": "版本",
    "Signed by": "签名人",
    "Signed at": "签名时间",
    "Integrity": "完整性",
    "✓ as signed": "✓ 与签名时一致",
    "✗ changed since signed": "✗ 签名后已被改动",
    # LabImporter, LabImportWriter
    "the result cannot be stored": "该结果无法保存",
    "a field is too long to store": "某个字段过长，无法保存",
    "A text of the result is too long to store.": "该结果中的某段文字过长，无法保存。",
}
