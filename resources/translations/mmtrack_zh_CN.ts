<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountCommands</name>
        <message>
            <location filename="../../src/cli/AccountCommands.cpp" line="+164" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--password-file: %1 cannot be read (%2).</source>
            <translation>--password-file：无法读取 %1（%2）。</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+83" />
            <source>This database already has accounts; an administrator adds more with `account add`.</source>
            <translation>此数据库已有账户；管理员可用 `account add` 添加更多账户。</translation>
        </message>
        <message>
            <location line="-76" />
            <source>account init-admin needs --user NAME (or MMTRACK_USER).</source>
            <translation>account init-admin 需要 --user 用户名（或 MMTRACK_USER）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>account init-admin needs a password in MMTRACK_PASSWORD or on standard input.</source>
            <translation>account init-admin 需要在 MMTRACK_PASSWORD 或标准输入中提供密码。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Administrator %1 created.</source>
            <translation>已创建管理员 %1。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This database has no account yet. Create its administrator first:
  mmtrack-cli [--db PATH] account init-admin --user NAME
with the password in MMTRACK_PASSWORD or on standard input.</source>
            <translation>此数据库尚无账户。请先创建管理员：
  mmtrack-cli [--db 路径] account init-admin --user 用户名
密码放在 MMTRACK_PASSWORD 或标准输入中。</translation>
        </message>
        <message>
            <location line="-143" />
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>  account init-admin [--user NAME] [--display-name TEXT]
      Create the first administrator of a database that has no account yet; the
      password comes from MMTRACK_PASSWORD or the first line of standard input.
  account list [--json]
  account add NAME --role entry|clinician|admin [--display-name TEXT]
  account set-role NAME entry|clinician|admin
  account disable NAME | account enable NAME
  account reset-password NAME
  account password
      Administrators manage accounts; `password` changes your own. A new password
      comes from MMTRACK_NEW_PASSWORD or the first line of standard input.
  account log [--limit N] [--json]
      The account log, newest first (default 50 entries): sign-ins, wrong
      passwords, locks, confirmations and changes. Administrators only.

Every other command signs in first: --user NAME (before the command) or
MMTRACK_USER, and the password from --password-file FILE or MMTRACK_PASSWORD
(asked for, not shown, at a terminal).
Roles: entry enters and corrects results and events; clinician also applies
plans, signs and exports; admin also manages accounts, settings and restores.
</source>
            <translation>  account init-admin [--user 用户名] [--display-name 显示名称]
      为尚无账户的数据库创建第一个管理员；密码取自 MMTRACK_PASSWORD
      或标准输入的第一行。
  account list [--json]
  account add 用户名 --role entry|clinician|admin [--display-name 显示名称]
  account set-role 用户名 entry|clinician|admin
  account disable 用户名 | account enable 用户名
  account reset-password 用户名
  account password
      管理员管理账户；`password` 修改自己的密码。新密码取自
      MMTRACK_NEW_PASSWORD 或标准输入的第一行。
  account log [--limit 条数] [--json]
      账户日志，最新的在前（默认 50 条）：登录、密码错误、锁定、
      密码确认和账户修改。仅限管理员。

其他命令都先登录：--user 用户名（写在命令之前）或 MMTRACK_USER，
密码取自 --password-file 文件或 MMTRACK_PASSWORD（在终端中会提示输入，不回显）。
角色：entry（数据录入员）录入并更正检验结果和事件；clinician（临床医师）
还可应用方案、签名确认和导出；admin（管理员）还可管理账户、设置和恢复。
</translation>
        </message>
        <message>
            <location line="+104" />
            <location line="+33" />
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in first: give --user NAME (or MMTRACK_USER) and the password in MMTRACK_PASSWORD or --password-file FILE, or type it when asked at a terminal.</source>
            <translation>请先登录：提供 --user 用户名（或 MMTRACK_USER），密码放在 MMTRACK_PASSWORD 或 --password-file 文件中，或在终端提示时输入。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>account needs one of: init-admin, list, add, set-role, disable, enable, reset-password, password, log.</source>
            <translation>account 需要以下之一：init-admin、list、add、set-role、disable、enable、reset-password、password、log。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>signature</source>
            <translation>签名确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source>password change</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>password confirmed (%1)</source>
            <translation>密码确认（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sign-in refused</source>
            <translation>登录被拒绝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>created</source>
            <translation>创建</translation>
        </message>
        <message>
            <location line="+2" />
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+49" />
            <source>--limit: %1 is not a number of entries from 1 to 100000.</source>
            <translation>--limit：%1 不是 1 到 100000 之间的条数。</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+36" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation>上次登录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>account add needs NAME and --role entry|clinician|admin.</source>
            <translation>account add 需要用户名和 --role entry|clinician|admin。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+40" />
            <source>--role: %1 is not a role (entry, clinician or admin).</source>
            <translation>--role：%1 不是角色（entry、clinician 或 admin）。</translation>
        </message>
        <message>
            <location line="-29" />
            <source>account add needs the new password in MMTRACK_NEW_PASSWORD or on standard input.</source>
            <translation>account add 需要在 MMTRACK_NEW_PASSWORD 或标准输入中提供新密码。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Account %1 added (%2).</source>
            <translation>已添加账户 %1（%2）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>account set-role needs NAME and a role (entry, clinician or admin).</source>
            <translation>account set-role 需要用户名和角色（entry、clinician 或 admin）。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 now has the %2 role.</source>
            <translation>%1 现在是%2角色。</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+18" />
            <source>Name the account.</source>
            <translation>请指明账户。</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Account %1 enabled.</source>
            <translation>已启用账户 %1。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Account %1 disabled.</source>
            <translation>已停用账户 %1。</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+19" />
            <source>The new password is missing: set MMTRACK_NEW_PASSWORD or give it on standard input.</source>
            <translation>缺少新密码：请设置 MMTRACK_NEW_PASSWORD 或在标准输入中提供。</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The password of %1 was reset.</source>
            <translation>已重置 %1 的密码。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
    </context>
    <context>
        <name>AccountStore</name>
        <message>
            <location filename="../../src/storage/AccountStore.cpp" line="+100" />
            <location line="+203" />
            <source>A user name is required.</source>
            <translation>必须填写用户名。</translation>
        </message>
        <message>
            <location line="-200" />
            <source>A user name has 2 to 40 letters, digits, '.', '_' or '-' and starts with a letter or digit (for example nurse.li).</source>
            <translation>用户名由 2 至 40 个字母、数字、“.”、“_”或“-”组成，并以字母或数字开头（例如 nurse.li）。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+11" />
            <location line="+186" />
            <location line="+143" />
            <location line="+16" />
            <source>read the accounts</source>
            <translation>读取账户</translation>
        </message>
        <message>
            <location line="-342" />
            <source>No account has the user name %1.</source>
            <translation>没有用户名为 %1 的账户。</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+286" />
            <source>write the account log</source>
            <translation>写入账户日志</translation>
        </message>
        <message>
            <location line="-273" />
            <source>The display name may have at most 100 characters.</source>
            <translation>显示名称最多 100 个字符。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The user name %1 is already taken.</source>
            <translation>用户名 %1 已被使用。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+33" />
            <location line="+33" />
            <location line="+118" />
            <location line="+69" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-242" />
            <location line="+11" />
            <location line="+24" />
            <source>add the account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <location line="-8" />
            <source>This database already has an administrator; sign in with an account instead.</source>
            <translation>此数据库已有管理员；请用已有账户登录。</translation>
        </message>
        <message>
            <location line="+58" />
            <location line="+9" />
            <location line="+93" />
            <source>save the account</source>
            <translation>保存账户</translation>
        </message>
        <message>
            <location line="-100" />
            <source>The account %1 was changed elsewhere at the same time; please try again.</source>
            <translation>账户 %1 同时在别处被修改；请重试。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The account %1 is locked until %2 after %3 wrong passwords. Try again then, or ask an administrator to reset the password.</source>
            <translation>账户 %1 因连续 %3 次密码错误已被锁定至 %2。请届时再试，或请管理员重置密码。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 wrong passwords in a row: the account %2 is locked until %3.</source>
            <translation>连续 %1 次密码错误：账户 %2 已被锁定至 %3。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The account %1 is disabled; ask an administrator.</source>
            <translation>账户 %1 已停用；请联系管理员。</translation>
        </message>
        <message>
            <location line="+64" />
            <source>%1 is the last active administrator; make another account an administrator first.</source>
            <translation>%1 是最后一个启用的管理员；请先将另一个账户设为管理员。</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Sign in first to change your password.</source>
            <translation>请先登录再修改密码。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The current password is wrong.</source>
            <translation>当前密码错误。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>read the account log</source>
            <translation>读取账户日志</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSignatures</name>
        <message>
            <location filename="../../src/storage/AssessmentSignatures.cpp" line="+83" />
            <source>The assessment needs a date.</source>
            <translation>评估需要一个日期。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An assessment cannot be signed for a date in the future (%1).</source>
            <translation>不能为将来的日期（%1）签名确认评估。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no assessment to sign.</source>
            <translation>没有可签名确认的评估。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter your password to sign.</source>
            <translation>请输入您的密码以签名确认。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Version %1 signed by %2 on %3 already says this; nothing changed.</source>
            <translation>%2 于 %3 签名确认的第 %1 版已是此内容；没有任何变化。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The assessment of %1 is already signed (version %2): a correction needs a reason.</source>
            <translation>%1 的评估已签名确认（第 %2 版）：更正需要填写原因。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 signed this assessment at the same time (version %2). Review it, then sign a correction if needed.</source>
            <translation>%1 同时签名确认了此评估（第 %2 版）。请先查看，如有需要再签名确认更正。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>sign the assessment</source>
            <translation>签名确认评估</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+16" />
            <source>read the signed assessments</source>
            <translation>读取已签名确认的评估</translation>
        </message>
    </context>
    <context>
        <name>AuditCommands</name>
        <message>
            <location filename="../../src/cli/AuditCommands.cpp" line="+26" />
            <source>%1: %2 is not a date (YYYY-MM-DD).</source>
            <translation>%1：%2 不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1: no such database.</source>
            <translation>%1：数据库不存在。</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n rows, chain intact</source>
            <translation>
                <numerusform>%n 行，哈希链完整</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audit log broken at row %1: %2</source>
            <translation>审计日志在第 %1 行处被破坏：%2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>变更</translation>
        </message>
        <message>
            <location line="+14" />
            <source>  audit [--patient MRN] [--user USER] [--from DATE] [--to DATE] [--json]
      List the audit log: who changed what, when, old and new values, reasons.
  verify-audit
      Check the audit log's hash chain. Exit status 0 intact, 1 a row was changed
      or removed outside mmtrack (the first such row is named), 2 unreadable.
</source>
            <translation>  audit [--patient 病历号] [--user 用户] [--from 日期] [--to 日期] [--json]
      列出审计日志：谁在何时修改了什么、原值与新值、原因。
  verify-audit
      检查审计日志的哈希链。退出状态 0 完整；1 有记录在 mmtrack 之外被修改
      或删除（列出第一条这样的记录）；2 无法读取。
</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../../src/storage/AuditLog.cpp" line="+160" />
            <location line="+7" />
            <location line="+27" />
            <location line="+2" />
            <location line="+36" />
            <source>write the audit log</source>
            <translation>写入审计日志</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <location line="+7" />
            <location line="+2" />
            <location line="+11" />
            <location line="+3" />
            <source>seal the audit log</source>
            <translation>封存审计日志</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+23" />
            <location line="+101" />
            <source>read the audit log</source>
            <translation>读取审计日志</translation>
        </message>
        <message>
            <location line="-89" />
            <source>audit row %1 is not sealed: it was written or altered outside mmtrack</source>
            <translation>审计日志第 %1 行未封存：该行是在 mmtrack 之外写入或修改的</translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit row %1 was changed: its contents no longer match its hash</source>
            <translation>审计日志第 %1 行已被修改：其内容与其哈希值不再相符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit row %1 does not follow row %2: one of them was changed</source>
            <translation>审计日志第 %1 行与第 %2 行不衔接：其中一行已被修改</translation>
        </message>
        <message>
            <location line="+4" />
            <source>audit rows before row %1 are missing</source>
            <translation>审计日志第 %1 行之前的记录缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit rows between row %1 and row %2 are missing</source>
            <translation>审计日志第 %1 行与第 %2 行之间的记录缺失</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../src/storage/Backup.cpp" line="+102" />
            <source>This is a PostgreSQL database: back it up with pg_dump and restore it with pg_restore on the server. mmtrack's backup, restore and check work on SQLite files only.</source>
            <translation>这是 PostgreSQL 数据库：请在服务器上用 pg_dump 备份、用 pg_restore 恢复。mmtrack 的备份、恢复和检查仅适用于 SQLite 文件。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The database is not open.</source>
            <translation>数据库未打开。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file is a database in use; choose another name.</source>
            <translation>该文件是正在使用的数据库，请另选文件名。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The backup could not be written: %1</source>
            <translation>无法写入备份：%1</translation>
        </message>
        <message>
            <location line="+56" />
            <location line="+51" />
            <location line="+60" />
            <source>There is no such file.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <location line="-109" />
            <source>The backup cannot replace the database itself.</source>
            <translation>备份不能覆盖数据库本身。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+60" />
            <location line="+69" />
            <source>The database cannot be opened: %1</source>
            <translation>无法打开数据库：%1</translation>
        </message>
        <message>
            <location line="-113" />
            <source>The integrity check failed: %1</source>
            <translation>完整性检查失败：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Damaged: %1</source>
            <translation>已损坏：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The foreign-key check failed: %1</source>
            <translation>外键检查失败：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Table %1, row %2: refers to a row of %3 that does not exist.</source>
            <translation>表 %1 第 %2 行：引用了 %3 中不存在的行。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The file cannot be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file is not an SQLite database.</source>
            <translation>该文件不是 SQLite 数据库。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The database is open in another mmtrack window or workstation; close it there first. Nothing was changed.</source>
            <translation>数据库正在另一个 mmtrack 窗口或工作站中打开，请先在那里关闭。未做任何更改。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database cannot be released (%1); nothing was changed.</source>
            <translation>无法释放数据库（%1）；未做任何更改。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This is the database itself, not a backup of it.</source>
            <translation>这是数据库本身，而不是它的备份。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This SQLite file holds no mmtrack data; nothing was changed.</source>
            <translation>该 SQLite 文件不含 mmtrack 数据；未做任何更改。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The current database could not be kept as %1; nothing was changed.</source>
            <translation>无法将当前数据库保留为 %1；未做任何更改。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The backup folder cannot be created.</source>
            <translation>无法创建备份文件夹。</translation>
        </message>
    </context>
    <context>
        <name>CaseAssessor</name>
        <message>
            <location filename="../../src/clinical/CaseAssessment.cpp" line="+280" />
            <source>Reported %1 on %2, but the rules compute %3 in that period.</source>
            <translation>报告 %2 为 %1，但规则计算该期间为 %3。</translation>
        </message>
    </context>
    <context>
        <name>CaseCommands</name>
        <message>
            <location filename="../../src/cli/CaseCommands.cpp" line="+27" />
            <source>--rules: use IMWG-2016 or IMWG-2006.</source>
            <translation>--rules：请使用 IMWG-2016 或 IMWG-2006。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>  evaluate CASE.json [--rules IMWG-2016|IMWG-2006]
      Print the assessment of a case file (response, staging, risk, diagnosis, engraftment...).
      No database is used. Exit status 0 when the case was read, 2 when it cannot be read.
  assess MRN [--rules IMWG-2016|IMWG-2006]
      The same assessment for a stored patient.
  export-case MRN -o FILE
      Write a stored patient as a case file; import FILE.json reads it back.
</source>
            <translation>  evaluate CASE.json [--rules IMWG-2016|IMWG-2006]
      输出病例文件的评估（疗效、分期、危险分层、诊断、植入等）。
      不使用数据库。读取成功退出状态为 0，无法读取为 2。
  assess 病历号 [--rules IMWG-2016|IMWG-2006]
      对已存储患者输出相同的评估。
  export-case 病历号 -o FILE
      将已存储患者写出为病例文件；用 import FILE.json 可将其读回。
</translation>
        </message>
        <message>
            <location line="+15" />
            <source>evaluate needs a case file.</source>
            <translation>evaluate 需要一个病例文件。</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+66" />
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="-56" />
            <source>warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>assess needs an MRN.</source>
            <translation>assess 需要病历号。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>export-case needs an MRN and -o FILE.</source>
            <translation>export-case 需要病历号和 -o FILE。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wrote the case of %1 to %2.</source>
            <translation>已将 %1 的病例写入 %2。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Imported the case of %1 (%2).</source>
            <translation>已导入 %1 的病例（%2）。</translation>
        </message>
    </context>
    <context>
        <name>CaseFileReader</name>
        <message>
            <location filename="../../src/interop/CaseFileReader.cpp" line="+44" />
            <source>expected a number</source>
            <translation>应为数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected a string</source>
            <translation>应为字符串</translation>
        </message>
        <message>
            <location line="+13" />
            <source>expected true or false</source>
            <translation>应为 true 或 false</translation>
        </message>
        <message>
            <location line="+20" />
            <source>expected a whole number from %1 to %2</source>
            <translation>应为 %1 至 %2 之间的整数</translation>
        </message>
        <message>
            <location line="+17" />
            <source>expected a number of 0 or more</source>
            <translation>应为大于或等于 0 的数字</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+190" />
            <location line="+36" />
            <location line="+9" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location line="-228" />
            <source>"%1" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)</source>
            <translation>“%1”不是日期（YYYY-MM-DD、YYYY-MM 或 YYYY）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>line %1, column %2</source>
            <translation>第%1行，第%2列</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+116" />
            <source>must be an array</source>
            <translation>须为数组</translation>
        </message>
        <message>
            <location line="-90" />
            <source>required: a number, a word or true/false</source>
            <translation>必填：数字、文字或 true/false</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a result needs its day, as YYYY-MM-DD (found "%1")</source>
            <translation>结果须注明日期，格式为 YYYY-MM-DD（实际为“%1”）</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+101" />
            <source>%1 is in the future</source>
            <translation>%1 晚于今天</translation>
        </message>
        <message>
            <location line="-97" />
            <source>%1 is before the birth date</source>
            <translation>%1 早于出生日期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" is not a time (HH:MM)</source>
            <translation>“%1”不是时间（HH:MM）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>must be an object or null</source>
            <translation>须为对象或 null</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a percentage is at most 100</source>
            <translation>百分比不能超过 100</translation>
        </message>
        <message>
            <location line="+16" />
            <source>use none, monoallelic or biallelic</source>
            <translation>请使用 none、monoallelic 或 biallelic</translation>
        </message>
        <message>
            <location line="+27" />
            <source>unknown event type "%1": use one of %2</source>
            <translation>未知事件类型“%1”：请使用 %2 之一</translation>
        </message>
        <message>
            <location line="+20" />
            <source>use one of %1</source>
            <translation>请使用 %1 之一</translation>
        </message>
        <message>
            <location line="+13" />
            <source>ends before it starts</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <location line="+59" />
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
            <location line="-233" />
            <location line="+116" />
            <location line="+130" />
            <location line="+22" />
            <source>must be an object</source>
            <translation>须为对象</translation>
        </message>
        <message>
            <location line="-209" />
            <location line="+144" />
            <location line="+110" />
            <source>not imported by this version of mmtrack</source>
            <translation>此版本mmtrack未导入该内容</translation>
        </message>
    </context>
    <context>
        <name>CaseFiles</name>
        <message>
            <location filename="../../src/workspace/CaseFiles.cpp" line="+52" />
            <source>The MRN %1 is already registered: the case was not imported again.</source>
            <translation>病历号 %1 已登记：未重复导入该病例。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database could not begin the import.</source>
            <translation>数据库无法开始导入。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The database could not commit the import.</source>
            <translation>数据库无法提交导入。</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryBuilder</name>
        <message>
            <location filename="../../src/gui/report/CaseSummary.cpp" line="+144" />
            <source>Taizhou Municipal Hospital</source>
            <translation>台州市立医院</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Department of Hematology</source>
            <translation>血液科</translation>
        </message>
        <message>
            <location line="+9" />
            <source>stringent complete response</source>
            <translation>严格完全缓解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>complete response</source>
            <translation>完全缓解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>very good partial response</source>
            <translation>非常好的部分缓解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>partial response</source>
            <translation>部分缓解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>minimal response</source>
            <translation>微小缓解</translation>
        </message>
        <message>
            <location line="+3" />
            <source>stable disease</source>
            <translation>疾病稳定</translation>
        </message>
        <message>
            <location line="+3" />
            <source>progressive disease</source>
            <translation>疾病进展</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not evaluable</source>
            <translation>无法评估</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (%2)</source>
            <comment>response word, code</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+100" />
            <source>Case summary</source>
            <translation>病例摘要</translation>
        </message>
        <message>
            <location line="+4" />
            <source>De-identified · dates are days from diagnosis (day 0)</source>
            <translation>去标识化 · 日期以诊断日（第0天）起的天数表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De-identified</source>
            <translation>去标识化</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 · MRN %2</source>
            <translation>%1 · 病历号 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De-identified case summary</source>
            <translation>去标识化病例摘要</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 years</source>
            <translation>%1岁</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (age %2)</source>
            <translation>%1（%2岁）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 kg</source>
            <translation>%1 kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosed</source>
            <translation>诊断日期</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+10" />
            <source>Isotype</source>
            <translation>分型</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Diagnosis</source>
            <translation>诊断</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple myeloma (IMWG 2014)</source>
            <translation>多发性骨髓瘤（IMWG 2014）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cytogenetics (FISH)</source>
            <translation>细胞遗传学（FISH）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>none met</source>
            <translation>均不满足</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; could still be met: %1</source>
            <translation>；仍可能满足：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myeloma-defining events</source>
            <translation>骨髓瘤定义事件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Staging and risk</source>
            <translation>分期与危险分层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ISS</source>
            <translation>ISS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R-ISS</source>
            <translation>R-ISS</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · %1 points</source>
            <translation> · %1 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R2-ISS</source>
            <translation>R2-ISS</translation>
        </message>
        <message>
            <location line="+6" />
            <source>High risk (criteria met: %1)</source>
            <translation>高危（满足标准：%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Standard risk</source>
            <translation>标危</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undecided (a missing value could change it)</source>
            <translation>无法判定（缺少的数值可能改变结论）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risk (IMS/IMWG 2025)</source>
            <translation>危险分层（IMS/IMWG 2025）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Response assessments (%1)</source>
            <translation>疗效评价（%1）</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+3" />
            <source>Current response</source>
            <translation>当前疗效</translation>
        </message>
        <message>
            <location line="-3" />
            <source>no assessment yet</source>
            <translation>尚无评估</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not confirmed yet</source>
            <translation>尚待确认</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Best confirmed response</source>
            <translation>最佳已确认疗效</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none confirmed yet</source>
            <translation>尚无已确认疗效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>治疗线</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Computed</source>
            <translation>计算结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmation</source>
            <translation>确认</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reported</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+8" />
            <source>confirmed %1</source>
            <translation>已确认 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unconfirmed</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · relapse from CR</source>
            <translation> · 完全缓解后复发</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Stem-cell collection and transplants</source>
            <translation>干细胞采集与移植</translation>
        </message>
        <message>
            <location line="-221" />
            <location line="+226" />
            <location line="+46" />
            <location line="+3" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="-448" />
            <source>undecided (a missing value could change it)</source>
            <translation>无法判定（缺少的数值可能改变结论）</translation>
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
            <location line="+8" />
            <source>hypercalcemia</source>
            <translation>高钙血症</translation>
        </message>
        <message>
            <location line="+2" />
            <source>renal insufficiency</source>
            <translation>肾功能损害</translation>
        </message>
        <message>
            <location line="+2" />
            <source>anemia</source>
            <translation>贫血</translation>
        </message>
        <message>
            <location line="+2" />
            <source>bone lesions</source>
            <translation>骨病</translation>
        </message>
        <message>
            <location line="+2" />
            <source>clonal BMPC ≥ 60 %</source>
            <translation>克隆性骨髓浆细胞 ≥ 60%</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FLC ratio ≥ 100</source>
            <translation>受累/非受累游离轻链比值 ≥ 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&gt; 1 focal lesion on MRI</source>
            <translation>MRI局灶性病变 &gt; 1 处</translation>
        </message>
        <message>
            <location line="+7" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+14" />
            <source>FISH not done</source>
            <translation>未做FISH</translation>
        </message>
        <message>
            <location line="+8" />
            <source>del(17p)</source>
            <translation>17p缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TP53 mutation</source>
            <translation>TP53突变</translation>
        </message>
        <message>
            <location line="+1" />
            <source>t(4;14) (IGH/FGFR3)</source>
            <translation>t(4;14)（IGH/FGFR3）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>t(14;16)</source>
            <translation>t(14;16)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>t(14;20)</source>
            <translation>t(14;20)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>t(11;14)</source>
            <translation>t(11;14)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1q21 amplification (%1 copies)</source>
            <translation>1q21扩增（%1个拷贝）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1q21 gain (3 copies)</source>
            <translation>1q21增益（3个拷贝）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1q21 gain</source>
            <translation>1q21增益</translation>
        </message>
        <message>
            <location line="+4" />
            <source>biallelic del(1p32)</source>
            <translation>双等位基因1p32缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>monoallelic del(1p32)</source>
            <translation>单等位基因1p32缺失</translation>
        </message>
        <message>
            <location line="+2" />
            <source>del(1p32)</source>
            <translation>1p32缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no abnormality reported</source>
            <translation>未报告异常</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; not found: %1</source>
            <translation>；未检出：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>undecided (%1)</source>
            <translation>无法判定（%1）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>day %1</source>
            <translation>第%1天</translation>
        </message>
        <message>
            <location line="+10" />
            <source>days %1 to %2</source>
            <translation>第%1至%2天</translation>
        </message>
        <message>
            <location line="+64" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <location line="+225" />
            <source>%1 ×10⁶/kg on %2</source>
            <translation>%2 采集 %1 ×10⁶/kg</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mobilization</source>
            <translation>干细胞动员</translation>
        </message>
        <message>
            <location line="+6" />
            <source>optimal target ≥ %1 met</source>
            <translation>达到理想目标 ≥ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>minimum ≥ %1 met, optimal ≥ %2 not met</source>
            <translation>达到最低目标 ≥ %1，未达理想目标 ≥ %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>minimum ≥ %1 not met</source>
            <translation>未达最低目标 ≥ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>CD34+ collected</source>
            <translation>CD34+细胞采集量</translation>
        </message>
        <message>
            <location line="-5" />
            <source>%1 ×10⁶/kg (%2) · %3 for %4</source>
            <translation>%1 ×10⁶/kg（%2）· %4：%3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a tandem transplant</source>
            <translation>串联移植</translation>
        </message>
        <message>
            <location line="+0" />
            <source>a single transplant</source>
            <translation>单次移植</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no collection recorded</source>
            <translation>无采集记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Transplants</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Transplant</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Admission</source>
            <translation>入院</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Conditioning</source>
            <translation>预处理</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day 0</source>
            <translation>第0天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutrophils ≥ 0.5</source>
            <translation>中性粒细胞 ≥ 0.5</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Platelets ≥ 20</source>
            <translation>血小板 ≥ 20</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discharge</source>
            <translation>出院</translation>
        </message>
        <message>
            <location line="+22" />
            <source>ASCT %1</source>
            <translation>第%1次移植</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tandem interval</source>
            <translation>串联移植间隔</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 days between day 0s · within 6 months</source>
            <translation>两次移植第0天间隔 %1 天 · 在6个月内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 days between day 0s · beyond 6 months</source>
            <translation>两次移植第0天间隔 %1 天 · 超过6个月</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 · from %2 · %3 of %4 steps recorded</source>
            <translation>%1 · 自 %2 起 · 已记录 %3/%4 步</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Alerts</source>
            <translation>警示</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Protocol deviation: %1</source>
            <translation>方案偏离：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open alerts</source>
            <translation>未处理警示</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+27" />
            <source>M-protein and free light chains</source>
            <translation>M蛋白与游离轻链</translation>
        </message>
        <message>
            <location line="+20" />
            <source>ANC · ASCT %1 (day 0 %2)</source>
            <translation>中性粒细胞绝对值 · 第%1次移植（第0天 %2）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Platelets · ASCT %1 (day 0 %2)</source>
            <translation>血小板 · 第%1次移植（第0天 %2）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Attending physician</source>
            <translation>主治医师</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reviewed by</source>
            <translation>审核医师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown user</source>
            <translation>未知用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated %1 by %2 with mmtrack %3</source>
            <translation>%2 于 %1 使用 mmtrack %3 生成</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryPdf</name>
        <message>
            <location filename="../../src/gui/report/CaseSummaryPdf.cpp" line="+293" />
            <location line="+1" />
            <source>Page %1 of %2</source>
            <translation>第%1页，共%2页</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <location line="+649" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="-578" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+172" />
            <source>Pathway timeline</source>
            <translation>诊疗时间轴</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+191" />
            <source>day %1</source>
            <translation>第%1天</translation>
        </message>
        <message>
            <location line="-163" />
            <source>Phases from the recorded events; response badges computed (reported label beside them when it differs); day numbers from the nearest transplant's day 0.</source>
            <translation>阶段依据已记录的事件；疗效标记为计算结果（与报告不一致时旁注报告结果）；天数以最近一次移植的第0天计。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Laboratory trends</source>
            <translation>检验趋势</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 (right axis)</source>
            <translation>%1（右轴）</translation>
        </message>
        <message>
            <location line="+59" />
            <source>reference %1–%2</source>
            <translation>参考范围 %1–%2</translation>
        </message>
        <message>
            <location line="+103" />
            <source>no values in this window</source>
            <translation>此时间段内无数值</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signatures</source>
            <translation>签名确认</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+99" />
            <location line="+13" />
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../src/cli/main.cpp" line="+35" />
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
            <location line="+12" />
            <source>
--db names an SQLite file or a PostgreSQL database as a URL,
postgresql://USER@HOST:PORT/DBNAME (a socket folder as ?host=/DIR); the
password comes from ~/.pgpass or PGPASSWORD, as for psql.
</source>
            <translation>
--db 指定 SQLite 文件，或以 URL 指定 PostgreSQL 数据库：
postgresql://用户@主机:端口/数据库名（套接字目录写作 ?host=/目录）；
密码取自 ~/.pgpass 或 PGPASSWORD，与 psql 相同。
</translation>
        </message>
        <message>
            <location line="+3" />
            <source>
Exit status: 0 done; 2 the input or the database was refused (the reason is on stderr).
</source>
            <translation>
退出状态：0 完成；2 输入或数据库被拒绝（原因见标准错误输出）。
</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
    </context>
    <context>
        <name>Collection</name>
        <message numerus="yes">
            <location filename="../../src/clinical/rules/Collection.cpp" line="+29" />
            <source>CD34+ collected: %1 ×10⁶/kg in %n apheresis day(s).</source>
            <translation>
                <numerusform>已采集CD34+细胞 %1 ×10⁶/kg，共单采 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tandem transplant planned: minimum %1, optimal ≥ %2 ×10⁶/kg.</source>
            <translation>计划串联移植：最低 %1，理想 ≥ %2 ×10⁶/kg。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Single transplant planned: minimum %1, optimal ≥ %2 ×10⁶/kg.</source>
            <translation>计划单次移植：最低 %1，理想 ≥ %2 ×10⁶/kg。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 ≥ %2: the optimal target is met.</source>
            <translation>%1 ≥ %2：满足理想目标。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 ≥ %2 but &lt; %3: the minimum is met, the optimal target is not.</source>
            <translation>%1 ≥ %2 但 &lt; %3：满足最低目标，不满足理想目标。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 &lt; %2: the minimum is not met.</source>
            <translation>%1 &lt; %2：不满足最低目标。</translation>
        </message>
    </context>
    <context>
        <name>CsvLabReader</name>
        <message>
            <location filename="../../src/interop/CsvLabReader.cpp" line="+99" />
            <source>the file could not be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <location line="+113" />
            <source>text after the closing quote of field %1</source>
            <translation>第%1个字段的右引号之后还有文本</translation>
        </message>
        <message>
            <location line="+43" />
            <source>the header line is longer than %1 bytes</source>
            <translation>表头行超过 %1 字节</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a quoted field runs on for more than %1 bytes (unterminated quote?)</source>
            <translation>带引号的字段超过 %1 字节（引号未闭合？）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>line longer than %1 bytes</source>
            <translation>行超过 %1 字节</translation>
        </message>
        <message>
            <location line="+20" />
            <source>unterminated quote: lines %1 to %2 were not read</source>
            <translation>引号未闭合：第%1行至第%2行未读取</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unterminated quote</source>
            <translation>引号未闭合</translation>
        </message>
        <message>
            <location line="+10" />
            <source>no header line: the file is empty</source>
            <translation>没有表头行：文件为空</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the %1 field holds control characters (binary data?)</source>
            <translation>“%1”字段含有控制字符（二进制数据？）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the %1 field is not valid UTF-8 text</source>
            <translation>“%1”字段不是有效的UTF-8文本</translation>
        </message>
        <message>
            <location line="+19" />
            <source>expected %1 fields, found %2</source>
            <translation>应有 %1 个字段，实际为 %2 个</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+9" />
            <source>header line: %1</source>
            <translation>表头行：%1</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+12" />
            <source>column %1</source>
            <translation>第%1列</translation>
        </message>
        <message>
            <location line="-5" />
            <source>(column %1 has no name)</source>
            <translation>（第%1列没有列名）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>missing required columns: %1</source>
            <translation>缺少必需的列：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>more than one column for: %1 (test, loinc and code name the same column)</source>
            <translation>以下内容有多于一列：%1（test、loinc 和 code 是同一列的不同名称）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown columns: %1</source>
            <translation>未知的列：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1; nothing was read</source>
            <translation>%1；未读取任何内容</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown columns ignored: %1</source>
            <translation>已忽略未知的列：%1</translation>
        </message>
        <message>
            <location line="+36" />
            <source>the file is not open for reading</source>
            <translation>文件未以读取方式打开</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../src/storage/Database.cpp" line="+241" />
            <source>This is not a file.</source>
            <translation>这不是一个文件。</translation>
        </message>
        <message>
            <location line="-45" />
            <source>This file is not an SQLite database; it was left untouched.</source>
            <translation>此文件不是SQLite数据库；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="-103" />
            <source>This PostgreSQL address cannot be read; write it as postgresql://user@host:port/database.</source>
            <translation>无法识别此 PostgreSQL 地址；请写成 postgresql://用户@主机:端口/数据库。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The port %1 is not a port number.</source>
            <translation>端口 %1 不是有效的端口号。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The parameter %1 of the PostgreSQL address may not contain a semicolon.</source>
            <translation>PostgreSQL 地址中的参数 %1 不能包含分号。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The PostgreSQL address has a parameter mmtrack does not know: %1.</source>
            <translation>PostgreSQL 地址中含有 mmtrack 无法识别的参数：%1。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>The database cannot be opened (%1); it was left untouched.</source>
            <translation>无法打开数据库（%1）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The database is damaged (%1); it was left untouched.</source>
            <translation>数据库已损坏（%1）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The database is damaged or unreadable; it was left untouched.</source>
            <translation>数据库已损坏或无法读取；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database was written by a newer version of mmtrack (schema %1; this program knows schema %2 at most). Update mmtrack; the file was left untouched.</source>
            <translation>此数据库由更新版本的mmtrack写入（结构版本%1；本程序最多支持版本%2）。请升级mmtrack；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This SQLite database belongs to another program (it holds tables but no mmtrack schema); it was left untouched.</source>
            <translation>此SQLite数据库属于其他程序（含有数据表但没有mmtrack结构）；文件未作任何改动。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The database cannot be opened: %1</source>
            <translation>无法打开数据库：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+61" />
            <source>The database refused a setting (%1): %2</source>
            <translation>数据库拒绝了设置（%1）：%2</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
            <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The PostgreSQL database cannot be opened: %1</source>
            <translation>无法打开 PostgreSQL 数据库：%1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>read the server's version</source>
            <translation>读取服务器版本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mmtrack needs PostgreSQL 11 or newer; this server is older. Nothing was changed.</source>
            <translation>mmtrack 需要 PostgreSQL 11 或更高版本；此服务器版本过旧。未做任何更改。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+2" />
            <source>begin the schema upgrade</source>
            <translation>开始结构升级</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database was written by a newer version of mmtrack (schema %1; this program knows schema %2 at most). Update mmtrack; the database was left untouched.</source>
            <translation>此数据库由更新版本的mmtrack写入（结构版本%1；本程序最多支持版本%2）。请升级mmtrack；数据库未作任何改动。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>read the schema version</source>
            <translation>读取结构版本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This PostgreSQL database belongs to another program (it holds tables but no mmtrack schema); it was left untouched.</source>
            <translation>此 PostgreSQL 数据库属于其他程序（含有数据表但没有mmtrack结构）；数据库未作任何改动。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>commit the schema upgrade</source>
            <translation>提交结构升级</translation>
        </message>
    </context>
    <context>
        <name>DemoCase</name>
        <message>
            <location filename="../../src/workspace/DemoCase.cpp" line="+35" />
            <location line="+14" />
            <source>The demo case cannot be seeded.</source>
            <translation>无法写入演示病例。</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The demo case's protocol template is missing.</source>
            <translation>缺少演示病例的治疗方案模板。</translation>
        </message>
    </context>
    <context>
        <name>Diagnosis</name>
        <message>
            <location filename="../../src/clinical/rules/Diagnosis.cpp" line="+55" />
            <source>Clonal bone-marrow plasma cells %1 % ≥ 10 %</source>
            <translation>骨髓克隆性浆细胞比例 %1 % ≥ 10 %</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Biopsy-proven plasmacytoma</source>
            <translation>活检证实的浆细胞瘤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No clonal plasma-cell criterion: bone-marrow plasma cells %1 % &lt; 10 % and no biopsy-proven plasmacytoma</source>
            <translation>不满足克隆性浆细胞标准：骨髓浆细胞比例 %1 % &lt; 10 %，且无活检证实的浆细胞瘤</translation>
        </message>
        <message>
            <location line="+5" />
            <source>clonal bone-marrow plasma cells (%)</source>
            <translation>骨髓克隆性浆细胞比例（%）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>biopsy-proven plasmacytoma</source>
            <translation>活检证实的浆细胞瘤</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Hypercalcaemia: calcium %1 mmol/L &gt; 2.75</source>
            <translation>高钙血症：血钙 %1 mmol/L &gt; 2.75</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hypercalcaemia: calcium %1 mmol/L &gt; ULN %2 + 0.25 = %3</source>
            <translation>高钙血症：血钙 %1 mmol/L &gt; 正常上限 %2 + 0.25 = %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No hypercalcaemia: calcium %1 mmol/L ≤ 2.75 and ≤ ULN %2 + 0.25 = %3</source>
            <translation>无高钙血症：血钙 %1 mmol/L ≤ 2.75，且 ≤ 正常上限 %2 + 0.25 = %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>calcium upper limit of normal</source>
            <translation>血钙正常上限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>calcium (mmol/L)</source>
            <translation>血钙（mmol/L）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Renal: creatinine clearance %1 mL/min &lt; 40</source>
            <translation>肾功能损害：肌酐清除率 %1 mL/min &lt; 40</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Renal: creatinine %1 µmol/L &gt; 177</source>
            <translation>肾功能损害：肌酐 %1 µmol/L &gt; 177</translation>
        </message>
        <message>
            <location line="+6" />
            <source>creatinine clearance (mL/min)</source>
            <translation>肌酐清除率（mL/min）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>creatinine (µmol/L)</source>
            <translation>肌酐（µmol/L）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No renal event: creatinine clearance %1 mL/min ≥ 40 and creatinine %2 µmol/L ≤ 177</source>
            <translation>无肾功能损害：肌酐清除率 %1 mL/min ≥ 40，且肌酐 %2 µmol/L ≤ 177</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Anaemia: haemoglobin %1 g/L &lt; 100</source>
            <translation>贫血：血红蛋白 %1 g/L &lt; 100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Anaemia: haemoglobin %1 g/L is more than 20 g/L below LLN %2 (&lt; %3)</source>
            <translation>贫血：血红蛋白 %1 g/L 低于正常下限 %2 超过 20 g/L（&lt; %3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No anaemia: haemoglobin %1 g/L ≥ 100 and not more than 20 g/L below LLN %2 (≥ %3)</source>
            <translation>无贫血：血红蛋白 %1 g/L ≥ 100，且低于正常下限 %2 不超过 20 g/L（≥ %3）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>haemoglobin lower limit of normal</source>
            <translation>血红蛋白正常下限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>haemoglobin (g/L)</source>
            <translation>血红蛋白（g/L）</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Bone: %n osteolytic lesion(s)</source>
            <translation>
                <numerusform>骨病：%n 处溶骨性病变</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>osteolytic lesions (skeletal imaging)</source>
            <translation>溶骨性病变（骨骼影像学检查）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Clonal bone-marrow plasma cells %1 % ≥ 60 %</source>
            <translation>骨髓克隆性浆细胞比例 %1 % ≥ 60 %</translation>
        </message>
        <message>
            <location line="+23" />
            <source>κ</source>
            <translation>κ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>λ</source>
            <translation>λ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FLC ratio %1 ≥ 100 with involved %2 %3 mg/L ≥ 100</source>
            <translation>受累/非受累游离轻链比值 %1 ≥ 100，且受累血清游离轻链%2 %3 mg/L ≥ 100</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FLC ratio %1 &lt; 100: not a myeloma-defining event</source>
            <translation>受累/非受累游离轻链比值 %1 &lt; 100：不构成骨髓瘤定义事件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FLC ratio %1 ≥ 100 but involved %2 %3 mg/L &lt; 100</source>
            <translation>受累/非受累游离轻链比值 %1 ≥ 100，但受累血清游离轻链%2 %3 mg/L &lt; 100</translation>
        </message>
        <message>
            <location line="+4" />
            <source>κ free light chain (mg/L)</source>
            <translation>血清游离轻链κ（mg/L）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>λ free light chain (mg/L)</source>
            <translation>血清游离轻链λ（mg/L）</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>MRI: %n focal lesions (&gt; 1)</source>
            <translation>
                <numerusform>MRI：%n 处局灶性病变（&gt; 1）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>MRI focal lesions</source>
            <translation>MRI局灶性病变</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Multiple myeloma (IMWG 2014): myeloma-defining events %1</source>
            <translation>多发性骨髓瘤（IMWG 2014）：骨髓瘤定义事件 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not multiple myeloma (IMWG 2014)</source>
            <translation>不符合多发性骨髓瘤诊断（IMWG 2014）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Multiple myeloma undecided (IMWG 2014): missing data could change the answer</source>
            <translation>多发性骨髓瘤无法判定（IMWG 2014）：缺少的数据可能改变结论</translation>
        </message>
    </context>
    <context>
        <name>Engraftment</name>
        <message>
            <location filename="../../src/clinical/rules/Engraftment.cpp" line="+118" />
            <source>Values from D0 (%1) up to the next transplant's day 0 (%2) are used; one value per day, the lowest of the day.</source>
            <translation>采用自D0（%1）起至下一次移植D0（%2）之前的数值；每天取一个值，即当日最低值。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Values from D0 (%1) are used; one value per day, the lowest of the day.</source>
            <translation>采用自D0（%1）起的数值；每天取一个值，即当日最低值。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Neutrophils: no value from D0: not reached.</source>
            <translation>中性粒细胞：自D0起无数值：未达到。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Neutrophils: no 3 consecutive values ≥ %1 ×10⁹/L after the nadir %2 on %3: not reached.</source>
            <translation>中性粒细胞：最低点 %2（%3）之后没有连续3次 ≥ %1 ×10⁹/L 的数值：未达到。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Neutrophils ≥ %1 ×10⁹/L on %2, %3, %4 (%5, %6, %7) after the nadir %8 on %9: engrafted on %2 (%10).</source>
            <translation>中性粒细胞在最低点 %8（%9）之后，于 %2、%3、%4 ≥ %1 ×10⁹/L（%5、%6、%7）：于%2植入（%10）。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Platelets ≥ %1: no value from D0: not reached.</source>
            <translation>血小板 ≥ %1：自D0起无数值：未达到。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Platelets never below %1 ×10⁹/L (lowest %2 on %3) and no platelet transfusion from D0 to %4: not applicable.</source>
            <translation>血小板从未低于 %1 ×10⁹/L（最低值 %2，%3），且自D0至 %4 未输注血小板：不适用。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Platelets: no 3 consecutive values ≥ %1 ×10⁹/L after the nadir %2 on %3 without a platelet transfusion from 6 days before the first through the third: not reached.</source>
            <translation>血小板：最低点 %2（%3）之后没有连续3次 ≥ %1 ×10⁹/L、且自第1次之前6天至第3次期间未输注血小板的数值：未达到。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Platelets: no 3 consecutive values ≥ %1 ×10⁹/L after the nadir %2 on %3: not reached.</source>
            <translation>血小板：最低点 %2（%3）之后没有连续3次 ≥ %1 ×10⁹/L 的数值：未达到。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Platelets ≥ %1 ×10⁹/L on %2, %3, %4 (%5, %6, %7) after the nadir %8 on %9, no platelet transfusion from %10 through %4: engrafted on %2 (%11).</source>
            <translation>血小板在最低点 %8（%9）之后，于 %2、%3、%4 ≥ %1 ×10⁹/L（%5、%6、%7），%10 至 %4 期间未输注血小板：于%2植入（%11）。</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Last platelet transfusion before it: %1 (%n day(s) earlier).</source>
            <translation>
                <numerusform>此前最后一次输注血小板：%1（%n 天前）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventCommand</name>
        <message>
            <location filename="../../src/gui/events/EventUndoCommands.cpp" line="+48" />
            <source>“%1” cannot be redone: %2</source>
            <translation>无法重做“%1”：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” cannot be undone: %2</source>
            <translation>无法撤销“%1”：%2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The event was changed elsewhere in the meantime.</source>
            <translation>此事件在此期间已在别处被修改。</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
    </context>
    <context>
        <name>EventCommands</name>
        <message>
            <location filename="../../src/cli/EventCommands.cpp" line="+77" />
            <source>event %1 needs an event ID (see event list).</source>
            <translation>event %1 需要事件编号（见 event list）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" is not an event ID.</source>
            <translation>“%1”不是事件编号。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>event %1 needs an MRN.</source>
            <translation>event %1 需要病历号。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>  event add MRN --type TYPE --date DATE [--end-date DATE] [--phase PHASE]
              [--regimen R] [--cycle N] [--number 1|2] [--cd34 X] [--agents A,B]
              [--product platelets|red_cells] [--label L] [--note N] [--reason R]
      TYPE is one of %1.
      PHASE is induction, consolidation or maintenance; --cd34 is ×10⁶/kg.
  event list MRN [--json]
  event edit ID [the options of add]
  event remove ID --reason TEXT
</source>
            <translation>  event add 病历号 --type 类型 --date 日期 [--end-date 日期] [--phase 阶段]
              [--regimen 方案] [--cycle 周期] [--number 1|2] [--cd34 数值] [--agents A,B]
              [--product platelets|red_cells] [--label 内容] [--note 备注] [--reason 原因]
      类型为 %1 之一。
      阶段为 induction、consolidation 或 maintenance；--cd34 的单位为 ×10⁶/kg。
  event list 病历号 [--json]
  event edit 编号 [与 add 相同的选项]
  event remove 编号 --reason 原因
</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Unknown event command "%1": use add, list, edit or remove.</source>
            <translation>未知的事件命令“%1”：请使用 add、list、edit 或 remove。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Added event %1: %2</source>
            <translation>已添加事件 %1：%2</translation>
        </message>
        <message>
            <location line="+30" />
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n 个事件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+36" />
            <source>Event %1 is unchanged.</source>
            <translation>事件 %1 未改变。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved event %1: %2</source>
            <translation>已保存事件 %1：%2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Removed event %1: %2</source>
            <translation>已删除事件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ExportCommands</name>
        <message>
            <location filename="../../src/cli/ExportCommands.cpp" line="+20" />
            <source>%1 cannot be written: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>  export-fhir MRN -o FILE [--deidentify] [--rules IMWG-2016|IMWG-2006]
      Write a stored patient as a FHIR R4 Bundle (JSON): patient, diagnosis, lab results,
      treatment, collections, transplants and response assessments. --deidentify leaves out
      the name, the MRN and the birth date.
  export-csv (MRN | --all) -o FILE.csv
      Write lab results as CSV for spreadsheets (UTF-8 with BOM); --all: every patient who
      is not archived.
</source>
            <translation>  export-fhir 病历号 -o 文件 [--deidentify] [--rules IMWG-2016|IMWG-2006]
      将已登记患者导出为 FHIR R4 Bundle（JSON）：患者、诊断、检验结果、
      治疗、干细胞采集、移植及疗效评估。--deidentify 去标识化：不含
      姓名、病历号和出生日期。
  export-csv (病历号 | --all) -o 文件.csv
      将检验结果导出为电子表格用的 CSV（UTF-8，带 BOM）；--all：所有
      未归档的患者。
</translation>
        </message>
        <message>
            <location line="+18" />
            <source>export-fhir needs an MRN.</source>
            <translation>export-fhir 需要病历号。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export-fhir needs -o FILE (--output FILE).</source>
            <translation>export-fhir 需要 -o 文件（--output 文件）。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Wrote a de-identified FHIR bundle to %1.</source>
            <translation>已将去标识化的 FHIR Bundle 写入 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrote the FHIR bundle of %1 to %2.</source>
            <translation>已将 %1 的 FHIR Bundle 写入 %2。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>export-csv: give an MRN or --all, not both.</source>
            <translation>export-csv：请给出病历号或 --all，不能同时给出。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export-csv needs an MRN or --all.</source>
            <translation>export-csv 需要病历号或 --all。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export-csv needs -o FILE (--output FILE).</source>
            <translation>export-csv 需要 -o 文件（--output 文件）。</translation>
        </message>
        <message numerus="yes">
            <location line="+50" />
            <source>Wrote %n result(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 条检验结果写入 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HighRisk</name>
        <message>
            <location filename="../../src/clinical/rules/HighRisk.cpp" line="+25" />
            <source>FISH cytogenetics</source>
            <translation>FISH细胞遗传学检查</translation>
        </message>
        <message>
            <location line="+12" />
            <source>del(17p) cancer clonal fraction (%)</source>
            <translation>17p缺失肿瘤细胞克隆比例（%）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>del(17p)</source>
            <translation>17p缺失</translation>
        </message>
        <message>
            <location line="+3" />
            <source>TP53 mutation</source>
            <translation>TP53突变</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Criterion 1 met: TP53 mutation</source>
            <translation>满足标准1：TP53突变</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Criterion 1 met: del(17p) clonal fraction %1 % &gt; 20 %</source>
            <translation>满足标准1：17p缺失克隆比例 %1 % &gt; 20 %</translation>
        </message>
        <message>
            <location line="+3" />
            <source>del(17p) clonal fraction %1 % is not &gt; 20 % (exactly 20 % is not counted)</source>
            <translation>17p缺失克隆比例 %1 % 未 &gt; 20 %（恰为 20 % 不计入）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>t(4;14)</source>
            <translation>t(4;14)（IGH/FGFR3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>t(14;16)</source>
            <translation>t(14;16)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>t(14;20)</source>
            <translation>t(14;20)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1q21 copy number</source>
            <translation>1q21拷贝数</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>del(1p32)</source>
            <translation>1p32缺失</translation>
        </message>
        <message>
            <location line="-2" />
            <source>1q+ (%1 copies of 1q21)</source>
            <translation>1q+（1q21拷贝数 %1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Criterion 2 met: %1 with %2</source>
            <translation>满足标准2：%1 合并 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Criterion 3 met: biallelic del(1p32)</source>
            <translation>满足标准3：双等位基因1p32缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criterion 3 met: monoallelic del(1p32) with 1q+</source>
            <translation>满足标准3：单等位基因1p32缺失合并1q+</translation>
        </message>
        <message>
            <location line="+10" />
            <source>β2-microglobulin (mg/L)</source>
            <translation>β2-微球蛋白（mg/L）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>creatinine (µmol/L)</source>
            <translation>肌酐（µmol/L）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Criterion 4 met: β2-microglobulin %1 mg/L ≥ 5.5 with creatinine %2 µmol/L &lt; %3 (1.2 mg/dL)</source>
            <translation>满足标准4：β2-微球蛋白 %1 mg/L ≥ 5.5，且肌酐 %2 µmol/L &lt; %3（1.2 mg/dL）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Criterion 4 not met: β2-microglobulin %1 mg/L ≥ 5.5 but creatinine %2 µmol/L ≥ %3 (1.2 mg/dL)</source>
            <translation>不满足标准4：β2-微球蛋白 %1 mg/L ≥ 5.5，但肌酐 %2 µmol/L ≥ %3（1.2 mg/dL）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>High risk (IMS/IMWG 2025): criteria %1 met</source>
            <translation>高危（IMS/IMWG 2025）：满足标准 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not high risk (IMS/IMWG 2025): no criterion met</source>
            <translation>非高危（IMS/IMWG 2025）：不满足任何标准</translation>
        </message>
        <message>
            <location line="+5" />
            <source>High risk undecided: criteria %1 depend on missing data</source>
            <translation>高危无法判定：标准 %1 取决于缺少的数据</translation>
        </message>
    </context>
    <context>
        <name>Hl7LabReader</name>
        <message>
            <location filename="../../src/interop/Hl7LabReader.cpp" line="+201" />
            <source>the file could not be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1: message %2</source>
            <translation>%1：第%2条消息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: message %2 (%3)</source>
            <translation>%1：第%2条消息（%3）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: message %2, OBX %3</source>
            <translation>%1：第%2条消息，第%3个OBX段</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: message %2 (%3), OBX %4</source>
            <translation>%1：第%2条消息（%3），第%4个OBX段</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1: line %2</source>
            <translation>%1：第%2行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>text outside any message (no MSH segment before it) was skipped</source>
            <translation>已跳过不属于任何消息的文本（其前没有MSH段）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>segment %1 is longer than %2 bytes</source>
            <translation>第%1个段超过 %2 字节</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the message is truncated: the file ends in the middle of a segment</source>
            <translation>消息不完整：文件在某个段的中途结束</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the message is longer than %1 bytes</source>
            <translation>消息超过 %1 字节</translation>
        </message>
        <message>
            <location line="+5" />
            <source>segment %1 holds control characters (binary data?)</source>
            <translation>第%1个段含有控制字符（二进制数据？）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>segment %1 is not valid UTF-8 text</source>
            <translation>第%1个段不是有效的UTF-8文本</translation>
        </message>
        <message>
            <location line="+17" />
            <source>the MSH segment is longer than %1 bytes</source>
            <translation>MSH段超过 %1 字节</translation>
        </message>
        <message>
            <location line="+24" />
            <source>the MSH segment has no usable delimiters (MSH-1, MSH-2)</source>
            <translation>MSH段没有可用的分隔符（MSH-1、MSH-2）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>character set %1 (MSH-18) is not supported; send UTF-8</source>
            <translation>不支持字符集 %1（MSH-18）；请以UTF-8发送</translation>
        </message>
        <message>
            <location line="+11" />
            <source>message type %1 is not ORU^R01 (observation results)</source>
            <translation>消息类型 %1 不是 ORU^R01（观察结果）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>segment %1 does not start with a segment name (binary data?)</source>
            <translation>第%1个段不是以段名开头（二进制数据？）</translation>
        </message>
        <message>
            <location line="+39" />
            <source>the message is truncated: its MLLP frame is not closed</source>
            <translation>消息不完整：其MLLP帧未闭合</translation>
        </message>
        <message>
            <location line="+52" />
            <source>OBX %1 comes before the PID segment</source>
            <translation>第%1个OBX段位于PID段之前</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>the message has no PID segment</source>
            <translation>消息没有PID段</translation>
        </message>
        <message>
            <location line="-26" />
            <source>OBX %1 has no OBR segment before it</source>
            <translation>第%1个OBX段之前没有OBR段</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the message has no OBX segment</source>
            <translation>消息没有OBX段</translation>
        </message>
        <message>
            <location line="+74" />
            <source>the file is not open for reading</source>
            <translation>文件未以读取方式打开</translation>
        </message>
    </context>
    <context>
        <name>LabCatalogue</name>
        <message>
            <location filename="../../src/clinical/LabCatalogue.cpp" line="+205" />
            <source>Hemoglobin</source>
            <translation>血红蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White blood cells</source>
            <translation>白细胞</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absolute neutrophil count</source>
            <translation>中性粒细胞绝对值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neutrophils %</source>
            <translation>中性粒细胞百分比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platelets</source>
            <translation>血小板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total protein</source>
            <translation>总蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Albumin</source>
            <translation>白蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Globulin</source>
            <translation>球蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>β2-microglobulin</source>
            <translation>β2-微球蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lactate dehydrogenase</source>
            <translation>乳酸脱氢酶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creatinine</source>
            <translation>肌酐</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Creatinine clearance</source>
            <translation>肌酐清除率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calcium</source>
            <translation>血钙</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serum M-protein</source>
            <translation>血清M蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>24-h urine M-protein</source>
            <translation>24小时尿M蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serum immunofixation</source>
            <translation>免疫固定电泳（血清）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urine immunofixation</source>
            <translation>免疫固定电泳（尿）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free light chain κ</source>
            <translation>血清游离轻链κ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free light chain λ</source>
            <translation>血清游离轻链λ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>κ/λ ratio</source>
            <translation>κ/λ比值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IgG</source>
            <translation>免疫球蛋白G（IgG）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IgA</source>
            <translation>免疫球蛋白A（IgA）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IgM</source>
            <translation>免疫球蛋白M（IgM）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soft-tissue plasmacytoma</source>
            <translation>软组织浆细胞瘤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plasmacytoma SPD reduction</source>
            <translation>浆细胞瘤SPD缩小比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New bone lesion or plasmacytoma</source>
            <translation>新发骨病变或浆细胞瘤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bone-marrow plasma cells</source>
            <translation>骨髓浆细胞比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clonal plasma cells in marrow (IHC)</source>
            <translation>骨髓克隆性浆细胞（免疫组化）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimal residual disease</source>
            <translation>微小残留病（MRD）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Blood count</source>
            <translation>血常规</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chemistry</source>
            <translation>生化</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Myeloma panel</source>
            <translation>骨髓瘤相关检查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bone marrow</source>
            <translation>骨髓</translation>
        </message>
        <message>
            <location line="+23" />
            <source>positive</source>
            <translation>阳性</translation>
        </message>
        <message>
            <location line="+2" />
            <source>negative</source>
            <translation>阴性</translation>
        </message>
        <message>
            <location line="+2" />
            <source>absent</source>
            <translation>未见</translation>
        </message>
        <message>
            <location line="+2" />
            <source>present</source>
            <translation>可见</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>LabCodeMap</name>
        <message>
            <location filename="../../src/storage/LabCodeMap.cpp" line="+42" />
            <source>read the code mapping</source>
            <translation>读取代码映射</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The local code is required.</source>
            <translation>本地代码为必填项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown test "%1".</source>
            <translation>未知检验项目“%1”。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+9" />
            <location line="+17" />
            <source>save the code mapping</source>
            <translation>保存代码映射</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+13" />
            <source>delete the code mapping</source>
            <translation>删除代码映射</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No mapping for the code %1.</source>
            <translation>代码 %1 没有映射。</translation>
        </message>
    </context>
    <context>
        <name>LabCommands</name>
        <message>
            <location filename="../../src/cli/LabCommands.cpp" line="+19" />
            <source>  import FILE [--format csv|hl7] [--strict]
      Import lab results from a CSV file or HL7 v2 ORU^R01 messages. Every rejected row is listed
      with its line or message; --strict imports nothing if anything is rejected.
      Exit status: 0 all imported, 1 some rows rejected, 2 nothing could be imported.
  results MRN [--test KEY] [--json]
  lab-codes list | set CODE TEST [--note TEXT] | remove CODE
      The table that maps the lab system's local codes to tests.
</source>
            <translation>  import 文件 [--format csv|hl7] [--strict]
      从CSV文件或HL7 v2 ORU^R01消息导入检验结果。每个被拒绝的行都会连同其行号或所在消息一并列出；
      使用 --strict 时，只要有任何内容被拒绝，就不导入任何内容。
      退出状态：0 全部导入；1 部分行被拒绝；2 无法导入任何内容。
  results 病历号 [--test 项目键] [--json]
  lab-codes list | set 代码 项目键 [--note 文本] | remove 代码
      实验室系统本地代码与检验项目的对照表。
</translation>
        </message>
        <message>
            <location line="+18" />
            <source>import needs a file.</source>
            <translation>import 需要一个文件。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--format: use csv or hl7.</source>
            <translation>--format：请使用 csv 或 hl7。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 imported, %2 already stored, %3 rejected.</source>
            <translation>已导入 %1 条，%2 条此前已存在，%3 条被拒绝。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unmapped codes: %1 (map them with: mmtrack-cli lab-codes set CODE TEST)</source>
            <translation>未映射的代码：%1（映射方法：mmtrack-cli lab-codes set 代码 项目键）</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Nothing was imported (--strict and %n row(s) rejected).</source>
            <translation>
                <numerusform>未导入任何内容（使用了 --strict，且有 %n 行被拒绝）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>results needs an MRN.</source>
            <translation>results 需要病历号。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unknown test "%1".</source>
            <translation>未知检验项目“%1”。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+32" />
            <source>Test</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Value</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Flag</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Range</source>
            <translation>参考范围</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+14" />
            <source>lab-codes set needs a CODE and a TEST.</source>
            <translation>lab-codes set 需要代码和项目键。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 now means %2.</source>
            <translation>%1 现对应 %2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>lab-codes remove needs a CODE.</source>
            <translation>lab-codes remove 需要代码。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown lab-codes command "%1": use list, set or remove.</source>
            <translation>未知的 lab-codes 命令“%1”：请使用 list、set 或 remove。</translation>
        </message>
    </context>
    <context>
        <name>LabImportWriter</name>
        <message>
            <location filename="../../src/storage/LabImportWriter.cpp" line="+184" />
            <source>begin the import</source>
            <translation>开始导入</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+88" />
            <source>record the import</source>
            <translation>记录导入</translation>
        </message>
        <message>
            <location line="-75" />
            <source>The database could not prepare the import: %1</source>
            <translation>数据库未能准备导入：%1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>A text of the result is too long to store.</source>
            <translation>该结果中的某段文字过长，无法保存。</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+21" />
            <source>The import is not open.</source>
            <translation>导入未在进行中。</translation>
        </message>
        <message>
            <location line="-13" />
            <source>The database refused a row: %1</source>
            <translation>数据库拒绝了一行：%1</translation>
        </message>
        <message>
            <location line="+45" />
            <source>commit the import</source>
            <translation>提交导入</translation>
        </message>
    </context>
    <context>
        <name>LabImporter</name>
        <message>
            <location filename="../../src/workspace/LabImporter.cpp" line="+342" />
            <source>%1 cannot be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="-213" />
            <source>the code %1 is not mapped to a test; map it in the lab code table</source>
            <translation>代码 %1 未映射到检验项目；请在检验代码表中进行映射</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the code %1 (%2) is not mapped to a test; map it in the lab code table</source>
            <translation>代码 %1（%2）未映射到检验项目；请在检验代码表中进行映射</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no patient has the MRN %1</source>
            <translation>没有病历号为 %1 的患者</translation>
        </message>
        <message>
            <location line="+4" />
            <source>result status %1 is not final; only final (F), corrected (C) and amended (A) results are imported</source>
            <translation>结果状态 %1 不是最终结果；仅导入最终（F）、已更正（C）和已修订（A）的结果</translation>
        </message>
        <message>
            <location line="+5" />
            <source>"%1" is not a date</source>
            <translation>“%1”不是日期</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the result cannot be stored</source>
            <translation>该结果无法保存</translation>
        </message>
        <message>
            <location line="+269" />
            <source>a field is too long to store</source>
            <translation>某个字段过长，无法保存</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1 could not be read to the end.</source>
            <translation>未能完整读取 %1。</translation>
        </message>
    </context>
    <context>
        <name>LabMeasurement</name>
        <message>
            <location filename="../../src/clinical/LabMeasurement.cpp" line="+55" />
            <source>Unknown test "%1".</source>
            <translation>未知检验项目“%1”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No value.</source>
            <translation>缺少结果。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"%1" is not a result of %2: use %3.</source>
            <translation>“%1”不是%2的有效结果：请使用 %3。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No unit: %1 is measured in %2.</source>
            <translation>缺少单位：%1 的单位为 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a unit for %2: use %3.</source>
            <translation>%1 不是%2的单位：请使用 %3。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+25" />
            <source>"%1" is not a number.</source>
            <translation>“%1”不是数字。</translation>
        </message>
        <message>
            <location line="-16" />
            <source>%1 %2 is not a possible %3 (plausible: %4 to %5 %6).</source>
            <translation>%1 %2 是不可能的%3值（合理范围：%4 至 %5 %6）。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The reference range ends below its start.</source>
            <translation>参考范围的上限低于下限。</translation>
        </message>
    </context>
    <context>
        <name>LabResultCommand</name>
        <message>
            <location filename="../../src/gui/labs/LabResultCommands.cpp" line="+61" />
            <source>“%1” cannot be redone: %2</source>
            <translation>无法重做“%1”：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” cannot be undone: %2</source>
            <translation>无法撤销“%1”：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The result was changed elsewhere in the meantime.</source>
            <translation>此结果在此期间已在别处被修改。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 %2 of %3</source>
            <translation>%3 的%1 %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Change %1 to %2</source>
            <translation>将 %1 改为 %2</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
    </context>
    <context>
        <name>LabResultRepository</name>
        <message>
            <location filename="../../src/storage/LabResultRepository.cpp" line="+143" />
            <source>Unknown test "%1".</source>
            <translation>未知检验项目“%1”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The result has no valid date.</source>
            <translation>该结果没有有效日期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date %1 is before the patient's birth (%2).</source>
            <translation>日期 %1 早于患者出生日期（%2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No value.</source>
            <translation>缺少结果。</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+54" />
            <location line="+51" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-93" />
            <source>add the result</source>
            <translation>添加结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This result (%1 %2 on %3) is already recorded.</source>
            <translation>此结果（%3 的 %1 %2）已有记录。</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+46" />
            <location line="+15" />
            <source>save the result</source>
            <translation>保存结果</translation>
        </message>
        <message>
            <location line="-40" />
            <source>This result was changed by %1 after you read it; it has been reloaded.</source>
            <translation>您读取此结果后，%1 修改了它；结果已重新载入。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The same result is already recorded.</source>
            <translation>相同的结果已有记录。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+39" />
            <source>This result was changed elsewhere; it has been reloaded.</source>
            <translation>此结果已在别处被修改；结果已重新载入。</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Say why the result is deleted.</source>
            <translation>请说明删除该结果的原因。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+15" />
            <source>delete the result</source>
            <translation>删除结果</translation>
        </message>
        <message>
            <location line="+11" />
            <source>read lab results</source>
            <translation>读取检验结果</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No lab result has the id %1.</source>
            <translation>没有编号为 %1 的检验结果。</translation>
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
            <location line="+8" />
            <source>&amp;Overview</source>
            <translation>概览(&amp;O)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Patient</source>
            <translation>患者(&amp;P)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tools</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location line="+13" />
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
            <source>&amp;Import lab results…</source>
            <translation>导入检验结果(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lab &amp;codes…</source>
            <translation>检验代码(&amp;C)…</translation>
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
        <message>
            <location line="+3" />
            <source>&amp;Back up now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Check the database</source>
            <translation>检查数据库(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Audit log…</source>
            <translation>审计日志(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Report &amp;header…</source>
            <translation>报告页眉(&amp;H)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport case summary…</source>
            <translation>导出病例摘要(&amp;X)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply a &amp;protocol…</source>
            <translation>应用治疗方案(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
    </context>
    <context>
        <name>Maintenance</name>
        <message>
            <location filename="../../src/gui/maintenance/Maintenance.cpp" line="+25" />
            <source>The database was backed up to %1.</source>
            <translation>数据库已备份到 %1。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The database passed the integrity and foreign-key checks.</source>
            <translation>数据库已通过完整性和外键检查。</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The check found %n problem(s). Restore a backup, or keep the database and ask for help.</source>
            <translation>
                <numerusform>检查发现 %n 个问题。请恢复备份，或保留数据库并寻求技术支持。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>The database was restored from %1.</source>
            <translation>已从 %1 恢复数据库。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The previous database is kept as %1.</source>
            <translation>原数据库已保留为 %1。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mmtrack databases (*.sqlite)</source>
            <translation>mmtrack 数据库 (*.sqlite)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Check the database</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+5" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="-4" />
            <source>mmtrack databases (*.sqlite);;All files (*)</source>
            <translation>mmtrack 数据库 (*.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Replace the database by the backup %1? Changes made after that backup will no longer be shown; the current database is kept beside it.</source>
            <translation>用备份 %1 替换数据库？该备份之后所做的更改将不再显示；当前数据库会保留在其旁边。</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceCommands</name>
        <message>
            <location filename="../../src/cli/MaintenanceCommands.cpp" line="+27" />
            <source>  backup --to FILE
      Copy the database to FILE with SQLite's online backup (safe while it is in use);
      the copy is checked before it replaces FILE.
  restore --from FILE
      Replace the database by the backup FILE, after checking that it is an mmtrack database
      this program can open. The previous database is kept as DB.before-restore-TIME.
  check
      Integrity and foreign-key checks. Exit status: 0 clean, 1 problems found (listed),
      2 the database cannot be read.
</source>
            <translation>  backup --to 文件
      使用 SQLite 在线备份将数据库复制到文件（使用中亦可安全执行）；
      副本经检查后才会替换该文件。
  restore --from 文件
      先检查备份文件是本程序可打开的 mmtrack 数据库，再用它替换数据库。
      原数据库保留为 数据库.before-restore-时间。
  check
      完整性和外键检查。退出状态：0 无问题，1 发现问题（逐条列出），
      2 无法读取数据库。
</translation>
        </message>
        <message>
            <location line="+32" />
            <source>backup needs --to FILE.</source>
            <translation>backup 需要 --to 文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backed up to %1.</source>
            <translation>已备份到 %1。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>restore needs --from FILE.</source>
            <translation>restore 需要 --from 文件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restored %1 from %2.</source>
            <translation>已从 %2 恢复 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The previous database is kept as %1.</source>
            <translation>原数据库已保留为 %1。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No problems found (integrity and foreign keys).</source>
            <translation>未发现问题（完整性和外键）。</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>发现 %n 个问题。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <location filename="../../src/storage/Migrator.cpp" line="+146" />
            <location line="+7" />
            <source>read the schema version</source>
            <translation>读取结构版本</translation>
        </message>
        <message>
            <location line="+20" />
            <source>begin the schema upgrade</source>
            <translation>开始结构升级</translation>
        </message>
        <message>
            <location line="+8" />
            <source>apply migration %1 (%2)</source>
            <translation>执行迁移 %1（%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>record migration %1</source>
            <translation>记录迁移 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>commit the schema upgrade</source>
            <translation>提交结构升级</translation>
        </message>
    </context>
    <context>
        <name>PasswordHasher</name>
        <message>
            <location filename="../../src/storage/PasswordHasher.cpp" line="+44" />
            <source>A password is required.</source>
            <translation>必须填写密码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The password needs at least %1 characters.</source>
            <translation>密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password cannot be protected: the cryptographic library failed to start.</source>
            <translation>无法保护密码：加密库启动失败。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The password cannot be protected: not enough memory.</source>
            <translation>无法保护密码：内存不足。</translation>
        </message>
    </context>
    <context>
        <name>PathwayEventText</name>
        <message>
            <location filename="../../src/clinical/PathwayEventText.cpp" line="+9" />
            <source>Therapy cycle</source>
            <translation>治疗周期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New line of therapy</source>
            <translation>新治疗线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stem-cell mobilization</source>
            <translation>干细胞动员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stem-cell collection</source>
            <translation>干细胞采集</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Admission</source>
            <translation>入院</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discharge</source>
            <translation>出院</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conditioning</source>
            <translation>预处理</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transplant</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transfusion</source>
            <translation>输注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reported</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Induction</source>
            <translation>诱导治疗</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consolidation</source>
            <translation>巩固治疗</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maintenance</source>
            <translation>维持治疗</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Platelets</source>
            <translation>血小板</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Red cells</source>
            <translation>红细胞</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CD34+ %1 ×10⁶/kg</source>
            <translation>CD34+ %1 ×10⁶/kg</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 cycle %2</source>
            <translation>%1 第%2周期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>ASCT #%1 (day 0)</source>
            <translation>第%1次自体移植（第0天）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 infused</source>
            <translation>回输 %1</translation>
        </message>
    </context>
    <context>
        <name>PathwayEventValidator</name>
        <message>
            <location filename="../../src/clinical/PathwayEventValidator.cpp" line="+112" />
            <source>Choose the type of event.</source>
            <translation>请选择事件类型。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown event type "%1": use one of %2.</source>
            <translation>未知的事件类型“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>"%1" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.</source>
            <translation>“%1”不是日期：请写为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Required: the date of the event.</source>
            <translation>必填：事件日期。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>"%1" is not a whole number.</source>
            <translation>“%1”不是整数。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>"%1" is not a number of ×10⁶ CD34+ cells per kg.</source>
            <translation>“%1”不是CD34+细胞数（×10⁶/kg）。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A %1 event does not take this field.</source>
            <translation>“%1”事件没有此项。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At most %1 characters.</source>
            <translation>最多 %1 个字符。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A CD34+ count cannot be negative.</source>
            <translation>CD34+细胞数不能为负数。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Required: induction, consolidation or maintenance.</source>
            <translation>必填：诱导治疗、巩固治疗或维持治疗。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown phase "%1": use induction, consolidation or maintenance.</source>
            <translation>未知的阶段“%1”：请使用 induction、consolidation 或 maintenance。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Required: the regimen, e.g. VRD.</source>
            <translation>必填：治疗方案，如 VRD。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A cycle number is from 1 to %1.</source>
            <translation>周期数为 1 至 %1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The end date %1 is before the start %2.</source>
            <translation>结束日期 %1 早于开始日期 %2。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Required: the conditioning regimen, e.g. MEL200.</source>
            <translation>必填：预处理方案，如 MEL200。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Required: the day's CD34+ yield in ×10⁶/kg.</source>
            <translation>必填：当日采集的CD34+细胞数（×10⁶/kg）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Required: 1 for the first transplant, 2 for the second.</source>
            <translation>必填：第一次移植填 1，第二次移植填 2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The transplant number is 1 or 2.</source>
            <translation>移植次序为 1 或 2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Required: platelets or red_cells.</source>
            <translation>必填：platelets（血小板）或 red_cells（红细胞）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown product "%1": use platelets or red_cells.</source>
            <translation>未知的血液制品“%1”：请使用 platelets 或 red_cells。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Required: what was reported, e.g. "WBC engrafted".</source>
            <translation>必填：报告内容，如“白细胞植活”。</translation>
        </message>
    </context>
    <context>
        <name>PathwayRepository</name>
        <message>
            <location filename="../../src/storage/PathwayRepository.cpp" line="+146" />
            <source>One or two transplants can be planned.</source>
            <translation>可计划一次或两次移植。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+101" />
            <location line="+51" />
            <location line="+48" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-176" />
            <location line="+15" />
            <location line="+10" />
            <source>save the diagnosis details</source>
            <translation>保存诊断详情</translation>
        </message>
        <message>
            <location line="+12" />
            <source>read the diagnosis details</source>
            <translation>读取诊断详情</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+8" />
            <source>add the event</source>
            <translation>添加事件</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This event was changed elsewhere after you read it; it has been reloaded.</source>
            <translation>您读取此事件后，它已在别处被修改；事件已重新载入。</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+16" />
            <source>save the event</source>
            <translation>保存事件</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Say why the event is deleted.</source>
            <translation>请说明删除该事件的原因。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+16" />
            <source>delete the event</source>
            <translation>删除事件</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No event has the id %1.</source>
            <translation>没有编号为 %1 的事件。</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+40" />
            <source>This event was changed elsewhere; it has been reloaded.</source>
            <translation>此事件已在别处被修改；事件已重新载入。</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+11" />
            <source>read the events</source>
            <translation>读取事件</translation>
        </message>
    </context>
    <context>
        <name>PatientCommands</name>
        <message>
            <location filename="../../src/cli/PatientCommands.cpp" line="+80" />
            <location line="+74" />
            <source>MRN</source>
            <translation>病历号</translation>
        </message>
        <message>
            <location line="-73" />
            <location line="+73" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="-72" />
            <location line="+72" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+69" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location line="-68" />
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
            <location line="+65" />
            <source>Isotype</source>
            <translation>分型</translation>
        </message>
        <message>
            <location line="-64" />
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
            <location line="+10" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unexpected arguments: %1</source>
            <translation>无法识别的参数：%1</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+35" />
            <source>Diagnosed</source>
            <translation>诊断日期</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+18" />
            <source>Unknown patient command "%1": use add, show, edit, archive or restore.</source>
            <translation>未知的患者命令“%1”：请使用 add、show、edit、archive 或 restore。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Added %1 (%2).</source>
            <translation>已添加 %1（%2）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>patient show needs an MRN.</source>
            <translation>patient show 需要病历号。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>patient edit needs an MRN.</source>
            <translation>patient edit 需要病历号。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Saved %1 (%2).</source>
            <translation>已保存 %1（%2）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This command needs an MRN.</source>
            <translation>此命令需要病历号。</translation>
        </message>
        <message>
            <location line="+17" />
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
            <location filename="../../src/storage/PatientRepository.cpp" line="+112" />
            <source>check the MRN</source>
            <translation>检查病历号</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The MRN %1 already belongs to another patient.</source>
            <translation>病历号 %1 已属于另一位患者。</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+88" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-67" />
            <source>add the patient</source>
            <translation>添加患者</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+73" />
            <location line="+20" />
            <source>save the patient</source>
            <translation>保存患者</translation>
        </message>
        <message>
            <location line="-48" />
            <source>This patient was changed by %1 at %2 after you opened it. The record has been reloaded; please make your change again.</source>
            <translation>您打开此患者记录后，%1 于 %2 修改了它。记录已重新载入，请重新进行修改。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This patient was changed elsewhere while you were editing. The record has been reloaded; please make your change again.</source>
            <translation>您编辑期间此患者记录已在别处被修改。记录已重新载入，请重新进行修改。</translation>
        </message>
        <message>
            <location line="+29" />
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
            <location filename="../../src/clinical/Patient.cpp" line="+98" />
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
            <location filename="../../src/clinical/PatientValidator.cpp" line="+47" />
            <source>Unknown sex "%1": use male or female.</source>
            <translation>未知性别“%1”：请使用 male（男）或 female（女）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1" is not a date: write YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known.</source>
            <translation>“%1”不是日期：请写为 YYYY-MM-DD；仅知年月或年份时写 YYYY-MM 或 YYYY。</translation>
        </message>
        <message>
            <location line="+13" />
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
            <location line="+28" />
            <source>The medical record number (MRN) is required.</source>
            <translation>病历号为必填项。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The MRN is longer than %1 characters.</source>
            <translation>病历号超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The MRN may not contain spaces or control characters.</source>
            <translation>病历号不能包含空格或控制字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The patient's name is required.</source>
            <translation>患者姓名为必填项。</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location line="+8" />
            <source>The birth date %1 is in the future.</source>
            <translation>出生日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date %1 is before %2.</source>
            <translation>出生日期 %1 早于 %2 年。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The diagnosis date %1 is in the future.</source>
            <translation>诊断日期 %1 晚于今天。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The diagnosis date %1 is before the birth date %2.</source>
            <translation>诊断日期 %1 早于出生日期 %2。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A weight of %1 kg is not plausible (expected %2–%3 kg).</source>
            <translation>体重 %1 kg 不合理（应在 %2–%3 kg 之间）。</translation>
        </message>
        <message>
            <location line="+6" />
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
        <name>Permissions</name>
        <message>
            <location filename="../../src/storage/Permissions.cpp" line="+67" />
            <source>data entry</source>
            <translation>数据录入员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>clinician</source>
            <translation>临床医师</translation>
        </message>
        <message>
            <location line="+2" />
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+9" />
            <source>enter or correct lab results</source>
            <translation>录入或更正检验结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>record or correct pathway events</source>
            <translation>记录或更正诊疗路径事件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>register or edit patients</source>
            <translation>登记或编辑患者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>import lab results or map lab codes</source>
            <translation>导入检验结果或映射检验代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>apply or remove a protocol plan</source>
            <translation>应用或移除治疗方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>confirm and sign assessments</source>
            <translation>对评估进行签名确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source>export patient data</source>
            <translation>导出患者数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>restore the database from a backup</source>
            <translation>从备份恢复数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>manage accounts</source>
            <translation>管理账户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>change shared settings</source>
            <translation>更改共用设置</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in first: only a signed-in account may %1.</source>
            <translation>请先登录：只有已登录的账户才能%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 role may not %2; this needs the %3 role.</source>
            <translation>%1角色不能%2；此操作需要%3角色。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>check the accounts</source>
            <translation>检查账户</translation>
        </message>
    </context>
    <context>
        <name>PlanCommands</name>
        <message>
            <location filename="../../src/cli/PlanCommands.cpp" line="+47" />
            <source>plan apply needs an MRN, a template and --start DATE.</source>
            <translation>plan apply 需要病历号、模板和 --start 日期。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a protocol template; `plan templates` lists them.</source>
            <translation>%1 不是治疗方案模板；`plan templates` 可列出全部模板。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--start: %1 is not a date (YYYY-MM-DD).</source>
            <translation>--start：%1 不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 applied from %2.</source>
            <translation>已自 %2 起应用 %1。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>plan show needs an MRN.</source>
            <translation>plan show 需要病历号。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This patient has no plan; `plan apply` gives one.</source>
            <translation>该患者没有治疗方案；可用 `plan apply` 指定。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>from %1</source>
            <translation>自 %1 起</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected</source>
            <translation>预计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded</source>
            <translation>已记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days late</source>
            <translation>延迟天数</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Alerts:</source>
            <translation>警示：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>plan remove needs an MRN and --reason TEXT.</source>
            <translation>plan remove 需要病历号和 --reason 原因。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>  plan templates
      List the protocol templates.
  plan apply MRN TEMPLATE --start YYYY-MM-DD
      Give the patient a protocol: planned steps with expected dates.
  plan show MRN [--json]
      The planned steps, the recorded events matched to them, and the deviations.
  plan remove MRN --reason TEXT
</source>
            <translation>  plan templates
      列出治疗方案模板。
  plan apply 病历号 模板 --start YYYY-MM-DD
      为患者指定治疗方案：生成带预计日期的计划步骤。
  plan show 病历号 [--json]
      显示计划步骤、与之匹配的已记录事件以及方案偏离。
  plan remove 病历号 --reason 原因
</translation>
        </message>
        <message>
            <location line="+20" />
            <source>plan needs templates, apply, show or remove.</source>
            <translation>plan 需要 templates、apply、show 或 remove。</translation>
        </message>
    </context>
    <context>
        <name>ProtocolPlan</name>
        <message>
            <location filename="../../src/clinical/ProtocolPlan.cpp" line="+63" />
            <source>expected "mmtrack-protocol"</source>
            <translation>应为"mmtrack-protocol"</translation>
        </message>
        <message>
            <location line="+3" />
            <source>only version 1 can be read</source>
            <translation>仅能读取第1版</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <location line="+15" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location line="-12" />
            <source>must be 1 or 2</source>
            <translation>须为1或2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>required, a list of at least one step</source>
            <translation>必填，至少包含一个步骤的列表</translation>
        </message>
        <message>
            <location line="+10" />
            <source>"%1" is already the key of step %2</source>
            <translation>"%1"已是第%2步的键</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not an event type</source>
            <translation>不是事件类型</translation>
        </message>
        <message>
            <location line="+18" />
            <source>"%1" is not the key of an earlier step</source>
            <translation>"%1"不是此前某一步骤的键</translation>
        </message>
        <message>
            <location line="+2" />
            <source>days cannot be negative</source>
            <translation>天数不能为负</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a transplant is number 1 or 2</source>
            <translation>移植序号须为1或2</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Response assessment</source>
            <translation>疗效评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response assessment (%1)</source>
            <translation>疗效评价（%1）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cycle %2</source>
            <translation>%1 第%2周期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New line of therapy</source>
            <translation>新治疗线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mobilization</source>
            <translation>干细胞动员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stem-cell collection</source>
            <translation>干细胞采集</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Admission</source>
            <translation>入院</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discharge</source>
            <translation>出院</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conditioning %1</source>
            <translation>预处理 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ASCT #%1 (day 0)</source>
            <translation>第%1次自体移植（第0天）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transfusion</source>
            <translation>输注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reported</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+65" />
            <source>%1 started %2 days after its expected day %3 (more than 7).</source>
            <translation>%1 于预计日期 %3 之后 %2 天才开始（超过7天）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 was expected on %2 and is not recorded (%3 days ago).</source>
            <translation>%1 预计于 %2 进行，但尚无记录（已过 %3 天）。</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>%1 ×10⁶ CD34+ cells/kg collected, below the minimum of %2 for %n planned transplant(s).</source>
            <translation>
                <numerusform>已采集 CD34+ 细胞 %1 ×10⁶/kg，低于计划 %n 次移植所需的最低量 %2。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>No neutrophil engraftment (ANC ≥ 0.5 ×10⁹/L on 3 days) by day +30 of ASCT #%1: possible graft failure.</source>
            <translation>第%1次自体移植后第30天仍无中性粒细胞植入（3天ANC ≥ 0.5 ×10⁹/L）：可能植入失败。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No response assessment around day +100 of ASCT #%1 (%2; day +80 to +120 counted).</source>
            <translation>第%1次自体移植后第100天前后（%2；按第80至120天计）无疗效评价。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The second transplant came %1 days after the first: beyond the 6 months of a planned tandem.</source>
            <translation>第二次移植距第一次 %1 天：超出计划串联移植的6个月。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The planned second transplant is not recorded within 6 months of the first (%1).</source>
            <translation>计划的第二次移植未在第一次移植后6个月内（%1）记录。</translation>
        </message>
    </context>
    <context>
        <name>ProtocolRepository</name>
        <message>
            <location filename="../../src/storage/ProtocolRepository.cpp" line="+43" />
            <source>The plan needs a start date.</source>
            <translation>治疗方案需要开始日期。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+88" />
            <source>begin a transaction</source>
            <translation>开始事务</translation>
        </message>
        <message>
            <location line="-72" />
            <location line="+12" />
            <location line="+9" />
            <source>apply the plan</source>
            <translation>应用治疗方案</translation>
        </message>
        <message>
            <location line="+16" />
            <source>read the plan</source>
            <translation>读取治疗方案</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The stored plan of this patient cannot be read: %1</source>
            <translation>无法读取该患者已保存的治疗方案：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Say why the plan is removed.</source>
            <translation>请说明删除治疗方案的原因。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This patient has no plan.</source>
            <translation>该患者没有治疗方案。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+13" />
            <source>remove the plan</source>
            <translation>删除治疗方案</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../src/gui/labs/ReasonPrompt.cpp" line="+29" />
            <source>Typing error</source>
            <translation>录入错误</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Entered for the wrong patient</source>
            <translation>录入到了错误的患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered on the wrong date</source>
            <translation>录入到了错误的日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate of another result</source>
            <translation>与另一条结果重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result withdrawn by the laboratory</source>
            <translation>检验科已撤回该结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason, required</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>ReportCommands</name>
        <message>
            <location filename="../../src/cli/ReportCommands.cpp" line="+27" />
            <source>  export-pdf MRN -o FILE.pdf [--deidentify [--day-offsets]]
      Write the case summary as an A4 PDF in the language of --lang: diagnosis, staging,
      the pathway timeline, responses, transplants, lab charts and alerts. --deidentify leaves
      out the name, the MRN, the birth date and the notes (age in years); --day-offsets also
      replaces dates by days from diagnosis.
</source>
            <translation>  export-pdf 病历号 -o 文件.pdf [--deidentify [--day-offsets]]
      以 --lang 指定的语言将病例摘要写出为A4 PDF：诊断、分期、诊疗时间轴、疗效、移植、
      检验趋势图和警示。--deidentify 不含姓名、病历号、出生日期和备注（年龄以岁表示）；
      --day-offsets 另将日期替换为自诊断日起的天数。
</translation>
        </message>
        <message>
            <location line="+17" />
            <source>export-pdf needs an MRN.</source>
            <translation>export-pdf 需要病历号。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>export-pdf needs -o FILE (--output FILE).</source>
            <translation>export-pdf 需要 -o 文件（--output 文件）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--day-offsets goes with --deidentify.</source>
            <translation>--day-offsets 须与 --deidentify 一起使用。</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>Wrote the case summary (%n page(s)) to %1.</source>
            <translation>
                <numerusform>已将病例摘要（%n页）写入 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <location filename="../../src/clinical/rules/Response.cpp" line="+246" />
            <source>NE: no measurable disease at baseline</source>
            <translation>NE：基线时无可测量病变</translation>
        </message>
        <message>
            <location line="+4" />
            <source>serum M-protein (g/L)</source>
            <translation>血清M蛋白（g/L）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+155" />
            <source>24-h urine M-protein (mg/24 h)</source>
            <translation>24小时尿M蛋白（mg/24 h）</translation>
        </message>
        <message>
            <location line="-151" />
            <source>serum κ and λ free light chains (mg/L)</source>
            <translation>血清游离轻链κ和λ（mg/L）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+93" />
            <source>bone-marrow plasma cells (%)</source>
            <translation>骨髓浆细胞比例（%）</translation>
        </message>
        <message>
            <location line="-88" />
            <source>NE: a compartment measurable at baseline has no value on this date</source>
            <translation>NE：基线时可测量的指标在此日期无数值</translation>
        </message>
        <message>
            <location line="+17" />
            <source>PD: serum M-protein %1 → %2 g/L, increase ≥ 10 g/L from a nadir ≥ 50 g/L</source>
            <translation>PD：血清M蛋白 %1 → %2 g/L，较 ≥ 50 g/L 的最低点升高 ≥ 10 g/L</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PD: serum M-protein %1 → %2 g/L, increase ≥ 5 g/L and ≥ 25 % from the nadir</source>
            <translation>PD：血清M蛋白 %1 → %2 g/L，较最低点升高 ≥ 5 g/L 且 ≥ 25 %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PD: urine M-protein %1 → %2 mg/24 h, increase ≥ 200 mg/24 h and ≥ 25 % from the nadir</source>
            <translation>PD：尿M蛋白 %1 → %2 mg/24 h，较最低点升高 ≥ 200 mg/24 h 且 ≥ 25 %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>PD: dFLC %1 → %2 mg/L, increase &gt; 100 mg/L and ≥ 25 % from the nadir</source>
            <translation>PD：dFLC %1 → %2 mg/L，较最低点升高 &gt; 100 mg/L 且 ≥ 25 %</translation>
        </message>
        <message>
            <location line="+14" />
            <source>PD: bone-marrow plasma cells %1 → %2 %, ≥ 25 % increase to an absolute ≥ 10 %</source>
            <translation>PD：骨髓浆细胞比例 %1 → %2 %，升高 ≥ 25 % 且绝对值 ≥ 10 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PD: bone-marrow plasma cells %1 → %2 %, increase ≥ 10 points and ≥ 25 % from the nadir</source>
            <translation>PD：骨髓浆细胞比例 %1 → %2 %，较最低点升高 ≥ 10 个百分点且 ≥ 25 %</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PD: new bone lesion or plasmacytoma</source>
            <translation>PD：新发骨病变或浆细胞瘤</translation>
        </message>
        <message>
            <location line="+17" />
            <source>serum immunofixation</source>
            <translation>免疫固定电泳（血清）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>urine immunofixation</source>
            <translation>免疫固定电泳（尿）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>plasmacytoma status</source>
            <translation>浆细胞瘤状态</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+16" />
            <source>serum FLC ratio</source>
            <translation>血清游离轻链κ/λ比值</translation>
        </message>
        <message>
            <location line="-9" />
            <source>serum and urine immunofixation negative, bone-marrow plasma cells %1 % &lt; 5</source>
            <translation>免疫固定电泳（血清和尿）阴性，骨髓浆细胞比例 %1 % &lt; 5</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sCR: %1, FLC ratio %2 within 0.26–1.65, no clonal plasma cells by IHC</source>
            <translation>sCR：%1，κ/λ比值 %2 在 0.26–1.65 之间，IHC未检出克隆性浆细胞</translation>
        </message>
        <message>
            <location line="+8" />
            <source>bone-marrow clonal plasma cells by IHC</source>
            <translation>骨髓克隆性浆细胞（IHC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CR: %1</source>
            <translation>CR：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>VGPR: dFLC %1 → %2 mg/L%3, reduction &gt; 90 %</source>
            <translation>VGPR：dFLC %1 → %2 mg/L%3，降低 &gt; 90 %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>VGPR: serum and urine M-protein not seen on electrophoresis, immunofixation positive</source>
            <translation>VGPR：蛋白电泳未见血清和尿M蛋白，免疫固定电泳阳性</translation>
        </message>
        <message>
            <location line="+15" />
            <source>serum M-protein %1 → %2 g/L%3, </source>
            <translation>血清M蛋白 %1 → %2 g/L%3，</translation>
        </message>
        <message>
            <location line="+3" />
            <source>VGPR: %1urine %2 mg/24 h &lt; 100</source>
            <translation>VGPR：%1尿M蛋白 %2 mg/24 h &lt; 100</translation>
        </message>
        <message>
            <location line="+15" />
            <source>serum M-protein %1 → %2 g/L%3</source>
            <translation>血清M蛋白 %1 → %2 g/L%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>urine %1 → %2 mg/24 h%3</source>
            <translation>尿M蛋白 %1 → %2 mg/24 h%3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>urine %1 mg/24 h &lt; %2</source>
            <translation>尿M蛋白 %1 mg/24 h &lt; %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>plasmacytoma gone</source>
            <translation>浆细胞瘤消失</translation>
        </message>
        <message>
            <location line="+3" />
            <source>plasmacytoma SPD −%1 %</source>
            <translation>浆细胞瘤SPD −%1 %</translation>
        </message>
        <message>
            <location line="+3" />
            <source>plasmacytoma SPD reduction (%)</source>
            <translation>浆细胞瘤SPD缩小比例（%）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>PR: %1</source>
            <translation>PR：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>SD: MR level (%1) is not a category of IMWG-2006</source>
            <translation>SD：达到MR水平（%1），但MR不是IMWG-2006的疗效类别</translation>
        </message>
        <message>
            <location line="+4" />
            <source>MR: %1</source>
            <translation>MR：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PR: dFLC %1 → %2 mg/L%3, reduction ≥ 50 %</source>
            <translation>PR：dFLC %1 → %2 mg/L%3，降低 ≥ 50 %</translation>
        </message>
        <message>
            <location line="+10" />
            <source>PR: bone-marrow plasma cells %1 → %2 %%3, reduction ≥ 50 %</source>
            <translation>PR：骨髓浆细胞比例 %1 → %2 %%3，降低 ≥ 50 %</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SD: criteria of a higher category or of PD are not met</source>
            <translation>SD：未达到更高疗效类别或PD的标准</translation>
        </message>
        <message>
            <location line="+25" />
            <source>serum M-protein %1 g/L ≥ 10</source>
            <translation>血清M蛋白 %1 g/L ≥ 10</translation>
        </message>
        <message>
            <location line="+3" />
            <source>urine M-protein %1 mg/24 h ≥ 200</source>
            <translation>尿M蛋白 %1 mg/24 h ≥ 200</translation>
        </message>
        <message>
            <location line="+5" />
            <source>involved FLC %1 mg/L ≥ 100 with FLC ratio %2</source>
            <translation>受累游离轻链 %1 mg/L ≥ 100，κ/λ比值 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>bone-marrow plasma cells %1 % ≥ 30</source>
            <translation>骨髓浆细胞比例 %1 % ≥ 30</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no measurable disease</source>
            <translation>无可测量病变</translation>
        </message>
        <message>
            <location line="+53" />
            <source>bone-marrow plasma cells %1 %</source>
            <translation>骨髓浆细胞比例 %1 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>clonal plasma cells by IHC present</source>
            <translation>IHC检出克隆性浆细胞</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clonal plasma cells by IHC absent</source>
            <translation>IHC未检出克隆性浆细胞</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Track %1 (line %2 baseline: %3)</source>
            <translation>评估路径 %1（第%2线治疗基线：%3）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Carried forward from an earlier assessment: %1</source>
            <translation>沿用此前评估的结果：%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Confirmed %1 with the assessment before it (%2)</source>
            <translation>经前一次评估（%2）确认为 %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Relapse from CR: immunofixation positive again</source>
            <translation>完全缓解后复发：免疫固定电泳再次转为阳性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relapse from CR: bone-marrow plasma cells %1 % ≥ 5</source>
            <translation>完全缓解后复发：骨髓浆细胞比例 %1 % ≥ 5</translation>
        </message>
    </context>
    <context>
        <name>SignatureCommands</name>
        <message>
            <location filename="../../src/cli/SignatureCommands.cpp" line="+38" />
            <source>  signature sign MRN [--as-of YYYY-MM-DD] [--reason TEXT] [--rules IMWG-2016]
                       sign the assessment as of a date (clinician; the password
                       is checked again); a second signature of the same date is
                       a correction and needs --reason
  signature list MRN [--json]
                       every signed version, with what each correction changed
</source>
            <translation>  signature sign MRN [--as-of YYYY-MM-DD] [--reason TEXT] [--rules IMWG-2016]
                       签名确认截至某日的评估（临床医师；需再次验证密码）；
                       同一日期的第二次签名确认即为更正，需要 --reason
  signature list MRN [--json]
                       列出所有已签名确认的版本及每次更正的变更内容
</translation>
        </message>
        <message>
            <location line="+16" />
            <source>signature needs sign or list.</source>
            <translation>signature 需要 sign 或 list。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 needs a value.</source>
            <translation>%1 需要一个值。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>signature sign needs the patient's MRN.</source>
            <translation>signature sign 需要患者的病历号。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--as-of: %1 is not a date (YYYY-MM-DD).</source>
            <translation>--as-of：%1 不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Assessment of %1 as of %2 signed by %3 (version %4).</source>
            <translation>%1 截至 %2 的评估已由 %3 签名确认（第 %4 版）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>signature list needs the patient's MRN.</source>
            <translation>signature list 需要患者的病历号。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No signed assessment for %1.</source>
            <translation>%1 没有已签名确认的评估。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1  version %2  signed by %3 on %4</source>
            <translation>%1  第 %2 版  由 %3 于 %4 签名确认</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  (CHANGED since signed!)</source>
            <translation>  （签名后已被改动！）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>    reason: %1</source>
            <translation>    原因：%1</translation>
        </message>
    </context>
    <context>
        <name>SqlText</name>
        <message>
            <location filename="../../src/storage/AuditLog.cpp" line="-283" />
            <source>read the audit log</source>
            <translation>读取审计日志</translation>
        </message>
        <message>
            <location filename="../../src/storage/SqlSupport.cpp" line="+40" />
            <source>The database could not %1: %2</source>
            <translation>数据库未能%1：%2</translation>
        </message>
    </context>
    <context>
        <name>Staging</name>
        <message>
            <location filename="../../src/clinical/rules/Staging.cpp" line="+100" />
            <source>β2-microglobulin (mg/L)</source>
            <translation>β2-微球蛋白（mg/L）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ISS III: β2-microglobulin %1 mg/L ≥ 5.5</source>
            <translation>ISS III期：β2-微球蛋白 %1 mg/L ≥ 5.5</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ISS II: β2-microglobulin %1 mg/L is ≥ 3.5 and &lt; 5.5</source>
            <translation>ISS II期：β2-微球蛋白 %1 mg/L ≥ 3.5 且 &lt; 5.5</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ISS II: β2-microglobulin %1 mg/L &lt; 3.5 but albumin %2 g/L &lt; 35</source>
            <translation>ISS II期：β2-微球蛋白 %1 mg/L &lt; 3.5，但白蛋白 %2 g/L &lt; 35</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ISS not evaluable: albumin %1 g/L &lt; 35 excludes ISS I; II or III depends on β2-microglobulin</source>
            <translation>ISS分期无法评估：白蛋白 %1 g/L &lt; 35，可排除ISS I期；II期或III期取决于β2-微球蛋白</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ISS I: β2-microglobulin %1 mg/L &lt; 3.5 and albumin %2 g/L ≥ 35</source>
            <translation>ISS I期：β2-微球蛋白 %1 mg/L &lt; 3.5，且白蛋白 %2 g/L ≥ 35</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+7" />
            <source>albumin (g/L)</source>
            <translation>白蛋白（g/L）</translation>
        </message>
        <message>
            <location line="-5" />
            <source>ISS not evaluable: β2-microglobulin %1 mg/L &lt; 3.5; I or II depends on albumin</source>
            <translation>ISS分期无法评估：β2-微球蛋白 %1 mg/L &lt; 3.5；I期或II期取决于白蛋白</translation>
        </message>
        <message>
            <location line="+7" />
            <source>ISS not evaluable without β2-microglobulin</source>
            <translation>缺少β2-微球蛋白，ISS分期无法评估</translation>
        </message>
        <message>
            <location line="+29" />
            <source>ISS %1</source>
            <translation>ISS %1期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ISS unknown (possible: %1)</source>
            <translation>ISS分期未知（可能为：%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>high-risk CA present (del(17p), t(4;14) or t(14;16))</source>
            <translation>存在高危遗传学异常（17p缺失、t(4;14)或t(14;16)）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>standard-risk CA (no del(17p), t(4;14) or t(14;16))</source>
            <translation>标危遗传学异常（无17p缺失、t(4;14)或t(14;16)）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>high-risk CA status unknown</source>
            <translation>高危遗传学异常情况未知</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LDH %1 U/L &gt; ULN %2 (high)</source>
            <translation>乳酸脱氢酶 %1 U/L &gt; 正常上限 %2（偏高）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LDH %1 U/L ≤ ULN %2 (normal)</source>
            <translation>乳酸脱氢酶 %1 U/L ≤ 正常上限 %2（正常）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>LDH status unknown</source>
            <translation>乳酸脱氢酶情况未知</translation>
        </message>
        <message>
            <location line="+4" />
            <source>R-ISS %1</source>
            <translation>R-ISS %1期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>R-ISS not evaluable: at least %1 (possible: %2)</source>
            <translation>R-ISS分期无法评估：至少为%1期（可能为：%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>FISH cytogenetics</source>
            <translation>FISH细胞遗传学检查</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+72" />
            <source>del(17p)</source>
            <translation>17p缺失</translation>
        </message>
        <message>
            <location line="-70" />
            <location line="+74" />
            <source>t(4;14)</source>
            <translation>t(4;14)（IGH/FGFR3）</translation>
        </message>
        <message>
            <location line="-72" />
            <source>t(14;16)</source>
            <translation>t(14;16)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+56" />
            <source>LDH (U/L)</source>
            <translation>乳酸脱氢酶（U/L）</translation>
        </message>
        <message>
            <location line="-54" />
            <location line="+56" />
            <source>LDH upper limit of normal</source>
            <translation>乳酸脱氢酶正常上限</translation>
        </message>
        <message>
            <location line="-16" />
            <source>ISS %1: %2 points</source>
            <translation>ISS %1期：%2 分</translation>
        </message>
        <message>
            <location line="+9" />
            <source>LDH %1 U/L &gt; ULN %2: 1 point</source>
            <translation>乳酸脱氢酶 %1 U/L &gt; 正常上限 %2：1 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LDH %1 U/L ≤ ULN %2: 0 points</source>
            <translation>乳酸脱氢酶 %1 U/L ≤ 正常上限 %2：0 分</translation>
        </message>
        <message>
            <location line="+9" />
            <source>del(17p) present: 1 point</source>
            <translation>存在17p缺失：1 分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no del(17p): 0 points</source>
            <translation>无17p缺失：0 分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>t(4;14) present: 1 point</source>
            <translation>存在t(4;14)：1 分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no t(4;14): 0 points</source>
            <translation>无t(4;14)：0 分</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1q+ (%1 copies of 1q21): 0.5 points</source>
            <translation>1q+（1q21拷贝数 %1）：0.5 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no 1q+ (%1 copies of 1q21): 0 points</source>
            <translation>无1q+（1q21拷贝数 %1）：0 分</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1q21 copy number</source>
            <translation>1q21拷贝数</translation>
        </message>
        <message>
            <location line="+5" />
            <source>R2-ISS %1: %2 points</source>
            <translation>R2-ISS %1期：%2 分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>R2-ISS not evaluable: %1–%2 points, possible groups %3</source>
            <translation>R2-ISS分期无法评估：%1–%2 分，可能的分期为 %3</translation>
        </message>
    </context>
    <context>
        <name>TimelineDataBuilder</name>
        <message>
            <location filename="../../src/gui/timeline/TimelineDataBuilder.cpp" line="+50" />
            <source>Diagnosis</source>
            <translation>诊断</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Induction</source>
            <translation>诱导治疗</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+100" />
            <location line="+174" />
            <source>Mobilization</source>
            <translation>干细胞动员</translation>
        </message>
        <message>
            <location line="-272" />
            <source>Collection</source>
            <translation>干细胞采集</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consolidation</source>
            <translation>巩固治疗</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transplant</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Engrafted</source>
            <translation>已植入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Maintenance</source>
            <translation>维持治疗</translation>
        </message>
        <message>
            <location line="+36" />
            <location line="+97" />
            <location line="+119" />
            <source>ASCT %1</source>
            <translation>第%1次移植</translation>
        </message>
        <message>
            <location line="-181" />
            <location line="+169" />
            <source>C%1</source>
            <translation>C%1</translation>
        </message>
        <message>
            <location line="-165" />
            <source>%1 cycle %2, %3</source>
            <translation>%1 第%2周期，%3</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New line</source>
            <translation>新治疗线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New line of therapy</source>
            <translation>新治疗线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New line of therapy: %1</source>
            <translation>新治疗线：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Stem-cell mobilization</source>
            <translation>干细胞动员</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CD34+ %1 ×10⁶/kg</source>
            <translation>CD34+ %1 ×10⁶/kg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apheresis: CD34+ %1 ×10⁶/kg</source>
            <translation>干细胞采集：CD34+ %1 ×10⁶/kg</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+153" />
            <source>Apheresis</source>
            <translation>干细胞采集</translation>
        </message>
        <message>
            <location line="-152" />
            <source>Apheresis (CD34+ yield not recorded)</source>
            <translation>干细胞采集（未记录CD34+细胞数）</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+163" />
            <source>Admitted</source>
            <translation>入院</translation>
        </message>
        <message>
            <location line="-162" />
            <source>Admission</source>
            <translation>入院</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+162" />
            <source>Discharged</source>
            <translation>出院</translation>
        </message>
        <message>
            <location line="-161" />
            <source>Discharge</source>
            <translation>出院</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <location line="+144" />
            <source>Conditioning</source>
            <translation>预处理</translation>
        </message>
        <message>
            <location line="-135" />
            <source>Autologous stem-cell transplant %1, day 0</source>
            <translation>第%1次自体造血干细胞移植，干细胞回输（第0天）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CD34+ infused: %1 ×10⁶/kg</source>
            <translation>回输CD34+细胞：%1 ×10⁶/kg</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PLT</source>
            <translation>血小板</translation>
        </message>
        <message>
            <location line="+0" />
            <source>RBC</source>
            <translation>红细胞</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platelet transfusion</source>
            <translation>输注血小板</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Red-cell transfusion</source>
            <translation>输注红细胞</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reported: %1</source>
            <translation>报告：%1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Computed response: %1 (%2)</source>
            <translation>计算的疗效：%1（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unconfirmed</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reported: %1 (%2)</source>
            <translation>报告的疗效：%1（%2）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>⚠ The reported label differs from the computed one.</source>
            <translation>⚠ 报告的疗效与计算结果不一致。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No computed response in this period.</source>
            <translation>此期间没有计算的疗效。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>expected %1</source>
            <translation>预计 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Assessment</source>
            <translation>疗效评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned response assessment, %1</source>
            <translation>计划的疗效评价，%1</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Transfusion</source>
            <translation>输注</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Planned: %1, %2</source>
            <translation>计划：%1，%2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>ANC</source>
            <translation>中性粒细胞绝对值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platelets</source>
            <translation>血小板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hemoglobin</source>
            <translation>血红蛋白</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M-protein · FLC</source>
            <translation>M蛋白 · 游离轻链</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M-protein</source>
            <translation>M蛋白</translation>
        </message>
        <message>
            <location line="+1" />
            <source>κ FLC</source>
            <translation>游离轻链κ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>λ FLC</source>
            <translation>游离轻链λ</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Engrafted %1</source>
            <translation>植入 %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineDays</name>
        <message>
            <location filename="../../src/gui/timeline/TimelineDays.cpp" line="+57" />
            <source>ASCT %1 %2</source>
            <translation>第%1次移植 %2</translation>
        </message>
    </context>
    <context>
        <name>TimelineLayout</name>
        <message>
            <location filename="../../src/gui/timeline/TimelineLayout.cpp" line="+303" />
            <source>Day</source>
            <translation>移植天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phases</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Therapy</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transfusions</source>
            <translation>输注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Response</source>
            <translation>疗效</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Today %1</source>
            <translation>今天 %1</translation>
        </message>
        <message>
            <location line="+770" />
            <source>%1 %2 %3
%4</source>
            <translation>%1 %2 %3
%4</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: %2 – %3%4</source>
            <translation>%1：%2 – %3%4</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (planned)</source>
            <translation>（计划）</translation>
        </message>
    </context>
    <context>
        <name>TransplantDays</name>
        <message numerus="yes">
            <location filename="../../src/clinical/rules/TransplantDays.cpp" line="+32" />
            <source>Second transplant %1 is %n day(s) after the first (%2).</source>
            <translation>
                <numerusform>第二次移植（%1）在第一次移植（%2）后 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>It is on or before %1 (first day 0 + 6 months): within 6 months.</source>
            <translation>该日期不晚于 %1（第一次移植D0 + 6个月）：在6个月内。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It is after %1 (first day 0 + 6 months): not within 6 months.</source>
            <translation>该日期晚于 %1（第一次移植D0 + 6个月）：不在6个月内。</translation>
        </message>
    </context>
    <context>
        <name>TrendPresets</name>
        <message>
            <location filename="../../src/gui/labs/TrendSeries.cpp" line="+196" />
            <source>Hemoglobin</source>
            <translation>血红蛋白</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M-protein and free light chains</source>
            <translation>M蛋白与游离轻链</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ANC and platelets</source>
            <translation>中性粒细胞绝对值与血小板</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Creatinine and calcium</source>
            <translation>肌酐与血钙</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ANC</source>
            <comment>absolute neutrophil count</comment>
            <translation>中性粒细胞绝对值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WBC</source>
            <comment>white blood cells</comment>
            <translation>白细胞</translation>
        </message>
        <message>
            <location line="+2" />
            <source>M-protein</source>
            <comment>serum M-protein</comment>
            <translation>M蛋白</translation>
        </message>
        <message>
            <location line="+2" />
            <source>κ FLC</source>
            <comment>free light chain kappa</comment>
            <translation>游离轻链κ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>λ FLC</source>
            <comment>free light chain lambda</comment>
            <translation>游离轻链λ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LDH</source>
            <comment>lactate dehydrogenase</comment>
            <translation>乳酸脱氢酶</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CrCl</source>
            <comment>creatinine clearance</comment>
            <translation>肌酐清除率</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../src/gui/app/AppSession.cpp" line="+26" />
            <source>mmtrack cannot open the database</source>
            <translation>mmtrack 无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::AccountsDialog</name>
        <message>
            <location filename="../../src/gui/accounts/AccountsDialog.cpp" line="+35" />
            <source>&amp;Add account…</source>
            <translation>添加账户(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set &amp;role</source>
            <translation>设置角色(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset &amp;password…</source>
            <translation>重置密码(&amp;P)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <location line="+3" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation>上次登录</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Roles: data entry enters and corrects results and events; a clinician also applies plans, signs assessments and exports; an administrator also manages accounts and settings.</source>
            <translation>角色：数据录入员录入并更正检验结果和事件；临床医师还可应用方案、对评估签名确认和导出；管理员还可管理账户和设置。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>locked until %1</source>
            <translation>锁定至 %1</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+5" />
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+54" />
            <source>The two passwords differ; type the same password twice.</source>
            <translation>两次输入的密码不同；请输入相同的密码两次。</translation>
        </message>
        <message>
            <location line="-43" />
            <source>Account %1 added (%2).</source>
            <translation>已添加账户 %1（%2）。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 now has the %2 role.</source>
            <translation>%1 现在是%2角色。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Account %1 disabled.</source>
            <translation>已停用账户 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account %1 enabled.</source>
            <translation>已启用账户 %1。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The password of %1 was reset.</source>
            <translation>已重置 %1 的密码。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add account</source>
            <translation>添加账户</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;ole:</source>
            <translation>角色(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>&amp;Repeat the password:</source>
            <translation>再次输入密码(&amp;R)：</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Reset the password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::ApplyProtocolDialog</name>
        <message>
            <location filename="../../src/gui/plans/ApplyProtocolDialog.cpp" line="+23" />
            <source>Apply a protocol</source>
            <translation>应用治疗方案</translation>
        </message>
        <message>
            <location line="+5" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Protocol</source>
            <translation>治疗方案(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First step on</source>
            <translation>首个步骤日期(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned steps get expected dates from this day; recorded events are matched to them. Applying replaces the current plan.</source>
            <translation>计划步骤的预计日期由此日推算；已记录的事件将与之匹配。应用后将替换当前方案。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>First step on: %1 is not a date (YYYY-MM-DD).</source>
            <translation>首个步骤日期：%1 不是日期（YYYY-MM-DD）。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::AssessmentOverviewWidget</name>
        <message>
            <location filename="../../src/gui/patients/AssessmentOverviewWidget.cpp" line="+33" />
            <source>Missing: %1</source>
            <translation>缺少：%1</translation>
        </message>
        <message>
            <location line="+131" />
            <source>Hypercalcemia</source>
            <translation>高钙血症</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Renal insufficiency</source>
            <translation>肾功能损害</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anemia</source>
            <translation>贫血</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bone lesions</source>
            <translation>骨病</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clonal BMPC ≥ 60 %</source>
            <translation>骨髓克隆性浆细胞比例 ≥ 60 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FLC ratio ≥ 100</source>
            <translation>受累/非受累游离轻链比值 ≥ 100</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&gt; 1 focal lesion on MRI</source>
            <translation>MRI局灶性病变 &gt; 1 处</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 %2</source>
            <translation>%1 %2期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 undecided (%2)</source>
            <translation>%1 无法判定（%2期）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not applicable (never below the threshold)</source>
            <translation>不适用（从未低于阈值）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <location line="+113" />
            <source>No assessment: select a patient with recorded results.</source>
            <translation>无评估：请选择已有记录结果的患者。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Diagnosis</source>
            <translation>诊断</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Undecided (a missing value could change it)</source>
            <translation>无法判定（缺少的数值可能改变结论）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple myeloma (IMWG 2014)</source>
            <translation>多发性骨髓瘤（IMWG 2014）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myeloma-defining events</source>
            <translation>骨髓瘤定义事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none met</source>
            <translation>均不满足</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could still be met</source>
            <translation>仍可能满足</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Staging and risk</source>
            <translation>分期与危险分层</translation>
        </message>
        <message>
            <location line="+5" />
            <source> · %1 points</source>
            <translation> · %1 分</translation>
        </message>
        <message>
            <location line="+3" />
            <source> · %1–%2 points</source>
            <translation> · %1–%2 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>分期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ISS</source>
            <translation>ISS</translation>
        </message>
        <message>
            <location line="+0" />
            <source>R-ISS</source>
            <translation>R-ISS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R2-ISS</source>
            <translation>R2-ISS</translation>
        </message>
        <message>
            <location line="+10" />
            <source>High risk · criterion %1</source>
            <translation>高危 · 标准 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High risk · criteria %1</source>
            <translation>高危 · 标准 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standard risk</source>
            <translation>标危</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk undecided</source>
            <translation>危险分层无法判定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risk (IMS/IMWG 2025)</source>
            <translation>危险分层（IMS/IMWG 2025）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Response (%1)</source>
            <translation>疗效（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+56" />
            <source>Current response</source>
            <translation>当前疗效</translation>
        </message>
        <message>
            <location line="-56" />
            <source>no assessment yet</source>
            <translation>尚无评估</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Reported: %1 ⚠ differs</source>
            <translation>报告：%1 ⚠ 不一致</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reported: %1</source>
            <translation>报告：%1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>confirmed · %1</source>
            <translation>已确认 · %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not confirmed yet (confirmed: %1) · %2</source>
            <translation>待确认（已确认：%1） · %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not confirmed yet · %1</source>
            <translation>待确认 · %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>confirmed %1</source>
            <translation>已确认 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Best confirmed response</source>
            <translation>最佳已确认疗效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none confirmed yet</source>
            <translation>尚无已确认疗效</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Computed</source>
            <translation>计算结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmation</source>
            <translation>确认</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reported</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+15" />
            <source>✓ confirmed %1</source>
            <translation>✓ 已确认 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unconfirmed</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · relapse from CR</source>
            <translation> · 完全缓解后复发</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessments</source>
            <translation>评估记录</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stem-cell collection</source>
            <translation>干细胞采集</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>CD34+ total</source>
            <translation>CD34+细胞总数</translation>
        </message>
        <message>
            <location line="-5" />
            <source>no collection recorded</source>
            <translation>无采集记录</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 ×10⁶/kg · targets for a tandem transplant</source>
            <translation>%1 ×10⁶/kg · 串联移植目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 ×10⁶/kg · targets for a single transplant</source>
            <translation>%1 ×10⁶/kg · 单次移植目标</translation>
        </message>
        <message>
            <location line="+4" />
            <source>✓ %1 ≥ %2 ×10⁶/kg met</source>
            <translation>✓ %1 ≥ %2 ×10⁶/kg 已满足</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✗ %1 ≥ %2 ×10⁶/kg not met</source>
            <translation>✗ %1 ≥ %2 ×10⁶/kg 未满足</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>minimum</source>
            <translation>最低</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optimal</source>
            <translation>理想</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Transplants and engraftment</source>
            <translation>移植与植入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Transplants</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Transplant</source>
            <translation>移植</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Day 0</source>
            <translation>第0天</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Neutrophils ≥ 0.5 ×10⁹/L</source>
            <translation>中性粒细胞 ≥ 0.5 ×10⁹/L</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Platelets ≥ 20 ×10⁹/L</source>
            <translation>血小板 ≥ 20 ×10⁹/L</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Platelets ≥ 50 ×10⁹/L</source>
            <translation>血小板 ≥ 50 ×10⁹/L</translation>
        </message>
        <message>
            <location line="+8" />
            <source>#%1</source>
            <translation>第%1次</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Engraftment (CIBMTR)</source>
            <translation>植入（CIBMTR）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>✓ %1 days between day 0s · within 6 months</source>
            <translation>✓ 两次移植第0天间隔 %1 天 · 在6个月内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>⚠ %1 days between day 0s · beyond 6 months</source>
            <translation>⚠ 两次移植第0天间隔 %1 天 · 超过6个月</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tandem interval</source>
            <translation>串联移植间隔</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Treatment plan</source>
            <translation>治疗方案</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+5" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="-5" />
            <source>none applied</source>
            <translation>未应用</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 · from %2</source>
            <translation>%1 · 自 %2 起</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Steps recorded</source>
            <translation>已记录步骤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next step</source>
            <translation>下一步骤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, expected %2</source>
            <translation>%1，预计 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alerts</source>
            <translation>警示</translation>
        </message>
        <message>
            <location line="+6" />
            <source>⚠ Protocol deviation: %1</source>
            <translation>⚠ 方案偏离：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open alerts</source>
            <translation>未处理警示</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+5" />
            <source>⚠ Warning</source>
            <translation>⚠ 警告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ℹ Note</source>
            <translation>ℹ 提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::AuditLogModel</name>
        <message>
            <location filename="../../src/gui/audit/AuditViewerDialog.cpp" line="+25" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+2" />
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+2" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+85" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location line="-83" />
            <source>Lab result</source>
            <translation>检验结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab import</source>
            <translation>检验结果导入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab code</source>
            <translation>检验代码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diagnosis details</source>
            <translation>诊断详情</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Old → new values</source>
            <translation>原值 → 新值</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::AuditViewerDialog</name>
        <message>
            <location line="+9" />
            <source>&amp;From</source>
            <translation>起始日期(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To</source>
            <translation>截止日期(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify chain</source>
            <translation>校验哈希链(&amp;V)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+5" />
            <source>MRN or name</source>
            <translation>病历号或姓名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Patient:</source>
            <translation>患者(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message numerus="yes">
            <location line="+88" />
            <source>%n audit rows</source>
            <translation>
                <numerusform>%n 条审计记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>The audit log is intact: %n rows, none changed or removed outside mmtrack.</source>
            <translation>
                <numerusform>审计日志完整：共 %n 行，没有在 mmtrack 之外被修改或删除的记录。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The audit log was altered outside mmtrack: %1</source>
            <translation>审计日志在 mmtrack 之外被改动：%1</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::CaseSummaryDialog</name>
        <message>
            <location filename="../../src/gui/report/CaseSummaryDialog.cpp" line="+28" />
            <source>De-identify</source>
            <translation>去标识化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates as days from diagnosis</source>
            <translation>日期以自诊断日起的天数表示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export case summary</source>
            <translation>导出病例摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Simplified Chinese</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaves out the name, the MRN, the birth date and the notes; the age is given in years.</source>
            <translation>不含姓名、病历号、出生日期和备注；年龄以岁表示。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preview and save…</source>
            <translation>预览并保存…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save case summary</source>
            <translation>保存病例摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Case summary preview</source>
            <translation>病例摘要预览</translation>
        </message>
        <message>
            <location line="+11" />
            <source>case-summary-deidentified</source>
            <translation>病例摘要-去标识化</translation>
        </message>
        <message>
            <location line="+0" />
            <source>case-summary</source>
            <translation>病例摘要</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::ChangePasswordDialog</name>
        <message>
            <location filename="../../src/gui/accounts/ChangePasswordDialog.cpp" line="+17" />
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat the password:</source>
            <translation>再次输入密码(&amp;R)：</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The two passwords differ; type the same password twice.</source>
            <translation>两次输入的密码不同；请输入相同的密码两次。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::EventFormDialog</name>
        <message>
            <location filename="../../src/gui/events/EventFormDialog.cpp" line="+191" />
            <source>Edit a pathway event</source>
            <translation>编辑病程事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a pathway event</source>
            <translation>添加病程事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;End date</source>
            <translation>结束日期(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phase</source>
            <translation>阶段(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Regimen</source>
            <translation>方案(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cycle</source>
            <translation>周期(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transplant &amp;number</source>
            <translation>移植次序(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CD&amp;34+</source>
            <translation>CD34+(&amp;3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Agents</source>
            <translation>动员药物(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Product</source>
            <translation>血液制品(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Label</source>
            <translation>报告内容(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rea&amp;son</source>
            <translation>原因(&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD, or YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD，或 YYYY-MM、YYYY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write only as much of the date as is known.</source>
            <translation>日期只写已知的部分。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: YYYY-MM-DD</source>
            <translation>选填：YYYY-MM-DD</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 3.2</source>
            <translation>如 3.2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>×10⁶ CD34+ cells per kg of body weight</source>
            <translation>每公斤体重 ×10⁶ 个CD34+细胞</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional, comma-separated: G-CSF, plerixafor</source>
            <translation>选填，以逗号分隔：G-CSF, plerixafor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>required, e.g. WBC engrafted</source>
            <translation>必填，如 白细胞植活</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: why the line of therapy changed</source>
            <translation>选填：更换治疗线的原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The cycle's number within its phase; — when not known.</source>
            <translation>该阶段内的周期序号；未知时为 —。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 for the first transplant, 2 for the second.</source>
            <translation>第一次移植为 1，第二次移植为 2。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+17" />
            <source>required, e.g. MEL200</source>
            <translation>必填，如 MEL200</translation>
        </message>
        <message>
            <location line="+1" />
            <source>required, e.g. VRD</source>
            <translation>必填，如 VRD</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::EventListModel</name>
        <message>
            <location filename="../../src/gui/events/EventListModel.cpp" line="+77" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::EventsPage</name>
        <message>
            <location filename="../../src/gui/events/EventsPage.cpp" line="+151" />
            <source>Pathway events</source>
            <translation>病程事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record an event (Ins or Ctrl+N)</source>
            <translation>记录事件（Ins 或 Ctrl+N）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen event (Enter or F2)</source>
            <translation>修改所选事件（Enter 或 F2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen event; you are asked why (Del)</source>
            <translation>删除所选事件，需说明原因（Del）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Redo %1</source>
            <translation>重做 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ins adds · Enter or F2 edits · Del deletes · Ctrl+Z undoes · Ctrl+Y redoes</source>
            <translation>Ins 添加 · Enter 或 F2 编辑 · Del 删除 · Ctrl+Z 撤销 · Ctrl+Y 重做</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pathway events in date order</source>
            <translation>按日期排列的病程事件</translation>
        </message>
        <message>
            <location line="+159" />
            <source>Delete a pathway event</source>
            <translation>删除病程事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why is the event “%1” deleted? The reason is kept in the audit log.</source>
            <translation>为何删除事件“%1”？原因将记入审计日志。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabCodeMapDialog</name>
        <message>
            <location filename="../../src/gui/labs/LabCodeMapDialog.cpp" line="+24" />
            <source>— choose a test —</source>
            <translation>— 请选择检验项目 —</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Lab codes</source>
            <translation>检验代码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Which test each local code of the lab system means. Results with a code that is neither a LOINC code nor listed here are rejected on import.</source>
            <translation>实验室系统的每个本地代码所对应的检验项目。导入时，代码既不是LOINC代码、也未在此列出的结果将被拒绝。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Local code</source>
            <translation>本地代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Test</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add code</source>
            <translation>添加代码(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove code</source>
            <translation>删除代码(&amp;R)</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Row %1: %2</source>
            <translation>第%1行：%2</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabEntryPage</name>
        <message>
            <location filename="../../src/gui/labs/LabEntryPage.cpp" line="+508" />
            <source>Lab entry: no patient chosen</source>
            <translation>检验结果录入：未选择患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab entry: %1 · %2</source>
            <translation>检验结果录入：%1 · %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date the samples were taken (yyyy-MM-dd)</source>
            <translation>采样日期（yyyy-MM-dd）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ime</source>
            <translation>时间(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: the time the samples were taken (HH:mm)</source>
            <translation>可选：采样时间（HH:mm）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report &amp;ranges</source>
            <translation>报告参考范围(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the fields for the reference range printed on the report (Alt+R)</source>
            <translation>显示报告所印参考范围的输入框（Alt+R）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter saves the row and moves on · ↑ ↓ move between tests · Tab reaches the unit · Ctrl+Delete deletes the stored value · Ctrl+Z undoes</source>
            <translation>Enter 保存本行并转到下一项 · ↑ ↓ 在检验项目间移动 · Tab 转到单位 · Ctrl+Delete 删除已保存的结果 · Ctrl+Z 撤销</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report range</source>
            <translation>报告参考范围</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enter will save</source>
            <translation>按 Enter 将保存</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stored on this date</source>
            <translation>当日已保存</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 value</source>
            <translation>%1结果</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the first letter of the result, or press Space to open the list</source>
            <translation>输入结果的首字，或按空格键打开列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unit</source>
            <translation>%1单位</translation>
        </message>
        <message>
            <location line="+2" />
            <source>low</source>
            <translation>偏低</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 report range low</source>
            <translation>%1报告参考范围下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>high</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 report range high</source>
            <translation>%1报告参考范围上限</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the stored value (Ctrl+Delete)</source>
            <translation>删除已保存的结果（Ctrl+Delete）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the stored %1</source>
            <translation>删除已保存的%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undo %1</source>
            <translation>撤销 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Redo %1</source>
            <translation>重做 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location line="+165" />
            <source>typed by %1</source>
            <translation>由 %1 手工录入</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+53" />
            <source>report range %1</source>
            <translation>报告参考范围 %1</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+53" />
            <source>range %1</source>
            <translation>参考范围 %1</translation>
        </message>
        <message>
            <location line="-51" />
            <source>replaces the stored value</source>
            <translation>将替换已保存的结果</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Critical value</source>
            <translation>危急值</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1: entered as %2, %3; saved %4 by %5</source>
            <translation>%1：录入为 %2，%3；%5 于 %4 保存</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This date is in the future.</source>
            <translation>此日期晚于今天。</translation>
        </message>
        <message>
            <location line="+51" />
            <source>The time “%1” is not a time of day (HH:mm).</source>
            <translation>“%1”不是有效的时间（HH:mm）。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Nothing is stored for this test at this date and time.</source>
            <translation>此检验项目在该日期和时间没有已保存的结果。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete a lab result</source>
            <translation>删除检验结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why is %1 %2 of %3 deleted? The reason is kept in the audit log.</source>
            <translation>为何删除 %3 的%1 %2？原因将记入审计日志。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabImportDialog</name>
        <message>
            <location filename="../../src/gui/labs/LabImportDialog.cpp" line="+42" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ormat:</source>
            <translation>格式(&amp;O)：</translation>
        </message>
        <message>
            <location line="+44" />
            <location line="+30" />
            <source>Import lab results</source>
            <translation>导入检验结果</translation>
        </message>
        <message>
            <location line="-29" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From the file name</source>
            <translation>根据文件名判断</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HL7 v2 (ORU^R01)</source>
            <translation>HL7 v2 (ORU^R01)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Strict: import nothing if any row is rejected</source>
            <translation>严格模式：任一行被拒绝则全部不导入(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clo&amp;se</source>
            <translation>关闭(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why it was rejected</source>
            <translation>拒绝原因</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Lab results (*.csv *.hl7 *.txt);;All files (*)</source>
            <translation>检验结果 (*.csv *.hl7 *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Nothing was imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled: nothing was imported.</source>
            <translation>已取消：未导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Nothing was imported: %n row(s) rejected in strict mode.</source>
            <translation>
                <numerusform>未导入任何内容：严格模式下有 %n 行被拒绝。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 imported, %2 already stored, %3 rejected.</source>
            <translation>已导入 %1 条，%2 条此前已存在，%3 条被拒绝。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The first %1 rejections are listed.</source>
            <translation>仅列出前 %1 条被拒绝的记录。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unmapped codes: %1. Map them in Settings → Lab codes.</source>
            <translation>未映射的代码：%1。请在“设置 → 检验代码”中进行映射。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabResultsModel</name>
        <message>
            <location filename="../../src/gui/labs/LabResultsModel.cpp" line="+233" />
            <source>within range</source>
            <translation>在参考范围内</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>low</source>
            <translation>偏低</translation>
        </message>
        <message>
            <location line="+2" />
            <source>high</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location line="+2" />
            <source>critically low</source>
            <translation>危急低值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>critically high</source>
            <translation>危急高值</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Entered: %1</source>
            <translation>录入值：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Value: %1</source>
            <translation>结果：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reference range: %1 (printed on the report)</source>
            <translation>报告所印参考范围：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range: %1 (default)</source>
            <translation>默认参考范围：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reference range: none</source>
            <translation>参考范围：无</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Flag: %1</source>
            <translation>提示：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Flag: %1 %2</source>
            <translation>提示：%1 %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>typed in</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV import</source>
            <translation>CSV导入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>HL7 message</source>
            <translation>HL7消息</translation>
        </message>
        <message>
            <location line="+3" />
            <source>case file</source>
            <translation>病例文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source: %1, %2</source>
            <translation>来源：%1，%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recorded %1 by %2</source>
            <translation>%2 于 %1 记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed %1 by %2</source>
            <translation>%2 于 %1 修改</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n results at this time</source>
            <translation>
                <numerusform>此时间点有 %n 个结果</numerusform>
            </translation>
        </message>
        <message>
            <location line="+31" />
            <source>Other tests</source>
            <translation>其他检验项目</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unit: %1</source>
            <translation>单位：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LOINC: %1</source>
            <translation>LOINC：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reference range: %1</source>
            <translation>参考范围：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>* Reports give different ranges; each value's tooltip shows its own.</source>
            <translation>* 各报告的参考范围不同；每个结果的提示信息中显示其各自的参考范围。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not a test of the catalogue: shown as received.</source>
            <translation>不在检验项目目录中：按接收时的原样显示。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+49" />
            <source>no date</source>
            <translation>无日期</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabResultsPage</name>
        <message>
            <location filename="../../src/gui/labs/LabResultsPage.cpp" line="+207" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Results &amp;table</source>
            <translation>结果表(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Chart:</source>
            <translation>图表(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab results by date</source>
            <translation>按日期排列的检验结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chart to show</source>
            <translation>要显示的图表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trend chart</source>
            <translation>趋势图</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LabTrendChart</name>
        <message>
            <location filename="../../src/gui/labs/LabTrendChart.cpp" line="+91" />
            <source>%1
%2
%3</source>
            <translation>%1
%2
%3</translation>
        </message>
        <message>
            <location line="+57" />
            <source>No numeric results to draw.</source>
            <translation>没有可绘制的数值结果。</translation>
        </message>
        <message>
            <location line="+116" />
            <source>%1 reference %2</source>
            <translation>%1 参考范围 %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range %1</source>
            <translation>参考范围 %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 threshold %2</source>
            <translation>%1 阈值 %2</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::LockScreen</name>
        <message>
            <location filename="../../src/gui/accounts/LockScreen.cpp" line="+70" />
            <source>mmtrack is locked</source>
            <translation>mmtrack 已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed in as %1 (%2). Type your password to go on working.</source>
            <translation>当前登录：%1（%2）。请输入密码以继续工作。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::MainWindow</name>
        <message>
            <location filename="../../src/gui/MainWindow.cpp" line="+160" />
            <location line="+489" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="-374" />
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Accounts…</source>
            <translation>账户(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Idle lock…</source>
            <translation>空闲锁定(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed in as %1 (%2)</source>
            <translation>当前登录：%1（%2）</translation>
        </message>
        <message>
            <location line="+111" />
            <source>Your password was changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Idle lock</source>
            <translation>空闲锁定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lock the window after this many minutes without input:</source>
            <translation>无操作多少分钟后锁定窗口：</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The window locks after %n minute(s) without input.</source>
            <translation>
                <numerusform>无操作 %n 分钟后锁定窗口。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
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
            <location line="+16" />
            <source>Archived %1 (%2).</source>
            <translation>已归档 %1（%2）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restored %1 (%2).</source>
            <translation>已从归档恢复 %1（%2）。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>&amp;Timeline</source>
            <translation>时间轴(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assess&amp;ment</source>
            <translation>评估(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Results</source>
            <translation>检验结果(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;nter results</source>
            <translation>录入结果(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;vents</source>
            <translation>事件(&amp;V)</translation>
        </message>
        <message>
            <location line="+91" />
            <source>The protocol was applied.</source>
            <translation>已应用治疗方案。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::MessageBanner</name>
        <message>
            <location filename="../../src/gui/MessageBanner.cpp" line="+22" />
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
            <location line="+20" />
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+5" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kappa (κ)</source>
            <translation>κ（kappa）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lambda (λ)</source>
            <translation>λ（lambda）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Edit patient %1</source>
            <translation>编辑患者 %1</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::PatientListModel</name>
        <message>
            <location filename="../../src/gui/patients/PatientListModel.cpp" line="+63" />
            <source>%1 (archived)</source>
            <translation>%1（已归档）</translation>
        </message>
        <message>
            <location line="+44" />
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
            <location line="+105" />
            <location line="+4" />
            <location line="+3" />
            <location line="+2" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-111" />
            <source>%1 (year only)</source>
            <translation>%1（仅知年份）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (month only)</source>
            <translation>%1（仅知年月）</translation>
        </message>
        <message>
            <location line="+82" />
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
            <location line="+1" />
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
            <location line="+2" />
            <source>Light chain</source>
            <translation>轻链</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered</source>
            <translation>登记</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>%1 by %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Last changed</source>
            <translation>最近修改</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::ReportHeaderDialog</name>
        <message>
            <location filename="../../src/gui/report/ReportHeaderDialog.cpp" line="+24" />
            <source>Report header</source>
            <translation>报告页眉</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Hospital</source>
            <translation>医院(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Department</source>
            <translation>科室(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed at the top of every case summary. Leave a field empty for the default shown in it.</source>
            <translation>打印在每份病例摘要的顶部。留空则使用框中显示的默认值。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::SignAssessmentDialog</name>
        <message>
            <location filename="../../src/gui/signatures/SignAssessmentDialog.cpp" line="+27" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Best confirmed response: %1</source>
            <translation>最佳确认疗效：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ISS %1, R-ISS %2, R2-ISS %3</source>
            <translation>ISS %1，R-ISS %2，R2-ISS %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>High risk: %1</source>
            <translation>高危：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Transplant %1: day 0 %2, neutrophil engraftment %3</source>
            <translation>第 %1 次移植：第 0 天 %2，中性粒细胞植入 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Responses assessed: %1, alerts: %2</source>
            <translation>已评估疗效：%1 次，警示：%2 条</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sign the assessment</source>
            <translation>签名确认评估</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Why the earlier version is corrected</source>
            <translation>更正先前版本的原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Assessment as of:</source>
            <translation>评估截至：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Password of %1:</source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign</source>
            <translation>签名确认</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What you sign:</source>
            <translation>您将签名确认的内容：</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Version %1 (signed by %2) already says this: there is nothing to correct.</source>
            <translation>第 %1 版（由 %2 签名确认）已是此内容：无需更正。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Correction of version %1 (signed by %2). Changed since:</source>
            <translation>更正第 %1 版（由 %2 签名确认）。此后的变化：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reason (required):</source>
            <translation>原因（必填）：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::SignInDialog</name>
        <message>
            <location filename="../../src/gui/accounts/SignInDialog.cpp" line="+22" />
            <source>Create the administrator</source>
            <translation>创建管理员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign in to mmtrack</source>
            <translation>登录 mmtrack</translation>
        </message>
        <message>
            <location line="+3" />
            <source>for example nurse.li</source>
            <translation>例如 nurse.li</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This database has no account yet. Create the administrator, who will add the ward's other accounts. The password needs at least %1 characters.</source>
            <translation>此数据库尚无账户。请创建管理员，由其为病区添加其他账户。密码至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in with your mmtrack account.</source>
            <translation>请使用您的 mmtrack 账户登录。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Repeat the password:</source>
            <translation>再次输入密码(&amp;R)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The two passwords differ; type the same password twice.</source>
            <translation>两次输入的密码不同；请输入相同的密码两次。</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::SignatureHistoryDialog</name>
        <message>
            <location filename="../../src/gui/signatures/SignAssessmentDialog.cpp" line="+29" />
            <source>Signed assessments</source>
            <translation>已签名确认的评估</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As of</source>
            <translation>截至</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed by</source>
            <translation>签名人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed at</source>
            <translation>签名时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Integrity</source>
            <translation>完整性</translation>
        </message>
        <message>
            <location line="+8" />
            <source>✓ as signed</source>
            <translation>✓ 与签名时一致</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✗ changed since signed</source>
            <translation>✗ 签名后已被改动</translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::SignaturePanel</name>
        <message>
            <location filename="../../src/gui/signatures/SignaturePanel.cpp" line="+79" />
            <source>Si&amp;gn…</source>
            <translation>签名确认(&amp;G)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature &amp;history…</source>
            <translation>签名历史(&amp;H)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sign the assessment as of a date with your password</source>
            <translation>用您的密码签名确认截至某日的评估</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Assessment not signed.</source>
            <translation>评估尚未签名确认。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signed and locked: assessment as of %1, version %2, signed by %3 on %4.</source>
            <translation>已签名确认并锁定：截至 %1 的评估，第 %2 版，由 %3 于 %4 签名确认。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Its stored copy no longer matches what was signed.</source>
            <translation>其存储副本与签名时的内容不再一致。</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>⚠ %n change(s) in the data since it was signed; sign a correction to record them.</source>
            <translation>
                <numerusform>⚠ 签名后数据有 %n 处变化；请签名确认更正以记录这些变化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mmtrack::gui::TimelineView</name>
        <message>
            <location filename="../../src/gui/timeline/TimelineView.cpp" line="+31" />
            <location line="+296" />
            <location line="+35" />
            <source>Patient timeline</source>
            <translation>患者时间轴</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Fit all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fit transplant %1 (day −10 to +30)</source>
            <translation>显示第%1次移植（第−10天至第+30天）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export as PNG…</source>
            <translation>导出为PNG…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as SVG…</source>
            <translation>导出为SVG…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the timeline as SVG</source>
            <translation>将时间轴导出为SVG</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the timeline as PNG</source>
            <translation>将时间轴导出为PNG</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SVG images (*.svg)</source>
            <translation>SVG图像 (*.svg)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG images (*.png)</source>
            <translation>PNG图像 (*.png)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Keys: + and − zoom, 0 fits all, 1 and 2 fit a transplant, arrows pan, Tab steps through events, Enter opens one.</source>
            <translation>按键：+ 和 − 缩放，0 显示全部，1 和 2 显示对应的移植，方向键平移，Tab 逐个选择事件，Enter 打开所选事件。</translation>
        </message>
    </context>
</TS>
