# A ward's PostgreSQL database (storage::Database::openPostgres, storage::Backup, the CLI's
# help for --db).
ZH = {
    "This PostgreSQL address cannot be read; write it as postgresql://user@host:port/database.":
        "无法识别此 PostgreSQL 地址；请写成 postgresql://用户@主机:端口/数据库。",
    "The port %1 is not a port number.": "端口 %1 不是有效的端口号。",
    "The parameter %1 of the PostgreSQL address may not contain a semicolon.":
        "PostgreSQL 地址中的参数 %1 不能包含分号。",
    "The PostgreSQL address has a parameter mmtrack does not know: %1.":
        "PostgreSQL 地址中含有 mmtrack 无法识别的参数：%1。",
    "Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).":
        "未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。",
    "The PostgreSQL database cannot be opened: %1": "无法打开 PostgreSQL 数据库：%1",
    "read the server's version": "读取服务器版本",
    "mmtrack needs PostgreSQL 11 or newer; this server is older. Nothing was changed.":
        "mmtrack 需要 PostgreSQL 11 或更高版本；此服务器版本过旧。未做任何更改。",
    "The database was written by a newer version of mmtrack (schema %1; this program knows schema %2 at most). Update mmtrack; the database was left untouched.":
        "此数据库由更新版本的mmtrack写入（结构版本%1；本程序最多支持版本%2）。请升级mmtrack；数据库未作任何改动。",
    "This PostgreSQL database belongs to another program (it holds tables but no mmtrack schema); it was left untouched.":
        "此 PostgreSQL 数据库属于其他程序（含有数据表但没有mmtrack结构）；数据库未作任何改动。",
    "This is a PostgreSQL database: back it up with pg_dump and restore it with pg_restore on the server. mmtrack's backup, restore and check work on SQLite files only.":
        "这是 PostgreSQL 数据库：请在服务器上用 pg_dump 备份、用 pg_restore 恢复。mmtrack 的备份、恢复和检查仅适用于 SQLite 文件。",
    "\n--db names an SQLite file or a PostgreSQL database as a URL,\npostgresql://USER@HOST:PORT/DBNAME (a socket folder as ?host=/DIR); the\npassword comes from ~/.pgpass or PGPASSWORD, as for psql.\n":
        "\n--db 指定 SQLite 文件，或以 URL 指定 PostgreSQL 数据库：\npostgresql://用户@主机:端口/数据库名（套接字目录写作 ?host=/目录）；\n密码取自 ~/.pgpass 或 PGPASSWORD，与 psql 相同。\n",
}
