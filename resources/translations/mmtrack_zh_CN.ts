<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CaseFileReader</name>
        <message>
            <location filename="../../src/interop/CaseFileReader.cpp" line="+39" />
            <source>expected a number</source>
            <translation>应为数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a string</source>
            <translation>应为字符串</translation>
        </message>
        <message>
            <location line="+28" />
            <source>line %1, column %2</source>
            <translation>第%1行，第%2列</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not valid JSON (%1)</source>
            <translation>不是有效的JSON（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a case file is a JSON object</source>
            <translation>病例文件须为JSON对象</translation>
        </message>
        <message>
            <location line="+6" />
            <source>expected "mmtrack-case"</source>
            <translation>应为"mmtrack-case"</translation>
        </message>
        <message>
            <location line="+3" />
            <source>only version 1 can be read</source>
            <translation>仅能读取第1版</translation>
        </message>
        <message>
            <location line="+5" />
            <source>required, and must be an object</source>
            <translation>必填，且须为对象</translation>
        </message>
        <message>
            <location line="+13" />
            <source>must be an object</source>
            <translation>须为对象</translation>
        </message>
        <message>
            <location line="+32" />
            <source>not imported by this version of mmtrack</source>
            <translation>此版本mmtrack未导入该内容</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../src/cli/main.cpp" line="+24" />
            <source>Usage: mmtrack-cli [--db PATH] [--verbose] [--lang en|zh_CN] COMMAND ...

Without --db, the default database of the GUI is used: %1

Commands:
</source>
            <translation>用法：mmtrack-cli [--db 路径] [--verbose] [--lang en|zh_CN] 命令 ...

未指定 --db 时，使用图形界面的默认数据库：%1

命令：
</translation>
        </message>
        <message>
            <location line="+7" />
            <source>
Exit status: 0 done; 2 the input or the database was refused (the reason is on stderr).
</source>
            <translation>
退出状态：0 完成；2 输入或数据库被拒绝（原因见标准错误输出）。
</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../src/storage/Database.cpp" line="+77" />
            <source>This is not a file.</source>
            <translation>这不是一个文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This file is not an SQLite database; it was left untouched.</source>
            <translation>此文件不是SQLite数据库；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database cannot be opened (%1); it was left untouched.</source>
            <translation>无法打开数据库（%1）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database is damaged (%1); it was left untouched.</source>
            <translation>数据库已损坏（%1）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database is damaged or unreadable; it was left untouched.</source>
            <translation>数据库已损坏或无法读取；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database was written by a newer version of mmtrack (schema %1; this program knows schema %2 at most). Update mmtrack; the file was left untouched.</source>
            <translation>此数据库由更新版本的mmtrack写入（结构版本%1；本程序最多支持版本%2）。请升级mmtrack；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This SQLite database belongs to another program (it holds tables but no mmtrack schema); it was left untouched.</source>
            <translation>此SQLite数据库属于其他程序（含有数据表但没有mmtrack结构）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The database cannot be opened: %1</source>
            <translation>无法打开数据库：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database refused a setting (%1): %2</source>
            <translation>数据库拒绝了设置（%1）：%2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/MainWindow.ui" line="+6" />
            <source>mmtrack — myeloma transplant pathway</source>
            <translation>mmtrack — 骨髓瘤移植全程管理</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Search name or MRN (Ctrl+F)</source>
            <translation>搜索姓名或病历号（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Show &amp;archived patients</source>
            <translation>显示已归档患者(&amp;A)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Patient</source>
            <translation>患者(&amp;P)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tools</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;New patient…</source>
            <translation>新建患者(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit patient…</source>
            <translation>编辑患者(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Archive patient…</source>
            <translation>归档患者(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+Del</source>
            <translation>Ctrl+Shift+Del</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore from archive</source>
            <translation>从归档恢复(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <location filename="../../src/storage/Migrator.cpp" line="+79" />
            <source>read the schema version</source>
            <translation>读取结构版本</translation>
        </message>
        <message>
            <location line="+20" />
            <source>begin the schema upgrade</source>
            <translation>开始结构升级</translation>
        </message>
        <message>
            <location line="+7" />
            <source>apply migration %1 (%2)</source>
            <translation>执行迁移 %1（%2）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>record migration %1</source>
            <translation>记录迁移 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>commit the schema upgrade</source>
            <translation>提交结构升级</translation>
        </message>
    </context>
    <context>
        <name>PatientCommands</name>
        <message>
            <location filename="../../src/cli/PatientCommands.cpp" line="+78" />
            <location line="+68" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="-67" />
            <location line="+67" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+66" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+64" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Weight (kg)</source>
            <translation>体重（kg）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diagnosis date</source>
            <translation>诊断日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+60" />
            <source>Isotype</source>
            <translation>分型</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unexpected arguments: %1</source>
            <translation>无法识别的参数：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See mmtrack-cli --help.</source>
            <translation>请参阅 mmtrack-cli --help。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>  patients [--search TEXT] [--archived] [--json]
      List patients; --search matches part of a name or MRN, --archived includes archived ones.
  patient add --mrn MRN --name NAME --sex male|female [--birth-date DATE] [--weight KG]
              [--diagnosis-date DATE] [--heavy-chain IgG|IgA|IgD|IgE|IgM|none]
              [--light-chain kappa|lambda] [--notes TEXT] [--json]
      DATE is YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.
  patient show MRN [--json]
  patient edit MRN [the options of add]
  patient archive MRN [--reason TEXT]
  patient restore MRN
</source>
            <translation>  patients [--search 文本] [--archived] [--json]
      列出患者；--search 匹配姓名或病历号的一部分，--archived 包含已归档患者。
  patient add --mrn 病历号 --name 姓名 --sex male|female [--birth-date 日期] [--weight 公斤]
              [--diagnosis-date 日期] [--heavy-chain IgG|IgA|IgD|IgE|IgM|none]
              [--light-chain kappa|lambda] [--notes 文本] [--json]
      日期格式为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。
  patient show 病历号 [--json]
  patient edit 病历号 [与 add 相同的选项]
  patient archive 病历号 [--reason 文本]
  patient restore 病历号
</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Diagnosed</source>
            <translation>诊断日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (archived)</source>
            <translation>%1（已归档）</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n 位患者</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unknown patient command "%1": use add, show, edit, archive or restore.</source>
            <translation>未知的患者命令“%1”：请使用 add、show、edit、archive 或 restore。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Added %1 (%2).</source>
            <translation>已添加 %1（%2）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>patient show needs an MRN.</source>
            <translation>patient show 需要病历号。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>patient edit needs an MRN.</source>
            <translation>patient edit 需要病历号。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Saved %1 (%2).</source>
            <translation>已保存 %1（%2）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This command needs an MRN.</source>
            <translation>此命令需要病历号。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Archived %1 (%2).</source>
            <translation>已归档 %1（%2）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Restored %1 (%2).</source>
            <translation>已从归档恢复 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>PatientFormDialog</name>
        <message>
            <location filename="../../ui/PatientFormDialog.ui" line="+6" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fields marked * are required. Dates may be partial (YYYY-MM or YYYY) when only that much is known.</source>
            <translation>标有 * 的为必填项。仅知年月或年份时，日期可写为 YYYY-MM 或 YYYY。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Medical record &amp;number (MRN) *</source>
            <translation>病历号(&amp;N) *</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. TZ-2025-0417</source>
            <translation>例如 TZ-2025-0417</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Name *</source>
            <translation>姓名(&amp;M) *</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Sex *</source>
            <translation>性别(&amp;S) *</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Birth date</source>
            <translation>出生日期(&amp;B)</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+55" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
        </message>
        <message>
            <location line="-33" />
            <source>&amp;Weight (kg)</source>
            <translation>体重（kg）(&amp;W)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Diagnosis date</source>
            <translation>诊断日期(&amp;D)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&amp;Heavy chain</source>
            <translation>重链(&amp;H)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Light chain</source>
            <translation>轻链(&amp;L)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>PatientRepository</name>
        <message>
            <location filename="../../src/storage/PatientRepository.cpp" line="+101" />
            <source>check the MRN</source>
            <translation>检查病历号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The MRN %1 already belongs to another patient.</source>
            <translation>病历号 %1 已属于另一位患者。</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+78" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-64" />
            <source>add the patient</source>
            <translation>添加患者</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+69" />
            <location line="+10" />
            <source>save the patient</source>
            <translation>保存患者</translation>
        </message>
        <message>
            <location line="-44" />
            <source>This patient was changed by %1 at %2 after you opened it. The record has been reloaded; please make your change again.</source>
            <translation>您打开此患者记录后，%1 于 %2 修改了它。记录已重新载入，请重新进行修改。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This patient was changed elsewhere while you were editing. The record has been reloaded; please make your change again.</source>
            <translation>您编辑期间此患者记录已在别处被修改。记录已重新载入，请重新进行修改。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>read patients</source>
            <translation>读取患者</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No patient has the id %1.</source>
            <translation>没有编号为 %1 的患者。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No patient has the MRN %1.</source>
            <translation>没有病历号为 %1 的患者。</translation>
        </message>
    </context>
    <context>
        <name>PatientText</name>
        <message>
            <location filename="../../src/clinical/Patient.cpp" line="+77" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+8" />
            <source>none (light chain only)</source>
            <translation>无（轻链型）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>light chain only</source>
            <translation>轻链型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 light chain only</source>
            <translation>%1 轻链型</translation>
        </message>
    </context>
    <context>
        <name>PatientValidator</name>
        <message>
            <location filename="../../src/clinical/PatientValidator.cpp" line="+48" />
            <source>Unknown sex "%1": use male or female.</source>
            <translation>未知性别“%1”：请使用 male（男）或 female（女）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.</source>
            <translation>“%1”不是日期：请写为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" is not a number of kilograms.</source>
            <translation>“%1”不是以公斤计的数字。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown heavy chain "%1": use one of %2.</source>
            <translation>未知重链“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown light chain "%1": use kappa or lambda.</source>
            <translation>未知轻链“%1”：请使用 kappa 或 lambda。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The medical record number (MRN) is required.</source>
            <translation>病历号为必填项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The MRN is longer than %1 characters.</source>
            <translation>病历号超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The MRN may not contain spaces or control characters.</source>
            <translation>病历号不能包含空格或控制字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The patient's name is required.</source>
            <translation>患者姓名为必填项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is longer than %1 characters.</source>
            <translation>姓名超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name may not contain control characters.</source>
            <translation>姓名不能包含控制字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the patient's sex.</source>
            <translation>请选择患者性别。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The birth date %1 is in the future.</source>
            <translation>出生日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The birth date %1 is before %2.</source>
            <translation>出生日期 %1 早于 %2 年。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The diagnosis date %1 is in the future.</source>
            <translation>诊断日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The diagnosis date %1 is before the birth date %2.</source>
            <translation>诊断日期 %1 早于出生日期 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A weight of %1 kg is not plausible (expected %2–%3 kg).</source>
            <translation>体重 %1 kg 不合理（应在 %2–%3 kg 之间）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The notes are longer than %1 characters.</source>
            <translation>备注超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The notes may not contain control characters.</source>
            <translation>备注不能包含控制字符。</translation>
        </message>
    </context>
    <context>
        <name>SqlText</name>
        <message>
            <location filename="../../src/storage/AuditLog.cpp" line="+34" />
            <source>read the audit log</source>
            <translation>读取审计日志</translation>
        </message>
        <message>
            <location line="+29" />
            <source>write the audit log</source>
            <translation>写入审计日志</translation>
        </message>
        <message>
            <location filename="../../src/storage/SqlSupport.cpp" line="+20" />
            <source>The database could not %1: %2</source>
            <translation>数据库未能%1：%2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../src/app/main.cpp" line="+57" />
            <source>mmtrack cannot open the database</source>
            <translation>mmtrack 无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::MainWindow</name>
        <message>
            <location filename="../../src/gui/MainWindow.cpp" line="+98" />
            <location line="+143" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message numerus="yes">
            <location line="-76" />
            <source>%n patient(s)</source>
            <translation>
                <numerusform>%n 位患者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n patient(s) match the search</source>
            <translation>
                <numerusform>%n 位患者符合搜索条件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved %1 (%2).</source>
            <translation>已保存 %1（%2）。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Archive patient</source>
            <translation>归档患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Archive %1 (%2)? The record is kept and can be restored; it is hidden from the list.</source>
            <translation>归档 %1（%2）？记录将被保留并可恢复，但不再显示在列表中。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Archived %1 (%2).</source>
            <translation>已归档 %1（%2）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1 (%2).</source>
            <translation>已从归档恢复 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::MessageBanner</name>
        <message>
            <location filename="../../src/gui/MessageBanner.cpp" line="+21" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss message</source>
            <translation>关闭消息</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::PatientFormDialog</name>
        <message>
            <location filename="../../src/gui/patients/PatientFormDialog.cpp" line="+31" />
            <source>Known to the year only</source>
            <translation>仅知年份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Known to the month only</source>
            <translation>仅知年月</translation>
        </message>
        <message>
            <location line="+27" />
            <source>New patient</source>
            <translation>新建患者</translation>
        </message>
        <message>
            <location line="+18" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+4" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kappa (κ)</source>
            <translation>κ（kappa）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lambda (λ)</source>
            <translation>λ（lambda）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Edit patient %1</source>
            <translation>编辑患者 %1</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::PatientListModel</name>
        <message>
            <location filename="../../src/gui/patients/PatientListModel.cpp" line="+60" />
            <source>%1 (archived)</source>
            <translation>%1（已归档）</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Known to the month only</source>
            <translation>仅知年月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Known to the year only</source>
            <translation>仅知年份</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Isotype</source>
            <translation>分型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diagnosed</source>
            <translation>诊断日期</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::PatientSummaryWidget</name>
        <message>
            <location filename="../../src/gui/patients/PatientSummaryWidget.cpp" line="+18" />
            <location line="+104" />
            <location line="+3" />
            <location line="+2" />
            <location line="+1" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-107" />
            <source>%1 (year only)</source>
            <translation>%1（仅知年份）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (month only)</source>
            <translation>%1（仅知年月）</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Select a patient in the list, or add one with Ctrl+N.</source>
            <translation>请在列表中选择患者，或按 Ctrl+N 新建患者。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 y</source>
            <translation>%1 岁</translation>
        </message>
        <message>
            <location line="+5" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 kg</source>
            <translation>%1 kg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diagnosis date</source>
            <translation>诊断日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heavy chain</source>
            <translation>重链</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light chain</source>
            <translation>轻链</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered</source>
            <translation>登记</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>%1 by %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last changed</source>
            <translation>最近修改</translation>
        </message>
    </context>
</TS>
