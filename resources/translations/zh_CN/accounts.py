# Accounts and roles (Permissions, AccountStore, PasswordHasher, AccountCommands, SignInDialog,
# LockScreen, AccountsDialog, the window's account actions). Glossary: sign → 签名确认;
# account 账户, role 角色, sign in 登录, sign out 退出登录.
ZH = {
    # Permissions
    "data entry": "数据录入员",
    "clinician": "临床医师",
    "administrator": "管理员",
    "enter or correct lab results": "录入或更正检验结果",
    "record or correct pathway events": "记录或更正诊疗路径事件",
    "register or edit patients": "登记或编辑患者",
    "import lab results or map lab codes": "导入检验结果或映射检验代码",
    "apply or remove a protocol plan": "应用或移除治疗方案",
    "confirm and sign assessments": "对评估进行签名确认",
    "export patient data": "导出患者数据",
    "back up the database": "备份数据库",
    "restore the database from a backup": "从备份恢复数据库",
    "manage accounts": "管理账户",
    "change shared settings": "更改共用设置",
    "Sign in first: only a signed-in account may %1.": "请先登录：只有已登录的账户才能%1。",
    "The %1 role may not %2; this needs the %3 role.": "%1角色不能%2；此操作需要%3角色。",
    "check the accounts": "检查账户",
    # AccountStore
    "A user name is required.": "必须填写用户名。",
    "A user name has 2 to 40 letters, digits, '.', '_' or '-' and starts with a letter or digit (for example nurse.li).":
        "用户名由 2 至 40 个字母、数字、“.”、“_”或“-”组成，并以字母或数字开头（例如 nurse.li）。",
    "read the accounts": "读取账户",
    "No account has the user name %1.": "没有用户名为 %1 的账户。",
    "write the account log": "写入账户日志",
    "The display name may have at most 100 characters.": "显示名称最多 100 个字符。",
    "The user name %1 is already taken.": "用户名 %1 已被使用。",
    "add the account": "添加账户",
    "This database already has an administrator; sign in with an account instead.":
        "此数据库已有管理员；请用已有账户登录。",
    "save the account": "保存账户",
    "The account %1 was changed elsewhere at the same time; please try again.":
        "账户 %1 同时在别处被修改；请重试。",
    "The user name or the password is wrong.": "用户名或密码错误。",
    "The account %1 is locked until %2 after %3 wrong passwords. Try again then, or ask an administrator to reset the password.":
        "账户 %1 因连续 %3 次密码错误已被锁定至 %2。请届时再试，或请管理员重置密码。",
    "%1 wrong passwords in a row: the account %2 is locked until %3.":
        "连续 %1 次密码错误：账户 %2 已被锁定至 %3。",
    "The account %1 is disabled; ask an administrator.": "账户 %1 已停用；请联系管理员。",
    "%1 is the last active administrator; make another account an administrator first.":
        "%1 是最后一个启用的管理员；请先将另一个账户设为管理员。",
    "Sign in first to change your password.": "请先登录再修改密码。",
    "The current password is wrong.": "当前密码错误。",
    "read the account log": "读取账户日志",
    # PasswordHasher
    "A password is required.": "必须填写密码。",
    "The password needs at least %1 characters.": "密码至少需要 %1 个字符。",
    "The password cannot be protected: the cryptographic library failed to start.":
        "无法保护密码：加密库启动失败。",
    "The password cannot be protected: not enough memory.": "无法保护密码：内存不足。",
    # AccountCommands
    "  account init-admin [--user NAME] [--display-name TEXT]\n      Create the first administrator of a database that has no account yet; the\n      password comes from MMTRACK_PASSWORD or the first line of standard input.\n  account list [--json]\n  account add NAME --role entry|clinician|admin [--display-name TEXT]\n  account set-role NAME entry|clinician|admin\n  account disable NAME | account enable NAME\n  account reset-password NAME\n  account password\n      Administrators manage accounts; `password` changes your own. A new password\n      comes from MMTRACK_NEW_PASSWORD or the first line of standard input.\n  account log [--limit N] [--json]\n      The account log, newest first (default 50 entries): sign-ins, wrong\n      passwords, locks, confirmations and changes. Administrators only.\n\nEvery other command signs in first: --user NAME (before the command) or\nMMTRACK_USER, and the password from --password-file FILE or MMTRACK_PASSWORD\n(asked for, not shown, at a terminal).\nRoles: entry enters and corrects results and events; clinician also applies\nplans, signs and exports; admin also manages accounts, settings and restores.\n":
        "  account init-admin [--user 用户名] [--display-name 显示名称]\n      为尚无账户的数据库创建第一个管理员；密码取自 MMTRACK_PASSWORD\n      或标准输入的第一行。\n  account list [--json]\n  account add 用户名 --role entry|clinician|admin [--display-name 显示名称]\n  account set-role 用户名 entry|clinician|admin\n  account disable 用户名 | account enable 用户名\n  account reset-password 用户名\n  account password\n      管理员管理账户；`password` 修改自己的密码。新密码取自\n      MMTRACK_NEW_PASSWORD 或标准输入的第一行。\n  account log [--limit 条数] [--json]\n      账户日志，最新的在前（默认 50 条）：登录、密码错误、锁定、\n      密码确认和账户修改。仅限管理员。\n\n其他命令都先登录：--user 用户名（写在命令之前）或 MMTRACK_USER，\n密码取自 --password-file 文件或 MMTRACK_PASSWORD（在终端中会提示输入，不回显）。\n角色：entry（数据录入员）录入并更正检验结果和事件；clinician（临床医师）\n还可应用方案、签名确认和导出；admin（管理员）还可管理账户、设置和恢复。\n",
    "--password-file: %1 cannot be read (%2).": "--password-file：无法读取 %1（%2）。",
    "This database already has accounts; an administrator adds more with `account add`.":
        "此数据库已有账户；管理员可用 `account add` 添加更多账户。",
    "account init-admin needs --user NAME (or MMTRACK_USER).":
        "account init-admin 需要 --user 用户名（或 MMTRACK_USER）。",
    "account init-admin needs a password in MMTRACK_PASSWORD or on standard input.":
        "account init-admin 需要在 MMTRACK_PASSWORD 或标准输入中提供密码。",
    "Administrator %1 created.": "已创建管理员 %1。",
    "This database has no account yet. Create its administrator first:\n  mmtrack-cli [--db PATH] account init-admin --user NAME\nwith the password in MMTRACK_PASSWORD or on standard input.":
        "此数据库尚无账户。请先创建管理员：\n  mmtrack-cli [--db 路径] account init-admin --user 用户名\n密码放在 MMTRACK_PASSWORD 或标准输入中。",
    "Sign in first: give --user NAME (or MMTRACK_USER) and the password in MMTRACK_PASSWORD or --password-file FILE, or type it when asked at a terminal.":
        "请先登录：提供 --user 用户名（或 MMTRACK_USER），密码放在 MMTRACK_PASSWORD 或 --password-file 文件中，或在终端提示时输入。",
    "account needs one of: init-admin, list, add, set-role, disable, enable, reset-password, password, log.":
        "account 需要以下之一：init-admin、list、add、set-role、disable、enable、reset-password、password、log。",
    "Role": "角色",
    "State": "状态",
    "Last sign-in": "上次登录",
    "active": "启用",
    "disabled": "已停用",
    "locked until %1": "锁定至 %1",
    "account add needs NAME and --role entry|clinician|admin.":
        "account add 需要用户名和 --role entry|clinician|admin。",
    "--role: %1 is not a role (entry, clinician or admin).":
        "--role：%1 不是角色（entry、clinician 或 admin）。",
    "account add needs the new password in MMTRACK_NEW_PASSWORD or on standard input.":
        "account add 需要在 MMTRACK_NEW_PASSWORD 或标准输入中提供新密码。",
    "Account %1 added (%2).": "已添加账户 %1（%2）。",
    "account set-role needs NAME and a role (entry, clinician or admin).":
        "account set-role 需要用户名和角色（entry、clinician 或 admin）。",
    "%1 now has the %2 role.": "%1 现在是%2角色。",
    "Name the account.": "请指明账户。",
    "Account %1 enabled.": "已启用账户 %1。",
    "Account %1 disabled.": "已停用账户 %1。",
    "The new password is missing: set MMTRACK_NEW_PASSWORD or give it on standard input.":
        "缺少新密码：请设置 MMTRACK_NEW_PASSWORD 或在标准输入中提供。",
    "The password of %1 was reset.": "已重置 %1 的密码。",
    "Your password was changed.": "您的密码已修改。",
    # SignInDialog
    "Create the administrator": "创建管理员",
    "Sign in to mmtrack": "登录 mmtrack",
    "for example nurse.li": "例如 nurse.li",
    "This database has no account yet. Create the administrator, who will add the ward's other accounts. The password needs at least %1 characters.":
        "此数据库尚无账户。请创建管理员，由其为病区添加其他账户。密码至少需要 %1 个字符。",
    "Sign in with your mmtrack account.": "请使用您的 mmtrack 账户登录。",
    "&User name:": "用户名(&U)：",
    "&Display name:": "显示名称(&D)：",
    "&Password:": "密码(&P)：",
    "&Repeat the password:": "再次输入密码(&R)：",
    "Create and sign in": "创建并登录",
    "Sign in": "登录",
    "The two passwords differ; type the same password twice.": "两次输入的密码不同；请输入相同的密码两次。",
    # LockScreen
    "mmtrack is locked": "mmtrack 已锁定",
    "&Unlock": "解锁(&U)",
    "Sign &out": "退出登录(&O)",
    "Signed in as %1 (%2). Type your password to go on working.":
        "当前登录：%1（%2）。请输入密码以继续工作。",
    # AccountsDialog
    "&Add account…": "添加账户(&A)…",
    "Set &role": "设置角色(&R)",
    "Reset &password…": "重置密码(&P)…",
    "Accounts": "账户",
    "Roles: data entry enters and corrects results and events; a clinician also applies plans, signs assessments and exports; an administrator also manages accounts and settings.":
        "角色：数据录入员录入并更正检验结果和事件；临床医师还可应用方案、对评估签名确认和导出；管理员还可管理账户和设置。",
    "&Disable": "停用(&D)",
    "&Enable": "启用(&E)",
    "Add account": "添加账户",
    "R&ole:": "角色(&O)：",
    "Reset the password of %1": "重置 %1 的密码",
    "&New password:": "新密码(&N)：",
    # ChangePasswordDialog
    "Change my password": "修改我的密码",
    "&Current password:": "当前密码(&C)：",
    # MainWindow
    "Change my &password…": "修改我的密码(&P)…",
    "&Lock": "锁定(&L)",
    "&Accounts…": "账户(&A)…",
    "&Idle lock…": "空闲锁定(&I)…",
    "Signed in as %1 (%2)": "当前登录：%1（%2）",
    "Idle lock": "空闲锁定",
    "Lock the window after this many minutes without input:": "无操作多少分钟后锁定窗口：",
    "The window locks after %n minute(s) without input.": "无操作 %n 分钟后锁定窗口。",
    "Password for %1: ": "%1 的密码：",
    "New password: ": "新密码：",
    # account log
    "signed in": "登录",
    "password confirmed (%1)": "密码确认（%1）",
    "wrong password": "密码错误",
    "sign-in refused": "登录被拒绝",
    "locked": "已锁定",
    "signed out": "退出登录",
    "created": "创建",
    "--limit: %1 is not a number of entries from 1 to 100000.": "--limit：%1 不是 1 到 100000 之间的条数。",
    "Time": "时间",
    "By": "操作人",
    "signature": "签名确认",
    "password change": "修改密码",
}
