# Backup, restore and check of the database file (storage::Backup, MaintenanceCommands,
# gui::Maintenance).
ZH = {
    "The database is not open.": "数据库未打开。",
    "This file is a database in use; choose another name.": "该文件是正在使用的数据库，请另选文件名。",
    "The backup could not be written: %1": "无法写入备份：%1",
    "There is no such file.": "文件不存在。",
    "The backup cannot replace the database itself.": "备份不能覆盖数据库本身。",
    "The database cannot be opened: %1": "无法打开数据库：%1",
    "The integrity check failed: %1": "完整性检查失败：%1",
    "Damaged: %1": "已损坏：%1",
    "The foreign-key check failed: %1": "外键检查失败：%1",
    "Table %1, row %2: refers to a row of %3 that does not exist.":
        "表 %1 第 %2 行：引用了 %3 中不存在的行。",
    "The file cannot be read: %1": "无法读取文件：%1",
    "This file is not an SQLite database.": "该文件不是 SQLite 数据库。",
    "The database is open in another mmtrack window or workstation; close it there first. Nothing was changed.":
        "数据库正在另一个 mmtrack 窗口或工作站中打开，请先在那里关闭。未做任何更改。",
    "The database cannot be released (%1); nothing was changed.": "无法释放数据库（%1）；未做任何更改。",
    "This is the database itself, not a backup of it.": "这是数据库本身，而不是它的备份。",
    "This SQLite file holds no mmtrack data; nothing was changed.":
        "该 SQLite 文件不含 mmtrack 数据；未做任何更改。",
    "The current database could not be kept as %1; nothing was changed.":
        "无法将当前数据库保留为 %1；未做任何更改。",
    "The backup folder cannot be created.": "无法创建备份文件夹。",
    "The database was backed up to %1.": "数据库已备份到 %1。",
    "The database passed the integrity and foreign-key checks.": "数据库已通过完整性和外键检查。",
    "The check found %n problem(s). Restore a backup, or keep the database and ask for help.":
        "检查发现 %n 个问题。请恢复备份，或保留数据库并寻求技术支持。",
    "The database was restored from %1.": "已从 %1 恢复数据库。",
    "The previous database is kept as %1.": "原数据库已保留为 %1。",
    "Back up the database": "备份数据库",
    "mmtrack databases (*.sqlite)": "mmtrack 数据库 (*.sqlite)",
    "Check the database": "检查数据库",
    "Restore from backup": "从备份恢复",
    "mmtrack databases (*.sqlite);;All files (*)": "mmtrack 数据库 (*.sqlite);;所有文件 (*)",
    "Replace the database by the backup %1? Changes made after that backup will no longer be shown; the current database is kept beside it.":
        "用备份 %1 替换数据库？该备份之后所做的更改将不再显示；当前数据库会保留在其旁边。",
    "  backup --to FILE\n      Copy the database to FILE with SQLite's online backup (safe while it is in use);\n      the copy is checked before it replaces FILE.\n  restore --from FILE\n      Replace the database by the backup FILE, after checking that it is an mmtrack database\n      this program can open. The previous database is kept as DB.before-restore-TIME.\n  check\n      Integrity and foreign-key checks. Exit status: 0 clean, 1 problems found (listed),\n      2 the database cannot be read.\n":
        "  backup --to 文件\n      使用 SQLite 在线备份将数据库复制到文件（使用中亦可安全执行）；\n      副本经检查后才会替换该文件。\n  restore --from 文件\n      先检查备份文件是本程序可打开的 mmtrack 数据库，再用它替换数据库。\n      原数据库保留为 数据库.before-restore-时间。\n  check\n      完整性和外键检查。退出状态：0 无问题，1 发现问题（逐条列出），\n      2 无法读取数据库。\n",
    "backup needs --to FILE.": "backup 需要 --to 文件。",
    "Backed up to %1.": "已备份到 %1。",
    "restore needs --from FILE.": "restore 需要 --from 文件。",
    "Restored %1 from %2.": "已从 %2 恢复 %1。",
    "No problems found (integrity and foreign keys).": "未发现问题（完整性和外键）。",
    "%n problem(s) found.": "发现 %n 个问题。",
    # Main window: the File menu's maintenance actions
    "&Back up now…": "立即备份(&B)…",
    "&Check the database": "检查数据库(&C)",
    "&Audit log…": "审计日志(&A)…",
    "&Restore from backup…": "从备份恢复(&R)…",
}
