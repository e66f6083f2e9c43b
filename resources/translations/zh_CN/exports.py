# FHIR and CSV exports (mmtrack-cli export-fhir, export-csv).
ZH = {
    "  export-fhir MRN -o FILE [--deidentify] [--rules IMWG-2016|IMWG-2006]\n"
    "      Write a stored patient as a FHIR R4 Bundle (JSON): patient, diagnosis, lab results,\n"
    "      treatment, collections, transplants and response assessments. --deidentify leaves out\n"
    "      the name, the MRN and the birth date.\n"
    "  export-csv (MRN | --all) -o FILE.csv\n"
    "      Write lab results as CSV for spreadsheets (UTF-8 with BOM); --all: every patient who\n"
    "      is not archived.\n":
        "  export-fhir 病历号 -o 文件 [--deidentify] [--rules IMWG-2016|IMWG-2006]\n"
        "      将已登记患者导出为 FHIR R4 Bundle（JSON）：患者、诊断、检验结果、\n"
        "      治疗、干细胞采集、移植及疗效评估。--deidentify 去标识化：不含\n"
        "      姓名、病历号和出生日期。\n"
        "  export-csv (病历号 | --all) -o 文件.csv\n"
        "      将检验结果导出为电子表格用的 CSV（UTF-8，带 BOM）；--all：所有\n"
        "      未归档的患者。\n",
    "export-fhir needs an MRN.": "export-fhir 需要病历号。",
    "export-fhir needs -o FILE (--output FILE).": "export-fhir 需要 -o 文件（--output 文件）。",
    "Wrote a de-identified FHIR bundle to %1.": "已将去标识化的 FHIR Bundle 写入 %1。",
    "Wrote the FHIR bundle of %1 to %2.": "已将 %1 的 FHIR Bundle 写入 %2。",
    "export-csv: give an MRN or --all, not both.": "export-csv：请给出病历号或 --all，不能同时给出。",
    "export-csv needs an MRN or --all.": "export-csv 需要病历号或 --all。",
    "export-csv needs -o FILE (--output FILE).": "export-csv 需要 -o 文件（--output 文件）。",
    "Wrote %n result(s) to %1.": "已将 %n 条检验结果写入 %1。",
}
